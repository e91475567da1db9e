"""Runs searches: the fast page at once on the GUI thread, the ordered page and more in the background."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefing.gui.tasks import TaskRunner
from briefing.library import Library

if TYPE_CHECKING:  # the search code is imported when the first search runs
    from briefing.library import Hit, SearchResult

PAGE = 20
ORDERS = ("rank", "newest")


@dataclass(frozen=True)
class SearchState:
    """What the results view shows: the query, its hits so far and how far the search has got."""

    text: str = ""
    order: str = "rank"
    hits: list[Hit] = field(default_factory=list)
    result: SearchResult | None = None  # the latest page (notes, reason, order)
    pending: bool = False  # the ordered page is still being computed
    loading_more: bool = False
    more: bool = False  # another page may follow
    error: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip())


class SearchController(QObject):
    """One per window. `search(text)` shows the fast page, then replaces it with the ordered one.

    The fast page comes from the window's Library on the GUI thread (a few ms, and the GUI thread
    is the only one that writes through that connection). Ordered pages and further pages run
    on a second, read-only connection in a one-thread pool, so they never share a connection
    with a write. A newer query makes older work stale: the running statement is interrupted and
    its result, if any, is dropped."""

    changed = Signal(object)  # SearchState

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = TaskRunner(self, max_threads=1)
        self.state = SearchState()
        self._generation = 0
        self._reader: Library | None = None
        self._reader_failed = False
        self._lock = threading.Lock()

    # --- requests ------------------------------------------------------------------------------

    def search(self, text: str, order: str | None = None) -> None:
        """Show the first page for `text` now and start computing the ordered page."""
        order = order if order in ORDERS else self.state.order
        self._generation += 1
        self._interrupt()
        if not text.strip():
            self._set(SearchState(order=order))
            return
        try:
            fast = self.library.search(text, limit=PAGE, order="fast")
        except Exception as error:  # the store never raises on a query; a broken file still might
            self._set(SearchState(text=text, order=order, error=_describe(error)))
            return
        pending = bool(fast.hits)  # nothing matched: the ordered page would be empty too
        self._set(SearchState(text=text, order=order, hits=list(fast.hits), result=fast, pending=pending,
                              more=False))
        if pending:
            self._start(text, order, 0)

    def set_order(self, order: str) -> None:
        if order in ORDERS and order != self.state.order:
            self.search(self.state.text, order)

    def more(self) -> None:
        """Fetch the next page in the current order, appended to the hits."""
        state = self.state
        if not state.active or state.pending or state.loading_more or not state.more:
            return
        self._set(replace(state, loading_more=True))
        self._start(state.text, state.order, len(state.hits))

    def refresh(self) -> None:
        """Run the current query again (after the library changed)."""
        if self.state.active:
            self.search(self.state.text)

    def use_library(self, library: Library) -> None:
        """Search another library from now on; it gets its own read-only connection when needed."""
        self.library = library
        self._reader_failed = False

    def clear(self) -> None:
        self.search("")

    def close(self) -> None:
        """Stop background work and close the read-only connection (the window is closing)."""
        self._generation += 1
        self._interrupt()
        self.runner.wait(30000)
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # --- background pages ----------------------------------------------------------------------

    def _start(self, text: str, order: str, offset: int) -> None:
        generation = self._generation
        reader = self._reader_library()
        if reader is None:  # no second connection: compute here, on the GUI thread
            try:
                self._arrived(generation, offset, self.library.search(text, limit=PAGE, offset=offset, order=order))
            except Exception as error:
                self._failed(generation, error)
            return

        def job() -> SearchResult | None:
            with self._lock:
                if generation != self._generation:
                    return None  # a newer query was typed while this one waited
                return reader.search(text, limit=PAGE, offset=offset, order=order)

        self.runner.run("Searching…", job,
                        on_result=lambda result: self._arrived(generation, offset, result),
                        on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, offset: int, result: SearchResult | None) -> None:
        if generation != self._generation or result is None:
            return
        state = self.state
        if result.reason and not result.hits and result.reason.startswith("the search could not be run"):
            self._set(replace(state, pending=False, loading_more=False, more=False, error=result.reason))
            return
        hits = list(result.hits) if offset == 0 else state.hits + list(result.hits)
        self._set(replace(state, hits=hits, result=result, pending=False, loading_more=False,
                          more=len(result.hits) == PAGE, error=None))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set(replace(self.state, pending=False, loading_more=False, more=False, error=_describe(error)))

    def _reader_library(self) -> Library | None:
        if self._reader is None and not self._reader_failed:
            try:
                self._reader = self.library.reader()
            except Exception:
                self._reader_failed = True
        return self._reader

    def _interrupt(self) -> None:
        """Abort a statement running on the read-only connection (a no-op when none runs)."""
        if self._reader is not None:
            self._reader.interrupt()

    def _set(self, state: SearchState) -> None:
        self.state = state
        self.changed.emit(state)


def _describe(error: BaseException) -> str:
    return str(error) or type(error).__name__
