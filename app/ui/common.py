"""Small widgets and helpers every screen uses: dates, labelled inputs, error messages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from app.errors import ValidationError
from app.ui.worker import message_for

# Module-level texts use `translate("Context", "text")` (found by pyside6-lupdate under that name).
translate = QCoreApplication.translate


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def named(widget: QWidget, name: str) -> QWidget:
    """Every input gets an accessible name (screen readers) and an object name (tests)."""
    widget.setAccessibleName(name)
    return widget


def describe_list(view: QWidget, editable: bool = False) -> None:
    """A list's accessible description: how the keyboard uses it (a screen reader says it after
    the name). Tab always leaves a list; arrows move within it."""
    if editable:
        text = translate("Common", "Pilarna flyttar mellan cellerna, F2 ändrar en cell, Tab går vidare.")
    else:
        text = translate("Common", "Pilarna flyttar, Enter öppnar den markerade raden, Tab går vidare.")
    view.setAccessibleDescription(text)


def line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_box(name: str, text: str = "", height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other input
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(max(height, 90))
    return edit


class Choice(QComboBox):
    """A combo box whose values stay Python objects: Qt would turn a StrEnum into a plain str,
    and `is`-comparisons on enums would then fail quietly."""

    def __init__(self) -> None:
        super().__init__()
        self._values: list[object] = []

    def add(self, label: str, value: object) -> None:
        self._values.append(value)
        self.addItem(label)

    def currentData(self, role: int = 0) -> object:  # type: ignore[override]
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def findData(self, value: object, role: int = 0, flags: object = None) -> int:  # type: ignore[override]
        for i, v in enumerate(self._values):
            if v == value:
                return i
        return -1


def combo(name: str, items: list[tuple[str, object]], current: object = None) -> Choice:
    box = Choice()
    box.setAccessibleName(name)
    for label, value in items:
        box.add(label, value)
    if current is not None:
        i = box.findData(current)
        if i >= 0:
            box.setCurrentIndex(i)
    return box


class DateField(QWidget):
    """A date, optionally empty (a checkbox enables it): QDateEdit alone cannot say "no date"."""

    def __init__(self, name: str, value: date | None = None, optional: bool = False) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check: QCheckBox | None = None
        if optional:
            self.check = QCheckBox()
            self.check.setAccessibleName(translate("DateField", "{0}: ange datum").format(name))
            self.check.setChecked(value is not None)
            layout.addWidget(self.check)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(name)
        self.edit.setDate(QDate(value or date.today()))
        layout.addWidget(self.edit, 1)
        if self.check is not None:
            self.edit.setEnabled(self.check.isChecked())
            self.check.toggled.connect(self.edit.setEnabled)
        self.setFocusProxy(self.check or self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> date | None:
        if self.check is not None and not self.check.isChecked():
            return None
        return self.edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        if self.check is not None:
            self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))


def focus_field(widget: QWidget) -> None:
    """Put the cursor in `widget`, first bringing it into view: the tab page it is on, and the
    scrolled part of a long form."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        child, parent = parent, parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ErrorLabel(QLabel):
    """Shown next to a form: the rule that was broken, in the user's words. A form registers
    its inputs under the field names the model's `ValidationError`s carry (`register`); an
    error that names one puts the cursor in that input."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(translate("ErrorLabel", "Felmeddelande"))
        self.fields: dict[str, QWidget] = {}
        self.hide()

    def register(self, fields: dict[str, QWidget]) -> None:
        """Field name (as in `ValidationError.field`) → the input that holds it."""
        self.fields.update(fields)

    def show_error(self, exc_or_text: BaseException | str) -> None:
        text = exc_or_text if isinstance(exc_or_text, str) else message_for(exc_or_text)
        self.setText(text)
        self.setVisible(bool(text))
        widget = self.fields.get(exc_or_text.field) if isinstance(exc_or_text, ValidationError) else None
        if widget is not None:
            focus_field(widget)

    def clear_error(self) -> None:
        self.setText("")
        self.hide()


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return layout


def show_error(parent: QWidget | None, exc: BaseException | str) -> None:
    text = exc if isinstance(exc, str) else message_for(exc)
    QMessageBox.warning(parent, translate("Common", "Det gick inte"), text)


# Dialog helpers live here (and are called as `common.ask(...)`) so that the tests can answer
# them without a modal loop.
def ask(parent: QWidget | None, title: str, text: str, default_yes: bool = True) -> bool:
    """Ja/Nej. `default_yes=False` for a question whose "Ja" must be a decision (trusting a
    fingerprint): Enter then answers Nej. Closing the box (Esc, a lock) always answers Nej."""
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    answer = QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no)
    return answer == yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, start: str, pattern: str) -> str | None:
    """The system's "open" dialog; None when cancelled. (A module function: tests answer it.)"""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, pattern)
    return chosen or None


def save_file(parent: QWidget | None, title: str, start: str, pattern: str) -> str | None:
    """The system's "save as" dialog; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, pattern)
    return chosen or None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """The system's folder dialog; None when cancelled. (A module function: tests answer it.)"""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title, start) or None


class FileField(QWidget):
    """A path and a "Bläddra…" button; `save` picks a save-as dialog instead of an open one."""

    def __init__(self, name: str, pattern: str, save: bool, text: str = "") -> None:
        super().__init__()
        self._name, self._pattern, self._save = name, pattern, save
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit: QLineEdit = line(name, text)
        browse = QPushButton(self.tr("&Bläddra…"))
        browse.setAccessibleName(self.tr("Välj fil: {0}").format(name))
        browse.clicked.connect(self.browse)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        self.setFocusProxy(self.edit)

    def browse(self) -> None:
        choose = save_file if self._save else open_file  # looked up at call time: tests answer them
        chosen = choose(self, self._name, self.edit.text(), self._pattern)
        if chosen:
            self.edit.setText(chosen)

    def text(self) -> str:
        return self.edit.text().strip()
