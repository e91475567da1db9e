"""Edit mode in the panes: editable cells, the Summary form, tool rows and context menus, each turned
into an undoable edit of the session; the panes themselves stay read-only views of a briefing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QScrollArea

from briefing.gui.editing.cells import (
    EditingDelegate,
    ModelIndex,
    commitment_cell,
    participant_cell,
    statement_cell,
)
from briefing.gui.editing.session import EditSession
from briefing.gui.editing.view_state import TableState, scroll_later
from briefing.gui.editing.widgets import SummaryForm, ToolRow
from briefing.library import Edit
from briefing.library import edit_commands as edits
from briefing.library.values import EditError, source_offset

if TYPE_CHECKING:
    from briefing.gui.window_parts import BriefingWindow

EDIT_TRIGGERS = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
NOTES_COLUMN = 5


class PaneEditing(QObject):
    """Puts the window's panes into edit mode for one EditSession and back; `rejected` says why an edit
    was refused (nothing changes then), `done` confirms one for the status bar."""

    rejected = Signal(str)
    done = Signal(str)

    def __init__(self, window: BriefingWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: EditSession | None = None
        acts = self.acts = window.window_actions
        self.participants, self.statements = window.participants_pane, window.statements_pane
        self.commitments, self.source = window.commitments_pane, window.source_pane
        self.speaker_menu = QMenu(window)
        self.speaker_menu.aboutToShow.connect(lambda: self._fill_speakers(self.speaker_menu, self.reassign_to))
        acts.reassign_speaker.setMenu(self.speaker_menu)
        self.mark_menu = QMenu(window)
        self.mark_menu.aboutToShow.connect(lambda: self._fill_speakers(self.mark_menu, self.mark_statement_of))
        acts.mark_statement.setMenu(self.mark_menu)
        self.tool_rows = {
            self.participants: ToolRow([acts.add_participant, acts.remove_participant, acts.merge_participants],
                                       "Double-click a cell or press F2 to change it; select two or more "
                                       "people to merge them into the current one."),
            self.statements: ToolRow([acts.reassign_speaker, acts.delete_statement],
                                     "Double-click a statement's text (its speaker) or its kind to change it."),
            self.commitments: ToolRow([acts.delete_commitment],
                                      "Double-click the actor, firmness, status, due date or notes to change them."),
            self.source: ToolRow([acts.mark_statement, acts.mark_commitment],
                                 "Select a passage, then right-click it to mark it as a statement or a "
                                 "commitment. The source text itself is kept as it is."),
        }
        for pane, row in self.tool_rows.items():  # each pane lays out a QVBoxLayout: the row goes on top
            pane.layout().insertWidget(0, row)
        self.form = SummaryForm()
        self.form_area = QScrollArea(window.summary_pane)
        self.form_area.setWidgetResizable(True)
        self.form_area.setAccessibleName("Briefing fields")
        self.form_area.setAccessibleDescription("Title, date, kind, places, parties, tags and summary of the briefing")
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setWidget(self.form)
        self.form_area.hide()
        window.summary_pane.layout().insertWidget(0, self.form_area)
        self.form.edited.connect(
            lambda field, value: self.apply(lambda: edits.set_briefing_field(self.session.briefing, field, value)))
        self.views = {self.participants.view: (participant_cell, edits.set_participant_field),
                      self.commitments.view: (commitment_cell, edits.set_commitment_field)}
        self.delegates = {view: EditingDelegate(view, self._table_cell, self._table_commit) for view in self.views}
        tree = self.statements.tree  # wired to, not read: a hidden pane is filled when it is next shown
        self.delegates[tree] = EditingDelegate(tree, self._statement_cell, self._statement_commit)
        for delegate in self.delegates.values():
            delegate.rejected.connect(self.rejected)
        self.menu_actions = {  # the views' context menus in edit mode
            self.participants.view: [acts.add_participant, acts.remove_participant, acts.merge_participants],
            tree: [acts.reassign_speaker, acts.delete_statement],
            self.commitments.view: [acts.delete_commitment]}
        self.delete_actions = {self.participants.view: acts.remove_participant,
                               tree: acts.delete_statement,
                               self.commitments.view: acts.delete_commitment}
        acts.add_participant.triggered.connect(self.add_participant)
        acts.remove_participant.triggered.connect(self.remove_participants)
        acts.merge_participants.triggered.connect(self.merge_participants)
        acts.delete_statement.triggered.connect(self.delete_statements)
        acts.delete_commitment.triggered.connect(self.delete_commitments)
        acts.mark_commitment.triggered.connect(self.mark_commitment)
        for view in self.delegates:
            view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
            view.installEventFilter(self)
        self.source.text_view.selectionChanged.connect(self.update_actions)
        self.source.text_view.customContextMenuRequested.connect(self._source_menu)
        self._queued: list[Callable[[], object]] = []
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self.flush)
        self.update_actions()

    # --- entering and leaving ------------------------------------------------------------------------

    def attach(self, session: EditSession) -> None:
        self.session = session
        for view, delegate in self.delegates.items():
            delegate.set_terms(view.marking_delegate.terms)
            view.setItemDelegate(delegate)
            view.setEditTriggers(EDIT_TRIGGERS)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for view, actions in self.menu_actions.items():
            view.addActions(actions)
        self.participants.model.editing = self.commitments.model.editing = True
        self.source.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for row in self.tool_rows.values():
            row.show()
        self.window.summary_pane.browser.hide()
        self.form_area.show()
        self.redisplay()

    def detach(self) -> None:
        self._queued.clear()
        self.session = None
        for view in self.delegates:
            view.setItemDelegate(view.marking_delegate)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
            for action in self.menu_actions[view]:
                view.removeAction(action)
        self.participants.model.editing = self.commitments.model.editing = False
        for view in (self.statements.view, self.commitments.view):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.source.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        for row in self.tool_rows.values():
            row.hide()
        self.form_area.hide()
        self.window.summary_pane.browser.show()
        self.update_actions()

    def redisplay(self) -> None:
        """Show the working copy in every pane, keeping the rows, selection and scroll positions in place."""
        session = self.session
        if session is None:
            return
        hub = self.window.hub
        blocked = hub.blockSignals(True)  # restoring selections must not make the Source pane jump
        try:
            tables = {view: TableState.capture(view) for view in (self.participants.view, self.commitments.view)}
            statement = self.current_statement()
            statements_scroll = self.statements.view.verticalScrollBar().value()
            source_scroll = self.source.browser.verticalScrollBar().value()
            self.window.current = session.briefing
            self.window.header.show_briefing(session.briefing)
            for pane in self.window.panes:
                pane.show_briefing(session.briefing)
            self.commitments.view.setColumnHidden(NOTES_COLUMN, False)
            model = self.statements.model
            for speaker_row in range(model.rowCount()):
                head = model.item(speaker_row, 0)
                for row in range(head.rowCount()):
                    for column in range(model.columnCount()):
                        head.child(row, column).setEditable(True)
            self.form.load(session.briefing)
            for view, state in tables.items():
                state.restore(view)
            if statement is not None and session.briefing.statements:
                self.statements.select_position(min(statement, len(session.briefing.statements) - 1))
            else:
                scroll_later(self.statements.view, statements_scroll)
            scroll_later(self.source.browser, source_scroll)
        finally:
            hub.blockSignals(blocked)
        self.update_actions()

    # --- making edits ------------------------------------------------------------------------------

    def apply(self, make: Callable[[], Edit]) -> bool:
        """Build the edit (it checks its input) and push it; a refused edit changes nothing and says why."""
        if self.session is None:
            return False
        try:
            edit = make()
        except EditError as error:
            self.rejected.emit(str(error))
            return False
        return self.session.push(edit)

    def _later(self, job: Callable[[], object]) -> None:
        """Cell edits land after the editor has closed (a model reset under an open editor is unsafe)."""
        self._queued.append(job)
        self._flush_timer.start()

    def flush(self) -> None:
        jobs, self._queued = self._queued, []
        for job in jobs:
            job()

    def commit_pending(self) -> str | None:
        """Before saving: close an open cell editor and commit form fields; returns why saving must wait."""
        focus = QApplication.focusWidget()
        if focus is not None and any(view.isAncestorOf(focus) for view in self.delegates):
            focus.clearFocus()
        problem = self.form.commit_pending()
        self.flush()
        return problem

    def _table_cell(self, index: ModelIndex):  # -> CellEditor | None
        view = self.participants.view if index.model() is self.participants.model else self.commitments.view
        describe = self.views[view][0]
        return describe(self.session.briefing, index.row(), index.column()) if self.session else None

    def _table_commit(self, index: ModelIndex, field: str, value: object) -> None:
        row = index.row()
        is_participant = index.model() is self.participants.model
        command = edits.set_participant_field if is_participant else edits.set_commitment_field
        self._later(lambda: self.apply(lambda: command(self.session.briefing, row, field, value)))

    def _statement_cell(self, index: ModelIndex):  # -> CellEditor | None
        position = self.statement_position(index)
        if self.session is None or position is None:
            return None
        return statement_cell(self.session.briefing, position, index.column())

    def _statement_commit(self, index: ModelIndex, field: str, value: object) -> None:
        position = self.statement_position(index)
        if position is None:
            return
        if field == "speaker":
            self._later(lambda: self.apply(lambda: edits.reassign_speaker(self.session.briefing, position, str(value))))
        else:
            self._later(lambda: self.apply(
                lambda: edits.set_statement_field(self.session.briefing, position, field, value)))

    # --- statements in the tree ------------------------------------------------------------------------

    def statement_position(self, index: ModelIndex) -> int | None:
        """Index into Briefing.statements of a statement row of the tree (None for a speaker row)."""
        if self.session is None or not index.isValid() or not index.parent().isValid():
            return None
        groups = list(self.session.briefing.statements_by_speaker().values())
        speaker_row, row = index.parent().row(), index.row()
        if speaker_row >= len(groups) or row >= len(groups[speaker_row]):
            return None
        target = groups[speaker_row][row]
        return next(i for i, s in enumerate(self.session.briefing.statements) if s is target)

    def current_statement(self) -> int | None:
        return self.statement_position(self.statements.view.currentIndex())

    def selected_statements(self) -> list[int]:
        positions: set[int] = set()
        model = self.statements.model
        for index in self.statements.view.selectionModel().selectedRows(0):
            if index.parent().isValid():
                position = self.statement_position(index)
                if position is not None:
                    positions.add(position)
            else:  # a speaker row: all of that speaker's statements
                for row in range(model.rowCount(index)):
                    position = self.statement_position(model.index(row, 0, index))
                    if position is not None:
                        positions.add(position)
        return sorted(positions)

    @staticmethod
    def selected_rows(view: QAbstractItemView) -> list[int]:
        return sorted({index.row() for index in view.selectionModel().selectedRows()})

    # --- the actions -------------------------------------------------------------------------------

    def add_participant(self) -> None:
        if not self.apply(lambda: edits.add_participant(self.session.briefing)):
            return
        self.window.tabs.setCurrentWidget(self.participants)
        index = self.participants.model.index(self.participants.model.rowCount() - 1, 0)
        self.participants.view.setCurrentIndex(index)
        self.participants.view.edit(index)
        self.done.emit("Added a participant: type the name")

    def remove_participants(self) -> None:
        rows = self.selected_rows(self.participants.view)
        self.apply(lambda: edits.remove_participants(self.session.briefing, rows))

    def merge_participants(self) -> None:
        view = self.participants.view
        rows = self.selected_rows(view)
        keep = view.currentIndex().row() if view.currentIndex().row() in rows else (rows[0] if rows else -1)
        if keep < 0 or self.session is None:
            self.rejected.emit("Select two or more participants to merge.")
            return
        name = self.session.briefing.participants[keep].name
        if self.apply(lambda: edits.merge_participants(self.session.briefing, keep, rows)):
            self.done.emit(f"Merged {len(rows)} participants into {name}")

    def reassign_to(self, speaker: str) -> None:
        position = self.current_statement()
        if position is None:
            self.rejected.emit("Select a statement first.")
            return
        self.apply(lambda: edits.reassign_speaker(self.session.briefing, position, speaker))

    def delete_statements(self) -> None:
        positions = self.selected_statements()
        self.apply(lambda: edits.delete_statements(self.session.briefing, positions))

    def delete_commitments(self) -> None:
        rows = self.selected_rows(self.commitments.view)
        self.apply(lambda: edits.delete_commitments(self.session.briefing, rows))

    def source_span(self) -> tuple[int, int] | None:
        """The Source pane's selection as code-point offsets into the source text."""
        cursor = self.source.text_cursor()
        if self.session is None or not cursor.hasSelection():
            return None
        text = self.session.briefing.source.text or ""
        return source_offset(text, cursor.selectionStart()), source_offset(text, cursor.selectionEnd())

    def mark_statement_of(self, speaker: str) -> None:
        span = self.source_span()
        if span is None:
            self.rejected.emit("Select a passage of the source text first.")
        elif self.apply(lambda: edits.add_statement(self.session.briefing, span[0], span[1], speaker)):
            self.done.emit(f"Marked a statement of {speaker}")

    def mark_commitment(self) -> None:
        span = self.source_span()
        if span is None:
            self.rejected.emit("Select a passage of the source text first.")
        elif self.apply(lambda: edits.add_commitment(self.session.briefing, span[0], span[1])):
            self.done.emit("Marked a commitment: set its actor, firmness and due date in Commitments")

    def _fill_speakers(self, menu: QMenu, pick: Callable[[str], None]) -> None:
        menu.clear()
        people = self.session.briefing.participants if self.session else []
        current = None
        if menu is self.speaker_menu and self.session is not None and self.current_statement() is not None:
            current = self.session.briefing.statements[self.current_statement()].speaker
        for person in people:
            entry = menu.addAction(person.name + (f" — {person.title}" if person.title else ""))
            entry.setCheckable(menu is self.speaker_menu)
            entry.setChecked(person.name == current)
            entry.triggered.connect(lambda _checked=False, name=person.name: pick(name))
        if not people:
            menu.addAction("No participants yet: add one in Participants").setEnabled(False)

    def _source_menu(self, position: QPoint) -> None:
        browser = self.source.browser
        menu = browser.createStandardContextMenu(browser.viewport().mapToGlobal(position))
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.acts.mark_statement)
        menu.insertAction(first, self.acts.mark_commitment)
        menu.insertSeparator(first)
        menu.exec(browser.viewport().mapToGlobal(position))
        menu.deleteLater()

    def update_actions(self) -> None:
        on = self.session is not None
        people = self.selected_rows(self.participants.view) if on else []
        self.acts.add_participant.setEnabled(on)
        self.acts.remove_participant.setEnabled(bool(people))
        self.acts.merge_participants.setEnabled(len(people) >= 2)
        self.acts.reassign_speaker.setEnabled(on and self.current_statement() is not None)
        self.acts.delete_statement.setEnabled(on and bool(self.selected_statements()))
        self.acts.delete_commitment.setEnabled(on and bool(self.selected_rows(self.commitments.view)))
        marking = on and self.source.text_cursor().hasSelection()
        self.acts.mark_statement.setEnabled(marking)
        self.acts.mark_commitment.setEnabled(marking)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del in a pane's view deletes its selected rows in edit mode, not the briefing."""
        if self.session is not None and watched in self.delete_actions and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Delete):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.delete_actions[watched].trigger()
                return True
        return super().eventFilter(watched, event)

