"""File ▸ Trash…: the deleted briefings, to put back or remove for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.formatting import plural
from briefing.library import LibraryError
from briefing.library.safekeeping import TRASH_DAYS

if TYPE_CHECKING:
    from briefing.gui.window_parts import BriefingWindow

Button = QMessageBox.StandardButton


class TrashDialog(QDialog):
    """The trash, most recently deleted first; Put Back restores the selected, Empty removes all."""

    def __init__(self, window: BriefingWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.setWindowTitle("Trash")
        note = QLabel(f"Deleted briefings stay here for {TRASH_DAYS} days.", self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(("Deleted", "Was", "Title"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.put_back = self.buttons.addButton("&Put Back", QDialogButtonBox.ButtonRole.ActionRole)
        self.empty = self.buttons.addButton("&Empty Trash…", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.put_back.clicked.connect(self.put_back_selected)
        self.empty.clicked.connect(self.empty_trash)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.fill()

    def fill(self) -> None:
        self.items = self.window.library.trashed()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, text in enumerate((item.deleted[:16].replace("T", " "), f"#{item.briefing_id}", item.title)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update()

    def selected_trash_ids(self) -> list[int]:
        return [self.items[index.row()].trash_id for index in self.table.selectionModel().selectedRows()]

    def _update(self) -> None:
        writable = not self.window.library.read_only
        self.put_back.setEnabled(writable and bool(self.selected_trash_ids()))
        self.empty.setEnabled(writable and bool(self.items))

    def put_back_selected(self) -> None:
        try:
            ids = self.window.library.untrash(self.selected_trash_ids())
        except LibraryError as error:
            QMessageBox.warning(self, "Trash", str(error))
            return
        self.window.hub.library_changed.emit()
        self.window.hub.status_message.emit(f"Put back {plural(len(ids), 'briefing')}")
        if ids:
            self.window.select_id(ids[0])
        self.fill()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(self, "Empty Trash", f"Remove {plural(len(self.items), 'briefing')} for good?",
                                      Button.Yes | Button.Cancel, Button.Cancel)
        if answer != Button.Yes:
            return
        try:
            removed = self.window.library.empty_trash()
        except LibraryError as error:
            QMessageBox.warning(self, "Trash", str(error))
            return
        self.window.hub.status_message.emit(f"Removed {plural(removed, 'briefing')} for good")
        self.fill()

