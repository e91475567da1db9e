"""Keeping a Library safe: the trash, checks, backups, restores and repair (a part of Library)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.library import safety
from briefing.library.backups import BackupInfo, backup_files, backup_folder, list_backups
from briefing.library.errors import LibraryError, as_library_error
from briefing.store import Store, StoreError

if TYPE_CHECKING:
    from briefing.store.trash import TrashedBriefing

TRASH_DAYS = 30  # a deleted briefing stays restorable this long
OPEN_CHECK_WAIT_SECONDS = 120  # how long a write waits for the check of a library just opened


class OpenCheck:
    """The check of a library a window makes once it is shown (SQLite's quick_check reads the whole
    file: about 0.5 s at 100,000 briefings, too long to wait for before the first paint)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = threading.Event()
        self.problems: list[str] = []

    def run(self) -> list[str]:
        """Check the file through a connection of its own (a worker thread may run it)."""
        try:
            self.problems = safety.check_file(self.path, held=True)  # the window has it open
        finally:
            self.done.set()
        return self.problems


class Safekeeping:
    """The Library's trash and safety methods (`store`, `path`, `damage`, `read_only`, `_writable`,
    `_reading` and `_retrying` are the Library's)."""

    store: Store
    damage: list[str]
    _open_check: OpenCheck | None

    def delete(self, briefing_ids: Iterable[int]) -> int:
        """Move briefings to the trash (restorable for TRASH_DAYS days); returns how many."""
        self._writable()
        chosen = list(dict.fromkeys(briefing_ids))
        return self._retrying(lambda: self.store.trash(chosen))

    def trashed(self) -> list[TrashedBriefing]:
        """The trash, most recently deleted first."""
        return self._reading(self.store.trashed)

    def untrash(self, trash_ids: Iterable[int]) -> list[int]:
        """Put briefings back from the trash (under their old ids while free); returns their ids."""
        self._writable()
        chosen = list(dict.fromkeys(trash_ids))
        return self._retrying(lambda: self.store.untrash(chosen))

    def empty_trash(self, older_than_days: int | None = None) -> int:
        """Remove trashed briefings for good: all, or those deleted more than `older_than_days` ago."""
        self._writable()
        before = None
        if older_than_days is not None:
            before = (datetime.now(timezone.utc) - timedelta(days=older_than_days)).isoformat(timespec="seconds")
        return self._retrying(lambda: self.store.empty_trash(before))

    def check(self) -> list[str]:
        """What is wrong with the library file and its search index; [] when it is sound."""
        return self.damage or safety.check(self.store.conn)

    def begin_open_check(self) -> Callable[[], list[str]] | None:
        """Start the check of a library that was opened without one: returns the job to run (in a
        worker thread), or None when there is nothing to check (read-only, damaged, or begun).
        Until the job has run, a write waits for it, so a damaged file is never written to; then
        take_open_check() says what it found."""
        if self.read_only or self.damage or self._open_check is not None:
            return None
        self._open_check = OpenCheck(self.path)
        return self._open_check.run

    def take_open_check(self) -> list[str]:
        """What the check begun by begin_open_check found ([] when sound), once its job has run.
        A damaged library is reopened read-only, as one found damaged on open is."""
        problems = self.wait_for_check()
        if problems and not self.read_only:
            with contextlib.suppress(StoreError):
                read_only = Store(self.path, read_only=True)
                self.store.close()
                self.store = read_only
        return problems

    def wait_for_check(self) -> list[str]:
        """The damage found, once a check begun by begin_open_check has run ([] when sound): for
        work that writes through a connection of its own."""
        self._wait_for_open_check()
        return list(self.damage)

    def _wait_for_open_check(self) -> None:
        """(Before any write) wait for a check still running; the damage it found is the library's."""
        check = self._open_check
        if check is None:
            return
        if not check.done.wait(OPEN_CHECK_WAIT_SECONDS):
            raise LibraryError(f"“{self.path.name}” is still being checked for damage; try again in a moment")
        self._open_check = None
        if check.problems and not self.damage:
            self.damage = list(check.problems)

    def backup(self, to: Path | None = None, reason: str = "manual") -> Path:
        """A verified copy of the library: at `to`, or in backups/ beside it (older ones rotate)."""
        try:
            return safety.backup_file(self.path, to, reason)
        except safety.SafetyError as error:
            raise as_library_error(error) from None

    def backups(self) -> list[BackupInfo]:
        """The backups in backups/ beside the library, newest first, each with its count and soundness."""
        return list_backups(self.path)

    def backup_due(self) -> bool:
        """No backup made in the last day."""
        return not self.read_only and safety.backup_due(self.path)

    def restore(self, source: Path) -> Path:
        """Replace the library with the backup `source` (checked first). The current library is
        backed up before (a damaged one is kept aside as it is). Returns that copy."""
        self._wait_for_open_check()  # (damage it finds is handled as damage found on open)
        try:
            if self.damage:
                self.store.close()
                try:
                    kept = safety.replace_damaged(self.path, source)
                finally:
                    self.store = Store(self.path, read_only=True)
                self.damage = []
            else:
                self._writable()
                kept = safety.restore_into(self.store, source)
            self.store.close()
            self.store = Store(self.path)  # an older backup is migrated now, after its own backup
        except (safety.SafetyError, StoreError) as error:
            raise as_library_error(error) from None
        return kept

    @staticmethod
    def restore_damaged(path: Path, source: Path) -> Path:
        """Put a library too damaged to open aside and the backup `source` in its place."""
        try:
            return safety.replace_damaged(path, source)
        except (safety.SafetyError, OSError) as error:
            raise as_library_error(error) from None

    def repair(self) -> str:
        """Rebuild the search index, or salvage a damaged file into a new library; says what was done."""
        self._wait_for_open_check()
        if self.read_only and not self.damage:
            self._writable()
        try:
            if self.damage and safety.file_is_sound(self.store):  # only the index: rebuild it in place
                self.store.close()
                self.store = Store(self.path)
            message = safety.repair(self.store)
        except (safety.SafetyError, StoreError) as error:
            raise as_library_error(error) from None
        if not self.read_only:
            self.damage = []
        return message

    @staticmethod
    def not_yet_made(path: Path) -> list[Path]:
        """What of a library does not exist yet: its file first, then its backups folder and the folders
        it would go in, deepest first. What `discard_made` may take away again; [] when the file exists."""
        if path.exists():
            return []
        missing = [path] + [backup_folder(path)] * (not backup_folder(path).exists())
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        return missing

    def discard_made(self, made: list[Path]) -> None:
        """Close the library and take away what `not_yet_made` found missing before it was opened: the
        file (with its -wal, -shm and lock), its backups and the folders made for it, when nothing else
        went into them. For a new library in which nothing was kept (its first import failed)."""
        self.store.close()
        if made:  # while the claim is still held: nobody else opens the file in between
            path = made[0]
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    name.unlink()
        self.close()  # type: ignore[attr-defined]  # the Library's: releases the claim, removing the lock
        if made and backup_folder(made[0]) in made:
            for found, _made, _reason in backup_files(made[0]):
                with contextlib.suppress(OSError):
                    found.unlink()
        for folder in made[1:]:
            with contextlib.suppress(OSError):
                folder.rmdir()

    def changed_elsewhere(self) -> int:
        """A number that changes when another process writes to the library (the window polls it). A library
        opened read-only is looked at through its files' sizes and times: where SQLite cannot write the shared
        -shm file, its data_version moves when another connection merely reads."""
        if self.read_only:
            return safety.file_stamp(self.path)
        return safety.data_version(self.store.conn)
