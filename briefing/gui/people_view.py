"""The People view: one entry per person across the library, their page, merges and splits with undo, profile sheets."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.panes.tables import row_table
from briefing.gui.people_pages import (
    COLUMNS,
    NAME,
    PeopleModel,
    column_widths,
    page_html,
    party_html,
)
from briefing.library import Library, LibraryError
from briefing.library.people import PersonEdit
from briefing.library.people_pages import Encounter, PartyPage, PersonPage, PersonRow

FILTER_DELAY_MS = 150


class UndoablePeopleEdit(QUndoCommand):
    """A merge or split on the view's undo stack; the library applied it before it was pushed."""

    def __init__(self, view: PeopleView, edit: PersonEdit) -> None:
        super().__init__(edit.text)
        self.view, self.edit, self._applied = view, edit, True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if self.view.run(lambda: self.view.library.apply(self.edit)):
            self.view.say(f"Redone: {self.edit.text}.")

    def undo(self) -> None:
        if self.view.run(lambda: self.view.library.revert(self.edit)):
            self.view.say(f"Undone: {self.edit.text}. Redo with {_keys(QKeySequence.StandardKey.Redo)}.")


def _keys(key: QKeySequence.StandardKey) -> str:
    """The keys of a standard shortcut as this platform writes them ('Ctrl+Z')."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class PeopleView(QWidget):
    """A window beside the briefings: the directory with a filter, the selected person's page, and
    Merge, Split Off and Profile Sheet; Undo and Redo take merges and splits back."""

    open_briefing = Signal(int)
    changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.page: PersonPage | None = None
        self.party_page: PartyPage | None = None  # a party's page, shown instead of a person's
        self.setWindowTitle("People")
        self.setObjectName("peopleView")
        self.model = PeopleModel(library, self)
        self.undo_stack = QUndoStack(self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.reload)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter by name, title or party (e.g. gov jilin)")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter people")
        self.filter_label = QLabel("&Filter:", self)
        self.filter_label.setBuddy(self.filter)
        self.filter.textChanged.connect(lambda _: self.filter_timer.start())
        self.count_label = QLabel(self)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName("People across the library")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("m")
        for column, width in column_widths(self.fontMetrics(), header.fontMetrics()).items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(3 * em)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.page_view = QTextBrowser(self)
        self.page_view.setOpenLinks(False)
        self.page_view.setAccessibleName("Person or party page")
        self.page_view.anchorClicked.connect(self.follow_link)
        self.events = QListWidget(self)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.events.setAccessibleName("Events of the person or party")
        self.events.itemActivated.connect(lambda item: self.open_briefing.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.merge_button = QPushButton("&Merge Selected People", self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton("&Split Selected Events Off", self)
        self.split_button.clicked.connect(self.split_selected)
        self.profile_button = QPushButton("&Profile Sheet…", self)
        self.profile_button.clicked.connect(self.export_profile)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter, 1)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.page_view, 3)
        right_layout.addWidget(QLabel("Events (select to split off; double-click to open):", self))
        right_layout.addWidget(self.events, 1)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.profile_button):
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        find = QAction("Find", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason),
                                        self.filter.selectAll()))
        close = QAction("Close", self)
        close.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)])
        close.triggered.connect(self.close)
        self.addActions([undo, redo, find, close])
        fixed = sum(header.sectionSize(column) for column in range(len(COLUMNS)) if column != NAME)
        left_width = fixed + 14 * em  # every column and a name of about 14 letters, with the scroll bar
        self.resize(max(70 * em, int(left_width * 5 / 3)), 40 * em)
        splitter.setSizes([left_width, self.width() - left_width])
        self._update_buttons()

    # --- reading --------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = self.model.library = library
        self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        """Read the directory again (filtered), keeping the person shown selected when still there."""
        shown = self.page.person.id if self.page is not None else None
        party = self.party_page.name if self.party_page is not None else None
        try:
            ids = self.library.people_ids(self.filter.text())
        except LibraryError as error:
            self.say(str(error))
            return
        self.model.set_ids(ids)
        self.count_label.setText(f"{len(ids):,} {'person' if len(ids) == 1 else 'people'}")
        if party is not None:
            self.show_party(party)
        elif not self.select_person(shown):
            self.show_page(None)

    def select_person(self, person_id: int | None) -> bool:
        if person_id not in self.model.ids:
            return False
        number = self.model.ids.index(person_id)
        self.table.selectRow(number)
        self.table.scrollTo(self.model.index(number, 0))
        return True

    def show_person(self, person_id: int | None) -> None:
        """Show this person's page, clearing the filter if it hides them."""
        if person_id is None:
            return
        if not self.select_person(person_id):
            self.filter.clear()
            self.reload()
            self.select_person(person_id)

    def selected_rows(self) -> list[PersonRow]:
        return [self.model.row(index.row()) for index in self.table.selectionModel().selectedRows()]

    def show_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen and self.party_page is not None:
            return
        if len(chosen) == 1:
            try:
                self.show_page(self.library.person(chosen[0].id))
            except LibraryError as error:
                self.say(str(error))
        self._update_buttons()

    def show_page(self, page: PersonPage | None) -> None:
        self.page, self.party_page = page, None
        self.page_view.setHtml(page_html(page) if page is not None else "<p>Select a person.</p>")
        self._list_events(page.encounters if page is not None else [])

    def show_party(self, name: str) -> None:
        """Show the page of the party called `name` (its events, people and commitments)."""
        try:
            party = self.library.party(name)
        except LibraryError as error:
            self.say(str(error))
            return
        self.page, self.party_page = None, party
        self.table.clearSelection()
        self.page_view.setHtml(party_html(party))
        self._list_events(party.encounters)

    def _list_events(self, encounters: list[Encounter]) -> None:
        self.events.clear()
        for encounter in encounters:
            who = f"  — as {encounter.name}" if encounter.name else ""
            item = QListWidgetItem(f"{encounter.event_date or 'undated'}  {encounter.event}{who}")
            item.setData(Qt.ItemDataRole.UserRole, encounter.briefing_id)
            self.events.addItem(item)
        self._update_buttons()

    def follow_link(self, url: QUrl) -> None:
        """A link on a page: 'briefing:ID' opens the briefing, 'party:NAME' the party's page and 'person:ID'
        the person's."""
        kind, _, value = url.toString().partition(":")
        value = unquote(value)
        if kind == "party":
            self.show_party(value)
        elif kind == "person" and value.isdigit():
            self.show_person(int(value))
            if self.page is None or self.page.person.id != int(value):
                self.show_selected()
        elif value.isdigit():
            self.open_briefing.emit(int(value))

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_rows()) >= 2)
        self.split_button.setEnabled(self.page is not None and len(self.page.encounters) > 1)
        self.profile_button.setEnabled(self.page is not None or self.party_page is not None)

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- changing -------------------------------------------------------------------------------

    def run(self, change: Any) -> bool:
        """Apply or revert an edit, then show the directory as it now is; False (said) when it failed."""
        try:
            change()
        except LibraryError as error:
            self.say(str(error))
            return False
        self.reload()
        self.changed.emit()
        return True

    def merge_selected(self) -> None:
        chosen = self.selected_rows()
        try:
            edit = self.library.merge_people([row.id for row in chosen])
            self.library.apply(edit)
        except LibraryError as error:
            self.say(str(error))
            return
        self.undo_stack.push(UndoablePeopleEdit(self, edit))
        self.page = None
        self.reload()
        with contextlib.suppress(LibraryError):  # the merged person, whatever their name now
            self.select_person(self.library.person_in(*edit.keys[0]).id)
        self.say(f"{edit.text}. Undo with {_keys(QKeySequence.StandardKey.Undo)}.")
        self.changed.emit()

    def split_selected(self) -> None:
        if self.page is None:
            return
        briefings = [item.data(Qt.ItemDataRole.UserRole) for item in self.events.selectedItems()]
        try:
            edit = self.library.split_person(self.page.person.id, briefings)
            self.library.apply(edit)
        except LibraryError as error:
            self.say(str(error) if briefings else "Select the events where this is someone else first.")
            return
        self.undo_stack.push(UndoablePeopleEdit(self, edit))
        self.reload()
        self.say(f"{edit.text}. Undo with {_keys(QKeySequence.StandardKey.Undo)}.")
        self.changed.emit()

    def export_profile(self) -> None:
        if self.page is None and self.party_page is None:
            return
        name = self.page.person.name if self.page is not None else self.party_page.name  # type: ignore[union-attr]
        suggested = str(Path.home() / f"{name.strip()} profile.pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Profile Sheet", suggested, "PDF (*.pdf)")
        if path:
            self.write_profile(Path(path))

    def write_profile(self, path: Path) -> None:
        if self.page is not None:
            name = str(self.page.person.id)
        elif self.party_page is not None:
            name = f"party:{self.party_page.name}"
        else:
            return
        try:
            self.library.export_profile(name, path)
        except LibraryError as error:
            self.say(str(error))
            return
        self.say(f"Wrote {path.name}.")


__all__ = ["PeopleView"]
