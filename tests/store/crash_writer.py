"""Child process for the crash test: writes until it is killed, printing what it committed."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner
from app.services import persons, plans
from app.services.demo import synthetic_number
from app.services.workspace import open_workspace

NURSE = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg")
RISK = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE),), "Låg risk")


def main(db: str, passphrase: str, seed: int) -> None:
    ws = open_workspace(Path(db), passphrase)
    rng = random.Random(seed)
    taken = {r["number"] for r in ws.store.query("SELECT number FROM persons")}
    while True:
        birth = date(rng.randrange(1930, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
        number = synthetic_number(rng, birth, False, taken)
        if number is None:
            continue
        person = persons.register(ws, "Krock", f"Test{rng.randrange(10**6)}", number)
        assessment = plans.assess(ws, person.id, "Läkemedel", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
        sys.stdout.write(f"{person.id} {assessment.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
