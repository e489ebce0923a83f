"""English complete: every window rendered in English shows no text of the Swedish catalogue
(a Swedish source whose English differs) — labels, buttons, check boxes, combo items, column
titles, tabs, group titles, placeholders, window titles and the cells of the lists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from app import i18n
from app.services import demo
from app.ui.app import install_translation, load_style

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "egenvard_en.ts"


def swedish_only() -> set[str]:
    """Swedish sources (mnemonics removed) whose English is another text."""
    out = set()
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete") or message.get("numerus") == "yes":
            continue
        source = message.findtext("source", "").replace("&", "")
        english = "".join(translation.itertext()).replace("&", "")
        if source != english and "{" not in source:  # a template is filled in: matched below
            out.add(source)
    return out


def visible_texts(top: QWidget) -> list[str]:
    texts = [top.windowTitle()]
    for w in top.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            texts += [str(w.model().headerData(i, w.orientation()) or "") for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its one column private
                columns = 1
            for r in range(min(m.rowCount(QModelIndex()), 30)):
                texts += [str(m.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in range(columns)]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


def swedish_in(top: QWidget, catalogue: set[str]) -> list[str]:
    return sorted({t for t in visible_texts(top) if t in catalogue})


def test_the_check_finds_a_swedish_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Överblick")
    qtbot.addWidget(label)
    top = QWidget()
    qtbot.addWidget(top)
    label.setParent(top)
    top.show()
    assert swedish_in(top, swedish_only()) == ["Överblick"]


def test_every_window_in_english_shows_no_swedish_text(qtbot, main, controller, ws) -> None:  # type: ignore[no-untyped-def]
    from app.models.plan import PlanStatus
    from app.ui.main.window import MainWindow

    app = QApplication.instance()
    load_style(app)
    demo.fill(ws, persons=40, seed=7, examples=True)
    catalogue = swedish_only()
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        english = MainWindow(controller.db, ws.path)
        qtbot.addWidget(english)
        english._profile_loaded(main.profile)
        english.resize(1366, 768)
        english.show()
        found: list[str] = []
        for row, name in enumerate(english.PAGES):
            english.nav.setCurrentRow(row)
            assert controller.db.wait_idle()
            english.stack.currentWidget().refresh()
            assert controller.db.wait_idle()
            QApplication.processEvents()
            found += [f"[{name}] {t}" for t in swedish_in(english, catalogue)]
        english.open_person(english.persons.model.row_id(2))
        assert controller.db.wait_idle()
        QApplication.processEvents()
        found += [f"[person] {t}" for t in swedish_in(english, catalogue)]
        signed = next(p for p in ws.repos.plans.current_rows() if p["status"] == PlanStatus.SIGNED.value)
        window = english.open_plan(signed["id"])
        qtbot.waitUntil(lambda: window.record is not None, timeout=10000)
        assert controller.db.wait_idle()
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += [f"[plan tab {tab}] {t}" for t in swedish_in(window, catalogue)]
        from app.ui.plans.wizard import PlanWizard

        wizard = PlanWizard(controller.db, window.record.person, main.profile, parent=english)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.assessment_page.measure.setText("Insulininjektion")
        for page in range(3):
            QApplication.processEvents()
            found += [f"[wizard {page}] {t}" for t in swedish_in(wizard, catalogue)]
            if page == 1:  # the risk scale's words were once passed to tr() as variables: never found
                box = wizard.risk.table.cellWidget(0, 1)
                assert next(box.itemText(i) for i in range(box.count())) == "1 – Very small"
                wizard.risk.table.item(0, 0).setText("Wrong dose")
                wizard.risk.conclusion.setPlainText("Safe with instruction.")
            wizard.next()
        window.close()
        assert sorted(set(found)) == [], "\n".join(sorted(set(found)))
    finally:
        app.removeTranslator(translator)
        i18n.set_language("sv")
