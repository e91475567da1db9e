"""The People directory's name order: kept while the file is unchanged, read again after any change."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

import pytest

from briefing.core import Briefing, Participant
from briefing.library import Library
from briefing.store import kept_reads
from briefing.store import people_queries as queries
from briefing.store.maintenance import restore_from


def library(path: Path, sample: Briefing, names: list[str]) -> Library:
    """A library of one event per name, that person its only participant, with its directory made."""
    opened = Library.open(path, claim=False)
    for name in names:
        add(opened, sample, name)
    return opened


def add(opened: Library, sample: Briefing, name: str) -> None:
    briefing = copy.deepcopy(sample)
    briefing.title, briefing.participants = f"Talks with {name}", [Participant(name, country="Italy")]
    briefing.statements, briefing.commitments = [], []
    briefing.source.text = f"{briefing.source.text} ({name})"
    opened.save(briefing)
    opened.people_ids()  # the directory brought up to date


def by_name(lib: Library) -> list[str]:
    """The directory's names in the order kept (_name_order), as the store's own connection reads it."""
    conn = lib.store.conn
    names = dict(conn.execute("select id, name from people").fetchall())
    return [names[person_id] for person_id in queries.people_order(conn)]


@pytest.fixture
def lib(tmp_path: Path, sample: Briefing) -> Library:
    opened = library(tmp_path / "lib.sqlite", sample, ["Olga Berg", "Anna Rossi"])
    yield opened
    opened.close()


def test_the_order_is_kept_while_nothing_changes(lib: Library) -> None:
    conn = lib.store.conn
    assert by_name(lib) == ["Anna Rossi", "Olga Berg"]
    assert queries._name_order(conn) is queries._name_order(conn)  # read once


def test_a_commit_of_another_connection_is_seen(lib: Library, sample: Briefing) -> None:
    assert by_name(lib) == ["Anna Rossi", "Olga Berg"]
    other = Library.open(lib.path, claim=False)
    add(other, sample, "Bruno Conti")
    other.close()
    assert by_name(lib) == ["Anna Rossi", "Bruno Conti", "Olga Berg"]


def test_a_restore_into_the_connection_is_seen(lib: Library, sample: Briefing, tmp_path: Path) -> None:
    """The backup API writes through the connection restored into, changing neither its total_changes
    nor its data_version: the order kept was that of the library before the restore."""
    library(tmp_path / "backup.sqlite", sample, ["Zeno Marchi", "Carla Neri", "Ugo Pala"]).close()
    assert by_name(lib) == ["Anna Rossi", "Olga Berg"]
    restore_from(lib.store.conn, tmp_path / "backup.sqlite", tmp_path)
    assert by_name(lib) == ["Carla Neri", "Ugo Pala", "Zeno Marchi"]


def test_what_a_rolled_back_transaction_saw_is_not_kept(lib: Library) -> None:
    conn = lib.store.conn
    assert by_name(lib) == ["Anna Rossi", "Olga Berg"]
    conn.execute("begin")
    conn.execute("insert into people (name) values ('Marta Viti')")
    assert by_name(lib) == ["Anna Rossi", "Marta Viti", "Olga Berg"]
    conn.execute("rollback")
    assert by_name(lib) == ["Anna Rossi", "Olga Berg"]


def test_a_new_connection_never_gets_another_ones_order(tmp_path: Path, sample: Briefing) -> None:
    """Libraries opened and closed in turn may give a new connection the id() of one gone; the order
    kept for one file is never that of the next."""
    names = ["Anna Rossi", "Bruno Conti", "Carla Neri", "Dario Fo", "Elsa Moro"]
    for number in range(1, len(names) + 1):
        opened = library(tmp_path / f"lib{number}.sqlite", sample, names[:number])
        assert by_name(opened) == names[:number]
        opened.close()
        del opened
        gc.collect()


def test_the_order_and_a_party_filter_share_one_cache(lib: Library) -> None:
    """Both go through kept_reads.kept: one helper holds what is kept, and bounds how much."""
    from briefing.store.commitment_filters import party_event_ids

    kept_reads.forget()
    by_name(lib)
    party_event_ids(lib.store.conn, ["Italy"])
    assert {key[1] for key in kept_reads._KEPT} >= {"people by name", "party events"}
    assert len(kept_reads._KEPT) <= kept_reads.KEPT_READS
