"""The Commitments view: every commitment across the library, filtered, with its status history and undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.commitment_changes import StatusChanges, status_form
from briefing.gui.commitment_history import history_html
from briefing.gui.commitments_model import (
    ACTOR,
    COLUMNS,
    DATE,
    DUE,
    EVENT,
    FIRMNESS,
    STATUS,
    TEXT,
    CommitmentTableModel,
)
from briefing.gui.panes.tables import row_table
from briefing.gui.tasks import TaskRunner
from briefing.library import Library, LibraryError
from briefing.library.tracking import STATUS_ORDER, status_word

FILTER_DELAY_MS = 150  # typing pauses this long before the table is filtered again
COUNT_AT_ONCE = 1000  # the count said at once ("1,000+ commitments") before the whole count comes
ANY = "Any"
STATUS_CHOICES = STATUS_ORDER  # in the order the Status column sorts them
# Columns of short values size to their contents; the actor and the event start this many ems wide
# (the font's, never fixed pixels) and can be dragged; the commitment itself takes what is left.
CONTENT_COLUMNS = (STATUS, DUE, DATE, FIRMNESS)
COLUMN_EMS = {ACTOR: 8, EVENT: 12}
MIN_TEXT_EMS = 16  # the commitment column is never narrower than this


class CommitmentsView(StatusChanges, QWidget):
    """A window of its own beside the briefings: filters on top, the table, the selected commitment's
    history and the form that adds a status to it; Undo and Redo take status changes back."""

    open_briefing = Signal(int)  # the window shows this briefing
    changed = Signal()  # a status was set, undone or redone

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.current_briefing: int | None = None  # the briefing the main window shows (for evidence links)
        self._linked: list[Any] = []
        self.setWindowTitle("Commitments")
        self.setObjectName("commitmentsView")
        self.model = CommitmentTableModel(library, self)
        self.count_runner = TaskRunner(self, max_threads=1)
        self._reader: Library | None = None
        self._counting = 0  # the newest count's number: an older count's answer is dropped
        self.undo_stack = QUndoStack(self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self._build()
        self.model.read_failed.connect(self.say)
        self.apply_filter()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        # made in the order of the layout (left to right, row by row): Tab follows it
        self.party = self._line("Party", "Jilin")
        self.with_party = self._line("With party", "Emilia-Romagna")
        self.actor = self._line("Actor", "both sides")
        self.words = self._line("Search", "words in the commitment")
        self.status = QComboBox(self)
        self.status.setAccessibleName("Status")
        self.status.addItem(ANY, None)
        for key in STATUS_CHOICES:
            self.status.addItem(status_word(key).capitalize(), key)
        self.firmness = QComboBox(self)
        self.firmness.setAccessibleName("Firmness")
        for label, key in ((ANY, None), ("Firm", "firm"), ("Proposal", "proposal"), ("Hope", "hope")):
            self.firmness.addItem(label, key)
        self.since = self._line("From", "YYYY-MM-DD")
        self.until = self._line("To", "YYYY-MM-DD")
        self.overdue = QCheckBox("O&verdue only", self)
        for combo in (self.status, self.firmness):
            combo.currentIndexChanged.connect(lambda _: self.filter_timer.start())
        self.overdue.toggled.connect(lambda _: self.filter_timer.start())
        filters = QGridLayout()
        cells = [("&Party", self.party), ("&With", self.with_party), ("&Actor", self.actor), ("&Search", self.words),
                 ("S&tatus", self.status), ("&Firmness", self.firmness), ("Fro&m", self.since), ("T&o", self.until)]
        for number, (label, widget) in enumerate(cells):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption, number // 4, (number % 4) * 2)
            filters.addWidget(widget, number // 4, (number % 4) * 2 + 1)
        filters.addWidget(self.overdue, 2, 1)
        self.count_label = QLabel(self)
        filters.addWidget(self.count_label, 2, 3, 1, 5)
        self.table = row_table(self, self.model, QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in CONTENT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().horizontalAdvance("m")
        for column, ems in COLUMN_EMS.items():  # widths from the font, never fixed pixels
            header.resizeSection(column, ems * em)
        header.setMinimumSectionSize(3 * em)
        header.setStretchLastSection(False)
        self.table.setMinimumWidth(MIN_TEXT_EMS * em)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName("Commitments across the library")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.activated.connect(lambda index: self.open_briefing.emit(self.model.rows[index.row()].briefing_id))
        self.history = QTextBrowser(self)
        self.history.setAccessibleName("Status history")
        self.history.setOpenLinks(False)
        self.history.anchorClicked.connect(self._open_link)
        form = status_form(self)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history, 3)
        lower_layout.addLayout(form, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.find_action = QAction("Find", self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.words.setFocus(Qt.FocusReason.ShortcutFocusReason))
        for action in (self.undo_action, self.redo_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.resize(1100, 700)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Escape closes the view (a field or list that uses Escape itself gets it first)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _line(self, name: str, hint: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setPlaceholderText(hint)
        line.setAccessibleName(name)
        line.setClearButtonEnabled(True)
        line.textChanged.connect(lambda _: self.filter_timer.start())
        return line

    # --- filtering ------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.close_reader()
        self.library = library
        self.undo_stack.clear()
        self.model.library = library
        self.apply_filter()

    def apply_filter(self) -> None:
        """Read the table again for the filters as they are; a wrong date says so and keeps the table."""
        self.filter_timer.stop()
        try:
            query = self.library.commitment_filter(
                party=self.party.text().strip() or None, with_party=self.with_party.text().strip() or None,
                actor=self.actor.text().strip() or None, status=self.status.currentData(),
                firmness=self.firmness.currentData(), overdue=self.overdue.isChecked(),
                since=self.since.text().strip() or None, until=self.until.text().strip() or None,
                text=self.words.text().strip() or None, date_names=("From", "To"))
        except LibraryError as error:
            self.say(str(error))
            return
        self.say("")
        self.model.set_filter(query)
        self.count_label.setText("counting…")
        QTimer.singleShot(0, self._count)  # after the first page is painted
        self.show_selected()

    def _count(self) -> None:
        """Count the filtered commitments on a second connection in the background (the page does not
        wait for it): up to COUNT_AT_ONCE first, said at once ("1,000+ commitments, counting…"), then
        all of them when there are more (a common filter's whole count reads every row it lets
        through); a newer count stops an older one."""
        self._counting += 1
        generation, query = self._counting, self.model.query
        if self._reader is None:
            try:
                self._reader = self.library.reader()
            except LibraryError:
                self._reader = self.library  # a library that cannot be opened twice counts here
        reader = self._reader
        if reader is not self.library:
            reader.interrupt()
        self._count_with(reader, generation, query, COUNT_AT_ONCE)

    def _count_with(self, reader: Library, generation: int, query: Any, at_most: int | None) -> None:
        self.count_runner.run("Counting commitments…", lambda: reader.count_commitments(query, at_most),
                              on_result=lambda total: self._counted(generation, total, reader, query, at_most),
                              on_error=lambda error: self._counted(generation, error))

    def _counted(self, generation: int, total: object, reader: Library | None = None, query: Any = None,
                 at_most: int | None = None) -> None:
        if generation != self._counting:
            return
        if isinstance(total, int) and at_most is not None and total > at_most and reader is not None:
            self.count_label.setText(f"{at_most:,}+ commitments, counting…")
            self._count_with(reader, generation, query, None)
        elif isinstance(total, int):
            self.count_label.setText(f"{total:,} commitment{'s' if total != 1 else ''}")
        elif "interrupt" not in str(total) and "stopped" not in str(total):
            self.count_label.setText(str(total))

    def close_reader(self) -> None:
        """Wait for a running count and close the second connection (before the library changes)."""
        self.count_runner.wait(30000)
        if self._reader is not None and self._reader is not self.library:
            self._reader.close()
        self._reader = None

    def reload(self, keep_uid: str | None = None) -> None:
        """Read the rows again (after a status change here or anywhere), keeping the selection."""
        selected = self.selected()
        uid = keep_uid or (selected.uid if selected else None)
        self.model.reload()
        row = next((n for n, r in enumerate(self.model.rows) if r.uid == uid), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.show_selected()

    # --- the selected commitment ---------------------------------------------------------------------

    def selected(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def select_commitment(self, commitment_id: int) -> bool:
        row = self.model.row_of(commitment_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def show_selected(self) -> None:
        row = self.selected()
        for widget in (self.set_button, self.link_button):
            widget.setEnabled(row is not None and not self.library.read_only)
        if row is None:
            self.history.setHtml("<p>Select a commitment to see its status history.</p>")
            return
        try:
            entries = self.library.history(row.id)
        except LibraryError as error:
            self.history.setPlainText(str(error))
            return
        self.history.setHtml(history_html(row, entries))


__all__ = ["COLUMNS", "CommitmentsView"]
