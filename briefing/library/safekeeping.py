"""Keeping a Library safe: the trash, checks, backups, restores and repair (a part of Library)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.library import safety
from briefing.library.backups import BackupInfo, list_backups
from briefing.library.errors import as_library_error
from briefing.store import Store, StoreError

if TYPE_CHECKING:
    from briefing.store.trash import TrashedBriefing

TRASH_DAYS = 30  # a deleted briefing stays restorable this long


class Safekeeping:
    """The Library's trash and safety methods (`store`, `path`, `damage`, `read_only`, `_writable`,
    `_reading` and `_retrying` are the Library's)."""

    store: Store
    damage: list[str]

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

    def changed_elsewhere(self) -> int:
        """A number that changes when another process writes to the library (the window polls it). A library
        opened read-only is looked at through its files' sizes and times: where SQLite cannot write the shared
        -shm file, its data_version moves when another connection merely reads."""
        if self.read_only:
            return safety.file_stamp(self.path)
        return safety.data_version(self.store.conn)
