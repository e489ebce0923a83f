"""Print preview, printing the very PDF, and the signature pad: standalone widgets that the
main window embeds. They take and give bytes; none of them touches the database."""

from app.ui.printing.preview import PdfPreview, print_pdf
from app.ui.printing.signature_pad import SignaturePad

__all__ = ["PdfPreview", "SignaturePad", "print_pdf"]
