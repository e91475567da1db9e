"""The library list: a table model that holds only briefing ids and fetches rows lazily in windows."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from briefing.gui.formatting import joined
from briefing.library import BriefingRow, Library, LibraryError

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Date", "Kind", "Parties")
TITLE, DATE, KIND, PARTIES = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_BADGE = "[Draft]"
UNREADABLE = "(this briefing could not be read)"  # the title of a row whose data the file lost
# Columns the store can order by itself: (ascending order, descending order or None = reversed asc).
STORE_ORDERS: dict[int, tuple[str, str | None]] = {TITLE: ("title", None), DATE: ("oldest", "newest")}
# Below this many rows sorting reads the rows (cheap); above it, uses the store's order when it has one.
SMALL = 5000


def _sort_key(column: int) -> Callable[[BriefingRow], str]:
    if column == TITLE:
        return lambda row: row.title.casefold()
    if column == DATE:
        return lambda row: row.event_date or ""
    if column == KIND:
        return lambda row: (row.event_kind or "").casefold()
    return lambda row: joined(row.parties).casefold()


class BriefingListModel(QAbstractTableModel):
    """Rows are briefing ids in display order; titles, dates... are fetched from the store on demand."""

    read_failed = Signal(str)
    """A row could not be read (the file went missing or was damaged while open): the sentence why, once."""

    def __init__(self, library: Library, window: int = 100, cache_size: int = 2000, parent: Any = None,
                 first_page: int | None = None) -> None:
        """`first_page`: read only that many ids now (the window's first paint needs no more) and the rest
        with load_rest(), which appends them as inserted rows; None reads every id now."""
        super().__init__(parent)
        self.library = library
        self.window = window
        self.cache_size = max(cache_size, window * 2)
        self.fetched_rows = 0  # how many rows were read from the store (tests and benchmarks)
        self._ids: list[int] = []
        self._cache: OrderedDict[int, BriefingRow] = OrderedDict()
        self._failure: str | None = None
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._ids, self._complete = self._ordered_ids(first_page)

    # --- Qt overrides ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if not isinstance(row.title, str):  # (a title is never missing in a sound file: NOT NULL)
            return UNREADABLE if column == TITLE else ""
        if column == TITLE:  # a draft carries its badge in words, for the eye and for a screen reader
            if row.review == "draft":
                return f"{DRAFT_BADGE} {row.title}" if role == Qt.ItemDataRole.DisplayRole else \
                    f"{row.title}\n(draft: not yet reviewed)"
            return row.title
        if column == DATE:
            return row.event_date or ""
        if column == KIND:
            return row.event_kind or ""
        return joined(row.parties)

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802 - Qt's name; a view scrolled to the last row
        if not parent.isValid():
            self.load_rest()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self.reload()

    # --- ids and rows --------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, briefing_id: int) -> int:
        """The row showing `briefing_id`, or -1. O(n) over ids, not rows: fine for 100,000. Looking
        past the first page reads the rest of the ids first."""
        try:
            return self._ids.index(briefing_id)
        except ValueError:
            if self._complete:
                return -1
        self.load_rest()
        return self.row_of(briefing_id)

    def row_at(self, row: int) -> BriefingRow | None:
        """The list row at `row`, reading a window of rows around it from the store on a miss."""
        briefing_id = self._ids[row]
        cached = self._cache.get(briefing_id)
        if cached is not None:
            self._cache.move_to_end(briefing_id)
            return cached
        start = max(0, row - self.window // 4)
        wanted = [i for i in self._ids[start:start + self.window] if i not in self._cache]
        try:
            self._remember(self.library.rows(wanted))
        except LibraryError as error:  # raised inside Qt's data(): say it once, then read the row alone
            self._report(str(error))
            with contextlib.suppress(LibraryError):  # a damaged page takes its rows, not all those around
                self._remember(self.library.rows([briefing_id]))
        if briefing_id not in self._cache:  # listed, yet not found where its row was: the page is lost
            self._remember({briefing_id: BriefingRow(briefing_id, UNREADABLE, None, None, [])})
        return self._cache.get(briefing_id)

    def _report(self, failure: str) -> None:
        if failure != self._failure:
            self._failure = failure
            self.read_failed.emit(failure)

    def _remember(self, rows: dict[int, BriefingRow]) -> None:
        self.fetched_rows += len(rows)
        for briefing_id, row in rows.items():
            self._cache[briefing_id] = row
            self._cache.move_to_end(briefing_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def use_library(self, library: Library) -> None:
        """List another library (the window reloads the model afterwards)."""
        self.library = library
        self._cache.clear()
        self._failure = None

    def cached_count(self) -> int:
        return len(self._cache)

    # --- ordering ---------------------------------------------------------------------------------

    def is_complete(self) -> bool:
        """Every id is listed (False only between a first page and load_rest())."""
        return self._complete

    def reload(self, forget_rows: bool = False) -> None:
        """Re-read the ids (after a sort or a write); `forget_rows` also drops cached rows."""
        try:
            ids, _ = self._ordered_ids()
        except LibraryError as error:  # keep showing what was listed; say why it is not refreshed
            self._report(str(error))
            return
        self.beginResetModel()
        if forget_rows:
            self._cache.clear()
        self._ids, self._complete = ids, True
        self.endResetModel()

    def load_rest(self) -> bool:
        """After a first page: read every id and append the rows past it (rows inserted, so the selection
        and the rows shown stay). False when the first page itself changed meanwhile (another program
        wrote to the library) and the list was reset instead; True otherwise, or when there is nothing to do."""
        if self._complete:
            return True
        try:
            ids, _ = self._ordered_ids()
        except LibraryError as error:  # the first page stays; a later fetch tries again
            self._report(str(error))
            return True
        self._complete = True
        have = len(self._ids)
        if ids[:have] != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return False
        if len(ids) > have:
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        return True

    def _ordered_ids(self, limit: int | None = None) -> tuple[list[int], bool]:
        """The ids in the list's order, and whether that is all of them: `limit` reads only the first
        ones where the store's order is the list's (newest first, oldest first, by title)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        store_order = STORE_ORDERS.get(self._sort_column)
        if store_order is not None:
            ascending, reverse = store_order
            if descending and reverse is None:
                return self.library.ids(ascending)[::-1], True
            order = reverse if descending else ascending
            if limit is None:
                return self.library.ids(order), True
            ids = self.library.ids(order, limit)
            return ids, len(ids) < limit
        return self._sorted_by_rows(self.library.ids("id"), self._sort_column, descending), True

    def _sorted_by_rows(self, ids: list[int], column: int, descending: bool) -> list[int]:
        """Sort ids by a column read from their rows, in chunks; empty values always go last."""
        key = _sort_key(column)
        keyed: list[tuple[str, int]] = []
        empty: list[int] = []
        for offset in range(0, len(ids), 2000):
            chunk = ids[offset:offset + 2000]
            rows = {i: self._cache[i] for i in chunk if i in self._cache}
            missing = [i for i in chunk if i not in rows]
            if missing:
                rows.update(self.library.rows(missing))
            for briefing_id in chunk:
                row = rows.get(briefing_id)
                value = key(row) if row is not None else ""
                if value:
                    keyed.append((value, briefing_id))
                else:
                    empty.append(briefing_id)
        keyed.sort(reverse=descending)
        return [briefing_id for _, briefing_id in keyed] + empty


class LibraryProxyModel(QSortFilterProxyModel):
    """The one proxy between the list model and its view; sorting is delegated to the source model.

    Sorting 100,000 rows in a proxy would read every row; the source model instead asks the
    store for ids in order, so the proxy maps rows one to one.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is None:
            return
        slow = source.rowCount() > SMALL and column not in STORE_ORDERS
        if slow:  # reads every row once: about a second for 100,000 briefings
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            source.sort(column, order)
        finally:
            if slow:
                QGuiApplication.restoreOverrideCursor()

    def id_at(self, row: int) -> int | None:
        value = self.index(row, 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def row_of(self, briefing_id: int) -> int:
        source = self.sourceModel()
        if not isinstance(source, BriefingListModel):
            return -1
        source_row = source.row_of(briefing_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(source.index(source_row, 0)).row()
