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
    describe(window.header.notice, "Review notice", "What is left to check in this briefing")
    for key, (name, description) in PANE_DESCRIPTIONS.items():  # each pane named as it is built
        window.lazy_panes.when_built(key, lambda pane, n=name, d=description: describe(pane_view(pane), n, d))


PANE_DESCRIPTIONS = {
    "participants": ("Participants",
                     "Who took part or was mentioned: name, aliases, title, organization, country, presence"),
    "statements": ("Statements",
                   "What each speaker said, grouped by speaker; Enter shows the statement in the source"),
    "commitments": ("Commitments", "What each side committed to: actor, text, firmness, status, due date; "
                                   "Enter shows it in the source"),
    "source": ("Source",
               "The original article; the arrow keys move the cursor, the line below names the speaker there"),
}


def pane_view(pane: QWidget) -> QWidget:
    """The widget of a pane a user reaches with Tab: its browser (Summary, Source) or its view."""
    for name in ("text_view", "_view", "view", "browser"):  # as they are: asking for one fills no hidden pane
        widget = vars(pane).get(name) if name != "text_view" else getattr(pane, name, None)
        if isinstance(widget, QWidget):
            return widget
    raise AttributeError(f"{type(pane).__name__} has no view")


class FocusChain:
    """The window's Tab order, whatever order the widgets were made in: search box, order, the list
    (or the hits), saved searches, the review notice, the tabs, then the shown tab's view, and round.

    Tab from a widget outside the chain (edit mode's fields, the menu bar) follows Qt's own order."""

    def __init__(self, window: BriefingWindow) -> None:
        sidebar = window.sidebar
        self.window = window
        self.fixed: list[QWidget] = [
            sidebar.search, sidebar.order, window.list_view, sidebar.hits_view, sidebar.more_button,
            sidebar.save_button, sidebar.saved, window.header.notice, window.tabs.tabBar()]

    @property
    def widgets(self) -> list[QWidget]:
        """The chain: the fixed widgets, then each built pane's view in tab order (one not built is not shown)."""
        return self.fixed + [pane_view(pane) for pane in self.window.lazy_panes.shown()]

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
    tables: list[QAbstractItemView] = [window.list_view, window.sidebar.hits_view, window.sidebar.saved]
    for view in tables:
        no_tab_trap(view)
        selection_palette(view)
    for key in ("participants", "statements", "commitments"):  # the panes' tables, as each is built
        window.lazy_panes.when_built(key, _table_manners)
    return FocusFrame(root)


def _table_manners(pane: QWidget) -> None:
    """Tab leaves the pane's table; its selection shows whether it has the focus."""
    view = pane_view(pane)
    assert isinstance(view, QAbstractItemView)
    no_tab_trap(view)
    selection_palette(view)
