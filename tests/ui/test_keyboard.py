"""Keyboard: Tab reaches every input of every form a user fills in, in reading order (top to
bottom, left to right within a row), and no input keeps the Tab key for itself.

The walk presses the real Tab key on the focused widget, so it sees what a user sees: Qt's focus
chain, focus proxies, radio groups, date sections, tables that move between cells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.models.person import Guardian
from app.services import cases, plans
from app.services.workspace import Workspace
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
from app.ui.deviations.dialog import DeviationDialog
from app.ui.persons.dialog import PersonDialog
from app.ui.plans.dialogs import CopyDialog, InstructionDialog, PerformanceDialog, ReviewDialog
from app.ui.plans.wizard import PlanWizard
from app.ui.setup.wizard import FirstStartWizard
from app.ui.worker import Database
from tests.factories import ME, PASSPHRASE, number, person, signed_plan

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
# A widget may keep Tab for a few presses: a date-time edit moves through its sections
# (yyyy, MM, dd, HH, mm) before it lets go. More than this is a keyboard trap.
MOST_PRESSES_ON_ONE_WIDGET = 8
MOST_STOPS = 80


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return f"{type(widget).__name__} {name!r}"


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside an input (a spin box's editor, a combo box's list): Tab reaches
    them through their owner."""
    parent = widget.parentWidget()
    return isinstance(parent, (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView))


def _unchecked_in_radio_group(widget: QWidget) -> bool:
    """Tab visits the checked button of a radio group and the arrow keys move within it (Qt's and
    every platform's rule), so the other buttons of the group are not Tab stops."""
    if not isinstance(widget, QRadioButton) or widget.isChecked() or not widget.autoExclusive():
        return False
    siblings = widget.parentWidget().findChildren(QRadioButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return any(s.isChecked() and s.autoExclusive() for s in siblings)


def required_stops(top: QWidget) -> list[QWidget]:
    """Every visible, enabled input and button Tab must reach (visible: of a tab widget only the
    current tab, of a wizard only the current page)."""
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisible()
        and w.isEnabled()
        and not _internal(w)
        and not _unchecked_in_radio_group(w)
    ]


def place(top: QWidget, widget: QWidget) -> QRect:
    """Where the widget sits in the window (as laid out, whatever a scroll area shows now)."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """Reading order: widgets whose heights mostly overlap share a row and go left to right;
    otherwise the higher one comes first. A container (a scroll area, a table) reads before
    what it holds: they share a row and it starts further left."""
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    if overlap >= min(a.height(), b.height()) / 2:
        return a.left() <= b.left()
    return a.top() < b.top()


def places(top: QWidget) -> dict[QWidget, QRect]:
    """Every widget's place, taken before Tab makes a scroll area move."""
    return {w: place(top, w) for w in top.findChildren(QWidget)}


def top_left(at: dict[QWidget, QRect], widgets: list[QWidget]) -> QWidget:
    return min(widgets, key=lambda w: (at[w].top(), at[w].left()))


def focused(top: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and top.isAncestorOf(widget), f"focus left {describe(top)}"
    return widget


def tab_cycle(qtbot, top: QWidget, first: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from `first` until focus is back on it: the widgets focus visited, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [focused(top)]
    presses = 0
    while len(visited) <= MOST_STOPS:
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        now = focused(top)
        if now is visited[-1]:
            presses += 1
            assert presses < MOST_PRESSES_ON_ONE_WIDGET, f"Tab stays in {describe(now)}: a keyboard trap"
            continue
        presses = 0
        if now is visited[0]:
            return visited
        assert now not in visited, f"Tab goes round without coming back to {describe(first)}: {describe(now)} again"
        visited.append(now)
    raise AssertionError(f"no way back to {describe(first)} after {MOST_STOPS} stops")


def show_active(qtbot, top: QWidget) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(top):  # key presses go to the focus widget of the active window
        top.show()
        top.activateWindow()
    qtbot.wait(20)  # let pending layouts run: a table places its new cell widgets on a timer


def assert_tab_order(qtbot, top: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """One Tab cycle reaches every input and goes in reading order. Returns the stops, the
    top-left one first."""
    show_active(qtbot, top)
    required = required_stops(top)
    assert required, f"no inputs in {describe(top)}"
    at = places(top)
    cycle = tab_cycle(qtbot, top, top_left(at, required))
    start = cycle.index(top_left(at, cycle))  # a table or a scroll area can come before the first input
    cycle = cycle[start:] + cycle[:start]
    unreached = [describe(w) for w in required if w not in cycle]
    assert not unreached, f"Tab never reaches {unreached} in {describe(top)}"
    backwards = [f"{describe(a)} → {describe(b)}" for a, b in pairwise(cycle) if not reads_before(at[a], at[b])]
    assert not backwards, f"Tab goes against reading order in {describe(top)}: {backwards}"
    return cycle


# --- the check checks ----------------------------------------------------------------------------


def test_the_check_finds_a_wrong_order_and_a_trap(qtbot):
    from PySide6.QtWidgets import QFormLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QFormLayout(window)
    edits = []
    for name in ("Första", "Andra", "Tredje"):
        edit = QLineEdit()
        edit.setAccessibleName(name)
        layout.addRow(name, edit)
        edits.append(edit)
    first, second, third = edits
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)
    with pytest.raises(AssertionError, match="'Tredje' → QLineEdit 'Andra'"):
        assert_tab_order(qtbot, window)
    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, third)
    assert assert_tab_order(qtbot, window) == edits
    trap = QTextEdit()  # keeps Tab: it types a tab character
    trap.setAccessibleName("Fälla")
    layout.addRow("Fälla", trap)
    trap.show()  # a layout shows a new child only once the event loop runs
    with pytest.raises(AssertionError, match="Tab stays in QTextEdit 'Fälla'"):
        assert_tab_order(qtbot, window)


# --- the forms -----------------------------------------------------------------------------------

Form = Callable[[Database, Workspace], QWidget]


def _person_new(db: Database, ws: Workspace) -> QWidget:
    return PersonDialog(db)


def _person_edit(db: Database, ws: Workspace) -> QWidget:
    kid = person(ws, number(14, 2015), "Liam", "Lind", guardians=(Guardian("Sara Lind", "070-1234567"),))
    return PersonDialog(db, kid)


def _deviation_new(db: Database, ws: Workspace) -> QWidget:
    p = person(ws)
    return DeviationDialog(db, p, None, [signed_plan(ws, p.id)], reporter=("Eva Lind", "Region Kronoberg"))


def _deviation_saved(db: Database, ws: Workspace) -> QWidget:
    p = person(ws)
    plan = signed_plan(ws, p.id)
    occurred = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    dev = cases.report_deviation(ws, p.id, occurred, "Hemmet", "Dosen gavs inte", "Eva Lind", plan_id=plan.id)
    return DeviationDialog(db, p, dev, [plan])


def _review(db: Database, ws: Workspace) -> QWidget:
    plan = signed_plan(ws, person(ws).id)
    review = plans.next_review(ws, plan.id)
    assert review is not None
    return ReviewDialog(db, review, ME.name)


def _copy(db: Database, ws: Workspace) -> QWidget:  # the consent box is shown for a school leader
    return CopyDialog(db, signed_plan(ws, person(ws).id), person_is_child=False)


def _instruction(db: Database, ws: Workspace) -> QWidget:
    return InstructionDialog(db, signed_plan(ws, person(ws).id), ME.name)


def _performance(db: Database, ws: Workspace) -> QWidget:
    return PerformanceDialog(db, signed_plan(ws, person(ws).id), "Hemtjänst Norr")


def _sip(db: Database, ws: Workspace) -> QWidget:
    return SipDialog(db, person(ws))


def _decision(db: Database, ws: Workspace) -> QWidget:
    p = person(ws)
    return DecisionDialog(db, p, [signed_plan(ws, p.id)], ME.name)


def _dispute_new(db: Database, ws: Workspace) -> QWidget:
    return DisputeDialog(db, person(ws))


def _dispute_open(db: Database, ws: Workspace) -> QWidget:
    p = person(ws)
    dispute = cases.open_dispute(ws, ("Region Kronoberg", "Hagaskolan"), "Vem instruerar?", datetime.now().date(), p.id)
    return DisputeDialog(db, p, dispute)


def _intyg(db: Database, ws: Workspace) -> QWidget:
    from app.ui.plans.intyg_dialog import IntygDialog

    return IntygDialog(db, signed_plan(ws, person(ws).id), "Egenvård – med hjälp", ME.name)


FORMS: dict[str, Form] = {
    "person_new": _person_new,
    "person_edit": _person_edit,
    "deviation_new": _deviation_new,
    "deviation_saved": _deviation_saved,
    "review": _review,
    "copy": _copy,
    "instruction": _instruction,
    "performance": _performance,
    "sip": _sip,
    "decision": _decision,
    "dispute_new": _dispute_new,
    "dispute_open": _dispute_open,
    "intyg": _intyg,
}


@pytest.mark.parametrize("name", FORMS)
def test_tab_reaches_every_input_of_a_form_in_reading_order(qtbot, controller, ws, name: str):
    dialog = FORMS[name](controller.db, ws)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    opened_on, first = focused(dialog), top_left(places(dialog), required_stops(dialog))
    assert opened_on is first, f"{name} opens with the focus on {describe(opened_on)}, not on {describe(first)}"
    assert_tab_order(qtbot, dialog)


def test_tab_order_on_every_page_of_the_plan_wizard(qtbot, controller, ws):
    wizard = PlanWizard(controller.db, person(ws), ME)
    qtbot.addWidget(wizard)
    wizard.show()
    assert_tab_order(qtbot, wizard)
    wizard.assessment_page.measure.setText("Insulininjektion")
    wizard.next()
    risk = wizard.risk
    assert wizard.currentPage() is risk
    risk.add_hazard()  # a risk added later: its combo boxes come after the first row's
    stops = assert_tab_order(qtbot, wizard)
    assert stops.index(risk.table) < stops.index(risk.table.cellWidget(1, 2)) < stops.index(risk.conclusion)
    risk.table.item(0, 0).setText("Fel dos ges")
    risk.conclusion.setPlainText("Kan utföras säkert med instruktion.")
    wizard.next()
    assert wizard.currentPage() is wizard.samrad
    wizard.samrad.editor.add_participant()  # a row added later: its role box comes after the first rows'
    wizard.samrad.editor.information.setChecked(True)
    wizard.samrad.editor.decision.setChecked(True)
    stops = assert_tab_order(qtbot, wizard)
    editor = wizard.samrad.editor
    assert stops.index(editor.table) < stops.index(editor.table.cellWidget(2, 0)) < stops.index(editor.held_on.edit)
    editor.informed_what.setPlainText("Vad egenvård innebär")
    wizard.next()
    assert wizard.currentPage() is wizard.points
    assert_tab_order(qtbot, wizard)
    wizard.points.form.performer.setText("Hemtjänst Norr")
    wizard.next()
    assert wizard.currentPage() is wizard.sign
    stops = assert_tab_order(qtbot, wizard)  # "Spara som utkast" and "Signera" are reached too
    for button in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.FinishButton):
        assert wizard.button(button) in stops


def test_tab_order_on_every_page_of_the_first_start_wizard(qtbot, controller, tmp_path: Path):
    wizard = FirstStartWizard(controller.db, tmp_path / "data" / "egenvard.db")
    qtbot.addWidget(wizard)
    wizard.show()
    # The proposed location is enough to go on: "Nästa" works without editing the path.
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button in assert_tab_order(qtbot, wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    assert_tab_order(qtbot, wizard)
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.profile
    assert_tab_order(qtbot, wizard)
    wizard.profile.name.setText("Rut Rektor")
    wizard.profile.title_edit.setText("Rektor")
    wizard.profile.role.setCurrentIndex(1)  # skolledare: a licensed professional would need a profession
    wizard.profile.organisation.setText("Växjö kommun")
    wizard.next()
    page = wizard.recovery
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=20000)
    page.confirm.setChecked(True)
    stops = assert_tab_order(qtbot, wizard)
    assert page.print_button in stops and wizard.button(QWizard.WizardButton.FinishButton) in stops
