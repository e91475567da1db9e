"""Saved searches: a name and a query each, kept in the library file (a part of Store)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from briefing.store.errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database


class SavedSearches:
    """The Store's saved-search methods (`conn` and `db` are the Store's)."""

    conn: sqlite3.Connection
    db: Database

    def saved_searches(self) -> list[tuple[int, str, str]]:
        """(id, name, query) of each saved search, by name."""
        return [tuple(row) for row in self.conn.execute(
            "select id, name, query from saved_searches order by name collate nocase, id")]

    def save_search(self, name: str, query: str) -> int:
        """Save a search under a name; saving a name again replaces its query."""
        name = name.strip()
        if not name:
            raise StoreError("a saved search needs a name")
        with self.db.atomic():
            row = self.conn.execute("select id from saved_searches where name = ?", [name]).fetchone()
            if row:
                self.conn.execute("update saved_searches set query = ? where id = ?", [query, row[0]])
                return int(row[0])
            return int(self.conn.execute("insert into saved_searches (name, query) values (?, ?)",
                                       [name, query]).lastrowid)

    def delete_saved_search(self, search_id: int) -> None:
        with self.db.atomic():
            self.conn.execute("delete from saved_searches where id = ?", [search_id])
