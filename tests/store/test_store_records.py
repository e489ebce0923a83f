"""Every record the store hands to the layers above is a frozen dataclass (ARCHITECTURE: frozen
dataclasses across layers): a caller cannot change what it was given behind the store's back."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import app.store


def test_every_dataclass_of_the_store_is_frozen() -> None:
    found: dict[str, bool] = {}
    for info in pkgutil.iter_modules(app.store.__path__):
        module = importlib.import_module(f"app.store.{info.name}")
        for name, obj in vars(module).items():
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__:
                found[f"{info.name}.{name}"] = obj.__dataclass_params__.frozen  # type: ignore[attr-defined]
    # Some that must be among them (the walk found the modules at all):
    assert {"keyfile.KdfParams", "sealers.PartnerSealer", "documents.StoredDocument", "todo.Page"} <= set(found)
    assert [name for name, frozen in found.items() if not frozen] == []
