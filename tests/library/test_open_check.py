"""The check a window makes of its library once shown: writes wait for it, and a damaged file is never written."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from briefing.library import Library, LibraryError
from tests.synthetic import synthetic_briefing


def damage_one_page(path: Path) -> None:
    """Noise over the middle of the file, as a failing disk might leave it."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(bytes(range(256)) * 16)


def a_library(path: Path) -> None:
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.add([synthetic_briefing(n) for n in range(60)])


def test_a_write_waits_for_the_check_and_a_damaged_file_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a_library(path)
    damage_one_page(path)
    library = Library.open(path, claim=False, tidy=False)  # as the window opens it: no check before the first paint
    try:
        before = path.read_bytes()
        job = library.begin_open_check()
        assert job is not None and library.begin_open_check() is None  # one check at a time
        started = time.monotonic()
        late = threading.Timer(0.3, job)  # the worker thread gets to it a little later
        late.start()
        with pytest.raises(LibraryError, match="damaged"):
            library.add([synthetic_briefing(99)])  # waited for the check, then refused
        assert time.monotonic() - started >= 0.25
        late.join()
        assert library.take_open_check() == library.damage != []
        assert library.read_only  # reopened read-only, as a library found damaged on open is
        with pytest.raises(LibraryError, match="damaged"):
            library.delete([1])
        assert path.read_bytes() == before
    finally:
        library.close()


def test_a_sound_library_is_written_once_checked(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a_library(path)
    with Library.open(path, claim=False) as library:
        job = library.begin_open_check()
        assert job is not None
        threading.Thread(target=job).start()
        new_id = library.add([synthetic_briefing(99)]).ids[0]  # waits, if need be, then writes
        assert library.take_open_check() == [] and not library.read_only
        assert library.get(new_id).title == synthetic_briefing(99).title


def test_nothing_is_checked_in_a_read_only_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a_library(path)
    with Library.open(path, claim=False, read_only=True) as library:
        assert library.begin_open_check() is None


def test_a_restore_begun_while_the_check_runs_replaces_the_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a_library(path)
    with Library.open(path, claim=False) as sound:
        good = sound.backup(to=tmp_path / "good.sqlite")
    damage_one_page(path)
    with Library.open(path, claim=False) as library:
        job = library.begin_open_check()
        assert job is not None
        threading.Timer(0.2, job).start()
        kept = library.restore(good)  # waits for the check, then restores as over a damaged file
        assert kept.name.startswith("lib.sqlite.damaged-")
        assert library.damage == [] and library.check() == [] and library.count() == 61
        assert not library.read_only


def test_the_people_directory_is_not_brought_up_to_date_in_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    a_library(path)
    with sqlite3.connect(path) as conn:  # every briefing waits to be matched again (as after an upgrade)
        conn.execute("insert or ignore into people_dirty (briefing_id) select id from briefings")
    conn.close()
    damage_one_page(path)
    before = path.read_bytes()
    with Library.open(path, claim=False, tidy=False) as library:  # as the window opens it
        job = library.begin_open_check()
        assert job is not None
        threading.Timer(0.2, job).start()
        assert library.refresh_people() == 0 and library.wait_for_check() != []
    assert path.read_bytes() == before
