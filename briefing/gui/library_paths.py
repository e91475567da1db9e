"""The window's memory of libraries: the recent list and the last library, kept in QSettings."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from briefing.gui.actions import MAX_RECENT_LIBRARIES
from briefing.library import Library, resolve_db_path
from briefing.library import short_path as short_path

RECENT_LIBRARIES = "library/recent"
LAST_LIBRARY = "library/last"
LAST_LIBRARY_DIR = "paths/last_library_dir"
MAX_RECENT = MAX_RECENT_LIBRARIES  # one File ▸ Open Recent slot each
LIBRARY_SUFFIX = ".sqlite"
LIBRARY_FILTER = "Briefing libraries (*.sqlite *.db);;All files (*)"


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _stored_paths(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_LIBRARIES, [])
    if isinstance(value, str):  # an INI file stores a one-item list as a plain string
        value = [value] if value else []
    if not isinstance(value, (list, tuple)):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item]


def recent_libraries(settings: QSettings) -> list[Path]:
    """The recently opened libraries, newest first; files that no longer exist are dropped for good."""
    stored = _stored_paths(settings)
    kept = [path for path in stored if path.is_file()]
    if kept != stored:
        _store_paths(settings, kept)
    return kept


def _store_paths(settings: QSettings, paths: list[Path]) -> None:
    if paths:
        settings.setValue(RECENT_LIBRARIES, [str(path) for path in paths])
    else:
        settings.remove(RECENT_LIBRARIES)


def remember_library(settings: QSettings, path: Path) -> list[Path]:
    """Put `path` first in the recent list (once, at most MAX_RECENT) and make it the last library."""
    path = Path(os.path.abspath(path.expanduser()))
    paths = [path] + [p for p in _stored_paths(settings) if not _same(p, path) and p.is_file()]
    _store_paths(settings, paths[:MAX_RECENT])
    settings.setValue(LAST_LIBRARY, str(path))
    settings.sync()
    return paths[:MAX_RECENT]


def clear_recent(settings: QSettings) -> None:
    """Empty the recent list (the last library is still reopened at the next start)."""
    settings.remove(RECENT_LIBRARIES)
    settings.sync()


def last_library(settings: QSettings) -> Path | None:
    value = settings.value(LAST_LIBRARY, "")
    return Path(value) if isinstance(value, str) and value else None


def startup_library(explicit: str | os.PathLike[str] | None, settings: QSettings) -> Path:
    """The library to open at start: --db, then BRIEFING_DB, then the last one opened if it still
    exists, then the default file in the user-data folder."""
    return resolve_db_path(explicit, last=last_library(settings))


def library_problem(path: Path) -> str | None:
    """Why `path` cannot be opened as a library, or None when it can (the library decides)."""
    return Library.problem(path)


def read_only_file(path: Path) -> bool:
    """An existing library this user cannot write (a read-only file, folder or share): the window opens
    it read-only, as the command line reads it, instead of refusing it."""
    from briefing.library.safety import writable

    return path.is_file() and not writable(path)
