"""Labels for enum values shown to people, in the language in force (`app.i18n`).

Each model module keeps its Swedish labels in a `*_LABELS_SV` dict (the printed forms use
them as they are) and the English ones beside it in the matching `*_LABELS_EN` dict. This
module finds every such pair in app.models, so a new pair needs no registration here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from enum import Enum
from functools import cache

from app import i18n

_SV = "_LABELS_SV"
_EN = "_LABELS_EN"


@cache
def _registry() -> dict[type[Enum], tuple[Mapping[Enum, str], Mapping[Enum, str]]]:
    import app.models as package

    found: dict[type[Enum], tuple[Mapping[Enum, str], Mapping[Enum, str]]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name == __name__.rsplit(".", 1)[-1]:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, sv in vars(module).items():
            if not name.endswith(_SV) or not isinstance(sv, Mapping) or not sv:
                continue
            kinds = {type(key) for key in sv}
            if len(kinds) != 1 or not issubclass(next(iter(kinds)), Enum):
                continue
            kind = next(iter(kinds))
            if kind in found and found[kind][0] is not sv:
                raise RuntimeError(f"Two Swedish label dicts for {kind.__qualname__}")
            en = getattr(module, name[: -len(_SV)] + _EN, {})
            found[kind] = (sv, en)
    return found


def labelled_enums() -> tuple[type[Enum], ...]:
    """Every enum that has labels, in a stable order."""
    return tuple(sorted(_registry(), key=lambda kind: (kind.__module__, kind.__qualname__)))


def label(value: Enum) -> str:
    """The label of an enum value in the language in force; Swedish when English is missing."""
    try:
        sv, en = _registry()[type(value)]
    except KeyError:
        raise KeyError(f"No labels for {type(value).__qualname__}") from None
    if i18n.language() == "en" and en.get(value):
        return en[value]
    return sv[value]


def category_label(category: str) -> str:
    """A deviation category (stored as its Swedish text) in the language in force.
    A category outside the preset list, e.g. from an imported deviation, is shown as it is."""
    from app.models.deviation import CATEGORY_LABELS_EN

    if i18n.language() == "en":
        return CATEGORY_LABELS_EN.get(category, category)
    return category
