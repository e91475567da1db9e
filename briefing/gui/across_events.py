"""View ▸ Commitments Across Events and People Across Events: their actions, made on first use, tied to the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from briefing.library import Library, LibraryError

WINDOW_MATCH_ON_READ = 100
"""Changed briefings the window's own reads of the People directory match on the GUI thread (a few
hundredths of a second at 100,000 briefings); a larger backlog, left by an import or an upgrade, is
matched on a second connection in the background, the views showing the directory as it was meanwhile."""


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
    """`view` (made on first use) tied to the window: it opens briefings there and follows the library
    (matching the People directory in the background first when the library changed a lot)."""
    view.open_briefing.connect(lambda briefing_id: (window.select_id(briefing_id), window.raise_(),
                                                    window.activateWindow()))
    window.hub.library_changed.connect(lambda: (view.reload(), match_people_if_behind(window))
                                       if view.isVisible() else None)
    window.hub.library_replaced.connect(lambda library: view.set_library(library))
    return view


def read_little_on_the_gui_thread(window: Any) -> None:
    """The window's libraries (this one and each one opened later) match at most WINDOW_MATCH_ON_READ
    changed briefings when the views read them."""
    window.library.match_on_read = WINDOW_MATCH_ON_READ
    window.hub.library_replaced.connect(lambda library: setattr(library, "match_on_read", WINDOW_MATCH_ON_READ))


def match_people_if_behind(window: Any) -> None:
    """When more briefings changed than the views' reads match, match them all on a second connection
    in a worker (one such job at a time), then reload the views across events that are open."""
    library = window.library
    if getattr(window, "people_matching", False) or _backlog(library) <= WINDOW_MATCH_ON_READ:
        return
    window.people_matching = True
    path = library.path
    people_view = getattr(window, "people_view", None)
    if people_view is not None and people_view.isVisible():
        people_view.say("Matching people across the library in the background; the list shows what was "
                        "matched before until it finishes.")

    def job() -> int:
        if library.wait_for_check():  # found damaged once shown: nothing is written to it
            return 0
        with Library.open(path, claim=False, seed_sample=False) as second:
            return second.refresh_people()

    def finished(said: str) -> None:
        window.people_matching = False
        if library is not window.library:
            return  # another library was opened meanwhile
        for name in ("people_view", "commitments_view"):
            view = getattr(window, name, None)
            if view is not None and view.isVisible():
                view.reload()
        people = getattr(window, "people_view", None)
        if people is not None and people.isVisible():
            people.say(said)

    window.tasks.run("Matching people across the library…", job,
                     lambda count: finished(f"People matched across {count:,} changed briefings."),
                     lambda error: finished(f"The People directory could not be brought up to date: {error}"))


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
    read_little_on_the_gui_thread(window)

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
            window.show_status(str(error))
            return
        show()
        window.people_view.show_person(person.id if person is not None else None)

    action.triggered.connect(show)
    panes = getattr(window, "lazy_panes", None)  # the Participants pane, once it is built
    if panes is not None:
        panes.when_built("participants", lambda pane: pane.view.doubleClicked.connect(show_participant))
    return action


def _backlog(library: Library) -> int:
    try:
        return library.people_backlog() if not library.read_only else 0
    except LibraryError:
        return 0
