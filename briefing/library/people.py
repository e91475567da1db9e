"""The People directory of a Library: list, look up, merge and split people; person and party pages."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing.library.errors import LibraryError, as_library_error
from briefing.store import StoreError
from briefing.store import people as sql
from briefing.store import people_queries as queries

if TYPE_CHECKING:
    from briefing.library.people_pages import PartyPage, PersonPage, PersonRow
    from briefing.store import Store

# The directory's matching (people_directory, people_rules) and pages (people_pages) are imported by the
# methods that use them: opening a library and showing the window need none of them.

T = TypeVar("T")
REFRESH_AFTER_WRITE = 500  # a write leaving more briefings than this to match leaves it for later (a read matches them)
REFRESH_ON_READ = 5000  # a read brings this many changed briefings up to date itself; more take refresh_people
SUGGESTIONS = 3
LISTED = 8  # an ambiguous name lists this many of the people it fits, then says how many others


@dataclass(frozen=True)
class PersonEdit:
    """A merge or split of people: it applies and reverts (the window's undo stack), like a briefing's Edit.
    It records a decision over the automatic matching; no participant of any briefing is changed."""

    text: str
    kind: str  # "merge" or "split"
    keys: tuple[tuple[int, str], ...]  # the participants it names: (briefing id, folded name)
    decision_id: int
    origins: tuple[int, ...] = ()  # the person each of `keys` belonged to before (undo gives numbers back)


class People:
    """The Library's People methods (`store`, `read_only`, `_writable`, `_reading` and `_retrying` are
    the Library's)."""

    store: Store
    read_only: bool
    match_on_read: int = REFRESH_ON_READ  # changed briefings a read matches itself (the window lowers it)
    _reading: Callable[..., T]  # type: ignore[valid-type]
    _retrying: Callable[..., T]  # type: ignore[valid-type]
    _writable: Callable[[], None]
    wait_for_check: Callable[[], list[str]]

    # --- keeping the directory up to date --------------------------------------------------------------

    def refresh_people(self, limit: int | None = None, should_stop: Callable[[], bool] | None = None) -> int:
        """Match the participants of briefings added, changed or deleted since the last time (all of
        them after an upgrade); returns how many briefings were looked at. A read-only library is read
        as it is. With `limit`, more changed briefings than that are left for the next read; when
        `should_stop()` says so (between batches), the rest is left too."""
        conn = self.store.conn
        if self.read_only or self.wait_for_check() or not sql.has_directory(conn):  # damaged: never written
            return 0
        from briefing.library.people_rules import RULES

        if not sql.rules_match(conn, RULES):  # matched by other rules (an older Briefing's): all again

            def mark() -> None:
                with conn:
                    sql.mark_rules(conn, RULES)
            self._retrying(mark)
        if not sql.is_dirty(conn):
            return 0
        if limit is not None and sql.dirty_count(conn, more_than=limit) > limit:
            return 0
        from briefing.library import people_directory

        return self._retrying(lambda: people_directory.refresh(conn, should_stop))

    def _people_after_write(self) -> None:
        """After a write: bring the directory up to date unless much changed (an import of hundreds; in
        the window, more than its reads match), which the next read of the directory does. A failure
        here leaves the changes marked, never lost."""
        if getattr(self, "_people_busy", False):
            return
        self._people_busy = True
        try:
            with contextlib.suppress(sqlite3.Error, LibraryError, StoreError):
                self.refresh_people(limit=min(REFRESH_AFTER_WRITE, self.match_on_read))
        finally:
            self._people_busy = False

    def people_pending(self) -> bool:
        """Whether briefings changed since the directory was last brought up to date."""
        conn = self.store.conn
        return self._reading(lambda: sql.has_directory(conn) and sql.is_dirty(conn))

    def rebuild_people(self) -> None:
        """Match every participant again (the user's merges and splits are kept)."""
        self._writable()
        conn = self.store.conn
        from briefing.library import people_directory

        def rebuild() -> None:
            with conn:
                people_directory.rebuild(conn)
                sql.clear_dirty(conn)
        self._retrying(rebuild)

    def _directory(self) -> sqlite3.Connection:
        conn = self.store.conn
        if not self._reading(lambda: sql.has_directory(conn)):
            raise LibraryError("this library has no People directory yet: open it once with a writable copy of "
                               "Briefing to upgrade it")
        self.refresh_people(limit=self.match_on_read)
        return conn

    def people_backlog(self) -> int:
        """How many briefings changed since the directory was last brought up to date (reads bring up
        to `match_on_read` of them up to date themselves; more wait for `refresh_people`)."""
        conn = self.store.conn
        return self._reading(lambda: sql.dirty_count(conn) if sql.has_directory(conn) else 0)

    # --- reading ----------------------------------------------------------------------------------------

    def people(self, filter_text: str = "", limit: int | None = None) -> list[PersonRow]:
        """Every person, by name; `filter_text` keeps those with a name, title or party word starting with
        each word typed ('gov jilin')."""
        from briefing.library.people_pages import PersonRow
        from briefing.library.people_rules import fold

        conn = self._directory()
        words = fold(filter_text).split()
        return self._reading(lambda: list(map(PersonRow._make, queries.people_rows(conn, words, limit))))

    def people_ids(self, filter_text: str = "") -> list[int]:
        """The ids of every person (or those `filter_text` keeps), by name; a view fetches their rows
        a window at a time with `people_rows`."""
        from briefing.library.people_rules import fold

        conn = self._directory()
        words = fold(filter_text).split()
        return self._reading(lambda: queries.people_order(conn, words))

    def people_rows(self, person_ids: Iterable[int]) -> dict[int, PersonRow]:
        """The directory rows of the given people, by id."""
        from briefing.library.people_pages import PersonRow

        conn = self.store.conn
        rows = self._reading(lambda: queries.people_by_ids(conn, list(person_ids)))
        return {row[0]: PersonRow._make(row) for row in rows}

    def find_person(self, name_or_id: str | int, whole_name: bool = False) -> PersonRow:
        """The person with that number, name, alias or title words (with `whole_name`, only a whole name
        or alias); LibraryError naming near names when there is none, or the candidates when several fit."""
        from briefing.library.people_rules import fold

        conn = self._directory()
        text = str(name_or_id).strip()
        if text.isdigit():
            return self._person_row(int(text))
        folded = fold(text)
        if not folded:
            raise LibraryError("Give a person's name or number.")
        named = self._reading(lambda: queries.names(conn))
        fits = [(i, name, events) for i, name, events in named if fold(name) == folded]
        if not fits:  # an alias, a title or part of a name: a whole name first ('Jing' is Jing Junhai's alias)
            rows = self._reading(lambda: queries.people_search_rows(conn, folded.split()))
            whole = [(r[0], r[1], r[2]) for r in rows if folded in (part.strip() for part in r[3].split("|"))]
            fits = whole or ([] if whole_name else [(r[0], r[1], r[2]) for r in rows])
        if len(fits) == 1:
            return self._person_row(fits[0][0])
        if len(fits) > 1:
            best = sorted(fits, key=lambda r: -r[2])
            if best[0][2] > best[1][2] and fold(best[0][1]) == folded:
                return self._person_row(best[0][0])
            shown = best[:LISTED] if len(best) > LISTED + 1 else best  # never 'and 1 other'
            listed = ", ".join(f"{name} ({person_id})" for person_id, name, _ in shown)
            more = f" and {len(best) - len(shown)} others" if len(best) > len(shown) else ""
            raise LibraryError(f"“{text}” fits {len(fits)} people: {listed}{more}; give the number.")
        import difflib

        near = difflib.get_close_matches(text, [r[1] for r in named], n=SUGGESTIONS, cutoff=0.6)
        hint = f"; did you mean {' or '.join(f'“{n}”' for n in near)}?" if near else "."
        raise LibraryError(f"No person called “{text}” in this library{hint}")

    def _person_row(self, person_id: int) -> PersonRow:
        from briefing.library.people_pages import person_row

        row = self._reading(lambda: queries.person_row(self.store.conn, person_id))
        if row is None:
            into = self._reading(lambda: sql.moved_into(self.store.conn, person_id))
            if into is not None:
                raise LibraryError(f"Person {person_id} was merged into {into} ({self._person_row(into).name}).")
            raise LibraryError(f"There is no person number {person_id} in this library.")
        return person_row(row)

    def person_in(self, briefing_id: int, name: str) -> PersonRow:
        """The person a briefing's participant `name` is (the directory entry a click on the name opens)."""
        from briefing.library.people_rules import fold

        conn = self._directory()
        person_id = self._reading(lambda: queries.person_of_participant(conn, briefing_id, fold(name)))
        if person_id is None:
            raise LibraryError(f"“{name}” of briefing {briefing_id} is not in the People directory.")
        return self._person_row(person_id)

    def person(self, name_or_id: str | int) -> PersonPage:
        """A person's page: names and titles over time, events in date order, statements, commitments, parties."""
        from briefing.library.people_pages import person_page

        row = self.find_person(name_or_id)
        return self._reading(lambda: person_page(self.store.conn, row))

    def party(self, name: str, matching: str | None = None) -> PartyPage:
        """A party's page: its events, its people and its commitments; LibraryError when nothing names it.
        `matching`: the words asked for, when `name` is the party they were found to name ('Jilin' for
        'Jilin province'): the events are theirs, as a party filter of those words finds them."""
        from briefing.library.people_pages import party_page
        from briefing.library.people_rules import fold

        conn = self._directory()
        if not fold(name):
            raise LibraryError("Give a party's name.")
        page = self._reading(lambda: party_page(conn, name, matching))
        if not page.encounters:
            raise LibraryError(f"No briefing names the party “{name.strip()}”.")
        return page

    def export_profile(self, name: str, path: Path, page_size: str | None = None) -> Path:
        """Write the one-page profile sheet of the person (else the party) called `name` to a .pdf file."""
        from briefing.library.exporting import refuse_read_only
        from briefing.library.people_export import party_sheet, person_sheet, profile_of, write_profile
        from briefing.library.people_pages import PersonPage
        from briefing.store.commitments import event_marks

        page = profile_of(self, name)
        ids = sorted({e.briefing_id for e in page.encounters} | {c.briefing_id for c in page.commitments})
        marks = self._reading(lambda: event_marks(self.store.conn, ids))
        sheet = person_sheet(page, marks) if isinstance(page, PersonPage) else party_sheet(page, marks)
        try:
            refuse_read_only(Path(path))
            return write_profile(sheet, Path(path), page_size)
        except ValueError as error:
            raise as_library_error(error) from None

    def page(self, name_or_id: str | int) -> PersonPage | PartyPage:
        """The page NAME stands for, as `briefing person` and a profile sheet read it: 'party:X' or
        'person:X' says which; a number or a person's whole name or alias is that person; else a party
        whose name it is ('Jilin' for 'Jilin province'); else the person its words fit; else the party."""
        text = str(name_or_id).strip()
        kind, colon, rest = text.partition(":")
        if colon and kind.strip().lower() == "party":
            return self.party(rest)
        if colon and kind.strip().lower() == "person":
            return self.person(rest)
        if text.isdigit():
            return self.person(text)
        with contextlib.suppress(LibraryError):
            return self.person(self.find_person(text, whole_name=True).id)
        party = self.party_called(text)
        if party is not None:
            return self.party(party, matching=text)
        try:
            return self.person(text)
        except LibraryError as person_error:
            if "fits" in str(person_error):
                raise
            try:
                return self.party(text)
            except LibraryError:
                raise LibraryError(str(person_error).replace("No person called", "No person or party called", 1)) \
                    from None

    def party_called(self, name: str) -> str | None:
        """The party `name` names, as a briefing writes it: a party of an event, or an organisation or
        country of a participant, with the same words besides generic ones ('Jilin' -> 'Jilin province')."""
        from briefing.library.people_pages import party_words

        words = party_words(name)
        if not words:
            return None
        conn = self._directory()
        found = self._reading(lambda: queries.party_names_with(conn, words[0]))
        fits = [party for party in found if party_words(party) == words]
        exact = [party for party in fits if party.strip().casefold() == name.strip().casefold()]
        return (exact or sorted(fits, key=len) or [None])[0]

    def party_named(self, name: str) -> bool:
        """Whether a briefing lists a party called exactly `name` (any case)."""
        conn = self.store.conn
        return self._reading(lambda: queries.party_named(conn, name.strip()))

    # --- merging and splitting --------------------------------------------------------------------------

    def merge_people(self, person_ids: Iterable[int]) -> PersonEdit:
        """The edit that makes the given people one (apply it with `apply`)."""
        chosen = list(dict.fromkeys(int(i) for i in person_ids))
        if len(chosen) < 2:
            raise LibraryError("Choose two or more people to merge.")
        conn = self._directory()
        mentions = self._reading(lambda: sql.mentions_of_people(conn, chosen))
        found = {m.person_id for m in mentions}
        missing = [str(i) for i in chosen if i not in found]
        if missing:
            raise LibraryError(f"There is no person number {missing[0]} in this library.")
        names = [self.find_person(i).name for i in chosen]
        origins = {(m.briefing_id, m.name_key): m.person_id for m in mentions}
        return PersonEdit(f"Merge {' and '.join(names[:2])}{' and others' if len(names) > 2 else ''}", "merge",
                          tuple(origins), self._next_decision(), tuple(p or 0 for p in origins.values()))

    def split_person(self, person_id: int, briefing_ids: Iterable[int]) -> PersonEdit:
        """The edit that takes the person's participants in the given briefings out into a person of their own."""
        conn = self._directory()
        mentions = self._reading(lambda: sql.mentions_of_people(conn, [int(person_id)]))
        if not mentions:
            raise LibraryError(f"There is no person number {person_id} in this library.")
        chosen = set(briefing_ids)
        moving = [m for m in mentions if m.briefing_id in chosen]
        if not moving:
            raise LibraryError(f"{mentions[0].name} took part in none of those briefings.")
        if len(moving) == len(mentions):
            raise LibraryError("Leave at least one event with the person: a split makes two people of one.")
        origins = {(m.briefing_id, m.name_key): m.person_id for m in moving}
        return PersonEdit(f"Split {moving[0].name} off", "split", tuple(origins), self._next_decision(),
                          tuple(p or 0 for p in origins.values()))

    def _people_up_to_date(self) -> None:
        """Before a merge or split: the directory matched (up to `match_on_read` changed briefings here;
        more are being matched elsewhere, as the window does in the background, and are waited for)."""
        self.refresh_people(limit=self.match_on_read)
        if self.people_backlog() > self.match_on_read:
            raise LibraryError("People are still being matched across the briefings changed lately; "
                               "try again when that has finished")

    def _next_decision(self) -> int:
        row = self.store.conn.execute("select coalesce(max(id), 0) + 1 from person_decisions").fetchone()
        return int(row[0])

    def apply_person_edit(self, edit: PersonEdit) -> int:
        """Record the merge or split and match the people it names again, in one transaction."""
        self._writable()
        self._people_up_to_date()
        conn = self.store.conn
        from briefing.library import people_directory

        def write() -> int:
            with conn:
                sql.add_decision(conn, edit.kind, edit.keys, _now(), edit.decision_id)
                people_directory.recluster(conn, edit.keys)
            return edit.decision_id
        return self._retrying(write)

    def revert_person_edit(self, edit: PersonEdit) -> int:
        """Take the merge or split back: the people are matched as before it."""
        self._writable()
        self._people_up_to_date()
        conn = self.store.conn
        from briefing.library import people_directory

        def write() -> int:
            with conn:
                sql.delete_decision(conn, edit.decision_id)
                people_directory.recluster(conn, edit.keys, dict(zip(edit.keys, edit.origins, strict=False)))
            return edit.decision_id
        return self._retrying(write)


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")
