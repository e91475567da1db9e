"""The People directory's tables (schema 7) and the SQL that reads and writes them."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database

# people: one row per person, with what the directory lists and searches kept ready (names, titles
# and parties folded into `search` and `parties`, each word after a space, for word-prefix matching).
# person_mentions: one row per participant of a briefing, with the person it belongs to. Participant
# rows are rewritten when a briefing is saved, so a mention is named by (briefing id, folded name).
# person_keys: the match keys of each mention (as 64-bit codes), to find the mentions a change may affect.
# person_decisions: merges and splits a person made; they outlive any rebuild of the directory.
# people_moves: where the number of a person who is no more went (merged into another): 'person 58 was
# merged into 55'; a number is never given to anyone else. Added to schema 7 after its first day, so a
# schema 7 library may lack it: the schema 8 migration makes it (read as empty where it is missing).
# people_dirty: briefings added, changed or deleted since the directory was last brought up to date
# (filled in the same transaction as the change, so nothing is missed after a crash: by triggers, and
# since schema 9 by store/writing.py for a new briefing, whose insert trigger that migration drops).
TABLES = """
create table if not exists people (
    id integer primary key, name text not null, title text, organization text, country text,
    events integer not null default 0, first_seen text, last_seen text,
    search text not null default '', parties text not null default '');
create index if not exists idx_people_name on people (name collate nocase);
create table if not exists person_mentions (
    id integer primary key, person_id integer, briefing_id integer not null, position integer not null,
    name text not null, name_key text not null, aliases text, title text, organization text,
    country text, event_date text, party text not null default '');
create index if not exists idx_person_mentions_person on person_mentions (person_id, event_date);
create index if not exists idx_person_mentions_briefing on person_mentions (briefing_id, name_key);
create table if not exists person_keys (mention_id integer not null, key integer not null, kind text not null);
create index if not exists idx_person_keys_key on person_keys (key, kind);
create index if not exists idx_person_keys_mention on person_keys (mention_id);
create table if not exists person_decisions (
    id integer primary key, kind text not null, keys text not null, made text not null);
create table if not exists people_dirty (briefing_id integer primary key);
create table if not exists people_moves (person_id integer primary key, into_id integer not null);
create trigger if not exists people_dirty_insert after insert on briefings
    begin insert or ignore into people_dirty (briefing_id) values (new.id); end;
create trigger if not exists people_dirty_delete after delete on briefings
    begin insert or ignore into people_dirty (briefing_id) values (old.id); end;
create trigger if not exists people_dirty_update after update on briefings
    begin insert or ignore into people_dirty (briefing_id) values (new.id); end;
"""
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
_MENTION_COLUMNS = ("person_id", "briefing_id", "position", "name", "name_key", "aliases", "title",
                    "organization", "country", "event_date", "party")


def create_people(db: Database) -> None:
    """v7: the People directory. Every briefing is marked for the directory, which is built when the
    library is next used (a migration stays quick and plain SQL)."""
    for statement in TABLES.split(";\n"):
        if statement.strip():
            db.execute(statement)
    # made by sqlite-utils, with its triggers, so Datasette searches the directory too
    db["people"].enable_fts(["search", "parties"], create_triggers=True, tokenize=FTS_TOKENIZER)
    db.execute("insert or ignore into people_dirty (briefing_id) select id from briefings")


class MentionRow(NamedTuple):
    """A stored mention: the participant, its briefing's date and the person it belongs to."""

    id: int
    person_id: int | None
    briefing_id: int
    position: int
    name: str
    name_key: str
    aliases: tuple[str, ...]
    title: str | None
    organization: str | None
    country: str | None
    event_date: str | None


def _mention(row: Sequence[Any]) -> MentionRow:
    return MentionRow(row[0], row[1], row[2], row[3], row[4], row[5], aliases_of(row[6]), row[7], row[8], row[9],
                      row[10])


@lru_cache(maxsize=1 << 14)
def aliases_of(text: str | None) -> tuple[str, ...]:
    """A participant's aliases from their stored JSON (most participants share a few: '[]', '["Jing"]')."""
    return tuple(json.loads(text)) if text else ()


_SELECT_MENTION = ("select id, person_id, briefing_id, position, name, name_key, aliases, title, organization,"
                   " country, event_date from person_mentions")


def _chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for offset in range(0, len(values), size):
        yield values[offset:offset + size]


def dirty_ids(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("select briefing_id from people_dirty")]


def dirty_count(conn: sqlite3.Connection, more_than: int | None = None) -> int:
    """How many briefings wait to be matched; with `more_than`, counting stops at more_than + 1 (enough to
    tell a large backlog without reading all of it)."""
    if more_than is None:
        return conn.execute("select count(*) from people_dirty").fetchone()[0]
    return conn.execute("select count(*) from (select 1 from people_dirty limit ?)",
                        [max(more_than, 0) + 1]).fetchone()[0]


def rules_match(conn: sqlite3.Connection, rules: str) -> bool:
    """Whether the directory was matched by the rules of version `rules` (kept in the meta table)."""
    row = conn.execute("select value from meta where key = 'people_rules'").fetchone()
    return row is not None and row[0] == rules


def mark_rules(conn: sqlite3.Connection, rules: str) -> None:
    """Mark every briefing for matching again, under the rules of version `rules` (each of them, even
    one whose participants are unchanged: see `changed_of`)."""
    conn.execute("insert or ignore into people_dirty (briefing_id) select id from briefings")
    conn.execute("insert or replace into meta (key, value) values ('people_rules', ?)", [rules])
    conn.execute("insert or replace into meta (key, value) values ('people_rematch', '1')")


_PARTICIPANT_FACTS = ("select p.briefing_id, p.position, p.name, p.aliases, p.title, p.organization, p.country,"
                      " b.event_date from participants p join briefings b on b.id = p.briefing_id"
                      " where p.briefing_id in ({marks})")
_MENTION_FACTS = ("select briefing_id, position, name, aliases, title, organization, country, event_date"
                  " from person_mentions where briefing_id in ({marks})")


def changed_of(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> list[int]:
    """Those of the marked briefings whose participants (or date) differ from the mentions matched from
    them: the others (a briefing saved with its summary or statements edited, say) would be matched to
    the same people again. All of them while the whole library waits to be matched under new rules."""
    if conn.execute("select 1 from meta where key = 'people_rematch'").fetchone():
        return list(briefing_ids)
    changed: list[int] = []
    for chunk in _chunks(list(briefing_ids)):
        marks = ",".join("?" * len(chunk))
        facts: tuple[dict[int, set[tuple[Any, ...]]], dict[int, set[tuple[Any, ...]]]] = ({}, {})
        for side, sql in zip(facts, (_PARTICIPANT_FACTS, _MENTION_FACTS)):
            for briefing_id, *row in conn.execute(sql.format(marks=marks), list(chunk)):
                side.setdefault(briefing_id, set()).add(tuple(row))
        changed += [b for b in chunk if facts[0].get(b) != facts[1].get(b)]
    return changed


def has_directory(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where name = 'people_dirty'").fetchone() is not None


def is_dirty(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from people_dirty limit 1").fetchone() is not None


def clear_dirty(conn: sqlite3.Connection, briefing_ids: Sequence[int] | None = None) -> None:
    """Take briefings off the queue (all when None); an empty queue has nothing left to match again."""
    if briefing_ids is None:
        conn.execute("delete from people_dirty")
    else:
        for chunk in _chunks(list(briefing_ids)):
            conn.execute(f"delete from people_dirty where briefing_id in ({','.join('?' * len(chunk))})",
                         list(chunk))
    conn.execute("delete from meta where key = 'people_rematch' and not exists (select 1 from people_dirty)")


def participants(conn: sqlite3.Connection, briefing_ids: Sequence[int] | None = None) -> list[tuple[Any, ...]]:
    """(briefing_id, position, name, aliases JSON, title, organization, country, event_date) of the
    participants of the given briefings (all when None), by briefing and position."""
    sql = ("select p.briefing_id, p.position, p.name, p.aliases, p.title, p.organization, p.country, b.event_date"
           " from participants p join briefings b on b.id = p.briefing_id")
    if briefing_ids is None:
        return conn.execute(sql + " order by p.briefing_id, p.position").fetchall()
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(briefing_ids)):
        rows += conn.execute(sql + f" where p.briefing_id in ({','.join('?' * len(chunk))})"
                                   " order by p.briefing_id, p.position", list(chunk)).fetchall()
    return rows


def mentions_of_briefings(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> list[MentionRow]:
    found: list[MentionRow] = []
    for chunk in _chunks(list(briefing_ids)):
        found += [_mention(row) for row in conn.execute(
            _SELECT_MENTION + f" where briefing_id in ({','.join('?' * len(chunk))})", list(chunk))]
    return found


def mentions_by_id(conn: sqlite3.Connection, mention_ids: Sequence[int]) -> list[MentionRow]:
    found: list[MentionRow] = []
    for chunk in _chunks(list(mention_ids)):
        found += [_mention(row) for row in conn.execute(
            _SELECT_MENTION + f" where id in ({','.join('?' * len(chunk))})", list(chunk))]
    return found


def mentions_of_people(conn: sqlite3.Connection, person_ids: Sequence[int]) -> list[MentionRow]:
    """The mentions of the given people, in date order (undated last)."""
    found: list[MentionRow] = []
    for chunk in _chunks(list(person_ids)):
        found += [_mention(row) for row in conn.execute(
            _SELECT_MENTION + f" where person_id in ({','.join('?' * len(chunk))})", list(chunk))]
    return sorted(found, key=lambda m: (m.event_date is None, m.event_date or "", m.briefing_id, m.position))


def key_code(key: str) -> int:
    """A match key as a signed 64-bit number (a shared code only ever adds mentions to look at again)."""
    data = key.encode("utf-8")
    return ((zlib.crc32(data) << 31) ^ zlib.adler32(data)) - (1 << 62)


def keys_of(conn: sqlite3.Connection, mention_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(key code, kind) of the given mentions."""
    found: list[tuple[int, str]] = []
    for chunk in _chunks(list(mention_ids)):
        found += conn.execute(f"select key, kind from person_keys where mention_id in ({','.join('?' * len(chunk))})",
                              list(chunk)).fetchall()
    return found


def codes_with_kind(conn: sqlite3.Connection, codes: Sequence[int], kind: str) -> list[int]:
    """Those of the key codes that some mention holds as `kind`."""
    found: list[int] = []
    for chunk in _chunks(list(codes)):
        found += [row[0] for row in conn.execute(
            f"select distinct key from person_keys where kind = ? and key in ({','.join('?' * len(chunk))})",
            [kind, *chunk])]
    return found


def mention_ids_by_codes(conn: sqlite3.Connection, codes: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(list(codes)):
        found |= {row[0] for row in conn.execute(
            f"select mention_id from person_keys where key in ({','.join('?' * len(chunk))})", list(chunk))}
    return found


def mention_ids_of_people(conn: sqlite3.Connection, person_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(list(person_ids)):
        found |= {row[0] for row in conn.execute(
            f"select id from person_mentions where person_id in ({','.join('?' * len(chunk))})", list(chunk))}
    return found


def person_of_names(conn: sqlite3.Connection) -> dict[tuple[int, str], int | None]:
    """(briefing id, folded name) -> person id of every mention."""
    return {(b, n): p for b, n, p in conn.execute("select briefing_id, name_key, person_id from person_mentions")}


def mention_ids_by_name(conn: sqlite3.Connection, keys: Iterable[tuple[int, str]]) -> set[int]:
    """The mentions named by (briefing id, folded name)."""
    return {row[0] for briefing_id, name_key in keys for row in conn.execute(
        "select id from person_mentions where briefing_id = ? and name_key = ?", [briefing_id, name_key])}


def delete_mentions(conn: sqlite3.Connection, mention_ids: Sequence[int] | None) -> None:
    """Remove mentions (all when None) and their keys."""
    if mention_ids is None:
        conn.execute("delete from person_keys")
        conn.execute("delete from person_mentions")
        return
    for chunk in _chunks(list(mention_ids)):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"delete from person_keys where mention_id in ({marks})", list(chunk))
        conn.execute(f"delete from person_mentions where id in ({marks})", list(chunk))


def next_mention_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("select coalesce(max(id), 0) + 1 from person_mentions").fetchone()[0])


def insert_mentions(conn: sqlite3.Connection, mentions: Sequence[Sequence[Any]],
                    keys: Sequence[tuple[int, str, str]]) -> None:
    """Write mentions (id first, then the columns of _MENTION_COLUMNS) and their (mention id, key, kind)."""
    conn.executemany(f"insert into person_mentions (id, {', '.join(_MENTION_COLUMNS)}) values "
                     f"({', '.join('?' * (len(_MENTION_COLUMNS) + 1))})", mentions)
    conn.executemany("insert into person_keys (mention_id, key, kind) values (?, ?, ?)", keys)


def assign(conn: sqlite3.Connection, person_of: dict[int, int]) -> None:
    """Set the person of each mention id."""
    conn.executemany("update person_mentions set person_id = ? where id = ?",
                     [(person_id, mention_id) for mention_id, person_id in person_of.items()])


def next_person_id(conn: sqlite3.Connection) -> int:
    """A number no person has had (not even one merged away since)."""
    used = int(conn.execute("select coalesce(max(id), 0) from people").fetchone()[0])
    if _has_moves(conn):
        used = max(used, int(conn.execute("select coalesce(max(person_id), 0) from people_moves").fetchone()[0]))
    return used + 1


def _has_moves(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where name = 'people_moves'").fetchone() is not None


def record_moves(conn: sqlite3.Connection, moves: dict[int, int], in_use: Iterable[int]) -> None:
    """Note where the numbers of people who are no more went (number -> number), and forget the notes of
    numbers in use again (`in_use`: an undone merge gives a number back)."""
    for chunk in _chunks(list(in_use)):
        conn.execute(f"delete from people_moves where person_id in ({','.join('?' * len(chunk))})", list(chunk))
    conn.executemany("insert or replace into people_moves (person_id, into_id) values (?, ?)", moves.items())


def moved_into(conn: sqlite3.Connection, person_id: int) -> int | None:
    """The person whom the number `person_id` went to (followed to one that exists), or None."""
    if not _has_moves(conn):
        return None
    seen = {person_id}
    while (row := conn.execute("select into_id from people_moves where person_id = ?", [person_id]).fetchone()):
        person_id = row[0]
        if person_id in seen:
            return None
        seen.add(person_id)
        if conn.execute("select 1 from people where id = ?", [person_id]).fetchone():
            return person_id
    return None


def existing_people(conn: sqlite3.Connection, person_ids: Iterable[int]) -> set[int]:
    """Those of the numbers that people have now."""
    found: set[int] = set()
    for chunk in _chunks(list(person_ids)):
        found |= {row[0] for row in conn.execute(
            f"select id from people where id in ({','.join('?' * len(chunk))})", list(chunk))}
    return found


def delete_people(conn: sqlite3.Connection, person_ids: Sequence[int] | None) -> None:
    """Remove people rows (all when None)."""
    if person_ids is None:
        conn.execute("delete from people")
        return
    for chunk in _chunks(list(person_ids)):
        conn.execute(f"delete from people where id in ({','.join('?' * len(chunk))})", list(chunk))


def write_people(conn: sqlite3.Connection, rows: Sequence[tuple[int, dict[str, Any]]]) -> None:
    """Write (person id, values) rows of the directory, replacing any row of that id (deleted first, so
    the full-text index's triggers see the old row go)."""
    delete_people(conn, [person_id for person_id, _ in rows])
    conn.executemany("insert into people (id, name, title, organization, country, events, first_seen,"
                     " last_seen, search, parties) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(person_id, v["name"], v["title"], v["organization"], v["country"], v["events"],
                       v["first_seen"], v["last_seen"], v["search"], v["parties"]) for person_id, v in rows])


def decisions(conn: sqlite3.Connection) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(id, kind, [(briefing id, folded name)]) of each merge and split, oldest first."""
    return [(row[0], row[1], [(int(b), str(n)) for b, n in json.loads(row[2])])
            for row in conn.execute("select id, kind, keys from person_decisions order by id")]


def add_decision(conn: sqlite3.Connection, kind: str, keys: Sequence[tuple[int, str]], made: str,
                 decision_id: int | None = None) -> int:
    cursor = conn.execute("insert into person_decisions (id, kind, keys, made) values (?, ?, ?, ?)",
                          [decision_id, kind, json.dumps([list(k) for k in keys], ensure_ascii=False), made])
    return int(cursor.lastrowid)  # type: ignore[arg-type]


def delete_decision(conn: sqlite3.Connection, decision_id: int) -> None:
    conn.execute("delete from person_decisions where id = ?", [decision_id])
