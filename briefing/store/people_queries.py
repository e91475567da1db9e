"""Reads of the People directory: the list and its filter, a person's rows, a party's events and people."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from briefing.store.kept_reads import kept
from briefing.store.people import _chunks

PEOPLE_FTS = "people_fts"


def match_words(words: Sequence[str], column: str | None = None) -> str:
    """An FTS5 MATCH expression: a word starting with each of `words` (word characters only), in
    `column` (search: names, aliases and titles; parties: organisations and countries) or either."""
    terms = " AND ".join(f'"{word.replace(chr(34), "")}"*' for word in words)
    return f"{column} : ({terms})" if column else terms


def people_ids(conn: sqlite3.Connection, words: Sequence[str], column: str | None = None) -> set[int]:
    """The people with a word starting with each of `words` in their names, titles or parties (or `column`)."""
    if not words:
        return set()
    return {row[0] for row in conn.execute(f"select rowid from [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match ?",
                                           [match_words(words, column)])}


_PEOPLE_ROW = "select id, name, title, organization, country, events, first_seen, last_seen from people"


def people_rows(conn: sqlite3.Connection, words: Sequence[str] = (), limit: int | None = None) -> list[tuple[Any, ...]]:
    """(id, name, title, organization, country, events, first_seen, last_seen) of the people whose names,
    titles or parties hold a word starting with each of `words` (folded), by name."""
    sql, params = _PEOPLE_ROW, []
    if words:
        sql += f" where id in (select rowid from [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match ?)"
        params.append(match_words(words))
    sql += " order by name collate nocase, id"
    if limit is not None:
        sql += f" limit {int(limit)}"
    return conn.execute(sql, params).fetchall()


FEW_PEOPLE = 3000  # a filter keeping fewer people than this sorts their rows; more are read from the order kept


def _name_order(conn: sqlite3.Connection) -> list[int]:
    """Every person's id by name (read from the name index alone), kept while the file is unchanged
    (kept_reads.kept: this connection's changes, other connections' commits, a restore into it; not
    what a transaction that may still roll back reads)."""
    return kept(conn, ("people by name",), lambda: [row[0] for row in conn.execute(
        "select id from people order by name collate nocase, id")])


def people_order(conn: sqlite3.Connection, words: Sequence[str] = ()) -> list[int]:
    """The ids of the people (with a word starting with each of `words`), by name: read from the name
    index alone, so a view of every person opens without reading their rows; a filter that keeps
    many picks them out of that order (sorting tens of thousands of rows by name costs more)."""
    if not words:
        return list(_name_order(conn))
    keep = people_ids(conn, words)
    if len(keep) >= FEW_PEOPLE:
        return [person_id for person_id in _name_order(conn) if person_id in keep]
    return [row[0] for row in conn.execute(
        f"select id from people where id in (select rowid from [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match ?)"
        " order by name collate nocase, id", [match_words(words)])]


def people_search_rows(conn: sqlite3.Connection, words: Sequence[str]) -> list[tuple[Any, ...]]:
    """(id, name, events, search) of the people with a name or title word starting with each of `words`."""
    if not words:
        return []
    return conn.execute(f"select id, name, events, search from people where id in (select rowid from"
                        f" [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match ?)", [match_words(words, "search")]).fetchall()


def person_of_participant(conn: sqlite3.Connection, briefing_id: int, name_key: str) -> int | None:
    row = conn.execute("select person_id from person_mentions where briefing_id = ? and name_key = ?",
                       [briefing_id, name_key]).fetchone()
    return row[0] if row else None


def person_row(conn: sqlite3.Connection, person_id: int) -> tuple[Any, ...] | None:
    return conn.execute("select id, name, title, organization, country, events, first_seen, last_seen, search,"
                        " parties from people where id = ?", [person_id]).fetchone()


def people_by_ids(conn: sqlite3.Connection, person_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(person_ids)):
        found += conn.execute("select id, name, title, organization, country, events, first_seen, last_seen"
                              f" from people where id in ({','.join('?' * len(chunk))})", list(chunk)).fetchall()
    return found


def names(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    """(id, name, events) of every person (to resolve a name the user typed, or suggest near ones)."""
    return conn.execute("select id, name, events from people").fetchall()


def statements_in(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(briefing_id, position, speaker, text, kind) of the statements of the given briefings."""
    found: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(briefing_ids)):
        found += conn.execute("select briefing_id, position, speaker, text, kind from statements where briefing_id"
                              f" in ({','.join('?' * len(chunk))}) order by briefing_id, position",
                              list(chunk)).fetchall()
    return found


def commitments_in(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(id, briefing_id, position, actor, text, firmness, status, due, due_text) of the commitments of
    the given briefings."""
    found: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(briefing_ids)):
        found += conn.execute("select id, briefing_id, position, actor, text, firmness, status, due, due_text"
                              f" from commitments where briefing_id in ({','.join('?' * len(chunk))})"
                              " order by briefing_id, position", list(chunk)).fetchall()
    return found


def events(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """id -> (id, title, event_date, event_kind, parties JSON) of the given briefings."""
    found: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(list(briefing_ids)):
        for row in conn.execute("select id, title, event_date, event_kind, parties from briefings where id in"
                                f" ({','.join('?' * len(chunk))})", list(chunk)):
            found[row[0]] = row
    return found


# Every distinct party of the mentions (organisation | country, folded), one seek of the party index
# each (schema 8): a library has far fewer of them than mentions.
_MENTION_PARTIES = ("with recursive parties(party) as (select min(party) from person_mentions union all select"
                    " (select min(party) from person_mentions where party > parties.party) from parties"
                    " where parties.party is not null) select party from parties")


def has_index(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has this index (a schema 7 file read without its upgrade, as a damaged one is, lacks
    schema 8's)."""
    return conn.execute("select 1 from sqlite_master where type = 'index' and name = ?", [name]).fetchone() is not None


def mentions_of_party(conn: sqlite3.Connection | None, column: str, words: Sequence[str]) -> tuple[str, list[object]]:
    """SELECT DISTINCT `column` (briefing_id or person_id) of the mentions of a person whose organisation
    or country holds a word starting with each of `words` (folded), and its values: the parties that
    hold the words are found first, then their mentions are read from the party index alone (without
    that index, from the people who have such a party; no `conn`: the index is taken to be there)."""
    holds = " and ".join("instr(party, ?) > 0" for _ in words)
    values: list[object] = [" " + word for word in words]
    if conn is not None and not has_index(conn, "idx_person_mentions_party"):
        return (f"select distinct {column} from person_mentions where person_id in (select rowid from"
                f" [{PEOPLE_FTS}] where [{PEOPLE_FTS}] match ?) and {holds}", [match_words(words, "parties"), *values])
    sql = (f"select distinct {column} from person_mentions indexed by idx_person_mentions_party where party in"
           f" ({_MENTION_PARTIES} where {holds}) and person_id is not null")
    return sql, values


def party_briefing_ids(conn: sqlite3.Connection, words: Sequence[str]) -> set[int]:
    """Briefings with a party, or a participant's organisation or country, holding a word starting with
    each of `words` (folded)."""
    if not words:
        return set()
    in_parties = " and ".join("instr(lower(parties), ?) > 0" for _ in words)
    found = {row[0] for row in conn.execute(f"select id from briefings where {in_parties}", list(words))}
    mentions, values = mentions_of_party(conn, "briefing_id", words)
    found |= {row[0] for row in conn.execute(mentions, values)}
    return found


def people_of_party(conn: sqlite3.Connection, words: Sequence[str]) -> list[int]:
    """The people who represented a party whose name holds each of `words` (folded)."""
    if not words:
        return []
    mentions, values = mentions_of_party(conn, "person_id", words)
    return [row[0] for row in conn.execute(mentions, values)]


def party_named(conn: sqlite3.Connection, name: str) -> bool:
    """Whether a briefing lists a party called `name` (any case)."""
    return conn.execute("select 1 from briefings b, json_each(b.parties) j where lower(j.value) = lower(?) limit 1",
                        [name]).fetchone() is not None


def party_names_with(conn: sqlite3.Connection, word: str) -> list[str]:
    """The party names (of events, and participants' organisations and countries) holding `word` (folded,
    any case), each once."""
    found: dict[str, None] = {}
    if conn.execute("select 1 from sqlite_master where name = 'party_names'").fetchone():
        found.update((row[0], None) for row in conn.execute(
            "select name from party_names where instr(lower(name), ?) > 0", [word]))
    else:
        found.update((row[0], None) for row in conn.execute(
            "select distinct j.value from briefings b, json_each(b.parties) j where j.type = 'text'"
            " and instr(lower(j.value), ?) > 0", [word]))
    for column in ("organization", "country"):
        found.update((row[0], None) for row in conn.execute(
            f"select distinct {column} from person_mentions where instr(lower({column}), ?) > 0", [word]))
    return list(found)
