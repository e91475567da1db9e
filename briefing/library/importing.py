"""Importing into the Library: files read as they are needed (ingest → extract → draft), duplicates sorted out."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing.core import Briefing, InterchangeError, briefing_notes
from briefing.core.interchange import iter_file
from briefing.library import safety
from briefing.library.articles import draft_from_file, is_interchange
from briefing.library.edits import as_draft
from briefing.library.errors import LibraryError, as_library_error
from briefing.library.values import EditError
from briefing.store.maintenance import highest_briefing_id

if TYPE_CHECKING:  # duplicates and carried histories are imported when an import first needs them
    from briefing.library.carried import CarriedHistories
    from briefing.library.duplicates import Duplicate
    from briefing.store import Store
    from briefing.store.batch_writing import Prepared

T = TypeVar("T")
READ_AHEAD_FROM = 100  # briefings added at once from which they are made ready to write in a helper thread


@dataclass
class ImportResult:
    """What an import added: the new ids, in file order, and those a person should check first;
    the duplicates it skipped and the briefings it replaced."""

    ids: list[int] = field(default_factory=list)
    to_check: list[int] = field(default_factory=list)
    skipped: list[Duplicate] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)


class Importing:
    """The Library's import methods (a part of Library; `store`, `count`, `backup`, `_writable`,
    `_reading` and `_retrying` are the Library's)."""

    store: Store

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
        for briefing, _from_article in Importing._sources(paths, published, progress, warn):
            yield briefing

    @staticmethod
    def _sources(paths: Iterable[Path], published: str | None, progress: Callable[[int, Path], None] | None,
                 warn: Callable[[str], None] | None) -> Iterator[tuple[Briefing, bool]]:
        """(briefing, whether it was extracted from an article) for each briefing the files hold."""
        for number, path in enumerate(paths, start=1):
            if progress is not None:
                progress(number, path)
            try:
                if is_interchange(path):
                    for briefing in iter_file(path):
                        yield briefing, False
                else:
                    yield as_draft(draft_from_file(path, published, warn)), True
            except (InterchangeError, EditError) as error:
                raise as_library_error(error) from None
            except Exception as error:  # ingest's IngestError and anything a reader trips on
                raise LibraryError(f"{path}: {getattr(error, 'problem', None) or error}") from None

    @staticmethod
    def _read_ahead(paths: Sequence[Path],
                    progress: Callable[[int, Path], None] | None) -> Iterator[tuple[Prepared, bool]]:
        """(prepared briefing, False) for each record of the interchange files, read, checked and made
        ready to write in a helper thread while the caller writes those before; `progress` is called here."""
        from briefing.library.read_ahead import read_ahead
        from briefing.store.batch_writing import Prepared, prepare

        def made() -> Iterator[tuple[int, Path] | Prepared]:  # (in the helper thread)
            for number, path in enumerate(paths, start=1):
                yield number, path
                for briefing, _from_article in Importing._sources([path], None, None, None):
                    yield prepare(briefing)

        for item in read_ahead(made()):
            if isinstance(item, Prepared):
                yield item, False
            elif progress is not None:
                progress(*item)

    @staticmethod
    def read_files(paths: Iterable[Path], published: str | None = None,
                   progress: Callable[[int, Path], None] | None = None) -> list[Briefing]:
        """Every briefing the files hold (see iter_files); reads only."""
        return list(Importing.iter_files(paths, published, progress))

    def import_files(self, paths: Iterable[Path], published: str | None = None,
                     progress: Callable[[int, Path], None] | None = None,
                     written: Callable[[int], None] | None = None,
                     warn: Callable[[str], None] | None = None, duplicates: str = "keep",
                     records: str | None = None, stage: Callable[[str], None] | None = None) -> ImportResult:
        """Read the files and add their briefings as they are read, in one transaction: all of them
        or none (a bad record late in a big file leaves the library as it was). Memory stays flat.
        A bulk import into a library that holds briefings is backed up first. `duplicates` says
        what to do with an article already in the library: "skip" it, "keep" both, or "replace" the
        stored one (keeping its review history); `records` the same for a record of a .json/.jsonl file
        (the same article, or a commitment uid already stored), by default as `duplicates`. `stage`
        hears what the import does before its first briefing when that takes a while (the backup)."""
        from briefing.library.carried import CarriedHistories
        from briefing.store.batch_writing import Prepared
        self._writable()
        paths = list(paths)
        if safety.is_bulk(paths) and self.count() > 0:
            if stage is not None:
                stage(f"backing up the library first ({self.path.stat().st_size / 1e6:,.0f} MB)…")
            self.backup(reason="before-import")
        flagged: list[bool] = []
        result = ImportResult()

        record_choice = records or duplicates
        only_records = all(is_interchange(path) for path in paths)
        # a briefing looked up in the library must find the ones before it written: one at a time then
        looked_up = record_choice != "keep" or (duplicates != "keep" and not only_records)

        def briefings() -> Iterator[Briefing | Prepared]:
            flagged.clear()
            result.skipped.clear()
            result.replaced.clear()
            carried.clear()
            for item, from_article in (self._sources(paths, published, progress, warn) if looked_up or not only_records
                                       else self._read_ahead(paths, progress)):
                briefing = item.briefing if isinstance(item, Prepared) else item
                old_id = None if from_article else briefing.id
                if self._sorted_out(briefing, duplicates if from_article else record_choice, result,
                                    first_new, None if from_article else carried):
                    continue
                briefing.id = None  # the library numbers what it stores
                flagged.append(bool(briefing_notes(briefing)))
                yield item
                carried.written(old_id, briefing)

        first_new = highest_briefing_id(self.store.conn) + 1
        carried = CarriedHistories(self.store, first_new, warn)
        # after the last briefing is written, inside the import's transaction: histories and their evidence links
        result.ids = self._retrying(lambda: self.store.add_stream(briefings(), progress=written, finish=carried.write))
        result.to_check = [i for i, flag in zip(result.ids, flagged) if flag]
        return result

    def find_duplicate(self, briefing: Briefing) -> Duplicate | None:
        """The stored briefing that `briefing` repeats (same source address, same text, or same title
        and nearly the same text), if any."""
        from briefing.library.duplicates import find_duplicate
        return self._reading(lambda: find_duplicate(self.store, briefing))

    def _sorted_out(self, briefing: Briefing, duplicates: str, result: ImportResult, first_new: int,
                    record: CarriedHistories | None = None) -> bool:
        """True when the briefing is not to be added as new: a duplicate skipped, or one that replaced
        the stored briefing (inside the import's transaction). A copy within the same import is skipped.
        A `record` of an interchange file is also a duplicate when one of its commitment uids is stored;
        it replaces as it is (its review state too), and its histories are written with `record`."""
        if duplicates == "keep":  # (before the imports: this runs for every briefing of an import)
            return False
        from briefing.library.carried import uid_duplicate
        from briefing.library.duplicates import CHOICES as DUPLICATE_CHOICES
        from briefing.library.duplicates import find_duplicate, replacement
        if duplicates not in DUPLICATE_CHOICES:
            raise LibraryError(f"{duplicates!r} is not one of {', '.join(DUPLICATE_CHOICES)}")
        found = find_duplicate(self.store, briefing)
        if found is None and record is not None:
            found = uid_duplicate(self.store, briefing)
        if found is None:
            return False
        if duplicates == "replace" and found.existing_id < first_new:
            old_id = briefing.id
            if record is None:
                self.store.update(replacement(briefing, self.store.get(found.existing_id)))
            else:
                briefing.id = found.existing_id
                self.store.update(briefing)
                record.replacing(old_id, briefing, found.existing_id)
            result.replaced.append(found.existing_id)
        else:
            result.skipped.append(found)
        return True

    def add(self, briefings: Sequence[Briefing], drafts: bool = False, duplicates: str = "keep",
            warn: Callable[[str], None] | None = None) -> ImportResult:
        """Add briefings (new ids; `drafts`: marked for review) in one transaction; `duplicates` as
        for import_files (not drafts: as for records). A bulk import into a library that holds briefings
        is backed up first. Commitments' status histories (read from interchange files) are added too."""
        from briefing.library.carried import CarriedHistories
        from briefing.library.read_ahead import read_ahead
        from briefing.store.batch_writing import Prepared, prepare
        self._writable()
        if len(briefings) > safety.BULK_IMPORT and self.count() > 0:
            self.backup(reason="before-import")
        result = ImportResult()
        first_new = highest_briefing_id(self.store.conn) + 1
        added: list[Briefing] = []

        def copies() -> Iterator[tuple[int | None, Briefing]]:
            for briefing in briefings:
                yield briefing.id, as_draft(briefing) if drafts else copy.copy(briefing)

        def briefings_to_add() -> Iterator[Briefing | Prepared]:
            added.clear()
            result.skipped.clear()
            result.replaced.clear()
            carried.clear()
            # many, none looked up: made ready to write in a helper thread while those before are written
            ahead = duplicates == "keep" and len(briefings) >= READ_AHEAD_FROM
            for old_id, item in read_ahead((old, prepare(b)) for old, b in copies()) if ahead else copies():
                prepared = item.briefing if isinstance(item, Prepared) else item
                if self._sorted_out(prepared, duplicates, result, first_new, None if drafts else carried):
                    continue
                prepared.id = None  # the library numbers what it stores
                added.append(prepared)
                yield item
                carried.written(old_id, prepared)

        carried = CarriedHistories(self.store, first_new, warn)
        # the status histories read with them (from interchange files), in the same transaction
        result.ids = self._retrying(lambda: self.store.add_stream(briefings_to_add(), finish=carried.write))
        result.to_check = [i for i, b in zip(result.ids, added) if briefing_notes(b)]
        return result
