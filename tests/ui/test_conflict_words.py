"""The conflict dialog in the user's words: glossary labels, lists as lists, dates as dates,
codes as their labels, no ids, stamps or JSON."""

from __future__ import annotations

from app.services.exchange import Conflict
from app.ui.exchange.conflict import ConflictDialog
from app.ui.worker import Database

OURS = {
    "id": "7f0c",
    "person_id": "a1b2",
    "occurred_at": "2026-06-12T13:30:00+00:00",
    "description": "Dosen gavs inte.",
    "harm": "risk",
    "status": "reported",
    "parties": [{"organisation": "Region Kronoberg", "contact": "Eva Lind", "informed_on": None}],
    "created_at": "2026-06-12T14:00:00+00:00",
    "updated_at": "2026-06-12T14:00:00+00:00",
}
THEIRS = {
    **OURS,
    "status": "investigating",
    "parties": [
        {"organisation": "Region Kronoberg", "contact": "Eva Lind", "informed_on": "2026-06-13"},
        {"organisation": "Växjö kommun", "contact": "Ulla Chef", "informed_on": None},
    ],
    "updated_at": "2026-06-14T08:00:00+00:00",
}


def _cells(dialog: ConflictDialog) -> list[tuple[str, str, str]]:
    m = dialog.model
    return [tuple(m.data(m.index(r, c)) for c in range(3)) for r in range(m.rowCount())]  # type: ignore[misc]


def test_conflict_rows_read_as_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    conflict = Conflict("c1", "deviation", "7f0c", "Tolvan Tolvansson", OURS, THEIRS)
    db = Database()  # never asked: nothing is decided here
    dialog = ConflictDialog(db, conflict)
    qtbot.addWidget(dialog)
    try:
        _check(dialog)
    finally:
        db.shutdown(close=False)


def _check(dialog: ConflictDialog) -> None:
    assert _cells(dialog) == [
        ("Status", "Rapporterad", "Utreds"),
        (
            "Parter",
            "• Region Kronoberg, Eva Lind",
            "• Region Kronoberg, Eva Lind, 2026-06-13\n• Växjö kommun, Ulla Chef",
        ),
    ]
    dialog.only_diff.setChecked(False)
    cells = _cells(dialog)
    fields = [c[0] for c in cells]
    assert fields == ["När", "Vad hände", "Skada", "Status", "Parter"]  # no id, person_id, created_at, updated_at
    assert cells[2] == ("Skada", "Risk för skada", "Risk för skada")
    assert cells[0][1].startswith("2026-06-12 ") and "T" not in cells[0][1]  # a local time, not a stamp
    assert not any(ch in text for row in cells for text in row for ch in '{}"[]')
