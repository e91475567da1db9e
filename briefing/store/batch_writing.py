"""Writing a stream of briefings a batch at a time: each table's rows of a batch in one JSON text and one statement.

A briefing is first `prepare`d (its rows as JSON, its search text, its source key): pure work that
needs no connection, so an import can do it in a helper thread while this one writes. Then a batch is
written with one INSERT … SELECT … FROM json_each(?) a table: SQLite runs each as one long step with
Python's lock let go, rather than one short step a row (the rows are the same as writing.write_rows').
Without a helper thread, binding values row by row is quicker than the JSON: briefings that come
unprepared are written that way.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from briefing.core import Briefing
from briefing.core.fingerprint import text_key
from briefing.store.commitment_ids import new_uid
from briefing.store.index import SEARCH_CJK, SEARCH_COLUMNS, SEARCH_FTS, index_briefings, indexed_text, search_values
from briefing.store.writing import list_json

BATCH_BRIEFINGS = 200  # prepared briefings written together by a stream
INDEX_BATCH = 50  # briefings written one at a time, then indexed together (in the same transaction)
BATCH_CHARACTERS = 4_000_000  # or fewer, when their text is this long (memory stays flat for long articles)

# ASCII JSON: joined and handed to SQLite as it is (no UTF-8 encoding on the writing thread); SQLite reads
# the escapes back, a pair of surrogates as one character
_encode = json.JSONEncoder().encode
_NUL = "\\u0000"  # how the encoder writes a NUL character, which SQLite's JSON functions cut text at
_HALF_CHARACTER = re.compile(r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f]")

_BRIEFING_FIELDS = ("title", "event_date", "event_kind", "places", "parties", "summary", "tags", "source_url",
                    "source_outlet", "source_published", "source_credit", "source_text", "review", "reviewed_by",
                    "reviewed_at", "source_key")
_PARTICIPANT_FIELDS = ("name", "aliases", "title", "organization", "country", "attended", "spoke")
_STATEMENT_FIELDS = ("speaker", "text", "kind", "continuation", "start", "[end]")
_COMMITMENT_FIELDS = ("actor", "text", "firmness", "status", "due", "due_text", "notes", "start", "[end]", "uid")


_COLUMNS = ", ".join(f"[{name}]" for name in SEARCH_COLUMNS)
_BODY = SEARCH_COLUMNS.index("body")


class Statements:
    """The INSERT statements of a batch. ?1 is the batch's first briefing id; ?2 its briefings' rows (for a
    table of several rows a briefing, a list of them for each briefing) as one JSON text; ?3 the time.
    `arrows`: SQLite 3.38 or later, whose ->> reads an item a quarter quicker than json_extract."""

    def __init__(self, arrows: bool) -> None:
        def item(value: str, index: int) -> str:
            return f"({value} ->> {index})" if arrows else f"json_extract({value}, '$[{index}]')"

        def items(value: str, count: int, first: int = 0) -> list[str]:
            return [item(value, index) for index in range(first, first + count)]

        def rows_of(table: str, fields: Sequence[str]) -> str:
            return (f"insert into {table} (briefing_id, position, {', '.join(fields)}) select ?1 + b.key, r.key, "
                    f"{', '.join(items('r.value', len(fields)))} from json_each(?2) b, json_each(b.value) r")

        fields = ", ".join(f"[{name}]" for name in _BRIEFING_FIELDS)
        self.briefings = (f"insert into briefings (id, created, modified, {fields}) select ?1 + key, ?3, ?3, "
                          f"{', '.join(items('value', len(_BRIEFING_FIELDS)))} from json_each(?2)")
        self.participants = rows_of("participants", _PARTICIPANT_FIELDS)
        self.statements = rows_of("statements", _STATEMENT_FIELDS)
        self.commitments = rows_of("commitments", _COMMITMENT_FIELDS)
        self.parties = ("insert or ignore into briefing_parties (briefing_id, party) "
                        "select ?1 + b.key, r.value from json_each(?2) b, json_each(b.value) r")
        self.party_names = ("insert or ignore into party_names (name) "
                            "select r.value from json_each(?2) b, json_each(b.value) r")
        self.people_marks = "insert or ignore into people_dirty (briefing_id) select ?1 + key from json_each(?2)"
        # ?2 here: [position in the batch, the columns…] of each briefing. A body of null is read from the
        # briefing's row just written (as the view reads it), so that the source text is not carried twice.
        position = item("value", 0)
        columns = items("value", len(SEARCH_COLUMNS), 1)
        columns[_BODY] = (f"coalesce({columns[_BODY]}, (select replace(coalesce(b.summary, ''), char(30), ' ') "
                          f"|| char(30) || coalesce(b.source_text, '') from briefings b where b.id = ?1 + {position}))")
        self.search = (f"insert into [{SEARCH_FTS}] (rowid, {_COLUMNS}) select ?1 + {position}, {', '.join(columns)} "
                       "from json_each(?2)")
        self.cjk = (f"insert into [{SEARCH_CJK}] (id, {_COLUMNS}) select ?1 + {position}, "
                    f"{', '.join(items('value', len(SEARCH_COLUMNS), 1))} from json_each(?2)")


STATEMENTS = Statements(arrows=sqlite3.sqlite_version_info >= (3, 38, 0))
_TAKEN_UIDS = "select uid from commitments where uid in (select value from json_each(?))"


@dataclass(slots=True)
class Prepared:
    """A briefing made ready to write: its rows as JSON texts (its source key in its row) and its search text.
    `plain`: its text holds what JSON cannot carry to SQLite (a NUL character, half of a character) or what
    the search view may read otherwise (a number where text belongs): it is written with bound values instead."""

    briefing: Briefing
    row: str
    participants: str
    statements: str
    commitments: str
    parties: str
    search: str  # JSON: the search columns (segmented where CJK), without "[": see write_batch
    cjk: str | None  # JSON: the row of search_cjk, when a column has CJK characters, the same way
    given_uids: list[str]
    size: int
    plain: bool


def _commitment_rows(briefing: Briefing) -> str:
    return _encode([[c.actor, c.text, c.firmness, c.status, c.due, c.due_text, c.notes, c.start, c.end, c.uid]
                    for c in briefing.commitments])


def prepare(briefing: Briefing) -> Prepared:
    """The briefing's rows and search text, made without a connection (a helper thread may make them).
    Its commitments without a uid are given one here; those it carries are checked when it is written."""
    source = briefing.source
    given = [c.uid for c in briefing.commitments if c.uid]
    for commitment in briefing.commitments:
        if not commitment.uid:
            commitment.uid = new_uid()
    key = text_key(source.text)
    row = _encode([briefing.title, briefing.event_date, briefing.event_kind, list_json(briefing.places),
                   list_json(briefing.parties), briefing.summary, list_json(briefing.tags), source.url, source.outlet,
                   source.published, source.credit, source.text, briefing.review, briefing.reviewed_by,
                   briefing.reviewed_at, key])
    participants = _encode([[p.name, list_json(p.aliases), p.title, p.organization, p.country, int(p.attended),
                             int(p.spoke)] for p in briefing.participants])
    statements = _encode([[s.speaker, s.text, s.kind, int(s.continuation), s.start, s.end]
                          for s in briefing.statements])
    commitments = _commitment_rows(briefing)
    parties = _encode([party for party in briefing.parties if isinstance(party, str)])
    values = search_values(briefing)
    search, cjk = indexed_text(values) if values is not None else ([], None)
    if search and (cjk is None or cjk[_BODY] is None):
        search[_BODY] = None  # (read from the briefing's row)
    plain = values is None or any(_NUL in text or ("\\ud" in text and _HALF_CHARACTER.search(text))
                                  for text in (row, participants, statements, commitments, parties))
    return Prepared(briefing, row, participants, statements, commitments, parties, _encode(search)[1:],
                    None if cjk is None else _encode(cjk)[1:], given, len(row) + len(statements) + len(commitments),
                    plain)


def _joined(texts: Sequence[str]) -> str:
    return "[" + ",".join(texts) + "]"


def _give_carried_uids(conn: sqlite3.Connection, batch: Sequence[Prepared]) -> None:
    """A commitment keeps the uid it carries unless a stored commitment (or one before it in the batch)
    holds it: then it gets a new one, and its briefing's commitment rows are made again. (The uids
    `prepare` gave are new: only a batch that carries uids is looked at.)"""
    given = [uid for item in batch for uid in item.given_uids]
    if not given:
        return
    taken = {row[0] for row in conn.execute(_TAKEN_UIDS, [_encode(given)])}
    for item in batch:
        changed = False
        for commitment in item.briefing.commitments:
            if commitment.uid in taken:  # (a commitment object written twice gets a new one each time)
                commitment.uid = new_uid()
                changed = True
            taken.add(commitment.uid)
        if changed:
            item.commitments = _commitment_rows(item.briefing)


def write_batch(conn: sqlite3.Connection, batch: Sequence[Prepared], created: str,
                sql: Statements = STATEMENTS) -> list[int]:
    """Write and index prepared briefings (none of them plain) under new ids, in the caller's
    transaction; returns their ids in order."""
    if not batch:
        return []
    _give_carried_uids(conn, batch)
    first = int(conn.execute("select coalesce(max(id), 0) + 1 from briefings").fetchone()[0])
    conn.execute(sql.briefings, [first, _joined([item.row for item in batch]), created])
    parties = _joined([item.parties for item in batch])
    for statement in (sql.parties, sql.party_names, sql.people_marks):
        conn.execute(statement, [first, parties])
    conn.execute(sql.participants, [first, _joined([item.participants for item in batch])])
    conn.execute(sql.statements, [first, _joined([item.statements for item in batch])])
    conn.execute(sql.commitments, [first, _joined([item.commitments for item in batch])])
    cjk = [f"[{n},{item.cjk}" for n, item in enumerate(batch) if item.cjk is not None]
    if cjk:
        conn.execute(sql.cjk, [first, _joined(cjk)])
    conn.execute(sql.search, [first, _joined([f"[{n},{item.search}" for n, item in enumerate(batch)])])
    return list(range(first, first + len(batch)))


def write_stream(conn: sqlite3.Connection, briefings: Iterable[Briefing | Prepared], created: str,
                 taken: Callable[[int], None], write_rows: Callable[[Briefing], int]) -> list[int]:
    """Write briefings in the caller's transaction, in order. A prepared one (made in the caller's helper
    thread) waits for a batch of BATCH_BRIEFINGS, written from JSON; any other is written at once with
    bound values by `write_rows` (its rows, not its search text: that is indexed INDEX_BATCH at a time),
    so that a caller looking each one up in the library finds those before it. `taken(n)` hears the
    count so far after each. Returns the new ids in order."""
    ids: list[int] = []
    batch: list[Prepared] = []
    size = 0
    unindexed: list[int] = []
    made: list[tuple[str | None, ...] | None] = []  # their search text, made as they are written
    for number, item in enumerate(briefings, start=1):
        if isinstance(item, Prepared) and not item.plain:
            batch.append(item)
            size += item.size
            if len(batch) >= BATCH_BRIEFINGS or size >= BATCH_CHARACTERS:
                ids += write_batch(conn, batch, created)
                batch, size = [], 0
        else:  # one at a time: bound values are quicker than JSON while this thread makes the rows too
            ids += write_batch(conn, batch, created)
            batch, size = [], 0
            briefing = item.briefing if isinstance(item, Prepared) else item
            unindexed.append(write_rows(briefing))
            ids.append(unindexed[-1])
            made.append(search_values(briefing))
            if len(unindexed) == INDEX_BATCH:
                index_briefings(conn, unindexed, made)
                unindexed, made = [], []
        taken(number)
    if unindexed:
        index_briefings(conn, unindexed, made)
    return ids + write_batch(conn, batch, created)
