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


def test_search_box_filters_after_a_pause(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    assert window.proxy.rowCount() == COUNT
    target = big_store.get(big_store.ids("id")[123])
    window.search.setText(f"{target.participants[0].name}")
    assert window.proxy.rowCount() == COUNT  # debounced: nothing yet
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=3000)
    assert window.current is not None and window.current.id == target.id
    window.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == COUNT, timeout=3000)
    assert window.current is not None and window.current.id == target.id  # selection kept


def test_search_keeps_the_chosen_sort(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    window.list_view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    window.search.setText("synthetic 1")
    window.run_search()
    titles = [window.proxy.index(r, TITLE).data() for r in range(window.proxy.rowCount())]
    assert len(titles) > 1 and titles == sorted(titles, key=str.casefold)


def test_search_with_no_hits_clears_the_panes(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    window.search.setText("zzzznothing")
    window.run_search()
    assert window.proxy.rowCount() == 0
    assert window.current is None
    assert not window.window_actions.export_pdf.isEnabled()
