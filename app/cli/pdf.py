"""`egenvard pdf …` and `egenvard verify`: documents from the command line.

pdf plan | intyg | deviation | summary | card | blank | batch | cert, and verify FILE. `verify`
dispatches on the file suffix through `VERIFIERS`, so another module can add a kind of file
(e.g. `VERIFIERS[".egvb"] = …` for exchange bundles) without touching this one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.common import CliError, add_db, db_path, open_ws, out
from app.i18n import pick
from app.reports import seal
from app.services import documents, overview, plan_batch, sealers

P12_PASSWORD_ENV = "EGENVARD_P12_PASSWORD"


def _plan_id(ws, prefix: str) -> str:  # type: ignore[no-untyped-def]
    return documents.resolve(ws, "plans", prefix, "plan", "plan")


def _image(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise CliError(f"Kan inte läsa bildfilen {path}.", f"Cannot read the image file {path}.") from None
    if not data.startswith(b"\x89PNG"):
        raise CliError(f"{path} är inte en PNG-bild.", f"{path} is not a PNG image.")
    return data


def _warn_protected(protected: bool, reveal: bool) -> None:
    """Said before the file is written, on stderr so a script's output stays clean."""
    if not protected:
        return
    if reveal:
        sv = (
            "Varning: personen har skyddad identitet. Dokumentet visar fullständigt personnummer och enhet "
            "(--reveal-protected) och märks ”Skyddad identitet” på varje sida. Hantera det enligt rutinen "
            "för skyddade personuppgifter."
        )
        en = (
            "Warning: the person has protected identity. The document shows the full personal number and "
            "unit (--reveal-protected) and is marked “Skyddad identitet” on every page. Handle it under the "
            "routine for protected personal data."
        )
    else:
        sv = (
            "Varning: personen har skyddad identitet. Dokumentet märks ”Skyddad identitet” på varje sida och "
            "visar varken personnumrets fyra sista siffror eller skola/enhet (--reveal-protected tar med dem). "
            "Hantera det enligt rutinen för skyddade personuppgifter."
        )
        en = (
            "Warning: the person has protected identity. The document is marked “Skyddad identitet” on every "
            "page and shows neither the last four digits of the personal number nor school/unit "
            "(--reveal-protected includes them). Handle it under the routine for protected personal data."
        )
    sys.stderr.write(pick(sv, en) + "\n")


def _written(path: Path) -> None:
    out(pick(f"PDF sparad: {path}", f"PDF saved: {path}"))


def cmd_plan(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        plan_id = _plan_id(ws, args.plan_id)
        _warn_protected(documents.plan_is_protected(ws, plan_id), args.reveal_protected)
        if args.sign:
            doc = documents.seal_plan(
                ws, plan_id, args.version, signer_image=_image(args.signature_image), reveal=args.reveal_protected
            )
            organisation = sealers.own_name(ws)
            documents.write_pdf(Path(args.out), doc.pdf)
            _written(Path(args.out))
            out(
                pick(
                    f"Elektroniskt förseglad av {organisation} (certifikat för {doc.signer}); "
                    f"sparad med planversion {doc.plan_version}.",
                    f"Electronically sealed by {organisation} (certificate of {doc.signer}); "
                    f"stored with plan version {doc.plan_version}.",
                )
            )
            return 0
        data = documents.render_plan_pdf(
            ws, plan_id, args.version, signer_image=_image(args.signature_image), reveal=args.reveal_protected
        )
    _written(documents.write_pdf(Path(args.out), data))
    return 0


def cmd_intyg(args: argparse.Namespace) -> int:
    """The plan's egenvårdsintyg (the one in force, else the latest; or `--intyg ID`)."""
    from app.services import intyg, intyg_documents  # only this command needs them

    with open_ws(args) as ws:
        plan_id = _plan_id(ws, args.plan_id)
        if args.intyg:
            record = intyg.get(ws, documents.resolve(ws, "intyg", args.intyg, "egenvårdsintyg", "egenvårdsintyg"))
            if record.plan_id != plan_id:
                raise CliError(
                    f"Intyget {record.id[:8]} hör inte till planen {plan_id[:8]}.",
                    f"The intyg {record.id[:8]} does not belong to the plan {plan_id[:8]}.",
                )
        else:
            record = intyg_documents.latest_for_plan(ws, plan_id)
        _warn_protected(documents.is_protected(ws, record.person_id), args.reveal_protected)
        if args.sign:
            doc = intyg_documents.seal(ws, record.id, reveal=args.reveal_protected)
            organisation = sealers.own_name(ws)
            documents.write_pdf(Path(args.out), doc.pdf)
            _written(Path(args.out))
            out(
                pick(
                    f"Elektroniskt förseglat av {organisation} (certifikat för {doc.signer}); "
                    f"sparat med planversion {doc.plan_version}.",
                    f"Electronically sealed by {organisation} (certificate of {doc.signer}); "
                    f"stored with plan version {doc.plan_version}.",
                )
            )
            return 0
        data = intyg_documents.render_pdf(ws, record.id, reveal=args.reveal_protected)
    _written(documents.write_pdf(Path(args.out), data))
    return 0


def cmd_deviation(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        ident = documents.resolve(ws, "deviations", args.deviation_id, "avvikelse", "deviation")
        _warn_protected(documents.deviation_is_protected(ws, ident), args.reveal_protected)
        data = documents.render_deviation_pdf(ws, ident, reveal=args.reveal_protected)
    _written(documents.write_pdf(Path(args.out), data))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        ident = documents.resolve(ws, "persons", args.person_id, "person", "person")
        _warn_protected(documents.is_protected(ws, ident), args.reveal_protected)
        data = documents.render_summary_pdf(ws, ident, reveal=args.reveal_protected)
    _written(documents.write_pdf(Path(args.out), data))
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        plan_id = _plan_id(ws, args.plan_id)
        _warn_protected(documents.plan_is_protected(ws, plan_id), args.reveal_protected)
        data = documents.render_card_pdf(ws, plan_id, args.version, reveal=args.reveal_protected)
    _written(documents.write_pdf(Path(args.out), data))
    return 0


def cmd_blank(args: argparse.Namespace) -> int:
    _written(documents.write_pdf(Path(args.out), documents.render_blank_pdf(args.organisation)))
    return 0


def _process_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 64:
        raise argparse.ArgumentTypeError(pick("ett heltal 0–64", "a whole number 0–64"))
    return value


def cmd_batch(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        ids = [_plan_id(ws, p) for p in args.plan_ids] or [r.id for r in overview.current_plans(ws)]

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                sys.stderr.write(f"\r{done}/{total}")
                sys.stderr.flush()

        _warn_protected(any(documents.plan_is_protected(ws, i) for i in ids), args.reveal_protected)
        result = plan_batch.render_many(
            ws,
            ids,
            Path(args.out_dir),
            seal_signed=args.sign,
            progress=progress,
            reveal=args.reveal_protected,
            processes=args.processes,
        )
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    out(
        pick(
            f"{len(result.written)} av {result.total} PDF sparade i {args.out_dir}.",
            f"{len(result.written)} of {result.total} PDFs saved in {args.out_dir}.",
        )
    )
    for plan_id, message in result.failed:
        sys.stderr.write(f"{plan_id}: {message}\n")
    return 1 if result.failed else 0


def _describe(info: seal.CertificateInfo) -> None:
    kind = pick("självutfärdat", "self-signed") if info.self_signed else pick("utfärdat av annan", "issued")
    out(
        pick(
            f"Certifikat: {info.subject}, {info.organisation} ({kind})",
            f"Certificate: {info.subject}, {info.organisation} ({kind})",
        )
    )
    out(pick(f"Giltigt till: {info.not_after:%Y-%m-%d}", f"Valid until: {info.not_after:%Y-%m-%d}"))
    out(pick(f"Fingeravtryck (SHA-256): {info.short_fingerprint}", f"Fingerprint (SHA-256): {info.short_fingerprint}"))


def cmd_cert_show(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        info = documents.credential(ws)
    if info is None:
        out(
            pick(
                "Inget förseglingscertifikat ännu; det skapas vid första förseglingen.",
                "No sealing certificate yet; one is created at the first seal.",
            )
        )
        return 0
    _describe(info)
    return 0


def cmd_cert_create(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        info = documents.create_credential(ws)
    _describe(info)
    return 0


def cmd_cert_import(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError:
        raise CliError(f"Kan inte läsa {args.file}.", f"Cannot read {args.file}.") from None
    password = os.environ.get(P12_PASSWORD_ENV)
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(
                f"Inget lösenord för certifikatfilen: ange det i {P12_PASSWORD_ENV}.",
                f"No password for the certificate file: set {P12_PASSWORD_ENV}.",
            )
        password = getpass.getpass(pick("Certifikatfilens lösenord: ", "Certificate file password: "))
    with open_ws(args) as ws:
        info = documents.import_credential(ws, data, password)
    _describe(info)
    return 0


# --- verify ----------------------------------------------------------------------------------


# Exit codes of `verify FILE.pdf` besides 0 (intact, known sealer) and 1 (altered, not sealed,
# not a PDF, or any other error): a script can tell "not trusted" from "changed afterwards".
EXIT_NOT_TRUSTED = 3
EXIT_UPDATED = 4

_CHANGES = {
    seal.ChangeKind.VALIDATION_DATA: (
        "bara valideringsdata; innehållet är oförändrat",
        "only validation data; the content is unchanged",
    ),
    seal.ChangeKind.FORM_FILLING: (
        "formulärfält har fyllts i eller signaturfält lagts till",
        "form fields were filled in or signature fields added",
    ),
    seal.ChangeKind.ANNOTATIONS: (
        "kommentarer eller andra anteckningar har lagts till",
        "comments or other annotations were added",
    ),
    seal.ChangeKind.OTHER: (
        "andra ändringar; innehållet kan ha ändrats",
        "other changes; the content may have changed",
    ),
}


def change_text(kind: seal.ChangeKind | None) -> tuple[str, str]:
    return _CHANGES[kind or seal.ChangeKind.OTHER]


def _check(path: Path, args: argparse.Namespace) -> tuple[seal.SealCheck, Path | None]:
    """The verdict, asking the database about the sealer only when the seal is intact: a file
    that is not sealed or altered needs no passphrase. Returns the database consulted, if any."""
    data = documents.read_pdf(path)
    check = sealers.check(None, data)
    if check.state not in (seal.SealState.UNKNOWN, seal.SealState.UPDATED):
        return check, None
    db = db_path(args)
    if not db.exists():
        return check, None
    with open_ws(args) as ws:
        return sealers.check(ws, data), db


def _certificate_lines(check: seal.SealCheck) -> None:
    assert check.certificate is not None
    claimed = ", ".join(x for x in (check.signer, check.organisation) if x) or "–"
    fp = check.certificate.short_fingerprint
    out(pick(f"Certifikatet uppger: {claimed}", f"The certificate claims: {claimed}"))
    out(pick(f"Certifikatets fingeravtryck (SHA-256): {fp}", f"Certificate fingerprint (SHA-256): {fp}"))
    if check.signed_at:
        when = f"{check.signed_at:%Y-%m-%d %H:%M} UTC"
        out(pick(f"Förseglat: {when}", f"Sealed: {when}"))


def _unknown_lines(db: Path | None) -> None:
    if db is None:
        out(
            pick(
                "Ingen databas att jämföra med (ange --db): certifikatet kunde inte jämföras med kända förseglare.",
                "No database to compare with (give --db): the certificate was not compared with known sealers.",
            )
        )
    else:
        out(
            pick(
                "Certifikatet är varken organisationens eget eller från en betrodd partner. Namnet i ett "
                "certifikat kan vem som helst skriva.",
                "The certificate is neither the organisation's own nor from a trusted partner. Anyone can "
                "write any name into a certificate.",
            )
        )


def verify_pdf_file(path: Path, args: argparse.Namespace | None = None) -> int:
    check, db = _check(path, args or argparse.Namespace(db=None))
    if check.state is seal.SealState.KNOWN:
        out(
            pick(
                f"Förseglingen är intakt: dokumentet är oförändrat sedan det förseglades av {check.sealer} "
                "(känd förseglare).",
                f"The seal is intact: the document is unchanged since it was sealed by {check.sealer} "
                "(a known sealer).",
            )
        )
        _certificate_lines(check)
        return 0
    if check.state is seal.SealState.UNKNOWN:
        out(
            pick(
                "Förseglingen är intakt, men förseglaren är okänd och inte betrodd.",
                "The seal is intact, but the sealer is unknown and not trusted.",
            )
        )
        _certificate_lines(check)
        _unknown_lines(db)
        return EXIT_NOT_TRUSTED
    if check.state is seal.SealState.UPDATED:
        sv, en = change_text(check.change)
        who_sv = f"{check.sealer} (känd förseglare)" if check.sealer else "en okänd, inte betrodd förseglare"
        who_en = f"{check.sealer} (a known sealer)" if check.sealer else "an unknown, untrusted sealer"
        out(
            pick(
                f"Filen har ändrats efter förseglingen genom en tillagd uppdatering: {sv}. Förseglingen av "
                f"{who_sv} gäller bara versionen före ändringen.",
                f"The file was changed after sealing by an incremental update: {en}. The seal by {who_en} "
                "only covers the version before the change.",
            )
        )
        _certificate_lines(check)
        return EXIT_UPDATED
    if check.state is seal.SealState.ALTERED:
        raise CliError(
            "Dokumentet har ändrats efter förseglingen; förseglingen är inte giltig.",
            "The document was changed after it was sealed; the seal is not valid.",
        )
    if check.state is seal.SealState.UNSIGNED:
        raise CliError(
            "Filen har ingen elektronisk försegling och kan inte kontrolleras.",
            "The file has no electronic seal and cannot be checked.",
        )
    raise CliError("Filen är inte en läsbar PDF.", "The file is not a readable PDF.")


VERIFIERS: dict[str, Callable[[Path], int]] = {".pdf": verify_pdf_file}


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Filen finns inte: {path}", f"The file does not exist: {path}")
    verifier = VERIFIERS.get(path.suffix.lower())
    if verifier is None:
        known = ", ".join(sorted(VERIFIERS))
        raise CliError(
            f"Kan inte kontrollera filer av typen ”{path.suffix}” (kända typer: {known}).",
            f"Cannot check files of type “{path.suffix}” (known types: {known}).",
        )
    try:
        if verifier is verify_pdf_file:  # the PDF verdict asks the database (--db) about the sealer
            return verify_pdf_file(path, args)
        return verifier(path)
    except OSError:
        raise CliError(f"Kan inte läsa filen {path}.", f"Cannot read the file {path}.") from None


def _add_reveal(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--reveal-protected",
        action="store_true",
        help=pick(
            "skyddad identitet: skriv ut fullständigt personnummer och skola/enhet",
            "protected identity: print the full personal number and school/unit",
        ),
    )


def register(sub: argparse._SubParsersAction) -> None:
    pdf = sub.add_parser("pdf", help=pick("skriv ut dokument som PDF", "documents as PDF"))
    kinds = pdf.add_subparsers(dest="kind", required=True, metavar="DOKUMENT")

    p = kinds.add_parser("plan", help=pick("egenvårdsplanen (blanketten)", "the plan form"))
    p.add_argument("plan_id", metavar="PLAN_ID", help=pick("plan-id eller början av det", "plan id or a prefix"))
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--version", type=int, default=None, help=pick("planversion (standard: senaste)", "plan version"))
    p.add_argument(
        "--sign",
        action="store_true",
        help=pick("försegla elektroniskt och spara med planversionen", "seal and store with the version"),
    )
    p.add_argument("--signature-image", metavar="PNG", help=pick("ritad namnteckning", "drawn signature"))
    _add_reveal(p)
    p.set_defaults(func=cmd_plan)

    p = kinds.add_parser("intyg", help=pick("planens egenvårdsintyg", "the plan's egenvårdsintyg"))
    p.add_argument("plan_id", metavar="PLAN_ID", help=pick("plan-id eller början av det", "plan id or a prefix"))
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--intyg", metavar="ID", help=pick("ett visst intyg (standard: det som gäller)", "a given intyg"))
    p.add_argument(
        "--sign",
        action="store_true",
        help=pick("försegla elektroniskt och spara med planversionen", "seal and store with the version"),
    )
    _add_reveal(p)
    p.set_defaults(func=cmd_intyg)

    p = kinds.add_parser("deviation", help=pick("avvikelserapport", "deviation report"))
    p.add_argument("deviation_id", metavar="ID")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    _add_reveal(p)
    p.set_defaults(func=cmd_deviation)

    p = kinds.add_parser("summary", help=pick("sammanställning för en person", "summary for a person"))
    p.add_argument("person_id", metavar="PERSON_ID")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    _add_reveal(p)
    p.set_defaults(func=cmd_summary)

    p = kinds.add_parser("card", help=pick("akutkort för utföraren", "emergency card for the performer"))
    p.add_argument("plan_id", metavar="PLAN_ID")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--version", type=int, default=None)
    _add_reveal(p)
    p.set_defaults(func=cmd_card)

    p = kinds.add_parser("blank", help=pick("tom blankett för pappersreserv", "blank paper form"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--organisation", default="", help=pick("organisationens namn på blanketten", "organisation"))
    p.set_defaults(func=cmd_blank)

    p = kinds.add_parser("batch", help=pick("många planer på en gång", "many plans at once"))
    p.add_argument("plan_ids", nargs="*", metavar="PLAN_ID", help=pick("standard: alla planer", "default: all"))
    add_db(p)
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--sign", action="store_true", help=pick("försegla signerade planer", "seal signed plans"))
    p.add_argument(
        "--processes",
        type=_process_count,
        metavar="N",
        help=pick(
            "processer som skapar PDF:erna (standard: efter antal planer och kärnor; 0: ingen extra)",
            "processes making the PDFs (default: by the number of plans and cores; 0: none extra)",
        ),
    )
    _add_reveal(p)
    p.set_defaults(func=cmd_batch)

    cert = kinds.add_parser("cert", help=pick("förseglingscertifikat", "sealing certificate"))
    actions = cert.add_subparsers(dest="action", required=True)
    p = actions.add_parser("show", help=pick("visa certifikatet", "show the certificate"))
    add_db(p)
    p.set_defaults(func=cmd_cert_show)
    p = actions.add_parser("create", help=pick("skapa nytt självutfärdat certifikat", "create a self-signed one"))
    add_db(p)
    p.set_defaults(func=cmd_cert_create)
    p = actions.add_parser("import", help=pick("importera PKCS#12 (.p12/.pfx)", "import PKCS#12"))
    p.add_argument("file", metavar="FILE")
    add_db(p)
    p.set_defaults(func=cmd_cert_import)

    p = sub.add_parser("verify", help=pick("kontrollera en förseglad fil", "check a sealed file"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_verify)
