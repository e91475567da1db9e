"""Where the library file lives: --db, then BRIEFING_DB, then the platform's user-data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "BRIEFING_DB"
DEFAULT_FILE = "library.sqlite"


def default_db_path() -> Path:
    return Path(user_data_dir("Briefing", appauthor=False)) / DEFAULT_FILE


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()
