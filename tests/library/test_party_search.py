"""Search's party: filter, read from the party names and the People directory's party index, finds the same
briefings as the former reading of the parties' text and the people's parties."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from briefing.core import Briefing
from briefing.library import Library
from briefing.store.hits import fold
from briefing.store.people_queries import match_words
from briefing.store.query import WORD

PARTIES = ["Jilin province", "Emilia-Romagna region", "Bavaria", "Ontario", "Città di Modena"]
BODIES = [("Ministry of Foreign Affairs", "China"), ("Regional Council", "Italy"), (None, "Canada"),
          ("Bavarian State Chancellery", "Germany"), ("Jilin Provincial Committee", None)]


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Library:
    rng = random.Random(13)
    lib = Library.open(tmp_path / "lib.sqlite", seed_sample=False)
    for number in range(24):
        briefing = copy.deepcopy(sample)
        briefing.id, briefing.title = None, f"Talks {number} on the ferry" if number % 3 else f"Talks {number}"
        briefing.event_date = f"20{10 + number:02d}-03-01"
        briefing.source.text = f"{briefing.source.text} (variant {number})"
        briefing.parties = rng.sample(PARTIES, rng.randint(0, 2))
        for person in briefing.participants:
            person.organization, person.country = rng.choice(BODIES)
        lib.save(briefing)
    lib.refresh_people()
    yield lib
    lib.close()


def former(lib: Library, party: str) -> set[int]:
    """The briefings the party: filter found before it read the party index (its SQL as it was)."""
    words = WORD.findall(fold(party.replace("'", "").replace("’", ""))) or [party.strip().casefold()]
    holds = " and ".join("instr(m.party, ?) > 0" for _ in words)
    sql = (f"select id from briefings b where instr(lower(b.parties), lower(?)) > 0 or b.id in (select m.briefing_id"
           f" from person_mentions m where m.person_id in (select rowid from people_fts where people_fts match ?)"
           f" and {holds})")
    return {row[0] for row in lib.store.conn.execute(sql, [party, match_words(words, "parties"),
                                                           *(" " + word for word in words)])}


@pytest.mark.parametrize("party", ["Jilin", "jilin province", "Romagna", "Italy", "ital", "Foreign Affairs",
                                   "Bavaria", "bavarian", "Canada", "Città", "citta", "Modena", "Atlantis"])
def test_party_filter_finds_the_same_briefings(library: Library, party: str) -> None:
    expected = former(library, party)
    for order in ("fast", "rank", "newest"):
        found = {hit.briefing_id for hit in library.search(f'party:"{party}"', limit=500, order=order).hits}
        assert found == expected, order
        with_word = {hit.briefing_id for hit in library.search(f'party:"{party}" ferry', limit=500,
                                                               order=order).hits}
        assert with_word == expected & {b for b in library.ids() if library.get(b).title.endswith("ferry")}, order
    # found somewhere: every party but the made-up one, and 'citta' (an event's party name is matched as
    # written, accents and all, as it was before)
    assert bool(expected) == (party not in ("Atlantis", "citta"))


def test_party_filter_follows_a_change(library: Library) -> None:
    before = {hit.briefing_id for hit in library.search("party:Ontario", limit=500).hits}
    briefing = library.get(next(b for b in library.ids() if b not in before))
    briefing.parties = ["Ontario"]
    library.save(briefing)
    after = {hit.briefing_id for hit in library.search("party:Ontario", limit=500).hits}
    assert after == before | {briefing.id} == former(library, "Ontario")
