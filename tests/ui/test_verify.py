"""`verify` in the window: Arkiv → Kontrollera förseglad PDF… gives the same one answer as the
command line, checked on the worker, naming the sealer from our records."""

from __future__ import annotations

from pathlib import Path

from app.services import documents
from app.services.documents import SealState
from app.ui.printing.verify import VerifyDialog
from tests.factories import ME, forged_reseal, incremental_update, person, signed_plan


def _answer(qtbot, dialog: VerifyDialog) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.check is not None or dialog.error.isVisibleTo(dialog), timeout=20000)
    return dialog.answer.text() if dialog.check is not None else dialog.error.text()


def test_verify_a_file_from_the_menu(qtbot, main, ws, tmp_path: Path, monkeypatch) -> None:
    plan = signed_plan(ws, person(ws, "19121212-1212").id, 100)
    sealed = tmp_path / "plan.pdf"
    sealed.write_bytes(documents.seal_plan(ws, plan.id).pdf)
    action = next(a for a in main.findChildren(type(main.lock_action)) if a.text() == "&Kontrollera förseglad PDF…")

    from app.ui import common

    monkeypatch.setattr(common, "open_file", lambda *_a: str(sealed))
    action.trigger()
    dialog = main.dialogs()[-1]
    assert isinstance(dialog, VerifyDialog)
    assert _answer(qtbot, dialog) == (
        f"Förseglingen är intakt: oförändrad sedan den förseglades av {ME.organisation} (känd förseglare)."
    )
    assert dialog.check.state is SealState.KNOWN and "fingeravtryck" in dialog.details.text()
    dialog.grab().save(str(tmp_path / "verify-known.png"))

    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forged_reseal(documents.render_blank_pdf(ME.organisation), ME.name, ME.organisation))
    dialog = main.verify_pdf(str(forged))
    assert _answer(qtbot, dialog) == (
        "VARNING: förseglingen är intakt, men förseglaren är okänd och inte betrodd "
        f"(certifikatet uppger ”{ME.name}, {ME.organisation}”, vilket vem som helst kan skriva)."
    )
    dialog.grab().save(str(tmp_path / "verify-unknown.png"))

    updated = tmp_path / "updated.pdf"
    updated.write_bytes(incremental_update(sealed.read_bytes(), "form"))
    dialog = main.verify_pdf(str(updated))
    assert _answer(qtbot, dialog) == (
        "VARNING: filen har ändrats efter förseglingen genom en tillagd uppdatering: formulärfält har fyllts i "
        f"eller signaturfält lagts till. Förseglingen av {ME.organisation} gäller bara versionen före ändringen."
    )

    for name, content, expected in (
        ("tom.pdf", b"", "Filen är inte en läsbar PDF."),
        (
            "plain.pdf",
            documents.render_blank_pdf(),
            "Filen har ingen elektronisk försegling och kan inte kontrolleras.",
        ),
    ):
        (tmp_path / name).write_bytes(content)
        assert _answer(qtbot, main.verify_pdf(str(tmp_path / name))) == expected
    assert (
        _answer(qtbot, main.verify_pdf(str(tmp_path / "saknas.pdf"))) == f"Filen finns inte: {tmp_path / 'saknas.pdf'}"
    )
