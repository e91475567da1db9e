"""The left side of the window: search box and order, the library list or the hits, saved searches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.actions import WindowActions
from briefing.gui.colors import secondary_text
from briefing.gui.formatting import esc
from briefing.gui.hits_view import HitsModel, HitsView
from briefing.gui.hub import SignalHub
from briefing.gui.saved_searches import SavedSearchesList
from briefing.gui.search_controller import SearchController, SearchState
from briefing.gui.settings import SEARCH_ORDER, app_settings, text_value
from briefing.library import Library, LibraryError
from briefing.library.search_terms import empty_reason, query_terms, result_details, result_heading

if TYPE_CHECKING:  # the search code is imported when the first search runs
    from briefing.library import Hit

SEARCH_DELAY_MS = 200
ORDER_CHOICES = (("Relevance", "rank"), ("Newest first", "newest"))
LIBRARY_PAGE, RESULTS_PAGE = 0, 1


class SearchSidebar(QWidget):
    """Typing searches after a short pause; the hits replace the library list until Esc clears them.

    Emits `hit_activated(hit)` when a hit is opened (Enter, click); the window shows it."""

    hit_activated = Signal(object)

    def __init__(self, library: Library, hub: SignalHub, actions: WindowActions, library_view: QAbstractItemView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.hub = hub
        self.actions = actions
        self.library_view = library_view
        self.controller = SearchController(library, self)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._marked = ""
        self._build()
        self._connect()
        self.saved.set_searches(library.saved_searches())
        self._show(self.controller.state)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search all briefings (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Words, \"phrases\", OR, -exclusions, prefix*, speaker:, party:, after:… "
                               "(Help ▸ Search Syntax)")
        self.order = QComboBox(self)
        for label, order in ORDER_CHOICES:
            self.order.addItem(label, order)
        self.order.setToolTip("Order of the hits")
        saved_order = text_value(app_settings(), SEARCH_ORDER, "rank")
        self.order.setCurrentIndex(max(0, self.order.findData(saved_order)))
        self.controller.state = SearchState(order=self.order.currentData())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.search, 1)
        row.addWidget(self.order)

        self.results = QWidget(self)
        self.heading = QLabel(self.results)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setContentsMargins(2, 2, 2, 2)
        self.hits_model = HitsModel(self)
        self.hits_model.speaker_of = self._speaker_of
        self._speakers: dict[int, list[str]] = {}  # briefing id -> its statements' speakers, for the hits shown
        self.hits_view = HitsView(self.results)
        self.hits_view.setModel(self.hits_model)
        self.more_button = QPushButton("More results", self.results)
        self.more_button.setFlat(True)
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(2)
        results_layout.addWidget(self.heading)
        results_layout.addWidget(self.hits_view, 1)
        results_layout.addWidget(self.more_button)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.library_view)
        self.stack.addWidget(self.results)

        self.saved_section = QWidget(self)
        title = QLabel("<b>Saved searches</b>", self.saved_section)
        add = self.save_button = QToolButton(self.saved_section)
        add.setDefaultAction(self.actions.save_search)
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add.setAutoRaise(True)
        head = QHBoxLayout()
        head.setContentsMargins(2, 4, 0, 0)
        head.addWidget(title, 1)
        head.addWidget(add)
        self.saved = SavedSearchesList(self.actions.run_saved_search, self.actions.delete_saved_search,
                                       self.saved_section)
        saved_layout = QVBoxLayout(self.saved_section)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        saved_layout.setSpacing(2)
        saved_layout.addLayout(head)
        saved_layout.addWidget(self.saved, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.saved_section)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.splitter, 1)
        self.addAction(self.actions.clear_search)

    def _connect(self) -> None:
        acts = self.actions
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        self.timer.timeout.connect(self.run_now)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.controller.changed.connect(self._show)
        self.hits_view.activated.connect(self._open_index)
        self.hits_view.clicked.connect(self._open_index)
        self.hits_view.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.more_button.clicked.connect(self.controller.more)
        self.saved.run_requested.connect(self.run_query)
        acts.clear_search.triggered.connect(self.clear)
        acts.save_search.triggered.connect(self.save_search)
        acts.run_saved_search.triggered.connect(self.saved.run_current)
        acts.delete_saved_search.triggered.connect(self.delete_saved_search)

    # --- searching -------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.controller.state.active

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_now(self) -> None:
        """Search for the box's text at once (the pause after typing ends, or Enter)."""
        self.timer.stop()
        self.controller.search(self.search.text())

    def run_query(self, query: str) -> None:
        """Put `query` in the box and run it now (a saved search)."""
        self.search.setText(query)
        self.run_now()

    def use_library(self, library: Library) -> None:
        """Another library replaced this one: its saved searches, an empty search."""
        self.library = library
        self._speakers.clear()
        self.controller.use_library(library)
        self.saved.set_searches(library.saved_searches())
        self.clear()

    def clear(self) -> None:
        """Empty the box and show the library list again."""
        had_focus = self.results.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.search.clear()
        self.run_now()
        if had_focus:
            self.library_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """The library changed: run the active search again."""
        self._speakers.clear()
        self.controller.refresh()

    def close_search(self) -> None:
        self.timer.stop()
        self.controller.close()

    def current_hit(self) -> Hit | None:
        return self.hits_model.hit_at(self.hits_view.currentIndex().row())

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.run_now()  # an empty box returns to the library at once

    def _order_changed(self) -> None:
        order = self.order.currentData()
        app_settings().setValue(SEARCH_ORDER, order)
        self.controller.set_order(order)

    def _maybe_more(self, value: int) -> None:
        if value > 0 and value == self.hits_view.verticalScrollBar().maximum():
            self.controller.more()

    def _open_index(self, index: object) -> None:
        hit = self.hits_model.hit_at(self.hits_view.currentIndex().row())
        if hit is not None:
            self.hit_activated.emit(hit)

    def _speaker_of(self, hit: Hit) -> str:
        """Who said a statement hit (read once per briefing of the shown hits)."""
        speakers = self._speakers.get(hit.briefing_id)
        if speakers is None:
            try:
                speakers = [s.speaker for s in self.library.get(hit.briefing_id).statements]
            except LibraryError:
                speakers = []
            self._speakers[hit.briefing_id] = speakers
        return speakers[hit.position] if 0 <= hit.position < len(speakers) else ""

    def _show(self, state: SearchState) -> None:
        self.stack.setCurrentIndex(RESULTS_PAGE if state.active else LIBRARY_PAGE)
        if not state.hits or len(self._speakers) > 200:
            self._speakers.clear()
        self.hits_view.hit_delegate.terms = query_terms(state.text) if state.active else []
        keep = self.current_hit()
        self.hits_model.set_hits(state.hits)
        if keep is not None and self.hits_view.currentIndex().row() < 0:
            row = self.hits_model.row_of(keep)
            if row >= 0:
                self.hits_view.setCurrentIndex(self.hits_model.index(row, 0))
        heading = result_heading(state.result, len(state.hits), state.more, state.pending)
        details = result_details(state.result, state.error)
        muted = secondary_text(self.palette(), on_window=True).name()
        self.heading.setText(f"<b>{esc(heading)}</b>" + "".join(
            f"<br><span style='color:{muted}'>{esc(line)}</span>" for line in details))
        self.heading.setVisible(bool(heading or details))
        self.hits_view.set_placeholder(
            "" if state.hits else "Searching…" if state.pending else empty_reason(state.result))
        self.more_button.setVisible(state.more or state.loading_more)
        self.more_button.setEnabled(not state.loading_more)
        self.more_button.setText("Loading…" if state.loading_more else "More results")
        self.actions.save_search.setEnabled(state.active)
        self.actions.clear_search.setEnabled(state.active or bool(self.search.text()))
        marked = state.text if state.active else ""
        if marked != self._marked:
            self._marked = marked
            self.hub.search_changed.emit(marked)

    # --- saved searches ---------------------------------------------------------------------------

    def save_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            return
        same = [name for name, saved in self.saved.queries().items() if saved == query]
        default = same[0] if same else (query if len(query) <= 40 else query[:39] + "…")
        from PySide6.QtWidgets import QInputDialog  # here: PySide6 builds its class when first used

        name, ok = QInputDialog.getText(self, "Save Search", "Name of the saved search:", text=default)
        if not ok or not name.strip():
            return
        try:
            search_id = self.library.save_search(name, query)
        except LibraryError as error:
            self.hub.status_message.emit(f"The search was not saved: {error}")
            return
        self.saved.set_searches(self.library.saved_searches(), select_id=search_id)
        self.hub.status_message.emit(f"Saved the search “{name.strip()}”")

    def delete_saved_search(self) -> None:
        search_id, name = self.saved.current_id(), self.saved.current_name()
        if search_id is None:
            return
        try:
            self.library.delete_saved_search(search_id)
        except LibraryError as error:
            self.hub.status_message.emit(f"The saved search was not deleted: {error}")
            return
        self.saved.set_searches(self.library.saved_searches())
        self.hub.status_message.emit(f"Deleted the saved search “{name}”")

    # --- keys in the box ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Down and self.active:
                self._step_into_hits()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or not self.active:
                    self.run_now()
                self._step_into_hits(open_it=True)
                return True
        return super().eventFilter(watched, event)

    def _step_into_hits(self, open_it: bool = False) -> None:
        if self.hits_model.rowCount() == 0:
            return
        if not self.hits_view.currentIndex().isValid():
            self.hits_view.setCurrentIndex(self.hits_model.index(0, 0))
        if open_it:
            self._open_index(self.hits_view.currentIndex())
        else:
            self.hits_view.setFocus(Qt.FocusReason.OtherFocusReason)
