"""The library list on larger stores: lazy rows, sorting through the proxy, debounced search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from briefing.gui.list_model import DATE, KIND, PARTIES, TITLE, BriefingListModel, LibraryProxyModel
from briefing.store import Store
from tests.synthetic import synthetic_briefing

COUNT = 2000


@pytest.fixture(scope="module")
def big_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    with Store(path) as store:
        store.add_many(synthetic_briefing(n) for n in range(COUNT))
    return path


@pytest.fixture
def big_store(big_library: Path) -> Store:
    store = Store(big_library)
    yield store
    store.close()


def test_the_model_does_not_fetch_every_row_at_start(qtbot, big_store) -> None:
    model = BriefingListModel(big_store, window=100)
    proxy = LibraryProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint: the view asks for the rows it shows
    assert proxy.rowCount() == COUNT
    assert 0 < model.fetched_rows <= 200
    view.scrollToBottom()
    view.grab()
    assert proxy.index(COUNT - 1, TITLE).data().startswith("synthetic")
    assert model.fetched_rows <= 400
    assert model.cached_count() <= model.cache_size


def test_the_cache_is_bounded(big_store) -> None:
    model = BriefingListModel(big_store, window=50, cache_size=100)
    for row in range(0, COUNT, 7):
        assert model.index(row, TITLE).data()
    assert model.cached_count() <= 100


def test_sorting_by_header_reorders_through_the_proxy(qtbot, big_store) -> None:
    model = BriefingListModel(big_store)
    proxy = LibraryProxyModel()
    proxy.setSourceModel(model)
    newest = [proxy.index(r, DATE).data() for r in range(20)]
    assert newest == sorted(newest, reverse=True)
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, TITLE).data() for r in range(50)]
    assert titles == sorted(titles, key=str.casefold)
    proxy.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, TITLE).data().casefold() >= proxy.index(1, TITLE).data().casefold()
    proxy.sort(KIND, Qt.SortOrder.AscendingOrder)
    kinds = [proxy.index(r, KIND).data() for r in range(0, COUNT, 97)]
    assert kinds == sorted(kinds)
    proxy.sort(PARTIES, Qt.SortOrder.DescendingOrder)
    parties = [proxy.index(r, PARTIES).data() for r in range(0, COUNT, 97)]
    assert parties == sorted(parties, reverse=True, key=str.casefold)
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    oldest = [proxy.index(r, DATE).data() for r in range(20)]
    assert oldest == sorted(oldest)


def test_search_shows_hits_after_a_pause_and_clearing_returns_to_the_list(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    sidebar = window.library
    assert window.proxy.rowCount() == COUNT
    target = big_store.get(big_store.ids("id")[123])
    name = target.participants[0].name
    window.search.setText(name)
    assert sidebar.stack.currentWidget() is window.list_view  # debounced: nothing yet
    qtbot.waitUntil(lambda: sidebar.stack.currentWidget() is sidebar.results, timeout=3000)
    qtbot.waitUntil(lambda: not sidebar.controller.state.pending, timeout=5000)
    hits = sidebar.hits_model.hits
    assert hits and {hit.briefing_id for hit in hits} == {target.id}
    assert ("participant", 0) in [(hit.kind, hit.position) for hit in hits]
    sidebar.hits_view.setCurrentIndex(sidebar.hits_model.index(0, 0))
    sidebar.hits_view.activated.emit(sidebar.hits_view.currentIndex())
    assert window.current is not None and window.current.id == target.id
    assert window.selected_ids() == [target.id]  # the list follows, so File actions apply to it
    window.window_actions.clear_search.trigger()
    assert window.search.text() == ""
    assert sidebar.stack.currentWidget() is window.list_view
    assert window.proxy.rowCount() == COUNT  # the library list is never filtered by a search
    assert window.current is not None and window.current.id == target.id  # selection kept


def test_newest_first_and_more_results(qtbot, make_window, big_store, search) -> None:
    window = make_window(big_store)
    sidebar = window.library
    sidebar.order.setCurrentIndex(sidebar.order.findData("newest"))
    state = search(window, "cooperation")
    assert state.result.order == "newest" and len(state.hits) == 20 and state.more
    dates = [hit.event_date for hit in state.hits]
    assert dates == sorted(dates, reverse=True)
    assert sidebar.more_button.isVisibleTo(sidebar)
    sidebar.more_button.click()
    qtbot.waitUntil(lambda: len(sidebar.hits_model.hits) == 40, timeout=5000)
    assert sidebar.hits_model.hits == big_store.search("cooperation", limit=40, order="newest").hits


def test_a_search_without_hits_keeps_the_briefing_and_says_why(qtbot, make_window, big_store, search) -> None:
    window = make_window(big_store)
    shown = window.current
    state = search(window, "zzzznothing")
    assert state.hits == [] and "no briefing matches" in (state.result.reason or "")
    assert "No hits" in window.library.heading.text()
    assert "no briefing matches" in window.library.hits_view.placeholder.casefold()
    assert window.current is shown
    assert window.proxy.rowCount() == COUNT
