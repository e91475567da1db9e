"""Rebuilds the whole People directory in bounded memory: match keys are streamed from SQLite, in key order."""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from briefing.library.people_rules import (
    Decision,
    Groups,
    Mention,
    apply_decisions,
    fold,
    join_same_full_name,
    join_short_names,
    join_unscoped,
    mention_keys,
    short_candidates,
)
from briefing.store import people as sql
from briefing.store import people_bulk as bulk
from briefing.store.people import MentionRow

BATCH = 20_000  # participants read at a time
PEOPLE_BATCH = 2000  # people rows written at a time


class RebuildStopped(Exception):
    """The rebuild was asked to stop: the caller rolls its transaction back, every briefing stays marked."""


def rebuild(conn: sqlite3.Connection, decisions: list[Decision],
            should_stop: Callable[[], bool] | None = None) -> None:
    """Match every participant again (the caller holds the transaction). People keep their numbers where
    most of their participants stay together; the same rules as `people_rules.cluster`, fed by SQL.
    The tables' indexes are set aside while every row is written, then sorted once (with a roomy cache).
    Between its steps (each a second or two at 100,000 briefings) it raises RebuildStopped when
    `should_stop()` says so: a window closing need not wait the minute a whole rebuild can take."""
    from briefing.library.people_directory import summary

    def go_on() -> None:
        if should_stop is not None and should_stop():
            raise RebuildStopped

    if not conn.in_transaction:  # the indexes are dropped first: inside the caller's transaction, never before it
        conn.execute("begin")
    with bulk.roomy_cache(conn):
        conn.execute("drop table if exists temp.people_before")
        conn.execute("create temp table people_before as select briefing_id, name_key, person_id from person_mentions"
                     " where person_id is not null")
        conn.execute("create index temp.idx_people_before on people_before (briefing_id, name_key)")
        mention_indexes = bulk.drop_indexes(conn, "person_mentions")
        key_indexes = bulk.drop_indexes(conn, "person_keys")
        sql.delete_mentions(conn, None)
        _write_mentions(conn, go_on)
        # the decisions find their participants by (briefing, name): that index first, those with persons later
        bulk.make_indexes(conn, [index for index in mention_indexes if "person_id" not in index[1]])
        go_on()
        top = sql.next_mention_id(conn)
        label = _match(conn, top, decisions, go_on)
        go_on()
        person_of = _numbers(conn, label, top, decisions)
        go_on()
        conn.execute("drop table temp.people_before")
        bulk.assign_in_order(conn, ((person_of[label[mention_id]], mention_id) for mention_id in range(1, top)))
        del label, person_of
        go_on()
        bulk.make_indexes(conn, [index for index in mention_indexes if "person_id" in index[1]])
        go_on()
        bulk.make_indexes(conn, key_indexes)
        with bulk.people_in_bulk(conn):
            for batch in _chunked(_people(conn)):
                go_on()
                bulk.insert_people(conn, [(person_id, summary(mentions)) for person_id, mentions in batch])


def _write_mentions(conn: sqlite3.Connection, go_on: Callable[[], None]) -> None:
    """Write every participant as a mention (ids in briefing and position order), then the match keys of each,
    read in name order so that the participants written alike (most of them) share one working out."""
    from briefing.library.people_directory import key_codes, place_keys

    first = sql.next_mention_id(conn)
    next_id = first
    cursor = bulk.participants_cursor(conn)
    while rows := cursor.fetchmany(BATCH):
        go_on()
        records = []
        for briefing_id, position, name, aliases, title, organization, country, event_date in rows:
            records.append((next_id, None, briefing_id, position, name, fold(name), aliases, title, organization,
                            country, event_date, place_keys(organization, country)[1]))
            next_id += 1
        sql.insert_mentions(conn, records, [])
    work_out = key_codes.__wrapped__  # (each alike run once: no cache to fill)
    last: tuple[Any, ...] = ()
    codes: tuple[tuple[int, str], ...] = ()
    cursor = bulk.participants_by_name(conn, first)
    while rows := cursor.fetchmany(BATCH):
        go_on()
        keys = []
        for name, aliases, organization, country, mention_id in rows:
            if (name, aliases, organization, country) != last:
                last = (name, aliases, organization, country)
                codes = work_out(name, sql.aliases_of(aliases), organization, country)
            keys += [(mention_id, code, kind) for code, kind in codes]
        bulk.insert_keys(conn, keys)


def _match(conn: sqlite3.Connection, top: int, decisions: list[Decision], go_on: Callable[[], None]) -> list[int]:
    """Each mention id's person (a root mention id), by the automatic rules and then the decisions."""
    unions = Groups(list(range(top)))
    join_same_full_name(bulk.key_runs(conn, "full"), unions)
    go_on()
    join_unscoped(bulk.key_pairs(conn, "named", "unscoped"), unions)
    go_on()
    candidates = short_candidates(bulk.key_pairs(conn, "offer", "want"), unions)
    go_on()
    alone = sorted(index for index, roots in candidates.items() if not roots)
    heads = {m.id: mention_keys(_as_mention(m)).heads for m in sql.mentions_by_id(conn, alone)}
    join_short_names(candidates, bulk.key_runs(conn, "want"), lambda index: heads.get(index, ()), unions)
    label = [unions.find(index) for index in range(top)]
    apply_decisions(label, lambda key: sorted(sql.mention_ids_by_name(conn, [key])), decisions)
    return label


def _numbers(conn: sqlite3.Connection, label: list[int], top: int, decisions: list[Decision]) -> dict[int, int]:
    """Each person's number (rule `numbers_stay`, as `people_directory.number_people`), noting where
    the numbers no one keeps went."""
    from briefing.library.people_directory import moves_of, number_people, split_off

    sizes = Counter(label[mention_id] for mention_id in range(1, top))
    loose = sql.mention_ids_by_name(conn, split_off(decisions))
    votes: dict[int, tuple[Counter[int], Counter[int]]] = {root: (Counter(), Counter()) for root in sizes}
    had: list[tuple[int, int]] = []
    for mention_id, person_id in conn.execute(
            "select m.id, b.person_id from person_mentions m join temp.people_before b"
            " on b.briefing_id = m.briefing_id and b.name_key = m.name_key"):
        votes[label[mention_id]][1 if mention_id in loose else 0][person_id] += 1
        had.append((person_id, label[mention_id]))
    fresh = max(sql.next_person_id(conn), max((p for p, _ in had), default=0) + 1)
    person_of = number_people(votes, dict(sizes), fresh)
    taken = set(person_of.values())
    moves = moves_of(((before, person_of[root]) for before, root in had), taken)
    sql.record_moves(conn, moves, taken)
    return person_of


def _people(conn: sqlite3.Connection) -> Iterator[tuple[int, list[MentionRow]]]:
    """(person id, their mentions in date order) of every person, one person at a time."""
    for person_id, rows in itertools.groupby(bulk.mentions_by_person(conn), key=lambda m: m.person_id):
        yield person_id, sorted(rows, key=lambda m: (m.event_date is None, m.event_date or "", m.briefing_id,
                                                     m.position))


def _chunked(items: Iterator[Any]) -> Iterator[Sequence[Any]]:
    while chunk := list(itertools.islice(items, PEOPLE_BATCH)):
        yield chunk


def _as_mention(row: MentionRow) -> Mention:
    return Mention(row.briefing_id, row.position, row.name, row.aliases, row.title, row.organization, row.country)
