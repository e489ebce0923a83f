"""Qt helpers for the widget tests, written once: a signature drawn with the mouse, the inputs a
screen reader would announce without a name, and a window settled before it is grabbed.

A helper module, not a test module: tests import from here (and from tests/factories.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible, QMouseEvent
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


def _mouse(widget: QWidget, kind: QMouseEvent.Type, x: float, y: float, held: bool = True) -> None:
    pos = QPointF(x, y)
    button = Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw_signature(pad: QWidget) -> None:
    """A signature drawn with the mouse, as a user would: one stroke of 30 points, inside a
    260 × 80 pad's corner (the smallest pad the app shows)."""
    _mouse(pad, QMouseEvent.Type.MouseButtonPress, 20, 70)
    for i in range(1, 30):
        _mouse(pad, QMouseEvent.Type.MouseMove, 20 + i * 8, 70 - (i % 5) * 8)
    _mouse(pad, QMouseEvent.Type.MouseButtonRelease, 260, 60, held=False)


INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget (a combo box's popup list, a line edit's clear button,
    a spin box's editor): a screen reader reaches them through their owner."""
    parent = widget.parentWidget()
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(parent, (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)):
        return True
    return parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer"


def unnamed_inputs(top: QWidget) -> list[str]:
    """Inputs a screen reader would announce without a name (its own, its label's or its text)."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _qt_internal(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing


def settle(main) -> None:  # type: ignore[no-untyped-def]
    """The answers in, the visible rows of lazy tables read, and the layouts they changed redone:
    no stale grabs."""
    assert main._db.wait_idle()
    for view in main.findChildren(QAbstractItemView):
        if view.isVisible():
            view.viewport().repaint()
    assert main._db.wait_idle()
    # A new text is laid out on later passes of the event loop, one layout level each: pass until
    # two passes in a row move no visible widget (a condition, not 50 ms that a busy box may need).
    last, still = _geometries(main), 0
    for _ in range(200):
        QApplication.processEvents()
        now = _geometries(main)
        still = still + 1 if now == last else 0
        if still == 2:
            return
        last = now
    raise AssertionError("the window's layout never settled")


def _geometries(top: QWidget) -> list[tuple[int, int, int, int]]:
    return [w.geometry().getRect() for w in top.findChildren(QWidget) if w.isVisible()]
