"""The Commitments view's actor filter folds accents and case as its party filter does: 'citta' finds Città."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment
from briefing.library import Library
from briefing.store import commitments as store_commitments
from briefing.store.maintenance import restore_from

ACTORS = ["Città di Modena", "CITTÀ DI PARMA", "città di modena", "Emilia-Romagna", "both sides", "Jilin province",
          "Comune di Forlì"]


def event(sample: Briefing, number: int, actors: list[str]) -> Briefing:
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title = None, f"Talks {number}"
    briefing.event_date = f"2021-0{1 + number % 9}-1{number % 10}"
    briefing.commitments = [Commitment(actor=actor, text=f"{actor} will build a ferry ({number}, {n}).")
                            for n, actor in enumerate(actors)]
    briefing.source.text = f"{briefing.source.text} ({number})"
    return briefing


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Library:
    opened = Library.open(tmp_path / "lib.sqlite", claim=False)
    for number in range(6):
        opened.save(event(sample, number, ACTORS[number % 3:] + ACTORS[:number % 3]))
    yield opened
    opened.close()


def actors(library: Library, actor: str, order: str = "newest") -> list[str]:
    return [row.actor for row in library.commitments(actor=actor, order=order, limit=1000)]


def test_accents_and_case_are_folded(library: Library) -> None:
    assert set(actors(library, "citta")) == {"Città di Modena", "CITTÀ DI PARMA", "città di modena"}
    assert set(actors(library, "CITTÀ DI MODENA")) == {"Città di Modena", "città di modena"}
    assert set(actors(library, "forli")) == {"Comune di Forlì"}
    assert set(actors(library, "BOTH")) == {"both sides"}
    assert set(actors(library, "ROMAGNA")) == {"Emilia-Romagna"}  # a part, as before
    assert actors(library, "Atlantis") == []
    assert len(actors(library, "citta")) == 3 * 6


@pytest.mark.parametrize("actor", ["citta", "di", "BOTH", "i", "zzz"])
def test_every_order_and_the_count_give_the_same_rows(library: Library, actor: str) -> None:
    newest = sorted(row.id for row in library.commitments(actor=actor, limit=1000))
    query = library.commitment_filter(actor=actor)
    assert library.count_commitments(query) == len(newest)
    for order in ("actor", "oldest", "due", "status"):
        rows = library.commitments(actor=actor, order=order, limit=1000)
        assert sorted(row.id for row in rows) == newest, order
    nocase = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's NOCASE
    by_actor = [row.actor.translate(nocase) for row in library.commitments(actor=actor, order="actor", limit=1000)]
    assert by_actor == sorted(by_actor)


def test_the_sort_by_actor_under_an_actor_filter_reads_actor_by_actor(library: Library,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A few actors matched: each is a run of the sort read by its own plan (_in_groups), page by page."""
    groups: list[int] = []
    real = store_commitments._in_groups
    monkeypatch.setattr(store_commitments, "_in_groups",
                        lambda conn, found, *rest: groups.append(len(found)) or real(conn, found, *rest))
    whole = [row.id for row in library.commitments(actor="citta", order="actor", limit=1000)]
    assert groups == [2]  # 'Città di Modena' in either spelling (one run of NOCASE), 'CITTÀ DI PARMA'
    pages = [row.id for offset in range(0, 18, 5)
             for row in library.commitments(actor="citta", order="actor", limit=5, offset=offset)]
    assert pages == whole


def test_actors_are_found_again_after_a_change(library: Library, sample: Briefing, tmp_path: Path) -> None:
    assert actors(library, "ferrara") == []
    library.save(event(sample, 7, ["Ferrara città"]))
    assert actors(library, "ferrara") == ["Ferrara città"]
    backup = Library.open(tmp_path / "backup.sqlite", claim=False)
    backup.save(event(sample, 8, ["Città di Ferrara"]))
    backup.close()
    restore_from(library.store.conn, tmp_path / "backup.sqlite", tmp_path)
    assert actors(library, "ferrara") == ["Città di Ferrara"]


@pytest.mark.parametrize("order", ["newest", "oldest", "due", "status", "actor"])
def test_few_actor_rows_read_by_the_actor_index_give_the_walks_pages(library: Library, order: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor filter whose actors hold few rows reads them by the actor index and sorts them: the same
    rows, in the same order, page by page, as the plans that walk an order's index."""
    def pages() -> list[int]:
        return [row.id for offset in range(0, 30, 4)
                for row in library.commitments(actor="di", order=order, limit=4, offset=offset)]
    taken: list[bool] = []
    real = store_commitments._few_actor_rows
    monkeypatch.setattr(store_commitments, "_few_actor_rows", lambda *a: taken.append(real(*a)) or taken[-1])
    by_index = pages()
    assert any(taken) or order == "actor"  # (the sort by actor reads its few actors one by one first)
    monkeypatch.setattr(store_commitments, "ACTOR_ROWS", 0)
    assert pages() == by_index and len(by_index) == 4 * 6
