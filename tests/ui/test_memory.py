"""The collector's long walk happens right after a large list arrives, not during a scroll."""

from __future__ import annotations

import gc
import weakref

import pytest

from app.ui import memory
from tests.factories import number, person, signed_plan


@pytest.fixture(autouse=True)
def unfrozen():  # type: ignore[no-untyped-def]
    gc.unfreeze()
    yield
    gc.unfreeze()  # no other test runs with a frozen heap
    gc.enable()  # nor with the collector off


def test_a_large_list_settles_and_a_small_one_does_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    if memory._settler is not None:
        memory._settler._timer.stop()  # nothing planned by an earlier test in this process
    memory.settle_soon(memory.LARGE - 1)
    # A small list plans no settle: no timer runs (a condition, not a wait for one that might).
    assert memory._settler is None or not memory._settler._timer.isActive()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    memory.settle_soon(memory.LARGE)
    memory.settle_soon(memory.LARGE)  # two lists at once: one settle
    # Until the settle the automatic collector is off: it would walk the whole new list.
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    assert gc.get_count()[2] == 0  # the oldest generation starts empty: nothing old to walk
    assert gc.isenabled()  # and on again after it


class _Node:
    pass


def test_a_cycle_frozen_while_alive_is_freed_at_the_next_settle() -> None:
    node = _Node()
    node.me = node  # type: ignore[attr-defined]  # a cycle: only the collector frees it
    ref = weakref.ref(node)
    memory.settle()  # frozen while alive, as a dialog open at a settle would be
    del node
    gc.collect()
    assert ref() is not None  # a normal collection leaves the frozen alone
    memory.settle()
    assert ref() is None


def test_the_plan_list_settles_when_it_arrives(qtbot, main, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(memory, "LARGE", 2)
    for i in range(2):
        signed_plan(ws, person(ws, number(200 + i)).id, 100)
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    main.plans.refresh()
    qtbot.waitUntil(lambda: main.plans.model.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)


def test_a_scroll_puts_off_a_settle_still_to_come(qtbot, main, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A fling begun as soon as the list shows must not take the collector's walk in a frame."""
    from app.services import demo

    monkeypatch.setattr(memory, "LARGE", 2)
    demo.fill(ws, persons=60, seed=3)
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    main.plans.refresh()
    qtbot.waitUntil(lambda: main.plans.model.rowCount() > 60, timeout=10000)
    qtbot.waitUntil(lambda: not memory.settling(), timeout=5000)  # the arrival's own settle
    gc.unfreeze()
    bar = main.plans.table.verticalScrollBar()
    assert bar.maximum() > 10
    timer = memory._settler._timer  # type: ignore[union-attr]
    timer.setInterval(300)  # long enough that a busy machine still scrolls inside it
    try:
        memory.settle_soon(memory.LARGE)
        for value in range(1, 7):  # six scrolls, each 100 ms after the last: 600 ms in all
            qtbot.waitUntil(lambda: timer.remainingTime() < 200, timeout=5000)
            bar.setValue(value)
            assert timer.remainingTime() > 250  # the wait starts again
        assert gc.get_freeze_count() == 0  # no settle while the list moved
        assert not gc.isenabled()  # nor an automatic full collection
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # it comes once it rests
        assert gc.isenabled()
    finally:
        timer.setInterval(memory._DELAY_MS)
