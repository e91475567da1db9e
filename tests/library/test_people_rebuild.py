"""Rebuilding the People directory in bulk: the same tables, indexes, triggers and rows as before, by a real file."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from briefing.core import Briefing, Participant, Statement
from briefing.library import Library

NAMES = ["Jing Junhai", "Governor Jing", "Li Wei", "Wei Li", "Minister Li", "Mayor Kim", "Kim Dong", "Jing",
         "Vice Governor Li", "Di Stefano", "Manlio Di Stefano"]


def random_library(path: Path, seed: int, count: int = 60) -> Library:
    """A library of `count` briefings drawn from a few names and places, with merges and splits made."""
    rng = random.Random(seed)
    lib = Library.open(path, seed_sample=False)
    for number in range(count):
        chosen = rng.sample(NAMES, 3)
        people = [Participant(name=n, country=rng.choice(["China", "Korea", "Italy", None]),
                              organization=rng.choice([None, None, "Jilin", "Government"]),
                              title=rng.choice([None, "mayor", "governor"]),
                              aliases=[n.split()[-1]] if " " in n and rng.random() < 0.3 else []) for n in chosen]
        lib.save(Briefing(title=f"b{number}", event_date=f"20{10 + number % 12}-01-{number % 28 + 1:02d}",
                          participants=people, statements=[Statement(speaker=chosen[0], text="We will.")]))
        if number % 17 == 8 and len(lib.people()) > 2:
            lib.apply(lib.merge_people([row.id for row in rng.sample(lib.people(), 2)]))
        if number % 19 == 9:
            row = max(lib.people(), key=lambda r: r.events)
            if row.events > 1:
                lib.apply(lib.split_person(row.id, [lib.person(row.id).encounters[0].briefing_id]))
    return lib


def snapshot(conn: sqlite3.Connection) -> dict[str, list]:
    """What the directory holds: its rows, mentions, keys, moves, schema and what its full-text index finds."""
    return {
        "people": conn.execute("select * from people order by id").fetchall(),
        "mentions": conn.execute("select * from person_mentions order by id").fetchall(),
        "keys": conn.execute("select * from person_keys order by mention_id, key, kind").fetchall(),
        "moves": conn.execute("select * from people_moves order by person_id").fetchall(),
        "schema": sorted(conn.execute("select type, name, sql from sqlite_master").fetchall(), key=str),
        "found": [conn.execute("select rowid from people_fts where people_fts match ? order by rowid", [word])
                  .fetchall() for word in ("jing", "governor", "china", "korea")],
    }


@pytest.mark.parametrize("seed", [3, 5])
def test_a_rebuild_writes_the_same_directory_with_its_indexes_and_triggers(tmp_path: Path, seed: int) -> None:
    lib = random_library(tmp_path / "lib.sqlite", seed)
    conn = lib.store.conn
    before, cache = snapshot(conn), conn.execute("pragma cache_size").fetchone()[0]
    assert before["people"] and before["found"][0]
    lib.rebuild_people()
    after = snapshot(conn)
    assert after == before
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.execute("insert into people_fts (people_fts) values ('integrity-check')")  # raises if out of step
    assert conn.execute("pragma cache_size").fetchone()[0] == cache  # the rebuild's larger cache is given back
    lib.close()


def test_the_directory_triggers_work_after_a_rebuild(tmp_path: Path) -> None:
    lib = random_library(tmp_path / "lib.sqlite", 7, count=20)
    lib.rebuild_people()
    lib.save(Briefing(title="late", event_date="2025-05-05", participants=[
        Participant(name="Zhou Enlai Xiansheng", country="Atlantis")],
        statements=[Statement(speaker="Zhou Enlai Xiansheng", text="We will.")]))
    assert [row.name for row in lib.people("atlantis")] == ["Zhou Enlai Xiansheng"]
    assert lib.store.conn.execute("select count(*) from people_dirty").fetchone()[0] == 0
    lib.close()


def test_a_rebuild_that_fails_half_way_leaves_the_directory_as_it_was(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.library import people_rebuild

    lib = random_library(tmp_path / "lib.sqlite", 11, count=20)
    before = snapshot(lib.store.conn)

    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(people_rebuild, "_numbers", broken)
    with pytest.raises(Exception, match="disk I/O error"):
        lib.rebuild_people()
    assert snapshot(lib.store.conn) == before
    lib.close()
