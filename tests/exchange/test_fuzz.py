"""Fuzzing the import: any damage gives a clear ExchangeError and never touches the database."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange import errors
from app.services import exchange as ex
from tests.factories import Pair, dump, members_of, rezip

FUZZ = settings(max_examples=40, deadline=None, derandomize=True)


@pytest.fixture(scope="module")
def bundle(module_pair: Pair) -> tuple[Pair, bytes, dict[str, list[str]]]:
    """One bundle for every example: each import is refused, so the receiver never changes
    (which `_import` asserts), and sharing it across examples is sound."""
    return module_pair, module_pair.bundle().read_bytes(), dump(module_pair.b)


def _import(pair: Pair, data: bytes, before: dict[str, list[str]]) -> None:
    path = pair.tmp / "fuzz.egvb"
    path.write_bytes(data)
    with pytest.raises(errors.ExchangeError):
        ex.import_bundle(pair.b, path)
    assert dump(pair.b) == before


@given(data=st.data())
@FUZZ
def test_damaged_ciphertext(bundle: tuple[Pair, bytes, dict[str, list[str]]], data: st.DataObject) -> None:
    pair, raw, before = bundle
    how = data.draw(st.sampled_from(["flip", "cut", "insert", "replace_head"]))
    pos = data.draw(st.integers(0, len(raw) - 1))
    if how == "flip":
        damaged = raw[:pos] + bytes([raw[pos] ^ data.draw(st.integers(1, 255))]) + raw[pos + 1 :]
    elif how == "cut":
        damaged = raw[:pos]
    elif how == "insert":
        damaged = raw[:pos] + data.draw(st.binary(min_size=1, max_size=64)) + raw[pos:]
    else:
        damaged = data.draw(st.binary(min_size=0, max_size=256)) + raw[pos:]
    _import(pair, damaged, before)


@given(data=st.data())
@FUZZ
def test_damaged_zip_inside_valid_encryption(
    bundle: tuple[Pair, bytes, dict[str, list[str]]], data: st.DataObject
) -> None:
    pair, _raw, before = bundle
    path = pair.tmp / "x.egvb"
    members = members_of(path, pair.b)
    name = data.draw(st.sampled_from(sorted(members)))
    body = members[name]
    pos = data.draw(st.integers(0, max(0, len(body) - 1)))
    members[name] = body[:pos] + data.draw(st.binary(min_size=1, max_size=16)) + body[pos + 1 :]
    _import(pair, rezip(members, pair.b), before)
