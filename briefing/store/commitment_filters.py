"""Which commitments a view shows: the statuses and their order, the filter, and its SQL WHERE clause."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, replace

from briefing.store.hits import fold
from briefing.store.index import SEARCH_FTS
from briefing.store.kept_reads import kept
from briefing.store.people_queries import mentions_of_party
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
STATUS_RANK = ("case c.status " + " ".join(f"when '{status}' then {rank}" for rank, status in enumerate(STATUS_ORDER))
                + f" else {len(STATUS_ORDER)} end")
STATUS_RANK_OF_COLUMN = STATUS_RANK.replace("c.status", "status")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CommitmentFilter:
    """Which commitments to show. Text fields match a part, without regard to case (a party or an actor
    without regard to accents either: 'citta' finds Città di Modena, folded as search folds); `with_party`
    narrows `party` to the events where both took part; `overdue` needs `today` (an ISO date)."""

    party: str | None = None
    with_party: str | None = None
    actor: str | None = None
    actor_is: str | None = None  # the actor's name in full (any case): one run of the sort by actor
    statuses: tuple[str, ...] = ()
    firmness: tuple[str, ...] = ()
    overdue: bool = False
    since: str | None = None  # event date, inclusive
    until: str | None = None
    text: str | None = None
    today: str = ""
    exclude: tuple[int, ...] = field(default=())  # briefing ids left out (a briefing's own commitments)
    people: bool = True  # a party also matches participants' organisations and countries (People directory)
    event_ids: str | None = None  # the party filter's events, found once (a JSON array; see resolve_parties)
    event_count: int = 0
    actor_names: str | None = None  # the actors the actor filter matches, found once (a JSON array; ditto)


def like_pattern(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fts_words(text: str) -> str | None:
    """An FTS5 query for the words of `text` in the commitment and actor columns, or None (Chinese
    text and the like are matched by LIKE alone)."""
    words = _WORD.findall(text)
    if not words or CJK_CHAR.search(text):
        return None
    return "{commitment actor} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"


def party_events_sql(conn: sqlite3.Connection, parties: list[str], people: bool = True) -> tuple[str, list[object]]:
    """The ids of the events (and their values) where each of `parties` took part, matched as the
    search's party: filter matches: a part of a party named on the event (party_names_holding), or
    (`people`: the People directory is there) a participant's organisation or country holding a word
    starting with each of the party's words; both folded as search folds words (case and accents)."""
    selects: list[str] = []
    values: list[object] = []
    for party in parties:
        named = "select briefing_id from briefing_parties where party in (select value from json_each(?))"
        values.append(json.dumps(party_names_holding(conn, party), ensure_ascii=False))
        words = party_words(party)
        if people and words:
            mentions, mention_values = mentions_of_party(conn, "briefing_id", words)
            named += " union " + mentions
            values += mention_values
        selects.append(f"select briefing_id from ({named})")
    return " intersect ".join(selects), values


def party_words(party: str) -> list[str]:
    """The folded words of a party filter, as the People directory's party index holds them."""
    return _WORD.findall(fold(party.replace("'", "").replace("\u2019", "")))


def _folded_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, folded name) of every party named on an event."""
    return [(name, name.casefold() if name.isascii() else fold(name))
            for (name,) in conn.execute("select name from party_names")]


# Each distinct actor (the first spelling of each, without regard to case), one seek of the actor index each.
ACTORS_SQL = ("with recursive actors(actor) as (select min(actor collate nocase) from commitments union all select"
              " (select min(actor collate nocase) from commitments where actor collate nocase > actors.actor)"
              " from actors where actors.actor is not null)")


def _folded_actors(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(actor, folded actor) of every distinct actor (any case), in the order of the sort by actor."""
    if conn.execute("select 1 from sqlite_master where name = 'idx_commitments_actor'").fetchone():
        rows = conn.execute(f"{ACTORS_SQL} select actor from actors where actor is not null")
    else:  # a file made before schema 8's actor index: one read of the table
        rows = conn.execute("select min(actor) from commitments group by actor collate nocase"
                            " order by actor collate nocase")
    return [(actor, actor.casefold() if actor.isascii() else fold(actor)) for (actor,) in rows if actor is not None]


def actors_holding(conn: sqlite3.Connection, actor: str) -> tuple[list[str], int]:
    """The actors (one spelling of each, any case) holding `actor`, both folded as party names are ('citta'
    is in 'Città di Modena'), in the order of the sort by actor; and how many actors there are. Every
    actor folded once per file version (kept)."""
    wanted = fold(actor.strip())
    actors = kept(conn, ("actors",), lambda: _folded_actors(conn))
    return [name for name, folded in actors if wanted in folded], len(actors)


def party_names_holding(conn: sqlite3.Connection, party: str) -> list[str]:
    """The party names of events that hold `party`, both folded as search folds words ('citta' is in
    'Città di Castello', 'JILIN' in 'Jilin province'); every name folded once per file version."""
    wanted = fold(party.strip())
    return [name for name, folded in kept(conn, ("party names",), lambda: _folded_names(conn)) if wanted in folded]


def party_event_ids(conn: sqlite3.Connection, parties: list[str], people: bool = True) -> tuple[str, int]:
    """The events where each of `parties` took part (see party_events_sql), as a JSON array of ids, and how
    many: found once and kept while the file is unchanged (kept). Reading participants' parties costs
    tens of milliseconds at 100,000 briefings, and a page, the pages after it and the count all need them."""
    def read() -> tuple[str, int]:
        sql, values = party_events_sql(conn, parties, people)
        ids = [row[0] for row in conn.execute(sql, values)]
        return json.dumps(ids), len(ids)
    return kept(conn, ("party events", tuple(fold(party.strip()) for party in parties), people), read)


def resolve_parties(conn: sqlite3.Connection, query: CommitmentFilter) -> CommitmentFilter:
    """The filter with its party's events (party_event_ids) and its actors (actors_holding) found once."""
    if query.actor and query.actor.strip() and query.actor_names is None:
        query = replace(query, actor_names=json.dumps(actors_holding(conn, query.actor)[0], ensure_ascii=False))
    parties = [party.strip() for party in (query.party, query.with_party) if party and party.strip()]
    if not parties or query.event_ids is not None:
        return query
    ids, count = party_event_ids(conn, parties, query.people)
    return replace(query, event_ids=ids, event_count=count)


def where_sql(query: CommitmentFilter, walk: bool = False, by_party: bool = True,
              from_commitments: bool = False) -> tuple[str, list[object], bool]:
    """The WHERE clause, its values, and whether it reads the briefings table. `walk`: the query
    walks an order (of the event dates, or with `from_commitments` of an index of commitments: their
    events are then tested on the commitment, before its briefing is read), so no other index of a
    commitment column is to be used (unary +); `by_party`: SQLite may start from the party's events
    (else from the index of rated statuses)."""
    plus = "+" if walk else ""
    clauses: list[str] = []
    values: list[object] = []
    briefing_columns = False
    parties = [party.strip() for party in (query.party, query.with_party) if party and party.strip()]
    if parties:  # the events of the party (of both of a pair)
        column = ("+c.briefing_id" if from_commitments else "b.id") if walk else \
            "c.briefing_id" if by_party else "+c.briefing_id"
        if query.event_ids is None:
            raise ValueError("a party filter's events are found first (resolve_parties)")
        clauses.append(f"{column} in (select value from json_each(?))")
        values.append(query.event_ids)
        briefing_columns = briefing_columns or (walk and not from_commitments)
    if query.actor and query.actor.strip():  # the actors holding its text, folded (resolve_parties)
        if query.actor_names is None:
            raise ValueError("an actor filter's actors are found first (resolve_parties)")
        clauses.append(f"({plus}c.actor) collate nocase in (select value from json_each(?))")
        values.append(query.actor_names)
    if query.actor_is is not None:
        clauses.append(f"{plus}c.actor = ? collate nocase")
        values.append(query.actor_is)
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
        fts = fts_words(text)
        if fts and not walk and by_party:  # a walk, or rare statuses, meet the words soon enough
            clauses.append(f"c.briefing_id in (select rowid from [{SEARCH_FTS}] where [{SEARCH_FTS}] match ?)")
            values.append(fts)
        for word in (_WORD.findall(text) if fts else [text]):
            clauses.append("(c.text like ? escape '\\' or c.actor like ? escape '\\')")
            values += [like_pattern(word)] * 2
    return (" where " + " and ".join(clauses)) if clauses else "", values, briefing_columns
