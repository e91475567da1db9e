"""The main window's widgets: the library list, the briefing's header and panes, the status bar; and how
what is built just after the first paint (edit mode, backups) catches what the user does before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.first_run import compact_columns
from briefing.gui.header import BriefingHeader
from briefing.gui.lazy_panes import LazyPanes
from briefing.gui.list_model import DATE, KIND, PARTIES, TITLE
from briefing.gui.panes.summary import SummaryPane
from briefing.gui.search_panel import SearchSidebar
from briefing.gui.status_counts import StatusCounts


def build_library(window: Any) -> None:
    """window.list_view over window.proxy, inside the search sidebar (window.sidebar, window.search)."""
    view = window.list_view = QTableView(window)
    view.verticalHeader().hide()  # fixed row heights before the model: 100,000s of rows are not measured
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setModel(window.proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for column in (DATE, KIND, PARTIES):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    compact_columns(header, DATE, KIND, PARTIES)  # widths from the font, never fixed pixels
    header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)  # the model's initial order
    view.setSortingEnabled(True)
    window.sidebar = SearchSidebar(window.library, window.hub, window.window_actions, view, window)
    window.search = window.sidebar.search


def build_detail(window: Any) -> None:
    """window.detail: the briefing's header over its tabbed panes (window.tabs, window.lazy_panes: the
    Summary pane now, the others when their tab is first shown or they are first asked for)."""
    detail = window.detail = QWidget(window)
    window.header = BriefingHeader(detail)
    tabs = window.tabs = QTabWidget(detail)
    tabs.setDocumentMode(True)
    window.summary_pane = SummaryPane(tabs)
    window.lazy_panes = LazyPanes(window, tabs, window.summary_pane)
    layout = QVBoxLayout(detail)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addWidget(window.header)
    layout.addWidget(tabs, 1)


def build_status_bar(window: Any) -> None:
    """A busy bar, the library's counts (counted in the background after the first paint) and its path."""
    bar = window.statusBar()
    progress = window.progress = QProgressBar(bar)
    progress.setRange(0, 0)  # busy indicator
    progress.setMaximumWidth(120)
    progress.setTextVisible(False)
    progress.hide()
    window.counts_label = QLabel(bar)
    window.counts = StatusCounts(window, window.counts_label)
    window.path_label = QLabel(bar)
    window.show_library_path()
    bar.addPermanentWidget(progress)
    bar.addPermanentWidget(window.counts_label)
    bar.addPermanentWidget(window.path_label)


def built_after_first_paint(window: Any) -> tuple[list[QAction], list[SignalInstance]]:
    """The actions and signals that only do something once window.finish_startup() has run: those that
    edit mode (briefing/gui/editing) and File ▸ Back Up Now / Restore from Backup (gui/backups) connect."""
    acts = window.window_actions
    actions = [acts.edit_briefing, acts.save_edits, acts.discard_edits, acts.undo, acts.redo, acts.mark_reviewed,
               acts.paste_as_new, *acts.item_editing_actions(), acts.back_up_now, acts.restore_backup]
    signals = [window.hub.import_articles, window.header.reviewed, window.header.review_checked]
    return actions, signals


def finish_on_demand(window: Any, started: Callable[[], bool], finish: Callable[[], None]) -> None:
    """Nothing the user does before the first paint is lost: an action or signal of
    built_after_first_paint() that comes first runs `finish` (the window's finish_startup), then
    comes again for what it connected, as if it had been there all along (an action left disabled by
    then, such as Save with no edit under way, does nothing, as it would have)."""
    actions, signals = built_after_first_paint(window)

    def start_then(again: Callable[[], object]) -> None:
        if not started():
            finish()
            again()  # Qt calls a slot connected during an emission from the next emission on

    for action in actions:
        action.triggered.connect(lambda *_, action=action: start_then(action.trigger))
    for signal in signals:
        signal.connect(lambda *args, signal=signal: start_then(lambda: signal.emit(*args)))
