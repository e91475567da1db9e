"""Saving a briefing keeps the People directory up to date, matching again only what its participants changed."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.core import Briefing
from briefing.library import Library, people_directory


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Iterator[Library]:
    lib = Library.open(tmp_path / "saves.sqlite", seed_sample=True)
    second = copy.deepcopy(sample)
    second.id, second.title, second.event_date = None, "A second call", "2024-02-01"
    second.source.text += " (second call)"
    lib.save(second)
    lib.refresh_people()
    yield lib
    lib.close()


@pytest.fixture
def matched(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The briefing ids each incremental update of the directory matched again."""
    calls: list[list[int]] = []
    update = people_directory._update

    def counting(conn: object, briefing_ids: list[int]) -> None:
        calls.append(sorted(briefing_ids))
        update(conn, briefing_ids)  # type: ignore[arg-type]

    monkeypatch.setattr(people_directory, "_update", counting)
    return calls


def rows(lib: Library) -> list[tuple[object, ...]]:
    return sorted((r.id, r.name, r.title, r.events, r.first_seen, r.last_seen) for r in lib.people())


def test_a_save_that_leaves_the_participants_matches_nothing_again(library: Library,
                                                                   matched: list[list[int]]) -> None:
    before = rows(library)
    briefing = library.get(max(library.ids("id")))
    briefing.summary = "Only the summary was edited."
    briefing.statements[0].text = "An edited statement."
    library.save(briefing)
    assert matched == []
    assert not library.people_pending()
    assert rows(library) == before


def test_a_changed_title_is_matched_again_and_shown(library: Library, matched: list[list[int]]) -> None:
    newest = max(library.ids("id"))
    briefing = library.get(newest)
    person = briefing.participants[0]
    person.title = "Party Secretary"
    library.save(briefing)
    assert matched == [[newest]]
    assert library.person(person.name).person.title == "Party Secretary"
    assert not library.people_pending()


def test_a_changed_date_moves_first_and_last_seen(library: Library, matched: list[list[int]]) -> None:
    newest = max(library.ids("id"))
    briefing = library.get(newest)
    briefing.event_date = "2026-11-30"
    library.save(briefing)
    assert matched == [[newest]]
    assert library.person(briefing.participants[0].name).person.last_seen == "2026-11-30"


def test_a_deleted_briefing_leaves_the_directory(library: Library, matched: list[list[int]]) -> None:
    newest = max(library.ids("id"))
    name = library.get(newest).participants[0].name
    assert library.person(name).person.events == 2
    library.delete([newest])
    assert matched == [[newest]]
    assert library.person(name).person.events == 1


def test_new_rules_match_every_briefing_again_even_unchanged_ones(library: Library,
                                                                  matched: list[list[int]]) -> None:
    conn = library.store.conn
    with conn:
        conn.execute("update meta set value = '0' where key = 'people_rules'")
    library.refresh_people()
    assert matched == [sorted(library.ids("id"))]
    assert conn.execute("select 1 from meta where key = 'people_rematch'").fetchone() is None
    library.save(library.get(max(library.ids("id"))))  # the marker went with the queue: unchanged again
    assert len(matched) == 1
