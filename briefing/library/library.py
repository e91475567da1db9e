"""The Library: the product's one entry point, which the window and the command line both drive.

Opening (where the file is, the claim on it, migrations, read-only), importing (ingest → extract →
review state → store, all or nothing), reading and searching, editing (Edit commands that apply and
revert), deleting and exporting. It owns no widget and no terminal."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing.core import DRAFT, Briefing
from briefing.library import edit_commands, safety
from briefing.library.claim import COMMAND, Claim, ClaimError, Holder
from briefing.library.edit_commands import Edit
from briefing.library.edits import as_reviewed, problems
from briefing.library.errors import DamagedLibraryError, LibraryError, as_library_error, damage_sentence
from briefing.library.importing import Importing
from briefing.library.paths import explicit_db_path, resolve_db_path
from briefing.library.people import People, PersonEdit
from briefing.library.safekeeping import TRASH_DAYS, OpenCheck, Safekeeping
from briefing.library.tracking import TrackEdit, Tracking
from briefing.library.values import EditError
from briefing.store import BriefingRow, Store, StoreError

if TYPE_CHECKING:  # the search code is imported when the first search runs, not to show the list
    from briefing.store.search import SearchResult

T = TypeVar("T")
CLAIM_WAIT_SECONDS = 300.0  # a writing command waits this long for another command to finish
BUSY_RETRY_SECONDS = 120.0  # a write that finds the file locked by another writer retries this long


class Library(Importing, Safekeeping, People, Tracking):
    """One library file. Open it with `Library.open(...)`; use it as a context manager or close() it."""

    def __init__(self, store: Store, claim: Claim | None = None, damage: list[str] | None = None) -> None:
        self.store = store
        self.claim = claim
        self.damage = damage or []  # what the check on open found; a damaged library opens read-only
        self.on_busy: Callable[[], None] | None = None  # told each time a write waits for another writer
        self._open_check: OpenCheck | None = None  # the check a window begins once it is shown

    # --- opening -------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
             claim: Claim | None | bool = True, must_exist: bool = False, seed_sample: bool | None = None,
             check: bool | None = None, beside_window: bool = False,
             on_wait: Callable[[Holder | None], None] | None = None, tidy: bool = True) -> Library:
        """The library at `path` (else BRIEFING_DB, else the user-data folder's default file).

        The default library gets the product's sample on first use (`seed_sample` says otherwise
        for a new file anywhere). `must_exist`: a named file that
        does not exist is an error (reading commands). A writable library is claimed for this
        process: `claim=True` takes the claim as a command does (waiting for another command;
        while a window holds it, refusing, unless `beside_window`: a write that only adds, such as
        an import, goes in beside the window, which shows it when it next looks), a Claim made by
        the caller is kept, False takes none.
        The file is checked first when `check` says so, or (None) when the claim's last holder
        crashed; a damaged library is opened read-only with `damage` saying what is wrong.
        `tidy=False` leaves emptying the trash of old briefings (empty_old_trash) to the caller: the
        window does it just after its first paint."""
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
            if isinstance(error, StoreError) and target.is_file():  # damaged, or not a library at all?
                damage = safety.check_file(target)
                if damage:
                    raise DamagedLibraryError(target, damage) from None
            raise as_library_error(error) from None
        library = cls(store, held)
        if tidy and (held is not None or claim is False):
            library.empty_old_trash()
        return library

    def empty_old_trash(self) -> None:
        """Remove for good the briefings trashed more than TRASH_DAYS ago (a writable library only);
        a failure leaves them for the next time."""
        if not self.read_only:
            with contextlib.suppress(LibraryError, StoreError, sqlite3.Error):
                self.empty_trash(older_than_days=TRASH_DAYS)

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
            raise as_library_error(error) from None
        except sqlite3.ProgrammingError:
            raise LibraryError(f"“{self.path.name}” is closed") from None
        except sqlite3.DatabaseError as error:
            if "interrupt" in str(error):  # a newer search stopped this one
                raise LibraryError("the search was stopped for a newer one") from None
            raise LibraryError(damage_sentence(self.path, [str(error)])) from None

    def count(self) -> int:
        return self._reading(self.store.count)

    def ids(self, order: str = "newest", limit: int | None = None) -> list[int]:
        """The briefings' ids in a list order (Store.ids); with `limit`, the first `limit` only."""
        return self._reading(lambda: self.store.ids(order, limit))

    def rows(self, ids: Sequence[int]) -> dict[int, BriefingRow]:
        return self._reading(lambda: self.store.rows(ids))

    def exists(self, briefing_id: int) -> bool:
        return self._reading(lambda: self.store.exists(briefing_id))

    def get(self, briefing_id: int) -> Briefing:
        return self._reading(lambda: self.store.get(briefing_id))

    def get_many(self, briefing_ids: Iterable[int]) -> list[Briefing]:
        """The briefings in the order given, each once."""
        return [self.get(briefing_id) for briefing_id in dict.fromkeys(briefing_ids)]

    def interchange(self, briefing_ids: Iterable[int]) -> list[Briefing]:
        """The briefings as a briefing/1 file carries them: each once, each commitment with its status history."""
        from briefing.library.carried import with_histories

        chosen = self.get_many(briefing_ids)
        return self._reading(lambda: with_histories(self.store, chosen))

    def stats(self) -> dict[str, int]:
        return self._reading(self.store.stats)

    @staticmethod
    def reads_people(text: str) -> bool:
        """Whether a query in the search language reads the People directory (person: and party:)."""
        return "person:" in text or "party:" in text

    def search(self, text: str, limit: int = 20, offset: int = 0, order: str = "rank",
               prefix_last: bool = True) -> SearchResult:
        """Hits for a query in the search language; never raises on what the user typed (a damaged
        file raises LibraryError saying so)."""
        if self.reads_people(text):
            self.refresh_people(limit=self.match_on_read)
        return self._reading(lambda: self.store.search(text, limit=limit, offset=offset, order=order,
                                                       prefix_last=prefix_last))

    def saved_searches(self) -> list[tuple[int, str, str]]:
        return self._reading(self.store.saved_searches)

    def save_search(self, name: str, query: str) -> int:
        try:
            return self.store.save_search(name, query)
        except StoreError as error:
            raise as_library_error(error) from None

    def delete_saved_search(self, search_id: int) -> None:
        self.store.delete_saved_search(search_id)

    def _retrying(self, write: Callable[[], T]) -> T:
        """Run a write; while another writer holds the file (SQLite's 'database is locked' after
        its busy timeout) try again, for up to BUSY_RETRY_SECONDS, then say so in one sentence."""
        deadline = time.monotonic() + BUSY_RETRY_SECONDS
        while True:
            try:
                done = write()
                self._people_after_write()
                return done
            except StoreError as error:
                raise as_library_error(error) from None
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise as_library_error(error) from None
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
        if reviewed_from is not None and reviewed_from.review == DRAFT:
            briefing = as_reviewed(briefing)
        found = problems(briefing)
        if found:
            raise EditError(" ".join(found[:3]))
        if briefing.id is None:
            return self._retrying(lambda: self.store.add(briefing))
        self._retrying(lambda: self.update_keeping_history(briefing, reviewed_from))
        return briefing.id

    def mark_reviewed(self, briefing_ids: Iterable[int], by: str | None = None) -> list[Edit]:
        """Mark briefings as reviewed (by `by`, else this computer's user, now); returns the edits
        made, which `revert` undoes. Briefings already reviewed are left as they are."""
        self._writable()
        made = []
        for briefing_id in dict.fromkeys(briefing_ids):
            edit = edit_commands.mark_reviewed(self.get(briefing_id), by)
            if edit.changes_anything:
                self._retrying(lambda e=edit: self.store.update(e.after))
                made.append(edit)
        return made

    def drafts(self) -> list[int]:
        """The ids of the briefings not yet reviewed, newest first."""
        drafted = set(self._reading(self.store.draft_ids))
        return [i for i in self.ids("newest") if i in drafted]

    def apply(self, edit: Edit | PersonEdit | TrackEdit) -> int:
        """Write a stored briefing as the edit leaves it (or record a merge or split of people)."""
        if isinstance(edit, PersonEdit):
            return self.apply_person_edit(edit)
        if isinstance(edit, TrackEdit):  # a commitment's status: add its history entry
            return self.apply_track(edit)
        return self.save(edit.after)

    def revert(self, edit: Edit | PersonEdit | TrackEdit) -> int:
        """Write a stored briefing back as it was before the edit (or take a merge or split back)."""
        if isinstance(edit, PersonEdit):
            return self.revert_person_edit(edit)
        if isinstance(edit, TrackEdit):  # a commitment's status: take its history entry back
            return self.revert_track(edit)
        return self.save(edit.before)

    def _writable(self) -> None:
        self._wait_for_open_check()
        if self.damage:
            raise LibraryError(damage_sentence(self.path, self.damage))
        if self.read_only:
            raise LibraryError(f"“{self.path.name}” is open read-only: nothing can be written to it here")

    # --- exporting -----------------------------------------------------------------------------------

    def export(self, briefing_ids: Iterable[int], path: Path, page_size: str | None = None) -> Path:
        """Write the briefings (each once) to `path`: .pdf, .json, .md or .csv. Raises LibraryError."""
        from briefing.library.exporting import export_briefings

        try:
            chosen = self.interchange(briefing_ids) if path.suffix.lower() == ".json" else self.get_many(briefing_ids)
            return export_briefings(chosen, path, page_size)
        except ValueError as error:
            raise as_library_error(error) from None
