"""Keeps the People directory up to date: the briefings changed since last time, or all of them, are matched again."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from briefing.library.people_local import settle_locally
from briefing.library.people_rules import (
    Decision,
    Mention,
    MentionKeys,
    cluster,
    display_name,
    fold,
    mention_keys,
    scope_keys,
)
from briefing.store import people as sql
from briefing.store import people_links as links
from briefing.store.people import MentionRow

K = TypeVar("K")
FULL_REBUILD_SHARE = 0.2  # when more of the library than this changed, everything is matched again
FULL_REBUILD_MIN = 2000  # … and at least this many briefings
UPDATE_BATCH = 250  # changed briefings matched in one transaction (about 0.5 s at 100,000 briefings)


def refresh(conn: sqlite3.Connection, should_stop: Callable[[], bool] | None = None) -> int:
    """Bring the directory up to date; returns how many briefings were looked at. Cheap when nothing
    changed (one indexed read). A whole rebuild is one transaction (stopped between its steps, it keeps
    nothing and returns 0); changed briefings are matched
    UPDATE_BATCH at a time, a transaction each, so that another writer (the window saving an edit while
    the directory is matched in the background) waits for one batch at most, and memory stays bounded.
    When `should_stop()` says so between batches, the rest is left marked for the next time."""
    from briefing.library.people_rebuild import RebuildStopped

    if not sql.is_dirty(conn):
        return 0
    try:
        with conn:
            dirty = sql.dirty_ids(conn)
            total = conn.execute("select count(*) from briefings").fetchone()[0]
            if len(dirty) >= FULL_REBUILD_MIN and len(dirty) >= FULL_REBUILD_SHARE * total:
                rebuild(conn, should_stop)
                sql.clear_dirty(conn, dirty)
                return len(dirty)
    except RebuildStopped:  # (rolled back: every briefing is left marked for the next time)
        return 0
    for start in range(0, len(dirty), UPDATE_BATCH):
        if should_stop is not None and should_stop():
            return start
        batch = dirty[start:start + UPDATE_BATCH]
        with conn:
            if changed := sql.changed_of(conn, batch):  # a save that left the participants as they were: none
                _update(conn, changed)
            sql.clear_dirty(conn, batch)
    return len(dirty)


def _decisions(conn: sqlite3.Connection) -> list[Decision]:
    return [Decision(kind, tuple(keys), decision_id) for decision_id, kind, keys in sql.decisions(conn)]


def _as_mention(row: MentionRow) -> Mention:
    return Mention(row.briefing_id, row.position, row.name, row.aliases, row.title, row.organization, row.country)


def store_mentions(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]], keep: bool = True) -> list[MentionRow]:
    """Write the participants (rows of store.people.participants) as mentions with their match keys, and
    return them (unless not `keep`: a rebuild reads them back later)."""
    made, records, keys = [], [], []
    next_id = sql.next_mention_id(conn)
    for briefing_id, position, name, aliases, title, organization, country, event_date in rows:
        name_key, alias_list, codes, party = participant_keys(name, aliases, organization, country)
        records.append((next_id, None, briefing_id, position, name, name_key, aliases, title, organization,
                        country, event_date, party))
        if keep:
            made.append(MentionRow(next_id, None, briefing_id, position, name, name_key, alias_list, title,
                                   organization, country, event_date))
        keys += [(next_id, code, kind) for code, kind in codes]
        next_id += 1
    sql.insert_mentions(conn, records, keys)
    return made


def participant_keys(name: str, aliases: str | None, organization: str | None,
                     country: str | None) -> tuple[str, tuple[str, ...], tuple[tuple[int, str], ...], str]:
    """(folded name, aliases, (key code, kind) of each match key, folded party) of a participant as stored.
    The same name is written in many briefings and the same places in most: each is worked out once
    (a title makes no key)."""
    alias_list = sql.aliases_of(aliases)
    return fold(name), alias_list, key_codes(name, alias_list, organization, country), \
        place_keys(organization, country)[1]


@lru_cache(maxsize=1 << 15)
def key_codes(name: str, aliases: tuple[str, ...], organization: str | None,
              country: str | None) -> tuple[tuple[int, str], ...]:
    """(key code, kind) of each match key of a participant (as store.people.key_code codes them)."""
    keys = name_keys(name, aliases)._replace(scopes=place_keys(organization, country)[0]).store_keys()
    return tuple((sql.key_code(key), kind) for key, kind in keys)


@lru_cache(maxsize=1 << 15)
def name_keys(name: str, aliases: tuple[str, ...]) -> MentionKeys:
    """`mention_keys` of a participant with that name and aliases and no title, country or organisation."""
    return mention_keys(Mention(0, 0, name, aliases))


@lru_cache(maxsize=1 << 12)
def place_keys(organization: str | None, country: str | None) -> tuple[tuple[str, ...], str]:
    """(scopes, folded party) of a participant's organisation and country."""
    return scope_keys(organization, country), " " + " | ".join(fold(v) for v in (organization, country) if v) + " "


def rebuild(conn: sqlite3.Connection, should_stop: Callable[[], bool] | None = None) -> None:
    """Match every participant of the library again (the caller holds the transaction); people keep
    their ids where most of their participants stay together. Memory stays bounded at any size.
    Raises people_rebuild.RebuildStopped when `should_stop()` says so between its steps."""
    from briefing.library.people_rebuild import rebuild as rebuild_all

    rebuild_all(conn, _decisions(conn), should_stop)


def _update(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> None:
    """Match again the participants of the changed briefings and every mention they may touch."""
    gone = sql.mentions_of_briefings(conn, briefing_ids)
    old_person = {(m.briefing_id, m.name_key): m.person_id for m in gone}
    touched_people = {m.person_id for m in gone if m.person_id is not None}
    gone_keys = links.keys_by_mention(conn, [m.id for m in gone])
    seed_keys = {key for keys in gone_keys.values() for key in keys}
    sql.delete_mentions(conn, [m.id for m in gone])
    fresh = store_mentions(conn, sql.participants(conn, briefing_ids))
    decisions = _decisions(conn)
    if settle_locally(conn, gone, gone_keys, fresh, old_person, decisions):  # only the people they touch
        return
    affected = _closure(conn, {m.id for m in fresh}, seed_keys, touched_people, decisions)
    mentions = sql.mentions_by_id(conn, sorted(affected))
    previous = {m.id: m.person_id if m.person_id is not None else old_person.get((m.briefing_id, m.name_key))
                for m in mentions}
    touched_people |= {person for person in previous.values() if person is not None}
    names = {(m.briefing_id, m.name_key) for m in mentions}
    settle(conn, mentions, previous, [d for d in decisions if set(d.keys) & names], touched_people)


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


def number_people(votes: dict[K, tuple[Counter[int], Counter[int]]], sizes: dict[K, int], fresh: int) -> dict[K, int]:
    """Rule `numbers_stay`: each new person (a key of `sizes`) takes the number most of its participants
    had — counting first those not split off by a decision (`votes`: (those, the split-off ones) by
    number), so a person keeps their number and the part split off gets a new one; a tie goes to the
    larger person, then the older number. A person with no number left gets a new one from `fresh`."""
    ranked = sorted((-firm[number], -loose[number], -sizes[key], number, index)
                    for index, (key, (firm, loose)) in enumerate(votes.items()) for number in {*firm, *loose})
    keys = list(votes)
    chosen: dict[K, int] = {}
    taken: set[int] = set()
    for *_, number, index in ranked:
        if keys[index] not in chosen and number not in taken:
            chosen[keys[index]] = number
            taken.add(number)
    for key in sorted((k for k in sizes if k not in chosen), key=lambda k: -sizes[k]):
        chosen[key], fresh = fresh, fresh + 1
    return chosen


def moves_of(pairs: Iterable[tuple[int, int]], kept: set[int]) -> dict[int, int]:
    """Where each number no one keeps went: to the person most of its participants joined
    (`pairs`: (number before, number now) of each participant)."""
    went: dict[int, Counter[int]] = {}
    for before, now in pairs:
        if before not in kept:
            went.setdefault(before, Counter())[now] += 1
    return {before: counted.most_common(1)[0][0] for before, counted in went.items()}


def split_off(decisions: Iterable[Decision]) -> set[tuple[int, str]]:
    """The participants a split decision took out of their person."""
    return {key for decision in decisions if decision.kind == "split" for key in decision.keys}


def settle(conn: sqlite3.Connection, mentions: list[MentionRow], previous: dict[int, int | None],
           decisions: list[Decision], touched: set[int | None], groups: list[list[int]] | None = None) -> None:
    """Cluster `mentions` (every mention of every person they touch; `groups`: the people among them, when
    known), number each person (`number_people`), and write the people rows; people left without mentions
    go, noting where their number went."""
    if groups is None:
        groups = cluster([_as_mention(m) for m in mentions], decisions)
    loose = split_off(decisions)
    votes: dict[int, tuple[Counter[int], Counter[int]]] = {}
    for index, group in enumerate(groups):
        firm, soft = Counter(), Counter()
        for member in group:
            number = previous.get(mentions[member].id)
            if number is not None:
                mention = mentions[member]
                (soft if (mention.briefing_id, mention.name_key) in loose else firm)[number] += 1
        votes[index] = (firm, soft)
    number = number_people(votes, {index: len(group) for index, group in enumerate(groups)},
                           sql.next_person_id(conn))
    person_of: dict[int, int] = {}
    rows = []
    for index, group in enumerate(groups):
        for member in group:
            person_of[mentions[member].id] = number[index]
        members = sorted((mentions[member] for member in group),
                         key=lambda m: (m.event_date is None, m.event_date or "", m.briefing_id, m.position))
        rows.append((number[index], summary(members)))
    taken = set(number.values())
    gone = [p for p in touched if p is not None and p not in taken]
    sql.delete_people(conn, gone)
    sql.assign(conn, {m.id: person_of[m.id] for m in mentions if m.person_id != person_of[m.id]})  # those that move
    sql.write_people(conn, rows)
    had = {m.id: m.person_id if m.person_id is not None else previous.get(m.id) for m in mentions}
    moves = moves_of(((had[m.id], person_of[m.id]) for m in mentions if had[m.id] is not None), taken)
    sql.record_moves(conn, {before: now for before, now in moves.items() if before in set(gone)}, taken)


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


def recluster(conn: sqlite3.Connection, keys: Iterable[tuple[int, str]],
              origins: dict[tuple[int, str], int] | None = None) -> None:
    """Match again the participants named by a decision and everyone they may touch (the caller holds
    the transaction). `origins`: the person some of them had before the decision (an undo gives the
    numbers back), honoured where no one else has that number now."""
    named = set(keys)
    mention_ids = sql.mention_ids_by_name(conn, named)
    people = {m.person_id for m in sql.mentions_by_id(conn, sorted(mention_ids)) if m.person_id is not None}
    decisions = _decisions(conn)
    affected = _closure(conn, mention_ids, set(), people, decisions)
    mentions = sql.mentions_by_id(conn, sorted(affected))
    previous = {m.id: m.person_id for m in mentions}
    touched = {p for p in previous.values() if p is not None}
    if origins:
        current = {p for p in previous.values() if p is not None}
        elsewhere = sql.existing_people(conn, set(origins.values()) - current)
        for m in mentions:
            origin = origins.get((m.briefing_id, m.name_key))
            if origin is not None and origin not in elsewhere:
                previous[m.id] = origin
    reached = {(m.briefing_id, m.name_key) for m in mentions}
    settle(conn, mentions, previous, [d for d in decisions if set(d.keys) & reached],
            touched | {p for p in previous.values() if p is not None})
