"""The samråd editor: who took part (role, name, organisation), when and how; the information
given to the patient; the patient's or guardian's decision. Used as a page of the plan wizard
and, for an existing plan, in `SamradDialog`. What is still missing before signing is asked of
the model (`Samrad.gaps`) on the GUI thread: it is pure."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import pick
from app.models.common import ConsentGiver
from app.models.labels import label
from app.models.plan import Plan
from app.models.samrad import (
    Participant,
    ParticipantRole,
    PatientDecision,
    PatientInformation,
    Samrad,
    SamradForm,
)
from app.services import samrad as samrad_service
from app.services.plans import ChangedElsewhere
from app.ui.common import DateField, ErrorLabel, combo, describe_list, form, line, text_box
from app.ui.worker import Database

ROLE, NAME, ORGANISATION = range(3)


class SamradEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required: tuple[ParticipantRole, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.needed = QLabel()
        self.needed.setObjectName("hint")
        self.needed.setWordWrap(True)
        layout.addWidget(self.needed)
        layout.addWidget(self._participants())
        top = form()
        self.held_on = DateField(self.tr("Datum för samrådet"), date.today())
        self.form = combo(self.tr("Form för samrådet"), [(label(f), f) for f in SamradForm], SamradForm.MEETING)
        top.addRow(self.tr("Datum för samr&ådet:"), self.held_on)
        top.addRow(self.tr("F&orm:"), self.form)
        layout.addLayout(top)
        layout.addWidget(self._information())
        layout.addWidget(self._decision())
        self.missing = QLabel()
        self.missing.setObjectName("warning")
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Saknas innan planen kan signeras"))
        layout.addWidget(self.missing)
        self.changed.connect(self._update)

    # --- building ----------------------------------------------------------------------
    def _participants(self) -> QWidget:
        box = QGroupBox(self.tr("Deltagare i samrådet"))
        layout = QVBoxLayout(box)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Deltagare"))
        describe_list(self.table, editable=True)
        self.table.setHorizontalHeaderLabels([self.tr("Roll"), self.tr("Namn"), self.tr("Organisation")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ROLE, 210)  # the role box is a cell widget: it does not size the column
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Lägg till deltagare"))
        add.clicked.connect(lambda: self.add_participant())
        remove = QPushButton(self.tr("Ta &bort markerad"))
        remove.clicked.connect(self._remove)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _information(self) -> QWidget:
        self.information = QGroupBox(self.tr("Information till patienten om vad egenvård innebär är given"))
        self.information.setCheckable(True)
        self.information.setChecked(False)
        f = form()
        self.informed_on = DateField(self.tr("Datum för informationen"), date.today())
        self.informed_by = line(self.tr("Vem som informerade"))
        self.informed_what = text_box(self.tr("Vilken information som gavs"), height=44)
        f.addRow(self.tr("Informations&datum:"), self.informed_on)
        f.addRow(self.tr("A&v vem:"), self.informed_by)
        f.addRow(self.tr("V&ad:"), self.informed_what)
        self.information.setLayout(f)
        self.information.toggled.connect(lambda _on: self.changed.emit())
        self.informed_by.textChanged.connect(lambda _t: self.changed.emit())
        self.informed_what.textChanged.connect(self.changed.emit)
        return self.information

    def _decision(self) -> QWidget:
        self.decision = QGroupBox(self.tr("Patientens (eller vårdnadshavarens) beslut"))
        self.decision.setCheckable(True)
        self.decision.setChecked(False)
        f = form()
        self.decided_by = line(self.tr("Vem som beslutade"))
        self.decider = combo(self.tr("I egenskap av"), [(label(g), g) for g in ConsentGiver], ConsentGiver.PERSON)
        self.accepted = combo(
            self.tr("Beslut"),
            [(self.tr("Accepterar egenvården"), True), (self.tr("Accepterar inte egenvården"), False)],
            True,
        )
        self.decided_on = DateField(self.tr("Datum för beslutet"), date.today())
        f.addRow(self.tr("V&em:"), self.decided_by)
        f.addRow(self.tr("I e&genskap av:"), self.decider)
        f.addRow(self.tr("Besl&ut:"), self.accepted)
        f.addRow(self.tr("Beslutsdatu&m:"), self.decided_on)
        self.decision.setLayout(f)
        self.decision.toggled.connect(lambda _on: self.changed.emit())
        self.decided_by.textChanged.connect(lambda _t: self.changed.emit())
        self.accepted.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return self.decision

    def add_participant(
        self, role: ParticipantRole = ParticipantRole.OTHER, name: str = "", organisation: str = ""
    ) -> None:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        box = combo(self.tr("Roll"), [(label(x), x) for x in ParticipantRole], role)
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(r, ROLE, box)
        self.table.setItem(r, NAME, QTableWidgetItem(name))
        self.table.setItem(r, ORGANISATION, QTableWidgetItem(organisation))
        self.table.blockSignals(False)
        self._order_tab_stops()
        self.changed.emit()

    def _order_tab_stops(self) -> None:
        """A new row's role box joins the end of the focus chain; Tab should reach it where it
        is read: after the table, row by row (as on the risk page)."""
        stops: list[QWidget] = [self.table]
        stops += [w for r in range(self.table.rowCount()) if (w := self.table.cellWidget(r, ROLE)) is not None]
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    # --- values --------------------------------------------------------------------------
    def set_required(self, required: tuple[ParticipantRole, ...], setting_text: str = "") -> None:
        """The roles the plan's setting asks for; an empty editor gets one row for each."""
        self.required = required
        names = ", ".join(label(r) for r in required)
        where = f" ({setting_text})" if setting_text else ""
        self.needed.setText(self.tr("Ska delta i samrådet{0}: {1}").format(where, names))
        present = {self._role(r) for r in range(self.table.rowCount())}
        for role in required:
            if role not in present and not self._has_names():
                self.add_participant(role)
        self._update()

    def set_value(self, samrad: Samrad | None) -> None:
        self.table.setRowCount(0)
        if samrad is None:
            self._update()
            return
        for p in samrad.participants:
            self.add_participant(p.role, p.name, p.organisation)
        self.held_on.set_value(samrad.held_on)
        self.form.setCurrentIndex(self.form.findData(samrad.form))
        info = samrad.information
        self.information.setChecked(info is not None)
        if info is not None:
            self.informed_on.set_value(info.given_on)
            self.informed_by.setText(info.given_by)
            self.informed_what.setPlainText(info.content)
        decision = samrad.decision
        self.decision.setChecked(decision is not None)
        if decision is not None:
            self.decided_by.setText(decision.decided_by)
            self.decider.setCurrentIndex(self.decider.findData(decision.decider))
            self.accepted.setCurrentIndex(self.accepted.findData(decision.accepted))
            self.decided_on.set_value(decision.decided_on)
        self._update()

    def value(self) -> Samrad:
        """The samråd as entered (rows without a name are left out); raises ValidationError."""
        participants = tuple(
            Participant(self._text(r, NAME), self._role(r), self._text(r, ORGANISATION))
            for r in range(self.table.rowCount())
            if self._text(r, NAME)
        )
        information = None
        if self.information.isChecked():
            on = self.informed_on.value()
            assert on is not None
            information = PatientInformation(on, self.informed_by.text(), self.informed_what.toPlainText())
        decision = None
        if self.decision.isChecked():
            on = self.decided_on.value()
            assert on is not None
            decision = PatientDecision(
                self.decided_by.text(), self.decider.currentData(), bool(self.accepted.currentData()), on
            )
        return Samrad(
            participants,
            self.held_on.value() if participants else None,
            self.form.currentData(),  # type: ignore[arg-type]
            information,
            decision,
        )

    def refusal(self) -> str:
        """Why signing would be refused now, in the model's words ("" when nothing is missing)."""
        try:
            gaps = self.value().gaps(self.required)
        except UserError as exc:
            return str(exc)
        if not gaps:
            return ""
        return pick("Saknas innan planen kan signeras: ", "Missing before the plan can be signed: ") + "; ".join(
            pick(sv, en) for sv, en in gaps
        )

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _role(self, row: int) -> ParticipantRole:
        return self.table.cellWidget(row, ROLE).currentData()  # type: ignore[union-attr]

    def _has_names(self) -> bool:
        return any(self._text(r, NAME) for r in range(self.table.rowCount()))

    def _update(self) -> None:
        self.missing.setText(self.refusal())


class SamradDialog(QDialog):
    """The samråd of an existing plan's assessment: read on the worker, saved through
    `samrad.record_samrad`; read-only once a signed plan rests on it."""

    saved = Signal(object)
    stale = Signal(object)

    def __init__(self, db: Database, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan = plan
        self.state: samrad_service.SamradState | None = None
        self.setWindowTitle(self.tr("Samråd, information och beslut"))
        layout = QVBoxLayout(self)
        self.editor = SamradEditor()
        layout.addWidget(self.editor)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.setObjectName("hint")
        self.locked.hide()
        layout.addWidget(self.locked)
        self.error = ErrorLabel()
        editor = self.editor
        self.error.register({"samrad": editor.table, "information": editor.informed_by, "decision": editor.decided_by})
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&täng"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        db.call(samrad_service.state_for_plan, plan, on_done=self._loaded, on_error=self.error.show_error, owner=self)

    def _loaded(self, state: samrad_service.SamradState) -> None:
        self.state = state
        self.editor.set_value(state.assessment.samrad)
        self.editor.set_required(state.required, label(self.plan.setting))
        if state.locked:
            self.editor.setEnabled(False)
            self.locked.setText(str(samrad_service.SamradLocked()))
            self.locked.show()
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def save(self) -> None:
        assert self.state is not None
        try:
            value = self.editor.value()
        except UserError as exc:
            self.error.show_error(exc)
            return
        self._db.call(
            samrad_service.record_samrad,
            self.state.assessment,
            value,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, assessment: object) -> None:
        self.saved.emit(assessment)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ChangedElsewhere):
            self.stale.emit(exc)
            self.reject()
            return
        self.error.show_error(exc)
