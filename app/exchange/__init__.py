"""The region bundle (*.egvb): identity keys, FHIR R4 mapping, signed manifest, age encryption.

No Qt and no SQL here: the service layer feeds records in and takes records out.
"""
