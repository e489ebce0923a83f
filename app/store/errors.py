"""Errors of the store, each a clear sentence for the user; sqlcipher3 errors end here."""

from __future__ import annotations

from app.errors import UserError


class StoreError(UserError):
    pass


class WrongPassphrase(StoreError):
    sv = "Fel lösenfras. Försök igen – kontrollera Caps Lock."
    en = "Wrong passphrase. Try again – check Caps Lock."


class WrongRecoveryCode(StoreError):
    sv = "Fel återställningskod. Kontrollera koden på det utskrivna papperet."
    en = "Wrong recovery code. Check the code on the printed sheet."


class DamagedKeyFile(StoreError):
    sv = "Nyckelfilen {path} är skadad och kan inte läsas. Återställ den från en säkerhetskopia."
    en = "The key file {path} is damaged and cannot be read. Restore it from a backup."


class MissingKeyFile(StoreError):
    sv = "Nyckelfilen {path} saknas. Databasen kan inte öppnas utan den; återställ från en säkerhetskopia."
    en = "The key file {path} is missing. The database cannot be opened without it; restore from a backup."


class DamagedDatabase(StoreError):
    sv = "Databasen {path} är skadad ({detail_sv}). Inget har ändrats; återställ från en säkerhetskopia."
    en = "The database {path} is damaged ({detail_en}). Nothing was changed; restore it from a backup."

    def __init__(self, path: object, detail_sv: str, detail_en: str = "") -> None:
        super().__init__(path=path, detail_sv=detail_sv, detail_en=detail_en or detail_sv)


class TruncatedDatabase(DamagedDatabase):
    """Every page that is there is authentic, but pages are missing: the file was cut short
    (an interrupted copy, a full USB stick), which is told apart from altered bytes."""

    sv = (
        "Databasen {path} är ofullständig: slutet av filen saknas ({detail_sv}). "
        "Inget har ändrats; återställ från en säkerhetskopia."
    )
    en = (
        "The database {path} is incomplete: the end of the file is missing ({detail_en}). "
        "Nothing was changed; restore it from a backup."
    )


class DatabaseMissing(StoreError):
    sv = "Databasen {path} finns inte. Skapa den med ”egenvard init”."
    en = "The database {path} does not exist. Create it with “egenvard init”."


class DatabaseExists(StoreError):
    sv = "Det finns redan en databas i {path}; den skrivs inte över."
    en = "A database already exists at {path}; it will not be overwritten."


class DiskFull(StoreError):
    sv = "Disken är full; ändringen sparades inte. Frigör utrymme och försök igen – inget sparat har gått förlorat."
    en = "The disk is full; the change was not saved. Free some space and try again – nothing saved was lost."


class DatabaseBusy(StoreError):
    sv = "Databasen används av ett annat program just nu. Försök igen om en stund."
    en = "The database is in use by another program. Try again in a moment."


class FileInUse(StoreError):
    """Windows refuses to replace a file another program holds open (a PDF reader, a backup
    tool, an antivirus scan); the new content was not written and the old file is intact."""

    sv = "Filen {path} används av ett annat program och kan inte ersättas. Stäng det programmet och försök igen."
    en = "The file {path} is in use by another program and cannot be replaced. Close that program and try again."


class ReadOnlyLocation(StoreError):
    sv = "Kan inte skriva i {path}: platsen är skrivskyddad eller saknar behörighet."
    en = "Cannot write to {path}: the location is read-only or access is denied."


class NewerDatabase(StoreError):
    sv = "Databasen är skapad av en nyare version av Egenvårdsstöd (schema {found}); uppdatera programmet."
    en = "The database was made by a newer version of Egenvårdsstöd (schema {found}); update the program."


class BackupInvalid(StoreError):
    sv = "Filen {path} är ingen giltig säkerhetskopia från Egenvårdsstöd ({detail})."
    en = "The file {path} is not a valid Egenvårdsstöd backup ({detail})."


class BackupMissing(StoreError):
    sv = "Säkerhetskopian {path} finns inte."
    en = "The backup {path} does not exist."


# --- what the driver says, as kinds (store/database.py `_classify`) ----------------------


class ConstraintError(StoreError):
    """A rule of the schema refused a write; the transaction was rolled back, nothing is damaged.
    `table` and `column` are the schema's names, so a service can tell which rule it was."""

    def __init__(self, table: str = "", column: str = "", **words: str) -> None:
        self.table, self.column = table, column
        super().__init__(**words)


class Duplicate(ConstraintError):
    sv = "Det finns redan {what_sv} med samma {column_sv}; inget sparades."
    en = "There already is {what_en} with the same {column_en}; nothing was saved."


class MissingValue(ConstraintError):
    sv = "Uppgiften {column_sv} saknas för {what_sv}; inget sparades."
    en = "The {column_en} of {what_en} is missing; nothing was saved."


class NotAllowedValue(ConstraintError):
    sv = "Ett värde för {what_sv} är inte tillåtet ({rule}); inget sparades."
    en = "A value of {what_en} is not allowed ({rule}); nothing was saved."


class MissingReference(ConstraintError):
    sv = "{what_sv} hänvisar till en post som inte finns; inget sparades."
    en = "{what_en} refers to a record that does not exist; nothing was saved."


class Refused(StoreError):
    """A protective trigger refused the change (RAISE(ABORT, …)): the data is as it was."""

    sv = "Ändringen nekades: {reason_sv}. Inget har ändrats."
    en = "The change was refused: {reason_en}. Nothing was changed."

    def __init__(self, message: str, reason_sv: str, reason_en: str) -> None:
        self.trigger_message = message
        super().__init__(reason_sv=reason_sv, reason_en=reason_en)


class RecordMissing(StoreError):
    """An update found no row with the record's key: it was removed since it was read."""

    sv = "Posten finns inte längre i databasen (den kan ha tagits bort i ett annat fönster); inget sparades."
    en = "The record is no longer in the database (it may have been removed in another window); nothing was saved."


class UnexpectedStoreError(StoreError):
    """The driver said something we have no kind for. Logged with the driver's text; the user
    is not told to restore, since nothing says the file is damaged."""

    sv = (
        "Ett oväntat fel uppstod i databasen; ändringen sparades inte. "
        "Försök igen, och kontakta support om det upprepas."
    )
    en = "An unexpected database error occurred; the change was not saved. Try again, and contact support if it recurs."


class NotADatabase(StoreError):
    sv = "Filen {path} är ingen Egenvårdsstöd-databas ({detail_sv}). Inget har ändrats; välj rätt fil."
    en = "The file {path} is not an Egenvårdsstöd database ({detail_en}). Nothing was changed; choose the right file."

    def __init__(self, path: object, detail_sv: str, detail_en: str) -> None:
        super().__init__(path=path, detail_sv=detail_sv, detail_en=detail_en)


class KeyFileMismatch(StoreError):
    sv = (
        "Nyckelfilen hör till en annan databas: ingen sida i {path} går att läsa med den. "
        "Inget har ändrats; lägg databasens egen nyckelfil ({key}) bredvid den."
    )
    en = (
        "The key file belongs to another database: no page of {path} can be read with it. "
        "Nothing was changed; put the database's own key file ({key}) beside it."
    )


class KeyFileParameters(StoreError):
    """Argon2 parameters Egenvårdsstöd never writes: refused before Argon2 runs, so a hostile
    key file cannot make us allocate gigabytes or spin for minutes."""

    sv = (
        "Nyckelfilen {path} har ändrade inställningar för lösenfrasen ({detail}); "
        "Egenvårdsstöd skriver aldrig sådana. Den används inte – återställ nyckelfilen från en säkerhetskopia."
    )
    en = (
        "The key file {path} has altered passphrase settings ({detail}); Egenvårdsstöd never writes "
        "such. It is not used – restore the key file from a backup."
    )
