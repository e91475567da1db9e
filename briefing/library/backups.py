"""Backups of a library: where they live, their names, which to keep, and what each one holds."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from briefing.store.maintenance import file_facts

FOLDER = "backups"
KEEP_DAILY = 7  # the newest backup of each of the last 7 days that have one
KEEP_WEEKLY = 4  # and of each of the 4 weeks before
KEEP_RECENT = 10  # and the newest 10 of the last day (each bulk import makes one: a busy day is bounded)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z-]+))?\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made, why, how many briefings it holds and whether it is sound."""

    path: Path
    made: datetime
    reason: str
    briefings: int
    size: int
    problems: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        state = "" if self.sound else f" — damaged: {self.problems[0]}"
        noun = "briefing " if self.briefings == 1 else "briefings"
        return (f"{self.made:%Y-%m-%d %H:%M}  {self.briefings:>7,} {noun}  {self.size / 1e6:8.1f} MB  "
                f"{self.reason}{state}")


def backup_folder(library: Path) -> Path:
    return library.parent / FOLDER


def new_backup_path(library: Path, reason: str, now: datetime | None = None) -> Path:
    """backups/<library name>-YYYYMMDD-HHMMSS-<reason>.sqlite, never an existing file's name."""
    now = now or datetime.now()
    folder = backup_folder(library)
    for extra in range(60):
        stamp = (now + timedelta(seconds=extra)).strftime(_STAMP)
        target = folder / f"{library.stem}-{stamp}-{reason}.sqlite"
        if not target.exists():
            return target
    raise FileExistsError(f"{folder}: too many backups in one minute")


def ensure_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def _parsed(path: Path, stem: str) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match or match["stem"] != stem:
        return None
    try:
        return datetime.strptime(match["stamp"], _STAMP), match["reason"] or "backup"
    except ValueError:
        return None


def backup_files(library: Path) -> list[tuple[Path, datetime, str]]:
    """The library's backup files, newest first."""
    folder = backup_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{library.stem}-*.sqlite"):
        parsed = _parsed(path, library.stem)
        if parsed is not None:
            found.append((path, *parsed))
    return sorted(found, key=lambda item: item[1], reverse=True)


def list_backups(library: Path) -> list[BackupInfo]:
    """Every backup with its date, briefing count, size and soundness (each file is read, not written)."""
    infos = []
    for path, made, reason in backup_files(library):
        _version, count, problems = file_facts(path)
        infos.append(BackupInfo(path, made, reason, count, path.stat().st_size, tuple(problems)))
    return infos


def newest_backup_age(library: Path, now: datetime | None = None) -> timedelta | None:
    files = backup_files(library)
    return (now or datetime.now()) - files[0][1] if files else None


def to_keep(made: list[datetime], now: datetime) -> set[datetime]:
    """The newest backup of each of the last KEEP_DAILY days and of each of the KEEP_WEEKLY weeks
    before; the newest KEEP_RECENT of the last day are kept too."""
    keep: set[datetime] = set()
    days: dict[object, datetime] = {}
    weeks: dict[object, datetime] = {}
    recent = 0
    for stamp in sorted(made, reverse=True):
        if now - stamp <= timedelta(days=1) and recent < KEEP_RECENT:
            keep.add(stamp)
            recent += 1
        day = stamp.date()
        if len(days) < KEEP_DAILY and day not in days:
            days[day] = stamp
            continue
        week = stamp.isocalendar()[:2]
        if day not in days and len(weeks) < KEEP_WEEKLY and week not in weeks:
            weeks[week] = stamp
    return keep | set(days.values()) | set(weeks.values())


def rotate(library: Path, now: datetime | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns the removed files."""
    files = backup_files(library)
    keep = to_keep([made for _, made, _ in files], now or datetime.now())
    removed = []
    for path, made, _reason in files:
        if made not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
