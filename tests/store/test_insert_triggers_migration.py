"""Schema 9: a new briefing's party rows and People mark are written with its rows, not by insert triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.core import Briefing
from briefing.library import Library
from briefing.store import Store
from tests.store.older import older_library
from tests.synthetic import synthetic_briefing

# what the dropped insert trigger made of each briefing: its parties (JSON text items), once each
TRIGGER_PARTIES = ("select b.id, p.value from briefings b, json_each(case when json_valid(b.parties) then"
                   " b.parties else '[]' end) p where p.type = 'text' group by b.id, p.value order by 1, 2")


def triggers(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("select name from sqlite_master where type = 'trigger'"
                                            " and tbl_name = 'briefings'")}


def parties_as_the_trigger_made_them(conn: sqlite3.Connection) -> None:
    stored = conn.execute("select briefing_id, party from briefing_parties order by 1, 2").fetchall()
    assert stored == conn.execute(TRIGGER_PARTIES).fetchall()
    names = {row[0] for row in conn.execute("select name from party_names")}
    assert names >= {party for _, party in stored}  # (a deleted briefing's names stay, as before)


def write_v8_library(path: Path) -> None:
    with older_library(path, 8) as db:
        db.execute("insert into briefings (id, title, event_date, parties, places, tags) values"
                   " (1, 'Talks in Umbria', '2021-01-01', json_array('Umbria region', 'Jilin province'), '[]', '[]')")
        db.execute("insert into participants (briefing_id, position, name, aliases, country, attended, spoke)"
                   " values (1, 0, 'Marco Rossi', '[]', 'Italy', 1, 0)")


def test_a_v8_library_is_upgraded_and_new_briefings_get_their_parties_and_people(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v8_library(path)
    with sqlite3.connect(path) as conn:  # schema 8 filled them by trigger
        assert {"briefing_parties_insert", "people_dirty_insert"} <= triggers(conn)
        assert conn.execute("select count(*) from briefing_parties").fetchone()[0] == 2
    with Library.open(path) as library:
        assert library.store.backup_path is not None and "before-upgrade" in library.store.backup_path.name
        assert triggers(library.store.conn) == {"briefing_parties_delete", "briefing_parties_update",
                                               "people_dirty_delete", "people_dirty_update"}
        new = synthetic_briefing(7)
        new.parties = ["Jilin province", "Città di Modena"]
        new_id = library.store.add(new)
        parties_as_the_trigger_made_them(library.store.conn)
        assert library.store.conn.execute("select count(*) from people_dirty where briefing_id = ?",
                                          [new_id]).fetchone()[0] == 1
        names = {person.name for person in library.people()}  # the directory takes the new briefing in
        assert "Marco Rossi" in names and {p.name for p in new.participants} <= names
        assert new_id in {row.briefing_id for row in library.commitments(party="Modena")}


def test_party_rows_are_those_the_trigger_made_through_adds_updates_and_deletes(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        briefings: list[Briefing] = [synthetic_briefing(n) for n in range(6)]
        briefings[1].parties = []
        briefings[2].parties = ["Umbria region", "Umbria region", "Jilin province"]  # a party named twice
        briefings[3].parties = ["Ålesund", "ålesund"]
        ids = store.add_many(briefings)
        parties_as_the_trigger_made_them(store.conn)
        assert store.conn.execute("select count(*) from people_dirty").fetchone()[0] == len(ids)
        changed = store.get(ids[0])
        changed.parties = ["Port of Dalian"]
        store.update(changed)
        store.delete([ids[2]])
        parties_as_the_trigger_made_them(store.conn)
        assert store.conn.execute("select party from briefing_parties where briefing_id = ?",
                                  [ids[0]]).fetchall() == [("Port of Dalian",)]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
