"""Where the library file lives: --db, then BRIEFING_DB, then (for the window) the last one, then user data."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "BRIEFING_DB"
DEFAULT_FILE = "library.sqlite"


def default_db_path() -> Path:
    from platformdirs import user_data_dir  # here: ~4 ms of a start that names its library (--db, the last one)

    return Path(user_data_dir("Briefing", appauthor=False)) / DEFAULT_FILE


def explicit_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The library the user named: `explicit` (--db), else BRIEFING_DB; None when neither is given."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    return Path(from_env).expanduser() if from_env else None


def resolve_db_path(explicit: str | os.PathLike[str] | None = None, last: Path | None = None) -> Path:
    """--db, then BRIEFING_DB, then `last` (the window's last library) if it still exists, then the default."""
    named = explicit_db_path(explicit)
    if named is not None:
        return named
    if last is not None and last.is_file():
        return last
    return default_db_path()


def library_key(path: str | os.PathLike[str]) -> str:
    """The library's absolute path, spelled the same way by every process that names it."""
    return os.path.normcase(os.path.realpath(os.path.expanduser(os.fspath(path))))


def short_path(path: Path, limit: int = 60) -> str:
    """`path` with the home folder as ~, shortened from the left to `limit` characters."""
    text = str(path)
    home = str(Path.home())
    if text.startswith(home + os.sep):
        text = "~" + text[len(home):]
    return text if len(text) <= limit else "…" + text[-(limit - 1):]
