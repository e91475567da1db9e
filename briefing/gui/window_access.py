"""The main window for keyboard and screen-reader users: names, tab order, keys, visible focus, no traps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from briefing.gui.access import FocusFrame, describe, no_tab_trap, selection_palette
from briefing.gui.window_parts import BriefingWindow


def name_widgets(window: BriefingWindow) -> None:
    """An accessible name and description on every widget a user reaches with Tab."""
    sidebar = window.sidebar
    describe(sidebar.search, "Search all briefings",
             "Type words, \"phrases\", prefix*, -exclusions or filters such as speaker: and party:; "
             "Down moves to the hits, Enter opens the first, Esc clears")
    describe(sidebar.order, "Order of the hits", "Relevance, or newest first")
    describe(window.list_view, "Library",
             "Every briefing: title, date, kind and parties. Enter or a click shows one on the right")
    describe(sidebar.hits_view, "Search results",
             "The hits of the search; Enter opens one at its row")
    describe(sidebar.more_button, "More results", "Load the next page of hits")
    describe(sidebar.save_button, "Save Search", "Keep the current search under a name (Ctrl+D)")
    describe(sidebar.saved, "Saved searches", "Enter runs the selected search; Delete removes it")
    describe(window.tabs, "Briefing sections", "The shown briefing's sections")
    describe(window.tabs.tabBar(), "Briefing sections",
             "Summary, Participants, Statements, Commitments and Source; Ctrl+PgDn and Ctrl+PgUp switch")
    describe(window.summary_pane.browser, "Summary",
             "Key facts, the summary, outcomes and the source of the shown briefing")
    describe(window.participants_pane.view, "Participants",
             "Who took part or was mentioned: name, aliases, title, organization, country, presence")
    describe(window.statements_pane.view, "Statements",
             "What each speaker said, grouped by speaker; Enter shows the statement in the source")
    describe(window.commitments_pane.view, "Commitments",
             "What each side committed to: actor, text, firmness, status, due date; Enter shows it in the source")
    describe(window.source_pane.text_view, "Source",
             "The original article; the arrow keys move the cursor, the line below names the speaker there")
    describe(window.header.notice, "Review notice", "What is left to check in this briefing")


class FocusChain:
    """The window's Tab order, whatever order the widgets were made in: search box, order, the list
    (or the hits), saved searches, the review notice, the tabs, then the shown tab's view, and round.

    Tab from a widget outside the chain (edit mode's fields, the menu bar) follows Qt's own order."""

    def __init__(self, window: BriefingWindow) -> None:
        sidebar = window.sidebar
        self.widgets: list[QWidget] = [
            sidebar.search, sidebar.order, window.list_view, sidebar.hits_view, sidebar.more_button,
            sidebar.save_button, sidebar.saved, window.header.notice, window.tabs.tabBar(),
            window.summary_pane.browser, window.participants_pane.view, window.statements_pane.view,
            window.commitments_pane.view, window.source_pane.text_view]

    def _position(self, focused: QWidget) -> int:
        for index, widget in enumerate(self.widgets):
            if widget is focused or widget.isAncestorOf(focused):
                return index
        return -1

    def step(self, focused: QWidget | None, forward: bool) -> QWidget | None:
        """The widget Tab (or Shift+Tab) moves to from `focused`; None when `focused` is not in the chain."""
        start = self._position(focused) if focused is not None else -1
        if start < 0:
            return None
        count = len(self.widgets)
        for offset in range(1, count):
            widget = self.widgets[(start + offset if forward else start - offset) % count]
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
        return None


def step_tab(window: BriefingWindow, step: int) -> None:
    window.tabs.setCurrentIndex((window.tabs.currentIndex() + step) % window.tabs.count())


def step_briefing(window: BriefingWindow, step: int) -> None:
    """Show the next (1) or previous (-1) briefing of the list, wherever the focus is."""
    rows = window.list_view.model().rowCount()
    window.select_row(min(max(window.list_view.currentIndex().row() + step, 0), rows - 1))


def make_accessible(window: BriefingWindow, root: QWidget) -> FocusFrame:
    """Names, tables Tab leaves, focused and unfocused selections that differ, keys for the next and
    previous tab and briefing, and a frame around the focused widget. Returns the frame (the window
    keeps it); the window's Tab order is FocusChain."""
    name_widgets(window)
    acts = window.window_actions
    acts.next_tab.triggered.connect(lambda: step_tab(window, 1))
    acts.previous_tab.triggered.connect(lambda: step_tab(window, -1))
    acts.next_briefing.triggered.connect(lambda: step_briefing(window, 1))
    acts.previous_briefing.triggered.connect(lambda: step_briefing(window, -1))
    tables: list[QAbstractItemView] = [window.list_view, window.sidebar.hits_view, window.sidebar.saved,
                                       window.participants_pane.view, window.statements_pane.view,
                                       window.commitments_pane.view]
    for view in tables:
        no_tab_trap(view)
        selection_palette(view)
    return FocusFrame(root)
