"""Matches a few changed briefings against the directory as it is: only the people their participants touch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache

from briefing.library.people_rules import Decision, MentionKeys, cluster, title_heads
from briefing.store import people as sql
from briefing.store import people_links as links
from briefing.store.people import MentionRow

Keys = dict[int, list[tuple[int, str]]]  # (key code, kind) of each mention, by mention id


def settle_locally(conn: sqlite3.Connection, gone: Sequence[MentionRow], gone_keys: Keys, fresh: Sequence[MentionRow],
                   old_person: dict[tuple[int, str], int | None], decisions: Sequence[Decision]) -> bool:
    """Match the fresh participants (stored, without a person yet) of changed briefings, whose old participants
    (`gone`, with `gone_keys`) were taken out, by looking again only at the people those touch: the people of
    the old participants and those the fresh ones join by a full name in a scope or a short name only one person
    gives. It gives what matching every mention they may reach gives (`people_directory._update`) when no one
    else can be affected; otherwise (a decision names any of them, a participant without a country or
    organisation, a short name no one gives, or a person some other participant's short name may now be or no
    longer be), it writes nothing and returns False."""
    from briefing.library.people_directory import key_codes, settle

    fresh_keys = links.keys_by_mention(conn, [m.id for m in fresh])
    if any(kind == "unscoped" for keys in (*gone_keys.values(), *fresh_keys.values()) for _, kind in keys):
        return False
    decided = {key for decision in decisions for key in decision.keys}
    if any((m.briefing_id, m.name_key) in decided for m in (*gone, *fresh)):
        return False
    gone_wants = {code for keys in gone_keys.values() if not any(kind == "full" for _, kind in keys)
                  for code, kind in keys if kind == "want"}
    if len(sql.codes_with_kind(conn, sorted(gone_wants), "offer")) < len(gone_wants):
        return False  # a short name no one gives left: those left with it are grouped by office again
    joined = _joined(conn, fresh, fresh_keys, bool(decided))
    if joined is None:
        return False
    touched, alone, elsewhere = joined
    touched |= {m.person_id for m in gone if m.person_id is not None}
    staying = sql.mentions_of_people(conn, sorted(touched))
    several = {person for people in elsewhere.values() for person in people}
    if decided and any((m.briefing_id, m.name_key) in decided
                       for m in (*staying, *sql.mentions_of_people(conn, sorted(several)))):
        return False
    alone_ids = {m.id for m in alone}
    local = sorted([*staying, *(m for m in fresh if m.id not in alone_ids)], key=lambda m: m.id)
    keys = {**{m.id: list(key_codes(m.name, m.aliases, m.organization, m.country)) for m in staying}, **fresh_keys}
    groups = cluster(local, (), [rule_keys(m) for m in local])  # type: ignore[arg-type]  # (no decisions: no key read)
    given_by = _offered_by(keys, (({local[m].id for m in group}, index) for index, group in enumerate(groups)))
    if not _reaches_no_one_else(conn, local, groups, keys, given_by, staying, gone, gone_keys):
        return False
    if not _still_several(alone, keys, given_by, elsewhere, touched):
        return False
    groups += [[len(local) + index] for index in range(len(alone))]
    local += alone
    groups.sort(key=lambda group: min(local[member].id for member in group))  # as matching them all orders them
    previous = {m.id: m.person_id if m.person_id is not None else old_person.get((m.briefing_id, m.name_key))
                for m in local}
    settle(conn, local, previous, [], touched | {p for p in previous.values() if p is not None}, groups)
    return True


def _joined(conn: sqlite3.Connection, fresh: Sequence[MentionRow], fresh_keys: Keys,
            every_giver: bool) -> tuple[set[int | None], list[MentionRow], dict[int, set[int | None]]] | None:
    """(the people the fresh participants join, those that stay alone as short names several people give, those
    several people of each: all of them with `every_giver`, else up to three), or None when a short name no one
    gives (grouped by office with others) is among them."""
    full_people: dict[int, set[int | None]] = {}
    for code, person_id in links.full_name_people(conn, {c for keys in fresh_keys.values() for c, kind in keys
                                                         if kind == "full"}):
        full_people.setdefault(code, set()).add(person_id)
    wanted = {code for keys in fresh_keys.values() for code, kind in keys if kind == "want"}
    offering = {code: links.givers(conn, code, None if every_giver else 3) for code in sorted(wanted)}
    touched: set[int | None] = set()
    alone: list[MentionRow] = []
    elsewhere: dict[int, set[int | None]] = {}
    for mention in fresh:
        keys = fresh_keys.get(mention.id, [])
        full = [code for code, kind in keys if kind == "full"]
        wants = [code for code, kind in keys if kind == "want"]
        if full:
            touched |= {p for code in full for p in full_people.get(code, ())}
        elif wants:
            offered = {p for code in wants for p in offering.get(code, ())}
            if not offered:
                return None
            if len(offered - {None}) >= 2:  # several people give it (as many after the change: `_still_several`)
                alone.append(mention)
                elsewhere[mention.id] = offered - {None}
            else:  # one person, or fresh participants too: matched with them
                touched |= offered
    touched.discard(None)
    return touched, alone, elsewhere


def _reaches_no_one_else(conn: sqlite3.Connection, local: Sequence[MentionRow], groups: list[list[int]], keys: Keys,
                         given_by: dict[int, set[int | None]], staying: Sequence[MentionRow],
                         gone: Sequence[MentionRow], gone_keys: Keys) -> bool:
    """Whether the people made of `local` change nothing for any other participant: each short name among them
    is given by one of them (none is left to be grouped by office), and every short name or full name whose
    givers changed is the same number of people's to every other participant who is that short name (or that
    full name without a scope). `given_by`: the groups giving each short name."""
    for mention in local:
        wants = {code for code, kind in keys.get(mention.id, ()) if kind == "want"}
        if wants and not _has_full(keys, mention.id) and not any(code in given_by for code in wants):
            return False
    before: dict[int | None, set[tuple[int, str]]] = {}
    for mention in staying:
        before.setdefault(mention.person_id, set()).update(keys.get(mention.id, ()))
    for mention in gone:
        before.setdefault(mention.person_id, set()).update(gone_keys.get(mention.id, ()))
    after = [{key for member in group for key in keys.get(local[member].id, ())} for group in groups]
    people_of_group = [{local[member].person_id for member in group} - {None} for group in groups]
    homes: dict[int | None, list[int]] = {}
    for index, people in enumerate(people_of_group):
        for person_id in people:
            homes.setdefault(person_id, []).append(index)
    changed: set[tuple[int, str]] = set()
    for person_id, held in before.items():
        home = homes.get(person_id, [])
        if len(home) != 1 or len(people_of_group[home[0]]) != 1:  # split or merged: all it held
            changed |= held | {key for index in home for key in after[index]}
        else:
            changed |= held ^ after[home[0]]
    for index, people in enumerate(people_of_group):
        if not people:
            changed |= after[index]
    named = [code for code, kind in changed if kind == "named"]
    if named and sql.codes_with_kind(conn, named, "unscoped"):
        return False
    given = [code for code, kind in changed if kind == "offer"]
    wanted = set(sql.codes_with_kind(conn, given, "want")) if given else set()
    if not wanted:
        return True
    local_ids = {m.id for m in local}
    others = {mention_id for _, mention_id, _ in links.holders(conn, wanted, "want") if mention_id not in local_ids}
    return _same_candidates(conn, others, given_by, before)


def _offered_by(keys: Keys, holders: Iterable[tuple[set[int], int | None]]) -> dict[int, set[int | None]]:
    """Who gives each short name: (mention ids, who they are) -> code -> those who give it."""
    found: dict[int, set[int | None]] = {}
    for mention_ids, who in holders:
        for mention_id in mention_ids:
            for code, kind in keys.get(mention_id, ()):
                if kind == "offer":
                    found.setdefault(code, set()).add(who)
    return found


def _same_candidates(conn: sqlite3.Connection, others: set[int], given_by: dict[int, set[int | None]],
                     before: dict[int | None, set[tuple[int, str]]]) -> bool:
    """Whether each of the `others` (short names outside the people matched again) is given by as many people
    (none, one, or several) after the change as before it (`given_by`: the groups giving each code now;
    `before`: the keys each person matched again held before)."""
    if not others:
        return True
    their_keys = links.keys_by_mention(conn, others)
    wants = {mention_id: {code for code, kind in held if kind == "want"} for mention_id, held in their_keys.items()}
    givers: dict[int, set[int | None]] = {}
    for code, _, person_id in links.holders(conn, set().union(*wants.values()), "offer"):
        if person_id not in before and person_id is not None:
            givers.setdefault(code, set()).add(person_id)
    gave: dict[int, set[int | None]] = {}
    for person_id, held in before.items():
        for code, kind in held:
            if kind == "offer":
                gave.setdefault(code, set()).add(person_id)
    for codes in wants.values():
        outside = len({p for code in codes for p in givers.get(code, ())})
        had = outside + len({p for code in codes for p in gave.get(code, ())})
        has = outside + len({g for code in codes for g in given_by.get(code, ())})
        if min(had, 2) != min(has, 2):
            return False
    return True


def _still_several(alone: Sequence[MentionRow], keys: Keys, given_by: dict[int, set[int | None]],
                   elsewhere: dict[int, set[int | None]], touched: set[int | None]) -> bool:
    """Whether each short name that several people gave (`elsewhere`: who) is still given by several: those
    of them untouched, and the groups matched again that give it now (`given_by`)."""
    for mention in alone:
        wants = {code for code, kind in keys.get(mention.id, ()) if kind == "want"}
        inside = len({group for code in wants for group in given_by.get(code, ())})
        if len(elsewhere[mention.id] - touched) + inside < 2:
            return False
    return True


def _has_full(keys: Keys, mention_id: int) -> bool:
    return any(kind == "full" for _, kind in keys.get(mention_id, ()))


def rule_keys(mention: MentionRow) -> MentionKeys:
    """`people_rules.mention_keys` of a stored mention, from the parts its name and its place share with others."""
    from briefing.library.people_directory import name_keys, place_keys

    named = name_keys(mention.name, mention.aliases)
    return MentionKeys(named.full, named.offers, named.wants, place_keys(mention.organization, mention.country)[0],
                       _heads(named.heads, mention.title), named.own)


@lru_cache(maxsize=1 << 12)
def _heads(of_name: tuple[str, ...], title: str | None) -> tuple[str, ...]:
    return tuple(sorted(set(of_name) | title_heads(title)))
