"""Help ▸ About, File ▸ Page Size, and the window's layout on a first run."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

import briefing
from briefing.gui.about import LICENSE, AboutDialog
from briefing.gui.list_model import DATE, KIND, PARTIES, TITLE
from briefing.gui.preferences import locale_page_size
from briefing.gui.settings import PDF_PAGE_SIZE, app_settings

ROOT = Path(__file__).parents[2]


def test_about_names_version_licence_library_and_versions(qtbot, app_names, store) -> None:
    dialog = AboutDialog(store.path)
    qtbot.addWidget(dialog)
    text = dialog.text()
    for expected in (f"Briefing {briefing.__version__}", "Licence: MIT", f"Library: {store.path}",
                     qVersion(), platform.python_version(), "event briefings"):
        assert expected in text
    assert dialog.values["Licence"].text() == "MIT"
    assert not QGuiApplication.windowIcon().isNull()
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == text


def test_about_licence_matches_the_project() -> None:
    found = re.search(r'^license\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert found and found.group(1) == LICENSE


def test_help_about_opens_the_dialog(monkeypatch, window, store) -> None:
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.text()) or 0)
    window.window_actions.about.trigger()
    assert shown and briefing.__version__ in shown[0] and str(store.path) in shown[0]


def test_page_size_actions_persist(make_window) -> None:
    first = make_window()
    acts = first.window_actions
    assert acts.page_sizes.isExclusive()
    acts.page_letter.trigger()
    assert app_settings().value(PDF_PAGE_SIZE) == "Letter"
    assert acts.page_letter.isChecked() and not acts.page_a4.isChecked()
    first.close()
    second = make_window()
    assert second.window_actions.page_letter.isChecked()  # from QSettings, before the menu opens
    second.window_actions.page_a4.trigger()
    assert app_settings().value(PDF_PAGE_SIZE) == "A4"
    assert second.page_size.current() == "A4"


def test_page_size_shows_the_locale_default_until_chosen(window) -> None:
    acts = window.window_actions
    assert not acts.page_a4.isChecked() and not acts.page_letter.isChecked()  # nothing loaded yet
    acts.page_size_menu.aboutToShow.emit()
    checked = [a.data() for a in acts.page_sizes.actions() if a.isChecked()]
    assert checked == [locale_page_size()]
    assert app_settings().value(PDF_PAGE_SIZE) is None  # showing the default does not save it


@pytest.mark.parametrize("size", [(1280, 800), (1600, 900)])
def test_first_run_gives_the_list_two_fifths_and_the_title_most_of_it(qtbot, make_window, size) -> None:
    window = make_window()
    window.resize(*size)  # a window manager may resize a new window after it is shown
    qtbot.waitUntil(lambda: abs(window.splitter.sizes()[0] / sum(window.splitter.sizes()) - 0.4) < 0.02,
                    timeout=2000)
    left = window.splitter.sizes()[0]
    assert left >= 0.35 * window.width() and left >= 460
    header = window.list_view.horizontalHeader()
    widths = {column: header.sectionSize(column) for column in (TITLE, DATE, KIND, PARTIES)}
    assert widths[TITLE] == max(widths.values()) and widths[TITLE] >= 0.4 * header.width()
    assert widths[DATE] >= header.fontMetrics().horizontalAdvance("2020-05-13")


def test_first_run_share_stops_once_the_user_drags_the_splitter(qtbot, make_window) -> None:
    window = make_window()
    window.splitter.splitterMoved.emit(300, 1)  # what a drag of the handle emits
    window.splitter.setSizes([300, window.splitter.width() - 300])
    window.resize(window.width() + 200, window.height())
    qtbot.wait(20)
    assert window.splitter.sizes()[0] == 300
