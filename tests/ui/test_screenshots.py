"""Every view rendered at 1366×768 with demo data. Set EGENVARD_SCREENSHOTS=dir to keep the PNGs
(docs/screenshots/ holds a few of them)."""

from __future__ import annotations

import os
from pathlib import Path

from app.services import demo
from app.ui.plans.wizard import PlanWizard


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
        assert main._db.wait_idle()
        page = main.stack.currentWidget()
        table = getattr(page, "table", None)
        if table is not None:  # let the visible rows arrive
            table.viewport().repaint()
            assert main._db.wait_idle()
        shots[name] = main.grab()
    first = main.persons.model.row_id(3)
    main.open_person(first)
    assert main._db.wait_idle()
    shots["person"] = main.grab()
    plan_id = main.person.record.plans[0][-1].id
    dialog = main.open_plan(plan_id)
    assert main._db.wait_idle()
    shots["plan"] = dialog.grab()
    wizard = PlanWizard(main._db, main.person.record.person, main.profile, parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assessment_page.measure.setText("Insulininjektion")
    wizard.next()
    wizard.risk.table.item(0, 0).setText("Fel dos ges")
    wizard.risk.conclusion.setPlainText("Kan utföras säkert med instruktion.")
    wizard.next()
    shots["plan_wizard"] = wizard.grab()
    for name, pixmap in shots.items():
        assert not pixmap.isNull()
        assert pixmap.save(str(out / f"{name}.png"))
