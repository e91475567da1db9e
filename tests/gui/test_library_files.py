"""File ▸ New Library, Open Library, Open Recent, and the library reopened at start-up."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from briefing.core import Briefing
from briefing.gui import app as gui_app
from briefing.gui.library_paths import (
    LAST_LIBRARY,
    MAX_RECENT,
    clear_recent,
    library_problem,
    recent_libraries,
    remember_library,
    startup_library,
)
from briefing.gui.list_model import TITLE
from briefing.gui.settings import app_settings
from briefing.library import DB_ENV, Library, LibraryError, default_db_path
from briefing.store import Store


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, show)
    return shown


def make_library(path: Path, sample: Briefing, *titles: str) -> Path:
    with Store(path) as library:
        library.add_many([replace(sample, id=None, title=title) for title in titles])
    return path


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.proxy.index(row, TITLE).data() for row in range(window.proxy.rowCount())]


def test_new_library_opens_empty_with_its_name_in_the_title(monkeypatch, qtbot, tmp_path, window, messages) -> None:
    chosen = tmp_path / "docs" / "Trade missions"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    window.window_actions.new_library.trigger()
    created = chosen.with_name("Trade missions.sqlite")
    assert created.is_file() and window.library.path == created
    assert window.proxy.rowCount() == 0 and window.current is None
    assert window.windowTitle() == "Trade missions.sqlite"
    assert window.header.title.text() == "No briefing selected"
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("0 briefings"))  # counted in the background
    assert "Trade missions.sqlite" in window.path_label.text()
    assert not messages


def test_new_library_over_an_existing_file_offers_to_open_it(monkeypatch, tmp_path, window,
                                                             stored_sample) -> None:
    existing = make_library(tmp_path / "kept.sqlite", stored_sample, "Kept event")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.window_actions.new_library.trigger()
    assert window.library.path != existing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    window.window_actions.new_library.trigger()
    assert window.library.path == existing and titles(window) == ["Kept event"]  # opened, not emptied


def test_open_library_swaps_the_store(monkeypatch, qtbot, tmp_path, window, store, stored_sample,
                                      search) -> None:
    other = make_library(tmp_path / "other.sqlite", stored_sample, "Harbour talks", "Ferry signing")
    search(window, "Hongqi")
    assert window.sidebar.active
    replaced = []
    window.hub.library_replaced.connect(replaced.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.window_actions.open_library.trigger()
    assert window.library.path == other and replaced == [window.library]
    assert sorted(titles(window)) == ["Ferry signing", "Harbour talks"]
    assert window.current is not None and window.current.title in {"Ferry signing", "Harbour talks"}
    assert window.windowTitle() == "other.sqlite"
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("2 briefings"))  # counted in the background
    assert not window.sidebar.active and window.search.text() == ""
    for part in (window.list_model, window.commands, window.sidebar, window.sidebar.controller):
        assert part.library is window.library
    with pytest.raises(LibraryError, match="is closed"):  # the first library was closed
        store.count()
    state = search(window, "Harbour")  # searches (and their background pages) use the new file
    expected = {hit.briefing_id for hit in window.library.search("Harbour", limit=200).hits}
    assert {hit.briefing_id for hit in state.hits} == expected


@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
def test_a_file_that_is_no_library_keeps_the_current_one(tmp_path, window, store, messages, kind) -> None:
    path = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        path.write_text("Minutes of the meeting\n" * 50)
    elif kind == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("create table recipes (name text)")
        conn.close()
    else:
        Store(path).close()
        with sqlite3.connect(path) as conn:
            conn.execute("update meta set value = '99' where key = 'schema_version'")
        conn.close()
    before = path.read_bytes()
    assert window.library_files.open_path(path) is False
    assert window.library is store and window.proxy.rowCount() == 1 and store.count() == 1
    assert len(messages) == 1 and path.name in messages[0] and "library.sqlite” stays open" in messages[0]
    expected = {"text": "not a Briefing library", "foreign": "not a Briefing library", "newer": "newer version"}
    assert expected[kind] in messages[0]
    assert path.read_bytes() == before  # looking never writes


def test_library_problem_accepts_libraries_and_empty_files(tmp_path, store) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert library_problem(store.path) is None
    assert library_problem(empty) is None
    assert "does not exist" in (library_problem(tmp_path / "missing.sqlite") or "")


def test_recent_list_keeps_order_dedups_and_prunes(tmp_path) -> None:
    settings = app_settings()
    paths = [tmp_path / f"lib{i}.sqlite" for i in range(MAX_RECENT + 2)]
    for path in paths:
        path.touch()
        remember_library(settings, path)
    assert recent_libraries(settings) == paths[::-1][:MAX_RECENT]
    remember_library(settings, paths[5])
    remember_library(settings, tmp_path / "." / "lib5.sqlite")  # the same file, spelled otherwise
    recent = recent_libraries(settings)
    assert recent[0] == paths[5] and recent.count(paths[5]) == 1 and len(recent) == MAX_RECENT
    paths[9].unlink()
    assert paths[9] not in recent_libraries(settings)
    assert len(recent_libraries(app_settings())) == MAX_RECENT - 1  # pruned for good
    clear_recent(settings)
    assert recent_libraries(settings) == []
    assert app_settings().value(LAST_LIBRARY) == str(paths[5])  # still reopened at start-up


def test_recent_menu_persists_across_windows(monkeypatch, tmp_path, make_window, stored_sample,
                                             messages) -> None:
    first = make_window()
    other = make_library(tmp_path / "other.sqlite", stored_sample, "Harbour talks")
    assert first.library_files.open_path(other)
    first.close()

    second = make_window(Library.open(tmp_path / "third.sqlite", claim=False))
    second.library_files.fill_recent_menu()
    visible = [a for a in second.window_actions.recent_libraries if a.isVisible()]
    assert [a.data() for a in visible] == [str(other)]
    assert visible[0].text().startswith("&1 other.sqlite")
    visible[0].trigger()
    assert second.library.path == other and titles(second) == ["Harbour talks"]
    second.library_files.fill_recent_menu()
    assert not second.window_actions.recent_libraries[0].isEnabled()  # the open one
    second.window_actions.clear_recent.trigger()
    assert not any(a.isVisible() for a in second.window_actions.recent_libraries)
    assert not second.window_actions.clear_recent.isEnabled()
    second.library.close()


def test_start_up_picks_the_library(monkeypatch, tmp_path) -> None:
    settings = app_settings()
    monkeypatch.delenv(DB_ENV)
    assert startup_library(None, settings) == default_db_path()
    last = tmp_path / "last.sqlite"
    last.touch()
    remember_library(settings, last)
    assert startup_library(None, settings) == last
    assert startup_library(str(tmp_path / "given.sqlite"), settings) == tmp_path / "given.sqlite"
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite"))
    assert startup_library(None, settings) == tmp_path / "env.sqlite"
    monkeypatch.delenv(DB_ENV)
    last.unlink()  # vanished: back to the default
    assert startup_library(None, settings) == default_db_path()


def test_main_reopens_the_library_opened_last(monkeypatch, tmp_path, qapp, stored_sample) -> None:
    last = make_library(tmp_path / "last.sqlite", stored_sample, "Harbour talks")
    remember_library(app_settings(), last)
    monkeypatch.delenv(DB_ENV)
    monkeypatch.setattr(sys, "argv", ["briefing-gui"])
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    assert gui_app.main() == 0
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    assert any(w.library.path == last and w.proxy.rowCount() == 1 for w in windows)  # main() closed it
    for window in windows:
        window.close()
        window.deleteLater()


def test_a_guard_can_keep_the_current_library(tmp_path, window, store, stored_sample) -> None:
    other = make_library(tmp_path / "other.sqlite", stored_sample, "Harbour talks")
    answers = [False, True]
    window.library_files.add_guard(lambda: answers.pop(0))  # e.g. unsaved edits: Cancel, then Save
    assert window.library_files.open_path(other) is False and window.library is store
    assert window.library_files.open_path(other) is True and window.library.path == other


def test_opening_a_library_sqlite_cannot_open_says_it_is_damaged(monkeypatch, tmp_path, window, stored_sample,  # type: ignore[no-untyped-def]
                                                                  messages) -> None:
    from tests.cli.test_cli_hostile import damage_past_opening

    damaged = make_library(tmp_path / "damaged.sqlite", stored_sample, "Harbour talks")
    damage_past_opening(damaged)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    window.window_actions.open_library.trigger()
    assert window.library.path != damaged
    assert len(messages) == 1 and messages[0].startswith("Open Library: “damaged.sqlite” is damaged (")
    assert "Restore a backup" in messages[0] and "stays open" in messages[0]
