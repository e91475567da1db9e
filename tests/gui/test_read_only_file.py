"""A library file this user cannot write (a read-only file, folder or share) opens read-only in the window,
as the command line reads it, with a notice that says why; before, the window refused to open it at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.gui import app as gui_app
from briefing.gui.library_files import FILE_READ_ONLY_NOTICE, READ_ONLY_NOTICE
from briefing.gui.library_paths import read_only_file
from briefing.library import Library


def not_writable(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """os.access says these files cannot be written, as chmod 444 does for anyone but root (the tests may be root)."""
    real_access = os.access
    denied = {os.path.abspath(p) for p in paths}

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if mode & os.W_OK and os.path.abspath(path) in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def main_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]


def test_read_only_file_is_only_an_existing_file_that_cannot_be_written(tmp_path, monkeypatch) -> None:
    path = tmp_path / "lib.sqlite"
    assert not read_only_file(path)  # not there yet: a new library is made, not opened read-only
    Library.open(path, claim=False, seed_sample=True).close()
    assert not read_only_file(path)
    not_writable(monkeypatch, path)
    assert read_only_file(path)


def test_main_opens_a_file_it_cannot_write_read_only_and_says_why(monkeypatch, qapp, tmp_path) -> None:
    path = tmp_path / "shared.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    not_writable(monkeypatch, path)
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: refused.append(args[2])))
    assert gui_app.main(str(path)) == 0 and refused == []  # it said: "cannot be written here", and stopped
    opened = [w for w in main_windows() if w.library.path == path]
    try:
        assert opened and opened[0].library.read_only
        window = opened[0]
        assert window.windowTitle().endswith("(read-only)")
        assert not window.window_actions.import_file.isEnabled() and window.window_actions.export_pdf.isEnabled()
        notice = window.library_files.notice.text()
        assert FILE_READ_ONLY_NOTICE in notice and READ_ONLY_NOTICE not in notice  # not "open in another window"
        assert window.list_model.rowCount() == 1  # the sample, readable
    finally:
        for window in main_windows():
            window.close()
            window.deleteLater()


def test_open_library_opens_a_file_it_cannot_write_read_only(window, tmp_path, monkeypatch) -> None:
    other = tmp_path / "other.sqlite"
    Library.open(other, claim=False, seed_sample=True).close()
    not_writable(monkeypatch, other)
    assert window.library_files.open_path(other)
    assert window.library.path == other and window.library.read_only
    assert FILE_READ_ONLY_NOTICE in window.library_files.notice.text()
    assert not window.window_actions.import_file.isEnabled()
