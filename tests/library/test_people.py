"""The People directory of a Library: one person across briefings, kept up to date, merged and split with undo."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from briefing.core import Briefing, Participant, Statement
from briefing.library import Library, LibraryError
from briefing.library import people as people_module


def variant(sample: Briefing, number: int, date: str, name: str, country: str | None = "China") -> Briefing:
    """The sample event again on another date, its first participant written as `name`."""
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.event_date = None, f"Event {number}", date
    person = briefing.participants[0]
    old = person.name
    person.name, person.aliases, person.country = name, [], country
    if country != "China":
        person.organization = None
    for statement in briefing.statements:
        if statement.speaker == old:
            statement.speaker = name
    briefing.commitments[0].actor = name
    briefing.source.text = f"{briefing.source.text} (variant {number})"
    return briefing


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Library:
    lib = Library.open(tmp_path / "lib.sqlite", seed_sample=True)
    for number, (date, name) in enumerate([("2021-03-01", "Jing Junhai"), ("2022-05-01", "Jing Junhai"),
                                           ("2023-06-01", "Governor Jing")], start=1):
        lib.save(variant(sample, number, date, name))
    yield lib
    lib.close()


def directory(lib: Library) -> dict[str, int]:
    return {row.name: row.events for row in lib.people()}


def test_jing_junhai_in_three_briefings_and_governor_jing_in_a_fourth_are_one_entry(library: Library) -> None:
    assert directory(library) == {"Jing Junhai": 4, "Manlio Di Stefano": 4, "Vincenzo Colla": 4, "Bayanqolu": 4}
    page = library.person("Governor Jing")
    assert page.person.name == "Jing Junhai"
    assert [e.event_date for e in page.encounters] == ["2020-05-13", "2021-03-01", "2022-05-01", "2023-06-01"]
    assert page.encounters[-1].name == "Governor Jing"
    assert len(page.statements) == 4 * 8 and len(page.commitments) == 3
    assert "CPC Jilin Provincial Committee" in page.parties and "Governor Jing" in page.names
    assert [e.event_date for e in page.last_encounters()] == ["2023-06-01", "2022-05-01", "2021-03-01"]


def test_the_directory_follows_edits_deletes_and_restores(library: Library) -> None:
    governor = library.find_person("Governor Jing").id
    fourth = max(library.ids("id"))
    briefing = library.get(fourth)
    briefing.participants[0].name = "Li Wei"
    for statement in briefing.statements:
        if statement.speaker == "Governor Jing":
            statement.speaker = "Li Wei"
    briefing.commitments[0].actor = "Li Wei"
    library.save(briefing)
    assert directory(library)["Jing Junhai"] == 3 and directory(library)["Li Wei"] == 1
    assert library.find_person("Jing Junhai").id == governor  # a person keeps their number
    library.delete([fourth])
    assert "Li Wei" not in directory(library)
    library.untrash([library.trashed()[0].trash_id])
    assert directory(library)["Li Wei"] == 1


def test_merge_and_split_are_undoable_and_keep_every_participant(library: Library) -> None:
    before = library.stats()["participants"]
    colla, stefano = library.find_person("Colla").id, library.find_person("Di Stefano").id
    merge = library.merge_people([colla, stefano])
    assert merge.text == "Merge Vincenzo Colla and Manlio Di Stefano"
    library.apply(merge)
    assert len(library.people()) == 3 and library.stats()["participants"] == before
    merged = library.person("Vincenzo Colla")
    assert merged.person.id == min(colla, stefano) and merged.person.events == 4 and len(merged.names) >= 4
    assert library.find_person("Di Stefano").id == merged.person.id
    library.revert(merge)
    assert len(library.people()) == 4
    colla = library.find_person("Colla").id
    split = library.split_person(colla, [max(library.ids("id"))])
    library.apply(split)
    assert sorted(r.events for r in library.people() if r.name == "Vincenzo Colla") == [1, 3]
    library.save(library.get(max(library.ids("id"))))  # saving the briefing again keeps the split
    assert sorted(r.events for r in library.people() if r.name == "Vincenzo Colla") == [1, 3]
    library.revert(split)
    assert directory(library)["Vincenzo Colla"] == 4 and library.stats()["participants"] == before


def test_merge_and_split_refuse_in_one_sentence(library: Library) -> None:
    colla = library.find_person("Colla").id
    with pytest.raises(LibraryError, match="two or more people"):
        library.merge_people([colla])
    with pytest.raises(LibraryError, match="no person number 999"):
        library.merge_people([colla, 999])
    with pytest.raises(LibraryError, match="Leave at least one event"):
        library.split_person(colla, library.ids())
    with pytest.raises(LibraryError, match="none of those briefings"):
        library.split_person(colla, [12345])


def test_an_unknown_or_ambiguous_name_is_one_sentence(library: Library, sample: Briefing) -> None:
    near = "^No person called “Jing Junhia” in this library; did you mean “Jing Junhai”"
    with pytest.raises(LibraryError, match=near):
        library.person("Jing Junhia")
    with pytest.raises(LibraryError, match="^No person called “Nobody At All” in this library.$"):
        library.person("Nobody At All")
    with pytest.raises(LibraryError, match="no person number 77"):
        library.person(77)
    with pytest.raises(LibraryError, match="Give a person"):
        library.person("  ")
    library.save(variant(sample, 9, "2024-01-01", "Jing Junhai", country="Singapore"))
    with pytest.raises(LibraryError, match="^“Junhai” fits 2 people: Jing Junhai [(]1[)], Jing Junhai [(]5[)]; give"):
        library.person("Junhai")
    assert library.person("Jing").person.country == "China"  # a whole alias first
    assert library.person("Jing Junhai").person.events == 4  # the full name written most wins


def test_people_ids_in_name_order_and_rows_a_window_at_a_time(library: Library) -> None:
    ids = library.people_ids()
    rows = library.people_rows(ids[1:3])
    assert [rows[i].name for i in ids[1:3]] == ["Jing Junhai", "Manlio Di Stefano"]
    assert [library.people_rows([i])[i].name for i in library.people_ids("gov")] == ["Jing Junhai"]


def test_people_filter_by_name_title_and_party_words(library: Library) -> None:
    assert [r.name for r in library.people("gov")] == ["Jing Junhai"]
    assert [r.name for r in library.people("ital")] == ["Manlio Di Stefano", "Vincenzo Colla"]
    assert library.people("zzz") == []


def test_party_page(library: Library) -> None:
    page = library.party("Emilia-Romagna")
    assert len(page.encounters) == 4 and page.people[0].name == "Vincenzo Colla"
    assert any(c.actor == "Emilia-Romagna" for c in page.commitments)
    assert any(c.actor == "both sides" for c in page.commitments)
    with pytest.raises(LibraryError, match="No briefing names the party “Atlantis”"):
        library.party("Atlantis")


def test_a_large_write_leaves_matching_to_the_next_read(library: Library, sample: Briefing,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_module, "REFRESH_AFTER_WRITE", 0)
    library.save(variant(sample, 5, "2024-02-01", "Jing Junhai"))
    waiting = library.store.conn.execute("select count(*) from people_dirty").fetchone()[0]
    assert waiting == 1 and directory(library)["Jing Junhai"] == 5
    assert library.store.conn.execute("select count(*) from people_dirty").fetchone()[0] == 0


NAMES = ["Jing Junhai", "Governor Jing", "Li Wei", "Wei Li", "Minister Li", "Mayor Kim", "Kim Dong", "Jing"]


@pytest.mark.parametrize("seed", [7, 11, 23])
def test_kept_up_to_date_the_directory_is_what_a_rebuild_makes(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    lib = Library.open(tmp_path / "random.sqlite", seed_sample=False)
    for number in range(40):
        chosen = rng.sample(NAMES, 3)
        people = [Participant(name=n, country=rng.choice(["China", "Korea", None]),
                              organization=rng.choice([None, None, "Jilin"]), title=rng.choice([None, "mayor"]),
                              aliases=[n.split()[-1]] if " " in n and rng.random() < 0.3 else []) for n in chosen]
        lib.save(Briefing(title=f"b{number}", event_date=f"2020-01-{number % 28 + 1:02d}", participants=people,
                          statements=[Statement(speaker=chosen[0], text="We will.")]))
        if number % 7 == 3:
            lib.delete([rng.choice(lib.ids())])
        if number % 11 == 5 and len(lib.people()) > 2:
            lib.apply(lib.merge_people([row.id for row in rng.sample(lib.people(), 2)]))
        if number % 13 == 6:
            row = max(lib.people(), key=lambda r: r.events)
            if row.events > 1:
                lib.apply(lib.split_person(row.id, [lib.person(row.id).encounters[0].briefing_id]))
    kept = sorted(sorted((m.briefing_id, m.name) for m in _mentions(lib, r.id)) for r in lib.people())
    lib.rebuild_people()
    rebuilt = sorted(sorted((m.briefing_id, m.name) for m in _mentions(lib, r.id)) for r in lib.people())
    assert kept == rebuilt
    lib.close()


def _mentions(lib: Library, person_id: int) -> list:
    from briefing.store.people import mentions_of_people

    return mentions_of_people(lib.store.conn, [person_id])


def test_person_and_party_filters_use_the_directory(library: Library, sample: Briefing) -> None:
    later = variant(sample, 7, "2025-01-01", "Jing Junhai")
    later.participants[0].title = "Party Secretary of Jilin"
    library.save(later)
    everyone = set(library.ids())

    def found(query: str) -> set[int]:
        return {hit.briefing_id for hit in library.search(query, limit=100).hits}

    assert found('person:"Governor Jing"') == everyone
    assert found("person:Junhai") == everyone  # finds the briefing that calls him Governor Jing
    assert found("person:\"party secretary\" automobile") == everyone  # a later title finds the earlier events
    assert found("party:Jilin") == everyone and found("party:italy") == everyone
    assert found("person:nobody") == set()
    for hostile in ("person:---", 'party:"', 'person:"a*b"', "person:'", "party:*", "person:AND", 'party:"NOT OR"',
                    "person:景俊海", "party:\ud800"):
        assert library.search(hostile).reason is None or library.search(hostile).hits == []  # never raises
    assert "person: needs a value" in library.search("person:").notes[0]


def _premiers(lib: Library) -> None:
    for number, (name, country) in enumerate([("Tavita Olu", None), ("Rangi Forsyth", None), ("Omar Qadri", "Fiji"),
                                              ("Tavita Olu", None)], start=1):
        aliases = ["the Prime Minister", "Prime Minister", "the new Atlantic Trade Minister"]
        lib.save(Briefing(title=f"Talks {number}", event_date=f"2024-0{number}-01", participants=[
            Participant(name=name, aliases=aliases, title="Prime Minister", country=country)]))


def test_prime_ministers_of_different_countries_stay_different_people(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "premiers.sqlite", seed_sample=False)
    _premiers(lib)
    assert directory(lib) == {"Tavita Olu": 2, "Rangi Forsyth": 1, "Omar Qadri": 1}
    assert lib.person("Tavita Olu").names == ["Tavita Olu"]  # a role is no name
    lib.close()


def test_a_directory_matched_by_older_rules_is_matched_again(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "older.sqlite", seed_sample=False)
    _premiers(lib)
    conn = lib.store.conn
    with conn:  # as an older Briefing left it: everyone one person
        first = min(r.id for r in lib.people())
        conn.execute("update person_mentions set person_id = ?", [first])
        conn.execute("delete from people where id != ?", [first])
        conn.execute("update meta set value = '0' where key = 'people_rules'")
    assert directory(lib) == {"Tavita Olu": 2, "Rangi Forsyth": 1, "Omar Qadri": 1}
    lib.close()


def test_a_split_leaves_the_person_their_number(library: Library) -> None:
    jing = library.find_person("Jing Junhai").id
    dates = {e.briefing_id: e.event_date for e in library.person(jing).encounters}
    first, second, *rest = sorted(dates, key=dates.get)
    split = library.split_person(jing, [second, *rest])  # the larger part goes
    library.apply(split)
    assert library.person(jing).person.events == 1 and [e.briefing_id for e in library.person(jing).encounters] \
        == [first]
    off = library.person_in(second, "Jing Junhai").id
    assert off != jing
    library.apply(library.split_person(off, [rest[-1]]))  # a second split of the split-off part
    assert library.person_in(second, "Jing Junhai").id == off and library.person(off).person.events == 2
    library.rebuild_people()  # a rebuild numbers people the same way
    assert library.person(jing).person.events == 1 and library.person(off).person.events == 2
    library.revert(split)
    assert library.person(jing).person.events == 3


def test_a_merged_away_number_says_where_it_went_and_undo_gives_it_back(library: Library) -> None:
    colla, stefano = library.find_person("Vincenzo Colla").id, library.find_person("Manlio Di Stefano").id
    merge = library.merge_people([colla, stefano])
    library.apply(merge)
    kept = library.find_person("Vincenzo Colla").id
    gone = stefano if kept == colla else colla
    name = library.person(kept).person.name
    with pytest.raises(LibraryError, match=f"^Person {gone} was merged into {kept} [(]{name}[)][.]$"):
        library.person(gone)
    library.revert(merge)
    assert library.find_person("Vincenzo Colla").id == colla and library.find_person("Manlio Di Stefano").id == stefano
    assert library.person(stefano).person.name == "Manlio Di Stefano"


def test_a_merge_keeps_the_fuller_most_written_name(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "names.sqlite", seed_sample=False)
    for number, name in enumerate(["Deep Kumar Upadhyay", "Deep Upadhayay"], start=1):
        lib.save(Briefing(title=f"Visit {number}", event_date=f"2024-0{number}-01",
                          participants=[Participant(name=name, country="Nepal" if number == 1 else None)]))
    short, full = lib.find_person("Deep Upadhayay").id, lib.find_person("Deep Kumar Upadhyay").id
    lib.apply(lib.merge_people([short, full]))
    assert [r.name for r in lib.people()] == ["Deep Kumar Upadhyay"]
    lib.close()


def test_an_ambiguous_name_lists_as_many_people_as_it_counts(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "many.sqlite", seed_sample=False)
    countries = ["Samoa", "Tonga", "Fiji", "Palau", "Nauru", "Tuvalu", "Kiribati", "Vanuatu", "Niue", "Tokelau"]
    for number, country in enumerate(countries):
        lib.save(Briefing(title=f"Call {number}", participants=[
            Participant(name=f"Ana {country}son", title="Prime Minister", country=country)]))
    with pytest.raises(LibraryError) as raised:
        lib.person("Prime Minister")
    message = str(raised.value)
    assert message.startswith("“Prime Minister” fits 10 people: ") and message.endswith("; give the number.")
    assert message.count("(") == 8 and " and 2 others;" in message
    lib.delete(lib.ids()[:4])
    with pytest.raises(LibraryError) as raised:
        lib.person("Prime Minister")
    assert str(raised.value).startswith("“Prime Minister” fits 6 people: ") and str(raised.value).count("(") == 6
    lib.close()


def test_a_page_is_a_person_else_a_party_the_same_way_for_pages_and_sheets(library: Library, tmp_path: Path) -> None:
    from briefing.library.people_export import profile_of
    from briefing.library.people_pages import PartyPage, PersonPage

    assert isinstance(library.page("Governor Jing"), PersonPage) and isinstance(library.page("Colla"), PersonPage)
    jilin = library.page("Jilin")  # title words of two people, but the name of a party
    assert isinstance(jilin, PartyPage) and jilin.name == "Jilin province" and len(jilin.encounters) == 4
    assert isinstance(library.page("party:jilin"), PartyPage) and isinstance(library.page("person:Jing"), PersonPage)
    assert isinstance(library.page("Italy"), PartyPage)
    committee = library.page("CPC Jilin Provincial Committee")  # an organisation people represented
    assert isinstance(committee, PartyPage) and committee.people
    assert isinstance(profile_of(library, "Jilin"), PartyPage)
    assert library.export_profile("Jilin", tmp_path / "jilin.pdf").exists()
    with pytest.raises(LibraryError, match="^No person or party called “Atlantis” in this library"):
        library.page("Atlantis")
    with pytest.raises(LibraryError, match="^No briefing names the party “Atlantis”"):
        library.page("party:Atlantis")
