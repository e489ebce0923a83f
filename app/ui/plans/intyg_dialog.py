"""Utfärda egenvårdsintyg: the judgement (pre-filled from the assessment), what help is needed
and how often, valid until (the plan's re-assessment date by default). Issued and sealed on the
worker in one job; the sealed PDF then lists in the plan's documents tab."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.models.plan import Plan
from app.services import intyg_documents
from app.ui.common import DateField, line, text_box
from app.ui.plans.dialogs import _FormDialog
from app.ui.worker import Database


class IntygDialog(_FormDialog):
    draft_action = "intyg"

    def __init__(self, db: Database, plan: Plan, judgement: str, issuer: str, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Utfärda egenvårdsintyg"), parent)
        self.plan = plan
        intro = QLabel(
            self.tr(
                "Intyget visar att {0} har bedömts som egenvård och vilken hjälp som behövs. Det kan bifogas "
                "en ansökan om bistånd, och personal på korttidsvistelse enligt LSS får utföra insatsen först "
                "när intyget finns. Utfärdas av: {1}."
            ).format(plan.measure, issuer or "–")
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.judgement = text_box(self.tr("Bedömning: därför är åtgärden egenvård"), judgement, height=72)
        self.help_needed = text_box(self.tr("Vilken hjälp behövs"), "", height=72)
        self.frequency = line(self.tr("Hur ofta"), "", self.tr("t.ex. 3 gånger per dag"))
        self.valid_until = DateField(self.tr("Giltigt till och med"), plan.reassessment_on)
        self.seal = QCheckBox(self.tr("Försegla och spara PDF med planen"))
        self.seal.setChecked(True)
        self.form.addRow(self.tr("&Bedömning:"), self.judgement)
        self.form.addRow(self.tr("&Hjälp som behövs:"), self.help_needed)
        self.form.addRow(self.tr("Hur &ofta:"), self.frequency)
        self.form.addRow(self.tr("&Giltigt till och med:"), self.valid_until)
        self.form.addRow("", self.seal)
        self.error.register(
            {
                "judgement": self.judgement,
                "help_needed": self.help_needed,
                "frequency": self.frequency,
                "valid_until": self.valid_until,
            }
        )
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Utfärda"))
        self.finish_layout()
        self.resize(620, 460)

    def save(self) -> None:
        self.error.clear_error()
        self.submit(
            intyg_documents.issue_sealed,
            self.plan.id,
            self.help_needed.toPlainText(),
            self.frequency.text(),
            self.judgement.toPlainText(),
            self.valid_until.value(),
            sealed=self.seal.isChecked(),
        )
