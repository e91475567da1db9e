"""Commitments across the library: filtered, sorted pages of them, and each one's status history."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass, field, replace
from typing import Any

from briefing.store.hits import fold
from briefing.store.index import SEARCH_FTS
from briefing.store.people_queries import has_index, mentions_of_party
from briefing.store.query import CJK_CHAR

DELIVERED = "delivered"
NOT_RATED = "not_rated"
OPEN_STATUSES = ("not_rated", "not_started", "in_progress", "partly_delivered", "stalled")
SETTLED_STATUSES = ("delivered", "dropped")  # never overdue: overdue is past due and still open
_SETTLED_SQL = ", ".join(f"'{status}'" for status in SETTLED_STATUSES)
# The order of statuses wherever they are sorted (--sort status, the view's Status column, the
# follow-up report's groups after Overdue): what needs chasing first, then unrated, settled last.
STATUS_ORDER = ("stalled", "not_started", "in_progress", "partly_delivered", "not_rated", "delivered", "dropped")
# (schema 8 indexes this expression, as written for the column alone: a change to it needs a migration)
_STATUS_RANK = ("case c.status " + " ".join(f"when '{status}' then {rank}" for rank, status in enumerate(STATUS_ORDER))
                + f" else {len(STATUS_ORDER)} end")
STATUS_RANK_OF_COLUMN = _STATUS_RANK.replace("c.status", "status")
_COLUMNS = ("c.id, c.uid, c.briefing_id, c.position, c.actor, c.text, c.firmness, c.status, c.due, c.due_text,"
            " b.title, b.event_date, b.parties")
# Each order is a SQL ORDER BY; the first two walk the event_date index (the first page comes at once).
ORDERS = {
    "newest": "b.event_date desc, c.briefing_id desc, c.position",
    "oldest": "b.event_date, c.briefing_id, c.position",
    "due": "c.due is null, c.due, b.event_date desc, c.briefing_id desc, c.position",
    "status": f"{_STATUS_RANK}, c.status, b.event_date desc, c.briefing_id desc, c.position",
    "actor": "c.actor collate nocase, b.event_date desc, c.briefing_id desc, c.position",
}
_WORD = re.compile(r"\w+")
WALKS = ("newest", "oldest")  # the orders of the event-date index, which a page can walk
SORTS = ("actor", "status")  # orders whose first column an index gives (SQLite sorts the rest of each run)
SORT_SECONDS = 10.0
WALK_SECONDS = 0.02  # how long a walk may take before the filtered column's index is used instead
PROGRESS_STEPS = 2000  # SQLite instructions between looks at the clock during a walk
FEW_EVENTS = 1500  # a party filter leaving fewer events than this reads their commitments directly
EVENTS_COUNTED = 20_000
EVENT_SECONDS = 1e-5  # about what reading one event's commitments and sorting them costs
MAX_WALK_SECONDS = 0.1
RARE_ROWS = 50_000  # rated commitments of the statuses chosen that are read at once, not walked to


@dataclass(frozen=True)
class CommitmentRow:
    """One commitment as the Commitments view and the follow-up report show it, with its event."""

    id: int
    uid: str
    briefing_id: int
    position: int
    actor: str
    text: str
    firmness: str | None
    status: str
    due: str | None
    due_text: str | None
    event_title: str
    event_date: str | None
    parties: list[str]
    overdue: bool = False


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a commitment's status: when, to what, why, and the evidence (a briefing or a URL)."""

    id: int
    commitment_uid: str
    date: str
    status: str
    note: str | None = None
    evidence_briefing_id: int | None = None
    evidence_url: str | None = None
    entered_at: str = ""
    evidence_title: str | None = None  # the evidence briefing's title, when it is in the library


@dataclass(frozen=True)
class CommitmentFilter:
    """Which commitments to show. Text fields match a part, without regard to case; `with_party`
    narrows `party` to the events where both took part; `overdue` needs `today` (an ISO date)."""

    party: str | None = None
    with_party: str | None = None
    actor: str | None = None
    statuses: tuple[str, ...] = ()
    firmness: tuple[str, ...] = ()
    overdue: bool = False
    since: str | None = None  # event date, inclusive
    until: str | None = None
    text: str | None = None
    today: str = ""
    exclude: tuple[int, ...] = field(default=())  # briefing ids left out (a briefing's own commitments)
    people: bool = True  # a party also matches participants' organisations and countries (People directory)
    event_ids: str | None = None  # the party filter's events, found once (a JSON array; see _resolve)
    event_count: int = 0


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_words(text: str) -> str | None:
    """An FTS5 query for the words of `text` in the commitment and actor columns, or None (Chinese
    text and the like are matched by LIKE alone)."""
    words = _WORD.findall(text)
    if not words or CJK_CHAR.search(text):
        return None
    return "{commitment actor} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"


def party_events_sql(conn: sqlite3.Connection | None, parties: list[str],
                     people: bool = True) -> tuple[str, list[object]]:
    """The ids of the events (and their values) where each of `parties` took part, matched as the
    search's party: filter matches: a part of a party named on the event, or (`people`: the People
    directory is there) a participant's organisation or country holding a word starting with each
    of the party's words."""
    selects: list[str] = []
    values: list[object] = []
    for party in parties:
        named = ("select briefing_id from briefing_parties where party in"
                 " (select name from party_names where name like ? escape '\\')")
        values.append(_like(party))
        words = _WORD.findall(fold(party.replace("'", "").replace("\u2019", "")))
        if people and words:
            mentions, mention_values = mentions_of_party(conn, "briefing_id", words)
            named += " union " + mentions
            values += mention_values
        selects.append(f"select briefing_id from ({named})")
    return " intersect ".join(selects), values


_EVENTS_CACHE: dict[tuple[object, ...], tuple[sqlite3.Connection, int, int, str, int]] = {}
EVENTS_CACHED = 16  # party filters whose events are kept (a page, the next pages and the count use them)


def party_event_ids(conn: sqlite3.Connection, parties: list[str], people: bool = True) -> tuple[str, int]:
    """The events where each of `parties` took part (see party_events_sql), as a JSON array of ids, and how
    many: found once and kept while the file is unchanged (this connection's changes and, by
    data_version, other connections' commits). Reading participants' parties costs tens of
    milliseconds at 100,000 briefings, and a page, the pages after it and the count all need them."""
    key = (id(conn), tuple(party.casefold() for party in parties), people)
    version = (conn.total_changes, conn.execute("pragma data_version").fetchone()[0])
    cached = _EVENTS_CACHE.get(key)
    if cached is None or cached[0] is not conn or cached[1:3] != version:
        sql, values = party_events_sql(conn, parties, people)
        ids = [row[0] for row in conn.execute(sql, values)]
        if len(_EVENTS_CACHE) >= EVENTS_CACHED:
            _EVENTS_CACHE.pop(next(iter(_EVENTS_CACHE)))
        cached = _EVENTS_CACHE[key] = (conn, *version, json.dumps(ids), len(ids))
    return cached[3], cached[4]


def _resolve(conn: sqlite3.Connection, query: CommitmentFilter) -> CommitmentFilter:
    """The filter with its party's events found once (party_event_ids)."""
    parties = [party.strip() for party in (query.party, query.with_party) if party and party.strip()]
    if not parties or query.event_ids is not None:
        return query
    ids, count = party_event_ids(conn, parties, query.people)
    return replace(query, event_ids=ids, event_count=count)


def _where(query: CommitmentFilter, walk: bool = False, by_party: bool = True) -> tuple[str, list[object], bool]:
    """The WHERE clause, its values, and whether it reads the briefings table. `walk`: the query
    walks the event-date order, so no index of a commitment column is to be used (unary +);
    `by_party`: SQLite may start from the party's events (else from the index of rated statuses)."""
    plus = "+" if walk else ""
    clauses: list[str] = []
    values: list[object] = []
    briefing_columns = False
    parties = [party.strip() for party in (query.party, query.with_party) if party and party.strip()]
    if parties:  # the events of the party (of both of a pair)
        column = "b.id" if walk else "c.briefing_id" if by_party else "+c.briefing_id"
        if query.event_ids is not None:
            clauses.append(f"{column} in (select value from json_each(?))")
            values.append(query.event_ids)
        else:
            events, events_values = party_events_sql(None, parties, query.people)
            clauses.append(f"{column} in ({events})")
            values += events_values
        briefing_columns = briefing_columns or walk
    if query.actor and query.actor.strip():
        clauses.append("c.actor like ? escape '\\'")
        values.append(_like(query.actor.strip()))
    for column, chosen in (("c.status", query.statuses), ("c.firmness", query.firmness)):
        if chosen:
            clauses.append(f"{plus}{column} in ({', '.join('?' * len(chosen))})")
            values += list(chosen)
    if query.statuses and NOT_RATED not in query.statuses:  # the words of the partial index of rated ones
        clauses.append(f"{plus}c.status != '{NOT_RATED}'")
    if query.overdue:  # the constant lets the (due, status) index answer it alone
        clauses.append(f"{plus}c.due < ? and {plus}c.status not in ({_SETTLED_SQL})")
        values.append(query.today)
    if query.since:
        clauses.append("b.event_date >= ?")
        values.append(query.since)
        briefing_columns = True
    if query.until:
        clauses.append("b.event_date <= ?")
        values.append(query.until)
        briefing_columns = True
    if query.exclude:
        clauses.append(f"c.briefing_id not in ({', '.join('?' * len(query.exclude))})")
        values += list(query.exclude)
    text = (query.text or "").strip()
    if text:
        fts = _fts_words(text)
        if fts and not walk and by_party:  # a walk, or rare statuses, meet the words soon enough
            clauses.append(f"c.briefing_id in (select rowid from [{SEARCH_FTS}] where [{SEARCH_FTS}] match ?)")
            values.append(fts)
        for word in (_WORD.findall(text) if fts else [text]):
            clauses.append("(c.text like ? escape '\\' or c.actor like ? escape '\\')")
            values += [_like(word)] * 2
    return (" where " + " and ".join(clauses)) if clauses else "", values, briefing_columns


def _row(row: tuple, today: str) -> CommitmentRow:
    parties = json.loads(row[12]) if row[12] else []
    overdue = bool(today and row[8] and row[8] < today and row[7] not in SETTLED_STATUSES)
    return CommitmentRow(*row[:12], parties, overdue)  # type: ignore[arg-type]


def _parts(conn: sqlite3.Connection, order: str) -> list[tuple[str, str, str]]:
    """(FROM, extra WHERE, ORDER BY) of each part of an order's walk, naming the index it follows."""
    by_date = ("briefings b indexed by idx_briefings_event_date cross join commitments c"
               " indexed by idx_commitments_briefing_id_position on c.briefing_id = b.id")
    if order in WALKS:
        return [(by_date, "", ORDERS[order])]
    if order == "due":  # the dated ones by due date, then the rest by event, newest first
        return [("commitments c indexed by idx_commitments_due_status cross join briefings b on b.id = c.briefing_id",
                 "c.due is not null", "c.due, b.event_date desc, c.briefing_id desc, c.position"),
                (by_date, "c.due is null", ORDERS["newest"])]
    index = {"actor": "idx_commitments_actor", "status": "idx_commitments_status_rank"}.get(order)
    if index and has_index(conn, index):  # schema 8's indexes give the first column's order; SQLite sorts each run
        return [(f"commitments c indexed by {index} cross join briefings b on b.id = c.briefing_id", "",
                 ORDERS[order])]
    return []


def _walk(conn: sqlite3.Connection, sql: str, values: list[object], budget: float) -> list[tuple] | None:
    """The rows of a walk, or None when it takes longer than `budget` seconds."""
    deadline = time.perf_counter() + budget
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), PROGRESS_STEPS)
    try:
        return conn.execute(sql, values).fetchall()
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        return None
    finally:
        conn.set_progress_handler(None, 0)


def commitment_page(conn: sqlite3.Connection, query: CommitmentFilter, order: str = "newest",
                    limit: int = 200, offset: int = 0) -> list[CommitmentRow]:
    """One page of the commitments that pass the filter, in the order named (see ORDERS).

    The page is first sought by walking an index in the order wanted (quick when the filter lets
    many through); when that takes longer than WALK_SECONDS, SQLite's own plan (an index of the
    filtered column, then a sort of the few rows found) gives it instead."""
    rows = None
    query = _resolve(conn, query)
    if order == "status" and _by_status_groups(conn, query):
        return _status_groups(conn, query, limit, offset)
    events = _party_events(conn, query)
    rare = bool(query.statuses) and NOT_RATED not in query.statuses
    few = events is not None and events < (FEW_EVENTS if _only_parties(query) else 4 * FEW_EVENTS)
    # rare statuses narrowed further (overdue, a party): few rows pass, so a walk would read most of
    # the library to find them; the index of rated statuses gives them at once when it holds few
    narrow = rare and (query.overdue or events is not None) and _rated(conn, query.statuses) <= RARE_ROWS
    filtered = bool(_where(query)[0])
    # by status, the first run of the index (every stalled one) is sorted before a row comes, and by
    # actor a party's rows are far apart in the index: such a filter's page is quicker from what it leaves
    sort_walk = order not in SORTS or not filtered or (order == "actor" and events is None)
    if _parts(conn, order) and (order not in WALKS or filtered) and not few and not narrow and sort_walk:
        # reading a big party's events costs about EVENT_SECONDS each: a walk may take as long first
        budget = WALK_SECONDS if events is None or rare else min(MAX_WALK_SECONDS, events * EVENT_SECONDS)
        if order in SORTS and not filtered:  # nothing filtered: the index is the way, however long
            budget = SORT_SECONDS
        rows = _walk_page(conn, query, order, limit, offset, max(WALK_SECONDS, budget))
    if rows is None:  # a party of many events with rare statuses: start from the statuses
        where, values, _ = _where(query, by_party=few or not rare)
        sql = (f"select c.id from commitments c join briefings b on b.id = c.briefing_id{where}"
               f" order by {ORDERS[order]} limit ? offset ?")
        rows = conn.execute(sql, [*values, limit, offset]).fetchall()
    return _fetch(conn, [row[0] for row in rows], query.today)


def _ranked_only(conn: sqlite3.Connection) -> bool:
    """Whether every commitment's status is one of STATUS_ORDER (asked of schema 8's rank index: a file
    without it, or with a status another version wrote, is sorted by SQLite's plan)."""
    if not has_index(conn, "idx_commitments_status_rank"):
        return False
    return conn.execute(f"select 1 from commitments indexed by idx_commitments_status_rank"
                        f" where {STATUS_RANK_OF_COLUMN} = {len(STATUS_ORDER)} limit 1").fetchone() is None


def _by_status_groups(conn: sqlite3.Connection, query: CommitmentFilter) -> bool:
    """Whether a page by status is read status by status (_status_groups): a filter leaving many rows,
    or one status alone; a filter leaving few (a small party's events, rare words) sorts them at once."""
    if not _where(query)[0] or not _ranked_only(conn):
        return False
    if sum(1 for status in STATUS_ORDER if not query.statuses or status in query.statuses) == 1:
        return True
    events = _party_events(conn, query)
    if events is not None and events < FEW_EVENTS:
        return False
    fts = _fts_words(query.text or "")
    return fts is None or conn.execute(f"select count(*) from (select 1 from [{SEARCH_FTS}] where [{SEARCH_FTS}]"
                                       f" match ? limit {FEW_EVENTS})", [fts]).fetchone()[0] >= FEW_EVENTS


def _status_groups(conn: sqlite3.Connection, query: CommitmentFilter, limit: int,
                   offset: int) -> list[CommitmentRow]:
    """A filtered page by status: each status's rows newest first, one status after another in
    STATUS_ORDER, each read as a filter of that one status (its own quick plan) in place of sorting
    every row the filter leaves. A group the offset skips whole is counted, not read."""
    found: list[CommitmentRow] = []
    for status in STATUS_ORDER:
        if query.statuses and status not in query.statuses:
            continue
        group = replace(query, statuses=(status,))
        if offset:
            size = commitment_count(conn, group)
            if size <= offset:
                offset -= size
                continue
        found += commitment_page(conn, group, "newest", limit - len(found), offset)
        offset = 0
        if len(found) >= limit:
            break
    return found


def _fetch(conn: sqlite3.Connection, ids: list[int], today: str) -> list[CommitmentRow]:
    """The rows of these commitments, in the order given (a page sorts ids only, then reads 200 rows)."""
    found: dict[int, CommitmentRow] = {}
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        sql = (f"select {_COLUMNS} from commitments c join briefings b on b.id = c.briefing_id"
               f" where c.id in ({', '.join('?' * len(chunk))})")
        found.update((row[0], _row(row, today)) for row in conn.execute(sql, chunk))
    return [found[i] for i in ids if i in found]


def _rated(conn: sqlite3.Connection, statuses: tuple[str, ...]) -> int:
    """How many commitments have one of these statuses (none of them not_rated), up to RARE_ROWS + 1:
    counted from the partial index of rated ones."""
    marks = ", ".join("?" * len(statuses))
    return conn.execute(f"select count(*) from (select 1 from commitments where status in ({marks}) and"
                        f" status != '{NOT_RATED}' limit {RARE_ROWS + 1})", list(statuses)).fetchone()[0]


def _only_parties(query: CommitmentFilter) -> bool:
    return not (query.actor or query.statuses or query.firmness or query.overdue or query.text)


def _party_events(conn: sqlite3.Connection, query: CommitmentFilter) -> int | None:
    """How many events the party filter leaves (up to EVENTS_COUNTED), or None without one."""
    parties = [party.strip() for party in (query.party, query.with_party) if party and party.strip()]
    if not parties:
        return None
    if query.event_ids is not None:
        return min(query.event_count, EVENTS_COUNTED)
    events, values = party_events_sql(conn, parties, query.people)
    sql = f"select count(*) from (select 1 from ({events}) limit {EVENTS_COUNTED})"
    return conn.execute(sql, values).fetchone()[0]


def _walk_page(conn: sqlite3.Connection, query: CommitmentFilter, order: str, limit: int,
               offset: int, budget: float = 0.02) -> list[tuple] | None:
    where, values, joined = _where(query, walk=True)
    found: list[tuple] = []
    parts = _parts(conn, order)
    for number, (tables, extra, order_by) in enumerate(parts):
        clause = " and ".join(part for part in (where.removeprefix(" where "), extra) if part)
        sql = (f"select c.id from {tables}{' where ' + clause if clause else ''}"
               f" order by {order_by} limit ? offset ?")
        rows = _walk(conn, sql, [*values, limit - len(found), offset], budget)
        if rows is None:
            return None
        found += rows
        if len(found) >= limit or number == len(parts) - 1:
            break
        # the next part starts where this one's rows ran out: skip what is left of the offset
        if joined:
            return None
        before = conn.execute(f"select count(*) from commitments c where {clause}", values).fetchone()[0]
        offset = max(0, offset - before)
    return found


def commitment_count(conn: sqlite3.Connection, query: CommitmentFilter) -> int:
    where, values, joined = _where(_resolve(conn, query))
    if not where:
        return conn.execute("select count(*) from commitments").fetchone()[0]
    tables = "commitments c join briefings b on b.id = c.briefing_id" if joined else "commitments c"
    return conn.execute(f"select count(*) from {tables}{where}", values).fetchone()[0]


def commitment_by_id(conn: sqlite3.Connection, key: int | str, today: str = "") -> CommitmentRow | None:
    """The commitment with this row id (a number) or uid (text), or None."""
    column = "c.id" if isinstance(key, int) else "c.uid"
    row = conn.execute(f"select {_COLUMNS} from commitments c join briefings b on b.id = c.briefing_id"
                       f" where {column} = ?", [key]).fetchone()
    return _row(row, today) if row else None


def commitments_by_uid(conn: sqlite3.Connection, uids: list[str], today: str = "") -> dict[str, CommitmentRow]:
    found: dict[str, CommitmentRow] = {}
    for offset in range(0, len(uids), 500):
        chunk = uids[offset:offset + 500]
        sql = (f"select {_COLUMNS} from commitments c join briefings b on b.id = c.briefing_id"
               f" where c.uid in ({', '.join('?' * len(chunk))})")
        found.update((row[1], _row(row, today)) for row in conn.execute(sql, chunk))
    return found


_HISTORY = ("select h.id, h.commitment_uid, h.date, h.status, h.note, h.evidence_briefing_id, h.evidence_url,"
            " h.entered_at, e.title from commitment_history h left join briefings e on e.id = h.evidence_briefing_id")


def history(conn: sqlite3.Connection, uid: str) -> list[HistoryEntry]:
    """A commitment's status changes, oldest first (the last is its current status)."""
    return [HistoryEntry(*row) for row in conn.execute(
        f"{_HISTORY} where h.commitment_uid = ? order by h.date, h.id", [uid])]


def last_entries(conn: sqlite3.Connection, uids: list[str]) -> dict[str, HistoryEntry]:
    """The latest history entry of each commitment that has one."""
    found: dict[str, HistoryEntry] = {}
    for offset in range(0, len(uids), 500):
        chunk = uids[offset:offset + 500]
        for row in conn.execute(f"{_HISTORY} where h.commitment_uid in ({', '.join('?' * len(chunk))})"
                                " order by h.date, h.id", chunk):
            found[row[1]] = HistoryEntry(*row)
    return found


def linked_from(conn: sqlite3.Connection, briefing_id: int) -> list[HistoryEntry]:
    """The entries that cite this briefing as evidence: the other way of an evidence link."""
    return [HistoryEntry(*row) for row in conn.execute(
        f"{_HISTORY} where h.evidence_briefing_id = ? order by h.date, h.id", [briefing_id])]


def current_status(conn: sqlite3.Connection, uid: str, fallback: str = NOT_RATED) -> str:
    row = conn.execute("select status from commitment_history where commitment_uid = ?"
                       " order by date desc, id desc limit 1", [uid]).fetchone()
    return row[0] if row else fallback


def add_entry(conn: sqlite3.Connection, uid: str, date: str, status: str, note: str | None,
              evidence_briefing_id: int | None, evidence_url: str | None, entered_at: str) -> int:
    """Add a history entry and keep the commitment's status (its latest entry's) in step; the
    caller holds the transaction."""
    entry_id = conn.execute(
        "insert into commitment_history (commitment_uid, date, status, note, evidence_briefing_id, evidence_url,"
        " entered_at) values (?, ?, ?, ?, ?, ?, ?)",
        [uid, date, status, note, evidence_briefing_id, evidence_url, entered_at]).lastrowid
    conn.execute("update commitments set status = ? where uid = ?", [current_status(conn, uid), uid])
    return int(entry_id)  # type: ignore[arg-type]


def remove_entry(conn: sqlite3.Connection, uid: str, entered_at: str, fallback: str) -> None:
    """Take back the entry made at `entered_at` (an undo); the status falls back to the latest
    entry left, or `fallback` when none is. The caller holds the transaction."""
    conn.execute("delete from commitment_history where commitment_uid = ? and entered_at = ?", [uid, entered_at])
    conn.execute("update commitments set status = ? where uid = ?", [current_status(conn, uid, fallback), uid])


def stored_statuses(conn: sqlite3.Connection, briefing_id: int) -> dict[str, str]:
    """uid: status of a stored briefing's commitments (to see what a save changes)."""
    return dict(conn.execute("select uid, status from commitments where briefing_id = ?", [briefing_id]))


def tracked_uids(conn: sqlite3.Connection, uids: list[str]) -> set[str]:
    """Those of the uids that have a history."""
    found: set[str] = set()
    for offset in range(0, len(uids), 500):
        chunk = uids[offset:offset + 500]
        found.update(row[0] for row in conn.execute(
            f"select distinct commitment_uid from commitment_history where commitment_uid in"
            f" ({', '.join('?' * len(chunk))})", chunk))
    return found


def history_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every history entry as stored (uid, date, status, note, evidence id, evidence URL, entered), to copy."""
    return conn.execute("select commitment_uid, date, status, note, evidence_briefing_id, evidence_url, entered_at"
                        " from commitment_history order by id").fetchall()


def copy_history(conn: sqlite3.Connection, rows: list[tuple[Any, ...]], new_ids: dict[int, int]) -> int:
    """Add history entries read from another file whose briefings now have `new_ids` (old id: new id);
    only entries of commitments this file holds are kept. How many were; one transaction."""
    with conn:
        uids = {row[0] for row in conn.execute("select uid from commitments")}
        kept = [(*row[:4], new_ids.get(row[4]) if row[4] is not None else None, *row[5:])
                for row in rows if row[0] in uids]
        conn.executemany("insert into commitment_history (commitment_uid, date, status, note, evidence_briefing_id,"
                         " evidence_url, entered_at) values (?, ?, ?, ?, ?, ?, ?)", kept)
    return len(kept)
