"""Utbyte: the view, the partner trust flow, the export and import wizards, cancel, and the
conflict dialog, driven through the real widgets against real encrypted databases."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWizard

from app.services import demo
from app.services import exchange as ex
from app.services.workspace import Workspace
from app.ui import common
from tests.factories import dump, wait, workspace


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Workspace]:
    """The other organisation: a second real database with demo data."""
    a = workspace(tmp_path / "region" / "region.db")
    demo.fill(a, persons=10, seed=7)
    ex.ensure_identity(a, "Region Kronoberg")
    yield a
    a.close()


@pytest.fixture
def partnered(ws: Workspace, region: Workspace, tmp_path: Path) -> Workspace:
    """Our database (the main window's) and the region know and trust each other."""
    ex.ensure_identity(ws, "Alvesta kommun")
    ex.export_identity(region, tmp_path / "region.egid")
    ex.export_identity(ws, tmp_path / "alvesta.egid")
    ex.import_identity(ws, tmp_path / "region.egid", trust=True)
    ex.import_identity(region, tmp_path / "alvesta.egid", trust=True)
    return ws


def _call(main, fn, *args):  # type: ignore[no-untyped-def]
    """Read through the main window's own worker (it owns the workspace)."""
    out: list = []
    main._db.call(fn, *args, on_done=out.append)
    wait(main._db)
    return out[0]


def _wizard(main, cls):  # type: ignore[no-untyped-def]
    wait(main._db)
    found = [d for d in main.dialogs() if isinstance(d, cls)]
    assert found, f"no {cls.__name__} open"
    return found[-1]


def _next(qtbot, wizard, stays: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Next, as the button does; the wizard moves on (or, `stays`, keeps its page: refused)."""
    before = wizard.currentId()
    wizard.next()
    if stays:
        assert wizard.currentId() == before
    else:
        qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5000)


def _run(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.running, timeout=20000)


# --- the view, identity and partners ---------------------------------------------------------


def test_view_shows_identity_and_partner_is_trusted_only_after_the_fingerprint_question(
    qtbot, ws, region, tmp_path, monkeypatch, answers, main
):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    view = main.exchange
    me = _call(main, ex.own_identity)
    assert view.org_name.text() == me.name == "Region Kronoberg"  # the profile's organisation
    assert view.fingerprint.text() == me.public.short_fingerprint
    assert view.partners.rowCount() == 0

    ex.export_identity(region, tmp_path / "partner.egid")
    monkeypatch.setattr(common, "open_file", lambda *_a: str(tmp_path / "partner.egid"))
    answers.yes = False  # "the fingerprints differ": not trusted
    view.import_partner()
    wait(main._db)
    assert view.partners.rowCount() == 1
    partner = view.partners.record(0)
    assert not partner.trusted
    assert ex.own_identity(region).public.short_fingerprint in answers.asked[-1]
    assert view.partners.data(view.partners.index(0, 2)) == "Nej"

    view.partner_table.selectRow(0)
    answers.yes = True
    view.set_trust(True)
    wait(main._db)
    assert view.partners.record(0).trusted and view.partners.data(view.partners.index(0, 2)) == "Ja"
    view.set_trust(False)
    wait(main._db)
    assert not view.partners.record(0).trusted

    # Our identity file, for the partner.
    out = tmp_path / "us.egid"
    monkeypatch.setattr(common, "save_file", lambda *_a: str(out))
    view.export_identity()
    wait(main._db)
    assert out.exists() and me.public.short_fingerprint in answers.informed[-1]


def test_bad_identity_file_gets_a_message_and_adds_no_partner(qtbot, ws, tmp_path, monkeypatch, answers, main):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.egid"
    bad.write_text("inte en identitet")
    monkeypatch.setattr(common, "open_file", lambda *_a: str(bad))
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    main.exchange.import_partner()
    wait(main._db)
    assert "inte en giltig identitetsfil" in main.exchange.error.text()
    assert main.exchange.partners.rowCount() == 0


# --- export ---------------------------------------------------------------------------------


@pytest.fixture
def sender(ws: Workspace, tmp_path: Path) -> Workspace:
    """The main window's database holds the data and sends it to a trusted partner."""
    demo.fill(ws, persons=10, seed=11)
    ex.ensure_identity(ws, "Alvesta kommun")
    other = workspace(tmp_path / "receiver" / "receiver.db")
    ex.ensure_identity(other, "Region Kronoberg")
    ex.export_identity(other, tmp_path / "receiver.egid")
    ex.export_identity(ws, tmp_path / "alvesta.egid")
    ex.import_identity(ws, tmp_path / "receiver.egid", trust=True)
    ex.import_identity(other, tmp_path / "alvesta.egid", trust=True)
    other.close()
    return ws


def test_export_wizard_to_a_partner_writes_a_bundle_the_partner_imports(qtbot, sender, tmp_path, main):  # type: ignore[no-untyped-def]
    from app.ui.exchange.export_wizard import ExportWizard

    main.export_bundle()
    wizard = _wizard(main, ExportWizard)
    assert wizard.recipient.to_partner.isChecked() and wizard.recipient.partner.count() == 1
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.content and wizard.content.since_last.isChecked()
    wizard.content.everything.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.file.file.text().endswith(".egvb") and "region-kronoberg" in wizard.file.file.text()
    out = tmp_path / "till-regionen.egvb"
    wizard.file.file.edit.setText(str(out))
    _next(qtbot, wizard)
    page = wizard.run_page
    _run(qtbot, page)
    assert page.result is not None, page.error.text()
    assert out.exists() and page.result.counts["plans"] > 0
    assert "Paketet är sparat" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    # The partner opens it: the same plans arrive.
    from app.services.workspace import open_workspace
    from tests.factories import PASSPHRASE

    other = open_workspace(tmp_path / "receiver" / "receiver.db", PASSPHRASE)
    try:
        result = ex.import_bundle(other, out)
        assert result.counts["new"] > 0 and result.counts["conflict"] == 0
        sent_plans = {p.id for p in _call(main, lambda w: w.repos.plans.all())}
        assert {p.id for p in other.repos.plans.all()} <= sent_plans
    finally:
        other.close()
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    assert main.exchange.history.rowCount() == 1
    assert main.exchange.history.data(main.exchange.history.index(0, 1)) == "Skickat"


def test_export_started_from_a_plan_sends_that_plan(qtbot, sender, tmp_path, main):  # type: ignore[no-untyped-def]
    from app.ui.exchange.export_wizard import ExportWizard, Fixed

    def consented_plan(w):  # type: ignore[no-untyped-def]
        plans_ = w.repos.plans.all()
        ok = ex.consented_persons(w, sorted({p.person_id for p in plans_}))
        return next(p for p in plans_ if p.person_id in ok)

    plan = _call(main, consented_plan)
    main.export_bundle(fixed=Fixed("plan", (plan.id,), f"Planen: {plan.measure}"))
    wizard = _wizard(main, ExportWizard)
    _next(qtbot, wizard)
    assert wizard.content.fixed.isChecked() and wizard.content.fixed.text().startswith("Planen:")
    _next(qtbot, wizard)
    out = tmp_path / "en-plan.egvb"
    wizard.file.file.edit.setText(str(out))
    _next(qtbot, wizard)
    _run(qtbot, wizard.run_page)
    result = wizard.run_page.result
    assert result is not None, wizard.run_page.error.text()
    assert result.counts["persons"] == 1 and result.counts["plans"] >= 1
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_export_of_a_person_without_consent_is_refused_with_the_name(qtbot, ws, tmp_path, main):  # type: ignore[no-untyped-def]
    from app.ui.exchange.export_wizard import ExportWizard
    from tests.factories import person

    main.export_bundle()
    wizard = _wizard(main, ExportWizard)
    assert wizard.recipient.to_passphrase.isChecked()  # no trusted partner yet
    assert wizard.recipient.none_note.isVisibleTo(wizard)
    wizard.recipient.first.setText("kort")
    _next(qtbot, wizard, stays=True)
    assert wizard.currentPage() is wizard.recipient and "minst" in wizard.recipient.error.text()
    wizard.recipient.first.setText("ett långt lösenord för paketet")
    wizard.recipient.second.setText("ett långt lösenord för paketet")
    _next(qtbot, wizard)
    wizard.content.chosen.setChecked(True)
    _next(qtbot, wizard, stays=True)
    assert wizard.currentPage() is wizard.content and "minst en person" in wizard.content.error.text()
    wait(main._db)
    someone = _call(main, lambda w: person(w))
    wizard.content.search.setText("Tolvan")
    qtbot.waitUntil(lambda: wizard.content.hits.count() == 1, timeout=5000)
    wizard.content._add(wizard.content.hits.item(0))
    assert wizard.content.person_ids() == [someone.id]
    _next(qtbot, wizard)
    out = tmp_path / "x.egvb"
    wizard.file.file.edit.setText(str(out))
    _next(qtbot, wizard)
    _run(qtbot, wizard.run_page)
    assert "samtycke saknas för Tolvan Tolvansson" in wizard.run_page.error.text()
    assert "1212" not in wizard.run_page.error.text().split("(")[-1].replace("****", "")  # masked
    assert not out.exists() and wizard.run_page.result is None
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # go back and change the choice
    wizard.reject()


def test_cancel_stops_the_export_before_anything_is_written(qtbot, sender, tmp_path, main):  # type: ignore[no-untyped-def]
    from app.ui.exchange.export_wizard import ExportWizard

    main.export_bundle()
    wizard = _wizard(main, ExportWizard)
    wizard.content.everything.setChecked(True)
    out = tmp_path / "avbrutet.egvb"
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.file.file.edit.setText(str(out))
    history_before = _call(main, ex.history)
    gate = threading.Event()
    main._db.call(lambda _ws: gate.wait(10))  # hold the worker so the export waits in the queue
    _next(qtbot, wizard)
    page = wizard.run_page
    assert page.running
    page.cancel_button.click()
    gate.set()
    _run(qtbot, page)
    assert "Avbrutet" in page.error.text() and page.result is None
    assert not out.exists()
    assert _call(main, ex.history) == history_before  # no sync state, no history row


# --- import ---------------------------------------------------------------------------------


def _import_wizard(qtbot, main, path: Path, passphrase: str = ""):  # type: ignore[no-untyped-def]
    wizard = main.import_bundle()
    wizard.choose.file.edit.setText(str(path))
    wizard.choose.passphrase.setText(passphrase)
    _next(qtbot, wizard)
    _run(qtbot, wizard.check)
    return wizard


def test_import_wizard_previews_then_imports_and_a_second_import_changes_nothing(
    qtbot, partnered, region, tmp_path, main
):  # type: ignore[no-untyped-def]
    bundle = tmp_path / "fran-regionen.egvb"
    ex.export_bundle(region, bundle, to=ex.partners(region)[0].identity)
    before = _call(main, dump)
    wizard = _import_wizard(qtbot, main, bundle)
    check = wizard.check
    assert check.preview is not None, check.error.text()
    assert "Region Kronoberg" in check.sender.text()
    assert check.preview.counts()["new"] > 0 and "nya" in check.counts.text()
    assert check.model.rowCount() == check.preview.counts()["new"]
    assert _call(main, dump) == before  # the preview wrote nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Importera"
    sent = {c.incoming.id for c in check.preview.changes if c.kind == "plan"}
    region_plans = {p.id for p in region.repos.plans.all()}
    assert sent and sent <= region_plans  # persons without consent were left out by the sender
    wizard.next()  # Importera
    page = wizard.done_page
    qtbot.waitUntil(lambda: page.result is not None or bool(page.error.text()), timeout=20000)
    assert page.result is not None and "Importen är klar" in page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert {p.id for p in _call(main, lambda w: w.repos.plans.all())} == sent

    after_first = _call(main, dump)
    again = _import_wizard(qtbot, main, bundle)
    assert again.check.preview.counts()["new"] == again.check.preview.counts()["conflict"] == 0
    assert again.check.model.rowCount() == 0  # unchanged rows are hidden until asked for
    again.check.show_unchanged.setChecked(True)
    assert again.check.model.rowCount() == again.check.preview.counts()["unchanged"]
    again.reject()
    assert _call(main, dump) == after_first


def test_import_wizard_refuses_a_damaged_bundle_and_writes_nothing(qtbot, partnered, region, tmp_path, main):  # type: ignore[no-untyped-def]
    bundle = tmp_path / "skadat.egvb"
    ex.export_bundle(region, bundle, to=ex.partners(region)[0].identity)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    before = _call(main, dump)
    wizard = _import_wizard(qtbot, main, bundle)
    assert "skadat" in wizard.check.error.text() and wizard.check.preview is None
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()
    assert _call(main, dump) == before


def test_import_wizard_asks_for_the_passphrase_of_a_passphrase_bundle(qtbot, partnered, region, tmp_path, main):  # type: ignore[no-untyped-def]
    bundle = tmp_path / "losen.egvb"
    ex.export_bundle(region, bundle, passphrase="en lång lösenfras för paketet")
    wizard = _import_wizard(qtbot, main, bundle)
    assert "skyddat med en lösenfras" in wizard.check.error.text() and "--" not in wizard.check.error.text()
    wizard.back()
    wizard.choose.passphrase.setText("fel lösenfras helt och hållet")
    _next(qtbot, wizard)
    _run(qtbot, wizard.check)
    assert "Fel lösenfras" in wizard.check.error.text()
    wizard.back()
    wizard.choose.passphrase.setText("en lång lösenfras för paketet")
    _next(qtbot, wizard)
    _run(qtbot, wizard.check)
    assert wizard.check.preview is not None and wizard.check.preview.counts()["new"] > 0
    wizard.reject()
    assert wizard.choose.passphrase.text() == ""  # the secret leaves the widget


def test_missing_file_is_refused_on_the_first_page(qtbot, ws, tmp_path, main):  # type: ignore[no-untyped-def]
    wizard = main.import_bundle()
    wizard.choose.file.edit.setText(str(tmp_path / "finns-inte.egvb"))
    wizard.next()
    assert wizard.currentPage() is wizard.choose and "fil som finns" in wizard.choose.error.text()
    wizard.reject()


# --- conflicts --------------------------------------------------------------------------------


def _make_conflict(qtbot, main, region: Workspace, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """Import from the region, change one person on both sides, import again: one conflict."""
    to_us = ex.partners(region)[0].identity
    first = tmp_path / "1.egvb"
    ex.export_bundle(region, first, to=to_us)
    _call(main, ex.import_bundle, first)
    target = region.repos.persons.all(limit=1)[0]

    def ours(w):  # type: ignore[no-untyped-def]
        with w.store.atomic():
            w.repos.persons.save(replace(w.repos.persons.get(target.id), unit="Kommunens enhet"))

    _call(main, ours)
    with region.store.atomic():
        region.repos.persons.save(replace(target, unit="Regionens enhet"))
    second = tmp_path / "2.egvb"
    ex.export_bundle(region, second, to=to_us, since_last=True)
    wizard = _import_wizard(qtbot, main, second)
    assert wizard.check.preview.counts()["conflict"] == 1
    assert "skrivs inte över" in wizard.check.counts.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.done_page.result is not None, timeout=20000)
    assert "väntar på ditt beslut under Utbyte → Olösta konflikter: 1." in wizard.done_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert _call(main, lambda w: w.repos.persons.get(target.id).unit) == "Kommunens enhet"
    return target.id


def test_conflict_is_shown_side_by_side_and_the_users_choice_is_applied(
    qtbot, ws, partnered, region, tmp_path, qtmodeltester, main
):  # type: ignore[no-untyped-def]
    person_id = _make_conflict(qtbot, main, region, tmp_path)
    # Överblick lists it, and opening it shows the comparison.
    from app.services.todo import Kind
    from app.ui.exchange.conflict import ConflictDialog

    main.nav.setCurrentRow(main.PAGES.index("overview"))
    main.overview.refresh()
    wait(main._db)
    todo = [i for i in main.overview.items() if i.kind is Kind.EXCHANGE_CONFLICT]
    assert len(todo) == 1 and todo[0].measure == "personuppgifter"
    assert todo[0].action == "Välj version (personuppgifter): ändrad både här och hos partnern" and todo[0].mine
    main.open_todo(todo[0])
    opened = _wizard(main, ConflictDialog)
    assert opened.conflict.id == todo[0].entity_id
    opened.reject()

    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    view = main.exchange
    assert view.conflicts.rowCount() == 1 and "(1)" in view.conflict_box.title()
    for model in (view.partners, view.conflicts, view.history):
        qtmodeltester.check(model)
    view.conflict_table.selectRow(0)
    view._resolve(0)
    dialog = _wizard(main, ConflictDialog)
    qtmodeltester.check(dialog.model)
    rows = dialog.model.rows()
    assert [r[0] for r in rows] == ["unit"]
    assert dialog.model.data(dialog.model.index(0, 0)) == "Enhet / skola"
    assert dialog.model.data(dialog.model.index(0, 1)) == "Kommunens enhet"
    assert dialog.model.data(dialog.model.index(0, 2)) == "Regionens enhet"
    dialog.only_diff.setChecked(False)
    assert dialog.model.rowCount() > 3
    dialog.take_incoming.click()
    wait(main._db)
    assert _call(main, lambda w: w.repos.persons.get(person_id).unit) == "Regionens enhet"
    assert view.conflicts.rowCount() == 0


def test_preview_model_passes_the_model_tester(qtbot, partnered, region, tmp_path, qtmodeltester, main):  # type: ignore[no-untyped-def]
    bundle = tmp_path / "m.egvb"
    ex.export_bundle(region, bundle, to=ex.partners(region)[0].identity)
    wizard = _import_wizard(qtbot, main, bundle)
    qtmodeltester.check(wizard.check.model)
    wizard.reject()


def test_exchange_screens_render_at_1366x768(qtbot, ws, partnered, region, tmp_path, main):  # type: ignore[no-untyped-def]
    """Set EGENVARD_SCREENSHOTS=dir to keep the PNGs."""
    import os

    from PySide6.QtWidgets import QApplication

    from app.ui.app import load_style
    from app.ui.exchange.conflict import ConflictDialog
    from app.ui.exchange.export_wizard import ExportWizard

    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    load_style(QApplication.instance())
    main.resize(1366, 768)
    _make_conflict(qtbot, main, region, tmp_path)
    shots = {}
    wizard = _import_wizard(qtbot, main, tmp_path / "1.egvb")
    wizard.check.show_unchanged.setChecked(True)
    shots["exchange_import"] = wizard.grab()
    wizard.reject()
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    shots["exchange"] = main.grab()
    main.exchange._resolve(0)
    shots["exchange_conflict"] = _wizard(main, ConflictDialog).grab()
    main.export_bundle()
    export = _wizard(main, ExportWizard)
    _next(qtbot, export)
    export.content.chosen.setChecked(True)
    export.content.search.setText("an")
    qtbot.waitUntil(lambda: export.content.hits.count() > 0, timeout=5000)
    export.content._add(export.content.hits.item(0))
    shots["exchange_export"] = export.grab()
    export.reject()
    for name, pixmap in shots.items():
        assert not pixmap.isNull() and pixmap.width() >= 700
        assert pixmap.save(str(out / f"{name}.png"))


def test_send_from_a_person_a_plan_and_a_deviation_starts_the_wizard_with_it(qtbot, sender, main):  # type: ignore[no-untyped-def]
    from app.ui.exchange.export_wizard import ExportWizard

    def first(w):  # type: ignore[no-untyped-def]
        dev = w.repos.deviations.all(limit=1)[0]
        plan = w.repos.plans.all(limit=1)[0]
        return dev, plan

    deviation, plan = _call(main, first)
    main.open_person(plan.person_id)
    wait(main._db)
    main.person.findChild(QPushButton, "person_send").click()
    wizard = _wizard(main, ExportWizard)
    assert wizard.content.chosen.isChecked() and len(wizard.content.person_ids()) == 1
    wizard.reject()

    dialog = main.open_plan(plan.id)
    wait(main._db)
    dialog.buttons["send"].click()
    wizard = _wizard(main, ExportWizard)
    assert wizard.content.fixed.isChecked() and wizard.content.plan_ids() == [plan.id]
    wizard.reject()

    main.open_entity("deviation", deviation.id, None)
    wait(main._db)
    from app.ui.deviations.dialog import DeviationDialog

    dev_dialog = _wizard(main, DeviationDialog)
    dev_dialog.send_button.click()
    wizard = _wizard(main, ExportWizard)
    assert wizard.content.deviation_id() == deviation.id and "Avvikelsen" in wizard.content.fixed.text()
    wizard.reject()


def test_import_wizard_says_in_words_that_an_older_bundle_changes_nothing(qtbot, partnered, region, tmp_path, main):  # type: ignore[no-untyped-def]
    first, second = tmp_path / "1.egvb", tmp_path / "2.egvb"
    to = ex.partners(region)[0].identity
    ex.export_bundle(region, first, to=to)
    ex.export_bundle(region, second, to=to)
    _call(main, ex.import_bundle, second)
    before = _call(main, dump)
    wizard = _import_wizard(qtbot, main, first)
    text = wizard.check.counts.text()
    assert "Paketet är äldre än ett redan inläst paket från Region Kronoberg (nummer 1, redan inläst 2)" in text
    assert text.endswith("– inget ändras.")
    path = tmp_path / "exchange_import_older.png"
    assert wizard.grab().save(str(path)) and path.stat().st_size > 10_000
    wizard.reject()
    assert _call(main, dump) == before
