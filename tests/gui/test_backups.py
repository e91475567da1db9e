"""The window's side of nothing lost: Back Up Now, Restore from Backup, the daily backup, a damaged
library at start, and briefings another process imports appearing in the list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from briefing.gui import app as gui_app
from briefing.gui import backups as gui_backups
from briefing.gui.backups import RestoreDialog
from briefing.library import Library


def test_back_up_now_then_restore_from_the_dialog(qtbot, make_window, store, monkeypatch) -> None:
    window = make_window()
    window.window_actions.back_up_now.trigger()
    qtbot.waitUntil(lambda: len(store.backups()) == 1, timeout=10000)
    window.tasks.wait(10000)
    store.add([replace(store.get(1), title="Added after the backup")])
    window.refresh_library()
    assert window.proxy.rowCount() == 2

    def choose_first(dialog: RestoreDialog) -> int:
        assert dialog.chosen() is not None and dialog.table.rowCount() == 1
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    window.window_actions.restore_backup.trigger()
    assert window.proxy.rowCount() == 1 and window.library.count() == 1
    reasons = sorted(info.reason for info in window.library.backups())
    assert reasons == ["before-restore", "manual"]  # the library as it was is a backup too


def test_restore_without_backups_says_so(make_window, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    make_window().window_actions.restore_backup.trigger()
    assert told and "has no backups yet" in told[0]


def test_the_status_bar_stops_saying_checking_once_the_check_is_done(qtbot, make_window) -> None:
    window = make_window()  # (it waits for the check of the library the window starts)
    qtbot.waitUntil(lambda: not window.tasks.is_busy())
    assert window.statusBar().currentMessage() != "Checking the library…"
    assert not window.progress.isVisible()


def test_the_daily_backup_runs_in_the_background_once(qtbot, make_window, store) -> None:
    window = make_window()
    window.backups.back_up_if_due()
    qtbot.waitUntil(lambda: len(store.backups()) == 1, timeout=10000)
    window.tasks.wait(10000)
    window.backups.back_up_if_due()  # made today already
    window.tasks.wait(10000)
    assert [info.reason for info in store.backups()] == ["daily"]


def test_an_import_from_another_process_appears_in_the_list(qtbot, make_window, store, tmp_path) -> None:
    window = make_window()
    with Library.open(store.path, claim=False) as other:  # another connection, as `briefing import` has
        other.add([replace(other.get(1), title="Imported from the terminal")])
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2, timeout=5000)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 4096, 4096):
        data[offset:offset + 64] = bytes(64)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("choice", ["restore", "quit"])
def test_a_damaged_library_at_start_offers_its_newest_backup(qapp, monkeypatch, tmp_path, choice) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.add([library.get(1)] * 3)
        library.backup()
    damage(path)
    Path(f"{path}.lock").write_text('{"pid": 1, "role": "window", "host": "x"}')  # left by a crash
    asked: list[str] = []

    def answer(library, where, problems):  # type: ignore[no-untyped-def]
        asked.append(problems[0])
        return choice

    monkeypatch.setattr(gui_backups, "damaged_library_choice", answer)
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    before = path.read_bytes()
    result = gui_app.main(str(path))
    for window in [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]:
        window.close()
        window.deleteLater()
    assert asked
    if choice == "quit":
        assert result == 1 and path.read_bytes() == before  # never written to
        return
    assert result == 0
    with Library.open(path, claim=False) as restored:
        assert restored.count() == 4 and restored.check() == []
    assert list(tmp_path.glob("lib.sqlite.damaged-*"))


def test_a_library_whose_schema_is_unreadable_offers_its_backups_at_start(qapp, monkeypatch, tmp_path) -> None:
    from tests.library.test_bytes_not_text import unreadable_library

    path = tmp_path / "lib.sqlite"
    before = unreadable_library(path)
    asked: list[str] = []

    def answer(library, where, problems):  # type: ignore[no-untyped-def]
        asked.append(problems[0])
        return "quit"

    monkeypatch.setattr(gui_backups, "damaged_library_choice", answer)
    monkeypatch.setattr(type(qapp), "exec", lambda *args: 0)
    assert gui_app.main(str(path)) == 1
    assert asked and "description of its own tables is damaged" in asked[0]
    assert path.read_bytes() == before


def damage_the_middle(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(bytes(range(256)) * 16)


@pytest.mark.parametrize("choice", ["read-only", "restore"])
def test_a_library_damaged_without_a_crash_is_found_once_the_window_shows_it(
        qtbot, make_window, monkeypatch, tmp_path, choice) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        for batch in range(3):  # (20 at a time: a bulk import would make a backup of its own first)
            library.add([replace(library.get(1), title=f"Talks {batch}-{n}") for n in range(20)])
        library.backup()
    damage_the_middle(path)  # no crash left a claim behind: the window opens it without a check first
    before = path.read_bytes()
    asked: list[str] = []

    def answer(library, where, problems):  # type: ignore[no-untyped-def]
        asked.append(problems[0])
        return choice

    monkeypatch.setattr(gui_backups, "damaged_library_choice", answer)
    window = make_window(Library.open(path, claim=False, tidy=False))  # shown, then checked in the background
    assert asked and window.started
    if choice == "read-only":
        assert window.library.damage and window.library.read_only and path.read_bytes() == before
        assert not window.window_actions.write_gate.isEnabled() and window.library_files.banner.isVisible()
        assert "damaged" in window.library_files.notice.text()
    else:
        assert window.library.check() == [] and window.library.count() == 61 and not window.library.read_only
        assert window.window_actions.write_gate.isEnabled() and not window.library_files.banner.isVisible()
        assert list(tmp_path.glob("lib.sqlite.damaged-*"))
    window.close()
    window.library.close()


def test_rows_a_damaged_page_took_say_so_and_the_others_show(qtbot, make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.list_model import UNREADABLE

    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        for batch in range(3):
            library.add([replace(library.get(1), title=f"Talks {batch}-{n}") for n in range(20)])
        table_pages = library.store.conn.execute(
            "select pageno from dbstat where name = 'briefings' and pagetype = 'leaf' order by pageno").fetchall()
        page_size = library.store.conn.execute("PRAGMA page_size").fetchone()[0]
    middle = table_pages[len(table_pages) // 2][0]
    with open(path, "r+b") as handle:  # one leaf page of the briefings table turns to noise
        handle.seek((middle - 1) * page_size + 8)
        handle.write(bytes(range(256)) * 8)
    monkeypatch.setattr(gui_backups, "damaged_library_choice", lambda *args: "read-only")
    window = make_window(Library.open(path, claim=False, tidy=False))
    titles = [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]
    assert UNREADABLE in titles and sum(title.startswith("Talks") for title in titles) > 10
    assert all(titles)  # no blank row
    window.close()
    window.library.close()
