"""One writable window per library: a second launch brings the first forward, or opens read-only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from briefing.gui import app as gui_app
from briefing.gui import library_files
from briefing.gui.library_files import READ_ONLY_NOTICE
from briefing.gui.single_instance import ClaimState, claim_library, send_activate, server_name
from briefing.library import COMMAND, Claim, Library
from briefing.library.claim import lock_path

ROOT = Path(__file__).parents[2]
SEND = ("import sys\n"
        "from briefing.gui.single_instance import send_activate\n"
        "sys.exit(0 if send_activate(sys.argv[1]) else 3)\n")


def run_helper(qtbot, args: list[str], timeout_ms: int = 60000) -> int:  # type: ignore[no-untyped-def]
    """Run a second Python process while this one's event loop keeps answering; its exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=timeout_ms)
    finally:
        if process.poll() is None:
            process.kill()
    return process.wait()


@pytest.fixture
def claims():  # type: ignore[no-untyped-def]
    made = []
    yield made
    for claim in made:
        claim.release()


def test_server_names_follow_the_library(tmp_path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert server_name(a) == server_name(tmp_path / "x" / ".." / "a.sqlite")
    assert server_name(a) != server_name(b)
    assert len(server_name(a)) < 40 and server_name(a).startswith("briefing-")
    assert lock_path(a).name == "a.sqlite.lock"


def test_the_first_claim_owns_the_library_and_listens(tmp_path, claims) -> None:
    claim = claim_library(tmp_path / "library.sqlite")
    claims.append(claim)
    assert claim.state is ClaimState.OWNER and claim.listening
    assert lock_path(tmp_path / "library.sqlite").exists()
    claim.release()
    assert not lock_path(tmp_path / "library.sqlite").exists()
    assert send_activate(tmp_path / "library.sqlite", timeout_ms=300) is False


def test_a_second_launch_on_the_same_library_activates_the_first_window(qtbot, window, store,
                                                                       monkeypatch, claims) -> None:
    raised = []
    monkeypatch.setattr(library_files, "bring_to_front", raised.append)
    claim = claim_library(store.path)
    claims.append(claim)
    window.library_files.adopt(claim)
    assert run_helper(qtbot, ["-c", SEND, str(store.path)]) == 0
    qtbot.waitUntil(lambda: raised == [window], timeout=2000)
    # The whole start-up path: `python -m briefing.gui --db PATH` forwards and exits 0, no window.
    assert run_helper(qtbot, ["-m", "briefing.gui", "--db", str(store.path)]) == 0
    qtbot.waitUntil(lambda: raised == [window, window], timeout=2000)


def test_another_library_is_not_forwarded(qtbot, tmp_path, window, store, monkeypatch, claims) -> None:
    raised = []
    monkeypatch.setattr(library_files, "bring_to_front", raised.append)
    claim = claim_library(store.path)
    claims.append(claim)
    window.library_files.adopt(claim)
    assert run_helper(qtbot, ["-c", SEND, str(tmp_path / "other.sqlite")]) == 3
    qtbot.wait(50)
    assert raised == []


def test_a_lock_left_by_a_dead_process_is_taken_over(qtbot, tmp_path, claims) -> None:
    path = tmp_path / "library.sqlite"
    crash = ("import os, sys\n"
             "from briefing.gui.single_instance import claim_library\n"
             "claim = claim_library(sys.argv[1])\n"
             "os._exit(0 if claim.listening else 5)\n")  # dies holding the lock and the socket
    assert run_helper(qtbot, ["-c", crash, str(path)]) == 0
    assert lock_path(path).exists()
    claim = claim_library(path, timeout_ms=500)
    claims.append(claim)
    assert claim.state is ClaimState.OWNER and claim.listening


def test_a_holder_that_does_not_answer_means_read_only(tmp_path, claims) -> None:
    path = tmp_path / "library.sqlite"
    held = Claim.take(path, COMMAND)  # held by a live process (this one) with no server
    assert held is not None
    try:
        claim = claim_library(path, timeout_ms=300)
        claims.append(claim)
        assert claim.state is ClaimState.READ_ONLY and claim.read_only and not claim.listening
    finally:
        held.release()


def test_read_only_window_disables_writing_and_says_why(qtbot, make_window, store, claims) -> None:
    held = Claim.take(store.path, COMMAND)
    assert held is not None
    try:
        claim = claim_library(store.path, timeout_ms=300)
        claims.append(claim)
        reader = Library.open(store.path, read_only=True)
        window = make_window(reader)
        window.library_files.adopt(claim)
        acts = window.window_actions
        window.select_row(0)  # a selection would normally enable Delete
        assert window.current is not None
        for action in (acts.import_file, acts.delete, acts.save_search, acts.delete_saved_search):
            assert not action.isEnabled(), action.text()
        assert acts.export_pdf.isEnabled() and acts.find.isEnabled() and acts.open_library.isEnabled()
        banner = window.library_files.banner
        assert banner.isVisible() and READ_ONLY_NOTICE in window.library_files.notice.text()
        assert window.windowTitle().endswith("(read-only)")
        assert "read-only" in window.path_label.toolTip()
        window.close()
        reader.close()
    finally:
        held.release()


def test_a_writable_window_shows_no_notice(window) -> None:
    assert not window.library_files.banner.isVisible()
    assert window.window_actions.import_file.isEnabled()
    assert "read-only" not in window.windowTitle()


def test_main_opens_read_only_when_the_holder_is_silent(monkeypatch, qapp, store) -> None:
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    held = Claim.take(store.path, COMMAND)
    assert held is not None
    try:
        assert gui_app.main(str(store.path)) == 0
    finally:
        held.release()
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    opened = [w for w in windows if w.library.path == store.path and w.library.read_only]
    assert opened and not opened[0].window_actions.import_file.isEnabled()
    for window in windows:
        window.close()
        window.deleteLater()
