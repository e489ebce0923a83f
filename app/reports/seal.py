"""Electronic seal (elektronisk försegling): a PAdES signature over the whole PDF with pyHanko.

The seal lets any PDF reader tell whether the file was changed after sealing. It is made with
the user's own certificate: self-signed at first start (name and organisation from the
practitioner profile), or imported from a PKCS#12 file issued by the organisation. It is not a
qualified electronic signature; the form keeps its lines for handwritten signatures.

Certificates are only ever held as password-protected PKCS#12 bytes; the caller decides where
they are stored and which password protects them. No network is used: no timestamps, no
revocation fetching.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from io import BytesIO

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model as metadata_model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation import EmbeddedPdfSignature, SignatureCoverageLevel, validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.errors import UserError

FIELD_NAME = "Forsegling"
VALID_YEARS = 5
_KEY_SIZE = 2048  # RSA-2048: read by every PDF reader, including older Acrobat and poppler


class SealError(UserError):
    sv = "{text_sv}"
    en = "{text_en}"

    def __init__(self, text_sv: str, text_en: str) -> None:
        super().__init__(text_sv=text_sv, text_en=text_en)


def _bad_pkcs12() -> SealError:
    return SealError(
        "Certifikatfilen (PKCS#12) kunde inte öppnas: fel lösenord, eller filen är skadad.",
        "The certificate file (PKCS#12) could not be opened: wrong password, or the file is damaged.",
    )


@dataclass(frozen=True)
class CertificateInfo:
    subject: str  # the common name: the person the seal names
    organisation: str
    not_before: datetime
    not_after: datetime
    sha256: str  # of the DER certificate; printed so a reader can compare with the sender's
    self_signed: bool

    @property
    def short_fingerprint(self) -> str:
        return ":".join(self.sha256[i : i + 2] for i in range(0, 16, 2)).upper()


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def _info(cert: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        subject=_name_attr(cert.subject, NameOID.COMMON_NAME),
        organisation=_name_attr(cert.subject, NameOID.ORGANIZATION_NAME),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=cert.fingerprint(hashes.SHA256()).hex(),
        self_signed=cert.issuer == cert.subject,
    )


def create_self_signed(name: str, organisation: str, title: str, password: bytes, now: datetime | None = None) -> bytes:
    """A new key and self-signed certificate for `name`, as PKCS#12 protected by `password`."""
    now = now or datetime.now(UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.COUNTRY_NAME, "SE")]
    if organisation:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if title:
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    subject = x509.Name(attrs)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # tolerate a slightly wrong clock elsewhere
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        # digitalSignature + nonRepudiation (content commitment): what PDF readers expect of a signer.
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _to_pkcs12(name, key, cert, [], password)


def _to_pkcs12(
    label: str, key: object, cert: x509.Certificate, extra: list[x509.Certificate], password: bytes
) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        label.encode("utf-8"),
        key,
        cert,
        extra or None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(password),
    )


def _load(data: bytes, password: bytes) -> tuple[object, x509.Certificate, list[x509.Certificate]]:
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, TypeError):
        raise _bad_pkcs12() from None
    if key is None or cert is None:
        raise SealError(
            "Certifikatfilen innehåller ingen privat nyckel med certifikat och kan inte användas för försegling.",
            "The certificate file holds no private key with a certificate and cannot be used for sealing.",
        )
    return key, cert, list(extra)


def import_pkcs12(data: bytes, password: bytes, new_password: bytes) -> bytes:
    """Check an imported PKCS#12 (key + certificate, still valid) and re-protect it with
    `new_password`, so every stored credential is protected the same way."""
    key, cert, extra = _load(data, password)
    info = _info(cert)
    if info.not_after <= datetime.now(UTC):
        raise SealError(
            f"Certifikatet gick ut {info.not_after:%Y-%m-%d} och kan inte användas.",
            f"The certificate expired on {info.not_after:%Y-%m-%d} and cannot be used.",
        )
    return _to_pkcs12(info.subject or "certifikat", key, cert, extra, new_password)


def describe(data: bytes, password: bytes) -> CertificateInfo:
    _key, cert, _extra = _load(data, password)
    return _info(cert)


def certificate_der(data: bytes, password: bytes) -> bytes:
    """The certificate of a credential as DER: what a partner gets in our identity file."""
    _key, cert, _extra = _load(data, password)
    return cert.public_bytes(serialization.Encoding.DER)


def describe_certificate(der: bytes) -> CertificateInfo:
    """A certificate (DER) as shown to people; raises SealError when it is no certificate."""
    try:
        return _info(x509.load_der_x509_certificate(der))
    except ValueError:
        raise SealError("Certifikatet kunde inte läsas.", "The certificate could not be read.") from None


class _LoadedSigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner re-parses and re-validates the private key for every signature
    (~35 ms for RSA-2048); this keeps the key cryptography already parsed, so sealing a batch
    of plans pays the PKCS#12 cost once. Other mechanisms fall back to pyHanko's own code."""

    def __init__(self, key: object, cert: x509.Certificate, extra: list[x509.Certificate]) -> None:
        registry = SimpleCertificateStore()
        registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in extra])
        super().__init__(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
            signing_key=translate_pyca_cryptography_key_to_asn1(key),
            cert_registry=registry,
        )
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), digest)
        if mechanism == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)


class Sealer:
    """An opened credential, ready to seal any number of PDFs."""

    def __init__(self, credential: bytes, password: bytes) -> None:
        key, cert, extra = _load(credential, password)
        self.certificate = _info(cert)
        if self.certificate.not_after <= datetime.now(UTC):
            raise SealError(
                "Förseglingscertifikatet har gått ut. Skapa ett nytt eller importera ett giltigt certifikat.",
                "The sealing certificate has expired. Create a new one or import a valid certificate.",
            )
        self._signer = _LoadedSigner(key, cert, extra)
        self._reserved: int | None = None

    def _bytes_reserved(self) -> int:
        """The space for the signature in the file. pyHanko estimates it by building a whole
        dummy signature before every real one (a third of a seal's time); the size depends only
        on the certificates and the key, so it is estimated once per sealer, the same way."""
        if self._reserved is None:
            dummy = asyncio.run(
                self._signer.async_sign(
                    hashes.Hash(hashes.SHA256()).finalize(),
                    "sha256",
                    dry_run=True,
                    use_pades=True,
                    signed_attr_settings=PdfCMSSignedAttributes(signing_time=datetime.now(UTC)),
                )
            )
            hex_length = len(dummy.dump()) * 2
            self._reserved = hex_length + 2 * (hex_length // 4)  # pyHanko's own 50 % margin
        return self._reserved

    def seal(self, pdf: bytes, *, reason: str = "", location: str = "", contact: str = "") -> bytes:
        """Return `pdf` with an invisible PAdES seal (ETSI.CAdES.detached) covering the whole file."""
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            reason=reason or None,
            location=location or None,
            contact_info=contact or None,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        writer = IncrementalPdfFileWriter(BytesIO(pdf))
        _keep_pdfa_metadata(writer)
        out = signers.sign_pdf(
            writer, meta, signer=self._signer, output=BytesIO(), bytes_reserved=self._bytes_reserved()
        )
        return out.getvalue()


def _keep_pdfa_metadata(writer: IncrementalPdfFileWriter) -> None:
    """PDF/A wants the document information and the XMP metadata to agree. pyHanko's update
    writes "pyHanko x.y" as the XMP producer but appends it to the information's producer
    ("Egenvårdsstöd; pyHanko x.y"); naming pyHanko alone in both keeps them equal (the creator
    tool stays Egenvårdsstöd)."""
    try:
        info = writer.trailer["/Info"].get_object()
    except KeyError:
        return
    info["/Producer"] = generic.TextStringObject(metadata_model.VENDOR)


def seal_pdf(
    pdf: bytes, credential: bytes, password: bytes, *, reason: str = "", location: str = "", contact: str = ""
) -> bytes:
    return Sealer(credential, password).seal(pdf, reason=reason, location=location, contact=contact)


class SealState(StrEnum):
    """The one answer `verify` gives about a PDF."""

    KNOWN = "known"  # intact, sealed with a certificate we know: ours or a trusted partner's
    UNKNOWN = "unknown"  # intact, but the certificate is not one we know: not trusted
    UPDATED = "updated"  # the sealed revision is intact, but an incremental update came after it
    ALTERED = "altered"  # the seal does not match the content
    UNSIGNED = "unsigned"  # a PDF without a seal
    NOT_PDF = "not_pdf"  # not readable as a PDF at all (empty, damaged beyond reading, other file)


class ChangeKind(StrEnum):
    """What an incremental update after the seal did, as pyHanko's difference analysis sees it."""

    VALIDATION_DATA = "validation_data"  # only validation data (DSS, timestamps): content unchanged
    FORM_FILLING = "form_filling"  # form fields filled in, signature fields added or signed
    ANNOTATIONS = "annotations"  # comments and other annotations
    OTHER = "other"  # anything else: page content or structure may have changed


_CHANGE_OF_LEVEL = {
    ModificationLevel.NONE: ChangeKind.OTHER,  # bytes appended that pyHanko cannot explain
    ModificationLevel.LTA_UPDATES: ChangeKind.VALIDATION_DATA,
    ModificationLevel.FORM_FILLING: ChangeKind.FORM_FILLING,
    ModificationLevel.ANNOTATIONS: ChangeKind.ANNOTATIONS,
    ModificationLevel.OTHER: ChangeKind.OTHER,
}

# Who a certificate belongs to, by the SHA-256 of its DER bytes: the organisation's name from our
# own records, or None when the certificate is not known.
SealerLookup = Callable[[str], "str | None"]


@dataclass(frozen=True)
class SealCheck:
    state: SealState
    sealer: str = ""  # the known organisation, from our own records; never from the certificate
    change: ChangeKind | None = None  # for UPDATED: what the update after the seal did
    signer: str = ""  # what the certificate's subject claims (anyone can write any name there)
    organisation: str = ""  # ditto
    signed_at: datetime | None = None
    certificate: CertificateInfo | None = None

    @property
    def ok(self) -> bool:
        """Intact and sealed by someone we know: the only answer that is a success."""
        return self.state is SealState.KNOWN

    @property
    def intact(self) -> bool:
        """The bytes are exactly what was sealed (whoever sealed them)."""
        return self.state in (SealState.KNOWN, SealState.UNKNOWN)


# Our certificates carry digitalSignature and nonRepudiation; imported ones may carry either.
_KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
# pyHanko logs its difference analysis (with tracebacks) as warnings; the verdict says it all.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())


def verify_pdf(pdf: bytes, known: SealerLookup | None = None) -> SealCheck:
    """Is the file sealed, is the seal intact and covering the whole file, and by whom?

    Integrity is checked against the certificate inside the file; who that certificate belongs
    to is asked of `known` by its SHA-256 fingerprint, never read from its subject (a forged
    certificate can carry any name). The last seal in the file is the one answered for. Offline:
    nothing is fetched (no OCSP, no CRL, no timestamps).
    """
    if not pdf.lstrip()[:5].startswith(b"%PDF-"):
        return SealCheck(SealState.NOT_PDF)
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
        revisions = reader.xrefs.total_revisions
    except Exception:  # pyHanko raises several types for unreadable structure; all mean "damaged"
        return SealCheck(SealState.NOT_PDF)
    if not signatures:
        return SealCheck(SealState.UNSIGNED)
    sig = signatures[-1]
    try:
        cert = sig.signer_cert
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(sig, context, key_usage_settings=_KEY_USAGE)
        info = _info(x509.load_der_x509_certificate(cert.dump()))
        signed_revision = sig.signed_revision
    except Exception:  # a mangled CMS blob or byte range is an altered seal, not a crash
        return SealCheck(SealState.ALTERED)
    # `valid` is the signature's mathematics; whether the certificate is trusted is ours to say.
    if not (status.intact and status.valid) or not all(_intact(s) for s in signatures[:-1]):
        return SealCheck(SealState.ALTERED)
    sealer = (known(info.sha256) if known else None) or ""
    found = dict(
        sealer=sealer,
        signer=info.subject,
        organisation=info.organisation,
        signed_at=status.signer_reported_dt,
        certificate=info,
    )
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return SealCheck(SealState.KNOWN if sealer else SealState.UNKNOWN, **found)  # type: ignore[arg-type]
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION or revisions <= signed_revision + 1:
        # Bytes after the sealed revision that are no revision of their own: not an update a PDF
        # program makes, so the file was tampered with.
        return SealCheck(SealState.ALTERED)
    change = _CHANGE_OF_LEVEL.get(status.modification_level or ModificationLevel.OTHER, ChangeKind.OTHER)
    return SealCheck(SealState.UPDATED, change=change, **found)  # type: ignore[arg-type]


def _intact(sig: EmbeddedPdfSignature) -> bool:
    """An earlier seal in the file: its own bytes and mathematics hold (what came after it is
    the later seal's business)."""
    try:
        context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        status = validate_pdf_signature(sig, context, key_usage_settings=_KEY_USAGE, skip_diff=True)
    except Exception:
        return False
    return bool(status.intact and status.valid)


def content_sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()
