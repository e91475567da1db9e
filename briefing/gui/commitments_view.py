"""The Commitments view: every commitment across the library, filtered, with its status history and undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.commitment_history import UndoableTrack, history_html, links_html
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
from briefing.library.tracking import STATUS_ORDER, TrackEdit, status_word

FILTER_DELAY_MS = 150  # typing pauses this long before the table is filtered again
ANY = "Any"
STATUS_CHOICES = STATUS_ORDER  # in the order the Status column sorts them
TRACK_CHOICES = tuple(key for key in STATUS_ORDER if key != "not_rated")
# Columns of short values size to their contents; the actor and the event start this many ems wide
# (the font's, never fixed pixels) and can be dragged; the commitment itself takes what is left.
CONTENT_COLUMNS = (STATUS, DUE, DATE, FIRMNESS)
COLUMN_EMS = {ACTOR: 8, EVENT: 12}
MIN_TEXT_EMS = 16  # the commitment column is never narrower than this


class LinkLabel(QLabel):
    """A label of links that Tab reaches: coming in by Tab (or Shift+Tab) it selects its first (last)
    link at once, so Enter follows it; Tab again goes to the next link, then on."""

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        tab = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.reason() in tab and "href" in self.text():
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)


class CommitmentsView(QWidget):
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
        self.new_status = QComboBox(self)
        for key in TRACK_CHOICES:
            self.new_status.addItem(status_word(key).capitalize(), key)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText("what happened")
        self.when = QLineEdit(self)
        self.when.setPlaceholderText("YYYY-MM-DD (today if empty)")
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText("a briefing id or a web address")
        self.set_button = QPushButton("Set Stat&us", self)
        self.set_button.clicked.connect(self.set_status)
        self.link_button = QPushButton("&Link Briefing Shown as Progress", self)
        self.link_button.setToolTip("Attach the briefing the main window shows as progress on this commitment")
        self.link_button.clicked.connect(self.link_shown)
        self.suggest_button = QPushButton("Su&ggest for Briefing Shown", self)
        self.suggest_button.setToolTip("Open commitments of the same parties that the briefing shown may be "
                                       "progress on, the ones sharing most words first")
        self.suggest_button.clicked.connect(self.suggest)
        form = QFormLayout()
        form.addRow("&New status", self.new_status)
        form.addRow("Not&e", self.note)
        form.addRow("&Date", self.when)
        form.addRow("Ev&idence", self.evidence)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.link_button, self.suggest_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.links = LinkLabel(self)  # the other way of evidence links, for the briefing the window shows
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.links.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches its links, Enter follows one
        self.links.setAccessibleName("Earlier commitments the briefing shown is progress on")
        self.links.linkActivated.connect(self._show_linked)
        form.addRow(self.links)
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
        """Count the filtered commitments on a second connection in the background (a count reads
        every match; the page does not wait for it); a newer count stops an older one."""
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
        self.count_runner.run("Counting commitments…", lambda: reader.count_commitments(query),
                              on_result=lambda total: self._counted(generation, total),
                              on_error=lambda error: self._counted(generation, error))

    def _counted(self, generation: int, total: object) -> None:
        if generation != self._counting:
            return
        if isinstance(total, int):
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

    def set_current_briefing(self, briefing_id: int | None) -> None:
        """The main window shows this briefing: it is what Link and Suggest use, and the view says
        which earlier commitments it is already progress on."""
        self.current_briefing = briefing_id
        self._linked: list[Any] = []
        if briefing_id is not None:
            try:
                self._linked = self.library.progress_links(briefing_id)
            except LibraryError:
                self._linked = []
        self.links.setText(links_html(briefing_id, self._linked) if briefing_id is not None else "")

    def _show_linked(self, link: str) -> None:
        commitment_id = int(link.split(":", 1)[1])
        if not self.select_commitment(commitment_id):
            rows = [row for _, row in self._linked if row.id == commitment_id][:1]
            self.model.beginResetModel()
            self.model.rows, self.model._more = rows, False
            self.model.endResetModel()
            self.count_label.setText("a commitment the briefing shown is progress on; change a filter to see all")
            self.select_commitment(commitment_id)

    def _open_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("briefing:"):
            self.open_briefing.emit(int(text.split(":", 1)[1]))

    # --- changing -------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)

    def run(self, change: Any, uid: str | None) -> bool:
        """Make a change through the library; a refusal is one sentence below the form."""
        try:
            change()
        except LibraryError as error:
            self.say(str(error))
            return False
        self.reload(uid)
        self.set_current_briefing(self.current_briefing)
        self.changed.emit()
        return True

    def set_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        made: list[TrackEdit] = []
        if self.run(lambda: made.append(self.library.track(
                row.id, self.new_status.currentData(), note=self.note.text(), date=self.when.text().strip() or None,
                evidence=self.evidence.text().strip() or None)), row.uid):
            self.undo_stack.push(UndoableTrack(self, made[0]))
            done = self.library.describe_track(made[0], f"#{row.id}")  # a back-dated entry may not change it
            self.say(f"{done[0].upper()}{done[1:]} (Undo takes it back).")
            for line in (self.note, self.when, self.evidence):
                line.clear()

    def link_shown(self) -> None:
        row = self.selected()
        if row is None or self.current_briefing is None:
            self.say("Show a later briefing in the main window first, then link it as progress here.")
            return
        made: list[TrackEdit] = []
        if self.run(lambda: made.append(self.library.link_progress(self.current_briefing, row.id,
                                                                   note=self.note.text() or None)), row.uid):
            self.undo_stack.push(UndoableTrack(self, made[0]))
            self.say(f"Linked briefing {self.current_briefing} as progress (Undo takes it back).")

    def suggest(self) -> None:
        if self.current_briefing is None:
            self.say("Show a briefing in the main window first.")
            return
        try:
            found = self.library.suggest_progress(self.current_briefing)
        except LibraryError as error:
            self.say(str(error))
            return
        self.model.beginResetModel()
        self.model.rows = [suggestion.commitment for suggestion in found]
        self.model._more = False
        self.model.endResetModel()
        try:
            title = f"“{self.library.get(self.current_briefing).title}”"
        except LibraryError:
            title = f"briefing {self.current_briefing}"
        self.count_label.setText(f"{len(found)} suggestion{'s' if len(found) != 1 else ''} for {title}; "
                                 "change a filter to see all again")
        self.say("Select one and Link Briefing Shown as Progress." if found else
                 "No open commitment of the same parties shares words with this briefing.")


__all__ = ["COLUMNS", "CommitmentsView"]
