"""Schema 7: a library made by the previous version opens with a People directory, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.library import Library
from briefing.store import Store
from tests.store.older import older_library


def write_v6_library(path: Path) -> None:
    """A library as schema 6 wrote it: participants, and no people tables."""
    with older_library(path, 6) as db:
        for number, name in enumerate(["Jing Junhai", "Jing Junhai", "Governor Jing"], start=1):
            db.execute("insert into briefings (id, title, event_date, parties, places, tags) values"
                       " (?, ?, ?, '[\"Jilin\"]', '[]', '[]')", [number, f"Talks {number}", f"202{number}-01-01"])
            db.execute("insert into participants (briefing_id, position, name, aliases, country, attended, spoke)"
                       " values (?, 0, ?, '[]', 'China', 1, 0)", [number, name])


def test_a_v6_library_is_backed_up_and_gets_a_directory(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v6_library(path)
    with Store(path) as store:
        assert store.backup_path is not None and "before-upgrade" in store.backup_path.name
        assert store.conn.execute("select count(*) from people_dirty").fetchone()[0] == 3
    backup = sqlite3.connect(next((tmp_path / "backups").glob("*.sqlite")))
    assert backup.execute("select value from meta where key = 'schema_version'").fetchone()[0] == "6"
    backup.close()
    with Library.open(path) as library:
        rows = library.people()
        assert [(r.name, r.events, r.first_seen, r.last_seen) for r in rows] == \
            [("Jing Junhai", 3, "2021-01-01", "2023-01-01")]
        assert library.stats()["participants"] == 3


def test_a_v6_library_opened_read_only_says_it_needs_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v6_library(path)
    with Library.open(path, read_only=True) as library:  # read-only: migrated once, then read
        assert [r.name for r in library.people()] in ([], ["Jing Junhai"])
