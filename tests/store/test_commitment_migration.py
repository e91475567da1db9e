"""Schema 6: commitments get lasting uids and a status history; a v5 library opens and keeps its statuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.core import Briefing, briefing_from_dict, briefing_to_dict
from briefing.store import Store
from briefing.store.schema import HISTORY_BEFORE_NOTE
from tests.store.older import older_library


def write_v5_library(path: Path) -> None:
    """A library as schema 5 wrote it: commitments with a bare status (old names), no uid, no history."""
    with older_library(path, 5) as db:
        db.execute("insert into briefings (id, title, event_date, parties, places, tags, summary, source_text,"
                   " modified) values (1, 'Ferry talks', '2021-03-04', '[\"Umbria\"]', '[]', '[]', 'A ferry.',"
                   " 'Umbria will open a ferry office.', '2024-05-06T07:08:09+00:00')")
        for position, status in enumerate(["not_rated", "fulfilled", "broken", "in_progress"]):
            db.execute("insert into commitments (briefing_id, position, actor, text, firmness, status)"
                       " values (1, ?, 'Umbria', ?, 'firm', ?)",
                       [position, f"Umbria will do thing {position}.", status])


def test_a_v5_library_gets_uids_new_status_names_and_a_first_history_entry(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    write_v5_library(path)
    with Store(path) as store:
        assert store.backup_path is not None and "before-upgrade" in store.backup_path.name
        briefing = store.get(1)
        assert [c.status for c in briefing.commitments] == ["not_rated", "delivered", "dropped", "in_progress"]
        uids = [c.uid for c in briefing.commitments]
        assert all(uids) and len(set(uids)) == 4
        history = store.conn.execute("select commitment_uid, date, status, note from commitment_history"
                                     " order by id").fetchall()
        assert history == [(uids[1], "2024-05-06", "delivered", HISTORY_BEFORE_NOTE),
                           (uids[2], "2024-05-06", "dropped", HISTORY_BEFORE_NOTE),
                           (uids[3], "2024-05-06", "in_progress", HISTORY_BEFORE_NOTE)]
    backup = sqlite3.connect(next((tmp_path / "backups").glob("*.sqlite")))
    assert backup.execute("select value from meta where key = 'schema_version'").fetchone()[0] == "5"
    backup.close()


def test_uids_survive_saving_again_and_new_rows_get_one(tmp_path: Path, sample: Briefing) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        sample.id = store.add(sample)
        before = [c.uid for c in store.get(sample.id).commitments]
        assert all(before) and [c.uid for c in sample.commitments] == before  # given to the saved object too
        briefing = store.get(sample.id)
        briefing.commitments.reverse()
        briefing.commitments.append(briefing_from_dict({"title": "x", "commitments": [
            {"actor": "Jilin", "text": "Jilin will send a delegation."}]}).commitments[0])
        store.update(briefing)
        after = [c.uid for c in store.get(sample.id).commitments]
        assert after[:-1] == list(reversed(before)) and after[-1] and after[-1] not in before


def test_a_copy_of_a_briefing_gets_new_uids_and_json_keeps_them(tmp_path: Path, sample: Briefing) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        first = store.get(store.add(sample))
        data = briefing_to_dict(first)
        assert [c["uid"] for c in data["commitments"]] == [c.uid for c in first.commitments]
        copy = store.get(store.add(briefing_from_dict(data)))
        assert not {c.uid for c in copy.commitments} & {c.uid for c in first.commitments}
        twice = briefing_from_dict(data)
        twice.commitments.append(twice.commitments[0])
        twice.commitments[-1] = briefing_from_dict(data).commitments[0]
        again = store.get(store.add(twice))
        assert len({c.uid for c in again.commitments}) == len(again.commitments)


def test_old_status_names_in_json_read_as_the_new_ones(sample_dict: dict) -> None:
    sample_dict["commitments"][0]["status"] = "partly_fulfilled"
    assert briefing_from_dict(sample_dict).commitments[0].status == "partly_delivered"
