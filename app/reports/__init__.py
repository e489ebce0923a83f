"""PDF documents with ReportLab: the EGENVÅRDSPLAN form, deviation report, person summary,
emergency card, blank paper form, and the PAdES seal (`seal`).

Nothing here imports Qt or touches the database: every renderer takes frozen dataclasses
from `app.models` (wrapped in the small input records defined next to each renderer) and
returns PDF bytes.
"""
