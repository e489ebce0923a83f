"""Överlåt ansvar: responsibility for a plan's follow-up and re-assessment handed to a licensed
professional of the same profession, by agreement (002). The rules are the model's
(`app.models.handover`); the service says who may record it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from app.errors import UserError
from app.models.common import Practitioner, Profession
from app.models.labels import label
from app.services import handover
from app.ui.common import DateField, combo, line, text_box
from app.ui.plans.dialogs import _FormDialog
from app.ui.worker import Database


class HandOverDialog(_FormDialog):
    """Who takes over, from which day, and how the two agreed. When the user is not the one
    responsible now, she is the one taking over: her own profile fills the receiver."""

    draft_action = "handover"

    def __init__(
        self,
        db: Database,
        plan_id: str,
        responsible: Practitioner | None,
        profile: Practitioner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Överlåt ansvar för uppföljning"), parent)
        self.plan_id = plan_id
        taker = profile if profile is not None and not _same(profile, responsible) else None
        profession = (responsible.profession if responsible else None) or Profession.NURSE
        now = responsible.name if responsible else ""
        if responsible is not None and responsible.organisation:
            now += f" ({responsible.organisation})"
        self.now = QLabel(now)
        self.now.setObjectName("handover_now")
        self.name = line(self.tr("Mottagarens namn"), taker.name if taker else "")
        self.title = line(self.tr("Befattning"), taker.title if taker else "")
        self.profession = combo(
            self.tr("Yrke"), [(label(p), p) for p in Profession], taker.profession if taker else profession
        )
        self.organisation = line(self.tr("Organisation"), taker.organisation if taker else "")
        self.unit = line(self.tr("Enhet"), taker.unit if taker else "")
        self.on = DateField(self.tr("Ansvaret gäller från"), date.today())
        self.agreement = text_box(self.tr("Överenskommelse"))
        self.agreement.setPlaceholderText(self.tr("Hur och när ni kom överens, t.ex. telefon 2026-04-28"))
        hint = QLabel(
            self.tr(
                "Ansvaret kan tas över av en legitimerad yrkesutövare med samma profession, även i en "
                "annan organisation. Elevhälsan kan inte ta över ansvaret."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.form.addRow(self.tr("Ansvarig nu:"), self.now)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Befattning:"), self.title)
        self.form.addRow(self.tr("&Yrke:"), self.profession)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&Enhet:"), self.unit)
        self.form.addRow(self.tr("&Från och med:"), self.on)
        self.form.addRow(self.tr("Ö&verenskommelse:"), self.agreement)
        self.error.register(
            {
                "name": self.name,
                "to_name": self.name,
                "to_profession": self.profession,
                "to_school_health": self.name,
                "handed_on": self.on,
                "agreement": self.agreement,
            }
        )
        self.finish_layout()
        self.setMinimumWidth(560)

    def receiver(self) -> Practitioner:
        return handover.receiver(
            self.name.text(),
            self.title.text(),
            self.profession.currentData(),  # type: ignore[arg-type]
            self.organisation.text(),
            self.unit.text(),
        )

    def save(self) -> None:
        on = self.on.value()
        try:
            receiver = self.receiver()
        except UserError as exc:
            self.error.show_error(exc)
            return
        assert on is not None
        self.submit(handover.hand_over, self.plan_id, receiver, on, self.agreement.toPlainText())


def _same(a: Practitioner, b: Practitioner | None) -> bool:
    return b is not None and a.name.casefold() == b.name.casefold()
