"""The status bar's counts: in the background after an open (never on the GUI thread), at once after a
write, and a count that comes late never covers a newer one."""

from __future__ import annotations

import threading
import time

from briefing.library import Library


def test_the_counts_after_an_open_are_made_off_the_gui_thread(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    original = Library.stats
    monkeypatch.setattr(Library, "stats",
                        lambda self: threads.append(threading.current_thread().name) or original(self))
    window.counts.refresh_in_background()
    assert window.counts_label.text() == ""
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("1 briefing"))
    assert threads and threading.main_thread().name not in threads


def test_a_slow_count_does_not_cover_a_newer_one(qtbot, window, store, stored_sample, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = Library.stats
    started = threading.Event()

    def slow_off_the_gui_thread(self: Library) -> dict[str, int]:
        counts = original(self)
        if threading.current_thread() is not threading.main_thread():
            started.set()
            time.sleep(0.3)
        return counts

    monkeypatch.setattr(Library, "stats", slow_off_the_gui_thread)
    window.counts.refresh_in_background()  # counts one briefing, slowly
    assert started.wait(5)
    store.delete([stored_sample.id])
    window.refresh_library()  # a write counts at once: none left
    assert window.counts_label.text().startswith("0 briefings")
    window.tasks.wait(5000)
    qtbot.wait(50)  # the slow count's result is delivered, and dropped
    assert window.counts_label.text().startswith("0 briefings")


def test_a_count_that_cannot_be_made_leaves_the_label_empty(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def gone(self: Library) -> Library:
        raise OSError("the disk is gone")

    monkeypatch.setattr(Library, "reader", gone)
    window.counts.refresh_in_background()
    window.tasks.wait(5000)
    qtbot.waitUntil(lambda: not window.tasks.is_busy())
    assert window.counts_label.text() == ""


def test_a_count_after_a_write_that_fails_is_said_not_raised(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.library import LibraryError

    def unreadable(self: Library) -> dict[str, int]:
        raise LibraryError("“library.sqlite” is damaged (disk I/O error)")

    monkeypatch.setattr(Library, "stats", unreadable)
    window.refresh_library()  # as after a change by another program
    assert window.counts_label.text() == ""
    assert window.statusBar().currentMessage().endswith("(disk I/O error)")  # (elided to fit)
