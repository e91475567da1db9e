"""Background tasks: results arrive on the GUI thread; a task whose window went first ends quietly."""

from __future__ import annotations

import threading

from briefing.gui.tasks import TaskRunner


def test_a_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    got: list[tuple[int, str]] = []
    runner.run("adding", lambda: 1 + 1, lambda result: got.append((result, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(2, threading.main_thread().name)]


def test_a_task_that_outlives_its_window_ends_without_a_traceback(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    runner = TaskRunner()
    release = threading.Event()

    def job() -> int:
        release.wait(5)
        return 1

    task = runner.run("counting", job, lambda result: None)
    shiboken6.delete(task._signals)  # as when the app quits while the job still runs
    release.set()
    assert runner.wait(5000)
    qtbot.wait(20)
    assert "Traceback" not in capfd.readouterr().err
