"""Buttons of use cases the user's role may not do: disabled, with a tooltip naming the role
needed. The answer comes from `app.models.roles` (the services' own table); the services still
refuse if a button is reached some other way, and the window shows that refusal as any error.

A view enables and disables its buttons for its own reasons (a draft cannot be copied); the gate
remembers what the view wanted and lets a button on only when both the view and the role say so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.models.common import Practitioner
from app.models.roles import UseCase, why_not

# Buttons by object name → the use case they start. Views name their buttons already.
BUTTONS: dict[str, UseCase] = {
    "plan_edit": UseCase.PLAN,
    "plan_samrad": UseCase.ASSESS,
    "plan_sign": UseCase.SIGN,
    "plan_void": UseCase.VOID,
    "plan_review": UseCase.REVIEW,
    "plan_copy": UseCase.HAND_OVER_COPY,
    "plan_instruction": UseCase.INSTRUCT,
    "plan_performance": UseCase.PERFORMANCE,
    "plan_handover": UseCase.TAKE_OVER,
    "plan_send": UseCase.EXCHANGE,
    "plan_intyg": UseCase.ISSUE_INTYG,
    "person_edit": UseCase.PERSON,
    "person_new_plan": UseCase.ASSESS,
    "person_deviation": UseCase.DEVIATION,
    "person_sip": UseCase.SIP,
    "person_decision": UseCase.BISTAND,
    "person_dispute": UseCase.DISPUTE,
    "person_send": UseCase.EXCHANGE,
}

_UNKNOWN = object()  # no profile read yet: nothing is gated before the window knows who it is
_WANTED = "role_gate_wanted"  # what the view last asked for
_OWN_TIP = "role_gate_tooltip"  # the button's own tooltip, given back when the role allows


class RoleGate(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._profile: object = _UNKNOWN
        self._buttons: dict[int, tuple[QAbstractButton, UseCase]] = {}
        self._applying = False

    def set_profile(self, profile: Practitioner | None) -> None:
        self._profile = profile
        for button, use_case in list(self._buttons.values()):
            self._apply(button, use_case)

    def reset(self) -> None:
        """Forget the profile and the buttons (the workspace was closed or locked)."""
        self._profile = _UNKNOWN
        self._buttons.clear()

    def watch(self, widget: QWidget) -> None:
        """Gate every named button of a window (see BUTTONS)."""
        for button in widget.findChildren(QAbstractButton):
            use_case = BUTTONS.get(button.objectName())
            if use_case is not None:
                self.guard(button, use_case)

    def guard(self, button: QAbstractButton, use_case: UseCase) -> None:
        button.setProperty(_WANTED, button.isEnabled())
        button.setProperty(_OWN_TIP, button.toolTip())
        button.installEventFilter(self)
        key = id(button)
        self._buttons[key] = (button, use_case)
        button.destroyed.connect(lambda _=None, k=key: self._buttons.pop(k, None))
        self._apply(button, use_case)

    def refusal(self, use_case: UseCase) -> str:
        """The tooltip text for a use case: why this role may not, or "" when it may."""
        if self._profile is _UNKNOWN:
            return ""
        return why_not(use_case, self._profile)  # type: ignore[arg-type]

    def _apply(self, button: QAbstractButton, use_case: UseCase) -> None:
        refused = self.refusal(use_case)
        self._applying = True
        try:
            button.setToolTip(refused or str(button.property(_OWN_TIP) or ""))
            button.setEnabled(not refused and bool(button.property(_WANTED)))
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self._applying:
            entry = self._buttons.get(id(watched))
            if entry is not None:
                button, use_case = entry
                button.setProperty(_WANTED, button.isEnabled())
                if button.isEnabled() and self.refusal(use_case):
                    self._apply(button, use_case)
        return False


gate = RoleGate()
