"""Printing and documents in the desktop client.

`preview` (PdfPreview, printing the very PDF) and `signature_pad` are standalone widgets that take
and give bytes. `dialog` is the one preview dialog every document opens in (print, "Spara som…"),
the protected-identity question and the blank paper form; `seal_dialog` is the electronic seal of a
plan version. Rendering and sealing run on the database worker, never here.
"""

from app.ui.printing.dialog import PdfDialog, open_blank_form, show_pdf
from app.ui.printing.preview import PdfPreview, print_pdf
from app.ui.printing.signature_pad import SignaturePad

__all__ = ["PdfDialog", "PdfPreview", "SignaturePad", "open_blank_form", "print_pdf", "show_pdf"]
