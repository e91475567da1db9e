"""The library list on larger stores: lazy rows, sorting through the proxy, debounced search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from briefing.gui.list_model import DATE, KIND, PARTIES, TITLE, BriefingListModel, LibraryProxyModel
from briefing.library import Library
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
def big_store(big_library: Path) -> Library:
    store = Library.open(big_library, claim=False)
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
    sidebar = window.sidebar
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
    sidebar = window.sidebar
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
    assert "No hits" in window.sidebar.heading.text()
    assert "no briefing matches" in window.sidebar.hits_view.placeholder.casefold()
    assert window.current is shown
    assert window.proxy.rowCount() == COUNT


def _shown(window) -> int | None:  # type: ignore[no-untyped-def]
    return window.current.id if window.current else None


def test_clicking_or_arrowing_to_a_row_shows_that_briefing(qtbot, make_window, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    store.add(list(synthetic_briefing(n) for n in range(5)))
    window = make_window()
    window.refresh_library()
    view = window.list_view
    for row in (2, 4, 1):  # a press makes the row current before it selects it
        rect = view.visualRect(window.proxy.index(row, 0))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
        assert _shown(window) == window.proxy.id_at(row)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert _shown(window) == window.proxy.id_at(2)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert _shown(window) == window.proxy.id_at(1)


def test_discarding_a_draft_after_the_list_took_focus_shows_the_briefing_again(
        qtbot, make_window, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from briefing.extract import extract

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    store.add(list(synthetic_briefing(n) for n in range(3)))
    window = make_window()
    window.refresh_library()
    first = _shown(window)
    window.editing.open_draft(extract("Towns meet\n\nMayor Ana Berg met Mayor Tom Reed on 3 May 2025."))
    window.activateWindow()
    window.sidebar.search.setFocus()
    window.list_view.setFocus()  # the first row becomes current, unselected
    qtbot.wait(20)
    window.window_actions.discard_edits.trigger()
    assert window.editing.session is None and _shown(window) == first


def test_a_library_that_fails_mid_session_says_why_in_the_status_bar(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.list_model import UNREADABLE
    from briefing.library import LibraryError

    window = make_window()
    model = window.list_model
    model._cache.clear()

    def damaged(ids):  # type: ignore[no-untyped-def]
        raise LibraryError("“library.sqlite” is damaged (database disk image is malformed)")

    monkeypatch.setattr(model.library, "rows", damaged)
    monkeypatch.setattr(model.library, "ids", lambda order="newest": damaged([]))
    assert model.data(model.index(0, 0)) == UNREADABLE  # no exception escapes into Qt's data()
    model.reload(forget_rows=True)  # the rows listed stay listed
    assert model.rowCount() == 1
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage())


def test_a_briefing_with_bytes_that_are_not_text_is_listed_and_shown(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.library.test_bytes_not_text import library_with_bad_bytes_in_a_briefing

    path = tmp_path / "odd.sqlite"
    library_with_bad_bytes_in_a_briefing(path)
    with Library.open(path, claim=False, tidy=False) as library:
        window = make_window(library)
        assert window.proxy.index(0, TITLE).data() == "May\ufffd"
        assert window.current is not None and window.current.title == "May\ufffd"
        window.close()
