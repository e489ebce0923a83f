"""Uppföljning: every indicator for a period and breakdown, exact (inside the organisation), with
a bar chart of the chosen indicator's groups, its month-by-month series, its definition, and the
records behind a figure. Reports made from here hide small counts (the service applies the rule).
All work runs on the database worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.i18n import pick
from app.models.indicators import (
    BREAKDOWN_LABELS_EN,
    BREAKDOWN_LABELS_SV,
    Breakdown,
    Figure,
    Kind,
    Period,
    Report,
    count_text,
    value_text,
)
from app.services import indicators as ix
from app.ui import common
from app.ui.indicators.chart import Bar, BarChart
from app.ui.indicators.drill import DrillDialog
from app.ui.tables import Column, ListModel
from app.ui.views import keep_titles_whole
from app.ui.worker import Database


def _name(indicator_id: str) -> str:
    ind = ix.indicator(indicator_id)
    return pick(ind.name_sv, ind.name_en)


def _definition(indicator_id: str) -> str:
    ind = ix.indicator(indicator_id)
    return pick(ind.definition_sv, ind.definition_en)


def _bar_text(f: Figure) -> str:
    if f.kind is Kind.COUNT:
        return count_text(f, "numerator")
    return f"{value_text(f)}  (n = {count_text(f, 'denominator')})"


def _bar(label: str, f: Figure | None) -> Bar:
    if f is None:
        return Bar(label, None, "")
    return Bar(label, f.value, _bar_text(f) if f.value is not None or f.kind is Kind.COUNT else "–")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class IndicatorsView(QWidget):
    open_record = Signal(object)  # ix.DrillRecord
    computed = Signal()  # the table holds a new answer (tests and the benchmark wait on it)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.report: Report | None = None
        self.county = False  # showing several municipalities' files, not our own records
        self._seq = 0
        self._dialogs: list[DrillDialog] = []
        self.model = ListModel(
            [
                Column("", self.tr("Indikator"), lambda f: _name(f.indicator)),
                Column("", self.tr("Grupp"), lambda f: f.label),
                Column("", self.tr("Täljare"), lambda f: count_text(f, "numerator")),
                Column("", self.tr("Nämnare"), lambda f: count_text(f, "denominator")),
                Column("", self.tr("Värde"), value_text),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addLayout(self._notes())
        split = QSplitter()
        split.addWidget(self._table())
        split.addWidget(self._side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 460])
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

    # --- building ---------------------------------------------------------------------------
    def _top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        title = QLabel(self.tr("Uppföljning"))
        title.setObjectName("heading")
        top.addWidget(title)
        top.addStretch(1)
        today = date.today()
        self.start = self._date_edit(self.tr("Från"), today.replace(month=1, day=1))
        self.end = self._date_edit(self.tr("Till"), today)
        top.addWidget(QLabel(self.tr("Från")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("Till")))
        top.addWidget(self.end)
        self.breakdown = QComboBox()
        self.breakdown.setAccessibleName(self.tr("Uppdelning"))
        for b in Breakdown:
            self.breakdown.addItem(pick(BREAKDOWN_LABELS_SV[b], BREAKDOWN_LABELS_EN[b]), b)
        self.breakdown.currentIndexChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("Uppdelning")))
        top.addWidget(self.breakdown)
        refresh = QPushButton(self.tr("&Uppdatera"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        return top

    def _notes(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.note = QLabel(self._own_note())
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        row.addWidget(self.note, 1)
        self.pdf_button = QPushButton(self.tr("Spara PDF…"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        row.addWidget(self.pdf_button)
        self.xlsx_button = QPushButton(self.tr("Spara kalkylblad…"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        row.addWidget(self.xlsx_button)
        self.county_button = QPushButton(self.tr("Länsvy…"))
        self.county_button.setToolTip(self.tr("Flera kommuners indikatorfiler (FHIR) sida vid sida, med länets summa"))
        self.county_button.clicked.connect(self._choose_county)
        row.addWidget(self.county_button)
        self.received_button = QPushButton(self.tr("Länsvy från mottagna"))
        self.received_button.setToolTip(
            self.tr("Indikatorrapporterna som kommunerna skickat i utbytespaket, sida vid sida med länets summa")
        )
        self.received_button.clicked.connect(self.show_received)
        row.addWidget(self.received_button)
        return row

    def _own_note(self) -> str:
        return self.tr(
            "Exakta siffror – visas bara inom organisationen. PDF och kalkylblad döljer små antal "
            "(1–4 som ”<5”, andelar med nämnare under 30)."
        )

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.editingFinished.connect(self.refresh)
        return edit

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Indikatorer"))
        common.describe_list(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((250, 150, 64, 64)):
            self.table.setColumnWidth(col, width)
        keep_titles_whole(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.drill())
        return self.table

    def _side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.definition = QLabel(self.tr("Välj en rad för att se indikatorns definition."))
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.definition.setAccessibleName(self.tr("Definition"))
        box.addWidget(self.definition)
        self.drill_button = QPushButton(self.tr("&Visa posterna bakom siffran…"))
        self.drill_button.setEnabled(False)
        self.drill_button.clicked.connect(self.drill)
        box.addWidget(self.drill_button)
        self.groups_chart = BarChart(self.tr("Diagram per grupp"))
        self.series_chart = BarChart(self.tr("Diagram per månad"))
        charts = QWidget()
        cl = QVBoxLayout(charts)
        cl.addWidget(self.groups_chart)
        cl.addWidget(self.series_chart)
        cl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        box.addWidget(scroll, 1)
        return side

    # --- state ------------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(_pydate(self.start.date()), _pydate(self.end.date()))

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def current_breakdown(self) -> Breakdown:
        return Breakdown(self.breakdown.currentData())

    def selected(self) -> Figure | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # --- work on the worker -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            period = self.period()
        except ValidationError as exc:  # a period that ends before it starts: say so, keep the figures
            common.show_error(self, exc)
            return
        self._seq += 1
        seq = self._seq
        self._db.call(ix.compute, period, self.current_breakdown(), on_done=lambda r: self._loaded(seq, r), owner=self)

    def _loaded(self, seq: int, report: Report) -> None:
        if seq != self._seq:  # a later choice is on its way
            return
        self._show(report, county=False)
        self.computed.emit()

    def _show(self, report: Report, county: bool) -> None:
        keep = self.selected()
        self.report, self.county = report, county
        self.note.setText(self._county_note(report) if county else self._own_note())
        self.model.set_rows(report.figures)
        if keep is not None:
            self._select(keep.indicator)

    def _county_note(self, report: Report) -> str:
        return self.tr("Länsvy {0}, {1}: siffrorna som kommunerna skickade, små antal dolda.").format(
            report.organisation, report.period.text
        )

    def _choose_county(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Kommunernas indikatorfiler"), "", self.tr("Indikatorfiler (*.json)")
        )
        if paths:
            self.show_county([Path(p) for p in paths])

    def show_county(self, paths: list[Path]) -> None:
        """The county view of these files; Uppdatera goes back to our own figures."""
        self._seq += 1
        seq = self._seq
        self._db.call(ix.county_from_files, paths, on_done=lambda r: self._county_loaded(seq, r), owner=self)

    def show_received(self) -> None:
        """The county view of the reports received in exchange bundles (the newest period)."""
        from app.services.exchange import measures as received_measures  # the exchange only when asked for

        self._seq += 1
        seq = self._seq
        self._db.call(
            received_measures.county_received,
            on_done=lambda r: self._county_loaded(seq, r),
            on_error=lambda exc: common.show_error(self, exc),
            owner=self,
        )

    def _county_loaded(self, seq: int, report: Report) -> None:
        if seq == self._seq:
            self._show(report, county=True)
            self.computed.emit()

    def _select(self, indicator_id: str) -> None:
        for row, f in enumerate(self.model.rows()):
            if f.indicator == indicator_id:
                self.table.selectRow(row)
                return

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        f = self.selected()
        self.drill_button.setEnabled(f is not None and not self.county)  # a county has no records here
        if f is None or self.report is None:
            return
        self.title.setText(_name(f.indicator))
        self.definition.setText(_definition(f.indicator))
        group = self.report.of(f.indicator)
        share = f.kind is Kind.SHARE
        self.groups_chart.set_bars(self.tr("Per grupp"), [_bar(g.label, g) for g in group], share)
        self.series_chart.set_bars(self.tr("Per månad"), [], share)
        if self.county:
            return
        indicator_id = f.indicator
        self._db.call(
            ix.series,
            indicator_id,
            self.report.period,
            on_done=lambda s: self._series(indicator_id, share, s),
            owner=self,
        )

    def _series(self, indicator_id: str, share: bool, series: list[tuple[Period, Figure | None]]) -> None:
        f = self.selected()
        if f is None or f.indicator != indicator_id:
            return
        bars = [_bar(p.start.strftime("%Y-%m"), fig) for p, fig in series]
        self.series_chart.set_bars(self.tr("Per månad"), bars, share)

    def drill(self) -> None:
        f = self.selected()
        if f is None or self.report is None:
            return
        title = f"{_name(f.indicator)} – {f.label}"
        self._db.call(
            ix.drill_down,
            f.indicator,
            self.report.period,
            self.report.breakdown,
            f.group,
            on_done=lambda records: self._show_drill(title, records),
            owner=self,
        )

    def _show_drill(self, title: str, records: list) -> None:
        dialog = DrillDialog(title, records, self)
        dialog.open_record.connect(self.open_record)
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.show()

    def _export(self, fmt: str) -> None:
        pattern = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Kalkylblad (*.xlsx)")
        start = f"uppfoljning-{date.today().isoformat()}.{fmt}"
        path = common.save_file(self, self.tr("Spara rapport"), start, pattern)
        if not path:
            return
        self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the report with small counts hidden (the file leaves the organisation); in the
        county view, the county report as shown."""
        done = self.tr("Rapporten är sparad: {0}")
        inform = lambda p: common.inform(self, self.tr("Uppföljning"), done.format(p))  # noqa: E731
        if self.county and self.report is not None:
            self._db.call(ix.save_report, self.report, path, fmt, on_done=inform, owner=self)
            return
        self._db.call(ix.export_report, self.period(), self.current_breakdown(), path, fmt, on_done=inform, owner=self)

    def clear(self) -> None:
        """On lock: the drill-down lists name persons; close and empty them too."""
        for dialog in self._dialogs:
            dialog.model.clear()
            dialog.close()
        self._dialogs = []
        self.report = None
        self.model.clear()
        self.groups_chart.set_bars("", [], False)
        self.series_chart.set_bars("", [], False)
