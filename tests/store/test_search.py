"""The search language over a real library: words, phrases, OR, exclusions, prefixes, filters, CJK."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.store import Store, StoreError
from briefing.store.query import parse
from briefing.store.search import HIT_END, HIT_START


def harbour_talks() -> Briefing:
    text = ("吉林省长春市 hosted talks on the harbour project. Mayor Lucia Ferrandi of Città di Castello "
            "said the port of 大连 will open a new ferry line. The two sides agreed to meet again.")
    return Briefing(
        title="Harbour talks in Changchun", event_date="2021-03-04", event_kind="talks", tags=["ports"],
        places=["长春市"], parties=["Jilin province", "Umbria"],
        summary="Talks on a ferry line between 大连 and Ancona.",
        source=Source(text=text),
        participants=[Participant(name="Lucia Ferrandi", aliases=["Ferrandi", "the mayor"], title="mayor"),
                      Participant(name="Wang Lihua", title="vice governor")],
        statements=[Statement(speaker="Lucia Ferrandi", text="The port of 大连 will open a new ferry line."),
                    Statement(speaker="Wang Lihua", text="Trade across the harbour doubled last year.")],
        commitments=[Commitment(actor="Umbria", text="Umbria will open a ferry office.", firmness="firm",
                                status="fulfilled"),
                     Commitment(actor="both sides", text="Both sides hope to meet in spring.", firmness="hope")],
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("search") / "lib.sqlite"
    library = Store(path, seed_sample=True)
    library.add(harbour_talks())
    return library


def briefings_found(store: Store, text: str, **kwargs: object) -> set[int]:
    return {hit.briefing_id for hit in store.search(text, limit=200, **kwargs).hits}


def test_words_all_must_match(store: Store) -> None:
    assert briefings_found(store, "Hongqi") == {1}
    assert briefings_found(store, "ferry harbour") == {2}
    assert briefings_found(store, "ferry Hongqi") == set()


def test_phrase_or_and_exclusion(store: Store) -> None:
    assert briefings_found(store, '"new ferry line"') == {2}
    assert briefings_found(store, '"line ferry new"') == set()
    assert briefings_found(store, "Hongqi OR ferry") == {1, 2}
    assert briefings_found(store, "sides -Hongqi") == {2}


def test_prefix_and_partial_names(store: Store) -> None:
    assert briefings_found(store, "Stef") == {1}
    assert briefings_found(store, "harb*") == {2}
    assert briefings_found(store, "Stef ", prefix_last=True) == set()  # a finished word is whole


def test_diacritics_fold(store: Store) -> None:
    assert briefings_found(store, "Citta") == {2}
    assert briefings_found(store, "Città") == {2}


def test_chinese_names_of_two_characters(store: Store) -> None:
    assert briefings_found(store, "吉林") == {2}
    assert briefings_found(store, "长春") == {2}
    assert briefings_found(store, "大连") == {2}
    assert briefings_found(store, "吉林省长春市") == {2}
    assert briefings_found(store, "春吉") == set()
    hit = store.search("大连").hits[0]
    assert f"{HIT_START}大连{HIT_END}" in hit.snippet and "\u200b" not in hit.snippet


def test_hits_name_their_kind_and_row(store: Store) -> None:
    hits = store.search("ferry office").hits
    assert [(h.kind, h.position) for h in hits] == [("commitment", 0)]
    statement = store.search("doubled").hits
    assert (statement[0].kind, statement[0].position, statement[0].briefing_id) == ("statement", 1, 2)
    assert HIT_START in statement[0].snippet
    person = store.search("Ferrandi").hits
    assert ("participant", 0) in [(h.kind, h.position) for h in person]


def test_field_filters(store: Store) -> None:
    assert briefings_found(store, "speaker:Ferrandi") == {2}
    assert {h.kind for h in store.search("speaker:Ferrandi").hits} == {"statement"}
    assert briefings_found(store, "speaker:Wang ferry") == set()
    assert briefings_found(store, "party:Umbria") == {2}
    assert briefings_found(store, "party:umbria ferry") == {2}
    assert briefings_found(store, "kind:video") == {1}
    assert briefings_found(store, "status:fulfilled") == {2}
    assert briefings_found(store, "firmness:hope") == {1, 2}
    assert briefings_found(store, "after:2020-12-31 sides") == {2}
    assert briefings_found(store, "before:2021 sides") == {1}
    assert briefings_found(store, "after:2020-05 before:2021-04") == {2}
    assert briefings_found(store, 'speaker:"Lucia Ferrandi"') == {2}
    assert briefings_found(store, "tag:ports") == {2}
    assert briefings_found(store, "tag:PORTS ferry") == {2}
    assert briefings_found(store, "tag:port") == set()  # a whole tag, not a part of one


def test_a_status_by_its_old_name_finds_the_renamed_status(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "own.sqlite", seed_sample=True)
    briefing = store.get(1)
    briefing.commitments[0].status = "partly_delivered"
    store.update(briefing)
    assert briefings_found(store, "status:partly_fulfilled") == {1}
    assert briefings_found(store, "status:partly") == {1}
    assert briefings_found(store, "status:delivered") == set()


def test_ranking_puts_title_hits_first_and_newest_switch(store: Store) -> None:
    ranked = store.search("talks", order="rank").hits
    assert ranked[0].kind == "title"
    newest = store.search("sides", order="newest").hits
    assert [h.event_date for h in newest] == sorted((h.event_date for h in newest), reverse=True)


@pytest.mark.parametrize("hostile", [
    '"', '"unbalanced phrase', "OR", "AND", "NOT", "OR OR", "a OR", "OR a", ":", "-", "*", "^", "^ferry",
    "NEAR(a b)", "ferry:", "col:val", "()", "(((", "'", "\\", "\x00", "-*", "*ferry", "a" * 10000,
    "speaker:", "after:not-a-date", "before:2021-13-45", "😀", "ferry AND OR NOT harbour",
])
def test_any_input_is_accepted(store: Store, hostile: str) -> None:
    result = store.search(hostile)
    assert result.hits or result.reason
    assert not (result.reason or "").startswith("the search could not be run"), result.reason


def test_empty_results_say_why(store: Store) -> None:
    assert "exclusions" in (store.search("-Hongqi").reason or "")
    assert "type a word" in (store.search("   ").reason or "")
    assert "no briefing matches" in (store.search("zzzqqq").reason or "")
    notes = store.search("after:someday ferry").notes
    assert any("after:" in note for note in notes)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(max_size=200))
def test_random_queries_never_raise(store: Store, text: str) -> None:
    result = store.search(text)
    assert not (result.reason or "").startswith("the search could not be run"), (text, result.reason)
    parse(text).match_text()


def test_filter_values_are_not_patterns(store: Store) -> None:
    assert briefings_found(store, "party:%") == set()
    assert briefings_found(store, "party:_mbria") == set()
    assert briefings_found(store, "kind:%") == set()
    assert briefings_found(store, "status:%") == set()


def test_update_and_delete_keep_the_index_in_step(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as library:
        briefing = harbour_talks()
        briefing.id = library.add(briefing)
        briefing.statements[1].text = "Exports of walnuts rose."
        library.update(briefing)
        assert briefings_found(library, "walnuts") == {briefing.id}
        assert briefings_found(library, "doubled") == set()
        library.delete([briefing.id])
        assert briefings_found(library, "walnuts") == set()


def test_saved_searches_are_kept_in_the_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Store(path) as library:
        first = library.save_search("Hongqi talk", "Hongqi speaker:Jing")
        library.save_search("Ferries", "ferry")
        assert library.save_search("Hongqi talk", "Hongqi") == first
    with Store(path) as library:
        assert library.saved_searches() == [(2, "Ferries", "ferry"), (first, "Hongqi talk", "Hongqi")]
        library.delete_saved_search(first)
        assert [name for _, name, _ in library.saved_searches()] == ["Ferries"]
        with pytest.raises(StoreError):
            library.save_search("  ", "x")


def test_first_page_of_a_word_being_typed(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as library:
        many = []
        for n in range(25):
            briefing = harbour_talks()
            briefing.title = f"Harbour talks {n}"
            briefing.summary = "Talks about harbours." if n % 2 else "Talks about harbour fees."
            many.append(briefing)
        library.add_many(many)
        # "harbour" fills the first page as a whole word; "harbou" needs the prefix
        fast = library.search("harbour", order="fast", limit=20).hits
        assert len(fast) == 20
        assert len(library.search("harbou", order="fast", limit=20).hits) == 20
        few = library.search("harbours", order="fast", limit=20).hits
        assert {h.kind for h in few} <= {"summary", "title", "source", "statement", "commitment", "participant"}
        assert library.search("speaker:Ferr", order="fast").hits


def test_a_slow_fast_page_returns_what_it_found_in_time(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.store import search

    monkeypatch.setattr(search, "FAST_PAGE_BUDGET", -1.0)  # already past the deadline
    monkeypatch.setattr(search, "PROGRESS_STEPS", 1)
    result = store.search("sides", order="fast")
    assert result.partial and result.reason and result.reason.startswith("still searching")
    complete = store.search("sides", order="rank")
    assert not complete.partial and complete.hits
