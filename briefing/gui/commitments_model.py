"""The Commitments view's table: one row per commitment across the library, read a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from briefing.gui.formatting import joined
from briefing.library import Library, LibraryError
from briefing.library.tracking import PAGE, status_word

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("Status", "Due", "Actor", "Commitment", "Event", "Date", "Firmness")
STATUS, DUE, ACTOR, TEXT, EVENT, DATE, FIRMNESS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_INK = QColor("#A3341F")
# The library's order for a click on a column header: (ascending, descending); other columns keep the order.
SORTS: dict[int, tuple[str, str]] = {DATE: ("oldest", "newest"), DUE: ("due", "due"), ACTOR: ("actor", "actor"),
                                     STATUS: ("status", "status")}


class CommitmentTableModel(QAbstractTableModel):
    """Rows come from `Library.commitment_page` for the current filter and order, PAGE at a time as
    the view scrolls (canFetchMore / fetchMore); the whole count comes separately (`count`)."""

    read_failed = Signal(str)

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.query = library.commitment_filter()
        self.order = "newest"
        self.rows: list[Any] = []
        self._more = True

    # --- filling -------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self.reload()

    def set_filter(self, query: Any) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a change of filter, order, or the library)."""
        self.beginResetModel()
        self.rows, self._more = [], True
        self._read_page()
        self.endResetModel()

    def _read_page(self) -> list[Any]:
        try:
            page = self.library.commitment_page(self.query, self.order, PAGE, len(self.rows))
        except LibraryError as error:
            self._more = False
            self.read_failed.emit(str(error))
            return []
        self._more = len(page) == PAGE
        self.rows += page
        return page

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        try:
            page = self.library.commitment_page(self.query, self.order, PAGE, len(self.rows))
        except LibraryError as error:
            self._more = False
            self.read_failed.emit(str(error))
            return
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def count(self) -> int:
        return self.library.count_commitments(self.query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTS:
            return
        ascending, descending = SORTS[column]
        wanted = ascending if order == Qt.SortOrder.AscendingOrder else descending
        if wanted != self.order:
            self.order = wanted
            self.reload()

    # --- reading ------------------------------------------------------------------------------

    def row_of(self, commitment_id: int) -> int:
        return next((number for number, row in enumerate(self.rows) if row.id == commitment_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (STATUS, DUE):
            return QBrush(OVERDUE_INK)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _text(row: Any, column: int, tip: bool) -> str:
        if column == STATUS:
            word = status_word(row.status).capitalize()
            return f"{word} — overdue" if row.overdue else word
        if column == DUE:
            return row.due or row.due_text or ""
        if column == ACTOR:
            return row.actor
        if column == TEXT:
            return row.text
        if column == EVENT:
            return f"{row.event_title} ({joined(row.parties)})" if tip and row.parties else row.event_title
        if column == DATE:
            return row.event_date or ""
        return row.firmness or ""
