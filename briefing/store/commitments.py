"""Commitments across the library: filtered pages of them in each order, by the plan that gives each soonest."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, replace

from briefing.store.commitment_filters import (
    NOT_RATED,
    SETTLED_STATUSES,
    STATUS_ORDER,
    STATUS_RANK,
    STATUS_RANK_OF_COLUMN,
    CommitmentFilter,
    actors_holding,
    fts_words,
    party_events_sql,
    resolve_parties,
    where_sql,
)
from briefing.store.index import SEARCH_FTS
from briefing.store.people_queries import has_index

__all__ = ["ORDERS", "SETTLED_STATUSES", "STATUS_ORDER", "STATUS_RANK_OF_COLUMN", "CommitmentFilter", "CommitmentRow",
           "commitment_by_id", "commitment_count", "commitment_page", "commitments_by_uid", "event_marks"]

_COLUMNS = ("c.id, c.uid, c.briefing_id, c.position, c.actor, c.text, c.firmness, c.status, c.due, c.due_text,"
            " b.title, b.event_date, b.parties")
# Each order is a SQL ORDER BY; the first two walk the event_date index (the first page comes at once).
ORDERS = {
    "newest": "b.event_date desc, c.briefing_id desc, c.position",
    "oldest": "b.event_date, c.briefing_id, c.position",
    "due": "c.due is null, c.due, b.event_date desc, c.briefing_id desc, c.position",
    "status": f"{STATUS_RANK}, c.status, b.event_date desc, c.briefing_id desc, c.position",
    "actor": "c.actor collate nocase, b.event_date desc, c.briefing_id desc, c.position",
}
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
DENSE_WALK_SECONDS = 1.0  # how long a walk may take again when the filter leaves more rows than RARE_ROWS


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
    query = resolve_parties(conn, query)
    if query.actor_names == "[]":  # no actor holds the actor filter's text: no row, without a walk
        return []
    if order == "status" and _by_status_groups(conn, query):
        return _in_groups(conn, [replace(query, statuses=(status,)) for status in STATUS_ORDER
                                 if not query.statuses or status in query.statuses], limit, offset)
    actors = _actor_groups(conn, query) if order == "actor" else None
    if actors is not None:
        return _in_groups(conn, [replace(query, actor_is=actor) for actor in actors], limit, offset)
    if _few_actor_rows(conn, query):  # the actors' rows, by the actor index, sorted: no walk to meet them
        where, values, _ = where_sql(query)
        sql = (f"select c.id from commitments c indexed by idx_commitments_actor cross join briefings b"
               f" on b.id = c.briefing_id{where} order by {ORDERS[order]} limit ? offset ?")
        return _fetch(conn, [row[0] for row in conn.execute(sql, [*values, limit, offset])], query.today)
    events = _party_events(conn, query)
    rare = bool(query.statuses) and NOT_RATED not in query.statuses
    few = events is not None and events < (FEW_EVENTS if _only_parties(query) else 4 * FEW_EVENTS)
    # a span of event dates holding few events: their rows, read by the event-date index and sorted,
    # come sooner than a walk of another order's index that meets the span's rows here and there
    dated = _dated_events(conn, query) if order not in WALKS else None
    few = few or (dated is not None and dated < 4 * FEW_EVENTS)
    # rare statuses narrowed further (overdue, a party): few rows pass, so a walk would read most of
    # the library to find them; the index of rated statuses gives them at once when it holds few
    narrow = rare and (query.overdue or events is not None) and _rated(conn, query.statuses) <= RARE_ROWS
    filtered = bool(where_sql(query)[0])
    # by status, the first run of the index (every stalled one) is sorted before a row comes, and by
    # actor a party's rows are far apart in the index: such a filter's page is quicker from what it leaves,
    # but for a party of many events (overdue or a firmness besides) sorting all it leaves takes longer
    big_party = events is not None and events >= 4 * FEW_EVENTS and not (query.text or rare)
    sort_walk = order not in SORTS or not filtered or (order == "actor" and (events is None or big_party))
    if _parts(conn, order) and (order not in WALKS or filtered) and not few and not narrow and sort_walk:
        # reading a big party's events costs about EVENT_SECONDS each: a walk may take as long first
        budget = WALK_SECONDS if events is None or rare else min(MAX_WALK_SECONDS, events * EVENT_SECONDS)
        if order in SORTS and not filtered:  # nothing filtered: the index is the way, however long
            budget = SORT_SECONDS
        rows = _walk_page(conn, query, order, limit, offset, max(WALK_SECONDS, budget))
        if rows is None and not (rare and order in WALKS) and commitment_count(conn, query, RARE_ROWS) > RARE_ROWS:
            # the filter leaves so many rows that the walk meets them soon (it ran out of time on a busy
            # machine) and SQLite's plan would sort every one of them (overdue by actor: over a second)
            rows = _walk_page(conn, query, order, limit, offset, DENSE_WALK_SECONDS)
    if rows is None and rare and order in WALKS and not few and not (query.text or "").strip():
        # rated statuses (narrowed further, or walked for longer than WALK_SECONDS): the events holding such
        # commitments (of the party), read from the index of rated ones, then walked by date, in place of
        # sorting every row (stalled and overdue at 100,000 briefings: 11,700 rows sorted in ~45-70 ms);
        # words are left to SQLite's plan (each event walked to would be read for them)
        rows = _walk_page(conn, query, order, limit, offset, SORT_SECONDS, rated_events=True)
    if rows is None:  # a party of many events with rare statuses: start from the statuses
        where, values, _ = where_sql(query, by_party=few or not rare)
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
    """Whether a page by status is read status by status (_in_groups): a filter leaving many rows,
    or one status alone; a filter leaving few (a small party's events, rare words) sorts them at once."""
    query = resolve_parties(conn, query)
    if not where_sql(query)[0] or not _ranked_only(conn):
        return False
    if sum(1 for status in STATUS_ORDER if not query.statuses or status in query.statuses) == 1:
        return True
    events = _party_events(conn, query)
    if events is not None and events < FEW_EVENTS:
        return False
    fts = fts_words(query.text or "")
    return fts is None or conn.execute(f"select count(*) from (select 1 from [{SEARCH_FTS}] where [{SEARCH_FTS}]"
                                       f" match ? limit {FEW_EVENTS})", [fts]).fetchone()[0] >= FEW_EVENTS


ACTORS_WALKED = 5000  # a library with more distinct actors than this sorts an actor filter's rows at once
ACTOR_RUNS = 12  # an actor filter matching more actors than this is sorted at once too
ACTOR_ROWS = 5_000  # an actor filter whose actors hold fewer rows is read by the actor index and sorted


def _actor_groups(conn: sqlite3.Connection, query: CommitmentFilter) -> list[str] | None:
    """The actors an actor filter matches, in the order of the sort by actor, when a page is read actor
    by actor (_in_groups): a few actors, each a run of the sort that SQLite would sort whole before
    giving its first row; else None."""
    if not (query.actor and query.actor.strip()) or query.actor_is is not None:
        return None
    if not has_index(conn, "idx_commitments_actor") or (query.event_ids is not None and query.event_count < FEW_EVENTS):
        return None
    actors, every = actors_holding(conn, query.actor)  # kept: the filter found them already
    return actors if every <= ACTORS_WALKED and len(actors) <= ACTOR_RUNS else None


def _few_actor_rows(conn: sqlite3.Connection, query: CommitmentFilter) -> bool:
    """Whether the actors an actor filter matches hold few rows (ACTOR_ROWS), counted by the actor index:
    reading and sorting them is quicker than walking an order to meet them (a few of 40,000 actors)."""
    if not query.actor_names or query.actor_names == "[]" or not has_index(conn, "idx_commitments_actor"):
        return False
    if len(json.loads(query.actor_names)) > ACTOR_ROWS:  # each holds a row at least
        return False
    return conn.execute("select count(*) from (select 1 from commitments indexed by idx_commitments_actor where"
                        " actor collate nocase in (select value from json_each(?)) limit ?)",
                        [query.actor_names, ACTOR_ROWS + 1]).fetchone()[0] <= ACTOR_ROWS


def _in_groups(conn: sqlite3.Connection, groups: list[CommitmentFilter], limit: int,
               offset: int) -> list[CommitmentRow]:
    """A page of a sort read group by group: each group (one status, one actor) is a filter of its own,
    read newest first by its own quick plan, in place of sorting every row the filter leaves. A group
    the offset skips whole is counted, not read."""
    found: list[CommitmentRow] = []
    for group in groups:
        if offset:
            size = commitment_count(conn, group, at_most=offset)  # only whether the group is skipped whole
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


def _dated_events(conn: sqlite3.Connection, query: CommitmentFilter) -> int | None:
    """How many events the span of event dates holds (up to EVENTS_COUNTED), or None without one."""
    bounds = [(f"event_date {sign} ?", value) for sign, value in ((">=", query.since), ("<=", query.until)) if value]
    if not bounds:
        return None
    sql = (f"select count(*) from (select 1 from briefings where {' and '.join(bound for bound, _ in bounds)}"
           f" limit {EVENTS_COUNTED})")
    return conn.execute(sql, [value for _, value in bounds]).fetchone()[0]


def _rated_events(query: CommitmentFilter) -> tuple[str, list[object]]:
    """A condition on the briefing `b` of a walk by date: an event (of the party) with a commitment of the
    filter's rated statuses (overdue, when the filter says so), read from the index of rated ones."""
    marks = ", ".join("?" * len(query.statuses))
    sql = (f"b.id in (select briefing_id from commitments indexed by idx_commitments_rated where status in ({marks})"
           f" and status != '{NOT_RATED}'"
           + (f" and due < ? and status not in ({', '.join('?' * len(SETTLED_STATUSES))})" if query.overdue else "")
           + (" and briefing_id in (select value from json_each(?))" if query.event_ids is not None else "") + ")")
    return sql, [*query.statuses, *([query.today, *SETTLED_STATUSES] if query.overdue else []),
                 *([query.event_ids] if query.event_ids is not None else [])]


def _walk_page(conn: sqlite3.Connection, query: CommitmentFilter, order: str, limit: int,
               offset: int, budget: float = 0.02, rated_events: bool = False) -> list[tuple] | None:
    """The ids of a page read by walking an order's index (see _parts), or None when that takes longer
    than `budget`; `rated_events` (rated statuses, by date): only the events holding such commitments
    are walked to."""
    found: list[tuple] = []
    parts = _parts(conn, order)
    for number, (tables, extra, order_by) in enumerate(parts):
        where, values, joined = where_sql(query, walk=True, from_commitments=tables.startswith("commitments"))
        events, events_values = _rated_events(query) if rated_events else ("", [])
        values = [*values, *events_values]
        clause = " and ".join(part for part in (where.removeprefix(" where "), extra, events) if part)
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


def commitment_count(conn: sqlite3.Connection, query: CommitmentFilter, at_most: int | None = None) -> int:
    """How many commitments pass the filter; with `at_most`, counted only up to at_most + 1 (a number
    above `at_most` says "more than that": a common filter's count reads every row it lets through,
    a bounded one stops at the first at_most + 1)."""
    query = resolve_parties(conn, query)
    if query.actor_names == "[]":
        return 0
    where, values, joined = where_sql(query)
    if not where and at_most is None:
        return conn.execute("select count(*) from commitments").fetchone()[0]
    tables = "commitments c join briefings b on b.id = c.briefing_id" if joined else "commitments c"
    if at_most is None:
        return conn.execute(f"select count(*) from {tables}{where}", values).fetchone()[0]
    return conn.execute(f"select count(*) from (select 1 from {tables}{where} limit ?)",
                        [*values, max(0, at_most) + 1]).fetchone()[0]


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


def event_marks(conn: sqlite3.Connection, briefing_ids: list[int]) -> dict[int, tuple[str | None, list[str]]]:
    """(review, tags) of each of these briefings: whether a paper citing it as a commitment's event must say
    it is a draft, or that its year was guessed."""
    marks: dict[int, tuple[str | None, list[str]]] = {}
    for offset in range(0, len(briefing_ids), 500):
        chunk = briefing_ids[offset:offset + 500]
        sql = f"select id, review, tags from briefings where id in ({','.join('?' * len(chunk))})"
        for briefing_id, review, tags in conn.execute(sql, chunk):
            marks[briefing_id] = (review, json.loads(tags) if tags else [])
    return marks
