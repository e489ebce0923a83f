"""Nothing cut off at 1366×768: every page of the main window, the person and plan windows with
every tab, every page of the plan wizard and the plan's forms, with demo data and the app's
style sheet, in a font as wide as Segoe UI (DejaVu Sans is wider).

A text is cut when it needs more room than its widget has: a label (unless it wraps or is
meant to elide), a button, check box or radio button, any item of a combo box (the risk
matrix's "1 – Mycket liten" must not read "1 – Mycket…"), a table's column header. A dialog
is too small when it is narrower or lower than its layout's minimum."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from app.services import demo
from app.ui.app import load_style

SCREEN = (1366, 768)


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _text_width(fm: QFontMetrics, text: str) -> int:
    return max(
        (fm.horizontalAdvance(line) for line in text.replace("&&", "\0").replace("&", "").split("\n")), default=0
    )


def cut_label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return None
    if label.property("elides"):  # a label that elides on purpose shows the whole text as tooltip
        return None
    room = label.contentsRect().width() - 2 * label.margin()
    need = _text_width(label.fontMetrics(), text)
    return f"label {text!r}: needs {need} px, has {room}" if need > room else None


def cut_button(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, QToolButton):
        return None
    need = button.sizeHint().width()
    if isinstance(button, QCheckBox | QRadioButton | QPushButton) and need > button.width():
        return f"{type(button).__name__} {button.text()!r}: needs {need} px, has {button.width()}"
    return None


def cut_value(edit: QLineEdit) -> str | None:
    """A value the form was opened with, wider than its field (the cursor hides its start).
    File paths are left out: a test's temporary folder is longer than any user's."""
    text = edit.text()
    if "/" in text or "\\" in text:
        return None
    room = edit.contentsRect().width() - 8  # the frame's and the text margins' few pixels
    need = _text_width(edit.fontMetrics(), text)
    if text and edit.echoMode() == QLineEdit.EchoMode.Normal and need > room:
        return f"field {edit.accessibleName()!r} value {text!r}: needs {need} px, has {room}"
    return None


def cut_combo(combo: QComboBox) -> str | None:
    """Any item wider than the box's text area (the whole box less the arrow and frame)."""
    if combo.isEditable() or combo.count() == 0:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    area = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    fm = combo.fontMetrics()
    for i in range(combo.count()):
        text = combo.itemText(i)
        extra = combo.iconSize().width() + 4 if not combo.itemIcon(i).isNull() else 0
        if _text_width(fm, text) + extra > area.width():
            return f"combo item {text!r}: needs {_text_width(fm, text) + extra} px, has {area.width()}"
    return None


def cut_headers(header: QHeaderView) -> list[str]:
    """A section whose title needs more than its width (bold, with the style sheet's padding,
    the sort arrow where sorting is on)."""
    model = header.model()
    if model is None or not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
        return []
    font = QFont(header.font())
    font.setBold(True)
    fm = QFontMetrics(font)
    view = header.parentWidget()
    sorting = isinstance(view, QAbstractItemView) and getattr(view, "isSortingEnabled", lambda: False)()
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) if sorting else 0
    pad = 2 * 4 + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) // 2
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        need = _text_width(fm, text) + pad + arrow
        if need > header.sectionSize(section):
            out.append(f"header {text!r}: needs {need} px, has {header.sectionSize(section)}")
    return out


def cut_tabs(bar: QTabBar) -> list[str]:
    return [
        f"tab {bar.tabText(i)!r} cut"
        for i in range(bar.count())
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width() and bar.elideMode() != Qt.TextElideMode.ElideNone
    ]


def problems(window: QWidget) -> list[str]:
    """Everything cut in a shown window; each line names the widget's window and text."""
    out: list[str] = []
    hint = window.minimumSizeHint()
    if window.isWindow() and (window.width() < hint.width() or window.height() < hint.height()):
        out.append(f"window {window.width()}×{window.height()} smaller than its content {hint.width()}×{hint.height()}")
    for w in _walk(window):
        if not _shown(w):
            continue
        if isinstance(w, QLabel):
            out.append(cut_label(w) or "")
        elif isinstance(w, QAbstractButton):
            out.append(cut_button(w) or "")
        elif isinstance(w, QComboBox):
            out.append(cut_combo(w) or "")
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
            out.append(cut_value(w) or "")
        elif isinstance(w, QHeaderView):
            out += cut_headers(w)
        elif isinstance(w, QTabBar):
            out += cut_tabs(w)
    title = window.windowTitle() or type(window).__name__
    return [f"{title}: {p}" for p in out if p]


def _walk(root: QWidget) -> Iterator[QWidget]:
    for child in root.findChildren(QWidget):
        if child.window() is root.window() or child.window() is root:
            yield child


def _settle(qtbot, main) -> None:  # type: ignore[no-untyped-def]
    assert main._db.wait_idle()
    page = main.stack.currentWidget()
    table = getattr(page, "table", None)
    if table is not None:
        table.viewport().repaint()
        assert main._db.wait_idle()
    QApplication.processEvents()


def test_main_window_pages_cut_nothing(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    load_style(QApplication.instance())
    demo.fill(ws, persons=150, seed=7, examples=True)
    main.resize(*SCREEN)
    found: list[str] = []
    for row, name in enumerate(main.PAGES):
        main.nav.setCurrentRow(row)
        _settle(qtbot, main)
        found += [f"[{name}] {p}" for p in problems(main)]
    main.open_person(main.persons.model.row_id(3))
    _settle(qtbot, main)
    found += [f"[person] {p}" for p in problems(main)]
    assert found == [], "\n".join(found)


def _dialog_problems(qtbot, dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """A form as it opens: shown at its own size (no wider than the screen)."""
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    found = problems(dialog)
    if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
        found.append(f"{dialog.windowTitle()}: {dialog.width()}×{dialog.height()} is larger than the screen")
    return found


def test_plan_window_its_forms_and_the_wizard_cut_nothing(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    from app.models.plan import PlanStatus
    from app.ui.plans.wizard import PlanWizard

    load_style(QApplication.instance())
    demo.fill(ws, persons=60, seed=7, examples=True)
    main.resize(*SCREEN)
    # the longest performer: the forms open with it filled in
    rows = [p for p in ws.repos.plans.current_rows() if p["status"] == PlanStatus.SIGNED.value]
    signed = max(rows, key=lambda p: len(ws.repos.plans.current(p["id"]).performer))
    assert len(ws.repos.plans.current(signed["id"]).performer) >= 25
    window = main.open_plan(signed["id"])
    qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
    assert main._db.wait_idle()
    window.resize(min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1]))
    found: list[str] = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert main._db.wait_idle()
        found += [f"[plan tab {tab}] {p}" for p in _dialog_problems(qtbot, window)]
    for action in ("do_copy", "do_instruction", "do_performance", "do_handover", "do_intyg", "do_samrad"):
        getattr(window, action)()
        form = window.last_dialog
        assert main._db.wait_idle()
        found += [f"[{action}] {p}" for p in _dialog_problems(qtbot, form)]
        form.close()
    found += _plan_wizard_problems(qtbot, PlanWizard(main._db, window.record.person, main.profile, parent=main))
    assert found == [], "\n".join(found)


def _plan_wizard_problems(qtbot, wizard) -> list[str]:  # type: ignore[no-untyped-def]
    """Every page of the plan wizard, each filled in just enough to go on to the next."""
    qtbot.addWidget(wizard)
    wizard.show()

    def samrad() -> None:
        editor = wizard.samrad.editor
        editor.information.setChecked(True)
        editor.decision.setChecked(True)
        editor.informed_what.setPlainText("Vad egenvård innebär")

    fill = {
        wizard.assessment_page: lambda: wizard.assessment_page.measure.setText("Insulininjektion"),
        wizard.risk: lambda: (
            wizard.risk.table.item(0, 0).setText("Fel dos ges"),
            wizard.risk.conclusion.setPlainText("Kan utföras säkert med instruktion."),
        ),
        wizard.samrad: samrad,
        wizard.points: lambda: wizard.points.form.performer.setText("Hemtjänst Norr"),
    }
    found: list[str] = []
    pages = [wizard.assessment_page, wizard.risk, wizard.samrad, wizard.points, wizard.sign]
    for number, page in enumerate(pages):
        assert wizard.currentPage() is page, f"the wizard did not reach page {number}"
        found += [f"[wizard page {number}] {p}" for p in _dialog_problems(qtbot, wizard)]
        if page in fill:
            fill[page]()
            wizard.next()
    return found


def test_forms_the_first_start_and_unlock_cut_nothing(qtbot, main, controller, ws) -> None:  # type: ignore[no-untyped-def]
    from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
    from app.ui.deviations.dialog import DeviationDialog
    from app.ui.persons.dialog import PersonDialog
    from app.ui.setup.unlock import UnlockWindow

    load_style(QApplication.instance())
    demo.fill(ws, persons=20, seed=7, examples=True)
    person = ws.repos.persons.all(limit=1)[0]
    db = main._db
    forms = {
        "person": PersonDialog(db),
        "deviation": DeviationDialog(db, person, None, [], ("Eva Lind", "Växjö kommun")),
        "dispute": DisputeDialog(db),
        "sip": SipDialog(db, person),
        "decision": DecisionDialog(db, person, [], "Kim Handläggare"),
        "unlock": UnlockWindow(db, ws.path),
    }
    found: list[str] = []
    for name, form in forms.items():
        qtbot.addWidget(form)
        form.show()
        found += [f"[{name}] {p}" for p in _dialog_problems(qtbot, form)]
        form.close()
    assert found == [], "\n".join(found)


def test_every_page_of_the_first_start_wizard_cuts_nothing(qtbot, controller, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Its own worker (`controller`, no workspace open): the last page creates the database."""
    from app.ui.setup.wizard import FirstStartWizard

    load_style(QApplication.instance())
    wizard = FirstStartWizard(controller.db, tmp_path / "data" / "egenvard.db")
    qtbot.addWidget(wizard)
    wizard.show()
    found = [f"[first start: location] {p}" for p in _dialog_problems(qtbot, wizard)]
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    found += [f"[first start: passphrase] {p}" for p in _dialog_problems(qtbot, wizard)]
    wizard.passphrase.first.setText("korsord vinter ekorre blåbär")
    wizard.passphrase.second.setText("korsord vinter ekorre blåbär")
    found += [f"[first start: passphrase typed] {p}" for p in _dialog_problems(qtbot, wizard)]
    wizard.next()
    assert wizard.currentPage() is wizard.profile
    found += [f"[first start: profile] {p}" for p in _dialog_problems(qtbot, wizard)]
    wizard.profile.name.setText("Rut Rektor")
    wizard.profile.title_edit.setText("Rektor")
    wizard.profile.role.setCurrentIndex(1)  # skolledare: no profession needed
    wizard.profile.organisation.setText("Växjö kommun")
    wizard.next()
    page = wizard.recovery
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=20000)
    found += [f"[first start: recovery code] {p}" for p in _dialog_problems(qtbot, wizard)]
    assert found == [], "\n".join(found)


def test_nothing_cut_at_scale_1_5(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same walk at 150 % (a 1920×1080 laptop's usual setting): QT_SCALE_FACTOR is read once
    per process, so the tests above run again in a child process."""
    if os.environ.get("QT_SCALE_FACTOR"):  # the child itself
        pytest.skip("already scaled")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", __file__, "-q", "-n", "0", "-p", "no:cacheprovider", "-k", "not scale_1_5"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:]
    assert "4 passed" in run.stdout
