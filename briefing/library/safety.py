"""Nothing lost: check a library, back it up, restore a backup, rebuild its index or salvage what can be read."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from briefing.library.backups import (
    BackupInfo,
    backup_folder,
    ensure_private_folder,
    list_backups,
    new_backup_path,
    newest_backup_age,
    rotate,
)
from briefing.store import SCHEMA_VERSION, Store, StoreError
from briefing.store import people as people_sql
from briefing.store.maintenance import (
    backup_to,
    data_version,
    file_facts,
    file_version,
    highest_briefing_id,
    integrity_problems,
    make_private,
    repair_index,
    restore_from,
)

DAILY = timedelta(days=1)
BULK_IMPORT = 20  # an import of more briefings than this is backed up before
PROBE_MISSES = 10_000  # salvage gives up probing ids after this many absent ones in a row


class SafetyError(Exception):
    """A check, backup or restore that could not be done; the message says why in one sentence."""


def is_bulk(paths: list[Path]) -> bool:
    """More than BULK_IMPORT articles, or interchange files large enough to hold that many briefings."""
    interchange = [p for p in paths if p.suffix.lower() in (".json", ".jsonl")]
    with contextlib.suppress(OSError):
        if sum(p.stat().st_size for p in interchange if p.is_file()) > BULK_IMPORT * 8_000:
            return True
    return len(paths) - len(interchange) > BULK_IMPORT


def writable(path: Path) -> bool:
    """The library file (or, for a new one, its nearest existing folder) can be written by this user."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def prepare_file(path: Path) -> None:
    """A new library file and its folder, made readable by the user only before SQLite opens them."""
    if not path.parent.exists():
        ensure_private_folder(path.parent)
    if not path.exists():
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def keep_private(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            make_private(name)


def needs_upgrade(library: Path) -> bool:
    """The file is a library of an older format: opening it writable migrates it (after a backup)."""
    return 0 < file_version(library) < SCHEMA_VERSION


def check(conn: sqlite3.Connection) -> list[str]:
    """What is wrong with the library (file and search index); [] when it is sound."""
    return integrity_problems(conn)


__all__ = ["BULK_IMPORT", "SafetyError", "backup_due", "backup_file", "check", "check_file", "data_version",
           "is_bulk", "keep_private", "needs_upgrade", "prepare_file", "repair", "replace_damaged", "restorable",
           "restore_into", "sound_backups", "writable"]


def backup_file(library: Path, to: Path | None = None, reason: str = "manual") -> Path:
    """A verified copy of the library at `to`, or in backups/ beside it (then older ones rotate).

    It reads through its own connection, so a window's worker thread can run it."""
    target = to or new_backup_path(library, reason)
    if to is None:
        ensure_private_folder(backup_folder(library))
    try:
        conn = sqlite3.connect(library.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise SafetyError(f"{library}: cannot be read for a backup ({error})") from None
    try:
        backup_to(conn, target)
    except StoreError as error:
        raise SafetyError(str(error)) from None
    finally:
        conn.close()
    if to is None:
        rotate(library)
    return target


def backup_due(library: Path, now: datetime | None = None) -> bool:
    """No backup in the last day (the window makes one in the background when it opens a library)."""
    age = newest_backup_age(library, now)
    return age is None or age >= DAILY


def sound_backups(library: Path) -> list[BackupInfo]:
    return [info for info in list_backups(library) if info.sound]


def restorable(source: Path) -> str | None:
    """Why `source` cannot be restored, or None when it is a sound Briefing library this version reads."""
    if not source.is_file():
        return f"{source}: no such file"
    version, _count, problems = file_facts(source)
    if problems:
        return f"{source.name} is not a sound Briefing library ({problems[0]})"
    if version > SCHEMA_VERSION:
        return f"{source.name} was written by a newer version of Briefing (library format {version})"
    return None


def restore_into(store: Store, source: Path) -> Path:
    """Back the current library up, then replace its content with `source`'s. Returns that backup."""
    problem = restorable(source)
    if problem:
        raise SafetyError(problem)
    made = backup_file(store.path, reason="before-restore")
    try:
        restore_from(store.conn, source, store.path.parent)
    except StoreError as error:
        raise SafetyError(f"{error}; the library is as it was (and backed up in {made.name})") from None
    return made


def replace_damaged(library: Path, source: Path) -> Path:
    """Put a damaged library file aside (with its -wal and -shm) and the backup `source` in its place."""
    problem = restorable(source)
    if problem:
        raise SafetyError(problem)
    kept = library.with_name(f"{library.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{library}{suffix}").exists():
            os.replace(f"{library}{suffix}", f"{kept}{suffix}")
    conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        backup_to(conn, library)
    except StoreError as error:
        raise SafetyError(f"{error}; the damaged library is kept as {kept.name}") from None
    finally:
        conn.close()
    return kept


def file_stamp(library: Path) -> int:
    """A number that changes when the library file or its write-ahead log is written (size or time)."""
    stamps: list[int] = []
    for suffix in ("", "-wal"):
        try:
            found = os.stat(f"{library}{suffix}")
            stamps += [found.st_size, found.st_mtime_ns]
        except OSError:
            stamps += [-1, -1]
    return hash(tuple(stamps))


def check_file(library: Path, held: bool = False) -> list[str]:
    """What is wrong with a library file, read through a connection of its own. A file that is not
    a SQLite database at all is not called damaged (opening it says what it is): its first bytes are
    read first, unless this process `held` it open already (through SQLite), which makes it one. Then
    they must not be: closing any other handle on the file gives up every lock this process holds on it
    (POSIX), and another program would take itself for the file's last user and delete its WAL."""
    if not held:
        try:
            with open(library, "rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00":
                    return []
        except OSError as error:
            return [f"cannot be read ({error.strerror or error})"]
    try:
        conn = sqlite3.connect(library.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [f"cannot be opened ({error})"]
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def file_is_sound(store: Store) -> bool:
    """The file itself reads well (whatever its search index)."""
    return not integrity_problems(store.conn, with_index=False)


def repair(store: Store) -> str:
    """Rebuild the search index of a sound file; a damaged file (or one whose index cannot be
    rebuilt from what it holds) is salvaged into a new library."""
    problems = integrity_problems(store.conn, with_index=False)
    if not problems:
        try:
            repair_index(store.conn)
            return "the search index was rebuilt"
        except StoreError as error:
            problems = [str(error)]
    target = store.path.with_name(f"{store.path.stem}-recovered-{datetime.now():%Y%m%d-%H%M%S}.sqlite")
    saved, lost, histories, partial = salvage(store, target)
    more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
    return (f"the file is damaged ({problems[0]}{more}); {saved} briefing(s) were saved into {target}"
            + (f", {lost} could not be read" if lost else "")
            + "".join(f"; {count} of them without their {part} (the damage took them; the source text is kept)"
                      for part, count in partial.items())
            + ("" if histories else "; the commitments' status histories could not be read"))


def salvage(damaged: Store, target: Path) -> tuple[int, int, bool, dict[str, int]]:
    """Copy every briefing that can still be read, one by one, into a new library at `target`, then
    the commitments' status histories: (briefings saved, briefings lost, whether the histories were read,
    how many were saved without each part the damage took: {'statements': 900})."""
    try:
        ids, probing = damaged.ids("id"), False
    except (StoreError, sqlite3.DatabaseError):
        ids, probing = _probe_ids(damaged), True
    saved = lost = misses = 0
    partial: dict[str, int] = {}
    new_ids: dict[int, int] = {}
    prepare_file(target)
    with Store(target) as fresh:
        for briefing_id in ids:
            gone: list[str] = []
            try:
                briefing = damaged.get(briefing_id, lost=gone)
            except StoreError:  # no such id: probing past the end, or a row the damage took
                misses += 1
                if probing and misses > PROBE_MISSES:
                    break
                continue
            except (sqlite3.DatabaseError, ValueError):
                lost += 1
                continue
            misses = 0
            new_ids[briefing_id] = fresh.add(briefing)
            saved += 1
            for part in gone:
                partial[part] = partial.get(part, 0) + 1
        from briefing.store.status_history import copy_history, history_rows  # here: not needed to open a library
        try:
            histories = history_rows(damaged.conn)
        except sqlite3.DatabaseError:
            histories = None
        if histories:
            copy_history(fresh.conn, histories, new_ids)
        _copy_decisions(damaged, fresh, new_ids)
    keep_private(target)
    return saved, lost, histories is not None, partial


def _copy_decisions(damaged: Store, fresh: Store, new_ids: dict[int, int]) -> None:
    """The user's merges and splits of people, by the participants they name (briefing, name), with the
    briefings' new ids; a participant whose briefing was lost drops out (a merge left with one does not count)."""
    try:
        decisions = people_sql.decisions(damaged.conn)
    except (sqlite3.DatabaseError, ValueError, TypeError):  # damaged beyond reading, or from before people
        return
    made = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with fresh.conn:
        for _decision_id, kind, keys in decisions:
            kept = [(new_ids[briefing_id], name) for briefing_id, name in keys if briefing_id in new_ids]
            if len(kept) >= (2 if kind == "merge" else 1):
                people_sql.add_decision(fresh.conn, kind, kept, made)


def _probe_ids(damaged: Store) -> range:
    """Ids to try when the list of briefings cannot be read: up to the highest id still readable,
    else up to a bound from the file's size (salvage stops after PROBE_MISSES ids in a row are absent)."""
    highest = highest_briefing_id(damaged.conn) or damaged.path.stat().st_size // 256
    return range(1, highest + 1)
