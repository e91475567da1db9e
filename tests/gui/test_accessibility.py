"""The window by keyboard alone, and a name for every widget a screen reader reaches (WCAG 2.1.2, 2.4.3, 4.1.2)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMessageBox, QWidget

from briefing.gui.colors import contrast, is_high_contrast, match_colors, speaker_color

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def two_briefings(store, stored_sample):  # type: ignore[no-untyped-def]
    other = copy.deepcopy(stored_sample)
    other.id, other.title, other.event_date = None, "Talks on port logistics in Ningbo", "2019-04-02"
    store.add([other])
    return store


def _focus(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """The widget with the keyboard focus once events have settled."""
    qtbot.wait(10)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None
    window = target.window()
    QTest.keyClick(target, key, modifier)
    if modifier != Qt.KeyboardModifier.NoModifier:  # a shortcut took the press: let go of the modifiers
        QTest.keyRelease(window, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
    return _focus(qtbot, target)


def _interactive(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Every visible, enabled widget of the window that takes the focus by Tab."""
    widgets = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.window() is window and widget.focusProxy() is None:
            widgets.append(widget)
    return widgets


def test_every_interactive_widget_has_an_accessible_name(qtbot, window, search) -> None:  # type: ignore[no-untyped-def]
    unnamed = set()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(5)
        unnamed |= {w.metaObject().className() + ":" + w.objectName() for w in _interactive(window)
                    if not w.accessibleName().strip()}
    search(window, "cooperation")  # the hits list and its buttons
    unnamed |= {w.metaObject().className() for w in _interactive(window) if not w.accessibleName().strip()}
    assert not unnamed
    window.window_actions.edit_briefing.trigger()  # edit mode: fields named by their labels (a screen reader hears)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(5)
        for widget in _interactive(window):
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None and interface.text(QAccessible.Text.Name).strip(), \
                widget.metaObject().className()
    for view in (window.list_view, window.sidebar.saved, window.sidebar.hits_view,
                 window.participants_pane.view, window.statements_pane.view, window.commitments_pane.view):
        assert view.accessibleDescription()


def test_the_window_by_keyboard_alone(qtbot, monkeypatch, tmp_path: Path, two_briefings, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.list_view.setFocus()
    # the search box, the order, then the list: Ctrl+F, Tab, Tab
    assert _press(qtbot, Qt.Key.Key_F, CTRL) is window.search
    assert _press(qtbot, Qt.Key.Key_Tab) is window.sidebar.order
    assert _press(qtbot, Qt.Key.Key_Tab) is window.list_view
    # Shift+Tab goes back the same way; from the search box it leaves, and Tab returns (no trap)
    assert _press(qtbot, Qt.Key.Key_Backtab) is window.sidebar.order
    assert _press(qtbot, Qt.Key.Key_Backtab) is window.search
    behind = _press(qtbot, Qt.Key.Key_Backtab)
    assert behind is not window.search and behind is not window.list_view
    assert _press(qtbot, Qt.Key.Key_Tab) is window.search
    # open the second briefing from the list with the arrow keys
    window.list_view.setFocus()
    first = window.current.id
    _press(qtbot, Qt.Key.Key_Down)
    assert window.current is not None and window.current.id != first
    # Alt+PgUp / Alt+PgDn step through the list from anywhere
    _press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert window.current.id == first
    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert window.current.id != first
    # Tab leaves the list and reaches the saved searches, then the tabs
    visited = [window.list_view]
    while visited[-1] is not window.tabs.tabBar():
        visited.append(_press(qtbot, Qt.Key.Key_Tab))
        assert len(visited) < 12, [w.accessibleName() for w in visited]
    assert window.sidebar.saved in visited
    # every tab, and into and out of every view
    window.tabs.setCurrentIndex(0)
    for index, pane in enumerate(window.panes):
        assert window.tabs.currentIndex() == index
        view = _press(qtbot, Qt.Key.Key_Tab)
        assert pane.isAncestorOf(view), (index, view)
        if isinstance(view, QAbstractItemView):
            before = view.currentIndex()
            _press(qtbot, Qt.Key.Key_Down)
            assert view.currentIndex() != before or view.model().rowCount() < 2
        assert _press(qtbot, Qt.Key.Key_Tab) is not view, f"Tab stays in {view.accessibleName()}"
        assert _press(qtbot, Qt.Key.Key_Backtab) is view
        assert _press(qtbot, Qt.Key.Key_Backtab) is window.tabs.tabBar()
        _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentIndex() == 0  # Ctrl+PgDn wrapped round
    _press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == window.tabs.count() - 1
    window.tabs.setCurrentWidget(window.commitments_pane)  # Ctrl+PgDn works from inside a table too
    window.commitments_pane.view.setFocus()
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentWidget() is window.source_pane
    # export it to Markdown by its shortcut
    target = tmp_path / "by-keyboard.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    title = window.current.title
    _press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert title in target.read_text(encoding="utf-8")


def test_frequent_actions_have_keys(window) -> None:  # type: ignore[no-untyped-def]
    acts = window.window_actions
    for action in (acts.export_pdf, acts.export_json, acts.export_markdown, acts.export_csv, acts.save_search,
                   acts.save_edits, acts.discard_edits, acts.next_briefing, acts.previous_briefing, acts.find,
                   acts.import_file, acts.edit_briefing, acts.undo, acts.redo, acts.delete, acts.add_participant,
                   acts.mark_commitment, acts.mark_statement, acts.reassign_speaker, acts.mark_reviewed,
                   acts.back_up_now, acts.show_trash, acts.paste_as_new, acts.search_syntax):
        assert not action.shortcut().isEmpty(), action.text()
    assert QKeySequence("Ctrl+PgDown") in acts.next_tab.shortcuts()
    assert QKeySequence("Ctrl+PgUp") in acts.previous_tab.shortcuts()
    window_wide = Qt.ShortcutContext.WindowShortcut
    keys = [key.toString() for action in window.findChildren(type(acts.find)) for key in action.shortcuts()
            if action.isVisible() and action.shortcutContext() == window_wide]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_focused_and_unfocused_selections_differ(window) -> None:  # type: ignore[no-untyped-def]
    palette = window.list_view.palette()
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    active, inactive = palette.color(groups.Active, roles.Highlight), palette.color(groups.Inactive, roles.Highlight)
    assert active != inactive
    assert contrast(palette.color(groups.Inactive, roles.HighlightedText), inactive) >= 4.5


def test_the_focus_frame_follows_the_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.search.setFocus()
    qtbot.waitUntil(lambda: window.focus_frame.target is window.search, timeout=1000)
    frame = window.focus_frame
    assert frame.isVisible() and frame.geometry().contains(window.search.mapTo(window, window.search.rect().center()))
    window.list_view.setFocus()
    qtbot.waitUntil(lambda: frame.target is window.list_view, timeout=1000)


def test_a_high_contrast_palette_gets_no_colours_of_ours(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(QColor("#000000"))
    for role, color in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.Base, "#000000"),
                        (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.WindowText, "#ffffff"),
                        (QPalette.ColorRole.Highlight, "#1aebff"), (QPalette.ColorRole.HighlightedText, "#000000")):
        palette.setColor(role, QColor(color))
    assert is_high_contrast(palette)
    assert speaker_color(3, palette) == palette.color(QPalette.ColorRole.Base)
    assert match_colors(palette) == (QColor("#1aebff"), QColor("#000000"))
    ordinary = QPalette(QColor("#efefef"))
    ordinary.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    ordinary.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    assert not is_high_contrast(ordinary)


def test_columns_grow_with_the_font_and_never_cut_a_word(qtbot, qapp, make_window) -> None:  # type: ignore[no-untyped-def]
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    try:
        window = make_window()
        window.resize(1280, 800)
        window.tabs.setCurrentWidget(window.participants_pane)
        qtbot.wait(20)
        view = window.participants_pane.view
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        for column in range(view.model().columnCount()):
            words = {word for row in range(view.model().rowCount())
                     for word in str(view.model().index(row, column).data() or "").split()}
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            assert header.sectionSize(column) >= longest, view.model().headerData(column, Qt.Orientation.Horizontal)
    finally:
        qapp.setFont(font)


def test_the_source_caret_names_the_speaker_without_a_mouse(qtbot, window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.source_pane)
    pane = window.source_pane
    statement = stored_sample.statements[0]
    cursor = pane.browser.textCursor()
    cursor.setPosition(statement.start + 1)
    pane.browser.setTextCursor(cursor)
    assert statement.speaker in pane.at_cursor.text() and pane.at_cursor.isVisible()
    assert statement.speaker in pane.browser.accessibleDescription()
    pane.browser.setFocus()
    QTest.keyClick(pane.browser, Qt.Key.Key_Home, CTRL)  # the caret moves by keyboard
    assert pane.browser.textCursor().position() == 0
    assert "no statement" in pane.at_cursor.text()


def test_blank_lines_of_the_source_leave_no_gap(window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    pane = window.source_pane
    assert pane.text() == stored_sample.source.text  # still verbatim
    layout = pane.browser.document().documentLayout()
    title, after = pane.browser.document().firstBlock(), None
    block = title.next()
    while block.isValid() and not block.text().strip():
        block = block.next()
    after = block
    gap = layout.blockBoundingRect(after).top() - layout.blockBoundingRect(title).bottom()
    assert gap <= pane.browser.fontMetrics().lineSpacing()


def test_a_speaker_hit_names_its_speaker(window, search) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.hits_view import SPEAKER_ROLE

    state = search(window, "speaker:Jing")
    assert state.hits
    model = window.sidebar.hits_model
    assert model.index(0, 0).data(SPEAKER_ROLE) == "Jing Junhai"
    assert "by Jing Junhai" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert [term.word for term in window.sidebar.hits_view.hit_delegate.terms] == ["jing"]


@pytest.mark.parametrize("dark", [False, True])
def test_neighbouring_speakers_differ_in_lightness_not_only_hue(qapp, dark: bool) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(QColor("#2b2b2b" if dark else "#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e" if dark else "#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6" if dark else "#000000"))
    tints = [speaker_color(index, palette) for index in range(10)]
    assert all(contrast(a, b) >= 1.4 for a, b in zip(tints, tints[1:], strict=False))
    assert all(contrast(tint, palette.color(QPalette.ColorRole.Text)) >= 4.5 for tint in tints)
