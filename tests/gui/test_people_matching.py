"""The window keeps the People directory matched in the background: after its start, after a change,
when another library is opened; searches and merges never match a large backlog on its thread."""

from __future__ import annotations

import copy
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing.core import Briefing
from briefing.library import Library, LibraryError, people, people_directory


@pytest.fixture(autouse=True)
def writes_leave_matching(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.gui import people_matching

    monkeypatch.setattr(people, "REFRESH_AFTER_WRITE", 0)  # each write leaves its briefings to match
    monkeypatch.setattr(people_matching, "WINDOW_MATCH_ON_READ", 0)


def _named(sample: Briefing, name: str, number: int) -> Briefing:
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title = None, f"Call {number}"
    old = briefing.participants[0].name
    briefing.participants[0].name, briefing.participants[0].aliases = name, []
    for statement in briefing.statements:
        statement.speaker = name if statement.speaker == old else statement.speaker
    briefing.source.text = f"{briefing.source.text} ({number})"
    return briefing


def _threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    threads: list[str] = []
    original = people_directory.refresh
    monkeypatch.setattr(people_directory, "refresh", lambda conn, should_stop=None: threads.append(
        threading.current_thread().name) or original(conn, should_stop))
    return threads


def test_a_backlog_left_before_the_window_started_is_matched_after_its_start(make_window, qtbot, store,  # type: ignore[no-untyped-def]
                                                                              stored_sample, monkeypatch) -> None:
    store.save(_named(stored_sample, "Ivo Lark", 1))
    assert store.people_backlog() > 0
    threads = _threads(monkeypatch)
    window = make_window()
    qtbot.waitUntil(lambda: store.people_backlog() == 0 and not window.tasks.is_busy(), timeout=10000)
    assert threads and threading.main_thread().name not in threads


def test_another_library_opened_is_matched_in_the_background(window, qtbot, tmp_path, stored_sample,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    other = tmp_path / "other.sqlite"
    with Library.open(other, claim=False, seed_sample=False) as library:
        library.save(_named(stored_sample, "Dana Roe", 1))
        assert library.people_backlog() == 1
    threads = _threads(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.window_actions.open_library.trigger()
    assert window.library.path == other
    qtbot.waitUntil(lambda: window.library.people_backlog() == 0 and not window.tasks.is_busy(), timeout=10000)
    assert threads and threading.main_thread().name not in threads
    assert "Dana Roe" in [row.name for row in window.library.people()]


def test_a_search_by_person_in_the_window_matches_little_on_its_thread(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                                       monkeypatch, search) -> None:
    threads = _threads(monkeypatch)
    store.save(_named(stored_sample, "Ivo Lark", 1))
    search(window, 'person:"Jing Junhai"')
    assert threading.main_thread().name not in threads  # the backlog (1) is above what the window matches (0)


def test_a_merge_waits_for_a_backlog_being_matched_elsewhere(store: Library, stored_sample: Briefing) -> None:
    store.refresh_people()
    rows = store.people()
    store.match_on_read = 0  # as the window's, matching in the background
    store.save(_named(stored_sample, "Ivo Lark", 1))
    with pytest.raises(LibraryError, match="People are still being matched"):
        store.apply(store.merge_people([rows[0].id, rows[1].id]))
    store.match_on_read = 100
    store.apply(store.merge_people([rows[0].id, rows[1].id]))  # matched first, then merged


def test_matching_stops_between_batches_when_asked(store: Library, stored_sample: Briefing,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_directory, "UPDATE_BATCH", 1)
    store.refresh_people()
    for number in range(3):
        store.save(_named(stored_sample, f"Dana Roe {number}", number))
    asked = iter([False, True])
    assert store.refresh_people(should_stop=lambda: next(asked)) == 1  # one batch, then it stopped
    assert store.people_backlog() == 2  # the rest left marked
    assert store.refresh_people() == 2 and store.people_backlog() == 0


def test_a_whole_rebuild_stops_between_its_steps_keeping_nothing(store: Library, stored_sample: Briefing,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Most of the library changed (a first import of thousands): everything is matched again in one
    transaction, which a window closing stops between its steps; nothing is half kept."""
    monkeypatch.setattr(people_directory, "FULL_REBUILD_MIN", 1)
    store.refresh_people()

    def directory() -> list[tuple]:  # as stored (reading store.people() would match first)
        return store.store.conn.execute("select id, name from people order by id").fetchall()

    before = directory()
    for number in range(3):
        store.save(_named(stored_sample, f"Dana Roe {number}", number))
    asked: list[bool] = []
    steps = iter([False] * 4 + [True])
    assert store.refresh_people(should_stop=lambda: asked.append(True) or next(steps)) == 0
    assert len(asked) == 5  # stopped at its fifth step
    assert store.people_backlog() == 3  # every changed briefing left marked
    assert directory() == before  # rolled back whole
    assert store.refresh_people(should_stop=lambda: False) == 3 and store.people_backlog() == 0
    assert {"Dana Roe 0", "Dana Roe 2"} <= {name for _, name in directory()}


def test_closing_the_window_stops_a_match_between_batches(make_window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    window = make_window()
    monkeypatch.setattr(people_directory, "UPDATE_BATCH", 1)
    original = people_directory._update
    monkeypatch.setattr(people_directory, "_update", lambda conn, ids: (time.sleep(0.2), original(conn, ids)))
    for number in range(20):
        store.save(_named(stored_sample, f"Ivo Lark {number}", number))
    window.hub.library_changed.emit()
    qtbot.waitUntil(lambda: store.people_backlog() < 20, timeout=5000)  # a batch or more matched
    began = time.monotonic()
    window.close()
    assert time.monotonic() - began < 2  # not the 4 s the 20 batches take
    assert store.people_backlog() > 0  # the rest is left marked for the next time


def test_tasks_that_can_stop_are_asked_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.tasks import TaskRunner

    runner = TaskRunner()
    stop = threading.Event()
    results: list[object] = []
    runner.run("waiting", lambda: stop.wait(10), results.append, stop=stop.set)
    assert runner.wait(5000, stop=True) and stop.is_set()
    qtbot.waitUntil(lambda: results == [True] and not runner.is_busy())


def test_the_cli_search_by_person_matches_a_large_import_first(tmp_path: Path, stored_sample: Briefing) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=False) as library:
        for number in range(3):
            library.save(_named(stored_sample, "Dana Roe", number))
        assert library.people_backlog() == 3
    result = CliRunner().invoke(cli, ["search", 'person:"Dana Roe"', "--db", str(path)])
    assert result.exit_code == 0 and result.stdout.count("Call ") == 3


def test_a_change_by_another_program_is_shown_and_matched(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    threads = _threads(monkeypatch)
    with Library.open(store.path, claim=False, seed_sample=False) as other:  # as `briefing import` beside the window
        other.save(_named(stored_sample, "Dana Roe", 1))
    window._look_for_changes()  # what the window's watch does every two seconds
    assert window.statusBar().currentMessage().startswith("The library was")  # (elided to fit)
    assert "Call 1" in [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]
    qtbot.waitUntil(lambda: store.people_backlog() == 0 and not window.tasks.is_busy(), timeout=10000)
    assert threads and threading.main_thread().name not in threads


def test_the_windows_own_matching_is_not_taken_for_another_program(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                                   monkeypatch) -> None:
    refreshed: list[int] = []
    window.hub.library_changed.connect(lambda: refreshed.append(1))
    window.people_matching = True  # as while the background job writes its batches
    with Library.open(store.path, claim=False, seed_sample=False) as other:
        other.save(_named(stored_sample, "Dana Roe", 1))
    window._look_for_changes()
    assert refreshed == []
    window.people_matching = False
    window._look_for_changes()  # once it has finished: whatever changed meanwhile is shown
    assert refreshed


def test_a_save_in_the_window_leaves_a_larger_backlog_to_the_background(window, qtbot, store, stored_sample,  # type: ignore[no-untyped-def]
                                                                        monkeypatch) -> None:
    window.library.match_on_read = 1  # (the fixture left REFRESH_AFTER_WRITE at 0: the saves below leave 3)
    for number in range(3):
        store.save(_named(stored_sample, f"Dana Roe {number}", number))
    monkeypatch.setattr(people, "REFRESH_AFTER_WRITE", 500)  # as it is: a write matches up to 500 itself
    threads = _threads(monkeypatch)
    store.save(_named(stored_sample, "Ivo Lark", 9))  # an edit saved in the window, on its thread
    assert threading.main_thread().name not in threads
    assert store.people_backlog() == 4
