"""The Library: the product's one entry point, which the window and the command line both drive.

Opening (where the file is, the claim on it, migrations, read-only), importing (ingest → extract →
review state → store, all or nothing), reading and searching, editing (Edit commands that apply and
revert), deleting and exporting. It owns no widget and no terminal."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

from briefing.core import DRAFT, Briefing, InterchangeError, review_notes
from briefing.core.interchange import iter_file
from briefing.library import safety
from briefing.library.articles import draft_from_file, is_interchange
from briefing.library.backups import BackupInfo, list_backups
from briefing.library.claim import COMMAND, Claim, ClaimError, Holder
from briefing.library.edit_commands import Edit
from briefing.library.edits import problems, with_tag, without_tag
from briefing.library.exporting import export_briefings
from briefing.library.paths import explicit_db_path, resolve_db_path
from briefing.library.values import EditError
from briefing.store import BriefingRow, Store, StoreError
from briefing.store.search import SearchResult
from briefing.store.trash import TrashedBriefing

T = TypeVar("T")
CLAIM_WAIT_SECONDS = 300.0  # a writing command waits this long for another command to finish
TRASH_DAYS = 30  # a deleted briefing stays restorable this long
BUSY_RETRY_SECONDS = 120.0  # a write that finds the file locked by another writer retries this long


class LibraryError(Exception):
    """Something the library cannot do, said in one sentence for the user."""


class DamagedLibraryError(LibraryError):
    """The file is damaged so badly that it cannot even be read; `problems` says how."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(damage_sentence(path, problems))
        self.path = path
        self.problems = problems


def damage_sentence(path: Path, problems: list[str]) -> str:
    first = problems[0].splitlines()[-1].strip() if problems else "unknown damage"
    return (f"“{path.name}” is damaged ({first}); nothing was written to it. Restore a backup "
            "(briefing restore FILE) or salvage what can be read (briefing check --repair)")


@dataclass
class ImportResult:
    """What an import added: the new ids, in file order, and those a person should check first."""

    ids: list[int] = field(default_factory=list)
    to_check: list[int] = field(default_factory=list)


def _problem(error: BaseException) -> LibraryError:
    return LibraryError(str(error))


class Library:
    """One library file. Open it with `Library.open(...)`; use it as a context manager or close() it."""

    def __init__(self, store: Store, claim: Claim | None = None, damage: list[str] | None = None) -> None:
        self.store = store
        self.claim = claim
        self.damage = damage or []  # what the check on open found; a damaged library opens read-only
        self.on_busy: Callable[[], None] | None = None  # told each time a write waits for another writer

    # --- opening -------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
             claim: Claim | None | bool = True, must_exist: bool = False, seed_sample: bool | None = None,
             check: bool | None = None, beside_window: bool = False,
             on_wait: Callable[[Holder | None], None] | None = None) -> Library:
        """The library at `path` (else BRIEFING_DB, else the user-data folder's default file).

        The default library gets the product's sample on first use (`seed_sample` says otherwise
        for a new file anywhere). `must_exist`: a named file that
        does not exist is an error (reading commands). A writable library is claimed for this
        process: `claim=True` takes the claim as a command does (waiting for another command;
        while a window holds it, refusing, unless `beside_window`: a write that only adds, such as
        an import, goes in beside the window, which shows it when it next looks), a Claim made by
        the caller is kept, False takes none.
        The file is checked first when `check` says so, or (None) when the claim's last holder
        crashed; a damaged library is opened read-only with `damage` saying what is wrong."""
        named = explicit_db_path(path)
        target = resolve_db_path(path)
        if must_exist and named is not None and not target.exists():
            raise LibraryError(f"{target}: no such library")
        held: Claim | None = claim if isinstance(claim, Claim) else None
        if not read_only and claim is True:
            held = cls._claim_for_writing(target, beside_window, on_wait)
        if check is None:
            check = held is not None and held.inherited
        try:
            if check and target.exists() and target.stat().st_size > 0:
                damage = safety.check_file(target)
                if damage:
                    if held is not None and held is not claim:
                        held.release()
                    try:
                        return cls(Store(target, read_only=True), None, damage)
                    except StoreError:
                        raise DamagedLibraryError(target, damage) from None
            if read_only and target.exists() and not safety.needs_upgrade(target):
                store = Store(target, read_only=True)
            else:
                if not read_only and not safety.writable(target):
                    raise LibraryError(f"“{target.name}” cannot be written here (a read-only file, folder or "
                                       "share); it can still be read, searched and exported")
                safety.prepare_file(target)
                seed = named is None if seed_sample is None else seed_sample
                store = Store(target, seed_sample=seed, read_only=False)
                safety.keep_private(target)
                if read_only:  # made (or migrated) just now; read it read-only from here on
                    store.close()
                    store = Store(target, read_only=True)
        except (StoreError, OSError, LibraryError) as error:
            if held is not None and held is not claim:
                held.release()
            if isinstance(error, LibraryError):
                raise
            raise _problem(error) from None
        library = cls(store, held)
        if not library.read_only and (held is not None or claim is False):
            with contextlib.suppress(LibraryError, StoreError, sqlite3.Error):
                library.empty_trash(older_than_days=TRASH_DAYS)
        return library

    @staticmethod
    def _claim_for_writing(target: Path, beside_window: bool,
                           on_wait: Callable[[Holder | None], None] | None) -> Claim | None:
        try:
            got = Claim.wait(target, COMMAND, CLAIM_WAIT_SECONDS, on_wait)
        except ClaimError:
            return None  # a folder where no lock file can be made: write unguarded, as SQLite allows
        if isinstance(got, Claim):
            return got
        if got is not None and got.role != COMMAND:
            if beside_window:
                return None
            raise LibraryError(f"“{target.name}” is open in a Briefing window (process {got.pid}); "
                               "do this there, or close that window and try again")
        raise LibraryError(f"“{target.name}” is busy: another briefing command is still writing to it; "
                           "try again when it has finished")

    @staticmethod
    def check_file(path: Path) -> list[str]:
        """What is wrong with a library file, read without opening it as a library; [] when sound."""
        return safety.check_file(path)

    @staticmethod
    def problem(path: Path) -> str | None:
        """Why `path` cannot be opened as a library, or None when it can. Reads only."""
        return Store.problem(path)

    def reader(self) -> Library:
        """A second, read-only connection to the same file (for searches in a background thread)."""
        return Library(Store(self.path, read_only=True))

    def interrupt(self) -> None:
        """Stop a statement running on this connection from another thread (a newer search came)."""
        self.store.conn.interrupt()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    @property
    def migration_backup(self) -> Path | None:
        """The backup written before this open migrated the file to a newer format, if it did."""
        return getattr(self.store, "backup_path", None)

    def close(self) -> None:
        self.store.close()
        if self.claim is not None:
            self.claim.release()
            self.claim = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading -------------------------------------------------------------------------------------

    def _reading(self, read: Callable[[], T]) -> T:
        """Run a read; a file that turns out damaged (or is gone) is said in one sentence."""
        try:
            return read()
        except StoreError as error:
            raise _problem(error) from None
        except sqlite3.ProgrammingError:
            raise LibraryError(f"“{self.path.name}” is closed") from None
        except sqlite3.DatabaseError as error:
            if "interrupt" in str(error):  # a newer search stopped this one
                raise LibraryError("the search was stopped for a newer one") from None
            raise LibraryError(damage_sentence(self.path, [str(error)])) from None

    def count(self) -> int:
        return self._reading(self.store.count)

    def ids(self, order: str = "newest") -> list[int]:
        return self._reading(lambda: self.store.ids(order))

    def rows(self, ids: Sequence[int]) -> dict[int, BriefingRow]:
        return self._reading(lambda: self.store.rows(ids))

    def exists(self, briefing_id: int) -> bool:
        return self._reading(lambda: self.store.exists(briefing_id))

    def get(self, briefing_id: int) -> Briefing:
        return self._reading(lambda: self.store.get(briefing_id))

    def get_many(self, briefing_ids: Iterable[int]) -> list[Briefing]:
        """The briefings in the order given, each once."""
        return [self.get(briefing_id) for briefing_id in dict.fromkeys(briefing_ids)]

    def stats(self) -> dict[str, int]:
        return self._reading(self.store.stats)

    def search(self, text: str, limit: int = 20, offset: int = 0, order: str = "rank",
               prefix_last: bool = True) -> SearchResult:
        """Hits for a query in the search language; never raises on what the user typed (a damaged
        file raises LibraryError saying so)."""
        return self._reading(lambda: self.store.search(text, limit=limit, offset=offset, order=order,
                                                       prefix_last=prefix_last))

    def saved_searches(self) -> list[tuple[int, str, str]]:
        return self._reading(self.store.saved_searches)

    def save_search(self, name: str, query: str) -> int:
        try:
            return self.store.save_search(name, query)
        except StoreError as error:
            raise _problem(error) from None

    def delete_saved_search(self, search_id: int) -> None:
        self.store.delete_saved_search(search_id)

    # --- importing -----------------------------------------------------------------------------------

    @staticmethod
    def draft(path: Path, published: str | None = None, warn: Callable[[str], None] | None = None) -> Briefing:
        """An article file's draft briefing, not saved. Raises LibraryError naming what was wrong;
        `warn` hears what reading had to repair."""
        try:
            return draft_from_file(path, published, warn)
        except Exception as error:  # ingest's IngestError says what was wrong with the file
            raise LibraryError(str(error)) from None

    @staticmethod
    def iter_files(paths: Iterable[Path], published: str | None = None,
                   progress: Callable[[int, Path], None] | None = None,
                   warn: Callable[[str], None] | None = None) -> Iterator[Briefing]:
        """Each briefing the files hold, read as it is needed: interchange files as they are (each
        record validated), each article as a draft marked for review. A bad file or record raises
        LibraryError naming it when it is reached."""
        for number, path in enumerate(paths, start=1):
            if progress is not None:
                progress(number, path)
            try:
                if is_interchange(path):
                    yield from iter_file(path)
                else:
                    yield with_tag(draft_from_file(path, published, warn), DRAFT)
            except (InterchangeError, EditError) as error:
                raise _problem(error) from None
            except Exception as error:  # ingest's IngestError and anything a reader trips on
                raise LibraryError(f"{path}: {getattr(error, 'problem', None) or error}") from None

    @staticmethod
    def read_files(paths: Iterable[Path], published: str | None = None,
                   progress: Callable[[int, Path], None] | None = None) -> list[Briefing]:
        """Every briefing the files hold (see iter_files); reads only."""
        return list(Library.iter_files(paths, published, progress))

    def import_files(self, paths: Iterable[Path], published: str | None = None,
                     progress: Callable[[int, Path], None] | None = None,
                     written: Callable[[int], None] | None = None,
                     warn: Callable[[str], None] | None = None) -> ImportResult:
        """Read the files and add their briefings as they are read, in one transaction: all of them
        or none (a bad record late in a big file leaves the library as it was). Memory stays flat.
        A bulk import into a library that holds briefings is backed up first."""
        self._writable()
        paths = list(paths)
        if safety.is_bulk(paths) and self.count() > 0:
            self.backup(reason="before-import")
        flagged: list[bool] = []

        def briefings() -> Iterator[Briefing]:
            flagged.clear()
            for briefing in self.iter_files(paths, published, progress, warn):
                briefing.id = None  # the library numbers what it stores
                flagged.append(bool(review_notes(briefing.tags)))
                yield briefing

        ids = self._retrying(lambda: self.store.add_stream(briefings(), progress=written))
        return ImportResult(ids, [i for i, flag in zip(ids, flagged) if flag])

    def add(self, briefings: Sequence[Briefing], drafts: bool = False) -> ImportResult:
        """Add briefings (new ids; `drafts`: marked for review) in one transaction. A bulk import
        into a library that holds briefings is backed up first."""
        self._writable()
        if len(briefings) > safety.BULK_IMPORT and self.count() > 0:
            self.backup(reason="before-import")
        prepared = [with_tag(b, DRAFT) if drafts else b for b in briefings]
        for briefing in prepared:
            briefing.id = None  # the library numbers what it stores
        ids = self._retrying(lambda: self.store.add_many(prepared))
        return ImportResult(ids, [i for i, b in zip(ids, prepared) if review_notes(b.tags)])

    def _retrying(self, write: Callable[[], T]) -> T:
        """Run a write; while another writer holds the file (SQLite's 'database is locked' after
        its busy timeout) try again, for up to BUSY_RETRY_SECONDS, then say so in one sentence."""
        deadline = time.monotonic() + BUSY_RETRY_SECONDS
        while True:
            try:
                return write()
            except StoreError as error:
                raise _problem(error) from None
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise _problem(error) from None
                if time.monotonic() >= deadline:
                    raise LibraryError(f"“{self.path.name}” stayed busy: another program kept writing to it "
                                       f"for {BUSY_RETRY_SECONDS:.0f} s; nothing was written, try again") from None
                if self.on_busy is not None:
                    self.on_busy()
                time.sleep(0.2)

    # --- editing -------------------------------------------------------------------------------------

    def save(self, briefing: Briefing, reviewed_from: Briefing | None = None) -> int:
        """Save what a person edited: a briefing without an id is added, one with an id replaced.

        Saving a reviewed draft (`reviewed_from` carried the draft mark) clears the mark. Raises
        EditError listing what must be fixed first; nothing is written then."""
        self._writable()
        if reviewed_from is not None and DRAFT in reviewed_from.tags:
            briefing = without_tag(briefing, DRAFT)
        found = problems(briefing)
        if found:
            raise EditError(" ".join(found[:3]))
        if briefing.id is None:
            return self._retrying(lambda: self.store.add(briefing))
        self._retrying(lambda: self.store.update(briefing))
        return briefing.id

    def apply(self, edit: Edit) -> int:
        """Write a stored briefing as the edit leaves it."""
        return self.save(edit.after)

    def revert(self, edit: Edit) -> int:
        """Write a stored briefing back as it was before the edit."""
        return self.save(edit.before)

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

    def _writable(self) -> None:
        if self.damage:
            raise LibraryError(damage_sentence(self.path, self.damage))
        if self.read_only:
            raise LibraryError(f"“{self.path.name}” is open read-only: nothing can be written to it here")

    # --- safety --------------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """What is wrong with the library file and its search index; [] when it is sound."""
        return self.damage or safety.check(self.store.conn)

    def backup(self, to: Path | None = None, reason: str = "manual") -> Path:
        """A verified copy of the library: at `to`, or in backups/ beside it (older ones rotate)."""
        try:
            return safety.backup_file(self.path, to, reason)
        except safety.SafetyError as error:
            raise _problem(error) from None

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
            raise _problem(error) from None
        return kept

    @staticmethod
    def restore_damaged(path: Path, source: Path) -> Path:
        """Put a library too damaged to open aside and the backup `source` in its place."""
        try:
            return safety.replace_damaged(path, source)
        except (safety.SafetyError, OSError) as error:
            raise _problem(error) from None

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
            raise _problem(error) from None
        if not self.read_only:
            self.damage = []
        return message

    def changed_elsewhere(self) -> int:
        """A number that changes when another process writes to the library (the window polls it)."""
        return safety.data_version(self.store.conn)

    # --- exporting -----------------------------------------------------------------------------------

    def export(self, briefing_ids: Iterable[int], path: Path, page_size: str | None = None) -> Path:
        """Write the briefings (each once) to `path`: .pdf, .json, .md or .csv. Raises LibraryError."""
        try:
            return export_briefings(self.get_many(briefing_ids), path, page_size)
        except ValueError as error:
            raise _problem(error) from None
