"""Every repository over one open store, as the workspace holds them (`ws.repos`).

Its own module because some tables build on `repositories` (`handovers.Handovers` is a
`PlanRecords`): gathering them here lets each import only what it builds on.
"""

from __future__ import annotations

from app.models.assessment import Assessment
from app.models.deviation import Deviation
from app.models.dispute import Dispute
from app.models.records import BistandDecision, Instruction, Performance, SipLink
from app.models.review import Announcement
from app.store.database import Store
from app.store.handovers import Handovers
from app.store.repositories import Copies, IntygTable, PersonRecords, Persons, PlanRecords, Plans, Reviews, Settings


class Repositories:
    """All repositories over one open store."""

    def __init__(self, store: Store) -> None:
        self.persons = Persons(store)
        self.assessments = PersonRecords(store, "assessments", Assessment, "assessed_on, rowid")
        self.plans = Plans(store)
        self.reviews = Reviews(store)
        self.copies = Copies(store)
        self.instructions = PlanRecords(store, "instructions", Instruction, "instructed_on, rowid")
        self.performances = PlanRecords(store, "performances", Performance, "occurred_at, rowid")
        self.decisions = PersonRecords(store, "decisions", BistandDecision)
        self.sip_links = PersonRecords(store, "sip_links", SipLink)
        self.deviations = PersonRecords(store, "deviations", Deviation, "occurred_at, rowid")
        self.disputes = PersonRecords(store, "disputes", Dispute, "opened_on, rowid")
        self.settings = Settings(store)
        self.handovers = Handovers(store)
        self.intyg = IntygTable(store)
        self.announcements = PlanRecords(store, "review_announcements", Announcement, "announced_on, rowid")
