"""The print preview and the signature pad (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.reports.plan_form import render_blank
from app.ui.printing import PdfPreview, SignaturePad, print_pdf
from tests.pdfs import run_tool
from tests.ui.helpers import draw_signature


def test_signature_pad_draws_clears_and_exports_png(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    assert pad.is_empty and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        draw_signature(pad)
    assert not pad.is_empty and len(pad.strokes()[0]) == 30
    png = pad.to_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 500
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty


def test_drawn_signature_goes_onto_the_form(qtbot, ws, case, tmp_path: Path) -> None:
    from app.services import documents

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    draw_signature(pad)
    data = documents.render_plan_pdf(ws, case.plan.id, signer_image=pad.to_png())
    assert data.count(b"/Subtype /Image") >= 1  # the image (and its transparency mask)
    assert documents.render_plan_pdf(ws, case.plan.id).count(b"/Subtype /Image") == 0


@pytest.fixture
def preview(qtbot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def test_preview_shows_the_pdf(preview: PdfPreview) -> None:
    assert not preview.print_action.isEnabled()
    preview.set_pdf(render_blank("Växjö kommun"))
    assert preview.page_count() == 2
    assert preview.print_action.isEnabled()
    before = preview.view.zoomFactor()
    preview.zoom_in_action.trigger()
    assert preview.view.zoomFactor() > before
    preview.set_pdf(b"not a pdf")
    assert preview.page_count() == 0 and not preview.print_action.isEnabled()
    preview.clear()
    assert preview.document is None


def test_printing_renders_every_page_of_the_same_pdf(preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(render_blank())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(preview.document, printer) == 2
    info = run_tool("pdfinfo", str(out)).stdout
    assert "Pages:           2" in info


def test_print_dialog_path(preview: PdfPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    preview.set_pdf(render_blank())
    out = tmp_path / "dialog.pdf"
    original = preview.make_printer

    def to_file() -> QPrinter:
        printer = original()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(preview, "make_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    with qtbot.waitSignal(preview.printed) as blocker:
        preview.print_with_dialog()
    assert blocker.args == [2] and out.exists()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert preview.print_with_dialog() == 0
