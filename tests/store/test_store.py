"""The Store: round trips, transactions, migrations with backups, and the file's settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.db import Table

from briefing.core import Briefing, briefing_to_dict
from briefing.store import MigrationError, Store, StoreError
from briefing.store.maintenance import integrity_problems
from briefing.store.schema import SCHEMA_VERSION
from briefing.store.store import NEW_PAGE_BYTES
from tests.store.older import older_library
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
        assert Table(store.db, "search_text").detect_fts() == "search_text_fts"  # as Datasette finds it


def test_a_new_library_has_large_pages_and_an_older_file_keeps_its_own(tmp_path: Path) -> None:
    with Store(tmp_path / "new.sqlite") as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == NEW_PAGE_BYTES
    older = tmp_path / "older.sqlite"
    Store(older).close()
    with sqlite3.connect(older) as conn:  # a library made before: SQLite's 4 KiB pages
        conn.execute("PRAGMA journal_mode = delete")
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("VACUUM")
    with Store(older, seed_sample=True) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        store.add(synthetic_briefing(1))
        assert store.count() == 1 and integrity_problems(store.conn) == []


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
        assert store.backup_path.parent.name == "backups" and "before-upgrade" in store.backup_path.name


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


def write_v1_library(path: Path) -> None:
    """A library as schema 1 wrote it: no due_text, one search document per field."""
    with older_library(path, 1) as db:
        db.execute("insert into briefings (id, title, event_date, parties, places, tags, summary, source_text)"
                   " values (1, 'Ferry talks', '2021-03-04', '[\"Umbria\"]', '[\"长春市\"]', '[]',"
                   " 'On a ferry line.', 'Mayor Ferrandi said the ferry to 大连 will run.')")
        db.execute("insert into statements (briefing_id, position, speaker, text, kind, continuation)"
                   " values (1, 0, 'Lucia Ferrandi', 'The ferry to 大连 will run.', 'direct', 0)")
        db.execute("insert into commitments (briefing_id, position, actor, text, firmness, status)"
                   " values (1, 0, 'Umbria', 'Umbria will open a ferry office.', 'firm', 'not_rated')")


def test_a_v1_library_is_migrated_after_a_backup_and_found_by_search(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v1_library(path)
    with Store(path) as store:
        assert store.backup_path is not None and "before-upgrade" in store.backup_path.name
        assert not store.db["search_docs"].exists()
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed
        briefing = store.get(1)
        assert briefing.commitments[0].due_text is None and briefing.source.text.endswith("大连 will run.")
        assert [(h.kind, h.position) for h in store.search("ferry office").hits] == [("commitment", 0)]
        assert {h.kind for h in store.search("大连").hits} == {"source", "statement"}
        assert [h.kind for h in store.search("speaker:Ferrandi").hits] == ["statement"]
        assert store.search("长春").hits[0].kind == "title"
        assert_index_matches_text(store)


def test_due_text_is_kept_and_searched(tmp_path: Path, sample: Briefing) -> None:
    sample.commitments[0].due_text = "by the end of 2025"
    with Store(tmp_path / "lib.sqlite") as store:
        sample.id = store.add(sample)
        assert store.get(sample.id).commitments[0].due_text == "by the end of 2025"
        hits = store.search('"end of 2025"').hits
        assert [(h.kind, h.position) for h in hits] == [("commitment", 0)]
        sample.commitments[0].due_text = "within three months"
        store.update(sample)
        assert store.get(sample.id).commitments[0].due_text == "within three months"
        assert not store.search('"end of 2025"').hits


def test_add_stream_is_all_or_nothing_when_its_source_fails(tmp_path: Path) -> None:
    def source():  # type: ignore[no-untyped-def]
        for n in range(120):
            yield synthetic_briefing(n)
        raise ValueError("record 121 is bad")

    with Store(tmp_path / "lib.sqlite") as store:
        with pytest.raises(ValueError, match="record 121"):
            store.add_stream(source())
        assert store.stats() == {"briefings": 0, "participants": 0, "statements": 0, "commitments": 0}
        assert store.conn.execute("select count(*) from search_text_fts").fetchone()[0] == 0
        assert not store.search("cooperation").hits


def test_add_stream_reports_progress_and_indexes_every_batch(tmp_path: Path, sample: Briefing) -> None:
    seen: list[int] = []
    briefings = [synthetic_briefing(n) for n in range(150)]
    briefings[77] = sample  # Chinese text in the middle of a batch
    with Store(tmp_path / "lib.sqlite") as store:
        ids = store.add_stream(iter(briefings), progress=seen.append)
        assert seen == [100, 150] and len(ids) == 150 and ids == sorted(ids)
        assert {h.briefing_id for h in store.search("Hongqi", limit=50).hits} == {ids[77]}
        assert store.search("cooperation", limit=5).hits
        assert store.conn.execute("select count(*) from search_text_fts").fetchone()[0] == 150
        assert_index_matches_text(store)


def test_add_stream_gives_the_connection_its_settings_back(tmp_path: Path) -> None:
    """A stream is written with a larger page cache and statement journals in memory; after it (and
    after a failed one) the connection has the settings it had, and inside a caller's transaction the
    temporary storage (which cannot change there) is left alone."""
    def settings(store: Store) -> tuple[int, int]:
        return tuple(store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # type: ignore[return-value]
                     for name in ("cache_size", "temp_store"))

    def failing():  # type: ignore[no-untyped-def]
        yield synthetic_briefing(1)
        raise ValueError("bad record")

    with Store(tmp_path / "lib.sqlite") as store:
        before = settings(store)
        store.add_stream(synthetic_briefing(n) for n in range(60))
        assert settings(store) == before
        with pytest.raises(ValueError):
            store.add_stream(failing())
        assert settings(store) == before and store.count() == 60
        store.conn.execute("create temp table scratch (x)")  # temporary storage open, then a transaction
        with store.conn:
            store.conn.execute("insert into scratch values (1)")
            store.add_stream([synthetic_briefing(99)])
        assert settings(store) == before and store.count() == 61


def test_a_source_text_is_folded_once_when_its_duplicate_is_looked_for_then_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.store.store as store_module
    from briefing.core.fingerprint import text_key

    folded: list[str | None] = []
    monkeypatch.setattr(store_module, "text_key", lambda text: folded.append(text) or text_key(text))
    briefings = [synthetic_briefing(n) for n in range(3)]
    with Store(tmp_path / "lib.sqlite") as store:
        for briefing in briefings:
            assert store.same_source(None, briefing.source.text, briefing.title) == []
            store.add(briefing)
        assert folded == [b.source.text for b in briefings]
        assert [row[0] for row in store.conn.execute("select source_key from briefings order by id")] == [
            text_key(b.source.text) for b in briefings]
        copy = synthetic_briefing(1)  # an equal text in another string: folded again, and found
        assert [why for _id, _created, why in store.same_source(None, copy.source.text, "x")] == ["the same text"]


def test_add_stream_from_a_jsonl_file_stops_at_a_bad_record(tmp_path: Path) -> None:
    import json

    from briefing.core import InterchangeError
    from briefing.core.interchange import iter_file

    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(80):
            record = briefing_to_dict(synthetic_briefing(n), with_id=False)
            if n == 69:
                record["statements"] = "not a list"
            out.write(json.dumps(record) + "\n")
    with Store(tmp_path / "lib.sqlite") as store:
        with pytest.raises(InterchangeError, match="record 70"):
            store.add_stream(iter_file(path))
        assert store.count() == 0


def assert_index_matches_text(store: Store) -> None:
    """Every word the index holds for each briefing is where the text read now puts it."""
    conn = store.conn
    columns = "title, statement, commitment, participant, body, speaker, actor"
    conn.execute(f"create virtual table temp.fresh using fts5({columns}, tokenize='unicode61 remove_diacritics 2')")
    conn.execute(f"insert into temp.fresh(rowid, {columns}) select rowid, {columns} from search_text")
    conn.execute("create virtual table temp.kept_words using fts5vocab(main, search_text_fts, instance)")
    conn.execute("create virtual table temp.fresh_words using fts5vocab(temp, fresh, instance)")
    kept = conn.execute("select * from temp.kept_words order by 1, 2, 3, 4").fetchall()
    assert kept and kept == conn.execute("select * from temp.fresh_words order by 1, 2, 3, 4").fetchall()
    for name in ("kept_words", "fresh_words", "fresh"):
        conn.execute(f"drop table temp.{name}")


def test_index_stays_in_step_with_the_text_through_updates_and_deletes(tmp_path: Path, sample: Briefing) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        ids = store.add_many([sample, *(synthetic_briefing(n) for n in range(10))])
        edited = store.get(ids[0])
        edited.title = "长春 talks, edited"
        edited.statements = edited.statements[1:]
        edited.commitments[0].due_text = "by May"
        store.update(edited)
        store.delete(ids[3:6])
        store.conn.execute("insert into search_text_fts(search_text_fts) values ('integrity-check')")
        assert_index_matches_text(store)
        assert {h.briefing_id for h in store.search("长春").hits} == {ids[0]}
        assert not any(h.briefing_id in ids[3:6] for h in store.search("cooperation", limit=100).hits)


def test_showing_the_list_and_searching_need_not_import_sqlite_utils(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "lib.sqlite"
    with Store(path) as store:
        store.add_many(synthetic_briefing(n) for n in range(5))
    script = ("import sys; from briefing.store import Store; s = Store(sys.argv[1]); ids = s.ids('newest'); "
              "s.rows(ids); s.get(ids[0]); s.search('cooperation', order='fast'); s.search('trade', order='rank'); "
              "print('sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "False"


def test_list_orders_walk_the_date_index(tmp_path: Path) -> None:
    from briefing.store.store import LIST_ORDERS

    with Store(tmp_path / "lib.sqlite") as store:
        undated = synthetic_briefing(1)
        undated.event_date = None
        store.add_many([synthetic_briefing(0), undated, synthetic_briefing(2)])
        assert store.ids("newest")[-1] == 2 and store.ids("oldest")[-1] == 2
        for order in ("newest", "oldest"):
            for sql in LIST_ORDERS[order]:
                plan = " ".join(row[3] for row in store.conn.execute(f"explain query plan {sql}"))
                assert "TEMP B-TREE" not in plan and "idx_briefings_event_date" in plan, plan


def test_rebuilding_the_index_repairs_it(tmp_path: Path, sample: Briefing) -> None:
    from briefing.store.index import index_problem, rebuild_index

    with Store(tmp_path / "lib.sqlite") as store:
        ids = store.add_many([sample, *(synthetic_briefing(n) for n in range(5))])
        with store.conn:  # damage: a statement changed behind the store's back, the CJK text lost
            store.conn.execute("update statements set text = 'walnut exports' where briefing_id = ?", [ids[1]])
            store.conn.execute("delete from search_cjk")
        assert index_problem(store.conn) is None  # FTS5's own structure is sound
        assert "does not hold the words" in (index_problem(store.conn, thorough=True) or "")
        with store.db.atomic():
            rebuild_index(store.conn)
        assert index_problem(store.conn, thorough=True) is None
        assert_index_matches_text(store)
        assert {h.briefing_id for h in store.search("walnut").hits} == {ids[1]}
        assert {h.briefing_id for h in store.search("吉林").hits} == set()  # the sample has no CJK text


def test_the_old_draft_tag_becomes_the_review_field(tmp_path) -> None:
    from briefing.store.schema import _review_state

    path = tmp_path / "lib.sqlite"
    with Store(path, seed_sample=True) as store:
        store.conn.execute("update briefings set tags = ?, review = 'reviewed'", ['["draft", "ferry"]'])
        store.conn.commit()
        _review_state(store.db)
        migrated = store.get(1)
    assert migrated.is_draft and migrated.tags == ["ferry"]


def test_the_store_loads_no_sqlite_utils_plugins(tmp_path: Path) -> None:
    """A sqlite-utils plugin installed beside the app never touches the library's connection."""
    import sqlite_utils
    from sqlite_utils.plugins import pm

    seen: list[object] = []

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn: object) -> None:
            seen.append(conn)

    plugin = Plugin()
    pm.register(plugin, name="briefing-test-plugin")
    try:
        with Store(tmp_path / "new.sqlite") as store:
            assert store.db.table_names()
        assert seen == []
    finally:
        pm.unregister(plugin)
