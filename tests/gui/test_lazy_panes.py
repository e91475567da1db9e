"""Tabs out of sight do not lay out each briefing shown: the Statements tree fills, and the tables
measure their words and rows, when their tab is next shown (or the pane is next used)."""

from __future__ import annotations


def test_the_statements_tab_fills_when_it_is_shown(window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.summary_pane)
    window.show_briefing(window.library.get(stored_sample.id))
    pane = window.statements_pane
    assert pane._waiting and pane._model.rowCount() == 0  # out of sight: not filled yet
    window.tabs.setCurrentWidget(pane)
    assert not pane._waiting and pane.statement_count() == len(stored_sample.statements)
    assert all(pane._view.isExpanded(pane._model.index(row, 0)) for row in range(pane._model.rowCount()))


def test_a_hidden_statements_pane_fills_when_used(window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.summary_pane)
    window.show_briefing(None)
    window.show_briefing(window.library.get(stored_sample.id))
    assert window.statements_pane.model.rowCount() > 0  # `model` brings it up to date


def test_a_hidden_table_fits_its_rows_when_shown(window, stored_sample, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.summary_pane)
    window.show_briefing(window.library.get(stored_sample.id))
    view = window.commitments_pane.view
    qtbot.wait(10)  # the relayout turn passes while the tab is out of sight
    assert view._rows_waiting and view._words_waiting
    window.tabs.setCurrentWidget(window.commitments_pane)
    assert not view._rows_waiting and not view._words_waiting and view._word_widths
    heights = [view.rowHeight(row) for row in range(view.model().rowCount())]
    view.resizeRowsToContents()
    assert heights == [view.rowHeight(row) for row in range(view.model().rowCount())]


def unstarted_window(qtbot, store):  # type: ignore[no-untyped-def]
    """A real window shown but not yet painted: finish_startup (and edit mode, which asks for every pane)
    has not run."""
    from briefing.gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert not window.started
    return window


def test_a_tab_builds_its_pane_when_first_shown(qtbot, app_names, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    from briefing.library.search_terms import query_terms

    window = unstarted_window(qtbot, store)
    assert set(window.lazy_panes.built) == {"summary"}  # the first paint shows Summary only
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.hub.search_changed.emit("cooperation")  # words marked before the pane exists
    seen: list[object] = []
    window.tabs.currentChanged.connect(lambda index: seen.append(window.tabs.widget(index)))
    window.tabs.tabBar().setCurrentIndex(2)  # as a click on Statements, or Ctrl+PgDn twice
    pane = window.tabs.currentWidget()
    assert type(pane).__name__ == "StatementsPane" and window.lazy_panes.built["statements"] is pane
    assert seen == [pane] and window.tabs.currentIndex() == 2  # told once, of the built pane
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == names == [
        "Summary", "Participants", "Statements", "Commitments", "Source"]
    assert pane.statement_count() == len(stored_sample.statements) > 0  # the briefing shown before it existed
    assert pane.view.marking_delegate.terms == query_terms("cooperation")
    assert pane.view.accessibleName() == "Statements"
    assert set(window.lazy_panes.built) == {"summary", "statements"}
    assert window.statements_pane is pane  # built once


def test_a_pane_asked_for_is_built_behind_the_tab_shown(qtbot, app_names, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window = unstarted_window(qtbot, store)
    pane = window.participants_pane
    assert window.tabs.currentIndex() == 0 and window.tabs.indexOf(pane) == 1 and not pane.isVisible()
    assert pane.model.rowCount() == len(stored_sample.participants) > 0
    assert pane.view.accessibleName() == "Participants"
    window.tabs.setCurrentWidget(window.source_pane)  # the window's own way to a tab, by its pane
    assert window.tabs.currentIndex() == 4 and window.source_pane.text() == stored_sample.source.text
    window.finish_startup()  # edit mode wants every pane: all five are built, in tab order
    assert [window.tabs.indexOf(p) for p in window.panes] == [0, 1, 2, 3, 4]


def test_a_saved_tab_is_built_for_the_first_paint(qtbot, app_names, store) -> None:  # type: ignore[no-untyped-def]
    first = unstarted_window(qtbot, store)
    first.tabs.setCurrentIndex(3)
    first.save_state()
    first.close()
    window = unstarted_window(qtbot, store)
    assert window.tabs.currentIndex() == 3 and window.tabs.currentWidget() is window.lazy_panes.built["commitments"]
    assert set(window.lazy_panes.built) == {"summary", "commitments"}
