"""Keys, passphrases, "remember on this computer", backups and restore."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.errors import UserError, ValidationError
from app.models.audit import Action, Head
from app.models.roles import UseCase
from app.paths import backup_dir
from app.services.workspace import Workspace
from app.store import anchor, keyfile
from app.store import backup as backups
from app.store.database import Store, open_with_key

KEYRING_SERVICE = "Egenvårdsstöd"
MIN_PASSPHRASE = 10


def check_passphrase(value: str) -> None:
    if len(value) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Lösenfrasen måste ha minst {MIN_PASSPHRASE} tecken; flera ord är lättast att minnas.",
            f"The passphrase must have at least {MIN_PASSPHRASE} characters; several words are easiest to remember.",
            "passphrase",
        )


def passphrase_strength(value: str) -> int:
    """0–4, for the strength meter: length and variety, since a passphrase of words beats symbols."""
    classes = sum(bool(any(f(c) for c in value)) for f in (str.islower, str.isupper, str.isdigit))
    classes += any(not c.isalnum() for c in value)
    score = (len(value) >= MIN_PASSPHRASE) + (len(value) >= 16) + (len(value) >= 24) + (classes >= 3)
    return min(4, score)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the database key; the database itself is not rewritten."""
    check_passphrase(new)
    kf = keyfile.read(path)
    key = keyfile.unlock(kf, old, keyfile.key_path(path))
    keyfile.write(path, keyfile.rewrap(kf, key, new))
    _audit_key_change(path, key, "passphrase")


def reset_with_recovery_code(path: Path, code: str, new: str) -> str:
    """Open with the printed recovery code, set a new passphrase and issue a new code."""
    check_passphrase(new)
    kf = keyfile.read(path)
    key = keyfile.unlock_with_code(kf, code, keyfile.key_path(path))
    kf, new_code = keyfile.new_recovery(keyfile.rewrap(kf, key, new), key)
    keyfile.write(path, kf)
    _audit_key_change(path, key, "recovery")
    return new_code


def _audit_key_change(path: Path, key: bytes, what: str) -> None:
    ws = Workspace(open_with_key(path, key))
    try:
        with ws.write(Action.KEY_CHANGE, "keyfile", what):
            pass
    finally:
        ws.close()


# --- remember on this computer (Windows Credential Manager through keyring) --------------


class KeyringUnavailable(UserError):
    sv = (
        "Nyckeln kunde inte sparas på den här datorn (Windows Autentiseringshanteraren svarar inte: {detail}). "
        "Databasen fungerar som vanligt; ange lösenfrasen när du öppnar den."
    )
    en = (
        "The key could not be kept on this computer (Windows Credential Manager does not answer: {detail}). "
        "The database works as usual; enter the passphrase when you open it."
    )


def choose_keyring() -> None:
    """On Windows, the Credential Manager by name. keyring otherwise finds its backends through
    package metadata (entry points), which a frozen app may lack: it would then fall back to a
    backend that refuses every call. Elsewhere keyring's own choice stands."""
    if os.name != "nt":
        return
    try:
        from keyring.backends.Windows import WinVaultKeyring
    except ImportError:
        return
    if WinVaultKeyring.viable:  # False without pywin32-ctypes: keyring's own choice then says why
        import keyring

        keyring.set_keyring(WinVaultKeyring())


def _account(path: Path) -> str:
    return str(Path(path).resolve())


# keyring is imported where it is used: it reads every package's metadata on import (~0.1 s),
# and the first window must not wait for it when no key is remembered (issue 11).


def remember_key(store: Store) -> None:
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, _account(store.path), store.key_hex)
    except (keyring.errors.KeyringError, RuntimeError) as exc:  # no backend, locked, refused
        raise KeyringUnavailable(detail=type(exc).__name__) from None


def remember(ws: Workspace) -> None:
    """Remember the key on this computer for an open workspace (the window never holds the store)."""
    remember_key(ws.store)


def check_pages(ws: Workspace) -> int:
    """Read every page of the database (a flipped byte no query has read yet is found too);
    the number of pages."""
    return ws.store.check_pages()


def forget_key(path: Path) -> None:
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, _account(path))


def remembered_workspace(path: Path) -> Workspace | None:
    """Open without a passphrase if the key is remembered; None if it is not (or no longer fits)."""
    import keyring
    import keyring.errors

    try:
        hex_key = keyring.get_password(KEYRING_SERVICE, _account(path))
    except keyring.errors.KeyringError:
        return None
    if not hex_key:
        return None
    return Workspace(open_with_key(path, bytes.fromhex(hex_key)))


# --- backups ----------------------------------------------------------------------------


def backup(ws: Workspace, out: Path | None = None) -> Path:
    """Explicit backup to `out`, or an automatic rotated one beside the database."""
    ws.require(UseCase.BACKUP)
    if out is None:
        path = backups.auto_backup(ws.store, backup_dir(ws.path))
    else:
        path = backups.write_backup(ws.store, out)
    with ws.write(Action.BACKUP, "database", path.name):
        pass
    return path


def restore(backup_file: Path, dest: Path, passphrase: str, overwrite: bool = False) -> Path | None:
    """Restore, and say in the restored log what it replaced: the replaced database's anchored
    head (events after the backup are in the kept copy, not in the restored log)."""
    kept = backups.restore(backup_file, dest, passphrase, overwrite)
    key = keyfile.unlock(keyfile.read(dest), passphrase, keyfile.key_path(dest))
    what = Path(backup_file).name
    replaced = _replaced_head(kept, key)
    if replaced is not None:
        what = f"{what}; ersatte logg {replaced.count}:{replaced.hash[:16]}"
    ws = Workspace(open_with_key(dest, key))
    try:
        with ws.write(Action.RESTORE, "database", what):
            pass
    finally:
        ws.close()
    return kept


def _replaced_head(kept: Path | None, key: bytes) -> Head | None:
    if kept is None:
        return None
    try:
        return anchor.read(kept, key)
    except anchor.AnchorForged:  # another database's anchor, or altered: nothing to witness
        return None
