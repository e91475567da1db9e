"""A party filter's events: kept while the file is unchanged, and found again after any change, from anywhere."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import pytest

from briefing.core import Briefing
from briefing.store import Store
from briefing.store import commitment_filters as filters
from briefing.store.maintenance import restore_from


def library(path: Path, sample: Briefing, parties: list[list[str]]) -> Store:
    opened = Store(path)
    for number, named in enumerate(parties):
        briefing = copy.deepcopy(sample)
        briefing.title, briefing.parties = f"Talks {number}", named
        opened.add(briefing)
    return opened


@pytest.fixture
def store(tmp_path: Path, sample: Briefing) -> Store:
    opened = library(tmp_path / "lib.sqlite", sample, [["Jilin province", "Bavaria"], ["Ontario"], ["Bavaria"]])
    yield opened
    opened.close()


def events(conn: object, party: str = "bavaria") -> list[int]:
    ids, count = filters.party_event_ids(conn, [party], people=False)  # type: ignore[arg-type]
    found = sorted(int(part) for part in ids.strip("[]").split(",") if part.strip())
    assert len(found) == count
    return found


def test_the_events_are_kept_while_nothing_changes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    first = events(store.conn)
    assert first == [1, 3]
    monkeypatch.setattr(filters, "party_events_sql", lambda *_: pytest.fail("read again though nothing changed"))
    assert events(store.conn) == first


def test_a_commit_of_another_connection_is_seen(store: Store, sample: Briefing) -> None:
    assert events(store.conn) == [1, 3]
    other = Store(store.path)
    briefing = copy.deepcopy(sample)
    briefing.title, briefing.parties = "Talks of the other window", ["Bavaria"]
    other.add(briefing)
    other.close()
    assert events(store.conn) == [1, 3, 4]


def test_a_restore_into_the_connection_is_seen(store: Store, sample: Briefing, tmp_path: Path) -> None:
    """The backup API writes through the connection restored into, changing neither its total_changes
    nor its data_version: the kept events were those of the library before the restore."""
    backup = library(tmp_path / "backup.sqlite", sample, [["Ontario"], ["Bavaria"]])
    backup.close()
    assert events(store.conn) == [1, 3]
    restore_from(store.conn, tmp_path / "backup.sqlite", tmp_path)
    assert events(store.conn) == [2]


def test_what_a_rolled_back_transaction_saw_is_not_kept(store: Store) -> None:
    conn = store.conn
    assert events(conn) == [1, 3]
    conn.execute("begin")
    conn.execute("insert into briefing_parties (party, briefing_id) values ('Bavaria', 2)")
    assert events(conn) == [1, 2, 3]
    conn.execute("rollback")
    assert events(conn) == [1, 3]


def test_a_new_connection_never_gets_another_ones_events(tmp_path: Path, sample: Briefing) -> None:
    """Connections opened and closed in turn (as tests and reopened libraries do) may be given the same
    id() once the first is gone; the events of one file are never those of the next."""
    for number in range(6):
        opened = library(tmp_path / f"lib{number}.sqlite", sample, [["Bavaria"]] * (number + 1))
        assert events(opened.conn) == list(range(1, number + 2))
        opened.close()
        del opened
        gc.collect()
