"""FHIR validation of a large incoming bundle in a second process, beside the reading of its records.

Validation (HL7's R4 JSON schema with the shape cache of fhir_check) and turning resources into
records are two independent passes over the same bundle.json, each 2–4 s for 10 000 plans,
and every laptop has at least two cores. Below SPAWN_FROM bytes a process costs more than it
saves (it takes about half a second to start), so smaller bundles are validated inline, and so is a
bundle not laid out as ours are (`fhir._entry_last`), and everything on a single core.

The entry array is streamed to the other process a chunk at a time, so it never holds the
bundle (92 MB of JSON for 10 000 plans): it needs about 60 MB.

The verdict is always in before the records are used: `Verdict.wait()` returns only when
the bundle was validated, and raises InvalidFhir otherwise. If the process cannot start,
dies, cannot decide or answers nonsense, this process validates the bundle itself: a second
process may make an import faster, never less checked.

The process is started with "spawn" on every platform, as Windows must, so the tests run the
same path the users do. It imports only app.exchange (no Qt, no database), and not even
`fhir`: the caller hands its two checks in (`Checks`), so the two modules do not import each
other (the child process gets the entry check by reference, as spawn pickles a function).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, NamedTuple

from app.exchange.errors import InvalidFhir

# Bytes of bundle.json (about 1 700 plans). Measured: at 9.6 MB the second process made the
# reading slower (0.75 s against 0.58 s inline), at 24 MB faster (1.3 s against 1.5 s), at 92 MB
# 3.9 s against 6.1 s.
SPAWN_FROM = 16_000_000


def worth_it(size: int) -> bool:
    """Whether a bundle.json of `size` bytes is read faster with a second process."""
    return size >= SPAWN_FROM and (os.cpu_count() or 1) >= 2


_CHUNK = 1 << 20  # bytes per message down the pipe


class Checks(NamedTuple):
    """The validation `fhir` does: of an entry array in our layout given the bundle's other
    members (raising InvalidFhir, or ijson.JSONError when the layout is not ours), and of a
    whole bundle.json (raising InvalidFhir)."""

    entries: Callable[[dict[str, Any], Any], None]
    whole: Callable[[bytes], None]


class _PipeFile:
    """The entry array as a file for ijson, read from the pipe one chunk at a time; an empty
    chunk ends it."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._chunk = memoryview(b"")
        self._pos = 0
        self._ended = False

    def read(self, n: int = -1) -> bytes:
        if self._pos >= len(self._chunk) and not self._ended:
            self._chunk, self._pos = memoryview(self._conn.recv_bytes()), 0
            self._ended = not self._chunk
        stop = len(self._chunk) if n < 0 else self._pos + n
        out = bytes(self._chunk[self._pos : stop])
        self._pos += len(out)
        return out


def _child(check_entries: Callable[[dict[str, Any], Any], None], data: Connection, answer: Connection) -> None:
    """The second process: validate the entry array coming down `data`, answer on `answer`.
    The cyclic garbage collector is off: each entry's tree is freed by reference counting, and
    the collector's passes over the schema's objects cost about a tenth of the validation."""
    import gc

    import ijson

    gc.disable()

    try:
        head = data.recv()  # the Bundle's other members: a small dict
        try:
            check_entries(head, _PipeFile(data))
        except InvalidFhir as exc:
            answer.send(("invalid", str(exc.params.get("detail", ""))))
        except ijson.JSONError:
            answer.send(("undecided", ""))  # not our layout after all: the general reading decides
        else:
            answer.send(("valid", ""))
    except (EOFError, OSError):
        pass  # the importing process went away: nobody to answer
    finally:
        data.close()
        answer.close()


class Verdict:
    """The second process's verdict on bundle.json `raw`, whose entry array is raw[start:end]
    and whose other members are `head`. Use as a context manager, so the process never
    outlives the import (an error or a cancel stops it)."""

    def __init__(self, raw: bytes, head: dict[str, Any], start: int, end: int, checks: Checks) -> None:
        self._raw = raw
        self._check_whole = checks.whole
        self._answer: tuple[str, str] | None = None
        self.judged_by = ""  # "process" or "here", once wait() has the verdict
        ctx = multiprocessing.get_context("spawn")
        data_out, data_in = ctx.Pipe(duplex=False)  # (receiving end, sending end)
        answer_out, answer_in = ctx.Pipe(duplex=False)
        self._data, self._answers = data_in, answer_out
        self._proc: Any = ctx.Process(
            target=_child, args=(checks.entries, data_out, answer_in), daemon=True, name="egenvard-fhir-check"
        )
        try:
            self._proc.start()
        except (OSError, RuntimeError):
            self._proc = None  # validated here instead, in wait()
        data_out.close()
        answer_in.close()
        # A pipe holds 64 KiB: a thread hands the chunks over (each write releases the GIL), so
        # this process reads records while the other one starts and validates.
        self._sender = threading.Thread(
            target=self._send, args=(head, memoryview(raw)[start:end]), daemon=True, name="egenvard-fhir-send"
        )
        if self._proc is not None:
            self._sender.start()

    def _send(self, head: dict[str, Any], entries: memoryview) -> None:
        try:
            self._data.send(head)
            for at in range(0, len(entries), _CHUNK):
                self._data.send_bytes(entries[at : at + _CHUNK])
            self._data.send_bytes(b"")
        except (OSError, ValueError):
            pass  # the process ended (an early verdict, or it died): wait() sorts it out

    def _receive(self) -> tuple[str, str] | None:
        if self._proc is None:
            return None
        try:
            answer = self._answers.recv()
        except (EOFError, OSError):
            return None
        ok = isinstance(answer, tuple) and len(answer) == 2 and answer[0] in ("valid", "invalid")
        return answer if ok else None

    def wait(self) -> None:
        """Return when the bundle is valid; raise InvalidFhir when it is not."""
        if self._answer is None:
            self._answer = self._receive()
            self.judged_by = "process"
            if self._answer is None:  # no verdict from the other process: judge here
                self.judged_by = "here"
                self._answer = self._judge_here()
        if self._answer[0] == "invalid":
            raise InvalidFhir(detail=self._answer[1])

    def _judge_here(self) -> tuple[str, str]:
        try:
            self._check_whole(self._raw)
        except InvalidFhir as exc:
            return "invalid", str(exc.params.get("detail", ""))
        return "valid", ""

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join()
            self._proc.close()
            self._proc = None
        if self._sender.ident is not None:
            self._sender.join()  # a send still under way ended with the other process (EPIPE)
        self._data.close()
        self._answers.close()

    def __enter__(self) -> Verdict:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
