"""A screen reader's view of every window: each input, button and list has a name, and each list
(table, tree, list) also a description of how it is used. Walks the main window's pages, the
person page, the plan window with its tabs and forms, the plan wizard's pages and the case forms
(tests/ui/test_start.py holds the first-start wizard and unlock)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.services import demo
from app.ui.app import load_style

NAMED = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton, QAbstractItemView)
NAMED += (QAbstractSlider,)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget; a screen reader reaches them through their owner."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar):
        return True
    return parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer"


def unannounced(top: QWidget) -> list[str]:
    """Inputs, buttons and lists without a name; lists without a description."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, NAMED) or _qt_internal(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        what = f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.window()).__name__}"
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            found.append(f"no name: {what}")
        elif isinstance(widget, QAbstractItemView) and not iface.text(QAccessible.Text.Description).strip():
            found.append(f"no description: {what} {iface.text(QAccessible.Text.Name)!r}")
    return found


def test_the_check_finds_a_nameless_input_and_an_undescribed_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.addWidget(QLineEdit())
    table = QTableView()
    table.setAccessibleName("Planer")
    layout.addWidget(table)
    assert unannounced(top) == ["no name: QLineEdit  in QWidget", "no description: QTableView  in QWidget 'Planer'"]


def test_every_window_names_and_describes_what_it_shows(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    from app.models.plan import PlanStatus
    from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
    from app.ui.deviations.dialog import DeviationDialog
    from app.ui.persons.dialog import PersonDialog
    from app.ui.plans.wizard import PlanWizard

    load_style(QApplication.instance())
    demo.fill(ws, persons=30, seed=7, examples=True)
    db = main._db
    found: list[str] = []
    for row, name in enumerate(main.PAGES):
        main.nav.setCurrentRow(row)
        assert db.wait_idle()
        found += [f"[{name}] {p}" for p in unannounced(main.stack.currentWidget())]
    found += [f"[main] {p}" for p in unannounced(main) if "Stack" not in p]
    main.open_person(main.persons.model.row_id(2))
    assert db.wait_idle()
    found += [f"[person] {p}" for p in unannounced(main.person)]
    signed = next(p for p in ws.repos.plans.current_rows() if p["status"] == PlanStatus.SIGNED.value)
    window = main.open_plan(signed["id"])
    qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
    assert db.wait_idle()
    found += [f"[plan] {p}" for p in unannounced(window)]
    for action in ("do_copy", "do_instruction", "do_performance", "do_handover", "do_intyg", "do_samrad"):
        getattr(window, action)()
        assert db.wait_idle()
        found += [f"[{action}] {p}" for p in unannounced(window.last_dialog)]
        window.last_dialog.close()
    person = ws.repos.persons.all(limit=1)[0]
    forms = [
        PersonDialog(db),
        DeviationDialog(db, person, None, [], ("Eva Lind", "Växjö kommun")),
        DisputeDialog(db),
        SipDialog(db, person),
        DecisionDialog(db, person, [], "Kim Handläggare"),
        PlanWizard(db, window.record.person, main.profile, parent=main),
    ]
    for form in forms:
        qtbot.addWidget(form)
        found += [f"[{type(form).__name__}] {p}" for p in unannounced(form)]
    assert found == [], "\n".join(found)
