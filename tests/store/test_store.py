"""The Store: round trips, transactions, migrations with backups, and the file's settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing.core import Briefing, briefing_to_dict
from briefing.store import MigrationError, Store, StoreError
from briefing.store.schema import SCHEMA_VERSION
from tests.synthetic import synthetic_briefing


def test_new_library_holds_the_sample(tmp_path: Path, sample: Briefing) -> None:
    with Store(tmp_path / "lib.sqlite", seed_sample=True) as store:
        assert store.count() == 1
        stored = store.get(store.ids()[0])
    sample.id = stored.id
    assert briefing_to_dict(stored) == briefing_to_dict(sample)


def test_sample_is_not_added_again_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path, seed_sample=True).close()
    with Store(path, seed_sample=True) as store:
        assert store.count() == 1


def test_json_store_json_round_trip(tmp_path: Path, sample_dict: dict) -> None:
    from briefing.core import briefing_from_dict

    with Store(tmp_path / "lib.sqlite") as store:
        new_id = store.add(briefing_from_dict(sample_dict))
        again = briefing_to_dict(store.get(new_id))
    assert again == dict(sample_dict, id=new_id)


def test_file_uses_wal_busy_timeout_and_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        version = store.db.execute("select value from meta where key='schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION
        assert store.db["search_docs"].detect_fts() == "search_docs_fts"


def test_failed_batch_writes_nothing(tmp_path: Path) -> None:
    good = [synthetic_briefing(n) for n in range(5)]
    bad = synthetic_briefing(99)
    bad.title = None  # type: ignore[assignment]  # NOT NULL violation in the middle of the batch
    with Store(tmp_path / "lib.sqlite") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.add_many([*good[:3], bad, *good[3:]])
        assert store.stats() == {"briefings": 0, "participants": 0, "statements": 0, "commitments": 0}


def test_update_replaces_children_and_keeps_id(tmp_path: Path, sample: Briefing) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        sample.id = store.add(sample)
        sample.statements = sample.statements[:2]
        sample.commitments[0].status = "fulfilled"
        store.update(sample)
        again = store.get(sample.id)
        assert len(again.statements) == 2 and again.commitments[0].status == "fulfilled"
        assert store.count() == 1
        assert store.delete([sample.id]) == 1
        assert store.stats()["statements"] == 0
        with pytest.raises(StoreError, match="no briefing with id"):
            store.get(sample.id)


def test_list_orders_and_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        store.add_many(synthetic_briefing(n) for n in range(30))
        ids = store.ids("newest")
        rows = store.rows(ids)
        dates = [rows[i].event_date for i in ids]
        assert dates == sorted(dates, reverse=True)
        assert store.ids("oldest")[0] == ids[-1] or rows[store.ids("oldest")[0]].event_date == dates[-1]
        assert all(isinstance(rows[i].parties, list) for i in ids)


def test_search_tolerates_operators(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite", seed_sample=True) as store:
        assert {hit.briefing_id for hit in store.search("Hongq").hits} == {1}
        for hostile in ['"', "AND", "OR NOT", "-", "*", "^", ":", "a" * 10000]:
            assert not (store.search(hostile).reason or "").startswith("the search could not be run")


def test_migration_backs_up_the_file_first(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path, seed_sample=True).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update meta set value = '0' where key = 'schema_version'")
        for kind in ("trigger", "table"):
            for (name,) in conn.execute("select name from sqlite_master where type = ? and name != 'meta'"
                                        " and name not like '%_fts_%' order by name desc", [kind]).fetchall():
                conn.execute(f"drop {kind} if exists [{name}]")
    conn.close()
    with Store(path) as store:
        assert store.backup_path is not None and store.backup_path.exists()
        assert ".v0-" in store.backup_path.name


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update meta set value = '999' where key = 'schema_version'")
    conn.close()
    with pytest.raises(MigrationError, match="newer Briefing"):
        Store(path)


def test_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Briefing library"):
        Store(path)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("create table notes (id integer primary key, body text)")
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("select name from sqlite_master where type='table'")] == ["notes"]
    conn.close()


def test_due_text_is_kept_and_a_v1_library_gains_it(tmp_path: Path, sample: Briefing) -> None:
    path = tmp_path / "lib.sqlite"
    sample.commitments[0].due_text = "by the end of 2025"
    with Store(path) as store:
        sample.id = store.add(sample)
        assert store.get(sample.id).commitments[0].due_text == "by the end of 2025"
    conn = sqlite3.connect(path)
    with conn:  # what a library written before due_text looks like
        conn.execute("alter table commitments drop column due_text")
        conn.execute("update meta set value = '1' where key = 'schema_version'")
    conn.close()
    with Store(path) as store:
        assert store.backup_path is not None and ".v1-" in store.backup_path.name
        assert store.get(sample.id).commitments[0].due_text is None
        sample.commitments[0].due_text = "within three months"
        store.update(sample)
        assert store.get(sample.id).commitments[0].due_text == "within three months"
