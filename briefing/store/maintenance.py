"""Keeping a library file sound: integrity checks, the search index rebuilt, online backups, restores."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from briefing.store.errors import UNREADABLE_SCHEMA, StoreError
from briefing.store.schema import quick_version

PRIVATE_FILE = 0o600
CHECK_LIMIT = 20  # problems quick_check lists at most


def integrity_problems(conn: sqlite3.Connection, with_index: bool = True) -> list[str]:
    """What is wrong with the file (SQLite's quick_check) and its search index; [] when sound."""
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA quick_check({CHECK_LIMIT})")]
    except sqlite3.DatabaseError as error:
        return [f"the file cannot be read as a database ({error})"]
    except UnicodeDecodeError:  # SQLite's own message held bytes of the damage
        return [f"the file cannot be read as a database ({UNREADABLE_SCHEMA})"]
    # one row can hold many lines under a '*** in database main ***' heading: one problem a line
    problems = [line.strip() for row in rows if row != "ok" for line in str(row).splitlines()
                if line.strip() and not line.startswith("*** in database")]
    if problems:
        return problems
    try:
        quick_version(conn)
    except StoreError as error:
        return [str(error)]
    if not with_index:
        return []
    from briefing.store.index import SEARCH_FTS  # here: opening a library does not check its index
    started = not conn.in_transaction
    try:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        if SEARCH_FTS in tables:  # FTS5's own check of its index's structure
            conn.execute(f"insert into [{SEARCH_FTS}] ([{SEARCH_FTS}]) values ('integrity-check')")
    except sqlite3.OperationalError as error:
        if "readonly" in str(error):  # FTS5 checks through an insert; quick_check read its tables already
            return []
        return [f"the search index is damaged ({error})"]
    except sqlite3.DatabaseError as error:
        return [f"the search index is damaged ({error})"]
    finally:
        if started and conn.in_transaction:  # the check writes nothing; end the transaction it opened
            conn.rollback()
    return []


def repair_index(conn: sqlite3.Connection) -> None:
    """Rebuild the search index from the briefings, in one transaction."""
    from briefing.store.index import rebuild_index
    try:
        with conn:
            rebuild_index(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"the search index could not be rebuilt ({error})") from None


def make_private(path: Path) -> None:
    """Readable and writable by the user only (no effect where the system has no such modes)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open library at `target`, written whole or not at all.

    SQLite's online backup API copies into a temporary file beside the target, which is flushed
    to disk, checked and only then renamed over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = delete")  # one self-contained file, no -wal beside it
            problems = integrity_problems(copy, with_index=False)
        finally:
            copy.close()
        if problems:
            raise StoreError(f"the backup {target.name} did not verify: {problems[0]}")
        make_private(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _sync_folder(target.parent)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"{target}: the backup could not be written ({error})") from None
    return target


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder to flush it
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore_from(conn: sqlite3.Connection, source: Path, work_folder: Path) -> None:
    """Replace the open library's content with the library at `source`, in one write transaction.

    SQLite's backup API cannot change the page size of a WAL file: a source whose pages differ in
    size (an older library's 4 KiB backup restored into a new 16 KiB library, say) is first copied
    into a temporary file in `work_folder` and made over with the library's page size."""
    try:
        origin = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError(f"{source}: cannot be read ({error})") from None
    resized: Path | None = None
    try:
        wanted = int(conn.execute("PRAGMA page_size").fetchone()[0])
        if int(origin.execute("PRAGMA page_size").fetchone()[0]) != wanted:
            resized = work_folder / f".{source.name}.restoring"
            resized.unlink(missing_ok=True)
            copy = sqlite3.connect(resized)
            try:
                origin.backup(copy)
                copy.execute(f"PRAGMA page_size = {wanted}")
                copy.execute("VACUUM")  # (a rollback-journal file: VACUUM may change its page size)
            finally:
                copy.close()
            origin.close()
            origin = sqlite3.connect(resized)
        origin.backup(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{source}: could not be restored ({error})") from None
    finally:
        origin.close()
        if resized is not None:
            for leftover in (resized, Path(f"{resized}-journal")):
                leftover.unlink(missing_ok=True)


def file_facts(path: Path) -> tuple[int, int, list[str]]:
    """(schema version, briefings, problems) of a library file, read without writing to it."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        return 0, 0, [f"cannot be opened ({error})"]
    try:
        problems = integrity_problems(conn, with_index=False)
        if problems:
            return 0, 0, problems
        try:
            version = quick_version(conn)
        except StoreError as error:
            return 0, 0, [str(error)]
        if version == 0:
            return 0, 0, ["not a Briefing library"]
        count = conn.execute("select count(*) from briefings").fetchone()[0]
        return version, int(count), []
    except sqlite3.DatabaseError as error:
        return 0, 0, [f"not a sound Briefing library ({error})"]
    finally:
        conn.close()


def file_version(path: Path) -> int:
    """The library format of a file (0: not a library, or unreadable), read without writing to it."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return quick_version(conn)
    except (sqlite3.DatabaseError, StoreError):
        return 0
    finally:
        conn.close()


def highest_briefing_id(conn: sqlite3.Connection) -> int:
    """The largest briefing id still readable, 0 when none is (salvage tries every id up to it)."""
    try:
        row = conn.execute("select max(rowid) from briefings").fetchone()
    except sqlite3.DatabaseError:
        return 0
    return int(row[0] or 0)


def data_version(conn: sqlite3.Connection) -> int:
    """A number that changes whenever another connection commits a change to the file."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
