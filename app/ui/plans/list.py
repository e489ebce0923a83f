"""Planer: every plan's newest version, sortable and filterable, rows on demand."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.labels import label
from app.models.plan import PlanStatus
from app.models.sorting import PlanSort
from app.services import overview
from app.ui.common import fmt_date
from app.ui.plans.batch import BatchDialog
from app.ui.tables import Column, LazyTableModel, Source
from app.ui.views import LazyTable, filter_field
from app.ui.worker import Database


class PlansView(QWidget):
    open_plan = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        today = date.today()
        source = Source(
            overview.plan_ids,
            overview.plan_rows,
            [
                Column(PlanSort.PERSON, self.tr("Person"), lambda r: r.person_name),
                Column(PlanSort.NUMBER, self.tr("Personnummer"), lambda r: r.person_number),
                Column(PlanSort.MEASURE, self.tr("Insats"), lambda r: r.measure),
                Column(PlanSort.SETTING, self.tr("Var"), lambda r: label(r.setting)),
                Column(PlanSort.STATUS, self.tr("Status"), lambda r: label(r.status)),
                Column(PlanSort.VERSION, self.tr("Version"), lambda r: str(r.version)),
                Column(
                    PlanSort.REASSESSMENT_ON,
                    self.tr("Omprövning"),
                    lambda r: fmt_date(r.next_review or r.reassessment_on),
                ),
            ],
            PlanSort.PERSON,
            emphasis=lambda r: r.status is PlanStatus.DRAFT or (r.next_review is not None and r.next_review < today),
        )
        self.model = LazyTableModel(db, source, self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Planer"))
        title.setObjectName("heading")
        top.addWidget(title)
        self.filter = filter_field(self.tr("Filtrera på personens namn eller personnummer"))
        top.addWidget(self.filter, 1)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Alla statusar"), "")
        for status in PlanStatus:
            self.status.addItem(label(status), status.value)
        top.addWidget(self.status)
        # "Min enhet": the plans of one school or unit (its persons', or performed by it).
        self.unit = QComboBox()
        self.unit.setObjectName("plans_unit")
        self.unit.setAccessibleName(self.tr("Enhet"))
        self.unit.setToolTip(self.tr("Visa planerna för en skola eller enhet"))
        self.unit.addItem(self.tr("Alla enheter"), "")
        # The units arrive later; the box grows to the longest name instead of cutting it.
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.unit)
        self.count = QLabel()
        top.addWidget(self.count)
        self.batch_button = QPushButton(self.tr("Skriv ut &flera…"))
        self.batch_button.setObjectName("plans_batch")
        self.batch_button.setShortcut("Ctrl+Shift+P")
        self.batch_button.setToolTip(
            self.tr("Skriv planerna i listan, eller de markerade, till en mapp som PDF-filer (Ctrl+Shift+P)")
        )
        self.batch_button.clicked.connect(self.print_many)
        top.addWidget(self.batch_button)
        layout.addLayout(top)
        self.table = LazyTable(self.model, self.tr("Planer"), (190, 130, 260, 170, 90, 60))
        # Several rows can be marked for "Skriv ut flera" (Ctrl/Shift+click); Enter still opens one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table)
        self.batch: BatchDialog | None = None
        self.table.activated.connect(self._open)
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("%n planer", "", n)))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply)
        self.filter.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self._apply)
        self.unit.currentIndexChanged.connect(self._apply)

    def _apply(self) -> None:
        self.model.set_filter(self.filter.text(), status=self.status.currentData(), unit=self.unit.currentData())

    def refresh(self) -> None:
        self.model.reload()
        self._db.call(overview.known_units, on_done=self._units, owner=self)

    def _units(self, units: list[str]) -> None:
        """The units known now; the one chosen stays chosen (also when no person has it any more)."""
        chosen = self.unit.currentData()
        wanted = ["", *sorted(set(units) | ({chosen} if chosen else set()), key=str.casefold)]
        if [self.unit.itemData(i) for i in range(self.unit.count())] == wanted:
            return
        self.unit.blockSignals(True)  # the filter itself does not change
        self.unit.clear()
        self.unit.addItem(self.tr("Alla enheter"), "")
        for unit in wanted[1:]:
            self.unit.addItem(unit, unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)

    def _open(self, index: QModelIndex) -> None:
        ident = self.model.row_id(index.row())
        if ident:
            self.open_plan.emit(ident)

    # --- many at once ---------------------------------------------------------------------
    def listed_ids(self) -> list[str]:
        """The ids the list shows now, in its order (the filter and status applied in SQL)."""
        return [i for i in (self.model.row_id(r) for r in range(self.model.rowCount())) if i]

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.row_id(r) for r in rows) if i]

    def print_many(self) -> BatchDialog:
        if self.batch is not None and shiboken6.isValid(self.batch):
            self.batch.close()
        dialog = BatchDialog(self._db, self.listed_ids(), self.selected_ids(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.batch = dialog
        return dialog

    def clear(self) -> None:
        if self.batch is not None and shiboken6.isValid(self.batch):
            self.batch.clear()  # stops a running batch on lock
        self.batch = None
        self.model.clear()
