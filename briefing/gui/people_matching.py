"""The window keeps the People directory matched in the background, never for long on its own thread."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from PySide6.QtCore import QTimer

from briefing.library import Library, LibraryError

WINDOW_MATCH_ON_READ = 100
"""Changed briefings the window's own reads of the People directory match on the GUI thread (a few
hundredths of a second at 100,000 briefings); a larger backlog, left by an import or an upgrade, is
matched on a second connection in the background, the views showing the directory as it was meanwhile."""
MATCHING = "Matching people across the library…"


def keep_people_matched(window: Any) -> None:
    """From now on, the window's libraries (this one and each one opened later) match little on the
    GUI thread, and a larger backlog is matched in the background: once the window has started, after
    each change and when another library is opened."""
    window.library.match_on_read = WINDOW_MATCH_ON_READ
    window.hub.library_changed.connect(lambda: match_people_if_behind(window))
    window.hub.library_replaced.connect(lambda library: (setattr(library, "match_on_read", WINDOW_MATCH_ON_READ),
                                                         QTimer.singleShot(0, lambda: match_people_if_behind(window))))
    window.after_startup.append(lambda: match_people_if_behind(window))


def match_people_if_behind(window: Any) -> None:
    """When more briefings changed than the window's reads match, match them on a second connection in
    a worker (one such job at a time; closing the window or opening another library stops it between
    batches), then reload the views across events that are open and look again."""
    library = window.library
    if getattr(window, "people_matching", False) or _backlog(library) <= WINDOW_MATCH_ON_READ:
        return
    window.people_matching = True
    path = library.path
    stop = threading.Event()
    _say(window, "Matching people across the library in the background; the list shows what was matched "
                 "before until it finishes.")

    def job() -> int:
        if library.wait_for_check():  # found damaged once shown: nothing is written to it
            return 0
        with Library.open(path, claim=False, seed_sample=False) as second:
            return second.refresh_people(should_stop=stop.is_set)

    def finished(said: str, again: bool) -> None:
        window.people_matching = False
        if library is not window.library:  # another library was opened meanwhile: its turn
            match_people_if_behind(window)
            return
        if stop.is_set():
            return  # the window is closing
        for name in ("people_view", "commitments_view"):
            view = getattr(window, name, None)
            if view is not None and view.isVisible():
                view.reload()
        _say(window, said)
        if again:  # what changed while this ran
            match_people_if_behind(window)

    window.tasks.run(MATCHING, job,
                     lambda count: finished(f"People matched across {count:,} changed briefings.", True),
                     lambda error: finished(f"The People directory could not be brought up to date: {error}", False),
                     stop=stop.set)


def _say(window: Any, text: str) -> None:
    view = getattr(window, "people_view", None)
    if view is not None and view.isVisible():
        view.say(text)


def _backlog(library: Library) -> int:
    try:
        return library.people_backlog() if not library.read_only else 0
    except (LibraryError, sqlite3.Error):  # damaged, or closed with its window
        return 0
