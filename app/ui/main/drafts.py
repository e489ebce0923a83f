"""After an unlock: the drafts kept at the lock are offered again, and each one is opened in
the form it came from (`OPENERS`, by the form's `draft_kind`), with what was typed put back.

"Ja" opens the form; "Nej" deletes the draft. Either way the stored draft is removed: an open
form that is locked again is kept again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services import cases, persons, plans
from app.services import drafts as draft_store
from app.services.drafts import Draft
from app.ui import common
from app.ui.common import translate
from app.ui.deviations.dialog import DeviationDialog
from app.ui.persons.dialog import PersonDialog
from app.ui.plans.view import EditPlanDialog

if TYPE_CHECKING:
    from app.ui.main.window import MainWindow


def offer(main: MainWindow, found: list[Draft]) -> None:
    for draft in found:
        if not main.isVisible():
            return  # locked again while asking: the rest wait for the next unlock
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = translate(
            "Drafts",
            "Du har ett osparat utkast: ”{0}” (från {1}, när programmet låstes). Återuppta det?\n\n"
            "Nej tar bort utkastet.",
        ).format(draft.title, when)
        if common.ask(main, translate("Drafts", "Osparat utkast"), text):
            opener = OPENERS.get(draft.kind)
            if opener is not None:
                opener(main, draft)
        main._db.call(draft_store.discard, draft.id)


def _deviation_context(ws, person_id: str, deviation_id: str | None):  # type: ignore[no-untyped-def]
    deviation = cases.get_deviation(ws, deviation_id) if deviation_id else None
    return persons.get(ws, person_id), plans.plans_for_person(ws, person_id), deviation


def _deviation(main: MainWindow, draft: Draft) -> None:
    def shown(found: tuple) -> None:
        person, plans_, deviation = found
        if deviation is None:
            dialog = main.new_deviation(person, plans_)
        else:
            dialog = DeviationDialog(main._db, person, deviation, plans_, parent=main)
            dialog.reassess.connect(main._reassess)
            dialog.send.connect(main._send_deviation)
            main._keep(dialog)
        dialog.restore_draft(draft)

    ctx = draft.context
    main._db.call(_deviation_context, ctx["person_id"], ctx.get("deviation_id"), on_done=shown, owner=main)


def _person(main: MainWindow, draft: Draft) -> None:
    def shown(person: object) -> None:
        dialog = PersonDialog(main._db, person, main)  # type: ignore[arg-type]
        if person is None:  # what was saved flows back through Database.changed; a new person is opened
            dialog.saved.connect(lambda p: main.open_person(p.id))
        main._keep(dialog)
        dialog.restore_draft(draft)

    person_id = draft.context.get("person_id")
    if person_id:
        main._db.call(persons.get, person_id, on_done=shown, owner=main)
    else:
        shown(None)


def _plan_edit(main: MainWindow, draft: Draft) -> None:
    def shown(plan: object) -> None:
        view = main.open_plan(draft.context["plan_id"])
        dialog = EditPlanDialog(main._db, plan, view)  # type: ignore[arg-type]
        view._open(dialog)  # a stale plan closes it and the plan window says why (as any edit)
        dialog.restore_draft(draft)

    main._db.call(plans.get_plan, draft.context["plan_id"], on_done=shown, owner=main)


def _plan_form(main: MainWindow, draft: Draft) -> None:
    """A form of the plan window (intyg, hand-over, copy, instruction, review): the plan window
    opens it once the plan is read, if the plan still allows it, and puts the typing back."""
    main.open_plan(draft.context["plan_id"]).start(draft.context["action"], draft)


OPENERS: dict[str, Callable[[MainWindow, Draft], None]] = {
    "deviation": _deviation,
    "person": _person,
    "plan_edit": _plan_edit,
    "plan_form": _plan_form,
}
