"""Lasting commitment uids: kept when a briefing is saved again, fresh where missing or already taken."""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Sequence

from briefing.core.model import Commitment


# A new uid: when this process started (ms since 1970, 11 hex digits) and 8 random hex digits,
# then how many it made before (8 hex digits). One process's uids sort in the order they are made, so
# each lands at the end of the uid index (a random uid lands anywhere: a 100,000-record import spent
# a tenth of its time there); another process, or the same one after a fork, starts a head of its own.
# Schema 6's migration gave existing rows 18 random hex digits (lower(hex(randomblob(9)))).
def _new_head() -> str:
    return f"{time.time_ns() // 1_000_000:011x}{os.urandom(4).hex()}"


_head = _new_head()
_made = itertools.count()  # (its next() is one step under Python's lock: two threads never get the same)


def new_uid() -> str:
    return f"{_head}{next(_made):08x}"


def _forked() -> None:
    global _head, _made
    _head, _made = _new_head(), itertools.count()


if hasattr(os, "register_at_fork"):  # (not on Windows, which does not fork)
    os.register_at_fork(after_in_child=_forked)


def give_uids(conn: sqlite3.Connection, commitments: Sequence[Commitment]) -> None:
    """Give each commitment a uid before it is written: its own when it has one that no other stored
    commitment holds (the briefing's old rows are deleted first when it is saved again), else a new one.

    The uid is set on the objects themselves, so a caller that saves the same Briefing again keeps
    the identities (and with them the status histories)."""
    given = [c.uid for c in commitments if c.uid]
    taken: set[str] = set()
    if given:
        for offset in range(0, len(given), 500):
            chunk = given[offset:offset + 500]
            marks = ",".join("?" * len(chunk))
            taken.update(row[0] for row in conn.execute(f"select uid from commitments where uid in ({marks})", chunk))
    for commitment in commitments:
        if not commitment.uid or commitment.uid in taken:
            commitment.uid = new_uid()
        taken.add(commitment.uid)
