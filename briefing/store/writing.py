"""Writing a briefing's rows: the INSERT statements, and the connection's settings while a stream is written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from briefing.core import Briefing
from briefing.store.commitment_ids import give_uids

BULK_CACHE_KIB = 32768  # the page cache while a stream is written (SQLite's default is 2,000 KiB)
# The columns each briefing's rows are written with (here one row at a time, in batch_writing many)
BRIEFING_FIELDS = ("id", "title", "event_date", "event_kind", "places", "parties", "summary", "tags", "source_url",
                   "source_outlet", "source_published", "source_credit", "source_text", "created", "modified",
                   "review", "reviewed_by", "reviewed_at", "source_key")
PARTICIPANT_FIELDS = ("briefing_id", "position", "name", "aliases", "title", "organization", "country", "attended",
                      "spoke")
STATEMENT_FIELDS = ("briefing_id", "position", "speaker", "text", "kind", "continuation", "start", "end")
COMMITMENT_FIELDS = ("briefing_id", "position", "actor", "text", "firmness", "status", "due", "due_text", "notes",
                     "start", "end", "uid")


def insert_sql(table: str, fields: Sequence[str], rows: int = 1, verb: str = "insert") -> str:
    """INSERT of `rows` rows of `fields` into `table`, one ? a value."""
    one = "(" + ", ".join("?" * len(fields)) + ")"
    return f"{verb} into [{table}] ({', '.join(f'[{name}]' for name in fields)}) values " + ", ".join([one] * rows)


_INSERT_BRIEFING = insert_sql("briefings", BRIEFING_FIELDS)
_INSERT_PARTICIPANT = insert_sql("participants", PARTICIPANT_FIELDS)
_INSERT_STATEMENT = insert_sql("statements", STATEMENT_FIELDS)
_INSERT_COMMITMENT = insert_sql("commitments", ("id", *COMMITMENT_FIELDS))
# What the insert triggers of schema 6 and 7 did (schema 9 writes it here): the briefing's parties,
# every party name once, and the briefing's mark for the People directory
PARTY_FIELDS, PARTY_NAME_FIELDS, PEOPLE_MARK_FIELDS = ("briefing_id", "party"), ("name",), ("briefing_id",)
_INSERT_PARTY = insert_sql("briefing_parties", PARTY_FIELDS, verb="insert or ignore")
_INSERT_PARTY_NAME = insert_sql("party_names", PARTY_NAME_FIELDS, verb="insert or ignore")
_MARK_FOR_PEOPLE = insert_sql("people_dirty", PEOPLE_MARK_FIELDS, verb="insert or ignore")

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
