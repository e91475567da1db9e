"""Fixtures for GUI tests: config, data and home folders in tmp_path, the real window on a real Library."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from briefing.core import Briefing  # noqa: E402
from briefing.library import Library  # noqa: E402


@pytest.fixture(autouse=True)
def gui_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every folder the app could write to at tmp_path, and keep exported PDFs closed."""
    home = tmp_path / "home"
    config = tmp_path / "config"
    for folder in (home, config, tmp_path / "data", tmp_path / "cache"):
        folder.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "library.sqlite"))
    monkeypatch.setenv("BRIEFING_NO_OPEN", "1")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(config))
    return tmp_path


@pytest.fixture
def app_names(qapp):  # type: ignore[no-untyped-def]
    from briefing.gui.app import configure_application

    configure_application(qapp)
    return qapp


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite", claim=False, seed_sample=True)
    yield library
    library.close()


@pytest.fixture
def stored_sample(store: Library) -> Briefing:
    """The bundled sample as the library stores it (with its id)."""
    return store.get(store.ids()[0])


@pytest.fixture
def make_window(qtbot, app_names, store):  # type: ignore[no-untyped-def]
    """Build (and on teardown close) real MainWindows over the test library."""
    from briefing.gui.main_window import MainWindow

    windows = []

    def build(library: Library | None = None) -> MainWindow:
        window = MainWindow(library or store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.finish_startup()  # what comes just after the first paint (counts, the launch listener), now
        qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=10000)  # and its check of the library
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.tasks.wait(30000)
        window.sidebar.controller.runner.wait(30000)


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()



@pytest.fixture
def search(qtbot):  # type: ignore[no-untyped-def]
    """search(window, text): type `text` into the box, skip the pause, wait for the ordered page."""

    def run(window, text: str):  # type: ignore[no-untyped-def]
        window.search.setText(text)
        window.sidebar.run_now()
        qtbot.waitUntil(lambda: not window.sidebar.controller.state.pending, timeout=5000)
        return window.sidebar.controller.state

    return run
