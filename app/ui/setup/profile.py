"""The profile fields the first-start wizard and Inställningar share: name, title, role, and
for a licensed professional the profession and whether she works in elevhälsan; an optional
HSA-id (written on the Practitioner in bundles)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout

from app.models.common import Practitioner, Profession, Role
from app.models.labels import label
from app.models.roles import check_profile
from app.ui.common import combo, line


class ProfileFields(QObject):
    """Widgets added to a form; `profile()` raises the same UserError the service would."""

    def __init__(self, layout: QFormLayout, title_placeholder: str = "") -> None:
        super().__init__(layout)
        self.name = line(self.tr("Namn"))
        self.title = line(self.tr("Befattning"), placeholder=title_placeholder)
        self.role = combo(self.tr("Roll"), [(label(r), r) for r in Role])
        self.profession = combo(self.tr("Yrke"), [(self.tr("(välj yrke)"), None)] + [(label(p), p) for p in Profession])
        self.school_health = QCheckBox(self.tr("Arbetar i elevhälsans &medicinska insats"))
        self.school_health.setToolTip(
            self.tr("Elevhälsan deltar i samråd men bedömer inte egenvård och ansvarar inte för uppföljning.")
        )
        self.organisation = line(self.tr("Organisation"), placeholder=self.tr("t.ex. Växjö kommun"))
        self.unit = line(self.tr("Enhet eller skola"))
        self.hsa_id = line(self.tr("HSA-id"), placeholder=self.tr("valfritt, t.ex. SE2321000131-P000000123457"))
        for caption, widget in (
            (self.tr("&Namn:"), self.name),
            (self.tr("&Befattning:"), self.title),
            (self.tr("&Roll:"), self.role),
            (self.tr("&Yrke:"), self.profession),
            ("", self.school_health),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("&Enhet / skola:"), self.unit),
            (self.tr("HSA-i&d:"), self.hsa_id),
        ):
            layout.addRow(caption, widget)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        """Profession and elevhälsa describe a licensed professional only."""
        licensed = self.role.currentData() is Role.LICENSED
        self.profession.setEnabled(licensed)
        self.school_health.setEnabled(licensed)
        if not licensed:
            self.profession.setCurrentIndex(0)
            self.school_health.setChecked(False)

    def show(self, p: Practitioner | None) -> None:
        if p is None:
            return
        self.name.setText(p.name)
        self.title.setText(p.title)
        self.role.setCurrentIndex(max(0, self.role.findData(p.role)))
        self.profession.setCurrentIndex(max(0, self.profession.findData(p.profession)))
        self.school_health.setChecked(p.school_health)
        self.organisation.setText(p.organisation)
        self.unit.setText(p.unit)
        self.hsa_id.setText(p.hsa_id)

    def profile(self) -> Practitioner:
        profile = Practitioner(
            self.name.text(),
            self.title.text(),
            self.organisation.text(),
            self.unit.text(),
            self.role.currentData(),
            self.profession.currentData(),
            self.school_health.isChecked(),
            self.hsa_id.text(),
        )
        check_profile(profile)
        return profile
