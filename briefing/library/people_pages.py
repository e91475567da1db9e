"""What a person's page and a party's page show, read from the People directory (plain data, no widgets)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.library.people_rules import fold, split_title
from briefing.store import people as sql
from briefing.store import people_queries as queries
from briefing.store.commitment_filters import party_event_ids
from briefing.store.people import MentionRow

CLOSED_STATUSES = frozenset({"fulfilled", "delivered", "broken", "dropped"})  # a commitment no longer open
PARTY_GENERIC = frozenset({"province", "provincial", "region", "regional", "government", "of", "the", "city",
                           "municipal", "state", "people", "s"})


class PersonRow(NamedTuple):
    """One entry of the People directory (a named tuple: the directory makes tens of thousands at once)."""

    id: int
    name: str
    title: str | None
    organization: str | None
    country: str | None
    events: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True)
class Encounter:
    """One event a person attended (or a party took part in), as they were named and titled there."""

    briefing_id: int
    event: str
    event_date: str | None
    event_kind: str | None
    name: str = ""
    title: str | None = None
    organization: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Said:
    """A statement of the person: where, and what."""

    briefing_id: int
    event_date: str | None
    position: int
    speaker: str
    text: str
    kind: str


@dataclass(frozen=True)
class Promised:
    """A commitment of the person or party, with where it was made and how it stands."""

    commitment_id: int
    briefing_id: int
    event_date: str | None
    position: int
    actor: str
    text: str
    firmness: str | None
    status: str
    due: str | None
    due_text: str | None

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES


@dataclass(frozen=True)
class TitleSpan:
    """A title a person held, from the first to the last event where it was given."""

    title: str
    first: str | None
    last: str | None


@dataclass(frozen=True)
class PersonPage:
    """A person across the library: names, titles over time, events, statements, commitments, parties."""

    person: PersonRow
    names: list[str]
    titles: list[TitleSpan]
    encounters: list[Encounter]  # in date order, undated last
    statements: list[Said]
    commitments: list[Promised]
    parties: list[str]

    def last_encounters(self, count: int = 3) -> list[Encounter]:
        dated = [e for e in self.encounters if e.event_date]
        return list(reversed(dated[-count:])) or self.encounters[:count]

    def open_commitments(self) -> list[Promised]:
        return [c for c in self.commitments if c.is_open]


@dataclass(frozen=True)
class PartyPage:
    """A government or organisation across the library: its events, its people and its commitments."""

    name: str
    encounters: list[Encounter]
    people: list[PersonRow]
    commitments: list[Promised] = field(default_factory=list)

    def last_encounters(self, count: int = 3) -> list[Encounter]:
        dated = [e for e in self.encounters if e.event_date]
        return list(reversed(dated[-count:])) or self.encounters[:count]

    def open_commitments(self) -> list[Promised]:
        return [c for c in self.commitments if c.is_open]


def person_row(values: Sequence[object]) -> PersonRow:
    return PersonRow._make(values[:8])


def _names_of(mention: MentionRow) -> set[str]:
    return {mention.name, *mention.aliases}


def person_page(conn: sqlite3.Connection, row: PersonRow) -> PersonPage:
    mentions = sql.mentions_of_people(conn, [row.id])
    ids = list(dict.fromkeys(m.briefing_id for m in mentions))
    events = queries.events(conn, ids)
    encounters = [Encounter(m.briefing_id, events[m.briefing_id][1], m.event_date, events[m.briefing_id][3], m.name,
                            m.title, m.organization, m.country) for m in mentions if m.briefing_id in events]
    spoken = {m.briefing_id: _names_of(m) for m in mentions}
    statements = [Said(b, events[b][2], position, speaker, text, kind)
                  for b, position, speaker, text, kind in queries.statements_in(conn, ids)
                  if b in events and speaker in spoken.get(b, ())]
    commitments = [Promised(cid, b, events[b][2], position, actor, text, firmness, status or "not_rated", due, due_text)
                   for cid, b, position, actor, text, firmness, status, due, due_text
                   in queries.commitments_in(conn, ids) if b in events and actor in spoken.get(b, ())]
    order = {briefing_id: index for index, briefing_id in enumerate(ids)}
    statements.sort(key=lambda s: (order[s.briefing_id], s.position))
    commitments.sort(key=lambda c: (order[c.briefing_id], c.position))
    titles: dict[str, list[str | None]] = {}
    for mention in mentions:
        if mention.title:
            span = titles.setdefault(mention.title, [mention.event_date, mention.event_date])
            span[1] = mention.event_date or span[1]
    names = list(dict.fromkeys([row.name] + [n for m in mentions for n in (m.name, *m.aliases)
                                             if split_title(n)[1]]))  # not 'the governor'
    parties = list(dict.fromkeys(p for m in mentions for p in (m.organization, m.country) if p))
    return PersonPage(row, names, [TitleSpan(t, a, b) for t, (a, b) in titles.items()], encounters, statements,
                      commitments, parties)


def party_words(name: str) -> list[str]:
    """The words that name a party, without the generic ones: 'Jilin province' -> ['jilin']."""
    words = fold(name).split()
    return [w for w in words if w not in PARTY_GENERIC] or words


def party_page(conn: sqlite3.Connection, name: str, matching: str | None = None) -> PartyPage:
    """The party called `name`: its events, found as the Commitments view's party filter finds them (a
    party named on the event, or a participant's organisation or country holding its words, folded; the
    words `matching`, when the page was asked for by them), its people (most events first), and every
    commitment made at its events, whoever made it: the set that view, `briefing commitments --party`
    and the follow-up report show for the same words."""
    ids, _count = party_event_ids(conn, [(matching or name).strip()], people=True)
    events = queries.events(conn, sorted(json.loads(ids)))
    order = sorted(events.values(), key=lambda e: (e[2] is None, e[2] or "", e[0]))
    encounters = [Encounter(e[0], e[1], e[2], e[3]) for e in order]
    represented = queries.people_of_party(conn, party_words(name))
    people = sorted((person_row(r) for r in queries.people_by_ids(conn, represented)),
                    key=lambda p: (-p.events, p.name.casefold()))
    position = {e[0]: index for index, e in enumerate(order)}
    commitments = [Promised(cid, b, events[b][2], pos, actor, text, firmness, status or "not_rated", due, due_text)
                   for cid, b, pos, actor, text, firmness, status, due, due_text
                   in queries.commitments_in(conn, sorted(events))]
    commitments.sort(key=lambda c: (position[c.briefing_id], c.position))
    return PartyPage(name, encounters, people, commitments)
