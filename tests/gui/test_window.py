"""The main window over the sample library: list, header, tabs and the Source pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from briefing.gui.actions import StandardKey
from briefing.gui.colors import speaker_colors
from briefing.gui.list_model import DATE, TITLE


def test_window_opens_with_the_sample_selected(window, stored_sample) -> None:
    assert window.proxy.rowCount() == 1
    assert window.selected_ids() == [stored_sample.id]
    assert window.current is not None and window.current.id == stored_sample.id
    assert window.header.title.text() == stored_sample.title
    assert "13 May 2020" in window.header.meta.text()
    assert "video conference" in window.header.meta.text()
    assert window.proxy.index(0, TITLE).data() == stored_sample.title
    assert window.proxy.index(0, DATE).data() == "2020-05-13"


def test_status_bar_shows_library_size_and_path(window, store) -> None:
    assert window.counts_label.text() == "1 briefing · 4 participants · 11 statements · 7 commitments"
    assert str(store.path) in window.path_label.toolTip()


def test_summary_tab(window, stored_sample) -> None:
    text = window.summary_pane.text()
    assert stored_sample.summary in text
    for label in ("Key facts", "Outcomes", "Source", "Photo/Zou Naishuo", "Silk EV"):
        assert label in text
    firm = [c for c in stored_sample.commitments if c.firmness == "firm"]
    assert len(firm) == 3
    pronoun = [c for c in firm if c.text.startswith("He ")]
    assert pronoun, "the sample has an outcome that starts with a pronoun"
    for commitment in firm:
        if commitment in pronoun:  # the outcome names its person; the Commitments tab keeps the words
            assert commitment.text not in text
            assert "Manlio Di Stefano said that Italy" in text
        else:
            assert commitment.text in text


def test_participants_tab(window) -> None:
    model = window.participants_pane.model
    assert model.rowCount() == 4
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(4)]
    assert rows[0][0] == "Jing Junhai"
    assert rows[0][1] == "Jing, the governor"
    assert rows[3][0] == "Bayanqolu"
    assert rows[3][5] == "Only mentioned" and rows[3][6] == "No"
    assert rows[1][5] == "Attended" and rows[1][6] == "Yes"


def test_statements_tab_groups_by_speaker(window) -> None:
    pane = window.statements_pane
    assert pane.speaker_count() == 3
    assert pane.statement_count() == 11
    model = pane.model
    speakers = [model.index(r, 0).data() for r in range(3)]
    assert speakers == ["Jing Junhai", "Manlio Di Stefano", "Vincenzo Colla"]
    assert [model.rowCount(model.index(r, 0)) for r in range(3)] == [8, 2, 1]
    assert model.statement_index(0, 2, 1).data() == "Reported"
    assert model.columnCount() == 2  # speaker / statement and kind: no "Continuation" column
    assert "Continuation" not in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]


def test_commitments_tab(window) -> None:
    model = window.commitments_pane.model
    assert model.rowCount() == 7
    assert [model.index(r, 0).data() for r in (0, 5, 6)] == ["both sides", "Italy", "Emilia-Romagna"]
    assert model.index(1, 2).data() == "hope"
    assert model.index(0, 3).data() == ""  # blank until someone rates it, not "Not rated" on every row


def test_source_tab_shows_the_original_verbatim_with_highlights(window, stored_sample) -> None:
    pane = window.source_pane
    assert pane.text() == stored_sample.source.text
    for name in ("Jing Junhai", "Manlio Di Stefano", "Vincenzo Colla", "commitment"):
        assert name in pane.legend.text()
    colors = speaker_colors(stored_sample.speakers(), pane.browser.palette())
    cursor = pane.browser.textCursor()
    for statement in (stored_sample.statements[0], stored_sample.statements[-1]):
        cursor.setPosition(statement.start + 1)
        assert cursor.charFormat().background().color() == colors[statement.speaker]
    cursor.setPosition(stored_sample.statements[0].start - 1)  # narrative before: not highlighted
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush
    commitment = stored_sample.commitments[0]  # narrative, no speaker: underlined only
    cursor.setPosition(commitment.start + 1)
    assert cursor.charFormat().fontUnderline()


def test_selecting_a_statement_selects_it_in_the_source(window, stored_sample) -> None:
    statement = stored_sample.statements_by_speaker()["Manlio Di Stefano"][1]
    window.statements_pane.select_statement(1, 1)
    cursor = window.source_pane.text_cursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (statement.start, statement.end)
    assert cursor.selectedText() == statement.text
    assert window.source_pane.browser.extraSelections()  # the flash
    assert window.tabs.currentWidget() is not window.source_pane  # a click does not switch tabs


def test_activating_a_commitment_reveals_it_in_the_source(window, stored_sample) -> None:
    commitment = stored_sample.commitments[5]
    view = window.commitments_pane.view
    view.activated.emit(window.commitments_pane.model.index(5, 1))
    assert window.tabs.currentWidget() is window.source_pane
    cursor = window.source_pane.text_cursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (commitment.start, commitment.end)


def test_source_span_is_visible_after_switching_to_the_tab(qtbot, window, stored_sample) -> None:
    last = stored_sample.statements[-1]
    window.tabs.setCurrentWidget(window.statements_pane)
    window.statements_pane.select_statement(2, 0)
    window.tabs.setCurrentWidget(window.source_pane)
    browser = window.source_pane.browser

    def visible() -> None:
        cursor = browser.textCursor()
        cursor.setPosition(last.start)
        rect = browser.cursorRect(cursor)
        assert 0 <= rect.top() < browser.viewport().height()

    qtbot.waitUntil(visible, timeout=2000)


def test_tab_actions_cycle(window) -> None:
    window.tabs.setCurrentIndex(0)
    window.window_actions.next_tab.trigger()
    assert window.tabs.currentIndex() == 1
    window.window_actions.previous_tab.trigger()
    window.window_actions.previous_tab.trigger()
    assert window.tabs.currentIndex() == window.tabs.count() - 1


def test_actions_use_standard_keys(window) -> None:
    acts = window.window_actions
    assert acts.import_file.shortcut() == QKeySequence(StandardKey.Open)
    assert acts.quit.shortcuts() == QKeySequence.keyBindings(StandardKey.Quit)
    assert acts.find.shortcuts() == QKeySequence.keyBindings(StandardKey.Find)
    assert acts.delete.shortcuts() == QKeySequence.keyBindings(StandardKey.Delete)
    assert acts.export_pdf.shortcut() == QKeySequence("Ctrl+E")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_find_focuses_the_search_box(qtbot, window) -> None:
    window.activateWindow()
    window.window_actions.find.trigger()
    qtbot.waitUntil(lambda: window.search.hasFocus() or window.focusWidget() is window.search, timeout=1000)


def test_highlights_follow_a_switch_to_a_dark_palette(qapp, window, stored_sample) -> None:
    from PySide6.QtGui import QColor, QPalette

    light = qapp.palette()
    dark = QPalette(QColor("#353535"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    statement = stored_sample.statements[-1]
    try:
        qapp.setPalette(dark)
        qapp.processEvents()
        browser = window.source_pane.browser
        colors = speaker_colors(stored_sample.speakers(), window.source_pane.palette())
        cursor = browser.textCursor()
        cursor.setPosition(statement.start + 1)
        assert cursor.charFormat().background().color() == colors[statement.speaker]
        assert cursor.charFormat().background().color().lightness() < 128
        assert stored_sample.summary in window.summary_pane.text()
    finally:
        qapp.setPalette(light)


def test_summary_says_when_a_briefing_has_no_date(stored_sample) -> None:
    from briefing.core.review import YEAR_MISSING
    from briefing.gui.panes.summary import summary_html

    assert "13 May 2020" in summary_html(stored_sample, "#777")
    stored_sample.event_date = None
    assert "Not given" in summary_html(stored_sample, "#777")
    stored_sample.tags = [YEAR_MISSING]
    assert "Not set: the article gives the day but not the year" in summary_html(stored_sample, "#777")
