"""The saved-searches list of the sidebar: a click runs one, the context menu or Del deletes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu, QWidget

from briefing.gui.colors import secondary_text

ID_ROLE = Qt.ItemDataRole.UserRole + 30
QUERY_ROLE = Qt.ItemDataRole.UserRole + 31
EMPTY_TEXT = "Saved searches appear here: type a query, then Edit ▸ Save Search…"


class SavedSearchesList(QListWidget):
    """Shows (id, name, query) rows; emits `run_requested(query)` and leaves writing to its owner."""

    run_requested = Signal(str)

    def __init__(self, run_action: QAction, delete_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(_viewport(self))
        self.run_action = run_action
        self.delete_action = delete_action
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemClicked.connect(self._run_item)
        self.itemActivated.connect(self._run_item)
        self.currentItemChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def set_searches(self, searches: list[tuple[int, str, str]], select_id: int | None = None) -> None:
        """Fill the list with the store's saved searches, keeping or moving the selection."""
        keep = select_id if select_id is not None else self.current_id()
        self.blockSignals(True)
        self.clear()
        for search_id, name, query in searches:
            item = QListWidgetItem(name, self)
            item.setData(ID_ROLE, search_id)
            item.setData(QUERY_ROLE, query)
            item.setToolTip(f"{name}: {query}")
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 8))
            if search_id == keep:
                self.setCurrentItem(item)
        self.blockSignals(False)
        self._update_actions()
        self.viewport().update()

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def current_name(self) -> str:
        item = self.currentItem()
        return "" if item is None else item.text()

    def queries(self) -> dict[str, str]:
        """Name → query of every listed search."""
        return {self.item(row).text(): self.item(row).data(QUERY_ROLE) for row in range(self.count())}

    def run_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            self._run_item(item)

    def _run_item(self, item: QListWidgetItem) -> None:
        self.run_requested.emit(str(item.data(QUERY_ROLE)))

    def _update_actions(self) -> None:
        has_item = self.currentItem() is not None
        self.run_action.setEnabled(has_item)
        self.delete_action.setEnabled(has_item)

    # --- events ----------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())  # a scroll area's context menu comes in viewport coordinates
        if item is None:
            return
        self.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.run_action)
        menu.addAction(self.delete_action)
        menu.exec(event.globalPos() if event.reason() == QContextMenuEvent.Reason.Mouse
                  else self.viewport().mapToGlobal(self.visualItemRect(item).center()))

    def event(self, event: QEvent) -> bool:
        # Del here deletes the saved search, not the briefing the window-wide Delete action would.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.delete_action.isEnabled():
            self.delete_action.trigger()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(secondary_text(self.palette()))
            painter.drawText(self.viewport().rect().adjusted(8, 6, -8, -6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             EMPTY_TEXT)
            painter.end()


def _viewport(parent: QWidget) -> QWidget:
    """A viewport made here, set up as Qt sets up its own: this list paints its empty text on the
    first paint, and asking Qt for the viewport it made would make PySide6 load every QWidget class
    to find the type of that object (about 7 ms of the start-up)."""
    viewport = QWidget(parent)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport
