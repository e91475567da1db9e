"""Lasting commitment uids: kept when a briefing is saved again, fresh where missing or already taken."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from briefing.core.model import Commitment

UID_BYTES = 9  # 18 hex digits, as schema 6's migration gives existing rows (lower(hex(randomblob(9))))


def new_uid() -> str:
    import secrets  # here: ~2 ms of a start-up that writes nothing

    return secrets.token_hex(UID_BYTES)


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
