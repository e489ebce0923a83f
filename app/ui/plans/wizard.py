"""New plan, guided: assessment → risk analysis → samråd → the seven points → signer.

Every rule is checked with the domain classes on the GUI thread before anything is sent to
the worker (they are pure), so a risk of harm stops the plan at the risk page with the
routine's own reason, and the sign page names the missing points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.models.assessment import (
    Assessment,
    Consequence,
    Hazard,
    Likelihood,
    Outcome,
    RiskAnalysis,
)
from app.models.common import ConsentGiver, Practitioner, Role
from app.models.labels import label
from app.models.person import Person
from app.models.plan import Plan, PlanKind, Setting, required_participants
from app.services import plans
from app.ui.common import DateField, ErrorLabel, combo, describe_list, form, line, text_box, translate
from app.ui.help import install_help
from app.ui.plans.points import PointsForm, SignForm
from app.ui.plans.samrad import SamradEditor
from app.ui.worker import Database


def likelihood_labels() -> dict[int, str]:
    """The risk scale's words, each a literal for pyside6-lupdate (a variable passed to tr() is
    never found, and stayed Swedish in English)."""
    return {
        1: translate("RiskPage", "Mycket liten"),
        2: translate("RiskPage", "Liten"),
        3: translate("RiskPage", "Stor"),
        4: translate("RiskPage", "Mycket stor"),
    }


def consequence_labels() -> dict[int, str]:
    return {
        1: translate("RiskPage", "Försumbar"),
        2: translate("RiskPage", "Lindrig"),
        3: translate("RiskPage", "Betydande"),
        4: translate("RiskPage", "Katastrofal"),
    }


@dataclass(frozen=True)
class WizardResult:
    assessment: Assessment
    plan: Plan


class AssessmentPage(QWizardPage):
    def __init__(self, profile: Practitioner | None, kind: PlanKind, measure: str, setting: Setting | None) -> None:
        super().__init__()
        self.setTitle(self.tr("1. Egenvårdsbedömning"))
        self.setSubTitle(self.tr("Vilken hälso- och sjukvårdsåtgärd bedöms, av vem och när."))
        f = form()
        self.measure = line(self.tr("Åtgärd/insats"), measure, self.tr("t.ex. Insulininjektion"))
        self.kind = combo(
            self.tr("Typ av bedömning"),
            [(self.tr("Ny bedömning"), PlanKind.NEW), (self.tr("Omprövning"), PlanKind.REASSESSMENT)],
            kind,
        )
        self.setting = combo(self.tr("Var hjälpen ges"), [(label(s), s) for s in Setting], setting)
        self.assessor = line(self.tr("Bedömare"), profile.name if profile else "")
        self.profession = line(self.tr("Bedömarens profession"), profile.title if profile else "")
        self.organisation = line(self.tr("Bedömarens organisation"), profile.organisation if profile else "")
        self.on = DateField(self.tr("Bedömningsdatum"), date.today())
        self.notes = text_box(self.tr("Anteckningar"))
        self.error = ErrorLabel()
        f.addRow(self.tr("&Åtgärd/insats:"), self.measure)
        f.addRow(self.tr("&Typ:"), self.kind)
        f.addRow(self.tr("&Var:"), self.setting)
        f.addRow(self.tr("&Bedömare:"), self.assessor)
        f.addRow(self.tr("&Profession:"), self.profession)
        f.addRow(self.tr("&Organisation:"), self.organisation)
        f.addRow(self.tr("&Datum:"), self.on)
        f.addRow(self.tr("A&nteckningar:"), self.notes)
        f.addRow(self.error)
        self.setLayout(f)

    def assessor_value(self) -> Practitioner:
        return Practitioner(self.assessor.text(), self.profession.text(), self.organisation.text(), role=Role.NURSE)

    def validatePage(self) -> bool:
        try:
            if not self.measure.text().strip():
                raise UserError()  # replaced below with the field's own message
            self.assessor_value()
        except UserError as exc:
            text = str(exc) if self.measure.text().strip() else self.tr("Åtgärd/insats måste fyllas i.")
            self.error.show_error(text)
            return False
        self.error.clear_error()
        return True


class RiskPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("2. Riskanalys"))
        self.setSubTitle(
            self.tr(
                "Ange varje risk med sannolikhet och konsekvens efter åtgärd. Poäng 8 eller mer "
                "är risk för skada: då får åtgärden inte bedömas som egenvård."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Risker"))
        describe_list(self.table, editable=True)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Risk"),
                self.tr("Sannolikhet"),
                self.tr("Konsekvens"),
                self.tr("Poäng"),
                self.tr("Riskreducerande åtgärd"),
            ]
        )
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Tab leaves the grid (arrows move between cells); by default it cycles through the cells.
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Lägg till risk"))
        add.clicked.connect(lambda: self.add_hazard())
        remove = QPushButton(self.tr("&Ta bort markerad risk"))
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        f = form()
        self.conclusion = text_box(self.tr("Slutsats av riskanalysen"))
        self.harm = QCheckBox(self.tr("Bedömaren ser risk att personen skadas"))
        self.harm.setAccessibleName(self.tr("Risk för skada"))
        self.outcome = combo(self.tr("Bedömning"), [(label(o), o) for o in Outcome], Outcome.WITH_HELP)
        f.addRow(self.tr("&Slutsats:"), self.conclusion)
        f.addRow("", self.harm)
        f.addRow(self.tr("&Bedömning:"), self.outcome)
        layout.addLayout(f)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("warning")
        layout.addWidget(self.verdict)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.harm.toggled.connect(self._update)
        self.outcome.currentIndexChanged.connect(self._update)
        self.table.itemChanged.connect(self._update)
        self.add_hazard()

    def add_hazard(self, text: str = "", likelihood: int = 1, consequence: int = 1, mitigation: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(text))
        scales = ((1, likelihood_labels(), likelihood), (2, consequence_labels(), consequence))
        for col, labels, value in scales:
            box = QComboBox()
            box.setAccessibleName(self.tr("Sannolikhet") if col == 1 else self.tr("Konsekvens"))
            for n, text in labels.items():
                box.addItem(f"{n} – {text}", n)
            box.setCurrentIndex(value - 1)
            box.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(r, col, box)
            # A cell widget does not size its column: room for "1 – Mycket liten", not "1 – Mycket…".
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.table.setColumnWidth(col, max(self.table.columnWidth(col), box.sizeHint().width()))
        score = QTableWidgetItem("")
        self.table.setItem(r, 3, score)
        self.table.setItem(r, 4, QTableWidgetItem(mitigation))
        self._order_tab_stops()
        self._update()

    def _order_tab_stops(self) -> None:
        """A new cell's combo boxes join the end of the focus chain, after "Bedömning" below the
        table; Tab should reach them where they are read: after the table, row by row."""
        stops: list[QWidget] = [self.table]
        for r in range(self.table.rowCount()):
            stops += [w for c in (1, 2) if (w := self.table.cellWidget(r, c)) is not None]
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._update()

    def hazards(self) -> tuple[Hazard, ...]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            text = item.text().strip() if item else ""
            if not text:
                continue
            lik = self.table.cellWidget(r, 1).currentData()  # type: ignore[union-attr]
            con = self.table.cellWidget(r, 2).currentData()  # type: ignore[union-attr]
            mit = self.table.item(r, 4)
            out.append(Hazard(text, Likelihood(lik), Consequence(con), mit.text() if mit else ""))
        return tuple(out)

    def analysis(self) -> RiskAnalysis:
        return RiskAnalysis(self.hazards(), self.conclusion.toPlainText(), self.harm.isChecked())

    def _update(self) -> None:
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            lik = self.table.cellWidget(r, 1)
            con = self.table.cellWidget(r, 2)
            if lik is None or con is None or self.table.item(r, 3) is None:
                continue
            score = lik.currentData() * con.currentData()  # type: ignore[attr-defined]
            self.table.item(r, 3).setText(str(score) + (" ⚠" if score >= 8 else ""))
        self.table.blockSignals(False)
        try:
            analysis = self.analysis()
        except UserError:
            self.verdict.setText("")
            return
        if analysis.shows_risk_of_harm:
            self.verdict.setText(
                self.tr(
                    "Riskanalysen visar risk för skada. Åtgärden kan inte bli egenvård; den blir en "
                    "hälso- och sjukvårdsinsats."
                )
            )
        else:
            self.verdict.setText("")

    def outcome_value(self) -> Outcome:
        return Outcome(self.outcome.currentData())

    def validatePage(self) -> bool:
        wizard: PlanWizard = self.wizard()  # type: ignore[assignment]
        try:
            analysis = self.analysis()
            if not analysis.is_done:
                self.error.show_error(self.tr("Riskanalysen är inte utförd: ange minst en risk och en slutsats."))
                return False
            assessment = wizard.build_assessment()  # raises RiskOfHarm with the routine's reason
        except UserError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_error()
        if not assessment.allows_plan:
            wizard.save_health_care(assessment)
            return False
        wizard.points.form.measure.setText(wizard.points.form.measure.text() or assessment.measure)
        wizard.points.form.mode.setCurrentIndex(max(0, wizard.points.form.mode.findData(assessment.outcome)))
        return True


class SamradPage(QWizardPage):
    """Who took part in the samråd, the information to the patient and the decision. Nothing
    here is required to save a draft; signing asks the model what is missing."""

    def __init__(self, person: Person) -> None:
        super().__init__()
        self.person = person
        self.setTitle(self.tr("3. Samråd, information och beslut"))
        self.setSubTitle(
            self.tr("Bedömningen görs i samråd. Vem deltog, vilken information fick patienten och vad beslutade hen?")
        )
        layout = QVBoxLayout(self)
        self.editor = SamradEditor()
        layout.addWidget(self.editor)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        wizard: PlanWizard = self.wizard()  # type: ignore[assignment]
        setting = Setting(wizard.assessment_page.setting.currentData())
        child = self.person.is_child(date.today())
        if not self.editor.informed_by.text():
            self.editor.informed_by.setText(wizard.assessment_page.assessor.text())
        if not self.editor.decided_by.text():
            decider = (self.person.guardians[0].name if self.person.guardians else "") if child else self.person.name
            self.editor.decided_by.setText(decider)
            self.editor.decider.setCurrentIndex(
                self.editor.decider.findData(ConsentGiver.GUARDIAN if child else ConsentGiver.PERSON)
            )
        self.editor.set_required(required_participants(setting, child), label(setting))

    def validatePage(self) -> bool:
        try:
            self.editor.value()
        except UserError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_error()
        return True


class PointsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("4. Planering – de sju punkterna"))
        self.setSubTitle(self.tr("Alla sju punkter ska vara ifyllda innan planen kan signeras."))
        layout = QVBoxLayout(self)
        self.form = PointsForm()
        layout.addWidget(self.form)


class SignPage(QWizardPage):
    def __init__(self, profile: Practitioner | None) -> None:
        super().__init__()
        self.setTitle(self.tr("5. Underskrift"))
        self.setSubTitle(self.tr("Signera nu, eller spara som utkast och signera senare."))
        layout = QVBoxLayout(self)
        self.form = SignForm(profile)
        layout.addWidget(self.form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addStretch(1)


class PlanWizard(QWizard):
    saved = Signal(object)  # WizardResult

    def __init__(
        self,
        db: Database,
        person: Person,
        profile: Practitioner | None,
        kind: PlanKind = PlanKind.NEW,
        measure: str = "",
        setting: Setting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.person = person
        self.setWindowTitle(self.tr("Ny egenvårdsplan – {0}").format(person.name))
        install_help(self, lambda: "wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.assessment_page = AssessmentPage(profile, kind, measure, setting)
        self.risk = RiskPage()
        self.samrad = SamradPage(person)
        self.points = PointsPage()
        self.sign = SignPage(profile)
        for page in (self.assessment_page, self.risk, self.samrad, self.points, self.sign):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Spara som &utkast"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Signera"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tillbaka"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.customButtonClicked.connect(lambda _n: self.finish(sign=False))
        self.currentIdChanged.connect(self._page_changed)
        self.resize(900, 680)

    def _page_changed(self, _id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(self.currentPage() is self.sign)

    def build_assessment(self) -> Assessment:
        a = self.assessment_page
        on = a.on.value()
        assert on is not None
        return Assessment(
            self.person.id,
            a.measure.text(),
            a.assessor_value(),
            on,
            self.risk.analysis(),
            self.risk.outcome_value(),
            a.notes.toPlainText(),
            samrad=self.samrad.editor.value()
            if self.samrad.editor.table.rowCount() or self._samrad_touched()
            else None,
        )

    def _samrad_touched(self) -> bool:
        editor = self.samrad.editor
        return editor.information.isChecked() or editor.decision.isChecked()

    def save_health_care(self, assessment: Assessment) -> None:
        """Not egenvård: the assessment is recorded, and no plan is made."""

        def job(ws):  # type: ignore[no-untyped-def]
            return plans.assess(
                ws,
                assessment.person_id,
                assessment.measure,
                assessment.assessor,
                assessment.assessed_on,
                assessment.risk_analysis,
                assessment.outcome,
                assessment.notes,
            )

        self.risk.error.show_error(
            self.tr(
                "Bedömningen är att åtgärden är en hälso- och sjukvårdsinsats. Bedömningen sparas; "
                "ingen egenvårdsplan upprättas."
            )
        )
        self._db.call(
            job,
            on_done=lambda _a: self.done(QWizard.DialogCode.Accepted),
            on_error=self.risk.error.show_error,
            owner=self,
        )

    def accept(self) -> None:
        self.finish(sign=True)

    def finish(self, sign: bool) -> None:
        try:
            assessment = self.build_assessment()
            points = self.points.form.values()
            setting = self.assessment_page.setting.currentData()
            kind = self.assessment_page.kind.currentData()
            draft = Plan(self.person.id, assessment.id, kind, setting, risk_analysis_done=True, **points)  # type: ignore[arg-type]
            signature = self.sign.form.signature() if sign else None
            if signature is not None:
                # the same checks the service makes
                draft.signed_here(signature, assessment, self.person.is_child(signature.signed_on))
        except UserError as exc:
            self.sign.error.show_error(exc)
            return
        self.sign.error.clear_error()

        def job(ws):  # type: ignore[no-untyped-def]
            saved = plans.assess(
                ws,
                assessment.person_id,
                assessment.measure,
                assessment.assessor,
                assessment.assessed_on,
                assessment.risk_analysis,
                assessment.outcome,
                assessment.notes,
                samrad=assessment.samrad,
            )
            plan = plans.start_plan(ws, saved, setting, kind, **points)
            if signature is not None:
                plan = plans.sign_plan(ws, plan, signature)
            return WizardResult(saved, plan)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._db.call(job, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, result: WizardResult) -> None:
        self.saved.emit(result)
        self.done(QWizard.DialogCode.Accepted)

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.sign.error.show_error(exc)
