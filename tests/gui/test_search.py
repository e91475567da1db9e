"""Searching from the window: hits as you type, the fast then the ranked page, opening hits, marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from briefing.gui.colors import match_colors
from briefing.gui.hits_view import HIT_ROLE
from briefing.store.search import HIT_END, HIT_START

STEFANO = "Manlio Di Stefano"


def hit_row(window, kind: str) -> int:  # type: ignore[no-untyped-def]
    return next(row for row, hit in enumerate(window.sidebar.hits_model.hits) if hit.kind == kind)


def open_with_enter(qtbot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    view = window.sidebar.hits_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_typing_shows_hits_with_types_and_marked_snippets(qtbot, window, search) -> None:
    state = search(window, "Hongqi")
    sidebar = window.sidebar
    assert sidebar.stack.currentWidget() is sidebar.results
    kinds = [hit.kind for hit in state.hits]
    assert "statement" in kinds and "commitment" in kinds
    assert all(HIT_START in hit.snippet and HIT_END in hit.snippet for hit in state.hits)
    first = sidebar.hits_model.index(0, 0)
    assert first.data(HIT_ROLE) == state.hits[0]
    assert first.data().startswith("Statement by Jing Junhai: ") and "Hongqi" in first.data()
    assert "\x02" not in first.data()
    assert sidebar.heading.text().startswith("<b>7 hits · by relevance")
    sidebar.hits_view.grab()  # the delegate paints every visible hit without error


def test_text_hits_show_as_text(window, search) -> None:
    state = search(window, "Hongqi")
    model = window.sidebar.hits_model
    rows = [row for row, hit in enumerate(state.hits) if hit.kind in ("summary", "source")]
    assert rows and all(model.index(row, 0).data().startswith("Text: ") for row in rows)


def test_speaker_filter_finds_the_speakers_statements(window, stored_sample, search) -> None:
    state = search(window, "speaker:Stef")
    assert [hit.kind for hit in state.hits] == ["statement", "statement"]
    assert {stored_sample.statements[hit.position].speaker for hit in state.hits} == {STEFANO}


def test_the_fast_page_comes_first_then_the_ranked_page_replaces_it(qtbot, window, store) -> None:
    sidebar = window.sidebar
    window.search.setText("Hongqi")
    sidebar.run_now()
    fast = sidebar.controller.state
    assert fast.result.order == "fast" and fast.pending
    assert sidebar.hits_model.rowCount() == len(fast.hits) > 0  # shown before any background work
    assert "ranking" in sidebar.heading.text()
    qtbot.waitUntil(lambda: sidebar.controller.state.result.order == "rank", timeout=5000)
    ranked = store.search("Hongqi", order="rank").hits
    assert sidebar.hits_model.hits == ranked
    assert [h.kind for h in ranked] != [h.kind for h in fast.hits]  # the order really changed


def test_a_newer_query_discards_the_older_ranked_page(qtbot, window, store) -> None:
    sidebar = window.sidebar
    seen: list[str] = []
    sidebar.controller.changed.connect(lambda state: seen.append(state.text))
    for text in ("Hong", "Hongqi", "Stefano"):
        window.search.setText(text)
        sidebar.run_now()
    qtbot.waitUntil(lambda: not sidebar.controller.state.pending, timeout=5000)
    sidebar.controller.runner.wait(5000)
    qtbot.wait(50)
    assert seen[seen.index("Stefano"):] == ["Stefano"] * len(seen[seen.index("Stefano"):])
    assert sidebar.hits_model.hits == store.search("Stefano", order="rank").hits


def test_enter_on_a_statement_hit_opens_it_and_points_the_source(qtbot, window, stored_sample, search) -> None:
    state = search(window, "speaker:Stef")
    window.tabs.setCurrentWidget(window.summary_pane)
    open_with_enter(qtbot, window, 1)
    hit = state.hits[1]
    statement = stored_sample.statements[hit.position]
    assert window.tabs.currentWidget() is window.statements_pane
    current = window.statements_pane.view.currentIndex()
    assert current.data() == statement.text
    assert current.parent().data() == STEFANO
    cursor = window.source_pane.text_cursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (statement.start, statement.end)


def test_a_click_on_a_commitment_hit_opens_its_row(qtbot, window, stored_sample, search) -> None:
    state = search(window, "Hongqi")
    row = hit_row(window, "commitment")
    view = window.sidebar.hits_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    commitment = stored_sample.commitments[state.hits[row].position]
    assert window.tabs.currentWidget() is window.commitments_pane
    assert window.commitments_pane.view.currentIndex().row() == state.hits[row].position
    cursor = window.source_pane.text_cursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (commitment.start, commitment.end)


def test_participant_text_and_source_hits_open_their_tabs(qtbot, window, stored_sample, search) -> None:
    state = search(window, "Bayanqolu")
    open_with_enter(qtbot, window, hit_row(window, "participant"))
    assert window.tabs.currentWidget() is window.participants_pane
    assert window.participants_pane.view.currentIndex().row() == 3
    assert window.participants_pane.view.currentIndex().data() == "Bayanqolu"
    open_with_enter(qtbot, window, hit_row(window, "source"))
    assert window.tabs.currentWidget() is window.source_pane
    cursor = window.source_pane.text_cursor()
    assert cursor.selectedText() == "Bayanqolu"
    assert state.hits
    search(window, "governor")
    open_with_enter(qtbot, window, hit_row(window, "summary"))
    assert window.tabs.currentWidget() is window.summary_pane


def _marked_words(document, palette) -> list[str]:  # type: ignore[no-untyped-def]
    background = match_colors(palette)[0]
    words, block = [], document.begin()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.background().color() == background:
                words.append(block.text()[fmt.start:fmt.start + fmt.length])
        block = block.next()
    return words


def test_the_query_words_are_marked_in_the_panes_until_cleared(qtbot, window, search) -> None:
    search(window, "hongqi brand")
    source = window.source_pane
    marked = _marked_words(source.browser.document(), source.palette())
    assert "Hongqi" in marked and "brand" in marked
    assert set(marked) <= {"Hongqi", "brand"}
    assert _marked_words(window.summary_pane.browser.document(), window.summary_pane.palette())
    assert [t.word for t in window.statements_pane.view.marking_delegate.terms] == ["hongqi", "brand"]
    window.statements_pane.view.grab()  # marked cells paint
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.sidebar.stack.currentWidget() is window.list_view
    assert _marked_words(source.browser.document(), source.palette()) == []
    assert window.statements_pane.view.marking_delegate.terms == []


def test_empty_results_say_why(window, search) -> None:
    state = search(window, "-Hongqi")
    assert state.hits == []
    assert "No hits" in window.sidebar.heading.text()
    assert "Only exclusions: add a word" in window.sidebar.hits_view.placeholder
    window.sidebar.hits_view.grab()
    search(window, "after:someday -Hongqi")
    assert "After: needs a date" in window.sidebar.heading.text()  # what was ignored
    assert "Only exclusions" in window.sidebar.hits_view.placeholder  # and why nothing was found
    search(window, "after:someday Hongqi")
    assert "After: needs a date" in window.sidebar.heading.text()
    assert window.sidebar.hits_model.rowCount() > 0


@pytest.mark.parametrize("hostile", ['"', "OR", "-", "a" * 10000, "\x00", "speaker:", "(((", "😀", "<b>x</b>"])
def test_any_input_is_accepted(qtbot, window, search, hostile: str) -> None:
    state = search(window, hostile)
    assert state.error is None
    assert state.hits or window.sidebar.heading.text()
    window.sidebar.hits_view.grab()


def test_a_failed_search_shows_the_error_in_the_header(qtbot, window, monkeypatch, search) -> None:
    from briefing.store import Store

    def broken(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.read_only:
            raise RuntimeError("disk on fire")
        return original(self, *args, **kwargs)

    original = Store.search
    monkeypatch.setattr(Store, "search", broken)
    state = search(window, "Hongqi")
    assert state.error == "disk on fire"
    assert "The search failed: disk on fire" in window.sidebar.heading.text()
    assert state.hits  # the fast page stays


def test_saving_running_and_deleting_a_saved_search(qtbot, window, store, monkeypatch, search) -> None:
    from PySide6.QtWidgets import QInputDialog

    acts = window.window_actions
    assert not acts.save_search.isEnabled()
    search(window, "speaker:Stef")
    assert acts.save_search.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Stefano said", True))
    acts.save_search.trigger()
    assert [(name, query) for _, name, query in store.saved_searches()] == [("Stefano said", "speaker:Stef")]
    saved = window.sidebar.saved
    assert saved.count() == 1 and saved.item(0).text() == "Stefano said"
    window.window_actions.clear_search.trigger()
    assert window.sidebar.stack.currentWidget() is window.list_view
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=saved.visualItemRect(saved.item(0)).center())
    assert window.search.text() == "speaker:Stef"
    qtbot.waitUntil(lambda: not window.sidebar.controller.state.pending, timeout=5000)
    assert len(window.sidebar.hits_model.hits) == 2
    saved.setFocus()
    saved.setCurrentRow(0)
    qtbot.keyClick(saved, Qt.Key.Key_Delete)
    assert store.saved_searches() == [] and saved.count() == 0
    assert store.count() == 1  # Del on a saved search never deletes a briefing


def test_saving_under_the_same_name_replaces(window, store, monkeypatch, search) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("cars", True))
    for text in ("Hongqi", "automobile"):
        search(window, text)
        window.window_actions.save_search.trigger()
    assert [(name, query) for _, name, query in store.saved_searches()] == [("cars", "automobile")]
    assert window.sidebar.saved.count() == 1


def test_ctrl_f_focuses_the_box_and_selects_its_text(qtbot, window) -> None:
    window.search.setText("Hongqi")
    window.list_view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_view, timeout=1000)
    key = QKeySequence(QKeySequence.StandardKey.Find)[0]
    qtbot.keyClick(window.list_view, key.key(), key.keyboardModifiers())
    qtbot.waitUntil(lambda: window.search.hasFocus(), timeout=1000)
    assert window.search.selectedText() == "Hongqi"


def test_down_moves_from_the_box_to_the_hits_and_enter_opens_the_first(qtbot, window, search) -> None:
    search(window, "speaker:Stef")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.sidebar.hits_view.hasFocus() or QApplication.focusWidget() is window.sidebar.hits_view
    assert window.sidebar.hits_view.currentIndex().row() == 0
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.statements_pane


def test_the_order_switch_is_remembered(qtbot, make_window, search) -> None:
    first = make_window()
    assert first.sidebar.order.currentData() == "rank"
    first.sidebar.order.setCurrentIndex(first.sidebar.order.findData("newest"))
    assert search(first, "Hongqi").result.order == "newest"
    first.close()
    second = make_window()
    assert second.sidebar.order.currentData() == "newest"
    assert search(second, "Hongqi").result.order == "newest"


def test_help_shows_the_search_syntax(qtbot, window) -> None:
    window.window_actions.search_syntax.trigger()
    dialog = window.syntax_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for example in ('"new ferry line"', "ferry OR port", "-Hongqi", "harb*", "speaker:Jing", "after:2020-05-01"):
        assert example in text
    assert window.window_actions.search_syntax.shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents)
    dialog.close()


def test_an_import_reruns_the_active_search(qtbot, window, store, stored_sample, search) -> None:
    search(window, "Hongqi")
    before = len(window.sidebar.hits_model.hits)
    copy = store.get(stored_sample.id)
    copy.id = None
    store.add([copy]).ids[0]
    window.hub.library_changed.emit()
    qtbot.waitUntil(lambda: len(window.sidebar.hits_model.hits) == 2 * before, timeout=5000)


def test_escape_in_the_hits_returns_to_the_library_list(qtbot, window, search) -> None:
    search(window, "Hongqi")
    view = window.sidebar.hits_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=1000)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.sidebar.stack.currentWidget() is window.list_view
    assert QApplication.focusWidget() is window.list_view
