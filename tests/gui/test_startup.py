"""Start-up does only what the first paint needs: one showing of the first briefing, light imports,
the counts a moment later; an older library says that it is being upgraded while it is."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from briefing.gui import app as gui_app
from briefing.library import Library
from tests.store.test_upgrade_notice import write_old_library

ROOT = Path(__file__).resolve().parents[2]


def last_lines(code: str, folder: Path, count: int = 1) -> list[str]:
    """The last `count` lines `code` prints, run in a fresh Python (offscreen Qt) in `folder`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=folder,
                            env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-count:]


def test_the_first_briefing_is_read_and_shown_once(qtbot, app_names, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    shown: list[int | None] = []
    original = MainWindow.show_briefing
    monkeypatch.setattr(MainWindow, "show_briefing", lambda self, b: shown.append(b and b.id) or original(self, b))
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert shown == [store.ids()[0]] and window.current is not None
    window.show()
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("1 briefing"))  # after the first paint
    assert len(shown) == 1


def test_the_window_starts_without_the_heavy_modules(tmp_path: Path) -> None:
    """Nor the search, its query parser, the commitments' SQL, the row writing, the trash dialog or the tabs
    past Summary (built when first shown): none of them is used to show the list and the first briefing;
    nor Qt classes only dialogs or those tabs use (PySide6 builds a
    class's Python type when it is first imported by name)."""
    path = tmp_path / "library.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from briefing.library import Library\n"
            "from briefing.gui.main_window import MainWindow\n"
            "app = QApplication([])\n"
            f"window = MainWindow(Library.open({str(path)!r}, claim=False))\n"
            "window.show()\n"
            "app.processEvents()\n"
            "heavy = ('sqlite_utils', 'briefing.extract', 'briefing.export', 'reportlab', 'jsonschema',\n"
            "         'briefing.library.people_directory', 'difflib', 'hashlib', 'platformdirs', 'socket', 'secrets',\n"
            "         'calendar', 'getpass', 'briefing.store.search', 'briefing.store.commitment_filters',\n"
            "         'briefing.store.commitments', 'briefing.store.status_history', 'briefing.store.writing',\n"
            "         'briefing.store.query', 'briefing.store.hits', 'briefing.store.index', 'briefing.gui.trash',\n"
            "         'briefing.library.duplicates', 'briefing.library.carried', 'briefing.gui.panes.participants',\n"
            "         'briefing.gui.panes.statements', 'briefing.gui.panes.commitments', 'briefing.gui.panes.source',\n"
            "         'briefing.gui.panes.tables', 'briefing.gui.detail_models')\n"
            "loaded = [m for m in heavy if m in sys.modules]\n"
            "qt = ('QFileDialog', 'QDialogButtonBox', 'QTableWidget', 'QUrl', 'QDesktopServices', 'QStyle',\n"
            "      'QTextFormat', 'QTextCharFormat', 'QTextBlockFormat', 'QTextOption', 'QInputDialog',\n"
            "      'QProgressDialog', 'QMessageBox', 'QDialog', 'QTreeView', 'QStandardItemModel')\n"
            "loaded += [name for name in qt if any(name in vars(sys.modules[m]) for m in\n"
            "                                      ('PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets'))]\n"
            "print(sorted(loaded))\n"
            "window.close()\n")
    assert last_lines(code, tmp_path) == ["[]"]


def test_pyside_does_not_read_the_source_of_the_apps_modules(tmp_path: Path) -> None:
    """PySide reads each module's source looking for `from __feature__ import` unless it is marked:
    the app's modules and the standard library's (the top-level ones) are, before any of them is imported."""
    code = ("import sys, PySide6.QtCore\n"
            "feature = sys.modules['__feature__']\n"
            "read = []\n"
            "original = feature._mod_uses_pyside\n"
            "feature._mod_uses_pyside = lambda module: read.append(module.__name__) or original(module)\n"
            "import briefing.gui.app\n"  # the entry point, which marks them
            "from briefing.gui.main_window import MainWindow\n"
            "import briefing.gui.trash, difflib, email.utils\n"
            "ours = [name for name in read if name.split('.')[0] == 'briefing' or name in ('difflib', 'email')]\n"
            "ours.remove('briefing.gui.source_scan')\n"  # the one that marks them, imported before it can
            "print(sorted(ours))\n")
    assert last_lines(code, tmp_path) == ["[]"]


def test_the_app_module_names_are_found_on_disk(tmp_path: Path) -> None:
    from briefing.gui.source_scan import app_module_names

    package = tmp_path / "briefing"
    (package / "gui" / "panes").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "resources" / "icons").mkdir(parents=True)
    for name in ("__init__.py", "gui/__init__.py", "gui/app.py", "gui/panes/__init__.py", "gui/panes/summary.py",
                 "gui/notes.txt", "__pycache__/app.cpython-311.pyc", "resources/icons/app.png"):
        (package / name).write_text("")
    assert sorted(app_module_names(package)) == ["briefing", "briefing.gui", "briefing.gui.app", "briefing.gui.panes",
                                                  "briefing.gui.panes.summary"]
    assert "briefing.gui.main_window" in app_module_names()


def test_an_older_library_shows_that_it_is_being_upgraded(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    write_old_library(path)
    seen: list[str] = []

    def look() -> None:
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())

    def slow_open() -> Library:  # on the worker thread: time for the window to be looked at
        time.sleep(0.3)
        return Library.open(path, claim=False)

    QTimer.singleShot(100, look)
    library = gui_app.open_with_notice(path, slow_open)
    try:
        assert seen == [gui_app.UPGRADING]
        assert library.get(1).title == "Ferry talks"
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    finally:
        library.close()
    assert gui_app.open_with_notice(path, lambda: "opened") == "opened"  # upgraded: no notice, no thread


def test_main_opens_an_older_library_with_the_notice(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    write_old_library(path)
    notices: list[Path] = []
    real = gui_app.open_with_notice
    monkeypatch.setattr(gui_app, "open_with_notice", lambda p, opener: notices.append(p) or real(p, opener))
    titles: list[str | None] = []

    def run(*_: object) -> int:  # the window as the event loop would show it
        titles.extend(w.current.title if w.current else None for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.library.path == path)
        return 0

    monkeypatch.setattr(type(qapp), "exec", run)
    assert gui_app.main(str(path)) == 0
    assert notices == [path] and titles == ["Ferry talks"]
    for window in [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]:
        window.close()
        window.deleteLater()


def test_a_failed_upgrade_is_raised_on_the_gui_thread(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    write_old_library(path)

    def failing() -> Library:
        raise OSError("disk full")

    try:
        gui_app.open_with_notice(path, failing)
    except OSError as error:
        assert str(error) == "disk full"
    else:
        raise AssertionError("the error was lost")


def test_main_answers_other_launches_once_the_window_is_painted(qtbot, qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import main_window

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 60000)  # only the first paint may finish start-up
    path = tmp_path / "library.sqlite"
    seen: dict[str, bool] = {}

    def run(*_: object) -> int:  # the event loop: the window is shown, nothing painted yet
        window = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.library.path == path)
        seen["started before the paint"] = window.started
        seen["listening before the paint"] = window.library_files.claim.listening
        seen["counts before the paint"] = bool(window.counts_label.text())
        qtbot.waitUntil(lambda: window.started, timeout=5000)
        seen["listening after it"] = window.library_files.claim.listening
        qtbot.waitUntil(lambda: window.counts_label.text().startswith("1 briefing"), timeout=5000)
        seen["counts after it"] = True
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(type(qapp), "exec", run)
    assert gui_app.main(str(path)) == 0
    assert seen == {"started before the paint": False, "listening before the paint": False,
                    "counts before the paint": False, "listening after it": True, "counts after it": True}


def test_a_window_never_painted_still_finishes_its_start_up(qtbot, app_names, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import main_window

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 50)
    window = main_window.MainWindow(store)  # never shown (a window started minimised is not painted either)
    qtbot.addWidget(window)
    assert not window.started and window.counts_label.text() == ""
    qtbot.waitUntil(lambda: window.started, timeout=5000)
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("1 briefing"))  # counted in the background


def test_finishing_the_start_up_is_done_once(qtbot, app_names, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow
    from briefing.gui.status_counts import StatusCounts

    counted: list[int] = []
    original = StatusCounts.refresh_in_background
    monkeypatch.setattr(StatusCounts, "refresh_in_background", lambda self: counted.append(1) or original(self))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.finish_startup()
    window.finish_startup()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first paint's own call comes and finds the work done
    assert window.started and counted == [1] and not window.after_first_paint.isActive()


def test_edit_mode_backups_and_the_views_across_events_are_not_imported_before_the_first_paint(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from briefing.library import Library\n"
            "from briefing.gui.main_window import MainWindow\n"
            "app = QApplication([])\n"
            f"window = MainWindow(Library.open({str(path)!r}, claim=False))\n"
            "later = ('briefing.gui.editing.controller', 'briefing.gui.backups', 'briefing.gui.commitments_view',\n"
            "         'briefing.gui.people_view')\n"
            "print(sorted(m for m in later if m in sys.modules))\n"
            "window.finish_startup()\n"
            "print(sorted(m for m in later if m in sys.modules), window.editing is not None)\n"
            "window.close()\n")
    before, after = last_lines(code, tmp_path, 2)
    assert before == "[]" and after == "['briefing.gui.backups', 'briefing.gui.editing.controller'] True"


def test_the_source_tab_sets_its_text_when_it_is_shown(window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.summary_pane)
    window.show_briefing(window.library.get(stored_sample.id))
    pane = window.source_pane
    assert pane._waiting and pane.text_view.toPlainText() == "" and pane.legend.text() == ""  # not set yet
    window.tabs.setCurrentWidget(pane)
    assert not pane._waiting and pane.text() == stored_sample.source.text and pane.legend.text()


def test_a_hidden_source_pane_is_brought_up_to_date_when_used(window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.summary_pane)
    window.show_briefing(window.library.get(stored_sample.id))
    assert window.source_pane.browser.toPlainText().strip()  # `browser` brings it up to date
    window.show_briefing(None)
    assert window.source_pane.text() == ""
    window.show_briefing(window.library.get(stored_sample.id))
    window.source_pane.select_span(0, 5)  # pointing at a passage sets the text first
    assert window.source_pane.text_view.textCursor().selectedText() == stored_sample.source.text[:5]


def _long_library(path: Path, count: int = 230) -> Library:
    """More briefings than the list's first page; every tenth without a date (listed after the dated ones)."""
    from dataclasses import replace

    from briefing.store import Store
    from tests.synthetic import synthetic_briefing

    with Store(path) as store:
        store.add_many(replace(b, event_date=None) if n % 10 == 3 else b
                       for n, b in ((n, synthetic_briefing(n)) for n in range(count)))
    return Library.open(path, claim=False)


def test_a_first_page_of_ids_is_the_start_of_each_order(tmp_path: Path) -> None:
    with _long_library(tmp_path / "long.sqlite") as library:
        for order in ("newest", "oldest", "title", "id"):
            every = library.ids(order)
            assert len(every) == 230 and len(set(every)) == 230
            for limit in (1, 100, 206, 207, 229, 230, 500):  # 207 dated: the undated ones start at 207
                assert library.ids(order, limit) == every[:limit], (order, limit)


def test_the_list_reads_its_first_page_then_the_rest_after_the_first_paint(qtbot, app_names, tmp_path: Path,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import main_window

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 60000)
    library = _long_library(tmp_path / "long.sqlite")
    window = main_window.MainWindow(library)
    qtbot.addWidget(window)
    every = library.ids("newest")
    model, proxy = window.list_model, window.proxy
    assert proxy.rowCount() == main_window.FIRST_PAGE < len(every) and not model.is_complete()
    assert [proxy.id_at(row) for row in range(proxy.rowCount())] == every[:main_window.FIRST_PAGE]
    assert window.current is not None and window.current.id == every[0] and window.selected_ids() == [every[0]]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=5000)  # the first paint finished the start-up
    assert model.is_complete() and [proxy.id_at(row) for row in range(proxy.rowCount())] == every
    assert resets == [] and window.selected_ids() == [every[0]] and window.current.id == every[0]
    window.close()
    library.close()


def test_a_briefing_past_the_first_page_is_found_before_the_rest_is_read(qtbot, app_names, tmp_path: Path,
                                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import main_window

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 60000)
    library = _long_library(tmp_path / "long.sqlite")
    window = main_window.MainWindow(library)  # never shown: only the first page is listed
    qtbot.addWidget(window)
    last = library.ids("newest")[-1]
    assert window.select_id(last) and window.current.id == last and window.selected_ids() == [last]
    assert window.proxy.rowCount() == 230
    library.close()


def test_what_the_user_does_before_the_first_paint_is_not_lost(qtbot, app_names, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import main_window
    from briefing.gui.editing.importer import ArticleImporter

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 60000)
    imported: list[object] = []
    monkeypatch.setattr(ArticleImporter, "import_paths", lambda self, paths: imported.append(paths))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    assert not window.started
    window.window_actions.edit_briefing.trigger()  # F2 before edit mode is built
    assert window.started and window.editing is not None and window.editing.is_editing()
    window.editing.discard()

    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.window_actions.back_up_now.trigger()  # Ctrl+Shift+B before the backups are wired
    assert window.started
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=10000)
    assert len(store.backups()) == 1

    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.hub.import_articles.emit([Path("article.txt")])  # an article dropped on the window
    assert window.started and imported == [[Path("article.txt")]]


def test_main_empties_old_trash_and_remembers_the_library_after_the_first_paint(qtbot, qapp, tmp_path: Path,
                                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from briefing.gui import main_window
    from briefing.gui.library_paths import last_library
    from briefing.gui.settings import app_settings

    monkeypatch.setattr(main_window, "UNPAINTED_STARTUP_MS", 60000)  # only the first paint may finish start-up
    path = tmp_path / "library.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.delete(library.ids())
    with sqlite3.connect(path) as conn:  # deleted long ago
        conn.execute("update trash set deleted = '2000-01-01T00:00:00+00:00'")
    conn.close()
    seen: dict[str, object] = {}

    def run(*_: object) -> int:  # the event loop: the window is shown, nothing painted yet
        window = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.library.path == path)
        seen["trashed before"], seen["last before"] = len(window.library.trashed()), last_library(app_settings())
        qtbot.waitUntil(lambda: window.started and not window.tasks.is_busy(), timeout=5000)  # checked, then emptied
        seen["trashed after"], seen["last after"] = len(window.library.trashed()), last_library(app_settings())
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(type(qapp), "exec", run)
    assert gui_app.main(str(path)) == 0
    assert seen == {"trashed before": 1, "last before": None, "trashed after": 0, "last after": path}


def test_warning_icons_are_drawn_when_first_needed(qtbot, app_names, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from briefing.gui.header import BriefingHeader
    from briefing.gui.main_window import MainWindow

    header = BriefingHeader()
    qtbot.addWidget(header)
    header.show_briefing(store.get(store.ids()[0]))  # reviewed: no notice, no icon asked for yet
    assert header.notice_row.isHidden() and header.notice_icon.pixmap().isNull()
    header.show_briefing(replace(store.get(store.ids()[0]), review="draft"))
    assert not header.notice_row.isHidden() and not header.notice_icon.pixmap().isNull()

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.library_files.banner.isHidden() and window.library_files.banner_icon.pixmap().isNull()
    path = tmp_path / "read-only.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    with Library.open(path, read_only=True, claim=False) as read_only:
        window = MainWindow(read_only)
        qtbot.addWidget(window)
        assert not window.library_files.banner.isHidden()
        assert not window.library_files.banner_icon.pixmap().isNull()
        window.close()


def test_file_trash_opens_its_dialog_from_the_module_imported_then(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import trash

    opened: list[object] = []
    monkeypatch.setattr(trash.TrashDialog, "exec", lambda self: opened.append(self) or 0)
    window.window_actions.show_trash.trigger()
    assert len(opened) == 1 and window.trash_dialog is opened[0] and window.trash_dialog.parent() is window
