"""An older library says that it is being upgraded before the (long) migration: a warning, a line on stderr."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from sqlite_utils import Database

from briefing.store import SCHEMA_VERSION, Store
from briefing.store.schema import MIGRATIONS
from briefing.store.store import UPGRADING

ROOT = Path(__file__).resolve().parents[2]
OLD = 5  # a format older than today's


def write_old_library(path: Path) -> None:
    """A small library as schema 5 wrote it: one briefing with a commitment."""
    db = Database(path)
    with db.atomic():
        for step in MIGRATIONS[:OLD]:
            step(db)
        db["meta"].insert({"key": "schema_version", "value": str(OLD)}, pk="key")
        db.execute("insert into briefings (id, title, event_date, parties, places, tags, summary, source_text,"
                   " modified) values (1, 'Ferry talks', '2021-03-04', '[\"Umbria\"]', '[]', '[]', 'A ferry.',"
                   " 'Umbria will open a ferry office.', '2024-05-06T07:08:09+00:00')")
        db.execute("insert into commitments (briefing_id, position, actor, text, firmness, status)"
                   " values (1, 0, 'Umbria', 'Umbria will open a ferry office.', 'firm', 'in_progress')")
    db.close()


def test_an_older_library_is_announced_before_it_is_upgraded(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    assert OLD < SCHEMA_VERSION
    path = tmp_path / "old.sqlite"
    write_old_library(path)
    with caplog.at_level(logging.WARNING, logger="briefing.store"), Store(path) as store:
        assert store.get(1).title == "Ferry talks"
    assert [r.getMessage() for r in caplog.records if r.name == "briefing.store"] == [UPGRADING]


def test_a_new_or_current_library_says_nothing(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.sqlite"
    with caplog.at_level(logging.WARNING, logger="briefing.store"):
        Store(path).close()  # made new: nothing to upgrade
        Store(path).close()  # current
    assert not [r for r in caplog.records if r.name == "briefing.store"]


def test_the_command_line_prints_one_line_on_stderr_then_works(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    write_old_library(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("BRIEFING_DB", None)
    done = subprocess.run([sys.executable, "-m", "briefing", "list", "--db", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert UPGRADING in done.stderr.splitlines()
    assert "Ferry talks" in done.stdout
    again = subprocess.run([sys.executable, "-m", "briefing", "list", "--db", str(path)], capture_output=True,
                           text=True, timeout=120, cwd=tmp_path, env=env)
    assert again.returncode == 0 and UPGRADING not in again.stderr  # upgraded once
