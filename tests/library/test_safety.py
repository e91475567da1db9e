"""Nothing lost: checks, backups that rotate and verify, restores, repair and salvage, private files."""

from __future__ import annotations

import json
import random
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from briefing.library import Claim, DamagedLibraryError, Library, LibraryError
from briefing.library.backups import KEEP_RECENT, backup_files, to_keep
from briefing.library.claim import WINDOW


@pytest.fixture
def library(tmp_path: Path) -> Library:
    opened = Library.open(tmp_path / "lib.sqlite", claim=False, seed_sample=True)
    yield opened
    opened.close()


def damage(path: Path, every: int = 3) -> None:
    """Overwrite pages of the file with noise, as a failing disk might: every `every`th page, or
    (every=0) one page in the middle. The noise is the same every run (a test that fails fails again)."""
    size = path.stat().st_size
    offsets = range(4096 * 2, size - 4096, 4096 * every) if every else [size // 2 // 4096 * 4096]
    noise = random.Random(20261207)
    with open(path, "r+b") as handle:
        for offset in offsets:
            handle.seek(offset)
            handle.write(noise.randbytes(600))


def test_a_sound_library_checks_clean_and_backs_up_verified(library: Library) -> None:
    assert library.check() == []
    made = library.backup()
    assert made.parent == library.path.parent / "backups" and made.exists()
    [info] = library.backups()
    assert info.sound and info.briefings == 1 and info.size == made.stat().st_size


def test_restore_backs_up_first_and_brings_the_briefings_back(library: Library, tmp_path: Path) -> None:
    backup = library.backup(to=tmp_path / "before.sqlite")
    library.delete(library.ids())
    assert library.count() == 0
    kept = library.restore(backup)
    assert library.count() == 1 and library.search("Stefano").hits  # the search index came back too
    assert kept.exists() and "before-restore" in kept.name


def test_restore_refuses_a_file_that_is_not_a_sound_library(library: Library, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(LibraryError, match="not a sound Briefing library"):
        library.restore(junk)
    with pytest.raises(LibraryError, match="no such file"):
        library.restore(tmp_path / "absent.sqlite")
    assert library.count() == 1


def test_a_damaged_library_is_found_after_a_crash_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as first:
        first.add([first.get(1)] * 40)
        good = first.backup()
    damage(path)
    stale = path.with_name(path.name + ".lock")
    stale.write_text('{"pid": 999999, "role": "window", "host": "x"}')  # its holder died
    before = path.read_bytes()
    try:
        with Library.open(path) as opened:
            assert opened.damage and opened.read_only
            with pytest.raises(LibraryError, match="damaged"):
                opened.add([opened.get(1)])
            kept = opened.restore(good)
            assert opened.check() == [] and opened.count() == 41
    except DamagedLibraryError as error:  # too damaged to read at all
        assert "nothing was written" in str(error) and path.read_bytes() == before
        kept = Library.restore_damaged(path, good)
        with Library.open(path) as restored:
            assert restored.check() == [] and restored.count() == 41
    assert kept.name.startswith("lib.sqlite.damaged-") and kept.read_bytes() == before


def test_repair_salvages_what_can_be_read(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as first:
        first.add([first.get(1)] * 200)
    damage(path, every=0)
    with Library.open(path, check=True, claim=False) as damaged:
        assert damaged.damage and damaged.read_only
        message = damaged.repair()
    if "rebuilt" in message:  # the noise hit the search index only
        with Library.open(path, check=True, claim=False) as repaired:
            assert repaired.check() == [] and repaired.count() == 201
        return
    assert "saved into" in message
    recovered = next(tmp_path.glob("lib-recovered-*.sqlite"))
    with Library.open(recovered, read_only=True) as salvaged:
        assert 0 < salvaged.count() <= 201 and salvaged.check() == []


def test_repair_rebuilds_the_index_of_a_sound_file(library: Library) -> None:
    assert library.repair() == "the search index was rebuilt"
    assert library.search("Stefano").hits


def test_a_bulk_import_is_backed_up_first(library: Library) -> None:
    library.add([library.get(1)] * 5)
    assert library.backups() == []
    library.add([library.get(1)] * 21)
    [info] = library.backups()
    assert info.reason == "before-import" and info.briefings == 6


def test_an_import_says_when_it_backs_up_first(library: Library, tmp_path: Path) -> None:
    from briefing.core import briefing_to_dict

    record = json.dumps(briefing_to_dict(library.get(1), with_id=False), ensure_ascii=False)
    batch = tmp_path / "batch.jsonl"
    batch.write_text((record + "\n") * 30, encoding="utf-8")
    said: list[str] = []
    library.import_files([batch], stage=said.append)
    assert len(said) == 1 and said[0].startswith("backing up the library first (") and said[0].endswith(" MB)…")
    assert [info.reason for info in library.backups()] == ["before-import"]


def test_rotation_keeps_a_week_of_days_and_a_month_of_weeks() -> None:
    now = datetime(2026, 12, 6, 12, 0)
    made = [now - timedelta(hours=6 * n) for n in range(4 * 60)]  # four a day for 60 days
    kept = to_keep(made, now)
    days = {stamp.date() for stamp in kept}
    assert len(days) == 7 + 4 and max(kept) == made[0]
    assert all(now - stamp < timedelta(days=40) for stamp in kept)


def test_a_busy_day_keeps_its_newest_backups_only() -> None:
    now = datetime(2026, 12, 6, 12, 0)
    made = [now - timedelta(minutes=20 * n) for n in range(30)]  # 30 bulk imports in ten hours
    kept = to_keep(made, now)
    assert kept == set(made[:KEEP_RECENT])  # the newest (the one just made among them) and no more


def test_old_backups_rotate_out(library: Library) -> None:
    folder = library.path.parent / "backups"
    folder.mkdir()
    for days in range(30):
        stamp = (datetime.now() - timedelta(days=days + 1)).strftime("%Y%m%d-%H%M%S")
        (folder / f"lib-{stamp}-daily.sqlite").write_bytes(b"")
    library.backup()
    assert len(backup_files(library.path)) <= 1 + 7 + 4


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_new_library_its_folder_and_backups_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as opened:
        made = opened.backup()
        for name in (path, Path(f"{path}-wal"), made):
            assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_a_window_claim_left_by_a_crash_is_inherited(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    (tmp_path / "lib.sqlite.lock").write_text('{"pid": 1, "role": "window", "host": "x"}')
    claim = Claim.take(path, WINDOW)
    assert claim is not None and claim.inherited
    claim.release()
    again = Claim.take(path, WINDOW)
    assert again is not None and not again.inherited
    again.release()


def test_salvage_keeps_status_histories_and_their_evidence(tmp_path: Path) -> None:
    from briefing.library.safety import salvage

    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.add([library.get(1), library.get(1)])  # ids 2 and 3
        library.delete([1])  # salvage renumbers: 2 -> 1, 3 -> 2
        commitment = next(row for row in library.commitments(limit=100) if row.briefing_id == 3)
        library.track(commitment.id, "in progress", note="first steps", date="2026-01-05", evidence=2)
        saved, lost, histories, _partial = salvage(library.store, tmp_path / "recovered.sqlite")
    assert (saved, lost, histories) == (2, 0, True)
    with Library.open(tmp_path / "recovered.sqlite", read_only=True) as recovered:
        row = next(row for row in recovered.commitments(limit=100) if row.uid == commitment.uid)
        assert row.briefing_id == 2 and row.status == "in_progress"
        [entry] = recovered.history(row.id)
        assert (entry.date, entry.note, entry.evidence_briefing_id) == ("2026-01-05", "first steps", 1)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_claimed_new_library_folder_is_private(tmp_path: Path) -> None:
    path = tmp_path / "Briefing" / "library.sqlite"
    with Library.open(path, seed_sample=True) as opened:  # claims first: the lock file makes the folder
        assert opened.count() == 1
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_repair_saves_briefings_whose_statements_the_damage_took(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.add([library.get(1)] * 3)
        title = library.get(1).title
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    [root] = conn.execute("select rootpage from sqlite_master where name = 'statements'").fetchone()
    page = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:  # the statements table's root page overwritten
        handle.seek((root - 1) * page)
        handle.write(b"\xa5" * page)
    with Library.open(path, read_only=True, claim=False, check=True) as library:
        assert library.damage and all("\n" not in p and "*** in database" not in p for p in library.damage)
        said = library.repair()
    assert "4 briefing(s) were saved" in said and "4 of them without their statements" in said
    assert "\n" not in said and "*** in database" not in said
    [recovered] = tmp_path.glob("lib-recovered-*.sqlite")
    with Library.open(recovered, read_only=True) as saved:
        briefing = saved.get(saved.ids()[0])
        assert briefing.title == title and briefing.statements == [] and briefing.participants
        assert briefing.commitments and briefing.source.text


def test_a_read_only_library_sees_another_programs_write_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    with Library.open(path, read_only=True, claim=False) as reading:
        seen = reading.changed_elsewhere()
        with Library.open(path, read_only=True, claim=False) as other:
            other.get(other.ids()[0])  # another reader: no change
        reading.get(reading.ids()[0])
        assert reading.changed_elsewhere() == seen
        with Library.open(path, claim=False) as writer:
            writer.add([writer.get(1)])
        assert reading.changed_elsewhere() != seen


def as_older_file(path: Path) -> None:
    """The library file with SQLite's 4 KiB pages, as every library before 16 KiB pages was made."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = delete")
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = wal")
    conn.close()


@pytest.mark.parametrize("older", ["backup", "library"])
def test_a_backup_restores_into_a_library_of_another_page_size(tmp_path: Path, older: str) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as first:
        first.add([first.get(1)] * 30)
    if older == "backup":
        as_older_file(path)
    with Library.open(path, claim=False) as first:
        backup = first.backup(to=tmp_path / "kept.sqlite")
        pages = first.store.conn.execute("PRAGMA page_size").fetchone()[0]
    for suffix in ("", "-wal", "-shm"):  # the file is lost; a new library is made in its place
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with Library.open(path, claim=False, seed_sample=False) as fresh:
        pass
    if older == "library":
        as_older_file(path)
    with Library.open(path, claim=False) as fresh:
        own = fresh.store.conn.execute("PRAGMA page_size").fetchone()[0]
        assert own != pages
        fresh.restore(backup)
        assert fresh.count() == 31 and fresh.check() == [] and fresh.search("Stefano").hits
        assert fresh.store.conn.execute("PRAGMA page_size").fetchone()[0] == own
    assert sorted(p.name for p in tmp_path.iterdir() if ".restoring" in p.name) == []


def test_the_check_of_an_open_library_keeps_this_process_locks(tmp_path: Path) -> None:
    """The window's check reads a library it holds open: closing a handle of its own on the file would
    give up this process's locks (POSIX), and another program closing the library after a write would
    take itself for the last user and delete the WAL under the window."""
    import subprocess

    from briefing.library.safekeeping import OpenCheck

    path = tmp_path / "library.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.stats()
        assert OpenCheck(path).run() == []
        code = ("import sys\nfrom briefing.library import Library\n"
                "with Library.open(sys.argv[1], claim=False) as other:\n"
                "    briefing = other.get(other.ids()[0]); briefing.id = None; other.save(briefing)\n")
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)
        assert Path(f"{path}-wal").exists()  # still ours: the other program knew it was not the last
        assert library.stats()["briefings"] == 2
