"""Start-up: main() over a library path, a bad library, remembered state and light imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import briefing
from briefing.gui import app as gui_app
from briefing.gui.list_model import KIND


def test_main_opens_and_seeds_a_new_library(monkeypatch, tmp_path, qapp) -> None:
    shown = []
    monkeypatch.setattr(type(qapp), "exec", lambda *args: shown.append(QApplication.activeWindow()) or 0)
    path = tmp_path / "fresh" / "library.sqlite"
    assert gui_app.main(str(path)) == 0
    assert path.exists()
    assert QGuiApplication.desktopFileName() == briefing.APP_ID
    assert QApplication.organizationName() == "Briefing"
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    assert any(w.library.path == path for w in windows)
    for window in windows:
        window.close()
        window.deleteLater()


def test_main_honours_the_environment(monkeypatch, tmp_path, qapp) -> None:
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    monkeypatch.setattr(sys, "argv", ["briefing-gui"])
    assert gui_app.main() == 0
    assert (tmp_path / "library.sqlite").exists()  # BRIEFING_DB from the conftest
    for window in QApplication.topLevelWidgets():
        window.close()


def test_db_option_on_the_command_line(monkeypatch) -> None:
    assert gui_app._db_from_argv(["--db", "/x/lib.sqlite", "-style", "fusion"]) == "/x/lib.sqlite"
    assert gui_app._db_from_argv([]) is None


def test_a_bad_library_shows_a_message_and_exits_1(monkeypatch, tmp_path, qapp) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    assert gui_app.main(str(bad)) == 1
    assert shown and "not-a-library.sqlite" in shown[0]


def test_window_state_survives_closing_and_reopening(qtbot, make_window) -> None:
    first = make_window()
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.splitter.setSizes([300, 460])
    first.list_view.horizontalHeader().resizeSection(KIND, 150)
    first.list_view.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
    first.tabs.setCurrentIndex(3)
    qtbot.wait(10)
    sizes = first.splitter.sizes()
    first.close()

    second = make_window()
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    header = second.list_view.horizontalHeader()
    assert header.sectionSize(KIND) == 150
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (KIND, Qt.SortOrder.AscendingOrder)
    assert second.tabs.currentIndex() == 3


def test_first_run_fits_the_screen(make_window) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= available.width() * 0.8
    left, right = window.splitter.sizes()
    assert 0 < left < right


def test_starting_the_window_does_not_load_the_pdf_exporter() -> None:
    code = ("import sys\n"
            "import briefing.gui.app, briefing.gui.main_window\n"
            "print(sorted(m for m in ('reportlab', 'briefing.export', 'jsonschema') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("dark", [False, True])
def test_speaker_colours_keep_text_readable(qapp, dark: bool) -> None:
    from PySide6.QtGui import QColor, QPalette

    from briefing.gui.colors import commitment_color, speaker_colors

    palette = QPalette(QColor("#2b2b2b") if dark else QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e" if dark else "#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6" if dark else "#000000"))
    text = palette.color(QPalette.ColorRole.Text)
    colors = speaker_colors([f"s{i}" for i in range(10)], palette)
    assert len({c.name() for c in colors.values()}) == 10
    for color in [*colors.values(), commitment_color(palette)]:
        assert _contrast(text, color) >= 4.5 or color == commitment_color(palette)
    assert _contrast(commitment_color(palette), palette.color(QPalette.ColorRole.Base)) >= 3


def _contrast(a, b) -> float:  # type: ignore[no-untyped-def]
    def luminance(c) -> float:  # type: ignore[no-untyped-def]
        parts = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            parts.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_without_a_display_the_window_says_so_in_one_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from briefing.gui.app import NO_DISPLAY, missing_display

    assert missing_display({}, "linux")
    assert missing_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32") and not missing_display({}, "darwin")
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BRIEFING_DB"] = str(tmp_path / "nodisplay.sqlite")
    done = subprocess.run([sys.executable, "-c", "from briefing.cli import main; main([])"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert done.stderr.strip() == NO_DISPLAY
    assert "xcb" not in done.stderr and "Traceback" not in done.stderr
