"""The one preview dialog every document opens in: the PDF, the system print dialog for that very
PDF, and "Spara som…". Also the small steps around it that every caller needs: the warning for a
person with protected identity, rendering on the database worker, and the blank paper form.

Rendering (ReportLab, pyHanko) and writing files run on the database worker; this module only
shows bytes that came back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from app.services import documents
from app.services.workspace import Workspace
from app.ui import common
from app.ui.common import ErrorLabel
from app.ui.printing.preview import PdfPreview
from app.ui.worker import Database


# --- dialogs behind functions, so the tests can answer them ---------------------------------
def choose_save_path(parent: QWidget | None, title: str, file_name: str) -> str | None:
    """Where to save a PDF; None when the user cancels."""
    start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)) / file_name
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start), QCoreApplication.translate("Printing", "PDF-filer (*.pdf)")
    )
    return path or None


def confirm_protected(parent: QWidget | None, protected: bool) -> bool:
    """A person with protected identity: say what the paper shows before making it."""
    if not protected:
        return True
    return common.ask(
        parent,
        QCoreApplication.translate("Printing", "Skyddad identitet"),
        QCoreApplication.translate(
            "Printing",
            "Personen har skyddad identitet. Dokumentet märks ”Skyddad identitet” på varje sida och visar inte "
            "personnumrets fyra sista siffror eller skola/enhet; i förhandsgranskningen kan du välja att ta med "
            "dem. Hantera papperet enligt rutinen för skyddade personuppgifter. Fortsätt?",
        ),
    )


def _write(_ws: Workspace, path: Path, data: bytes) -> Path:
    return documents.write_pdf(path, data)


class PdfDialog(QDialog):
    """A rendered document: preview, print (the same PDF) and save as a file."""

    saved = Signal(object)  # Path

    def __init__(
        self,
        db: Database,
        data: bytes,
        title: str,
        file_name: str,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._data = data
        self.file_name = file_name
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        # Protected identity: the full number and the unit are left out unless chosen here.
        self.reveal_box = QCheckBox(self.tr("Ta med fullständigt personnummer och skola/enhet (skyddad identitet)"))
        self.reveal_box.hide()
        layout.addWidget(self.reveal_box)
        self.preview = PdfPreview(self)
        self.preview.setWindowTitle(title)  # the print job's name in the printer queue
        self.save_action = QAction(self.tr("Spara som…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_action.setToolTip(self.tr("Spara PDF-filen ({0})").format(self.save_action.shortcut().toString()))
        self.save_action.triggered.connect(self.save_as)
        self.preview.toolbar.insertAction(self.preview.zoom_out_action, self.save_action)
        self.preview.toolbar.insertSeparator(self.preview.zoom_out_action)
        self.addAction(self.save_action)
        layout.addWidget(self.preview, 1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&täng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview.set_pdf(data)
        self.finished.connect(self.clear)
        self.resize(860, 720)

    @property
    def data(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.preview.page_count()

    def offer_reveal(self, rerender: Callable[[bool], object]) -> None:
        """Show the protected-identity choice; ticking it renders the document again (on the
        worker, through `rerender(reveal)`), which then arrives through `replace`."""
        self.reveal_box.show()

        def toggled(checked: bool) -> None:
            self.reveal_box.setEnabled(False)  # until the new rendering arrives
            rerender(checked)

        self.reveal_box.toggled.connect(toggled)

    def replace(self, data: bytes) -> None:
        """New bytes of the same document (e.g. with or without the protected details)."""
        self._data = data
        self.preview.set_pdf(data)
        self.reveal_box.setEnabled(True)

    def save_as(self) -> None:
        if not self._data:
            return
        chosen = choose_save_path(self, self.tr("Spara som"), self.file_name)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.error.clear_error()
        self._db.call(_write, path, self._data, on_done=self._saved, on_error=self.error.show_error, owner=self)

    def _saved(self, path: Path) -> None:
        self.saved_label.setText(self.tr("Sparad: {0}").format(path))
        self.saved_label.show()
        self.saved.emit(path)

    def clear(self) -> None:
        """Forget the document (closed, or the app locks): nothing personal stays in memory."""
        self.preview.clear()
        self._data = b""
        self.save_action.setEnabled(False)


def show_pdf(db: Database, parent: QWidget, data: bytes, title: str, file_name: str, note: str = "") -> PdfDialog:
    """Open a preview dialog over `parent`; it is deleted when closed."""
    dialog = PdfDialog(db, data, title, file_name, note, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def render_and_show(
    db: Database,
    parent: QWidget,
    render: Callable[..., bytes],
    *args: Any,
    title: str,
    file_name: str,
    on_error: Callable[[Exception], None],
    on_shown: Callable[[PdfDialog], None] | None = None,
    protected: bool = False,
) -> int:
    """Run `render(ws, *args)` on the database worker, then open the preview with the bytes.
    `protected`: the person has protected identity; the preview offers `render(..., reveal=True)`."""

    def shown(data: bytes) -> None:
        dialog = show_pdf(db, parent, data, title, file_name)
        if protected:
            offer_reveal(db, dialog, render, *args, on_error=on_error)
        if on_shown is not None:
            on_shown(dialog)

    return db.call(render, *args, on_done=shown, on_error=on_error, owner=parent)


def offer_reveal(
    db: Database, dialog: PdfDialog, render: Callable[..., bytes], *args: Any, on_error: Callable[[Exception], None]
) -> None:
    """Let the preview of a protected person's document be rendered again with `reveal`."""

    def failed(exc: Exception) -> None:
        dialog.reveal_box.setEnabled(True)
        on_error(exc)

    dialog.offer_reveal(
        lambda reveal: db.call(render, *args, reveal=reveal, on_done=dialog.replace, on_error=failed, owner=dialog)
    )


def _blank(ws: Workspace) -> bytes:
    profile = ws.profile()
    return documents.render_blank_pdf(profile.organisation if profile else "")


def open_blank_form(db: Database, parent: QWidget) -> int:
    """The empty EGENVÅRDSPLAN form for the paper fallback (with the user's organisation)."""
    return render_and_show(
        db,
        parent,
        _blank,
        title=QCoreApplication.translate("Printing", "Tom blankett – egenvårdsplan"),
        file_name="egenvardsplan-blankett.pdf",
        on_error=lambda exc: common.show_error(parent, exc),
    )
