from PySide6.QtWidgets import QApplication

from app.services import demo
from app.ui.app import load_style


def test_shots(qtbot, main, controller, ws):
    from app.models.plan import PlanStatus
    from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
    from app.ui.deviations.dialog import DeviationDialog
    from app.ui.persons.dialog import PersonDialog
    from app.ui.plans.wizard import PlanWizard
    from app.ui.setup.wizard import FirstStartWizard

    load_style(QApplication.instance())
    demo.fill(ws, persons=40, seed=7, examples=True)
    person = ws.repos.persons.all(limit=1)[0]
    db = main._db
    forms = {
        "person": PersonDialog(db),
        "deviation": DeviationDialog(db, person, None, [], ("Eva Lind", "Växjö kommun")),
        "dispute": DisputeDialog(db),
        "sip": SipDialog(db, person),
        "decision": DecisionDialog(db, person, [], "Kim Handläggare"),
        "firststart": FirstStartWizard(db, ws.path.with_name("ny.db")),
    }
    for name, f in forms.items():
        qtbot.addWidget(f)
        f.show()
        qtbot.waitExposed(f)
        assert db.wait_idle()
        QApplication.processEvents()
        f.grab().save(f"/tmp/screens/f_{name}.png")
        print(name, f.size())
    signed = next(p for p in ws.repos.plans.current_rows() if p["status"] == PlanStatus.SIGNED.value)
    window = main.open_plan(signed["id"])
    qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
    assert db.wait_idle()
    window.tabs.setCurrentIndex(3)
    assert db.wait_idle()
    QApplication.processEvents()
    window.grab().save("/tmp/screens/f_plan_tab3.png")
    for action in ("do_copy", "do_instruction", "do_performance", "do_handover", "do_intyg", "do_samrad"):
        getattr(window, action)()
        form = window.last_dialog
        qtbot.waitExposed(form)
        assert db.wait_idle()
        QApplication.processEvents()
        form.grab().save(f"/tmp/screens/f_{action}.png")
        print(action, form.size())
        form.close()
    wizard = PlanWizard(db, window.record.person, main.profile, parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assessment_page.measure.setText("Insulininjektion")
    wizard.next()
    QApplication.processEvents()
    wizard.grab().save("/tmp/screens/f_wizard_risk.png")
