"""Writing a stream of briefings a batch at a time: each table's rows of a batch in a few multi-row INSERTs.

A briefing is first `prepare`d (the values of its rows, its search text, its source key): pure
work that needs no connection, so an import can do it in a helper thread while this one writes. Then a
batch is written with one INSERT … VALUES (…), (…), … of many rows a table (a few, when it has more rows
than one statement takes): SQLite runs each as one long step with Python's lock let go, rather than one
short step a row, and reads the values as they are bound (no text to parse). Briefings that come
unprepared are written one at a time (writing.write_rows).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from briefing.core import Briefing
from briefing.core.fingerprint import text_key
from briefing.store.commitment_ids import new_uid
from briefing.store.index import (
    SEARCH_CJK,
    SEARCH_COLUMNS,
    SEARCH_FTS,
    index_briefings,
    indexed_text,
    keep_merge_setting,
    search_values,
)
from briefing.store.writing import (
    BRIEFING_FIELDS,
    COMMITMENT_FIELDS,
    PARTICIPANT_FIELDS,
    PARTY_FIELDS,
    PARTY_NAME_FIELDS,
    PEOPLE_MARK_FIELDS,
    STATEMENT_FIELDS,
    insert_sql,
    list_json,
)

BATCH_BRIEFINGS = 200  # prepared briefings written together by a stream
INDEX_BATCH = 50  # briefings written one at a time, then indexed together (in the same transaction)
BATCH_CHARACTERS = 4_000_000  # or fewer, when their text is this long (memory stays flat for long articles)
MOST_ROWS = 1024  # rows in one INSERT: its statement is made once (sizes are powers of two) and kept
FEWEST_VARIABLES = 999  # the values one statement takes in any SQLite (32,766 from 3.32, often more)

_CREATED = BRIEFING_FIELDS.index("created")  # and "modified" after it: both the time of writing


class Inserts:
    """INSERT statements of many rows for one table, made as they are first needed and kept."""

    def __init__(self, table: str, fields: Sequence[str], verb: str = "insert") -> None:
        self.table, self.fields, self.verb, self.width = table, fields, verb, len(fields)
        self.made: dict[int, str] = {}

    def sql(self, rows: int) -> str:
        if rows not in self.made:
            self.made[rows] = insert_sql(self.table, self.fields, rows, self.verb)
        return self.made[rows]

    def write(self, conn: sqlite3.Connection, values: list[object]) -> None:
        """Write the rows whose values follow one another in `values`: as many at once as a statement takes,
        the rest in statements of fewer rows (a power of two each, so that a statement is made once)."""
        most = max(1, min(MOST_ROWS, _variable_limit(conn) // self.width))
        rows, done = len(values) // self.width, 0
        while done < rows:
            count = min(rows - done, most)
            count = 1 << (count.bit_length() - 1)
            conn.execute(self.sql(count), values[done * self.width:(done + count) * self.width])
            done += count


def _variable_limit(conn: sqlite3.Connection) -> int:
    getlimit = getattr(conn, "getlimit", None)  # (Python 3.11 and later)
    return FEWEST_VARIABLES if getlimit is None else int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


BRIEFINGS = Inserts("briefings", BRIEFING_FIELDS)
PARTICIPANTS = Inserts("participants", PARTICIPANT_FIELDS)
STATEMENTS = Inserts("statements", STATEMENT_FIELDS)
COMMITMENTS = Inserts("commitments", COMMITMENT_FIELDS)
PARTIES = Inserts("briefing_parties", PARTY_FIELDS, "insert or ignore")
PARTY_NAMES = Inserts("party_names", PARTY_NAME_FIELDS, "insert or ignore")
PEOPLE_MARKS = Inserts("people_dirty", PEOPLE_MARK_FIELDS, "insert or ignore")
SEARCH = Inserts(SEARCH_FTS, ("rowid", *SEARCH_COLUMNS))
CJK = Inserts(SEARCH_CJK, ("id", *SEARCH_COLUMNS))
_TAKEN_UIDS = "select uid from commitments where uid in (select value from json_each(?))"


@dataclass(slots=True)
class Prepared:
    """A briefing made ready to write: the values of its rows (but its id, given when it is written), its
    source key among them, and its search text. `plain`: the index may not be given its text as values
    (see index.search_values): it is written one at a time, the index reading it from the view."""

    briefing: Briefing
    row: list[object]  # the values of its rows, one row after another, each with its briefing's id left None
    participants: list[object]
    statements: list[object]
    commitments: list[object]
    parties: list[str]
    search: list[str | None]  # the search columns (segmented where CJK)
    cjk: list[str | None] | None  # the row of search_cjk, when a column has CJK characters
    given_uids: list[str]
    size: int
    plain: bool


def _commitment_rows(briefing: Briefing) -> list[object]:
    return list(chain.from_iterable(
        (None, i, c.actor, c.text, c.firmness, c.status, c.due, c.due_text, c.notes, c.start, c.end, c.uid)
        for i, c in enumerate(briefing.commitments)))


def prepare(briefing: Briefing) -> Prepared:
    """The briefing's rows and search text, made without a connection (a helper thread may make them).
    Its commitments without a uid are given one here; those it carries are checked when it is written."""
    source = briefing.source
    given = [c.uid for c in briefing.commitments if c.uid]
    for commitment in briefing.commitments:
        if not commitment.uid:
            commitment.uid = new_uid()
    row = [None, briefing.title, briefing.event_date, briefing.event_kind, list_json(briefing.places),
           list_json(briefing.parties), briefing.summary, list_json(briefing.tags), source.url, source.outlet,
           source.published, source.credit, source.text, None, None, briefing.review, briefing.reviewed_by,
           briefing.reviewed_at, text_key(source.text)]
    participants = list(chain.from_iterable(
        (None, i, p.name, list_json(p.aliases), p.title, p.organization, p.country, int(p.attended), int(p.spoke))
        for i, p in enumerate(briefing.participants)))
    statements = list(chain.from_iterable(
        (None, i, s.speaker, s.text, s.kind, int(s.continuation), s.start, s.end)
        for i, s in enumerate(briefing.statements)))
    values = search_values(briefing)
    search, cjk = indexed_text(values) if values is not None else ([], None)
    size = sum(len(text) for text in (*search, *(cjk or ())) if text)  # (a plain one is written alone)
    return Prepared(briefing, row, participants, statements, _commitment_rows(briefing),
                    [party for party in briefing.parties if isinstance(party, str)], search, cjk, given, size,
                    values is None)


def _give_carried_uids(conn: sqlite3.Connection, batch: Sequence[Prepared]) -> None:
    """A commitment keeps the uid it carries unless a stored commitment (or one before it in the batch)
    holds it: then it gets a new one, and its briefing's commitment rows are made again. (The uids
    `prepare` gave are new: only a batch that carries uids is looked at.)"""
    given = [uid for item in batch for uid in item.given_uids]
    if not given:
        return
    taken = {row[0] for row in conn.execute(_TAKEN_UIDS, [json.dumps(given)])}
    for item in batch:
        changed = False
        for commitment in item.briefing.commitments:
            if commitment.uid in taken:  # (a commitment object written twice gets a new one each time)
                commitment.uid = new_uid()
                changed = True
            taken.add(commitment.uid)
        if changed:
            item.commitments = _commitment_rows(item.briefing)


def _with_ids(first: int, batch: Sequence[Prepared], field: str, width: int) -> list[object]:
    """The rows `field` of the prepared briefings one after another, each given its briefing's id."""
    values: list[object] = []
    for n, item in enumerate(batch):
        rows: list[object] = getattr(item, field)
        if rows:
            rows[::width] = [first + n] * (len(rows) // width)
            values += rows
    return values


def write_batch(conn: sqlite3.Connection, batch: Sequence[Prepared], created: str) -> list[int]:
    """Write and index prepared briefings (none of them plain) under new ids, in the caller's
    transaction; returns their ids in order."""
    if not batch:
        return []
    keep_merge_setting(conn)
    _give_carried_uids(conn, batch)
    first = int(conn.execute("select coalesce(max(id), 0) + 1 from briefings").fetchone()[0])
    ids = range(first, first + len(batch))
    for item in batch:
        item.row[_CREATED:_CREATED + 2] = created, created
    BRIEFINGS.write(conn, _with_ids(first, batch, "row", BRIEFINGS.width))
    parties = [(i, party) for i, item in zip(ids, batch) for party in item.parties]
    PARTIES.write(conn, list(chain.from_iterable(parties)))
    PARTY_NAMES.write(conn, list(dict.fromkeys(party for _, party in parties)))
    PEOPLE_MARKS.write(conn, list(ids))
    PARTICIPANTS.write(conn, _with_ids(first, batch, "participants", PARTICIPANTS.width))
    STATEMENTS.write(conn, _with_ids(first, batch, "statements", STATEMENTS.width))
    COMMITMENTS.write(conn, _with_ids(first, batch, "commitments", COMMITMENTS.width))
    CJK.write(conn, list(chain.from_iterable((i, *item.cjk) for i, item in zip(ids, batch) if item.cjk is not None)))
    SEARCH.write(conn, list(chain.from_iterable((i, *item.search) for i, item in zip(ids, batch))))
    return list(ids)


def write_stream(conn: sqlite3.Connection, briefings: Iterable[Briefing | Prepared], created: str,
                 taken: Callable[[int], None], write_rows: Callable[[Briefing], int]) -> list[int]:
    """Write briefings in the caller's transaction, in order. A prepared one (made in the caller's helper
    thread) waits for a batch of BATCH_BRIEFINGS, written together; any other is written at once by
    `write_rows` (its rows, not its search text: that is indexed INDEX_BATCH at a time),
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
        else:  # one at a time, its rows made here
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
