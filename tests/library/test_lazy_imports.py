"""`from briefing.library import Library` loads the Library and what opening and reading need; the People
directory's matching and pages, exporting and the other names of the package load when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import briefing.library
from briefing.library import Library
from briefing.store import people as sql

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_library_leaves_the_rest_for_later() -> None:
    code = ("import sys\n"
            "from briefing.library import Library\n"
            "later = ('difflib', 'briefing.library.people_directory', 'briefing.library.people_pages',\n"
            "         'briefing.library.people_rules', 'briefing.library.exporting')\n"
            "print(sorted(m for m in later if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_every_name_of_the_package_is_there_when_asked_for() -> None:
    for name in briefing.library.__all__:
        assert getattr(briefing.library, name) is not None
    assert set(briefing.library.__all__) <= set(dir(briefing.library))
    from briefing.library import default_page_size, export_briefings, safety  # a module, as before

    assert callable(export_briefings) and callable(default_page_size) and callable(safety.check_file)


def test_the_backlog_is_counted_in_sqlite(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.sqlite", claim=False, seed_sample=True) as library:
        conn = library.store.conn
        conn.executemany("insert or ignore into people_dirty (briefing_id) values (?)", [(i,) for i in range(1, 8)])
        waiting = conn.execute("select count(*) from people_dirty").fetchone()[0]
        assert sql.dirty_count(conn) == waiting == library.people_backlog()
        assert sql.dirty_count(conn, more_than=3) == 4  # counting stops past the limit
        assert sql.dirty_count(conn, more_than=100) == waiting
        assert library.refresh_people(limit=3) == 0  # more than the limit: left for later
        assert sql.dirty_count(conn) == waiting
