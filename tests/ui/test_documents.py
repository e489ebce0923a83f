"""Documents from the desktop client, through the real widgets, worker and encrypted database:
the electronic seal with drawn signatures, the emergency card, the person summary, the deviation
report, the blank form, printing many plans to a folder (and cancelling it), and the sealing
certificate in Inställningar. Only file and question dialogs are answered by monkeypatch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton

from app.models.plan import PlanStatus
from app.reports import seal
from app.services import cases, documents, persons, plans, sealers
from app.ui.deviations.dialog import DeviationDialog
from app.ui.plans import batch
from app.ui.plans.view import TABS
from app.ui.printing import PdfDialog, open_blank_form
from app.ui.printing import dialog as printing_dialog
from app.ui.printing.seal_dialog import SealDialog
from app.ui.settings import view as settings_view
from tests.factories import ME, number, person, signed_plan
from tests.pdfs import pdf_text
from tests.ui.helpers import draw_signature, unnamed_inputs


def _open(qtbot, main, plan_id: str):  # type: ignore[no-untyped-def]
    dialog = main.open_plan(plan_id)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10000)
    return dialog


def _preview(qtbot, owner, previous: object = None) -> PdfDialog:  # type: ignore[no-untyped-def]
    """The preview `owner` opened next (after `previous`), once its pages are loaded."""

    def opened() -> bool:
        shown = getattr(owner, "last_dialog", None)
        return isinstance(shown, PdfDialog) and shown is not previous and shown.page_count() > 0

    qtbot.waitUntil(opened, timeout=20000)
    return owner.last_dialog


def test_seal_from_plan_dialog_stores_a_verifying_pdf_with_drawn_signature(
    qtbot, main, ws, tmp_path, monkeypatch, qtmodeltester
):
    p = person(ws, number(20))
    plan = signed_plan(ws, p.id, 100)
    dialog = _open(qtbot, main, plan.id)
    assert dialog.buttons["seal"].isEnabled()
    dialog.do_seal()
    sealer = dialog.last_dialog
    assert isinstance(sealer, SealDialog)
    qtbot.waitUntil(sealer.seal_button.isEnabled, timeout=10000)  # the service said: sealable
    # The organisation seals; the signer of the plan is someone else on the form.
    qtbot.waitUntil(lambda: "Förseglas av organisationen" in sealer.certificate.text(), timeout=10000)
    assert f"organisationen {ME.organisation}." in sealer.certificate.text()
    sealer.grab().save(str(tmp_path / "seal-dialog.png"))
    assert "inte en juridisk underskrift" in " ".join(w.text() for w in sealer.findChildren(type(sealer.wet_note)))
    draw_signature(sealer.signer_pad)
    assert not sealer.signer_pad.is_empty and sealer.person_pad.is_empty
    with qtbot.waitSignal(sealer.sealed, timeout=30000) as sig:
        sealer.seal_button.click()
    doc = sig.args[0]
    check = sealers.check(ws, doc.pdf)
    assert check.ok and check.signer == ME.name and check.organisation == ME.organisation
    assert doc.pdf.count(b"/Subtype /Image") >= 1  # the drawn signature is on the sealed form
    assert [d.id for d in documents.sealed_documents(ws, plan.id)] == [doc.id]
    assert documents.sealed_pdf(ws, plan.id).pdf == doc.pdf

    shown = _preview(qtbot, dialog)
    assert shown.data == doc.pdf and f"Förseglad av {ME.organisation}." in shown.note.text()
    assert shown.preview.print_action.isEnabled()
    monkeypatch.setattr(printing_dialog, "choose_save_path", lambda *_a: str(tmp_path / "kopia"))
    with qtbot.waitSignal(shown.saved, timeout=10000) as saved:
        shown.save_action.trigger()
    assert saved.args[0] == tmp_path / "kopia.pdf"
    assert (tmp_path / "kopia.pdf").read_bytes() == doc.pdf and sealers.check(ws, doc.pdf).ok
    shown.close()

    # The stored PDF is listed with the plan and opens again, with its seal checked.
    qtbot.waitUntil(lambda: dialog.sealed.rowCount() == 1, timeout=10000)
    qtmodeltester.check(dialog.sealed)
    assert dialog.sealed.record(0).id == doc.id and dialog.open_sealed_button.isEnabled()
    dialog.tabs.setCurrentIndex(TABS["documents"])
    dialog.open_sealed_button.click()
    again = _preview(qtbot, dialog, shown)
    assert again.data == doc.pdf and again.note.text() == (
        f"Förseglingen är intakt: oförändrad sedan den förseglades av {ME.organisation} (känd förseglare). "
        f"Planversion {doc.plan_version}."
    )


def test_sealing_a_draft_is_refused_with_the_service_message(qtbot, main, ws):
    p = person(ws, number(21))
    signed = signed_plan(ws, p.id, 100)
    plans.edit_plan(ws, signed, on_change="Ring MAS")  # version 2, a draft
    dialog = _open(qtbot, main, signed.id)
    assert dialog.record.plan.status is PlanStatus.DRAFT and dialog.version.currentData() == 2
    dialog.do_seal()
    sealer = dialog.last_dialog
    qtbot.waitUntil(lambda: sealer.error.isVisibleTo(sealer), timeout=10000)
    assert "Planen är ett utkast. Signera planen innan den förseglas." in sealer.error.text()
    assert not sealer.seal_button.isEnabled() and not sealer.signer_pad.isEnabled()
    sealer.seal()  # nothing happens, nothing crashes
    main._db.wait_idle()
    assert documents.sealed_documents(ws, signed.id) == []
    sealer.close()

    # The signed version 1 of the same plan can be sealed.
    dialog.version.setCurrentIndex(dialog.version.findData(1))
    dialog.do_seal()
    first = dialog.last_dialog
    qtbot.waitUntil(first.seal_button.isEnabled, timeout=10000)
    assert not first.error.isVisibleTo(first)
    with qtbot.waitSignal(first.sealed, timeout=30000) as sig:
        first.seal()
    assert sig.args[0].plan_version == 1 and sealers.check(ws, sig.args[0].pdf).ok


def test_card_summary_deviation_report_and_blank_form_open_previews(qtbot, main, ws):
    p = person(ws, number(22))
    plan = signed_plan(ws, p.id, 100)
    dialog = _open(qtbot, main, plan.id)
    dialog.buttons["card"].click()
    card = _preview(qtbot, dialog)
    assert card.windowTitle() == "Akutkort" and card.file_name == f"akutkort-{plan.id[:8]}-v1.pdf"
    assert card.data.startswith(b"%PDF-") and card.page_count() == 1

    dialog.buttons["print"].click()
    form = _preview(qtbot, dialog, card)
    assert form.page_count() >= 1 and form.data.startswith(b"%PDF-")

    main.open_person(p.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=10000)
    main.person.summary_button.click()
    summary = _preview(qtbot, main.person)
    assert summary.page_count() >= 1 and summary.file_name == f"sammanstallning-{p.id[:8]}.pdf"
    assert "Tolvan" not in summary.file_name  # no names in file names

    occurred = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    dev = cases.report_deviation(ws, p.id, occurred, "Hemmet", "Dosen gavs inte", "Eva Lind", plan_id=plan.id)
    new = DeviationDialog(main._db, p, None, [plan], parent=main)
    qtbot.addWidget(new)
    assert not new.report_button.isEnabled()  # the report shows what is saved
    edit = DeviationDialog(main._db, p, dev, [plan], parent=main)
    qtbot.addWidget(edit)
    edit.show()
    edit.report_button.click()
    report = _preview(qtbot, edit)
    assert report.page_count() >= 1 and report.file_name == f"avvikelse-{dev.id[:8]}.pdf"

    before = {id(d) for d in main.findChildren(PdfDialog)}
    open_blank_form(main._db, main)
    qtbot.waitUntil(lambda: any(id(d) not in before for d in main.findChildren(PdfDialog)), timeout=20000)
    blank = next(d for d in main.findChildren(PdfDialog) if id(d) not in before)
    qtbot.waitUntil(lambda: blank.page_count() == 2, timeout=10000)
    assert blank.windowTitle() == "Tom blankett – egenvårdsplan"


def test_protected_identity_asks_before_any_document(qtbot, main, ws, answers):
    p = person(ws, number(23), "Hemlig", "Person", protected_identity=True)
    plan = signed_plan(ws, p.id, 100)
    dialog = _open(qtbot, main, plan.id)
    answers.yes = False
    for key in ("print", "card", "seal"):
        dialog.buttons[key].click()
    main._db.wait_idle()
    assert len(answers.asked) == 3 and all("skyddad identitet" in q for q in answers.asked)
    assert not hasattr(dialog, "last_dialog")  # nothing was rendered or opened
    answers.yes = True
    dialog.buttons["card"].click()
    assert _preview(qtbot, dialog).page_count() == 1


def test_protected_preview_offers_the_full_details(qtbot, main, ws, answers, tmp_path):
    p = person(ws, number(24), "Hemlig", "Person", protected_identity=True)
    plan = signed_plan(ws, p.id, 100)
    full = p.number.formatted
    dialog = _open(qtbot, main, plan.id)
    dialog.buttons["card"].click()
    preview = _preview(qtbot, dialog)
    assert preview.reveal_box.isVisibleTo(preview) and not preview.reveal_box.isChecked()
    masked = preview.data
    (tmp_path / "masked.pdf").write_bytes(masked)
    preview.reveal_box.setChecked(True)
    qtbot.waitUntil(lambda: preview.data != masked and preview.reveal_box.isEnabled(), timeout=20000)
    (tmp_path / "full.pdf").write_bytes(preview.data)
    assert full not in pdf_text(tmp_path / "masked.pdf") and full in pdf_text(tmp_path / "full.pdf")
    plain = signed_plan(ws, person(ws, number(25)).id, 100)
    other = _open(qtbot, main, plain.id)
    other.buttons["card"].click()
    assert not _preview(qtbot, other).reveal_box.isVisibleTo(other.last_dialog)


def _plans_page(qtbot, main, count: int):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == count, timeout=10000)
    return view


def test_batch_writes_the_listed_plans_and_seals_the_signed(qtbot, main, ws, tmp_path, monkeypatch):
    ids = [signed_plan(ws, person(ws, number(30 + i), f"Anna{i}", "Berg").id, 100).id for i in range(3)]
    draft_owner = person(ws, number(33), "Bo", "Ek")
    plans.edit_plan(ws, signed_plan(ws, draft_owner.id, 100), on_change="Ring MAS")  # now a draft
    view = _plans_page(qtbot, main, 4)
    monkeypatch.setattr(batch, "choose_folder", lambda *_a: str(tmp_path / "ut"))
    dialog = view.print_many()
    assert dialog.all_radio.isChecked() and not dialog.selected_radio.isEnabled()
    dialog.browse()
    assert dialog.folder.text() == str(tmp_path / "ut")
    dialog.seal_check.setChecked(True)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as sig:
        dialog.start_button.click()
    result = sig.args[0]
    assert len(result.written) == 4 and not result.failed and not result.cancelled and len(result.stored) == 3
    files = sorted((tmp_path / "ut").glob("*.pdf"))
    assert len(files) == 4
    checks = [sealers.check(ws, f.read_bytes()) for f in files]
    assert sum(c.ok for c in checks) == 3  # the draft is printed as UTKAST, not sealed
    assert {documents.sealed_documents(ws, i)[0].plan_id for i in ids} == set(ids)
    assert dialog.pages.currentIndex() == 1 and dialog.progress is None
    assert "4 av 4 planer skrevs" in dialog.summary_text() and "3 signerade planer förseglades" in dialog.summary_text()
    assert not dialog.failures.isVisibleTo(dialog)
    dialog.close()

    # The filter is respected, and marked rows can be chosen instead.
    view.filter.setText("Anna")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10000)
    sel = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        sel.select(view.model.index(row, 0), flags)
    second = view.print_many()
    assert second.selected_radio.isChecked() and second.chosen_ids() == [view.model.row_id(0), view.model.row_id(2)]
    second.folder.setText(str(tmp_path / "markerade"))
    with qtbot.waitSignal(second.finished_batch, timeout=60000) as sig:
        second.start()
    assert len(sig.args[0].written) == 2 and len(list((tmp_path / "markerade").glob("*.pdf"))) == 2
    second.all_radio.setChecked(True)
    assert len(second.chosen_ids()) == 3

    # A plan that cannot be written is named in the summary with the reason; the rest is written.
    third = batch.BatchDialog(main._db, [ids[0], "0000dead-0000"], [], view)
    qtbot.addWidget(third)
    third.folder.setText(str(tmp_path / "med-fel"))
    with qtbot.waitSignal(third.finished_batch, timeout=60000) as sig:
        third.start()
    assert len(sig.args[0].written) == 1 and [f[0] for f in sig.args[0].failed] == ["0000dead-0000"]
    assert third.summary_heading.text() == "Klart, med fel" and third.failures.isVisibleTo(third)
    assert "0000dead: Hittade ingen plan med id 0000dead-0000." in third.failures.toPlainText()


def test_batch_cancel_stops_and_keeps_the_written_files(qtbot, main, ws, tmp_path):
    for i in range(16):
        signed_plan(ws, person(ws, number(40 + i)).id, 100)
    view = _plans_page(qtbot, main, 16)
    dialog = view.print_many()
    dialog.folder.setText(str(tmp_path / "avbrutet"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 2, timeout=30000)
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 16
    cancel = dialog.progress.findChild(QPushButton)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as sig:
        cancel.click()  # Avbryt, as the user presses it
    result = sig.args[0]
    assert result.cancelled and 2 <= len(result.written) < 16
    files = list((tmp_path / "avbrutet").glob("*.pdf"))
    assert len(files) == len(result.written) and all(f.read_bytes().startswith(b"%PDF-") for f in files)
    text = dialog.summary_text()
    assert "Avbrutet" in text and f"{len(result.written)} av 16 planer skrevs" in text and "finns kvar" in text


def test_the_lists_are_answered_while_a_batch_runs(qtbot, main, ws, tmp_path):
    """The batch goes to the worker in jobs of batch._JOB plans: a read asked for meanwhile (a
    list scrolled, a search) is answered after the job under way, not after the whole batch."""
    total = 4 * batch._JOB + 3  # five jobs
    for i in range(total):
        signed_plan(ws, person(ws, number(80 + i), "Lista", f"Svar{i}").id, 100)
    view = _plans_page(qtbot, main, total)
    dialog = view.print_many()
    dialog.folder.setText(str(tmp_path / "många"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 1, timeout=30000)
    seen: list[tuple[int, bool, int]] = []
    main._db.call(
        persons.search,
        "Lista",
        on_done=lambda found: seen.append((len(found), dialog.result is None, len(dialog._batch.parts))),
        owner=main,
    )
    with qtbot.waitSignal(dialog.finished_batch, timeout=120000) as sig:
        pass
    # Answered between two jobs, long before the batch ended (which job depends on how soon
    # this thread saw the first progress step).
    assert len(seen) == 1 and seen[0][:2] == (total, True) and 1 <= seen[0][2] <= 3
    result = sig.args[0]
    assert len(result.written) == total and not result.cancelled and result.total == total
    assert len(set(result.written)) == total and len(list((tmp_path / "många").glob("*.pdf"))) == total
    assert f"{total} av {total} planer skrevs" in dialog.summary_text()


def test_batch_asks_about_protected_identity(qtbot, main, ws, tmp_path, answers):
    signed_plan(ws, person(ws, number(60), "Hemlig", "Person", protected_identity=True).id, 100)
    signed_plan(ws, person(ws, number(61)).id, 100)
    view = _plans_page(qtbot, main, 2)
    dialog = view.print_many()
    dialog.folder.setText(str(tmp_path / "skyddad"))
    answers.yes = False
    dialog.start()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=10000)
    assert "1 av planerna gäller personer med skyddad identitet" in answers.asked[-1]
    main._db.wait_idle()
    assert dialog.result is None and not (tmp_path / "skyddad").exists() and dialog.start_button.isEnabled()


@pytest.fixture
def settings(qtbot, main):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    view = main.settings
    view.refresh()
    main._db.wait_idle()
    return view


def test_certificate_in_settings_create_and_import(qtbot, main, ws, settings, tmp_path, monkeypatch, answers):
    fields = settings.cert_fields
    assert "Inget ännu" in fields["subject"].text()
    settings.create_cert.click()
    qtbot.waitUntil(lambda: fields["subject"].text() == ME.name, timeout=20000)
    assert fields["organisation"].text() == ME.organisation and "Självsignerat" in fields["kind"].text()
    assert fields["valid"].text() == f"{documents.credential(ws).not_after:%Y-%m-%d}"
    assert any("Eva Lind" in t for t in answers.informed)
    first = documents.credential(ws).sha256

    good = tmp_path / "org.p12"
    good.write_bytes(seal.create_self_signed("Region Sigill", "Region Kronoberg", "", b"hemligt"))
    junk = tmp_path / "inte.pfx"
    junk.write_bytes("det här är ingen PKCS#12-fil".encode())
    for path, password in ((good, "fel lösenord"), (junk, "hemligt")):
        settings.cert_error.clear_error()
        monkeypatch.setattr(settings_view, "choose_certificate_file", lambda *_a, p=path: str(p))
        monkeypatch.setattr(settings_view, "ask_password", lambda *_a, pw=password: pw)
        settings.import_cert.click()
        qtbot.waitUntil(lambda: settings.cert_error.isVisibleTo(settings), timeout=10000)
        assert "kunde inte öppnas: fel lösenord, eller filen är skadad" in settings.cert_error.text()
        assert fields["subject"].text() == ME.name and documents.credential(ws).sha256 == first  # nothing changed

    monkeypatch.setattr(settings_view, "choose_certificate_file", lambda *_a: str(good))
    monkeypatch.setattr(settings_view, "ask_password", lambda *_a: "hemligt")
    settings.import_cert.click()
    qtbot.waitUntil(lambda: fields["subject"].text() == "Region Sigill", timeout=20000)
    assert fields["organisation"].text() == "Region Kronoberg"
    assert documents.credential(ws).subject == "Region Sigill"

    monkeypatch.setattr(settings_view, "ask_password", lambda *_a: None)  # the user cancels
    settings.import_cert.click()
    main._db.wait_idle()
    assert documents.credential(ws).subject == "Region Sigill"


def test_lock_closes_previews_and_stops_a_running_batch(qtbot, main, controller, ws, tmp_path):
    for i in range(16):
        signed_plan(ws, person(ws, number(70 + i)).id, 100)
    view = _plans_page(qtbot, main, 16)
    dialog = _open(qtbot, main, view.model.row_id(0))
    dialog.buttons["card"].click()
    card = _preview(qtbot, dialog)
    run = view.print_many()
    run.folder.setText(str(tmp_path / "last"))
    run.start()
    qtbot.waitUntil(lambda: run.progress is not None and run.progress.value() >= 1, timeout=30000)
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.main is None, timeout=10000)
    assert controller.db.wait_idle(30000)
    qtbot.addWidget(controller.unlock)
    assert not shiboken6.isValid(card) or not card.isVisible()
    assert len(list((tmp_path / "last").glob("*.pdf"))) < 16  # stopped, not run to the end behind the lock


def test_every_input_of_the_document_dialogs_has_a_name(qtbot, main, ws, tmp_path):

    p = person(ws, number(90))
    plan = signed_plan(ws, p.id, 100)
    dialog = _open(qtbot, main, plan.id)
    assert unnamed_inputs(dialog) == []
    dialog.do_seal()
    sealer = dialog.last_dialog
    qtbot.waitUntil(sealer.seal_button.isEnabled, timeout=10000)
    assert unnamed_inputs(sealer) == []
    sealer.close()
    dialog.buttons["card"].click()
    assert unnamed_inputs(_preview(qtbot, dialog)) == []
    view = _plans_page(qtbot, main, 1)
    run = view.print_many()
    assert unnamed_inputs(run) == []
    run.folder.setText(str(tmp_path / "namn"))
    with qtbot.waitSignal(run.finished_batch, timeout=60000):
        run.start()
    assert unnamed_inputs(run) == []  # the summary page too
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    assert main._db.wait_idle()
    assert unnamed_inputs(main.settings) == []
