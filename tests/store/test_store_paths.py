"""Where a new database may be made: in folders that do not exist yet, several levels deep (the
first-start wizard proposes one under the user data folder, which may not exist either)."""

from __future__ import annotations

from pathlib import Path

from app.store.database import create_store
from app.store.keyfile import key_path
from tests.factories import PASSPHRASE


def test_a_new_database_makes_its_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "Egenvardsstod" / "Kommunens data" / "2026" / "egenvard.db"
    store, code = create_store(path, PASSPHRASE)
    try:
        assert path.is_file() and key_path(path).is_file()
        assert len(code.split("-")) == 5  # the printed recovery code: five groups
    finally:
        store.close()
