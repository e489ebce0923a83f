"""A conflict side by side: our version and the incoming one, field by field; the user keeps one.

Nothing was written when the conflict arose; this dialog is the only place where the incoming
version can replace ours, and only by an explicit choice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import exchange
from app.services.exchange import Conflict
from app.ui.common import ErrorLabel
from app.ui.exchange.conflict_fields import field_label, shown, visible
from app.ui.exchange.labels import kind_label
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


class ConflictDialog(QDialog):
    resolved = Signal()

    def __init__(self, db: Database, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.conflict = conflict
        self.setWindowTitle(self.tr("Konflikt: {0}").format(kind_label(conflict.kind)))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("{0} för {1} är ändrad både här och hos avsändaren sedan förra utbytet.").format(
                kind_label(conflict.kind), conflict.person_name or "–"
            )
        )
        heading.setWordWrap(True)
        heading.setObjectName("subheading")
        layout.addWidget(heading)
        self.only_diff = QCheckBox(self.tr("Visa bara fält som &skiljer"))
        self.only_diff.setChecked(True)
        self.only_diff.toggled.connect(self._fill)
        layout.addWidget(self.only_diff)

        self.model = ListModel(
            [
                Column("", self.tr("Fält"), lambda r: field_label(r[0])),
                Column("", self.tr("Här (vår version)"), lambda r: shown(r[1], r[0], conflict.kind)),
                Column("", self.tr("Inkommande"), lambda r: shown(r[2], r[0], conflict.kind)),
            ],
            self,
        )
        self.model.emphasis = lambda r: r[1] != r[2]
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Jämförelse fält för fält"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        if conflict.local is None:
            layout.addWidget(QLabel(self.tr("Posten finns inte längre här; den inkommande kan läggas till.")))

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.keep_local = QPushButton(self.tr("Behåll &vår version"))
        self.take_incoming = QPushButton(self.tr("Ta &inkommande version"))
        later = QPushButton(self.tr("Avgör &senare"))
        buttons.addButton(self.keep_local, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_incoming, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_local.clicked.connect(lambda: self.decide(False))
        self.take_incoming.clicked.connect(lambda: self.decide(True))
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(900, 520)

    def _fill(self) -> None:
        local, incoming = self.conflict.local or {}, self.conflict.incoming
        keys = [k for k in incoming if visible(k)] + [k for k in local if k not in incoming and visible(k)]
        rows = [(k, local.get(k), incoming.get(k)) for k in keys]
        if self.only_diff.isChecked():
            rows = [r for r in rows if r[1] != r[2]]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()

    def decide(self, take_incoming: bool) -> None:
        for b in (self.keep_local, self.take_incoming):
            b.setEnabled(False)
        self._db.call(
            exchange.resolve_conflict,
            self.conflict.id,
            take_incoming,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        for b in (self.keep_local, self.take_incoming):
            b.setEnabled(True)
        self.error.show_error(exc)

    def _done(self, _result: object) -> None:
        self.resolved.emit()
        self.accept()

    def clear(self) -> None:
        self.model.clear()
