"""Child process for the crash test: writes until it is killed, printing what it committed."""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner
from app.services import persons, plans
from app.services.demo import synthetic_number
from app.services.workspace import Workspace
from app.store.database import open_with_key

NURSE = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg")
RISK = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE),), "Låg risk")


def main(db: str, seed: int) -> None:
    # The database key from the parent (in the environment, not on the command line): what is
    # tested is a kill inside SQLCipher's writes, not Argon2, which would cost each of the 50
    # children half a second.
    ws = Workspace(open_with_key(Path(db), bytes.fromhex(os.environ["CRASH_WRITER_KEY"])))
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
    main(sys.argv[1], int(sys.argv[2]))
