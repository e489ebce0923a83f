"""The seven documentation points and the signer, with validation that names what is missing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import UserError
from app.i18n import language
from app.models.assessment import Outcome
from app.models.common import Practitioner
from app.models.labels import label
from app.models.plan import POINTS, Plan, Signature
from app.ui.common import DateField, combo, form, line, text_box


def missing_text(missing: list[int]) -> str:
    """The routine's own words for each missing point (Swedish, or English when chosen)."""
    idx = 1 if language() == "en" else 0
    return "\n".join(f"{n}. {POINTS[n][idx]}" for n in missing)


class PointsForm(QWidget):
    changed = Signal()

    def __init__(self, plan: Plan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        f = form()
        p = plan
        self.measure = line(self.tr("1. Åtgärd/insats som bedömts som egenvård"), p.measure if p else "")
        self.mode = combo(
            self.tr("2. Själv eller med hjälp"),
            [(label(o), o) for o in (Outcome.SELF, Outcome.WITH_HELP)],
            p.performer_mode if p else Outcome.WITH_HELP,
        )
        self.performer = line(self.tr("2. Vem som utför"), p.performer if p else "")
        self.instruction_by = line(self.tr("3. Vem som instruerar"), p.instruction_by if p else "")
        self.instruction_how = text_box(
            self.tr("3. Hur information och instruktion ges"), p.instruction_how if p else ""
        )
        self.on_harm = text_box(self.tr("4. Vid skada eller risk för skada"), p.on_harm if p else "")
        self.on_change = text_box(self.tr("5. Om situationen förändras"), p.on_change if p else "")
        self.follow_up = text_box(self.tr("6. Uppföljning: hur, av vem och när"), p.follow_up if p else "")
        # A new plan proposes a date half a year ahead; a saved draft shows what it has.
        default = p.reassessment_on if p is not None else date.today() + timedelta(days=180)
        self.reassessment = DateField(self.tr("7. Datum för omprövning"), default, optional=True)
        if default is None:
            self.reassessment.edit.setDate(date.today() + timedelta(days=180))
        f.addRow(self.tr("&1. Åtgärd/insats:"), self.measure)
        f.addRow(self.tr("&2. Utförs:"), self.mode)
        f.addRow(self.tr("2. &Utförare:"), self.performer)
        f.addRow(self.tr("&3. Instruerar:"), self.instruction_by)
        f.addRow(self.tr("3. &Hur:"), self.instruction_how)
        f.addRow(self.tr("&4. Vid skada:"), self.on_harm)
        f.addRow(self.tr("&5. Vid förändring:"), self.on_change)
        f.addRow(self.tr("&6. Uppföljning:"), self.follow_up)
        f.addRow(self.tr("&7. Omprövning:"), self.reassessment)
        outer.addLayout(f)
        self.missing = QLabel()
        self.missing.setObjectName("warning")
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Punkter som saknas"))
        outer.addWidget(self.missing)
        for w in (self.measure, self.performer, self.instruction_by):
            w.textChanged.connect(self._update)
        for w in (self.instruction_how, self.on_harm, self.on_change, self.follow_up):
            w.textChanged.connect(self._update)
        self.mode.currentIndexChanged.connect(self._update)
        assert self.reassessment.check is not None
        self.reassessment.check.toggled.connect(self._update)
        self._update()

    def values(self) -> dict[str, object]:
        return dict(
            measure=self.measure.text(),
            performer_mode=self.mode.currentData(),
            performer=self.performer.text(),
            instruction_by=self.instruction_by.text(),
            instruction_how=self.instruction_how.toPlainText(),
            on_harm=self.on_harm.toPlainText(),
            on_change=self.on_change.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            reassessment_on=self.reassessment.value(),
        )

    def missing_points(self) -> list[int]:
        return Plan("x", "x", **self.values()).missing_points()  # type: ignore[arg-type]

    def _update(self) -> None:
        missing = self.missing_points()
        if missing:
            self.missing.setText(self.tr("Innan planen kan signeras saknas:") + "\n" + missing_text(missing))
        else:
            self.missing.setText(self.tr("Alla sju punkter är ifyllda."))
        self.changed.emit()


class SignForm(QWidget):
    def __init__(self, signer: Practitioner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        f = form()
        self.place = line(self.tr("Ort"), signer.unit.split()[-1] if signer and signer.unit else "")
        self.on = DateField(self.tr("Signeringsdatum"), date.today())
        self.name = line(self.tr("Namn på den som undertecknar"), signer.name if signer else "")
        self.title = line(self.tr("Befattning"), signer.title if signer else "")
        f.addRow(self.tr("&Ort:"), self.place)
        f.addRow(self.tr("&Datum:"), self.on)
        f.addRow(self.tr("&Namn:"), self.name)
        f.addRow(self.tr("&Befattning:"), self.title)
        self.setLayout(f)

    def signature(self) -> Signature:
        on = self.on.value()
        assert on is not None
        return Signature(self.place.text(), on, self.name.text(), self.title.text())

    def check(self) -> str:
        try:
            self.signature()
        except UserError as exc:
            return str(exc)
        return ""
