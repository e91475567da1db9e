"""The SQL of matching a few changed briefings against the People directory: keys by mention, who holds a key."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from briefing.store.people import _chunks


def keys_by_mention(conn: sqlite3.Connection, mention_ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
    """(key code, kind) of each of the given mentions, by mention id."""
    found: dict[int, list[tuple[int, str]]] = {}
    for chunk in _chunks(sorted(set(mention_ids))):
        for mention_id, code, kind in conn.execute(
                f"select mention_id, key, kind from person_keys where mention_id in ({','.join('?' * len(chunk))})",
                list(chunk)):
            found.setdefault(mention_id, []).append((code, kind))
    return found


def holders(conn: sqlite3.Connection, codes: Iterable[int]) -> list[tuple[int, int, str, int | None]]:
    """(key code, mention id, kind, person id) of every mention holding one of the key codes."""
    found: list[tuple[int, int, str, int | None]] = []
    for chunk in _chunks(sorted(set(codes))):
        found += conn.execute("select k.key, k.mention_id, k.kind, m.person_id from person_keys k"
                              " join person_mentions m on m.id = k.mention_id"
                              f" where k.key in ({','.join('?' * len(chunk))})", list(chunk)).fetchall()
    return found


def people_holding(conn: sqlite3.Connection, codes: Sequence[int], kind: str) -> dict[int, set[int | None]]:
    """The people (person ids) of the mentions holding each key code as `kind`, by code."""
    found: dict[int, set[int | None]] = {}
    for code, _, held_as, person_id in holders(conn, codes):
        if held_as == kind:
            found.setdefault(code, set()).add(person_id)
    return found
