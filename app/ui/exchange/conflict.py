"""A conflict side by side: our version and the incoming one, field by field; the user keeps one.

Nothing was written when the conflict arose; this dialog is the only place where the incoming
version can replace ours, and only by an explicit choice.
"""

from __future__ import annotations

import json
from typing import Any

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
from app.ui.common import ErrorLabel, translate
from app.ui.exchange.labels import kind_label
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


def field_label(key: str) -> str:
    """The user's word for the fields that most often differ; the technical name otherwise."""
    labels = {
        "name": translate("ConflictDialog", "Namn"),
        "given_name": translate("ConflictDialog", "Förnamn"),
        "family_name": translate("ConflictDialog", "Efternamn"),
        "number": translate("ConflictDialog", "Personnummer"),
        "protected_identity": translate("ConflictDialog", "Skyddad identitet"),
        "unit": translate("ConflictDialog", "Enhet / skola"),
        "guardians": translate("ConflictDialog", "Vårdnadshavare"),
        "contacts": translate("ConflictDialog", "Kontakter"),
        "measure": translate("ConflictDialog", "1. Åtgärd/insats"),
        "performer": translate("ConflictDialog", "2. Vem som utför"),
        "instruction_by": translate("ConflictDialog", "3. Vem som instruerar"),
        "instruction_how": translate("ConflictDialog", "3. Hur instruktion ges"),
        "on_harm": translate("ConflictDialog", "4. Vid skada eller risk för skada"),
        "on_change": translate("ConflictDialog", "5. Om situationen förändras"),
        "follow_up": translate("ConflictDialog", "6. Uppföljning"),
        "reassessment_on": translate("ConflictDialog", "7. Datum för omprövning"),
        "status": translate("ConflictDialog", "Status"),
        "void_reason": translate("ConflictDialog", "Skäl till makulering"),
        "description": translate("ConflictDialog", "Vad hände"),
        "immediate_action": translate("ConflictDialog", "Omedelbar åtgärd"),
        "measures": translate("ConflictDialog", "Åtgärder"),
        "parties": translate("ConflictDialog", "Parter"),
        "next_follow_up": translate("ConflictDialog", "Nästa uppföljning"),
        "planned_on": translate("ConflictDialog", "Planerad"),
        "done_on": translate("ConflictDialog", "Gjord"),
        "next_on": translate("ConflictDialog", "Nästa datum"),
        "consent": translate("ConflictDialog", "Samtycke"),
    }
    return labels.get(key, key)


def shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("ConflictDialog", "Ja") if value else translate("ConflictDialog", "Nej")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


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
                Column("", self.tr("Här (vår version)"), lambda r: shown(r[1])),
                Column("", self.tr("Inkommande"), lambda r: shown(r[2])),
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
        keys = [k for k in incoming if k not in ("id",)] + [k for k in local if k not in incoming and k != "id"]
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
