"""Reading ahead in a helper thread: the items of a generator, made while the caller writes the ones before."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

CHUNK = 50  # items handed over together (one lock each way a chunk, not an item)
CHUNKS_AHEAD = 10  # chunks made before the caller takes them: memory stays flat, and more than a written batch
_END = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def read_ahead(items: Iterator[T]) -> Iterator[T]:
    """The items `items` gives, in order, made in a helper thread up to CHUNK × CHUNKS_AHEAD ahead.

    Worth it when the caller spends its time where Python lets go of its lock (SQLite writing a batch
    in one long statement) and the items cost Python work (reading and checking records). An error of
    `items` is raised here when its place is reached, after the items before it. When the caller stops
    early (an error of its own), the helper is told to stop and is waited for: nothing runs on after.
    `items` must not touch what the caller uses meanwhile (the library's connection)."""
    handed: queue.Queue[list[T] | _Failed | object] = queue.Queue(maxsize=CHUNKS_AHEAD)
    stop = threading.Event()

    def make() -> None:
        chunk: list[T] = []
        try:
            for item in items:
                chunk.append(item)
                if len(chunk) == CHUNK:
                    if not _hand(handed, chunk, stop):
                        return
                    chunk = []
                time.sleep(0)  # let go of Python's lock: the writer waits for it at most one item's work
            if chunk and not _hand(handed, chunk, stop):
                return
            _hand(handed, _END, stop)
        except BaseException as error:  # handed over to be raised in the caller's thread, after the items before it
            if not chunk or _hand(handed, chunk, stop):
                _hand(handed, _Failed(error), stop)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    helper = threading.Thread(target=make, name="briefing-read-ahead", daemon=True)
    helper.start()
    try:
        while True:
            got = handed.get()
            if got is _END:
                return
            if isinstance(got, _Failed):
                raise got.error
            yield from got  # type: ignore[misc]
    finally:
        stop.set()
        while helper.is_alive():  # take what it is blocked on handing over, so that it sees `stop`
            with contextlib.suppress(queue.Empty):
                handed.get(timeout=0.05)
        helper.join()


def _hand(handed: queue.Queue, value: object, stop: threading.Event) -> bool:
    """Put `value` for the caller; False when the caller has stopped taking."""
    while not stop.is_set():
        try:
            handed.put(value, timeout=0.05)
            return True
        except queue.Full:
            continue
    return False
