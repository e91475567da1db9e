"""View ▸ Commitments Across Events and People Across Events: their actions, made on first use, tied to the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from briefing.gui.people_matching import keep_people_matched, match_people_if_behind
from briefing.library import LibraryError


def view_action(window: Any, text: str, keys: str, tip: str) -> QAction:
    """An action in the window's View menu (and on the window, so its keys work everywhere)."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.setStatusTip(tip)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    view_menu = next((m for m in menus if m.title().replace("&", "") == "View"), None)
    (view_menu or window.menuBar().addMenu("&View")).addAction(action)
    window.addAction(action)
    return action


def tied_view(window: Any, view: Any) -> Any:
    """`view` (made on first use) tied to the window: it opens briefings there and follows the library."""
    view.open_briefing.connect(lambda briefing_id: (window.select_id(briefing_id), window.raise_(),
                                                    window.activateWindow()))
    window.hub.library_changed.connect(lambda: view.reload() if view.isVisible() else None)
    window.hub.library_replaced.connect(lambda library: view.set_library(library))
    return view


def bring_up(view: Any) -> None:
    view.show()
    view.raise_()
    view.activateWindow()


def install_commitments_view(window: Any) -> QAction:
    """Add View ▸ Commitments (Ctrl+Shift+U) to a main window; the view is made when first opened,
    follows the briefing the window shows, and opens a briefing there on a double-click."""
    action = view_action(window, "&Commitments Across Events", "Ctrl+Shift+U",
                         "Every commitment in the library with its status: filter, follow up, set statuses")

    def show() -> None:
        view = getattr(window, "commitments_view", None)
        if view is None:
            from briefing.gui.commitments_view import CommitmentsView

            view = window.commitments_view = tied_view(window, CommitmentsView(window.library, window))
            view.changed.connect(lambda: window.hub.library_changed.emit())
            window.hub.briefing_shown.connect(
                lambda briefing_id: view.set_current_briefing(briefing_id if briefing_id >= 0 else None))
        view.set_current_briefing(window.current.id if window.current is not None else None)
        bring_up(view)
        match_people_if_behind(window)  # its party filters read the People directory

    action.triggered.connect(show)
    return action


def install_people_view(window: Any) -> QAction:
    """Add View ▸ People (Ctrl+Shift+P) to a main window; the view is made when first opened and opens a
    briefing in the window on a click on an event."""
    action = view_action(window, "&People Across Events", "Ctrl+Shift+P",
                         "Everyone in the library, one entry per person: their events, statements and commitments")
    keep_people_matched(window)

    def show() -> None:
        view = getattr(window, "people_view", None)
        if view is None:
            from briefing.gui.people_view import PeopleView

            view = window.people_view = tied_view(window, PeopleView(window.library, window))
        bring_up(view)
        match_people_if_behind(window)

    def show_participant(index: Any) -> None:
        """A double-click on a participant (outside edit mode) opens their page in the People view."""
        current = getattr(window, "current", None)
        editing = getattr(window, "editing", None)
        if current is None or current.id is None or (editing is not None and editing.is_editing()):
            return
        name = current.participants[index.row()].name if index.row() < len(current.participants) else None
        try:
            person = window.library.person_in(current.id, name) if name else None
        except LibraryError as error:
            window.show_status("People are being matched across the briefings changed lately; try again in a moment"
                               if getattr(window, "people_matching", False) else str(error))
            return
        show()
        window.people_view.show_person(person.id if person is not None else None)

    action.triggered.connect(show)
    panes = getattr(window, "lazy_panes", None)  # the Participants pane, once it is built
    if panes is not None:
        panes.when_built("participants", lambda pane: pane.view.doubleClicked.connect(show_participant))
    return action
