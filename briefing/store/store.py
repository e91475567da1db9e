"""The Store: one SQLite library of briefings over sqlite-utils; every write is one transaction."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core import Briefing, Commitment, Participant, Source, Statement, load_file
from briefing.core.fingerprint import text_key
from briefing.core.resources import SAMPLE_BRIEFING, resource_path
from briefing.store.errors import UNREADABLE_SCHEMA, StoreError
from briefing.store.saved_searches import SavedSearches

if TYPE_CHECKING:  # sqlite-utils, the index, search and writing are imported where first needed, not to show the list
    from sqlite_utils import Database

    from briefing.store.batch_writing import Prepared
    from briefing.store.search import SearchResult
    from briefing.store.trash import TrashedBriefing

BUSY_TIMEOUT_MS = 5000
# A new library's page: a briefing row (a few KB) fits one rather than spilling to overflow pages, so a bulk
# import writes a fifth fewer pages (7 % less CPU). A file keeps its size; older libraries keep 4 KiB.
NEW_PAGE_BYTES = 16384
UPGRADING = "Upgrading the library to the new format…"  # said before a migration of an older library
STREAM_PROGRESS_EVERY = 100  # briefings between calls of add_stream's progress callback
# Each order is one or two queries that walk the event_date index; "is null" in an ORDER BY would
# make SQLite sort the whole table instead. Briefings without a date come after the dated ones.
# By id, the small date index is read and sorted, rather than the table with every text in it.
_DATE_INDEX = "select id from briefings indexed by idx_briefings_event_date"
LIST_ORDERS = {
    "newest": (f"{_DATE_INDEX} where event_date is not null order by event_date desc, id desc",
               f"{_DATE_INDEX} where event_date is null order by id desc"),
    "oldest": (f"{_DATE_INDEX} where event_date is not null order by event_date asc, id asc",
               f"{_DATE_INDEX} where event_date is null order by id asc"),
    "title": ("select id from briefings order by title collate nocase, id",),
    "id": (f"{_DATE_INDEX} order by id",),
}


@dataclass(frozen=True)
class BriefingRow:
    """What the library list shows of one briefing."""

    id: int
    title: str
    event_date: str | None
    event_kind: str | None
    parties: list[str]
    review: str = "reviewed"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Bytes that are not UTF-8 (another program's) read as '\ufffd', not as a failed list: about 0.13 µs a value
LENIENT_TEXT = functools.partial(str, encoding="utf-8", errors="replace")


def _json_list(value: str | None) -> list[str]:
    return list(json.loads(value)) if value else []


class Store(SavedSearches):
    """The library file. Open it with Store(path); `seed_sample` fills a newly created file with the sample."""

    def __init__(self, path: str | Path, seed_sample: bool = False, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        is_new = not self.path.exists() or self.path.stat().st_size == 0
        if read_only and is_new:
            raise StoreError(f"{self.path}: no such library")
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if read_only:  # a file: URI, so that '#', '?' or '%' in the path stay part of the name
                conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.text_factory = LENIENT_TEXT
            self.conn = conn
            self._db: Database | None = None
            self.backup_path: Path | None = None
            self._last_key: tuple[str | None, str | None] = (None, None)  # (text, its key): see source_key
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
            if not is_new and "meta" not in tables and tables:
                raise StoreError(f"{self.path}: a SQLite database of another program, not a Briefing library")
            if not read_only:
                if is_new:  # before WAL is set: that writes the file's header, with its page size
                    conn.execute(f"PRAGMA page_size = {NEW_PAGE_BYTES}")
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = wal")
                self._migrate(is_new)
        except (StoreError, sqlite3.Error, OSError, UnicodeDecodeError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, StoreError):
                raise
            if isinstance(exc, OSError):
                raise StoreError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
            if isinstance(exc, UnicodeDecodeError):  # (SQLite's message held bytes of the damage)
                raise StoreError(f"{self.path}: cannot be read ({UNREADABLE_SCHEMA})") from None
            raise StoreError(f"{self.path}: not a Briefing library ({exc})") from exc
        if is_new and seed_sample:
            self.add(load_file(resource_path(SAMPLE_BRIEFING))[0])

    @property
    def db(self) -> Database:
        """The sqlite-utils Database over this store's connection (imported on first use). It loads
        no sqlite-utils plugins: whatever else is installed beside the app, its store's connection
        stays the same (and the search for plugins took 25 ms of every command that writes)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def _migrate(self, is_new: bool) -> None:
        from briefing.store.schema import SCHEMA_VERSION, quick_version

        version = quick_version(self.conn)
        if version != SCHEMA_VERSION:
            from briefing.store.schema import SEARCH_DOCS_DROPPED, migrate

            if not is_new and 0 < version < SCHEMA_VERSION:  # long at 100,000s of briefings: say so first
                import logging  # a warning that nobody handles is one line on stderr (the command line's)

                logging.getLogger("briefing.store").warning(UPGRADING)
            self.backup_path = migrate(self.db, None if is_new else self.path)
            if not is_new and version < SEARCH_DOCS_DROPPED:
                # the old search documents held a copy of every text: give their pages back
                self.conn.execute("VACUUM")

    @staticmethod
    def problem(path: Path) -> str | None:
        """Why `path` cannot be opened as a library, or None when it can. Reads only; never writes.

        An empty file becomes a new library; an older library is migrated (after a backup) when
        it is opened; anything else is refused with a reason for the user."""
        name = f"“{path.name}”"
        if not path.exists():
            return f"{name} does not exist."
        if not path.is_file():
            return f"{name} is a folder, not a library file."
        if path.stat().st_size == 0:
            return None
        from briefing.store.schema import SCHEMA_VERSION, quick_version

        try:
            with Store(path, read_only=True) as probe:
                version = quick_version(probe.conn)
        except StoreError as error:
            return f"{name} is not a Briefing library ({error})."
        if version > SCHEMA_VERSION:
            return (f"{name} was written by a newer version of Briefing (library format {version}; "
                    f"this version reads up to {SCHEMA_VERSION}). Update Briefing to open it.")
        return None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -----------------------------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute("select count(*) from briefings").fetchone()[0]

    def ids(self, order: str = "newest", limit: int | None = None) -> list[int]:
        """Every briefing's id in a list order: newest, oldest (by event date, undated last), title, id;
        with `limit`, only the first `limit` of them (the list's first page, read before the window shows)."""
        ids: list[int] = []
        for sql in LIST_ORDERS[order]:  # one JSON array a query: 100,000 ids in about half the time of rows
            if limit is not None:
                if len(ids) >= limit:
                    break
                sql = f"{sql} limit {int(limit) - len(ids)}"
            ids += json.loads(self.conn.execute(f"select json_group_array(id) from ({sql})").fetchone()[0])
        return ids

    def rows(self, ids: Sequence[int]) -> dict[int, BriefingRow]:
        """List rows for the given ids (the GUI fetches a window of them at a time)."""
        result: dict[int, BriefingRow] = {}
        ids = list(ids)
        for offset in range(0, len(ids), 500):
            chunk = ids[offset:offset + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"select id, title, event_date, event_kind, parties, review from briefings where id in ({marks})"
            for row in self.conn.execute(sql, chunk):
                result[row[0]] = BriefingRow(row[0], row[1], row[2], row[3], _json_list(row[4]), row[5])
        return result

    def same_source(self, url: str | None, text: str | None, title: str) -> list[tuple[int, str, str]]:
        """(id, created, why) of stored briefings that may be the same article: the same source URL,
        the same text (normalized), or the same title (the caller compares those texts)."""
        found: dict[int, tuple[int, str, str]] = {}
        checks = [("select id, created from briefings where source_key = ?", self.source_key(text), "the same text"),
                  ("select id, created from briefings where source_url = ?", url, "the same source address"),
                  ("select id, created from briefings where title = ? collate nocase", title, "the same title")]
        for sql, value, why in checks:
            if value:
                for briefing_id, created in self.conn.execute(sql, [value]):
                    found.setdefault(briefing_id, (briefing_id, created, why))
        return list(found.values())

    def source_key(self, text: str | None) -> str | None:
        """text_key of a source text; the last one is remembered, so an import that first looks for the
        same article (same_source) and then writes it folds its text once."""
        if text is not None and self._last_key[0] is text:
            return self._last_key[1]
        key = text_key(text)
        self._last_key = (text, key)
        return key

    def draft_ids(self) -> list[int]:
        """The ids of the briefings not yet reviewed."""
        return [row[0] for row in self.conn.execute("select id from briefings where review = 'draft'")]

    def exists(self, briefing_id: int) -> bool:
        return self.conn.execute("select 1 from briefings where id = ?", [briefing_id]).fetchone() is not None

    def get(self, briefing_id: int, lost: list[str] | None = None) -> Briefing:
        """The briefing with this id. Given a `lost` list (salvaging a damaged file), a part whose table cannot
        be read comes back empty and its name ('statements') is added to `lost`, instead of raising."""
        cursor = self.conn.execute("select * from briefings where id = ?", [briefing_id])
        row = cursor.fetchone()
        if row is None:
            raise StoreError(f"no briefing with id {briefing_id}")
        data = dict(zip([c[0] for c in cursor.description], row))
        children = {name: self._children(name, briefing_id, lost)
                    for name in ("participants", "statements", "commitments")}
        return Briefing(
            id=data["id"], title=data["title"], event_date=data["event_date"],
            event_kind=data["event_kind"], places=_json_list(data["places"]),
            parties=_json_list(data["parties"]), summary=data["summary"], tags=_json_list(data["tags"]),
            review=data["review"], reviewed_by=data["reviewed_by"], reviewed_at=data["reviewed_at"],
            source=Source(url=data["source_url"], outlet=data["source_outlet"],
                          published=data["source_published"], credit=data["source_credit"],
                          text=data["source_text"]),
            participants=[Participant(name=r["name"], aliases=_json_list(r["aliases"]), title=r["title"],
                                      organization=r["organization"], country=r["country"],
                                      attended=bool(r["attended"]), spoke=bool(r["spoke"]))
                          for r in children["participants"]],
            statements=[Statement(speaker=r["speaker"], text=r["text"], kind=r["kind"],
                                  continuation=bool(r["continuation"]), start=r["start"], end=r["end"])
                        for r in children["statements"]],
            commitments=[Commitment(actor=r["actor"], text=r["text"], firmness=r["firmness"],
                                    status=r["status"], due=r["due"], due_text=r["due_text"],
                                    notes=r["notes"], start=r["start"], end=r["end"], uid=r["uid"])
                         for r in children["commitments"]],
        )

    def _children(self, table: str, briefing_id: int, lost: list[str] | None = None) -> list[dict[str, Any]]:
        sql = f"select * from [{table}] where briefing_id = ? order by position"
        try:
            cursor = self.conn.execute(sql, [briefing_id])
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor]
        except sqlite3.DatabaseError:
            if lost is None:
                raise
        try:  # a damaged index: read the table itself, row by row
            cursor = self.conn.execute(sql.replace(f"[{table}]", f"[{table}] not indexed"), [briefing_id])
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor]
        except sqlite3.DatabaseError:
            lost.append(table)
            return []

    # --- writing -----------------------------------------------------------------------------

    def add(self, briefing: Briefing) -> int:
        return self.add_many([briefing])[0]

    def add_many(self, briefings: Iterable[Briefing]) -> list[int]:
        """Insert briefings in one transaction: all of them are written, or none."""
        return self.add_stream(briefings)

    def add_stream(self, briefings: Iterable[Briefing | Prepared], progress: Callable[[int], None] | None = None,
                   finish: Callable[[], object] | None = None) -> list[int]:
        """Insert briefings from any iterable (a generator reading a file, say) in one transaction.

        All or nothing: if the iterable raises (a bad record) or a write fails, nothing is kept and
        the error propagates. Each briefing is written as it comes, or, prepared in the caller's helper
        thread (batch_writing.prepare), a batch at a time (batch_writing.write_stream), so memory
        stays flat whatever the count. `progress(n)` is called with the number taken so far every
        STREAM_PROGRESS_EVERY briefings and at the end; `finish()` after the last is written, inside
        the transaction. Returns the new ids in order."""
        from briefing.store.batch_writing import write_stream
        from briefing.store.writing import bulk_writing
        now = _now()  # one import, one time: created and modified alike
        taken: list[int] = [0]

        def count(number: int) -> None:
            taken[0] = number
            if progress is not None and number % STREAM_PROGRESS_EVERY == 0:
                progress(number)

        with bulk_writing(self.conn), self.db.atomic():
            ids = write_stream(self.conn, briefings, now, count,
                               lambda briefing: self._insert(briefing, created=now, modified=now, index=False))
            if finish is not None:
                finish()
        if progress is not None and taken[0] % STREAM_PROGRESS_EVERY:
            progress(taken[0])
        return ids

    def update(self, briefing: Briefing) -> None:
        """Replace a stored briefing (matched by id) with the given one, in one transaction."""
        if briefing.id is None:
            raise StoreError("cannot update a briefing that has no id")
        with self.db.atomic():
            row = self.conn.execute("select created from briefings where id = ?", [briefing.id]).fetchone()
            if row is None:
                raise StoreError(f"no briefing with id {briefing.id}")
            kept = dict(self.conn.execute("select uid, id from commitments where briefing_id = ?", [briefing.id]))
            self._delete(briefing.id)
            self._insert(briefing, created=row[0], keep_id=True, commitment_ids=kept)

    def delete(self, briefing_ids: Iterable[int]) -> int:
        with self.db.atomic():
            return sum(self._delete(briefing_id) for briefing_id in briefing_ids)

    def trash(self, briefing_ids: Iterable[int]) -> int:
        """Move briefings to the trash (whole, restorable) in one transaction; returns how many."""
        from briefing.store.trash import move_to_trash

        with self.conn:  # one transaction (plain sqlite3: opening a library need not load sqlite-utils)
            return move_to_trash(self, list(briefing_ids), _now())

    def trashed(self) -> list[TrashedBriefing]:
        """The briefings in the trash, most recently deleted first."""
        from briefing.store.trash import trashed

        return trashed(self)

    def untrash(self, trash_ids: Iterable[int]) -> list[int]:
        """Put trashed briefings back (under their old ids while free), in one transaction."""
        from briefing.store.trash import take_from_trash

        with self.conn:  # one transaction (plain sqlite3: opening a library need not load sqlite-utils)
            return take_from_trash(self, list(trash_ids), _now())

    def empty_trash(self, before: str | None = None) -> int:
        """Remove trashed briefings for good: deleted before `before` (ISO time), or all of them."""
        from briefing.store.trash import empty_trash

        with self.conn:  # one transaction (plain sqlite3: opening a library need not load sqlite-utils)
            return empty_trash(self, before)

    def _delete(self, briefing_id: int) -> int:
        if not self.exists(briefing_id):
            return 0
        from briefing.store.index import unindex_briefing
        unindex_briefing(self.conn, briefing_id)
        for table in ("participants", "statements", "commitments"):
            self.conn.execute(f"delete from [{table}] where briefing_id = ?", [briefing_id])
        return self.conn.execute("delete from briefings where id = ?", [briefing_id]).rowcount

    def _insert(self, briefing: Briefing, created: str, keep_id: bool = False, modified: str | None = None,
                index: bool = True, commitment_ids: dict[str, int] | None = None) -> int:
        """Write a briefing's rows; with `index`, index it too (else the caller indexes it).
        `commitment_ids` (uid: row id) keeps a saved-again commitment's row id, so an id stays valid."""
        from briefing.store.index import index_briefings
        from briefing.store.writing import write_rows
        briefing_id = write_rows(self.conn, briefing, self.source_key(briefing.source.text), created,
                                 modified or _now(), keep_id, commitment_ids)
        if index:
            index_briefings(self.conn, [briefing_id])
        return briefing_id

    # --- other ----------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        return {name: self.conn.execute(f"select count(*) from [{name}]").fetchone()[0]
                for name in ("briefings", "participants", "statements", "commitments")}

    def search(self, text: str, limit: int = 20, offset: int = 0, order: str = "rank",
               prefix_last: bool = True) -> SearchResult:
        """Hits for a query in the search language (see briefing.store.query); never raises on input."""
        from briefing.store.search import run_search
        return run_search(self.conn, text, limit=limit, offset=offset, order=order,
                          prefix_last=prefix_last)

