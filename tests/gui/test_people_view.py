"""The People view: opened from View, filtered, a merge and a split each one undoable step, a profile sheet."""

from __future__ import annotations

import copy
from pathlib import Path

from briefing.core import Briefing
from briefing.library import Library


def _add_governor_jing(store: Library, sample: Briefing) -> int:
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.event_date = None, "Second call", "2023-06-01"
    old, person = briefing.participants[0].name, briefing.participants[0]
    person.name, person.aliases = "Governor Jing", []
    for statement in briefing.statements:
        statement.speaker = "Governor Jing" if statement.speaker == old else statement.speaker
    briefing.source.text = f"{briefing.source.text} (again)"
    return store.save(briefing)


def open_view(window, qtbot):  # type: ignore[no-untyped-def]
    window.people_action.trigger()
    view = window.people_view
    qtbot.waitExposed(view)
    return view


def test_view_lists_one_entry_per_person_and_filters(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    _add_governor_jing(store, stored_sample)
    view = open_view(window, qtbot)
    assert [row.name for row in view.model.rows] == ["Bayanqolu", "Jing Junhai", "Manlio Di Stefano",
                                                     "Vincenzo Colla"]
    assert view.count_label.text() == "4 people"
    view.filter.setText("gov")
    view.reload()
    assert [row.name for row in view.model.rows] == ["Jing Junhai"]
    view.table.selectRow(0)
    assert view.page is not None and "Governor Jing" in view.page_view.toPlainText()
    assert view.events.count() == 2


def test_merge_and_split_undo_and_redo(window, qtbot, store, stored_sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    second = _add_governor_jing(store, stored_sample)
    view = open_view(window, qtbot)
    names = [row.name for row in view.model.rows]
    view.table.selectRow(names.index("Manlio Di Stefano"))
    view.table.selectionModel().select(view.model.index(names.index("Vincenzo Colla"), 0),
                                       view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    assert view.merge_button.isEnabled()
    view.merge_selected()
    assert len(view.model.rows) == 3 and view.undo_stack.undoText() == "Merge Manlio Di Stefano and Vincenzo Colla"
    view.undo_stack.undo()
    assert len(view.model.rows) == 4
    view.undo_stack.redo()
    assert len(view.model.rows) == 3
    view.undo_stack.undo()
    jing = next(number for number, row in enumerate(view.model.rows) if row.name == "Jing Junhai")
    view.table.selectRow(jing)
    assert view.split_button.isEnabled()
    for number in range(view.events.count()):
        item = view.events.item(number)
        item.setSelected(item.data(0x0100) == second)
    view.split_selected()
    assert len(view.model.rows) == 5
    view.undo_stack.undo()
    assert len(view.model.rows) == 4
    view.table.selectRow(next(n for n, row in enumerate(view.model.rows) if row.name == "Jing Junhai"))
    sheet = tmp_path / "jing.pdf"
    view.write_profile(sheet)
    assert sheet.read_bytes().startswith(b"%PDF") and view.status.text() == "Wrote jing.pdf."


def test_a_click_on_an_event_opens_the_briefing_in_the_window(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    second = _add_governor_jing(store, stored_sample)
    window.refresh_library()
    view = open_view(window, qtbot)
    view.table.selectRow(next(n for n, row in enumerate(view.model.rows) if row.name == "Jing Junhai"))
    item = next(view.events.item(n) for n in range(view.events.count()) if view.events.item(n).data(0x0100) == second)
    view.events.itemActivated.emit(item)
    assert window.current is not None and window.current.id == second


def test_a_double_click_on_a_participant_opens_their_page(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    second = _add_governor_jing(store, stored_sample)
    window.refresh_library()
    window.select_id(second)
    pane = window.participants_pane
    pane.view.doubleClicked.emit(pane.model.index(0, 0))
    view = window.people_view
    assert view.isVisible() and view.page is not None and view.page.person.name == "Jing Junhai"


def _left_to_match(window, monkeypatch, limit: int) -> None:  # type: ignore[no-untyped-def]
    """From now on, writes leave their briefings to match, and the window matches at most `limit` itself."""
    from briefing.gui import people_matching
    from briefing.library import people

    monkeypatch.setattr(people, "REFRESH_AFTER_WRITE", 0)
    monkeypatch.setattr(people_matching, "WINDOW_MATCH_ON_READ", limit)
    window.library.match_on_read = limit


def test_a_large_backlog_is_matched_in_the_background(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    _left_to_match(window, monkeypatch, 0)
    _add_governor_jing(store, stored_sample)
    assert store.people_backlog() == 1
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: "People matched across 1 changed briefings." in view.status.text(), timeout=10000)
    assert store.people_backlog() == 0 and view.events.count() == 0
    view.table.selectRow(next(n for n, row in enumerate(view.model.rows) if row.name == "Jing Junhai"))
    assert view.events.count() == 2


def _matching_threads(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The threads people_directory.refresh runs on from now on (the GUI's is MainThread)."""
    import threading

    from briefing.library import people_directory

    threads: list[str] = []
    original = people_directory.refresh
    monkeypatch.setattr(people_directory, "refresh", lambda conn, should_stop=None: threads.append(
        threading.current_thread().name) or original(conn, should_stop))
    return threads


def test_the_window_never_matches_a_backlog_on_its_own_thread(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    import threading

    _left_to_match(window, monkeypatch, 1)
    _add_governor_jing(store, stored_sample)
    _add_governor_jing(store, stored_sample)
    assert store.people_backlog() == 2
    threads = _matching_threads(monkeypatch)
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: "People matched across 2 changed briefings." in view.status.text(), timeout=10000)
    assert threads and threading.main_thread().name not in threads
    assert "Jing Junhai" in [row.name for row in view.model.rows] and store.people_backlog() == 0


def test_the_commitments_view_matches_a_backlog_in_the_background_too(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    import threading

    _left_to_match(window, monkeypatch, 0)
    _add_governor_jing(store, stored_sample)
    threads = _matching_threads(monkeypatch)
    window.commitments_action.trigger()
    qtbot.waitUntil(lambda: store.people_backlog() == 0 and not window.tasks.is_busy(), timeout=10000)
    assert threads and threading.main_thread().name not in threads


def test_a_change_while_the_view_is_open_is_matched_in_the_background(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    view = open_view(window, qtbot)
    _left_to_match(window, monkeypatch, 0)
    _add_governor_jing(store, stored_sample)
    window.hub.library_changed.emit()  # as after an import in the window
    qtbot.waitUntil(lambda: "People matched across 1 changed briefings." in view.status.text(), timeout=10000)
    assert store.people_backlog() == 0


def test_every_column_fits_at_the_default_size_and_the_name_stretches(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView

    from briefing.gui.people_pages import LAST_SEEN, NAME

    view = open_view(window, qtbot)
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(NAME) == QHeaderView.ResizeMode.Stretch
    right = header.sectionViewportPosition(LAST_SEEN) + header.sectionSize(LAST_SEEN)
    assert right <= view.table.viewport().width()
    assert header.sectionSize(LAST_SEEN) >= view.fontMetrics().horizontalAdvance("2026-12-31")


def test_undo_and_redo_say_so_on_the_status_line(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, qtbot)
    view.table.selectAll()
    view.merge_selected()
    assert "Undo with" in view.status.text() and view.page is not None and view.page.person.events == 1
    assert len(view.model.rows) == 1 and view.selected_rows()[0].id == view.page.person.id
    view.undo_stack.undo()
    assert view.status.text().startswith("Undone: Merge ") and "Undo with" not in view.status.text()
    view.undo_stack.redo()
    assert view.status.text().startswith("Redone: Merge ")


def test_keys_find_and_escape_and_unique_mnemonics(window, qtbot, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    view = open_view(window, qtbot)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter.hasFocus()
    assert view.filter.accessibleName() and view.filter_label.buddy() is view.filter
    letters = []
    for widget in view.findChildren(QAbstractButton) + view.findChildren(QLabel):
        text = widget.text()
        if "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) >= 4 and len(letters) == len(set(letters))
    qtbot.keyClick(view.filter, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_party_on_a_person_page_opens_the_party_page(window, qtbot, store, stored_sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import quote

    from PySide6.QtCore import QUrl

    view = open_view(window, qtbot)
    view.table.selectRow(next(n for n, row in enumerate(view.model.rows) if row.name == "Vincenzo Colla"))
    assert "href='party:Emilia-Romagna'" in view.page_view.toHtml().replace('"', "'")
    view.page_view.anchorClicked.emit(QUrl("party:" + quote("Emilia-Romagna")))
    assert view.party_page is not None and view.page is None
    text = view.page_view.toPlainText()
    assert text.startswith("Emilia-Romagna") and "Vincenzo Colla" in text and "commitment" in text
    assert view.events.count() == len(view.party_page.encounters) >= 1
    assert view.profile_button.isEnabled() and not view.split_button.isEnabled()
    sheet = tmp_path / "party.pdf"
    view.write_profile(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    colla = next(p.id for p in view.party_page.people if p.name == "Vincenzo Colla")
    view.page_view.anchorClicked.emit(QUrl(f"person:{colla}"))
    assert view.page is not None and view.page.person.id == colla and view.party_page is None
