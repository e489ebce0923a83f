"""Preview of a PDF (QtPdf) and printing that same PDF, so paper and file are identical.

Printing renders each PDF page with QPdfDocument.render at the printer's resolution and
paints it onto the printer page; nothing is laid out a second time by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

_ZOOM_STEP = 1.25


def load_document(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over in-memory bytes. The buffer must live as long as the document,
    so both are returned (and parented) together."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Paint pages `first`..`last` (1-based, 0 = to the end) of `document` onto `printer`.

    Each page is rendered as an image at the printer's resolution and scaled to the
    printable area keeping its aspect ratio. Returns the number of pages printed.
    """
    count = document.pageCount()
    if count == 0:
        return 0
    last = count if last <= 0 else min(last, count)
    first = max(1, first)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        options = QPdfDocumentRenderOptions()
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
            image = document.render(number - 1, size, options)
            # Centre on the printable area (painter coordinates start at its top-left corner).
            offset = QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2)
            painter.drawImage(QRect(offset.toPoint(), size), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QWidget):
    """A PDF shown page after page, with zoom and a Print button that opens the system dialog."""

    printed = Signal(int)  # pages sent to the printer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Sidinformation"))

        self.toolbar = QToolBar(self)
        self.print_action = QAction(self.tr("Skriv ut …"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_with_dialog)
        self.zoom_in_action = QAction(self.tr("Förstora"), self)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self._zoom(_ZOOM_STEP))
        self.zoom_out_action = QAction(self.tr("Förminska"), self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.fit_action = QAction(self.tr("Anpassa till bredd"), self)
        self.fit_action.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for action in (self.print_action, self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.toolbar.addAction(action)
            self.addAction(action)  # shortcuts work while the view has focus

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._set_enabled(False)

    # --- content -----------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> None:
        """Show new PDF bytes (rendered off the GUI thread by the caller)."""
        old_doc, old_buf = self._document, self._buffer
        self._document, self._buffer = load_document(data, self)
        self.view.setDocument(self._document)
        for obj in (old_doc, old_buf):
            if obj is not None:
                obj.deleteLater()
        ok = self._document.status() == QPdfDocument.Status.Ready and self._document.pageCount() > 0
        self._set_enabled(ok)
        self.status.setText(
            self.tr("%n sida/sidor", "", self._document.pageCount()) if ok else self.tr("PDF-filen kunde inte visas.")
        )

    def clear(self) -> None:
        """Show nothing (e.g. when the app locks). The document is closed, not detached:
        QPdfView warns when given no document at all."""
        if self._document is not None:
            self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self._set_enabled(False)
        self.status.clear()

    @property
    def document(self) -> QPdfDocument | None:
        return self._document if self.page_count() else None

    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.print_action, self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setEnabled(enabled)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    # --- printing ------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle() or "Egenvårdsstöd")
        printer.setFromTo(1, self.page_count())
        return printer

    def print_with_dialog(self) -> int:
        """The system print dialog; prints the very PDF shown. Returns pages printed."""
        if self._document is None or self.page_count() == 0:
            return 0
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        first, last = printer.fromPage(), printer.toPage()
        if printer.printRange() != QPrinter.PrintRange.PageRange:
            first, last = 1, self.page_count()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self._document, printer, first, last)
        finally:
            self.unsetCursor()
        self.printed.emit(pages)
        return pages
