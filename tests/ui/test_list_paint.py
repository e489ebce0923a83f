"""The long lists' own row painting (app/ui/rowpaint.py): a fling never waits for a read (rows
not read yet are light bars, the real rows fill in when they arrive), and a painted row looks as
the table's would: base and alternate colours, the selection, the overdue red, the grid, text
elided inside its column, the focus frame. Checked on the pixels of the real plan list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.app import load_style
from app.ui.rowpaint import PLACEHOLDER
from tests.factories import ME

SELECTION = QColor("#1f3b57")  # app/ui/app.py's highlight, written out here by hand
GRID = QColor("#e1e4e8")  # resources/style.qss: QTableView gridline-color


@pytest.fixture
def plans_view(qtbot, controller, ws):  # type: ignore[no-untyped-def]
    """The real plan list on a real database, in blocks of 5 rows so a small database has many."""
    from app.services import demo

    load_style(QApplication.instance())  # the app's style sheet and selection colour, as at start
    demo.fill(ws, persons=120, seed=21)
    ws.set_profile(ME)
    controller.start(ws)
    main = controller.main
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    view.model.BLOCK = 5
    view.model.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() > 100, timeout=10000)
    main.resize(1366, 768)
    assert controller.db.wait_idle()
    yield view
    controller.shutdown()


def _in_view(table) -> range:  # type: ignore[no-untyped-def]
    last = table.rowAt(table.viewport().height() - 1)
    return range(table.rowAt(0), (last if last >= 0 else table.model().rowCount() - 1) + 1)


def _row_band(table, row: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The y range of a row's cell, without the grid line under it."""
    top = table.rowViewportPosition(row)
    return top, top + table.rowHeight(row) - 2


def _pixels(image: QImage, xs: range, ys: range) -> set[str]:
    return {image.pixelColor(x, y).name() for x in xs for y in ys}


def _dark(names: set[str]) -> bool:
    """Some pixel as dark as text (antialiased glyphs reach it; no background or bar is)."""
    return any(QColor(n).lightness() < 100 for n in names)


def _cell_xs(table, column: int) -> range:  # type: ignore[no-untyped-def]
    x = table.columnViewportPosition(column)
    return range(x, x + table.columnWidth(column) - 1)


def test_a_fling_shows_bars_at_once_and_the_rows_when_they_arrive(qtbot, plans_view) -> None:  # type: ignore[no-untyped-def]
    model, table = plans_view.model, plans_view.table
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())  # a jump far past the rows read so far
    rows = _in_view(table)
    assert not any(model.is_loaded(r) for r in rows)
    shot = table.viewport().grab().toImage()
    assert not any(model.is_loaded(r) for r in rows)  # the paint did not wait for a read
    top, bottom = _row_band(table, rows[1])  # the first whole row (the top one may be cut)
    first_cell = _pixels(shot, _cell_xs(table, 0), range(top, bottom))
    assert PLACEHOLDER.name() in first_cell and not _dark(first_cell)
    # The reads that paint asked for arrive, and the next paint shows text where the bars were.
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in rows), timeout=5000)
    shot = table.viewport().grab().toImage()
    first_cell = _pixels(shot, _cell_xs(table, 0), range(top, bottom))
    assert PLACEHOLDER.name() not in first_cell and _dark(first_cell)


def _at_rest(qtbot, view) -> list:  # type: ignore[no-untyped-def]
    model, table = view.model, view.table
    rows = _in_view(table)
    model.shown(rows[0], rows[-1])  # ask for every row in view
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in rows), timeout=5000)
    return model.shown(rows[0], rows[-1])


def test_rows_are_painted_as_the_table_would(qtbot, plans_view) -> None:  # type: ignore[no-untyped-def]
    table = plans_view.table
    shown = _at_rest(qtbot, plans_view)
    assert table.rowViewportPosition(0) == 0  # at the top: index in `shown` = row
    assert any(s.emphasis for s in shown) and not all(s.emphasis for s in shown)  # drafts, overdue reviews
    plain = next(i for i, s in enumerate(shown) if not s.emphasis and i % 2 == 0)
    chosen = next(i for i, s in enumerate(shown) if s.emphasis)
    table.selectRow(chosen)
    table.setColumnWidth(2, 60)  # Insats: every measure is longer than this
    shot = table.viewport().grab().toImage()
    palette = table.palette()
    right = table.viewport().width() - 3  # the stretched last column's empty end
    whole = [r for r in range(len(shown)) if _row_band(table, r)[1] + 1 < table.viewport().height()]
    assert len(whole) > 10
    for row in whole:
        top, bottom = _row_band(table, row)
        expected = SELECTION if row == chosen else palette.alternateBase() if row % 2 else palette.base()
        expected = expected if isinstance(expected, QColor) else expected.color()
        assert shot.pixelColor(right, (top + bottom) // 2).name() == expected.name(), row
        assert shot.pixelColor(right, bottom + 1).name() == GRID.name(), row  # the line under it
        reddish = {n for n in _pixels(shot, range(0, right), range(top, bottom)) if _red(QColor(n))}
        assert bool(reddish) == (shown[row].emphasis and row != chosen), row  # selected: white text
    # A text wider than its column is cut inside it: the column's right margin stays empty.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    top, bottom = _row_band(table, plain)
    x = table.columnViewportPosition(2) + table.columnWidth(2)
    assert _dark(_pixels(shot, _cell_xs(table, 2), range(top, bottom)))
    assert _pixels(shot, range(x - margin, x - 1), range(top, bottom)) == {table.palette().base().color().name()}


def _red(c: QColor) -> bool:
    return c.red() > c.green() + 60 and c.red() > c.blue() + 60


def test_the_current_row_is_framed_when_the_list_has_the_focus(qtbot, plans_view) -> None:  # type: ignore[no-untyped-def]
    table = plans_view.table
    _at_rest(qtbot, plans_view)
    assert table.rowViewportPosition(0) == 0
    table.setCurrentIndex(table.model().index(2, 0))
    table.clearFocus()
    unfocused = table.viewport().grab().toImage()
    plans_view.window().activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=3000)
    focused = table.viewport().grab().toImage()
    top, bottom = _row_band(table, 2)
    band = range(top - 1, bottom + 2)
    xs = range(0, table.viewport().width(), 7)
    assert _pixels(focused, xs, band) != _pixels(unfocused, xs, band)
    other = range(_row_band(table, 5)[0], _row_band(table, 5)[1])
    assert _pixels(focused, xs, other) == _pixels(unfocused, xs, other)  # only the current row changed


def test_shown_answers_as_data_does_and_asks_each_missing_block_once(qtbot, plans_view) -> None:  # type: ignore[no-untyped-def]
    model = plans_view.model
    qtbot.waitUntil(lambda: not model._throttled and not model._window.isActive(), timeout=5000)
    n = model.rowCount()
    last = n - 1
    first = last // 5 * 5 - 5  # the last two blocks of 5 (the last maybe shorter), neither read yet
    assert not model.is_loaded(first) and not model.is_loaded(last)
    asked: list[int] = []
    real = model._send
    model._send = lambda block: (asked.append(block), real(block))  # type: ignore[method-assign]
    assert model.shown(first, last) == [None] * (last - first + 1)
    assert sorted(asked) == [first // 5, last // 5]  # one read per block, not per row or cell
    qtbot.waitUntil(lambda: model.is_loaded(first) and model.is_loaded(last), timeout=5000)
    rows = model.shown(first, last)
    for offset, row in enumerate(rows):
        index = model.index(first + offset, 0)
        cells = [model.data(index.siblingAtColumn(c)) for c in range(model.columnCount())]
        assert list(row.cells) == cells and all(cells)
        assert row.emphasis == (model.data(index, Qt.ItemDataRole.ForegroundRole) is not None)
    assert model.shown(-5, -1) == [] and model.shown(n, n + 3) == []
    assert sorted(asked) == [first // 5, last // 5]  # nothing read again
