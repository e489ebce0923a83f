"""Forms that survive a lock: the `DraftForm` protocol and a generic copy of a form's inputs.

A form joins by giving itself a `draft_kind`, calling `mark_pristine(self)` at the end of its
constructor and answering two questions:

    def draft_state(self) -> Draft | None:      # None: nothing typed since it opened
        return form_draft(self, {"person_id": ...})   # the ids that open it again
    def restore_draft(self, draft: Draft) -> None:
        restore_form(self, draft)

and by an opener in `app/ui/main/drafts.py` that opens it again from its context. The values
are read from the form's own inputs in widget order (line and text edits, choices, check
boxes, dates, small grids), so a field added to a form is kept without further code.
Passwords are never copied.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.drafts import Draft


@runtime_checkable
class DraftForm(Protocol):
    draft_kind: str

    def draft_state(self) -> Draft | None: ...

    def restore_draft(self, draft: Draft) -> None: ...


_BASELINE = "_draft_baseline"


def _inputs(form: QWidget) -> list[QWidget]:
    """The form's own inputs in a stable order; parts Qt builds inside an input are skipped."""
    out = []
    for w in form.findChildren(QWidget):
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView | QLineEdit):
            continue
        if isinstance(w, QLineEdit) and w.echoMode() is not QLineEdit.EchoMode.Normal:
            continue  # a passphrase is never kept
        if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateTimeEdit | QTableWidget):
            out.append(w)
    return out


def _value(w: QWidget) -> Any:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentIndex()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QDateEdit):  # before QDateTimeEdit, its base class
        return w.date().toPython().isoformat()
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toPython().isoformat()
    if isinstance(w, QTableWidget):
        return [
            [(w.item(r, c).text() if w.item(r, c) else "") for c in range(w.columnCount())] for r in range(w.rowCount())
        ]
    return None


def _apply(w: QWidget, value: Any) -> None:
    if isinstance(w, QLineEdit):
        w.setText(str(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(str(value))
    elif isinstance(w, QComboBox):
        if 0 <= int(value) < w.count():
            w.setCurrentIndex(int(value))
    elif isinstance(w, QAbstractButton):
        w.setChecked(bool(value))
    elif isinstance(w, QDateEdit):
        w.setDate(QDate(date.fromisoformat(value)))
    elif isinstance(w, QDateTimeEdit):
        w.setDateTime(QDateTime(datetime.fromisoformat(value)))
    elif isinstance(w, QTableWidget):
        w.setRowCount(max(len(value), w.rowCount()))
        for r, row in enumerate(value):
            for c, text in enumerate(row[: w.columnCount()]):
                w.setItem(r, c, QTableWidgetItem(str(text)))


def form_values(form: QWidget) -> list[Any]:
    return [_value(w) for w in _inputs(form)]


def mark_pristine(form: QWidget) -> None:
    """What the form showed when it opened: a draft is kept only when something differs."""
    setattr(form, _BASELINE, form_values(form))


def mark_pristine_once(form: QWidget) -> None:
    """The baseline taken the first time only (a form filled in before it is first shown)."""
    if not hasattr(form, _BASELINE):
        mark_pristine(form)


def form_draft(form: QWidget, context: dict[str, Any]) -> Draft | None:
    values = form_values(form)
    if values == getattr(form, _BASELINE, None):
        return None
    return Draft(str(getattr(form, "draft_kind", "")), form.windowTitle(), context, values)


def restore_form(form: QWidget, draft: Draft) -> None:
    """Puts the typed values back; a draft of another shape (the form changed) restores nothing."""
    inputs = _inputs(form)
    if len(inputs) != len(draft.fields):
        return
    for w, value in zip(inputs, draft.fields, strict=True):
        if value is not None:
            _apply(w, value)


def collect() -> list[Draft]:
    """Every open form's draft (on lock), from the windows that are up."""
    out = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, DraftForm) and w.isVisible():
            draft = w.draft_state()
            if draft is not None:
                out.append(draft)
    return out
