"""The one error type a user can cause, shared by every layer.

Each subclass holds its sentence in Swedish and English; `str(err)` gives the sentence in
the language in force, so the CLI and the UI show it as it is and never a traceback.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app.i18n import pick


class UserError(Exception):
    """An error the user can cause and fix. Subclasses set `sv` and `en` templates."""

    sv: ClassVar[str] = "Något gick fel."
    en: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        return pick(self.sv, self.en).format(**self.params)

    def __str__(self) -> str:
        return self.message()

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled when a pool process reports it (app/services/plan_batch.py): rebuilt from its
        # parameters, not its sentence, so the receiving process says it in its own language.
        return (_revive, (type(self), dict(self.__dict__)))


def _revive(cls: type[UserError], state: dict[str, Any]) -> UserError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, err.message())
    return err


class ValidationError(UserError):
    """Input that breaks a rule of the domain; `field` names the input at fault."""

    sv = "{text_sv}"
    en = "{text_en}"

    def __init__(self, text_sv: str, text_en: str, field: str = "") -> None:
        self.field = field
        super().__init__(text_sv=text_sv, text_en=text_en)


class NotFound(UserError):
    sv = "Hittade ingen {what_sv} med id {ident}."
    en = "No {what_en} with id {ident} was found."


class Cancelled(UserError):
    """The user stopped a long job before it wrote anything."""

    sv = "Avbrutet. Inget har sparats."
    en = "Cancelled. Nothing was saved."
