"""Every way a bundle or identity file can be refused, each with its own sentence.

Messages never contain a personnummer, a passphrase or a key; names of people only where
the user must act on them (who lacks consent).
"""

from __future__ import annotations

from app.errors import UserError


class ExchangeError(UserError):
    """Base of every refusal in app.exchange; nothing was written when one is raised."""


class EmptyFile(ExchangeError):
    sv = "Filen {path} är tom; den är inte ett utbytespaket."
    en = "The file {path} is empty; it is not an exchange bundle."


class NotABundle(ExchangeError):
    """`detail` is a (Swedish, English) pair: the window shows one language, never both."""

    sv = "Filen {path} är inte ett utbytespaket från Egenvårdsstöd ({detail_sv})."
    en = "The file {path} is not an Egenvårdsstöd exchange bundle ({detail_en})."

    def __init__(self, *, path: object, detail: tuple[str, str]) -> None:
        super().__init__(path=path, detail_sv=detail[0], detail_en=detail[1])


class TruncatedBundle(ExchangeError):
    sv = "Utbytespaketet {path} är ofullständigt (filen är avkortad); be avsändaren skicka det igen."
    en = "The exchange bundle {path} is incomplete (the file is truncated); ask the sender to send it again."


class DamagedBundle(ExchangeError):
    sv = "Utbytespaketet {path} är skadat eller har ändrats efter att det krypterades; inget har importerats."
    en = "The exchange bundle {path} is damaged or was altered after it was encrypted; nothing was imported."


class PassphraseNeeded(ExchangeError):
    sv = "Utbytespaketet är skyddat med en lösenfras; ange den (t.ex. med --passphrase-env)."
    en = "The exchange bundle is protected by a passphrase; give it (e.g. with --passphrase-env)."


class WrongBundlePassphrase(ExchangeError):
    sv = "Fel lösenfras för utbytespaketet."
    en = "Wrong passphrase for the exchange bundle."


class NotForUs(ExchangeError):
    sv = (
        "Utbytespaketet är krypterat till en annan mottagare än {name} (eller så är dess huvud skadat); "
        "det kan inte öppnas här."
    )
    en = (
        "The exchange bundle is encrypted to a recipient other than {name} (or its header is damaged); "
        "it cannot be opened here."
    )


class KeyNeeded(ExchangeError):
    sv = "Utbytespaketet är krypterat till en organisations nyckel; ange databasen (--db) för att öppna det."
    en = "The exchange bundle is encrypted to an organisation's key; give the database (--db) to open it."


class UnsafeMember(ExchangeError):
    sv = "Utbytespaketet innehåller en otillåten sökväg ({member}); det har avvisats."
    en = "The exchange bundle contains a forbidden path ({member}); it was rejected."


class ZipBomb(ExchangeError):
    sv = "Utbytespaketet är orimligt stort när det packas upp ({detail_sv}); det har avvisats."
    en = "The exchange bundle is unreasonably large when unpacked ({detail_en}); it was rejected."

    def __init__(self, *, detail: str | tuple[str, str]) -> None:
        """`detail` is one text when it has no words (sizes, names), else a (Swedish, English) pair."""
        sv, en = (detail, detail) if isinstance(detail, str) else detail
        super().__init__(detail_sv=sv, detail_en=en)


class BadSignature(ExchangeError):
    sv = "Utbytespaketets signatur stämmer inte: innehållsförteckningen har ändrats efter signeringen."
    en = "The exchange bundle's signature does not match: the manifest was changed after it was signed."


class UnknownSender(ExchangeError):
    sv = (
        "Avsändaren {name} (fingeravtryck {fingerprint}) är okänd. Importera avsändarens identitetsfil och "
        "jämför fingeravtrycket per telefon innan du litar på den."
    )
    en = (
        "The sender {name} (fingerprint {fingerprint}) is unknown. Import the sender's identity file and "
        "compare the fingerprint by phone before trusting it."
    )


class UntrustedSender(ExchangeError):
    sv = (
        "Avsändaren {name} (fingeravtryck {fingerprint}) är känd men inte betrodd; markera den som betrodd "
        "när fingeravtrycket är kontrollerat."
    )
    en = (
        "The sender {name} (fingerprint {fingerprint}) is known but not trusted; mark it as trusted once the "
        "fingerprint has been checked."
    )


class KeyMismatch(ExchangeError):
    sv = "Avsändaren {name} signerar med en annan nyckel än den som är sparad; paketet har avvisats."
    en = "The sender {name} signs with a different key than the one on record; the bundle was rejected."


class HashMismatch(ExchangeError):
    sv = "Delen {member} i utbytespaketet stämmer inte med innehållsförteckningen (SHA-256); den har ändrats."
    en = "The member {member} of the exchange bundle does not match the manifest (SHA-256); it was altered."


class MemberNotInManifest(ExchangeError):
    sv = "Utbytespaketet innehåller delen {member} som inte står i innehållsförteckningen; det har avvisats."
    en = "The exchange bundle contains the member {member}, which is not in the manifest; it was rejected."


class MemberMissing(ExchangeError):
    sv = "Delen {member} står i innehållsförteckningen men saknas i utbytespaketet."
    en = "The member {member} is listed in the manifest but missing from the exchange bundle."


class InvalidFhir(ExchangeError):
    sv = "Utbytespaketets FHIR-innehåll är ogiltigt ({detail}); inget har importerats."
    en = "The exchange bundle's FHIR content is invalid ({detail}); nothing was imported."


class InvalidIdentityFile(ExchangeError):
    sv = "Filen {path} är inte en giltig identitetsfil från Egenvårdsstöd ({detail})."
    en = "The file {path} is not a valid Egenvårdsstöd identity file ({detail})."


class MissingConsent(ExchangeError):
    sv = "Exporten avbröts: samtycke saknas för {names}. Registrera samtycke (kopia med samtycke eller SIP) först."
    en = (
        "The export was refused: no consent is recorded for {names}. "
        "Record consent (a copy with consent or a SIP) first."
    )


class NothingToExport(ExchangeError):
    sv = "Det finns inget att exportera."
    en = "There is nothing to export."


class OwnBundle(ExchangeError):
    sv = "Utbytespaketet är skapat av den här organisationen själv; det importeras inte."
    en = "The exchange bundle was made by this organisation itself; it is not imported."


class BadWorkFactor(ExchangeError):
    sv = (
        "Utbytespaketets lösenfrasskydd kräver orimligt mycket minne (arbetsfaktor {log_n}, högst {max_log_n} "
        "tillåts); det har avvisats utan att öppnas."
    )
    en = (
        "The exchange bundle's passphrase protection demands an unreasonable amount of memory (work factor "
        "{log_n}, at most {max_log_n} allowed); it was rejected unopened."
    )


class NestedManifest(ExchangeError):
    sv = (
        "Utbytespaketets innehållsförteckning är nästlad djupare än {depth} nivåer, vilket ingen "
        "innehållsförteckning från Egenvårdsstöd är; paketet har avvisats."
    )
    en = (
        "The exchange bundle's manifest is nested deeper than {depth} levels, which no Egenvårdsstöd manifest "
        "is; the bundle was rejected."
    )


class TooComplex(ExchangeError):
    sv = "Utbytespaketets FHIR-innehåll överskrider en gräns ({detail}); det har avvisats utan att läsas vidare."
    en = "The exchange bundle's FHIR content exceeds a limit ({detail}); it was rejected without reading further."


class MissingElement(InvalidFhir):
    sv = (
        "Utbytespaketet saknar elementet {element} för {record}; det krävs för att posten ska kunna sparas. "
        "Inget har importerats."
    )
    en = (
        "The exchange bundle lacks the element {element} for {record}; the record cannot be stored without it. "
        "Nothing was imported."
    )


class RuleBroken(ExchangeError):
    sv = "Utbytespaketet avvisades: {record} bryter mot regeln ”{rule}”. Inget har importerats."
    en = "The exchange bundle was rejected: {record} breaks the rule “{rule}”. Nothing was imported."
