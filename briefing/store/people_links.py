"""The SQL of matching a few changed briefings against the People directory: keys by mention, who holds a key."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

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


def holders(conn: sqlite3.Connection, codes: Iterable[int], kind: str) -> list[tuple[int, int, int | None]]:
    """(key code, mention id, person id) of every mention holding one of the key codes as `kind`."""
    found: list[tuple[int, int, int | None]] = []
    for chunk in _chunks(sorted(set(codes))):
        found += conn.execute("select k.key, k.mention_id, m.person_id from person_keys k join person_mentions m"
                              f" on m.id = k.mention_id where k.kind = ? and k.key in ({','.join('?' * len(chunk))})",
                              [kind, *chunk]).fetchall()
    return found


def full_name_people(conn: sqlite3.Connection, codes: Iterable[int]) -> list[tuple[int, int | None]]:
    """(key code, person id) of every mention holding one of the codes as a full name in a scope."""
    found: list[tuple[int, int | None]] = []
    for chunk in _chunks(sorted(set(codes))):
        marks = ",".join("?" * len(chunk))
        found += conn.execute("select k.key, m.person_id from person_keys k join person_mentions m"
                              f" on m.id = k.mention_id where k.kind = 'full' and k.key in ({marks})",
                              list(chunk)).fetchall()
    return found


def givers(conn: sqlite3.Connection, code: int, enough: int | None = None) -> set[int | None]:
    """The people (None for a mention not matched yet) of the mentions giving a short name (holding its code as
    'offer'); with `enough`, no more than that many are looked for."""
    return {row[0] for row in conn.execute(
        "select distinct m.person_id from person_keys k join person_mentions m on m.id = k.mention_id"
        " where k.key = ? and k.kind = 'offer' limit ?", [code, -1 if enough is None else enough])}
