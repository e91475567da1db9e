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
