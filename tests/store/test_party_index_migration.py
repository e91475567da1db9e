"""Schema 8: the party filters' index and people_moves; a v7 library is backed up, upgrades and keeps working."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.library import Library
from briefing.store import Store
from briefing.store.schema import SCHEMA_VERSION
from tests.store.older import older_library


def write_v7_library(path: Path) -> None:
    """A library as schema 7 wrote it on its first day: a People directory to build, no people_moves,
    no party index."""
    with older_library(path, 7) as db:
        db.execute("drop table people_moves")
        for number, (name, country, party) in enumerate([("Jing Junhai", "China", "Jilin province"),
                                                         ("Marco Rossi", "Italy", "Umbria region"),
                                                         ("Jing Junhai", "China", "Umbria region")], start=1):
            db.execute("insert into briefings (id, title, event_date, parties, places, tags) values"
                       " (?, ?, ?, json_array(?), '[]', '[]')",
                       [number, f"Talks {number}", f"202{number}-01-01", party])
            db.execute("insert into participants (briefing_id, position, name, aliases, country, organization,"
                       " attended, spoke) values (?, 0, ?, '[]', ?, ?, 1, 0)",
                       [number, name, country, f"Government of {country}"])
            db.execute("insert into commitments (briefing_id, position, actor, text, firmness, status, uid)"
                       " values (?, 0, ?, ?, 'firm', 'not_rated', ?)",
                       [number, party, f"{party} will open an office.", f"uid{number}"])


def test_a_v7_library_is_backed_up_and_gets_the_party_index_and_people_moves(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v7_library(path)
    with Store(path) as store:
        assert store.backup_path is not None and "before-upgrade" in store.backup_path.name
        names = {row[0] for row in store.conn.execute("select name from sqlite_master")}
        assert {"idx_person_mentions_party", "people_moves"} <= names
        version = store.conn.execute("select value from meta where key = 'schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION >= 8
    backup = sqlite3.connect(next((tmp_path / "backups").glob("*.sqlite")))
    assert backup.execute("select value from meta where key = 'schema_version'").fetchone()[0] == "7"
    backup.close()


def test_an_upgraded_v7_library_filters_by_party_through_its_people_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v7_library(path)
    with Library.open(path) as library:
        assert [r.name for r in library.people()] == ["Jing Junhai", "Marco Rossi"]
        page = library.party("China")  # the party page reads the same index
        assert [e.briefing_id for e in page.encounters] == [1, 3] and [p.name for p in page.people] == ["Jing Junhai"]
        # China is no event's party: its participant's country brings in events 1 and 3
        assert sorted(row.briefing_id for row in library.commitments(party="China")) == [1, 3]
        assert sorted(row.briefing_id for row in library.commitments(party="Government of Italy")) == [2]
        assert sorted(row.briefing_id for row in library.commitments(party="Umbria")) == [2, 3]
        assert [row.briefing_id for row in library.commitments(party="China", with_party="Umbria")] == [3]
        assert sorted(row.briefing_id for row in library.commitments(party="Gov Chi")) == [1, 3]  # word starts
        assert library.commitments(party="overnment") == []  # a part of a word is not a word's start
        # the sorts that schema 8's indexes walk
        assert [(r.actor, r.briefing_id) for r in library.commitments(order="actor")] == \
            [("Jilin province", 1), ("Umbria region", 3), ("Umbria region", 2)]
        library.track(library.commitments(order="oldest")[1].uid, "stalled")
        assert [r.briefing_id for r in library.commitments(order="status")] == [2, 3, 1]
        jing, rossi = sorted(library.people(), key=lambda r: r.name)
        library.apply(library.merge_people([jing.id, rossi.id]))
        assert len(library.people()) == 1
        moves = library.store.conn.execute("select count(*) from people_moves").fetchone()[0]
        assert moves == 1


def test_a_file_without_schema_8s_indexes_still_filters_by_party_and_sorts(tmp_path: Path) -> None:
    """A schema 7 file read as it is (a damaged one is opened read-only, without its upgrade)."""
    path = tmp_path / "lib.sqlite"
    write_v7_library(path)
    with Library.open(path) as library:
        library.people()  # the directory is built
        for index in ("idx_person_mentions_party", "idx_commitments_actor", "idx_commitments_status_rank"):
            library.store.conn.execute(f"drop index {index}")
        assert sorted(row.briefing_id for row in library.commitments(party="Government of China")) == [1, 3]
        assert [(r.actor, r.briefing_id) for r in library.commitments(order="actor")] == \
            [("Jilin province", 1), ("Umbria region", 3), ("Umbria region", 2)]
        assert [r.briefing_id for r in library.commitments(order="status")] == [3, 2, 1]
        page = library.party("Italy")
        assert [e.briefing_id for e in page.encounters] == [2] and [p.name for p in page.people] == ["Marco Rossi"]
