"""Demo samråd (app/models/samrad.py): every assessment of the demo data has the participants its
setting requires, the information given and the decision. Chosen without the generator's random
stream, so adding samråd changed no other demo record."""

from __future__ import annotations

from datetime import date

from app.models.common import ConsentGiver, Practitioner
from app.models.person import Person
from app.models.plan import Setting, required_participants
from app.models.samrad import Participant, ParticipantRole, PatientDecision, PatientInformation, Samrad, SamradForm

SCHOOL_LEADERS = ("Karin Åberg", "Per Sandell", "Leila Haddad")
UNIT_MANAGERS = ("Malin Strand", "Tomas Ek", "Sanna Lund")
PERFORMERS = ("Lena Björk", "Ali Yusuf", "Greta Nord")
FORMS = {Setting.HOME_CARE: SamradForm.PHONE, Setting.RELATIVE: SamradForm.PHONE, Setting.HVB: SamradForm.DIGITAL}
INFORMATION = (
    "Vad egenvård innebär: att åtgärden inte är hälso- och sjukvård, vem som ansvarar för vad, "
    "att beslutet kan ändras och vart man vänder sig om något inte fungerar."
)


def _pick(names: tuple[str, ...], key: str) -> str:
    return names[sum(map(ord, key)) % len(names)]


def samrad_for(person: Person, setting: Setting, unit: str, assessor: Practitioner, on: date) -> Samrad:
    child = person.is_child(on)
    guardian = person.guardians[0].name if person.guardians else "Vårdnadshavare"
    who = {
        ParticipantRole.PATIENT: (person.name, ""),
        ParticipantRole.GUARDIAN: (guardian, ""),
        ParticipantRole.SCHOOL_LEADER: (_pick(SCHOOL_LEADERS, unit), unit),
        ParticipantRole.UNIT_MANAGER: (_pick(UNIT_MANAGERS, unit), unit),
        ParticipantRole.PERFORMER_UNIT: (_pick(PERFORMERS, unit), unit),
    }
    roles = list(required_participants(setting, child))
    if child:
        roles.insert(1, ParticipantRole.PATIENT)  # the child takes part too
    if setting is Setting.SCHOOL and len(person.name) % 2:
        who[ParticipantRole.SCHOOL_HEALTH] = ("Sofia Ek", f"Elevhälsan, {unit}")
        roles.append(ParticipantRole.SCHOOL_HEALTH)
    participants = tuple(Participant(who[r][0], r, who[r][1]) for r in roles)
    participants += (Participant(assessor.name, ParticipantRole.OTHER, assessor.organisation),)
    decider = (guardian, ConsentGiver.GUARDIAN) if child else (person.name, ConsentGiver.PERSON)
    return Samrad(
        participants,
        on,
        FORMS.get(setting, SamradForm.MEETING),
        PatientInformation(on, assessor.name, INFORMATION),
        PatientDecision(decider[0], decider[1], True, on),
    )
