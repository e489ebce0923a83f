"""The records behind one figure (inside the organisation only): a list to open from."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.indicators import DrillRecord
from app.ui.common import translate
from app.ui.tables import Column, ListModel


def kind_labels() -> dict[str, str]:
    return {
        "assessment": translate("DrillDialog", "Bedömning"),
        "plan": translate("DrillDialog", "Plan"),
        "review": translate("DrillDialog", "Uppföljning"),
        "performance": translate("DrillDialog", "Signeringslista"),
        "deviation": translate("DrillDialog", "Avvikelse"),
        "dispute": translate("DrillDialog", "Tvist"),
        "decision": translate("DrillDialog", "Biståndsbeslut"),
    }


class DrillDialog(QDialog):
    open_record = Signal(object)  # DrillRecord

    def __init__(self, title: str, records: list[DrillRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        kinds = kind_labels()
        self.model = ListModel(
            [
                Column("", self.tr("Person"), lambda r: r.person_name),
                Column("", self.tr("Personnummer"), lambda r: r.person_number),
                Column("", self.tr("Post"), lambda r: kinds.get(r.kind, r.kind)),
                Column("", self.tr("Id"), lambda r: r.id[:8]),
            ],
            self,
        )
        self.model.set_rows(records)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0} poster. Dubbelklicka för att öppna.").format(len(records))))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Poster bakom siffran"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 130)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _activated(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is not None:
            self.open_record.emit(record)
