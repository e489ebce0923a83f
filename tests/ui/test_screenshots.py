"""Every view rendered at 1366×768 with demo data. Set EGENVARD_SCREENSHOTS=dir to keep the PNGs
(docs/screenshots/ holds a few of them)."""

from __future__ import annotations

import os
from pathlib import Path

from app.services import demo
from app.ui.plans.wizard import PlanWizard
from tests.ui.helpers import settle


def test_every_view_renders_at_1366x768(qtbot, main, ws, tmp_path):
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from app.ui.app import load_style

    load_style(QApplication.instance())
    demo.fill(ws, persons=150, seed=7)
    main.overview.refresh()
    main.resize(1366, 768)
    shots: dict[str, object] = {}
    for row, name in enumerate(main.PAGES):
        main.nav.setCurrentRow(row)
        settle(main)
        shots[name] = main.grab()
    first = main.persons.model.row_id(3)
    main.open_person(first)
    settle(main)
    shots["person"] = main.grab()
    plan_id = main.person.record.plans[0][-1].id
    dialog = main.open_plan(plan_id)
    settle(main)
    shots["plan"] = dialog.grab()
    wizard = PlanWizard(main._db, main.person.record.person, main.profile, parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assessment_page.measure.setText("Insulininjektion")
    wizard.next()
    wizard.risk.table.item(0, 0).setText("Fel dos ges")
    wizard.risk.conclusion.setPlainText("Kan utföras säkert med instruktion.")
    wizard.next()
    qtbot.wait(50)
    shots["plan_wizard"] = wizard.grab()
    for name, pixmap in shots.items():
        assert not pixmap.isNull()
        assert pixmap.save(str(out / f"{name}.png"))


def test_document_dialogs_render_at_1366x768(qtbot, main, ws, tmp_path, monkeypatch):
    """The seal dialog, printing many plans (options, progress, summary) and the sealing
    certificate in Inställningar, with demo data."""
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from app.models.plan import PlanStatus
    from app.ui.app import load_style
    from app.ui.printing.seal_dialog import SealDialog

    load_style(QApplication.instance())
    demo.fill(ws, persons=150, seed=7)
    main.resize(1366, 768)
    shots: dict[str, object] = {}

    main.nav.setCurrentRow(main.PAGES.index("settings"))
    main.settings.create_cert.click()  # the question is answered yes by the fixture
    qtbot.waitUntil(lambda: main.settings.cert_fields["subject"].text() == "Eva Lind", timeout=20000)
    shots["settings"] = main.grab()

    signed = next(p for p in ws.repos.plans.current_rows() if p["status"] == PlanStatus.SIGNED.value)
    dialog = main.open_plan(signed["id"])
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10000)
    dialog.do_seal()
    sealer = dialog.last_dialog
    assert isinstance(sealer, SealDialog)
    qtbot.waitUntil(sealer.seal_button.isEnabled, timeout=10000)
    assert main._db.wait_idle()
    shots["seal_dialog"] = sealer.grab()
    with qtbot.waitSignal(sealer.sealed, timeout=30000):
        sealer.seal()
    qtbot.waitUntil(lambda: dialog.sealed.rowCount() == 1 and dialog.last_dialog.page_count() > 0, timeout=20000)
    shots["sealed_preview"] = dialog.last_dialog.grab()
    dialog.last_dialog.close()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    shots["plan_documents"] = dialog.grab()

    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    qtbot.waitUntil(lambda: view.model.rowCount() > 100, timeout=10000)
    shots["plans"] = main.grab()
    batch = view.print_many()
    batch.folder.setText(str(tmp_path / "batch"))
    batch.seal_check.setChecked(True)
    shots["batch_options"] = batch.grab()
    batch.start()
    qtbot.waitUntil(lambda: batch.progress is not None and batch.progress.value() >= 5, timeout=30000)
    shots["batch_progress"] = batch.progress.grab()
    batch.cancel()
    qtbot.waitUntil(lambda: batch.result is not None, timeout=60000)
    shots["batch_summary"] = batch.grab()
    for name, pixmap in shots.items():
        assert not pixmap.isNull()
        assert pixmap.save(str(out / f"{name}.png"))


def test_overview_as_nurse_rektor_and_enhetschef_at_1366x768(qtbot, main, ws, tmp_path):
    """Överblick for the three roles that act on most steps (docs/screenshots/overview_*.png):
    her own items first under the divider, nothing cut off at 1366×768."""
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from app.models.common import Practitioner, Profession, Role
    from app.ui.app import load_style
    from app.ui.overview.view import Divider

    load_style(QApplication.instance())
    demo.fill(ws, persons=150, seed=7, examples=True)
    main.resize(1366, 768)
    main.nav.setCurrentRow(main.PAGES.index("overview"))
    profiles = {
        "nurse": Practitioner(
            "Jonas Berg",
            "Sjuksköterska",
            "Region Kronoberg",
            "Barn- och ungdomsmedicin",
            Role.LICENSED,
            Profession.NURSE,
        ),
        "rektor": Practitioner("Rut Rektor", "Rektor", "Växjö kommun", "Norrtullskolan", Role.SCHOOL_LEADER),
        "enhetschef": Practitioner(
            "Ulla Chef", "Enhetschef", "Växjö kommun", "Korttidsboendet Lärkan", Role.UNIT_MANAGER
        ),
    }
    for name, profile in profiles.items():
        ws.set_profile(profile)
        main.overview.refresh()
        settle(main)
        qtbot.waitUntil(lambda: bool(main.overview.items()), timeout=10000)
        rows = main.overview.model.rows()
        assert isinstance(rows[0], Divider) and rows[0].text.startswith("Mina uppgifter"), name
        assert any(isinstance(r, Divider) and r.text.startswith("Övriga") for r in rows), name
        table = main.overview.table
        widths = sum(table.columnWidth(c) for c in range(main.overview.model.columnCount() - 1))
        assert widths <= table.viewport().width() - 140, name  # the last column keeps room
        pixmap = main.grab()
        assert pixmap.width() == 1366 and pixmap.save(str(out / f"overview_{name}.png"))
