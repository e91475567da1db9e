"""Full-text search over the library: the ranked, the newest and the fast first page of hits."""

from __future__ import annotations

import json
import math
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from briefing.core.model import LEGACY_STATUSES
from briefing.store.commitment_filters import party_event_ids, party_names_holding, party_words
from briefing.store.hits import HIT_END, HIT_START, RowMatcher, fold, ordered, rows_of, snippet
from briefing.store.index import SEARCH_COLUMNS, SEARCH_FTS, SEARCH_VIEW
from briefing.store.people_queries import PEOPLE_FTS, match_words
from briefing.store.query import WORD, Query, parse, unsegment_cjk

__all__ = ["HIT_END", "HIT_START", "Hit", "SearchResult", "dumps_hits", "run_search"]

T = TypeVar("T")
ORDERS = ("fast", "rank", "newest")
FAST_PAGE_BUDGET = 0.012  # seconds: the fast page shows what it found by then
PROGRESS_STEPS = 2000  # SQLite VM steps between looks at the clock
TEXT_KINDS = ("title", "summary", "source")
FIRST_CHUNK = 4  # briefings looked at first; then as many as the hits still wanted seem to need
MAX_CHUNK = 64
FEW_MATCHES = 2000  # briefings matching the words that a page asks their party: one by one
FEW_SECONDS = 0.003  # how long finding whether they are that few may take
WALK_SECONDS = 0.005  # how long a page of a party alone may walk the event dates asking each briefing
_HIGHLIGHTS = ", ".join(f"highlight([{SEARCH_FTS}], {i}, '{HIT_START}', '{HIT_END}')"
                        for i in range(len(SEARCH_COLUMNS)))
_SORTS = {"fast": "f.rowid desc", "rank": "f.rank", "newest": "b.event_date is null, b.event_date desc, f.rowid desc"}


@dataclass(frozen=True)
class Hit:
    """One matching row: which briefing, what kind of thing, its row in its tab, and a snippet.

    The snippet marks matched words with HIT_START and HIT_END."""

    briefing_id: int
    kind: str
    position: int
    snippet: str
    title: str
    event_date: str | None


@dataclass
class SearchResult:
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reason: str | None = None
    order: str = "rank"
    partial: bool = False  # a fast page cut short by its time budget; the ranked page completes it


def run_search(conn: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0,
               order: str = "rank", prefix_last: bool = True) -> SearchResult:
    """Search the library. `order`: "fast" (newest stored first, stops at the first page),
    "rank" (bm25, title and statement hits weigh more) or "newest" (by event date)."""
    query = parse(text, prefix_last=prefix_last)
    result = SearchResult(notes=list(query.notes), order=order)
    if query.match_text() is None and not query.filters:
        result.reason = ("only exclusions: add a word to search for" if query.excluded
                         else "type a word to search for" if not text.strip()
                         else "nothing to search for in that query")
        return result
    deadline = time.perf_counter() + FAST_PAGE_BUDGET if order == "fast" else None
    try:
        rows = None
        if order == "fast" and query.has_implicit_prefix():
            # A word still being typed matches as a prefix, and FTS5 merges the postings of every
            # word with that prefix before it returns anything. When the whole word alone fills the
            # first page, those hits (all of them prefix hits too) come back at once; when the
            # budget ran out, what was found is shown and the ranked page completes it.
            rows = _select(conn, query, order, limit, offset, implicit_prefixes=False, deadline=deadline)
            rows = rows if len(rows) >= limit or isinstance(rows, PartialRows) else None
        if rows is None:
            rows = _select(conn, query, order, limit, offset, deadline=deadline)
    except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: say so, never raise
        result.reason = f"the search could not be run ({exc})"
        return result
    titles = _titles(conn, {row[0] for row in rows})
    result.hits = [Hit(row[0], row[1], row[2], _clip(unsegment_cjk(row[3] or "")), *titles[row[0]])
                   for row in rows]
    result.partial = isinstance(rows, PartialRows)
    if not result.hits:
        result.reason = ("still searching: the ranked results will show the hits" if result.partial
                         else "no briefing matches " + _describe(query))
    return result


def _filter_sql(conn: sqlite3.Connection, query: Query, per_briefing: bool = False) -> tuple[list[str], dict[str, Any]]:
    """Conditions on the briefing `b` for the field filters (speaker: is part of the MATCH text).
    `per_briefing`: the party: filter asks each briefing it meets (a page that meets few, or stops at
    its first hits) rather than reading every event of the party first."""
    where, params = [], {}
    filters = query.filters
    if "party" in filters and filters["party"].strip():
        # a party of the event (its name holding the filter, both folded as words are), or of one of
        # its people (the People directory's party index): its events read from the party names and
        # that index (as the Commitments view's party filter reads them), kept while the file is
        # unchanged, so the pages after the first read them once; a page that stops at its first hits
        # (the fast page) or meets few briefings (rare words) asks each briefing it meets instead, as
        # reading every event of a big party first would take longer
        party = filters["party"].strip()
        if per_briefing:
            params["party_names"] = json.dumps(party_names_holding(conn, party), ensure_ascii=False)
            params.update({f"party_word{index}": " " + word for index, word in enumerate(party_words(party))})
            words = [f":{name}" for name in params if name.startswith("party_word")]
            named = ("exists (select 1 from briefing_parties p where p.briefing_id = b.id and p.party in"
                     " (select value from json_each(:party_names)))")
            mentions = ("exists (select 1 from person_mentions m where m.briefing_id = b.id and m.person_id is not"
                        f" null and {_all(words, 'm.party')})") if words else "0"
            where.append(f"({named} or {mentions})")
        else:
            params["party_events"], events = party_event_ids(conn, [party])
            where.append("b.id in (select value from json_each(:party_events))" if events else "0")  # (none: no look)
    if "person" in filters:  # by any name, alias or title the person had (the People directory)
        _words(filters["person"], params, "person_word", "search")
        where.append("b.id in (select m.briefing_id from person_mentions m where m.person_id in"
                     f" ({_PEOPLE_MATCHING.format('person_word_match')}))")
    if "kind" in filters:
        where.append("substr(lower(b.event_kind), 1, length(:event_kind)) = lower(:event_kind)")
        params["event_kind"] = filters["kind"]
    if "review" in filters:
        where.append("b.review = lower(:review)")
        params["review"] = "reviewed" if filters["review"].lower().startswith("rev") else "draft"
    if "tag" in filters:
        where.append("exists (select 1 from json_each(b.tags) t where t.value = :tag collate nocase)")
        params["tag"] = filters["tag"]
    if "after" in filters:
        where.append("b.event_date > :after")
        params["after"] = filters["after"]
    if "before" in filters:
        where.append("b.event_date < :before")
        params["before"] = filters["before"]
    commitment = _commitment_sql(query, params)
    if commitment:
        where.append(f"exists (select 1 from commitments c where c.briefing_id = b.id and {commitment})")
    return where, params


def _words(value: str, params: dict[str, Any], name: str, column: str) -> list[str]:
    """The folded words of a person: or party: filter as parameters, each after a space (a word's start),
    and (as :{name}_match) the People directory's full-text query for them in `column`."""
    words = WORD.findall(fold(value.replace("'", "").replace("’", ""))) or [value.strip().casefold()]
    for index, word in enumerate(words):
        params[f"{name}{index}"] = " " + word
    params[f"{name}_match"] = match_words(words, column)
    return [f":{name}{index}" for index in range(len(words))]


_PEOPLE_MATCHING = f"select rowid from [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match :{{}}"


def _all(words: list[str], column: str) -> str:
    return " and ".join(f"instr({column}, {word}) > 0" for word in words)


def _commitment_sql(query: Query, params: dict[str, Any]) -> str | None:
    """Conditions on a commitment `c` for the status: and firmness: filters."""
    where = []
    if "status" in query.filters:
        where.append("(substr(c.status, 1, length(:status)) = :status or c.status = :renamed)")
        status = query.filters["status"].casefold().replace(" ", "_").replace("-", "_")
        params["status"] = status  # 'status:fulfilled' (before schema 6) also finds today's 'delivered'
        params["renamed"] = next((new for old, new in LEGACY_STATUSES.items() if old.startswith(status)), None)
    if "firmness" in query.filters:
        where.append("substr(c.firmness, 1, length(:firmness)) = :firmness")
        params["firmness"] = query.filters["firmness"].casefold()
    return " and ".join(where) or None


class _OutOfTime(Exception):
    """The fast page's time budget ran out between two looks at briefings."""


def _select(conn: sqlite3.Connection, query: Query, order: str, limit: int, offset: int,
            implicit_prefixes: bool = True, deadline: float | None = None) -> list[tuple[Any, ...]]:
    """(briefing id, kind, position, snippet) of the page's hits; the fast page stops at `deadline`
    (in SQLite and between briefings alike) with the hits found by then."""
    hits: list[tuple[Any, ...]] = []
    if deadline is None:
        _collect(conn, query, order, offset + limit, implicit_prefixes, hits)
        return hits[offset:offset + limit]
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), PROGRESS_STEPS)
    try:
        _collect(conn, query, order, offset + limit, implicit_prefixes, hits, deadline)
    except _OutOfTime:
        return PartialRows(hits[offset:offset + limit])
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return PartialRows(hits[offset:offset + limit])
    finally:
        conn.set_progress_handler(None, 0)
    return hits[offset:offset + limit]


def _collect(conn: sqlite3.Connection, query: Query, order: str, wanted: int, implicit_prefixes: bool,
             hits: list[tuple[Any, ...]], deadline: float | None = None) -> None:
    """Append hits in page order until `wanted` are found (or there are no more)."""
    match = query.match_text(implicit_prefixes=implicit_prefixes)
    excluded = query.excluded_text()
    if match is None:
        # a party (with other filters of the briefing) by date: walk the date index asking each briefing its
        # party, as the fast page does, for a while; a party of few events is read first (its events kept)
        if order != "fast" and "party" in query.filters and not _commitment_sql(query, {}):
            ids = _walked_by_date(conn, *_unmatched(conn, query, excluded, True), wanted)
            if ids is not None:
                hits.extend(_title_rows(conn, ids))
                return
        hits.extend(_filtered_rows(conn, query, order, *_unmatched(conn, query, excluded, order == "fast"), wanted))
        return
    per_briefing = order == "fast" or ("party" in query.filters and _few(conn, match))
    where, params = _filter_sql(conn, query, per_briefing)
    params["match"] = _narrowed(query, match, implicit_prefixes)
    if excluded:
        params["match"] = f"({params['match']}) NOT ({excluded})"
    join = " join briefings b on b.id = f.rowid" if where or order == "newest" else ""
    # FTS5 itself orders by rank or rowid, and computes the highlights only of the rows fetched;
    # by date SQLite sorts, so the highlights are asked for afterwards, of the rows needed.
    columns = "f.rowid" if order == "newest" else f"f.rowid, {_HIGHLIGHTS}"
    sql = (f"select {columns} from [{SEARCH_FTS}] f{join} where [{SEARCH_FTS}] match :match"
           + "".join(f" and {condition}" for condition in where) + f" order by {_SORTS[order]}")
    matcher = RowMatcher(query)
    cursor = conn.execute(sql, params)
    seen, size = 0, min(wanted, FIRST_CHUNK)
    while len(hits) < wanted:
        chunk = cursor.fetchmany(size)
        if not chunk:
            return
        seen += len(chunk)
        ids = [row[0] for row in chunk]
        commitments = _commitments(conn, query, ids) if matcher.commitments_only else {}
        found = _highlighted(conn, params["match"], ids) if order == "newest" else chunk
        for briefing_id, *values in found:
            rows = [row for row in rows_of(values, marked_only=bool(query.clauses))
                    if matcher.matches(row, commitments.get(briefing_id))]
            hits.extend((briefing_id, row.kind, row.position, snippet(row, marked=bool(query.clauses)))
                        for row in ordered(rows, order))
        if deadline is not None and time.perf_counter() > deadline and len(hits) < wanted:
            raise _OutOfTime
        # as many briefings as the hits still wanted need, at the hits a briefing has given so far
        per_briefing = max(len(hits), 1) / seen
        size = max(1, min(MAX_CHUNK, math.ceil((wanted - len(hits)) / per_briefing)))


def _few(conn: sqlite3.Connection, match: str) -> bool:
    """Whether fewer than FEW_MATCHES briefings match `match` (each can then be asked its party), found
    within FEW_SECONDS (a short prefix, 'f*', makes FTS5 merge many words' postings first: not few)."""
    found = _within(conn, FEW_SECONDS, lambda: conn.execute(
        f"select count(*) from (select 1 from [{SEARCH_FTS}] where [{SEARCH_FTS}] match ? limit {FEW_MATCHES})",
        [match]).fetchone()[0])
    return found is not None and found < FEW_MATCHES


def _within(conn: sqlite3.Connection, seconds: float, run: Callable[[], T]) -> T | None:
    """What `run` gives, or None when it takes longer than `seconds` (an interrupt from a newer search
    still stops it)."""
    deadline = time.perf_counter() + seconds
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), PROGRESS_STEPS // 4)
    try:
        return run()
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc) or time.perf_counter() <= deadline:
            raise
        return None
    finally:
        conn.set_progress_handler(None, 0)


def _walked_by_date(conn: sqlite3.Connection, where: list[str], params: dict[str, Any],
                    wanted: int) -> list[int] | None:
    """The ids of the briefings that pass `where`, newest event first and undated last (as the ranked and
    newest pages of filters alone list them), read by walking the event-date index and asking each
    briefing; None when that takes longer than WALK_SECONDS (a party of few events, far apart)."""
    condition = " and ".join(where)

    def walk() -> list[int]:
        ids = [row[0] for row in conn.execute(
            f"select b.id from briefings b where b.event_date is not null and {condition}"
            " order by b.event_date desc, b.id desc limit :wanted", dict(params, wanted=wanted))]
        if len(ids) < wanted:
            ids += [row[0] for row in conn.execute(f"select b.id from briefings b where b.event_date is null and"
                                                   f" {condition} order by b.id desc limit :rest",
                                                   dict(params, rest=wanted - len(ids)))]
        return ids
    return _within(conn, WALK_SECONDS, walk)


def _narrowed(query: Query, match: str, implicit_prefixes: bool) -> str:
    """The MATCH text with the words kept to the commitment and actor columns under status: or
    firmness: (only commitments can be hits then, and a briefing with the words elsewhere would
    cost a look for nothing). Under speaker: the speaker column already narrows enough: a column
    filter on the words costs FTS5 more than the few extra briefings it saves a look at."""
    words = query.match_text(implicit_prefixes=implicit_prefixes, with_speaker=False)
    if words is None or not ("status" in query.filters or "firmness" in query.filters):
        return match
    narrowed = f"{{commitment actor}} : ({words})"
    return match.replace(words, narrowed, 1) if match.startswith(words) else match


def _highlighted(conn: sqlite3.Connection, match: str, ids: list[int]) -> list[tuple[Any, ...]]:
    """(id, each index column with the matched words marked) of the briefings `ids`, in that order."""
    marks = ",".join("?" * len(ids))
    found = {row[0]: row for row in conn.execute(
        f"select rowid, {_HIGHLIGHTS} from [{SEARCH_FTS}] where [{SEARCH_FTS}] match ? and rowid in ({marks})",
        [match, *ids])}
    return [found[briefing_id] for briefing_id in ids if briefing_id in found]


def _commitments(conn: sqlite3.Connection, query: Query, ids: list[int]) -> dict[int, set[int]]:
    """The positions of each briefing's commitments that pass the status: and firmness: filters."""
    params: dict[str, Any] = {}
    condition = _commitment_sql(query, params)
    marks = ",".join(f":id{i}" for i in range(len(ids)))
    params.update({f"id{i}": briefing_id for i, briefing_id in enumerate(ids)})
    found: dict[int, set[int]] = {}
    for briefing_id, position in conn.execute(
            f"select briefing_id, position from commitments c where briefing_id in ({marks}) and {condition}",
            params):
        found.setdefault(briefing_id, set()).add(position)
    return found


def _unmatched(conn: sqlite3.Connection, query: Query, excluded: str | None,
               per_briefing: bool) -> tuple[list[str], dict[str, Any]]:
    """The filters' conditions of a query without words to match (and its exclusions)."""
    where, params = _filter_sql(conn, query, per_briefing)
    if excluded:
        where.append(f"b.id not in (select rowid from [{SEARCH_FTS}] where [{SEARCH_FTS}] match :excluded)")
        params["excluded"] = excluded
    return where, params


def _filtered_rows(conn: sqlite3.Connection, query: Query, order: str, where: list[str],
                   params: dict[str, Any], wanted: int) -> list[tuple[Any, ...]]:
    """Hits of a query with filters and no words: the commitments that pass status: or firmness:,
    or else the title of each briefing that passes the filters."""
    params = dict(params, wanted=wanted)
    condition = " and ".join(where) or "1"
    commitment = _commitment_sql(query, params)
    if commitment:
        sort = "c.id desc" if order == "fast" else "b.event_date is null, b.event_date desc, c.id desc"
        return conn.execute(
            f"select c.briefing_id, 'commitment', c.position, coalesce(c.text, '') || "
            f"coalesce(' (' || c.due_text || ')', '') from commitments c join briefings b on b.id = c.briefing_id "
            f"where {condition} and {commitment} order by {sort} limit :wanted", params).fetchall()
    sort = "b.id desc" if order == "fast" else "b.event_date is null, b.event_date desc, b.id desc"
    return _title_rows(conn, [row[0] for row in conn.execute(
        f"select b.id from briefings b where {condition} order by {sort} limit :wanted", params)])


def _title_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[Any, ...]]:
    """A title hit of each of these briefings, in that order."""
    marks = ",".join("?" * len(ids))
    titles = dict(conn.execute(f"select rowid, title from [{SEARCH_VIEW}] where rowid in ({marks})", ids).fetchall())
    return [(briefing_id, "title", 0, titles.get(briefing_id, "")) for briefing_id in ids]


class PartialRows(list):  # type: ignore[type-arg]
    """Rows of a fast page cut short by its time budget."""


def _clip(snippet: str, limit: int = 300) -> str:
    return snippet if len(snippet) <= limit else snippet[:limit - 1] + "…"


def _describe(query: Query) -> str:
    parts = [" or ".join(" ".join(t.tokens) + ("*" if t.prefix else "") for t in clause)
             for clause in query.clauses]
    parts += [f"{name}:{value}" for name, value in query.filters.items()]
    parts += ["-" + " ".join(t.tokens) for t in query.excluded]
    described = "all of: " + ", ".join(parts) if len(parts) > 1 else (parts[0] if parts else "that query")
    return _clip(described, 120)


def _titles(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[str, str | None]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"select id, title, event_date from briefings where id in ({marks})"
    return {row[0]: (row[1], row[2]) for row in conn.execute(sql, list(ids))}


def dumps_hits(result: SearchResult) -> str:
    return json.dumps({"hits": [hit.__dict__ for hit in result.hits], "notes": result.notes,
                       "reason": result.reason}, ensure_ascii=False)
