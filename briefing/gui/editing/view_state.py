"""What the edit-mode panes keep across a redisplay: the current row, the selection and the scroll position."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea

Flag = QItemSelectionModel.SelectionFlag


def scroll_later(area: QAbstractScrollArea, value: int) -> None:
    """Set the vertical scroll position once the new contents are laid out (rows get heights late)."""
    QTimer.singleShot(0, area, lambda: area.verticalScrollBar().setValue(value))


@dataclass
class TableState:
    """A table's current cell, selected rows and scroll position, to put back after its model reset."""

    row: int = -1
    column: int = 0
    rows: list[int] = field(default_factory=list)
    scroll: int = 0

    @classmethod
    def capture(cls, view: QAbstractItemView) -> TableState:
        index = view.currentIndex()
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return cls(index.row(), max(index.column(), 0), rows, view.verticalScrollBar().value())

    def restore(self, view: QAbstractItemView) -> None:
        """Rows past the end (after a delete) fall back to the last row."""
        model, selection = view.model(), view.selectionModel()
        count = model.rowCount()
        if count and self.row >= 0:
            selection.setCurrentIndex(model.index(min(self.row, count - 1), self.column),
                                      Flag.ClearAndSelect | Flag.Rows)
            for other in self.rows:
                if other < count:
                    selection.select(model.index(other, 0), Flag.Select | Flag.Rows)
        scroll_later(view, self.scroll)
