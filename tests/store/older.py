"""Library files as an older schema wrote them, for the migration tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from briefing.store.schema import MIGRATIONS


@contextmanager
def older_library(path: Path, version: int) -> Iterator[Database]:
    """A library file made by the first `version` migrations, with that format number; the caller
    adds its rows in the same transaction. The file is closed after."""
    db = Database(path)
    try:
        with db.atomic():
            for step in MIGRATIONS[:version]:
                step(db)
            db["meta"].insert({"key": "schema_version", "value": str(version)}, pk="key")
            yield db
    finally:
        db.close()
