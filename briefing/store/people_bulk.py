"""The SQL of rebuilding the whole People directory at once: indexes set aside, keys read sorted, bulk writes."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from briefing.store.people import _SELECT_MENTION, MentionRow, _mention

CACHE_KIB = 32768  # the page cache a rebuild may use (32 MB; SQLite's default is 2 MB): indexes are sorted in it


@contextlib.contextmanager
def roomy_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache for the rebuild's writes and sorts, set back afterwards."""
    before = conn.execute("pragma cache_size").fetchone()[0]
    conn.execute(f"pragma cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"pragma cache_size = {int(before)}")


def drop_indexes(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """Drop the table's own indexes (not those SQLite keeps for a key), returning (name, SQL) to make them again:
    a rebuild writes every row once and sorts each index once at the end instead of keeping it up row by row."""
    made = conn.execute("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null"
                        " order by name", [table]).fetchall()
    for name, _ in made:
        conn.execute(f'drop index "{name}"')
    return [(str(name), str(text)) for name, text in made]


def make_indexes(conn: sqlite3.Connection, indexes: Iterable[tuple[str, str]]) -> None:
    for _, text in indexes:
        conn.execute(text)


def participants_cursor(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(briefing_id, position, name, aliases JSON, title, organization, country, event_date) of every
    participant, by briefing and position, as a cursor to read a batch at a time."""
    return conn.execute("select p.briefing_id, p.position, p.name, p.aliases, p.title, p.organization, p.country,"
                        " b.event_date from participants p join briefings b on b.id = p.briefing_id"
                        " order by p.briefing_id, p.position, p.id")


def participants_by_name(conn: sqlite3.Connection, first_id: int) -> sqlite3.Cursor:
    """(name, aliases JSON, organization, country, mention id) of every participant, sorted by the first four
    (alike participants in a run: their keys are worked out once), with the id `participants_cursor`'s order
    gives it from `first_id` on."""
    return conn.execute("select name, aliases, organization, country, id from (select p.name, p.aliases,"
                        " p.organization, p.country, row_number() over (order by p.briefing_id, p.position, p.id)"
                        " + ? - 1 as id from participants p join briefings b on b.id = p.briefing_id)"
                        " order by name, aliases, organization, country", [first_id])


def insert_keys(conn: sqlite3.Connection, keys: Iterable[tuple[int, int, str]]) -> None:
    """Write (mention id, key code, kind) rows."""
    conn.executemany("insert into person_keys (mention_id, key, kind) values (?, ?, ?)", keys)


def key_runs(conn: sqlite3.Connection, kind: str) -> Iterator[list[int]]:
    """The mention ids of each key of one kind, in key order (sorted by SQLite, not read through an index:
    a sort of the table is faster than a walk of the index that looks up each row)."""
    cursor = conn.execute("select key, mention_id from person_keys not indexed where kind = ? order by key, mention_id",
                          [kind])
    for _, rows in itertools.groupby(cursor, key=lambda row: row[0]):
        yield [row[1] for row in rows]


def key_pairs(conn: sqlite3.Connection, first: str, second: str) -> Iterator[tuple[list[int], list[int]]]:
    """(mentions holding a key as `first`, as `second`) for every key some mention holds as `second`, in key
    order (a key no mention holds as `second` joins no one, so it is not read)."""
    cursor = conn.execute("select key, mention_id, kind = ? from person_keys not indexed where kind in (?, ?)"
                          " and key in (select key from person_keys not indexed where kind = ?)"
                          " order by key, mention_id", [first, first, second, second])
    for _, rows in itertools.groupby(cursor, key=lambda row: row[0]):
        pair: tuple[list[int], list[int]] = ([], [])
        for _, mention_id, is_first in rows:
            pair[0 if is_first else 1].append(mention_id)
        yield pair


def assign_in_order(conn: sqlite3.Connection, pairs: Iterable[tuple[int, int]]) -> None:
    """Set persons from (person id, mention id) pairs given in mention id order (the table's own order)."""
    conn.executemany("update person_mentions set person_id = ? where id = ?", pairs)


def mentions_by_person(conn: sqlite3.Connection) -> Iterator[MentionRow]:
    """Every mention with a person, by person (read as they are used)."""
    for row in conn.execute(_SELECT_MENTION + " where person_id is not null order by person_id"):
        yield _mention(row)


@contextlib.contextmanager
def people_in_bulk(conn: sqlite3.Connection) -> Iterator[None]:
    """Empty the directory's rows for writing them all again: the full-text triggers are set aside while the
    rows are written and the index is built once from them afterwards (the same index the triggers keep)."""
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'people'"
                            " order by name").fetchall()
    for name, _ in triggers:
        conn.execute(f'drop trigger "{name}"')
    indexes = drop_indexes(conn, "people")
    conn.execute("delete from people")
    fts = conn.execute("select 1 from sqlite_master where name = 'people_fts'").fetchone() is not None
    if fts:
        conn.execute("insert into people_fts (people_fts) values ('delete-all')")
    yield
    if fts:
        conn.execute("insert into people_fts (people_fts) values ('rebuild')")
    make_indexes(conn, indexes)
    for _, text in triggers:
        conn.execute(text)


def insert_people(conn: sqlite3.Connection, rows: Sequence[tuple[int, dict[str, Any]]]) -> None:
    """Write (person id, values) rows of the directory into `people_in_bulk`."""
    conn.executemany("insert into people (id, name, title, organization, country, events, first_seen,"
                     " last_seen, search, parties) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(person_id, v["name"], v["title"], v["organization"], v["country"], v["events"],
                       v["first_seen"], v["last_seen"], v["search"], v["parties"]) for person_id, v in rows])
