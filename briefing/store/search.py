"""Full-text search over the library: search documents, the ranked and the fast first page."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from briefing.core import Briefing
from briefing.store.query import Query, parse, segment_cjk, unsegment_cjk

HIT_START, HIT_END = "\x02", "\x03"
ORDERS = ("fast", "rank", "newest")
FAST_PAGE_BUDGET = 0.012  # seconds: the fast page shows what it found by then
PROGRESS_STEPS = 2000  # SQLite VM steps between looks at the clock
TEXT_KINDS = ("title", "summary", "source")
DOC_COLUMNS = ("briefing_id, kind, position, event_date, event_kind, parties, status, firmness,"
               " title, statement, commitment, participant, body, who")
STAGING_CREATE = f"create temp table if not exists search_staging as select {DOC_COLUMNS} from search_docs where 0"
STAGING_INSERT = f"insert into temp.search_staging ({DOC_COLUMNS}) values ({', '.join('?' * 14)})"
STAGING_MOVE = f"insert into search_docs ({DOC_COLUMNS}) select {DOC_COLUMNS} from temp.search_staging"
STAGING_CLEAR = "delete from temp.search_staging"


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


def search_docs(briefing_id: int, briefing: Briefing) -> Iterator[tuple[Any, ...]]:
    """The search_docs rows of a briefing, in DOC_COLUMNS order."""
    head = (briefing.event_date, briefing.event_kind, " | ".join(briefing.parties))

    def row(kind: str, position: int, column: str, text: str | None, who: str | None = None,
            status: str | None = None, firmness: str | None = None) -> tuple[Any, ...]:
        texts = dict.fromkeys(("title", "statement", "commitment", "participant", "body"))
        texts[column] = segment_cjk(text or "")
        return (briefing_id, kind, position, *head, status, firmness, *texts.values(),
                segment_cjk(who) if who else None)

    title_line = " ".join([briefing.title, *briefing.parties, *briefing.places])
    yield row("title", 0, "title", title_line)
    if briefing.summary:
        yield row("summary", 0, "body", briefing.summary)
    if briefing.source.text:
        yield row("source", 0, "body", briefing.source.text)
    for i, p in enumerate(briefing.participants):
        about = p.name + (f" ({', '.join(p.aliases)})" if p.aliases else "")
        role = ", ".join(x for x in (p.title, p.organization, p.country) if x)
        about += f" — {role}" if role else ""
        yield row("participant", i, "participant", about, who=p.name)
    for i, s in enumerate(briefing.statements):
        yield row("statement", i, "statement", s.text, who=s.speaker)
    for i, c in enumerate(briefing.commitments):
        yield row("commitment", i, "commitment", c.text, who=c.actor, status=c.status, firmness=c.firmness)


def _filter_sql(query: Query) -> tuple[list[str], dict[str, Any]]:
    where, params = [], {}
    filters = query.filters
    if "party" in filters:
        where.append("instr(lower(d.parties), lower(:party)) > 0")
        params["party"] = filters["party"]
    if "kind" in filters:
        where.append("substr(lower(d.event_kind), 1, length(:event_kind)) = lower(:event_kind)")
        params["event_kind"] = filters["kind"]
    if "tag" in filters:
        where.append("d.briefing_id in (select b.id from briefings b, json_each(b.tags) t "
                     "where t.value = :tag collate nocase)")
        params["tag"] = filters["tag"]
    if "after" in filters:
        where.append("d.event_date > :after")
        params["after"] = filters["after"]
    if "before" in filters:
        where.append("d.event_date < :before")
        params["before"] = filters["before"]
    if "speaker" in filters:
        where.append("d.kind = 'statement'")
    if "status" in filters or "firmness" in filters:
        where.append("d.kind = 'commitment'")
    if "status" in filters:
        where.append("substr(d.status, 1, length(:status)) = :status")
        params["status"] = filters["status"].casefold().replace(" ", "_").replace("-", "_")
    if "firmness" in filters:
        where.append("substr(d.firmness, 1, length(:firmness)) = :firmness")
        params["firmness"] = filters["firmness"].casefold()
    return where, params


def _exclusion_sql(order: str) -> str:
    """Leave out briefings with any excluded word in any of their search documents.

    The first page checks each candidate's own documents (a briefing's documents have
    consecutive ids), which stops early; a full ranking is cheaper with the set of
    excluded briefings computed once."""
    if order == "fast":
        return ("not exists (select 1 from search_docs_fts e where e.search_docs_fts match :excluded and "
                "e.rowid between (select min(id) from search_docs where briefing_id = d.briefing_id) "
                "and (select max(id) from search_docs where briefing_id = d.briefing_id))")
    return ("d.briefing_id not in (select x.briefing_id from search_docs x where x.id in "
            "(select rowid from search_docs_fts where search_docs_fts match :excluded))")


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
    try:
        rows = None
        if order == "fast" and query.has_implicit_prefix():
            # A word still being typed matches as a prefix, and FTS5 merges the postings of every
            # word with that prefix before it returns anything. When the whole word alone fills the
            # first page, those hits (all of them prefix hits too) come back at once.
            rows = _select(conn, query, order, limit, offset, implicit_prefixes=False)
            rows = rows if len(rows) >= limit else None
        if rows is None:
            rows = _select(conn, query, order, limit, offset)
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


def _select(conn: sqlite3.Connection, query: Query, order: str, limit: int, offset: int,
            implicit_prefixes: bool = True) -> list[tuple[Any, ...]]:
    where, params = _filter_sql(query)
    excluded = query.excluded_text()
    if excluded:
        where.append(_exclusion_sql(order))
        params["excluded"] = excluded
    params.update(limit=limit, offset=offset)
    match = query.match_text(implicit_prefixes=implicit_prefixes)
    if match is not None:
        params["match"] = match
        where.insert(0, "search_docs_fts match :match")
        sort = {"fast": "f.rowid desc", "rank": "f.rank",
                "newest": "d.event_date is null, d.event_date desc, f.rowid desc"}[order]
        snippet = (f"snippet(search_docs_fts, -1, '{HIT_START}', '{HIT_END}', '…', 24)" if query.clauses
                   else "d.statement")
        sql = (f"select d.briefing_id, d.kind, d.position, {snippet} "
               f"from search_docs_fts f join search_docs d on d.id = f.rowid "
               f"where {' and '.join(where)} order by {sort} limit :limit offset :offset")
    else:
        if not any(name in query.filters for name in ("status", "firmness", "speaker")):
            where.append("d.kind = 'title'")
        sort = "d.id desc" if order == "fast" else "d.event_date is null, d.event_date desc, d.id desc"
        sql = (f"select d.briefing_id, d.kind, d.position, "
               f"coalesce(d.statement, d.commitment, d.participant, d.title, '') "
               f"from search_docs d where {' and '.join(where)} order by {sort} limit :limit offset :offset")
    if order != "fast":
        return conn.execute(sql, params).fetchall()
    return _fetch_within(conn, sql, params, FAST_PAGE_BUDGET)


class PartialRows(list):  # type: ignore[type-arg]
    """Rows of a fast page cut short by its time budget."""


def _fetch_within(conn: sqlite3.Connection, sql: str, params: dict[str, Any],
                  budget: float) -> list[tuple[Any, ...]]:
    """The rows found within `budget` seconds. The fast page must come in one frame; when a
    query needs longer (an excluded word that nearly every briefing contains leaves few hits to
    find) it shows what it has, and the ranked page, which runs in full, completes it."""
    deadline = time.perf_counter() + budget
    rows: list[tuple[Any, ...]] = []
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), PROGRESS_STEPS)
    try:
        cursor = conn.execute(sql, params)
        while (row := cursor.fetchone()) is not None:
            rows.append(row)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return PartialRows(rows)
    finally:
        conn.set_progress_handler(None, 0)
    return rows


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
