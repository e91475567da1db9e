"""Writing a briefing's rows: the INSERT statements, and the connection's settings while a stream is written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from briefing.core import Briefing
from briefing.store.commitment_ids import give_uids

BULK_CACHE_KIB = 32768  # the page cache while a stream is written (SQLite's default is 2,000 KiB)
_BRIEFING_FIELDS = ("id", "title", "event_date", "event_kind", "places", "parties", "summary", "tags", "source_url",
                    "source_outlet", "source_published", "source_credit", "source_text", "created", "modified",
                    "review", "reviewed_by", "reviewed_at", "source_key")
_INSERT_BRIEFING = (f"insert into briefings ({', '.join(f'[{name}]' for name in _BRIEFING_FIELDS)}) "
                    f"values ({', '.join('?' * len(_BRIEFING_FIELDS))})")
_INSERT_PARTICIPANT = ("insert into participants (briefing_id, position, name, aliases, title, organization, country,"
                       " attended, spoke) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_STATEMENT = ("insert into statements (briefing_id, position, speaker, text, kind, continuation, start, [end])"
                     " values (?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_COMMITMENT = ("insert into commitments (id, briefing_id, position, actor, text, firmness, status, due,"
                      " due_text, notes, start, [end], uid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
# What the insert triggers of schema 6 and 7 did (schema 9 writes it here): the briefing's parties,
# every party name once, and the briefing's mark for the People directory
_INSERT_PARTY = "insert or ignore into briefing_parties (briefing_id, party) values (?, ?)"
_INSERT_PARTY_NAME = "insert or ignore into party_names (name) values (?)"
_MARK_FOR_PEOPLE = "insert or ignore into people_dirty (briefing_id) values (?)"

_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps(…, ensure_ascii=False) makes one a call


def list_json(values: Sequence[str]) -> str:
    """A list as JSON text; an empty one (most participants' aliases, most tags) without the encoder."""
    return "[]" if values == [] else _encode(values)


def write_rows(conn: sqlite3.Connection, briefing: Briefing, source_key: str | None, created: str, modified: str,
               keep_id: bool = False, commitment_ids: dict[str, int] | None = None) -> int:
    """Write a briefing's rows (not its search index) in the caller's transaction; returns its id.
    `keep_id` writes it under briefing.id; `commitment_ids` (uid: row id) keeps a saved-again
    commitment's row id, so an id stays valid."""
    source = briefing.source
    cursor = conn.execute(_INSERT_BRIEFING, (
        briefing.id if keep_id else None, briefing.title, briefing.event_date, briefing.event_kind,
        list_json(briefing.places), list_json(briefing.parties), briefing.summary, list_json(briefing.tags),
        source.url, source.outlet, source.published, source.credit, source.text, created, modified,
        briefing.review, briefing.reviewed_by, briefing.reviewed_at, source_key))
    briefing_id = int(cursor.lastrowid)  # type: ignore[arg-type]
    parties = [party for party in briefing.parties if isinstance(party, str)]
    if parties:
        conn.executemany(_INSERT_PARTY, [(briefing_id, party) for party in parties])
        conn.executemany(_INSERT_PARTY_NAME, [(party,) for party in parties])
    conn.execute(_MARK_FOR_PEOPLE, (briefing_id,))
    conn.executemany(_INSERT_PARTICIPANT, [
        (briefing_id, i, p.name, list_json(p.aliases), p.title, p.organization, p.country, int(p.attended),
         int(p.spoke)) for i, p in enumerate(briefing.participants)])
    conn.executemany(_INSERT_STATEMENT, [
        (briefing_id, i, s.speaker, s.text, s.kind, int(s.continuation), s.start, s.end)
        for i, s in enumerate(briefing.statements)])
    if briefing.commitments:
        give_uids(conn, briefing.commitments)
    kept = commitment_ids or {}
    conn.executemany(_INSERT_COMMITMENT, [
        (kept.get(c.uid), briefing_id, i, c.actor, c.text, c.firmness, c.status, c.due, c.due_text, c.notes,
         c.start, c.end, c.uid) for i, c in enumerate(briefing.commitments)])
    return briefing_id


@contextmanager
def bulk_writing(conn: sqlite3.Connection) -> Iterator[None]:
    """Settings of the connection while a stream of briefings is written, given back after: a larger
    page cache (pages of the indexes are written to the WAL once rather than each time a small cache
    spills them), and statement journals in memory. A briefing's INSERT fires triggers, so SQLite
    keeps a statement journal of the pages it changes (about 9 pages a briefing); once one grows past
    64 KiB it becomes a temporary file, written ~36 KB a briefing for the rest of the connection."""
    cache, temp_store = (conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "temp_store"))
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    # temp_store cannot change inside a transaction (once temporary storage is open): a caller's
    # transaction keeps the setting it has
    in_memory = not conn.in_transaction and int(temp_store) != 2
    if in_memory:
        conn.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        if in_memory:
            conn.execute(f"PRAGMA temp_store = {int(temp_store)}")
