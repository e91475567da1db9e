"""Matches a few changed briefings against the directory as it is: only the people their participants touch."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from briefing.library.people_rules import Decision, Mention, MentionKeys, cluster, title_heads
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
    from briefing.library.people_directory import settle

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
    joined = _joined(conn, fresh, fresh_keys)
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
    keys = {**links.keys_by_mention(conn, [m.id for m in staying]), **fresh_keys}
    groups = cluster([_as_mention(m) for m in local], (), [rule_keys(m) for m in local])
    if not _reaches_no_one_else(conn, local, groups, keys, staying, gone, gone_keys):
        return False
    if not _still_several(alone, keys, local, groups, elsewhere, touched):
        return False
    groups += [[len(local) + index] for index in range(len(alone))]
    local += alone
    groups.sort(key=lambda group: min(local[member].id for member in group))  # as matching them all orders them
    previous = {m.id: m.person_id if m.person_id is not None else old_person.get((m.briefing_id, m.name_key))
                for m in local}
    settle(conn, local, previous, [], touched | {p for p in previous.values() if p is not None}, groups)
    return True


def _joined(conn: sqlite3.Connection, fresh: Sequence[MentionRow],
            fresh_keys: Keys) -> tuple[set[int | None], list[MentionRow], dict[int, set[int | None]]] | None:
    """(the people the fresh participants join, those that stay alone as short names several people give, those
    several people of each), or None when a short name no one gives (grouped by office with others) is among them."""
    codes = {code for keys in fresh_keys.values() for code, kind in keys if kind in ("full", "want")}
    full_people: dict[int, set[int | None]] = {}
    offering: dict[int, set[int | None]] = {}
    for code, _, kind, person_id in links.holders(conn, codes):
        if kind == "full":
            full_people.setdefault(code, set()).add(person_id)
        elif kind == "offer":
            offering.setdefault(code, set()).add(person_id)
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
                         staying: Sequence[MentionRow], gone: Sequence[MentionRow], gone_keys: Keys) -> bool:
    """Whether the people made of `local` change nothing for any other participant: each short name among them
    is given by one of them (none is left to be grouped by office), and every short name or full name whose
    givers changed is the same number of people's to every other participant who is that short name (or that
    full name without a scope)."""
    offers_of_group = [{code for member in group for code, kind in keys.get(local[member].id, ()) if kind == "offer"}
                       for group in groups]
    offered = set().union(*offers_of_group) if offers_of_group else set()
    for mention in local:
        wants = {code for code, kind in keys.get(mention.id, ()) if kind == "want"}
        if wants and not _has_full(keys, mention.id) and not wants & offered:
            return False
    before: dict[int | None, set[tuple[int, str]]] = {}
    for mention in staying:
        before.setdefault(mention.person_id, set()).update(keys.get(mention.id, ()))
    for mention in gone:
        before.setdefault(mention.person_id, set()).update(gone_keys.get(mention.id, ()))
    after = [{key for member in group for key in keys.get(local[member].id, ())} for group in groups]
    people_of_group = [{local[member].person_id for member in group} - {None} for group in groups]
    changed: set[tuple[int, str]] = set()
    for person_id, held in before.items():
        homes = [index for index, people in enumerate(people_of_group) if person_id in people]
        if len(homes) != 1 or len(people_of_group[homes[0]]) != 1:  # split or merged: all it held
            changed |= held | {key for index in homes for key in after[index]}
        else:
            changed |= held ^ after[homes[0]]
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
    others = {mention_id for code, mention_id, kind, _ in links.holders(conn, wanted)
              if kind == "want" and mention_id not in local_ids}
    return _same_candidates(conn, others, local, groups, keys, before)


def _same_candidates(conn: sqlite3.Connection, others: set[int], local: Sequence[MentionRow], groups: list[list[int]],
                     keys: Keys, before: dict[int | None, set[tuple[int, str]]]) -> bool:
    """Whether each of the `others` (short names outside `local`) is given by as many people (none, one, or
    several) after the change as before it."""
    if not others:
        return True
    their_keys = links.keys_by_mention(conn, others)
    wants = {mention_id: {code for code, kind in held if kind == "want"} for mention_id, held in their_keys.items()}
    local_people = set(before)
    givers: dict[int, set[int | None]] = {}
    for code, _, kind, person_id in links.holders(conn, set().union(*wants.values())):
        if kind == "offer" and person_id not in local_people and person_id is not None:
            givers.setdefault(code, set()).add(person_id)
    offers_of_group = [{code for member in group for code, kind in keys.get(local[member].id, ()) if kind == "offer"}
                       for group in groups]
    offers_before = {person: {code for code, kind in held if kind == "offer"} for person, held in before.items()}
    for codes in wants.values():
        outside = {p for code in codes for p in givers.get(code, ())}
        had = len(outside) + sum(1 for held in offers_before.values() if held & codes)
        has = len(outside) + sum(1 for held in offers_of_group if held & codes)
        if min(had, 2) != min(has, 2):
            return False
    return True


def _still_several(alone: Sequence[MentionRow], keys: Keys, local: Sequence[MentionRow], groups: list[list[int]],
                   elsewhere: dict[int, set[int | None]], touched: set[int | None]) -> bool:
    """Whether each short name that several people gave (`elsewhere`: who) is still given by several: those
    of them untouched, and the people among `local` that give it now."""
    for mention in alone:
        wants = {code for code, kind in keys.get(mention.id, ()) if kind == "want"}
        inside = sum(1 for group in groups
                     if any(code in wants for member in group for code, kind in keys.get(local[member].id, ())
                            if kind == "offer"))
        if len(elsewhere[mention.id] - touched) + inside < 2:
            return False
    return True


def _has_full(keys: Keys, mention_id: int) -> bool:
    return any(kind == "full" for _, kind in keys.get(mention_id, ()))


def rule_keys(mention: MentionRow) -> MentionKeys:
    """`people_rules.mention_keys` of a stored mention, from the parts its name and its place share with others."""
    from briefing.library.people_directory import name_keys, place_keys

    named = name_keys(mention.name, mention.aliases)
    heads = tuple(sorted(set(named.heads) | title_heads(mention.title)))
    return named._replace(scopes=place_keys(mention.organization, mention.country)[0], heads=heads)


def _as_mention(row: MentionRow) -> Mention:
    return Mention(row.briefing_id, row.position, row.name, row.aliases, row.title, row.organization, row.country)
