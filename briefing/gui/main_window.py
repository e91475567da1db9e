"""The main window: the library list and search on the left, the selected briefing's panes on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from briefing.core import Briefing
from briefing.gui.across_events import install_commitments_view, install_people_view
from briefing.gui.actions import WindowActions
from briefing.gui.commands import LibraryCommands
from briefing.gui.first_run import apply_first_run_layout
from briefing.gui.hub import SignalHub
from briefing.gui.lazy_panes import PaneAccess
from briefing.gui.library_files import LibraryFiles
from briefing.gui.list_model import DATE, KIND, PARTIES, BriefingListModel, LibraryProxyModel
from briefing.gui.preferences import PageSizeChoice
from briefing.gui.settings import StateMixin
from briefing.gui.tasks import TaskRunner
from briefing.gui.window_access import FocusChain, make_accessible
from briefing.gui.window_build import build_detail, build_library, build_status_bar, finish_on_demand
from briefing.library import Library, LibraryError, short_path
from briefing.library.articles import ARTICLE_SUFFIXES
from briefing.library.search_terms import query_terms

if TYPE_CHECKING:  # the dialogs are imported when first opened, edit mode once the window is painted
    from briefing.gui.backups import LibraryBackups
    from briefing.gui.editing.controller import EditController
    from briefing.gui.search_help import SearchSyntaxDialog
    from briefing.gui.trash import TrashDialog
    from briefing.library import Hit

IMPORTABLE = (".json", ".jsonl", *ARTICLE_SUFFIXES)
BACKUP_DELAY_MS = 3000  # the daily backup starts once the window has settled
WATCH_INTERVAL_MS = 2000
UNPAINTED_STARTUP_MS = 500  # a window not painted by then (started minimised) finishes its start-up anyway
FIRST_PAGE = 100  # list ids read before the first paint; the rest are read just after it (finish_startup)


class MainWindow(QMainWindow, StateMixin, PaneAccess):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.hub = SignalHub(self)
        self.tasks = TaskRunner(self)
        self.window_actions = WindowActions(self)
        self.list_model = BriefingListModel(library, parent=self, first_page=FIRST_PAGE)
        self.list_model.read_failed.connect(self.statusBar().showMessage, Qt.ConnectionType.QueuedConnection)
        self.proxy = LibraryProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.commands = LibraryCommands(self, library, self.hub, self.tasks, self.selected_ids)
        self.current: Briefing | None = None
        self.started = False  # finish_startup() has run
        self.after_startup: list[Callable[[], object]] = []  # called at the end of finish_startup()
        self._selecting = False
        self.syntax_dialog: SearchSyntaxDialog | None = None
        self.setWindowTitle(library.path.name)  # Qt adds " — Briefing" where the platform shows it
        self.setWindowFilePath(str(library.path))
        self.setAcceptDrops(True)
        build_library(self)
        build_detail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        build_status_bar(self)
        self.window_actions.build_menus(self.menuBar())
        self._connect()
        finish_on_demand(self, lambda: self.started, self.finish_startup)  # edit, back up … before the paint
        self.editing: EditController | None = None  # article import, edit mode, undo/redo: finish_startup()
        self.remember_splitter("library", self.splitter)
        self.remember_splitter("sidebar", self.sidebar.splitter)
        self.remember_header("library", self.list_view.horizontalHeader())
        self.remember_tabs("detail", self.tabs)
        if not self.restore_state():
            self._first_run_layout()
        self.library_files = LibraryFiles(self)  # File ▸ New/Open/Recent; read-only mode
        self.backups: LibraryBackups | None = None  # File ▸ Back Up Now, Restore from Backup: finish_startup()
        self.trash_dialog: TrashDialog | None = None  # File ▸ Trash…, its module imported when first opened
        self.window_actions.show_trash.triggered.connect(self.show_trash)
        self.commitments_action = install_commitments_view(self)  # View ▸ Commitments Across Events
        self.people_action = install_people_view(self)  # View ▸ People Across Events
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(lambda: self.backups.back_up_if_due() if self.backups else None)
        self.backup_timer.start(BACKUP_DELAY_MS)
        self.watch = QTimer(self)  # another process (briefing import) writing to this library
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self._look_for_changes)
        self._seen_version = self._library_version()
        self.watch.start()
        self.page_size = PageSizeChoice(self.window_actions, self)
        self.focus_frame = make_accessible(self, self)  # names, visible focus, next/previous tab and briefing
        self.focus_chain = FocusChain(self)
        self.select_row(0)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.after_first_paint = QTimer(self)  # what the first paint does not need comes a moment later
        self.after_first_paint.setSingleShot(True)
        self.after_first_paint.timeout.connect(self.finish_startup)
        self.after_first_paint.start(UNPAINTED_STARTUP_MS)  # paintEvent brings it forward to the first paint

    # --- building ------------------------------------------------------------------------------

    def _first_run_layout(self) -> None:
        """1280 x 800, or 90 % of a smaller screen; the list keeps about two fifths, its Title column most."""
        self.first_run = apply_first_run_layout(self, self.splitter, self.list_view.horizontalHeader(),
                                                (DATE, KIND, PARTIES))

    def show_library_path(self) -> None:
        """The library file in the status bar: shortened, the whole path (and read-only) in its tooltip."""
        path = self.library.path
        self.path_label.setText(short_path(path, 48))
        self.path_label.setToolTip(f"Library file: {path}" + (" (read-only)" if self.library.read_only else ""))

    def _connect(self) -> None:
        acts = self.window_actions
        acts.import_file.triggered.connect(self.commands.import_file)
        acts.export_pdf.triggered.connect(self.commands.export_pdf)
        acts.export_json.triggered.connect(self.commands.export_json)
        acts.export_markdown.triggered.connect(self.commands.export_markdown)
        acts.export_csv.triggered.connect(self.commands.export_csv)
        acts.delete.triggered.connect(self.commands.delete_selected)
        acts.quit.triggered.connect(self.close)
        acts.find.triggered.connect(self.focus_search)
        acts.about.triggered.connect(self.show_about)
        acts.search_syntax.triggered.connect(self.show_search_syntax)
        self.sidebar.hit_activated.connect(self.open_hit)
        self.hub.search_changed.connect(self._mark_search)
        selection = self.list_view.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        selection.selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._update_actions)
        self.hub.source_span_requested.connect(self._point_source)
        self.hub.library_changed.connect(self.refresh_library)
        for follower in (self.list_model, self.commands, self.sidebar):  # File ▸ Open Library
            self.hub.library_replaced.connect(follower.use_library)
        self.hub.status_message.connect(self.show_status)
        self._busy_text = ""
        self.tasks.busy_changed.connect(self._show_busy)
        self.commands.imported.connect(lambda ids: self.select_id(ids[0]) if ids else None)
        self._update_actions()

    # --- the list --------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        ids = [self.proxy.id_at(row) for row in rows]
        return [i for i in ids if i is not None]

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.proxy.rowCount():
            self.show_briefing(None)
            return
        index = self.proxy.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self._selecting = True  # the row is shown once, by the current-row signal that follows the selection
        try:
            self.list_view.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._selecting = False
        self._selection_changed()  # shows it when the current row did not move (so no signal came)
        self.list_view.scrollTo(index)

    def select_id(self, briefing_id: int) -> bool:
        row = self.proxy.row_of(briefing_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A view taking focus with no current row makes its first row current without selecting it;
        # that is not the user's choice, so it must not replace (or ask about) what is shown.
        if current.isValid() and not self.list_view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return
        self._show_row(current)

    def _selection_changed(self, *_: object) -> None:
        """A click makes its row current before selecting it: show the current row once it is selected."""
        self._update_actions()
        if self._selecting:
            return
        current = self.list_view.selectionModel().currentIndex()
        if not current.isValid() or not self.list_view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return
        shown = self.current.id if self.current is not None else None
        if self.proxy.id_at(current.row()) != shown:
            self._show_row(current)

    def _show_row(self, index: QModelIndex) -> None:
        briefing_id = self.proxy.id_at(index.row()) if index.isValid() else None
        if briefing_id is None:
            self.show_briefing(None)
            return
        try:
            self.show_briefing(self.library.get(briefing_id))
        except LibraryError as error:
            self.statusBar().showMessage(str(error), 8000)
            self.show_briefing(None)

    def show_briefing(self, briefing: Briefing | None) -> None:
        # unsaved edits: Save, Discard, or stay (Cancel); edit mode is made just after the first paint
        if self.editing is not None and not self.editing.may_show(briefing):
            return
        self.current = briefing
        self.header.show_briefing(briefing)
        for pane in self.lazy_panes.shown():  # a pane built later catches up then
            pane.show_briefing(briefing)
        self.hub.briefing_shown.emit(briefing.id if briefing and briefing.id is not None else -1)

    def focus_search(self) -> None:
        self.sidebar.focus_search()

    def refresh_library(self) -> None:
        """After a write: re-read ids and the active search, keep the selection if it still exists."""
        keep = self.current.id if self.current else None
        row = self.list_view.currentIndex().row()
        self.list_model.reload(forget_rows=True)
        new_draft = self.editing is not None and self.editing.is_editing_draft()
        if not new_draft and (keep is None or not self.select_id(keep)):
            self.select_row(min(max(row, 0), self.proxy.rowCount() - 1))
        self.sidebar.refresh()
        self.refresh_counts()

    def _library_version(self) -> int | None:
        try:
            return self.library.changed_elsewhere()
        except Exception:  # a closed or vanished file: nothing to look at
            return None

    def note_library_version(self) -> None:
        """Take the library's change number as it is now as seen (after opening another library)."""
        self._seen_version = self._library_version()

    def _look_for_changes(self) -> None:
        """Show what another process wrote (an import from the terminal), unless an edit is under way."""
        version = self._library_version()
        if version is None or version == self._seen_version:
            return
        if self.editing is not None and self.editing.is_editing():
            return  # looked at again after the edit; the save refreshes anyway
        if getattr(self, "people_matching", False):
            return  # the window's own matching writes as another connection: looked at once it has finished
        self._seen_version = version
        self.hub.library_changed.emit()  # the list, and whatever else follows the library (views, People)
        self.show_status("The library was changed by another program; the list is up to date")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.started and self.after_first_paint.remainingTime() > 0:
            self.after_first_paint.start(0)  # once this paint is on screen, not before it

    def finish_startup(self) -> None:
        """What the first paint does not need, run once just after it (or called by tests, which then
        need not wait): edit mode (briefing/gui/editing: its actions, the review banner, article import),
        File ▸ Back Up Now and Restore from Backup, the list's ids past its first page,
        the library's counts in the status bar (in the background: four counts of 100,000s of rows), the local server
        that answers later launches on this library (QtNetwork), the library's check for damage (in the
        background; then the trash of briefings deleted 30 days ago is emptied), then `after_startup`.
        Idempotent; what the user does before it runs it first (window_build.finish_on_demand)."""
        if self.started:
            return
        self.started = True
        self.after_first_paint.stop()
        if not self.list_model.load_rest() and self.current is not None:  # the first page changed meanwhile
            self.select_id(self.current.id)
        from briefing.gui.backups import LibraryBackups
        from briefing.gui.editing.controller import EditController

        self.backups = LibraryBackups(self)
        self.editing = EditController(self)
        self.library_files.add_guard(self.editing.may_close)  # unsaved edits, running imports
        self.library_files.listen()
        self.counts.refresh_in_background()
        self.backups.check_in_background()  # then the trash's old briefings go
        for call in self.after_startup:
            call()

    def refresh_counts(self) -> None:
        self.counts.refresh()

    def _update_actions(self) -> None:
        has_selection = self.list_view.selectionModel().hasSelection()
        for action in self.window_actions.selection_actions():
            action.setEnabled(has_selection)

    def show_trash(self) -> None:
        """File ▸ Trash…: the deleted briefings, to put back or remove for good."""
        from briefing.gui.trash import TrashDialog

        self.trash_dialog = TrashDialog(self, self)
        self.trash_dialog.exec()

    # --- search hits -------------------------------------------------------------------------------

    def open_hit(self, hit: Hit) -> None:
        """Show the hit's briefing (selected in the library list too) at the tab and row of the hit."""
        if not self.select_id(hit.briefing_id) or self.current is None or self.current.id != hit.briefing_id:
            try:
                self.show_briefing(self.library.get(hit.briefing_id))
            except LibraryError as error:
                self.statusBar().showMessage(str(error), 8000)
                return
        if hit.kind == "statement":
            self.tabs.setCurrentWidget(self.statements_pane)
            self.statements_pane.select_position(hit.position)
        elif hit.kind == "commitment":
            self.tabs.setCurrentWidget(self.commitments_pane)
            self.commitments_pane.select_row(hit.position)
        elif hit.kind == "participant":
            self.tabs.setCurrentWidget(self.participants_pane)
            self.participants_pane.select_row(hit.position)
        elif hit.kind == "source":
            self.tabs.setCurrentWidget(self.source_pane)
            span = self.source_pane.first_match()
            if span is not None:
                self.source_pane.select_span(*span)
        else:  # title, summary
            self.tabs.setCurrentWidget(self.summary_pane)

    def _mark_search(self, text: str) -> None:
        terms = self.lazy_panes.terms = query_terms(text)
        for pane in self.lazy_panes.shown():
            pane.mark_terms(terms)

    # --- panes and status ------------------------------------------------------------------------------

    def _point_source(self, start: int, end: int, reveal: bool) -> None:
        self.source_pane.select_span(start, end)
        if reveal:
            self.tabs.setCurrentWidget(self.source_pane)

    def _show_busy(self, busy: bool, description: str) -> None:
        """A task's description in the status bar while it runs, taken away after unless replaced."""
        self.progress.setVisible(busy)
        if busy:
            self.statusBar().showMessage(description)
        elif self.statusBar().currentMessage() == self._busy_text:
            self.statusBar().clearMessage()
        self._busy_text = description

    def show_search_syntax(self) -> None:
        from briefing.gui.search_help import show_search_syntax

        self.syntax_dialog = show_search_syntax(self, self.syntax_dialog)

    def show_about(self) -> None:
        from briefing.gui.about import show_about

        show_about(self, self.library.path, self.library.read_only)

    # --- events ----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if not self.window_actions.import_file.isEnabled():  # a read-only library
            return
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(IMPORTABLE) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.commands.import_paths([Path(url.toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    def show_status(self, text: str) -> None:
        """A passing message, shortened to the room left of the library's size and path."""
        bar = self.statusBar()
        room = bar.width() - self.counts_label.width() - self.path_label.width() - 60
        bar.setToolTip(text)  # the whole message
        bar.showMessage(bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 200)), 8000)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab and Shift+Tab follow the window's FocusChain (search, list, saved searches, tabs, views)."""
        target = self.focus_chain.step(self.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # unsaved edits: Save, Discard, or keep the window (Cancel)
        if self.editing is not None and not self.editing.may_close():
            event.ignore()
            return
        self.save_state()
        self.watch.stop()
        self.backup_timer.stop()
        self.sidebar.close_search()
        self.tasks.wait(30000, stop=True)  # a job that can end early (matching people) does
        self.library_files.release()
        super().closeEvent(event)
