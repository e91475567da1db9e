"""The store's errors: every problem with a library file is a StoreError with a message for the user."""

import sqlite3

# SQLite's message about a damaged schema can hold bytes of the damage, which are not text; Python then
# raises UnicodeDecodeError instead of sqlite3.DatabaseError. The same failure, said plainly:
UNREADABLE_SCHEMA = "its description of its own tables is damaged"


def unreadable_schema() -> sqlite3.DatabaseError:
    return sqlite3.DatabaseError(UNREADABLE_SCHEMA)


class StoreError(RuntimeError):
    """A library that cannot be opened or a briefing that does not exist."""


class MigrationError(StoreError):
    """The library file is from a newer version of the app, or a migration failed."""
