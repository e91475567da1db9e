"""Keeps the People directory up to date: the briefings changed since last time, or all of them, are matched again."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from briefing.library.people_rules import (
    Decision,
    Mention,
    cluster,
    display_name,
    fold,
    mention_keys,
)
from briefing.store import people as sql
from briefing.store.people import MentionRow

FULL_REBUILD_SHARE = 0.2  # when more of the library than this changed, everything is matched again
FULL_REBUILD_MIN = 2000  # … and at least this many briefings


def refresh(conn: sqlite3.Connection) -> int:
    """Bring the directory up to date in one transaction; returns how many briefings were looked at.
    Cheap when nothing changed (one indexed read)."""
    if not sql.is_dirty(conn):
        return 0
    with conn:
        dirty = sql.dirty_ids(conn)
        total = conn.execute("select count(*) from briefings").fetchone()[0]
        if len(dirty) >= FULL_REBUILD_MIN and len(dirty) >= FULL_REBUILD_SHARE * total:
            rebuild(conn)
        else:
            _update(conn, dirty)
        sql.clear_dirty(conn, dirty)
    return len(dirty)


def _decisions(conn: sqlite3.Connection) -> list[Decision]:
    return [Decision(kind, tuple(keys), decision_id) for decision_id, kind, keys in sql.decisions(conn)]


def _as_mention(row: MentionRow) -> Mention:
    return Mention(row.briefing_id, row.position, row.name, row.aliases, row.title, row.organization, row.country)


def store_mentions(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> list[MentionRow]:
    """Write the participants (rows of store.people.participants) as mentions with their match keys."""
    made, records, keys = [], [], []
    next_id = sql.next_mention_id(conn)
    for briefing_id, position, name, aliases, title, organization, country, event_date in rows:
        mention = Mention(briefing_id, position, name, tuple(json.loads(aliases or "[]")), title, organization,
                          country)
        party = " " + " | ".join(fold(value) for value in (organization, country) if value) + " "
        records.append((next_id, None, briefing_id, position, name, mention.key[1], aliases, title, organization,
                        country, event_date, party))
        made.append(MentionRow(next_id, None, briefing_id, position, name, mention.key[1], mention.aliases, title,
                               organization, country, event_date))
        keys += [(next_id, sql.key_code(key), kind) for key, kind in mention_keys(mention).store_keys()]
        next_id += 1
    sql.insert_mentions(conn, records, keys)
    return made


def rebuild(conn: sqlite3.Connection) -> None:
    """Match every participant of the library again (the caller holds the transaction); people keep
    their ids where most of their participants stay together. Memory stays bounded at any size."""
    from briefing.library.people_rebuild import rebuild as rebuild_all

    rebuild_all(conn, _decisions(conn))


def _update(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> None:
    """Match again the participants of the changed briefings and every mention they may touch."""
    gone = sql.mentions_of_briefings(conn, briefing_ids)
    old_person = {(m.briefing_id, m.name_key): m.person_id for m in gone}
    touched_people = {m.person_id for m in gone if m.person_id is not None}
    seed_keys = set(sql.keys_of(conn, [m.id for m in gone]))
    sql.delete_mentions(conn, [m.id for m in gone])
    fresh = store_mentions(conn, sql.participants(conn, briefing_ids))
    decisions = _decisions(conn)
    affected = _closure(conn, {m.id for m in fresh}, seed_keys, touched_people, decisions)
    mentions = sql.mentions_by_id(conn, sorted(affected))
    previous = {m.id: m.person_id if m.person_id is not None else old_person.get((m.briefing_id, m.name_key))
                for m in mentions}
    touched_people |= {person for person in previous.values() if person is not None}
    names = {(m.briefing_id, m.name_key) for m in mentions}
    _settle(conn, mentions, previous, [d for d in decisions if set(d.keys) & names], touched_people)


def _closure(conn: sqlite3.Connection, mention_ids: set[int], keys: set[tuple[int, str]], people: set[int],
             decisions: list[Decision]) -> set[int]:
    """Every mention whose person may change: those sharing a full name in a scope with the set, the
    short forms they answer to (when some mention is that short form), a name anywhere (when some
    mention of it has no scope), the people they belonged to, and the participants of the decisions
    that name any of them."""
    found: set[int] = set(mention_ids)
    if people:
        found |= sql.mention_ids_of_people(conn, sorted(people))
    seen: set[int] = set()
    frontier_keys = set(keys)
    frontier = set(found)
    while frontier or frontier_keys:
        frontier_keys |= set(sql.keys_of(conn, sorted(frontier)))
        codes = {code: kind for code, kind in frontier_keys if code not in seen}
        seen |= set(codes)
        followed = [code for code, kind in codes.items() if kind == "full"]
        followed += sql.codes_with_kind(conn, [c for c, kind in codes.items() if kind in ("offer", "want")], "want")
        followed += sql.codes_with_kind(conn, [c for c, kind in codes.items() if kind in ("named", "unscoped")],
                                        "unscoped")
        reached = sql.mention_ids_by_codes(conn, followed)
        if decisions:
            named = {(m.briefing_id, m.name_key) for m in sql.mentions_by_id(conn, sorted(reached | frontier))}
            for decision in decisions:
                if set(decision.keys) & named:
                    reached |= sql.mention_ids_by_name(conn, decision.keys)
        frontier_keys = set()
        frontier = reached - found
        found |= frontier
    return found


def _settle(conn: sqlite3.Connection, mentions: list[MentionRow], previous: dict[int, int | None],
            decisions: list[Decision], touched: set[int | None]) -> None:
    """Cluster `mentions` (every mention of every person they touch), give each person the id most of
    its mentions had (a new one when taken), and write the people rows; people left without mentions go."""
    groups = cluster([_as_mention(m) for m in mentions], decisions)
    groups.sort(key=len, reverse=True)
    taken: set[int] = set()
    person_of: dict[int, int] = {}
    rows = []
    fresh = sql.next_person_id(conn)
    for group in groups:
        votes = Counter(previous.get(mentions[index].id) for index in group)
        votes.pop(None, None)
        ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))  # a tie: the older number
        chosen = next((person for person, _ in ranked if person not in taken), None)
        if chosen is None:
            chosen, fresh = fresh, fresh + 1
        taken.add(chosen)
        for index in group:
            person_of[mentions[index].id] = chosen
        members = sorted((mentions[index] for index in group),
                         key=lambda m: (m.event_date is None, m.event_date or "", m.briefing_id, m.position))
        rows.append((chosen, summary(members)))
    sql.delete_people(conn, [p for p in touched if p is not None and p not in taken])
    sql.assign(conn, person_of)
    sql.write_people(conn, rows)


def summary(mentions: Sequence[MentionRow]) -> dict[str, Any]:
    """A person's directory row from their mentions in date order."""
    latest = list(reversed(mentions))
    dates = [m.event_date for m in mentions if m.event_date]
    words: dict[str, None] = {}
    for mention in mentions:
        for text in (mention.name, *mention.aliases, mention.title):
            if text and fold(text):
                words.setdefault(fold(text), None)
    parties: dict[str, None] = {}
    for mention in mentions:
        for text in (mention.organization, mention.country):
            if text and fold(text):
                parties.setdefault(fold(text), None)
    return {
        "name": display_name([_as_mention(m) for m in mentions]),
        "title": next((m.title for m in latest if m.title), None),
        "organization": next((m.organization for m in latest if m.organization), None),
        "country": next((m.country for m in latest if m.country), None),
        "events": len({m.briefing_id for m in mentions}),
        "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
        "search": " " + " | ".join(words) + " ", "parties": " " + " | ".join(parties) + " ",
    }


def recluster(conn: sqlite3.Connection, keys: Iterable[tuple[int, str]]) -> None:
    """Match again the participants named by a decision and everyone they may touch (the caller holds
    the transaction)."""
    named = set(keys)
    mention_ids = sql.mention_ids_by_name(conn, named)
    people = {m.person_id for m in sql.mentions_by_id(conn, sorted(mention_ids)) if m.person_id is not None}
    decisions = _decisions(conn)
    affected = _closure(conn, mention_ids, set(), people, decisions)
    mentions = sql.mentions_by_id(conn, sorted(affected))
    previous = {m.id: m.person_id for m in mentions}
    reached = {(m.briefing_id, m.name_key) for m in mentions}
    _settle(conn, mentions, previous, [d for d in decisions if set(d.keys) & reached],
            {p for p in previous.values() if p is not None})
