"""PDF/A-2b for every document: the archive format Swedish archives accept for records.

ReportLab (open source) writes no PDF/A itself; what PDF/A-2b asks beyond what our documents
already are (every font embedded, no encryption, no JavaScript, a file ID) is added here to the
document catalogue just before the file is written:
- an XMP metadata stream (uncompressed, as the standard wants) whose title, author, subject,
  keywords, producer, creator tool and dates are exactly those of the document information, and
  which names the part and conformance (pdfaid:part 2, conformance B);
- an sRGB OutputIntent carrying its ICC profile (resources/color/sRGB.icc, from Debian's
  icc-profiles-free, zlib licence), so every DeviceRGB colour — and the transparent watermark —
  has a defined meaning.

Not done: tagging (a structure tree with reading order, PDF/A-2a / PDF/UA). ReportLab's open
source edition cannot write one; it would take ReportLab PLUS, or another PDF library that tags
(e.g. rendering from HTML with WeasyPrint), or writing the structure tree ourselves per flowable.
"""

from __future__ import annotations

import zlib
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format

from app.paths import resource

PART = 2
CONFORMANCE = "B"
ICC_NAME = "sRGB IEC61966-2.1"


@cache
def icc_profile() -> bytes:
    return resource("color", "sRGB.icc").read_bytes()


@cache
def _icc_compressed() -> bytes:
    """Compressed once per process: ReportLab would otherwise deflate and ASCII85-encode the
    profile in pure Python for every document."""
    return zlib.compress(icc_profile(), 9)


def _xmp_date(doc: Any) -> str:
    """The instant ReportLab writes as CreationDate and ModDate, in XMP's ISO form."""
    stamp = doc._timeStamp
    yyyy, mm, dd, hh, mi, ss = stamp.YMDhms
    zone = f"{'+' if stamp.dhh >= 0 else '-'}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    return f"{yyyy:04d}-{mm:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{zone}"


def xmp(title: str, author: str, subject: str, keywords: str, creator: str, producer: str, when: str) -> bytes:
    """The XMP packet; every value is the document information's own (ISO dates, same instant)."""

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>{PART}</pdfaid:part><pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>{alt(title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(producer)}</pdf:Producer>
<pdf:Keywords>{escape(keywords)}</pdf:Keywords>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


class _PlainStream(PDFStream):
    """A stream written as it is, without a Filter key: PDF/A wants the metadata readable by
    any tool (ReportLab would write an empty Filter array even with no filters)."""

    def format(self, document: Any) -> bytes:
        content = document.encrypt.encode(self.content)
        dictionary = PDFDictionary({**self.dictionary.dict, "Length": len(content)})
        return pdf_format(dictionary, document) + b"\nstream\n" + pdf_format(content, document) + b"endstream\n"


def attach(canvas: Any) -> None:
    """Add the XMP metadata and the sRGB OutputIntent to the canvas's document (call last)."""
    doc = canvas._doc
    info = doc.info
    packet = xmp(info.title, info.author, info.subject, info.keywords, info.creator, info.producer, _xmp_date(doc))
    metadata = _PlainStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), packet)
    profile = _PlainStream(PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}), _icc_compressed())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(ICC_NAME),
            "Info": PDFString(ICC_NAME),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    # The catalogue writes only the keys it knows; OutputIntents joins them for this document.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
