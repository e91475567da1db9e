"""File ▸ Open says that an older library is being upgraded, as start-up does (gui/app.open_with_notice)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from briefing.gui import app as gui_app
from briefing.library import Library
from tests.store.test_upgrade_notice import write_old_library


def _notices() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_file_open_shows_the_upgrade_notice_over_the_window(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    write_old_library(path)
    real_open = Library.open

    def slow_open(*args: object, **kwargs: object) -> Library:  # on the worker thread: time to look
        time.sleep(0.3)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "open", slow_open)
    seen: list[tuple[str, bool]] = []
    QTimer.singleShot(100, lambda: seen.extend((w.labelText(), w.parent() is window) for w in _notices()))
    assert window.library_files.open_path(path)
    assert seen == [(gui_app.UPGRADING, True)]
    assert window.library.path == path and window.current is not None and window.current.title == "Ferry talks"
    assert not _notices()


def test_file_open_of_a_current_library_shows_no_notice(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: seen.extend(w.labelText() for w in _notices()))
    assert window.library_files.open_path(path)
    QApplication.processEvents()
    assert seen == [] and window.library.path == path
