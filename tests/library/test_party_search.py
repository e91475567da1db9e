"""Search's party: filter, read from the party names and the People directory's party index, finds the same
briefings as the former reading of the parties' text and the people's parties."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from briefing.core import Briefing
from briefing.library import Library
from briefing.store import search
from briefing.store.hits import fold
from briefing.store.people_queries import match_words
from briefing.store.query import WORD

PARTIES = ["Jilin province", "Emilia-Romagna region", "Bavaria", "Ontario", "Città di Modena"]
BODIES = [("Ministry of Foreign Affairs", "China"), ("Regional Council", "Italy"), (None, "Canada"),
          ("Bavarian State Chancellery", "Germany"), ("Jilin Provincial Committee", None)]


@pytest.fixture(autouse=True)
def unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast page stops at its time budget (one frame) with what it found by then, and a loaded
    machine may run it out: here it has time to find every hit, so each order's hits can be compared."""
    monkeypatch.setattr(search, "FAST_PAGE_BUDGET", 10.0)


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
    """The briefings the party: filter found before it read the party index (its SQL as it was: a part of
    the event's parties, or the People directory's parties), with the event's parties folded as search
    folds words (case and accents) in place of SQL's lower()."""
    words = WORD.findall(fold(party.replace("'", "").replace("’", ""))) or [party.strip().casefold()]
    holds = " and ".join("instr(m.party, ?) > 0" for _ in words)
    sql = (f"select m.briefing_id from person_mentions m where m.person_id in (select rowid from people_fts"
           f" where people_fts match ?) and {holds}")
    found = {row[0] for row in lib.store.conn.execute(sql, [match_words(words, "parties"),
                                                            *(" " + word for word in words)])}
    return found | {b for b in lib.ids() if any(fold(party) in fold(name) for name in lib.get(b).parties)}


@pytest.mark.parametrize("party", ["Jilin", "jilin province", "Romagna", "Italy", "ital", "Foreign Affairs",
                                   "Bavaria", "bavarian", "Canada", "Città", "citta", "CITTÀ DI", "Modena",
                                   "Atlantis"])
@pytest.mark.parametrize("few_matches", [0, 10_000])  # with words: every event of the party read first / each asked
def test_party_filter_finds_the_same_briefings(library: Library, party: str, few_matches: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "FEW_MATCHES", few_matches)
    monkeypatch.setattr(search, "WALK_SECONDS", 10.0 if few_matches else -1.0)  # alone: walked by date / read first
    expected = former(library, party)
    for order in ("fast", "rank", "newest"):
        found = {hit.briefing_id for hit in library.search(f'party:"{party}"', limit=500, order=order).hits}
        assert found == expected, order
        with_word = {hit.briefing_id for hit in library.search(f'party:"{party}" ferry', limit=500,
                                                               order=order).hits}
        assert with_word == expected & {b for b in library.ids() if library.get(b).title.endswith("ferry")}, order
    assert bool(expected) == (party != "Atlantis")  # found somewhere: every party but the made-up one


def test_a_party_folds_accents_and_case_as_words_do(library: Library) -> None:
    """'citta' finds the events of Città di Modena in search (every page, with words or not) and in the
    Commitments view, as the words of a search and the People directory fold them."""
    named = {b for b in library.ids() if "Città di Modena" in library.get(b).parties}
    assert named
    for party in ("citta", "CITTÀ", "città di modena", "Citta di"):
        for query in (f'party:"{party}"', f'party:"{party}" ferry', f'party:"{party}" talks'):
            for order in ("fast", "rank", "newest"):
                found = {hit.briefing_id for hit in library.search(query, limit=500, order=order).hits}
                assert found and found <= named, (query, order)
        rows = library.commitments(party=party, limit=1000)
        assert {row.briefing_id for row in rows} == named, party
        assert library.count_commitments(library.commitment_filter(party=party)) == len(rows)


def test_party_filter_follows_a_change(library: Library) -> None:
    before = {hit.briefing_id for hit in library.search("party:Ontario", limit=500).hits}
    briefing = library.get(next(b for b in library.ids() if b not in before))
    briefing.parties = ["Ontario"]
    library.save(briefing)
    after = {hit.briefing_id for hit in library.search("party:Ontario", limit=500).hits}
    assert after == before | {briefing.id} == former(library, "Ontario")


def test_a_person_folds_accents_and_case_as_words_do(library: Library) -> None:
    briefing = library.get(library.ids()[0])
    briefing.participants.append(copy.deepcopy(briefing.participants[0]))
    briefing.participants[-1].name, briefing.participants[-1].aliases = "Lucía Ferrà", []
    briefing.participants[-1].title = "Vice-présidente"
    library.save(briefing)
    library.refresh_people()
    for query in ("person:lucia", "person:FERRA", 'person:"lucía ferrà"', "person:vice-presidente",
                  "person:Ferra talks"):
        for order in ("fast", "rank", "newest"):
            found = {hit.briefing_id for hit in library.search(query, limit=500, order=order).hits}
            assert found == {briefing.id}, (query, order)


def test_a_slow_look_at_how_many_match_reads_the_party_first(library: Library,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether few briefings match the words is found within FEW_SECONDS; out of time, the page reads
    every event of the party first, with the same hits."""
    plans: list[bool] = []
    original = search._filter_sql

    def recorded(conn: object, query: object, per_briefing: bool = False) -> object:
        plans.append(per_briefing)
        return original(conn, query, per_briefing)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "_filter_sql", recorded)
    asked = {hit.briefing_id for hit in library.search('party:"Jilin" ferry', limit=500, order="rank").hits}
    monkeypatch.setattr(search, "FEW_SECONDS", -1.0)
    read_first = {hit.briefing_id for hit in library.search('party:"Jilin" ferry', limit=500, order="rank").hits}
    assert plans == [True, False] and asked == read_first and asked


def test_a_party_alone_walked_by_date_lists_the_same_hits_in_the_same_order(library: Library,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The ranked and newest pages of a party alone walk the event dates asking each briefing (for up to
    WALK_SECONDS) or read the party's events first: newest event first, undated last, either way."""
    for number in range(3):
        undated = library.get(library.ids()[number])
        undated.event_date = None
        library.save(undated)
    for query in ('party:"Jilin"', 'party:"italy" -ferry', "party:bavarian kind:video", "party:Atlantis"):
        pages = []
        for seconds in (10.0, -1.0):
            monkeypatch.setattr(search, "WALK_SECONDS", seconds)
            pages.append([[(hit.briefing_id, hit.kind) for hit in library.search(query, limit=limit, order=order).hits]
                          for order in ("rank", "newest") for limit in (3, 500)])
        assert pages[0] == pages[1], query
        assert bool(pages[0][1]) == (query != "party:Atlantis")
