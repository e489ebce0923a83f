"""Child process for the registration race: unlock, wait for the start signal, register one
personnummer, print OK or the sentence the user would see."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app.errors import UserError
from app.services import persons
from app.services.workspace import open_workspace


def main(db: str, go: str, name: str) -> None:
    ws = open_workspace(Path(db), os.environ["EGENVARD_PASSPHRASE"])
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    while not Path(go).exists():  # both start the same instant, after their slow unlock
        time.sleep(0.001)
    try:
        persons.register(ws, name, "Racersson", "19850709-9805")
        sys.stdout.write("OK\n")
    except UserError as exc:
        sys.stdout.write(f"ERR {exc}\n")
    finally:
        ws.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
