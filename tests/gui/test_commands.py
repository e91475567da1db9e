"""File and Edit actions: import, export (PDF, JSON) and delete, with dialogs patched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.core import dumps, load_file
from briefing.gui.settings import PDF_PAGE_SIZE, app_settings


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    return shown


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def ask(parent, caption, directory, file_filter, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


def _open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(path)], "Briefing interchange (*.json *.jsonl)"))


def _second_briefing(stored_sample, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    other = load_file(Path(__file__).parents[2] / "briefing" / "resources" / "sample-briefing.json")[0]
    other.title = "A second meeting on port logistics"
    other.event_date = "2021-03-02"
    path = tmp_path / "second.json"
    path.write_text(dumps(other), encoding="utf-8")
    return path


def test_export_pdf_writes_a_readable_pdf(qtbot, monkeypatch, tmp_path, window, warnings) -> None:
    target = tmp_path / "out" / "briefing"
    target.parent.mkdir()
    asked = _save_to(monkeypatch, target)
    window.window_actions.export_pdf.trigger()
    assert window.progress.isVisibleTo(window)  # busy in the status bar until the worker reports
    written = target.with_name("briefing.pdf")  # the suffix is added
    qtbot.waitUntil(lambda: written.exists() and not window.tasks.is_busy(), timeout=30000)
    assert not warnings
    assert asked and asked[0].endswith(".pdf")
    reader = PdfReader(str(written))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Jilin" in text
    assert str(written) in window.statusBar().toolTip()
    assert not window.progress.isVisibleTo(window)


def test_export_pdf_uses_the_page_size_setting(qtbot, monkeypatch, tmp_path, window, warnings) -> None:
    settings = app_settings()
    settings.setValue(PDF_PAGE_SIZE, "Letter")
    settings.sync()
    target = tmp_path / "letter.pdf"
    _save_to(monkeypatch, target)
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks.is_busy(), timeout=30000)
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_export_several_selected_briefings_as_one_book(qtbot, monkeypatch, tmp_path, window,
                                                       stored_sample, warnings) -> None:
    _open_file(monkeypatch, _second_briefing(stored_sample, tmp_path))
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2, timeout=10000)
    window.list_view.selectAll()
    assert len(window.selected_ids()) == 2
    single = tmp_path / "single.pdf"
    book = tmp_path / "book.pdf"
    _save_to(monkeypatch, book)
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: book.exists() and not window.tasks.is_busy(), timeout=30000)
    window.select_row(0)
    _save_to(monkeypatch, single)
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: single.exists() and not window.tasks.is_busy(), timeout=30000)
    book_text = "".join(p.extract_text() for p in PdfReader(str(book)).pages)
    assert "port logistics" in book_text and "Emilia-Romagna" in book_text
    assert len(PdfReader(str(book)).pages) > len(PdfReader(str(single)).pages)


def test_export_json_round_trips(qtbot, monkeypatch, tmp_path, window, stored_sample, warnings) -> None:
    target = tmp_path / "out.json"
    _save_to(monkeypatch, target)
    window.window_actions.export_json.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks.is_busy(), timeout=10000)
    [again] = load_file(target)
    assert again.title == stored_sample.title
    assert len(again.statements) == 11


def test_cancelled_export_writes_nothing(monkeypatch, tmp_path, window) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.window_actions.export_pdf.trigger()
    assert not window.tasks.is_busy()
    assert not list(tmp_path.rglob("*.pdf"))


def test_import_adds_and_selects_the_new_briefing(qtbot, monkeypatch, tmp_path, window, store,
                                                  stored_sample, warnings) -> None:
    _open_file(monkeypatch, _second_briefing(stored_sample, tmp_path))
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: store.count() == 2 and not window.tasks.is_busy(), timeout=10000)
    assert not warnings
    assert window.current is not None and window.current.title == "A second meeting on port logistics"
    assert window.counts_label.text().startswith("2 briefings")
    assert window.proxy.index(0, 0).data() == "A second meeting on port logistics"  # newest first


def test_import_of_an_invalid_file_shows_the_error_and_writes_nothing(
        qtbot, monkeypatch, tmp_path, window, store, stored_sample, warnings) -> None:
    good = json.loads(dumps(stored_sample))
    bad = dict(good, title=42)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")
    _open_file(monkeypatch, path)
    before = store.stats()
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    message = warnings[0]
    assert "broken.json" in message and "record 2" in message and "title" in message
    assert "nothing was imported" in message.lower()
    assert store.stats() == before
    assert window.proxy.rowCount() == 1


def test_import_of_a_file_that_is_not_json(qtbot, monkeypatch, tmp_path, window, store, warnings) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("{\"schema\": \"briefing/1\"\nnot json\n", encoding="utf-8")
    _open_file(monkeypatch, path)
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "notes.jsonl" in warnings[0] and "record 1" in warnings[0]
    assert store.count() == 1


def test_delete_asks_first(monkeypatch, window, store) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.list_view.setFocus()
    window.window_actions.delete.trigger()
    assert store.count() == 1 and "cannot be undone" in asked[0]
    window.window_actions.delete.trigger()
    assert store.count() == 0
    assert window.proxy.rowCount() == 0
    assert window.current is None
    assert window.header.title.text() == "No briefing selected"
    assert not window.window_actions.export_pdf.isEnabled()
    assert window.counts_label.text().startswith("0 briefings")


def test_nothing_selected_disables_selection_actions(window) -> None:
    window.list_view.selectionModel().clearSelection()
    assert not window.window_actions.export_pdf.isEnabled()
    window.list_view.selectionModel().select(
        window.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert window.window_actions.delete.isEnabled()


def test_settings_are_redirected_to_tmp(tmp_path) -> None:
    assert str(tmp_path) in app_settings().fileName()
    assert QSettings.Format.IniFormat == app_settings().format()


def test_several_files_import_all_or_nothing(qtbot, monkeypatch, tmp_path, window, store, stored_sample,
                                             warnings) -> None:
    good = json.loads(dumps(stored_sample))
    first, second = tmp_path / "first.json", tmp_path / "second.jsonl"
    first.write_text(json.dumps(good), encoding="utf-8")
    second.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, event_date="soon")) + "\n",
                      encoding="utf-8")
    before = store.stats()
    window.commands.import_paths([first, second])
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "second.jsonl" in warnings[0] and "record 2" in warnings[0]
    assert store.stats() == before
    second.write_text(json.dumps(good) + "\n", encoding="utf-8")
    window.commands.import_paths([first, second])
    qtbot.waitUntil(lambda: store.count() == before["briefings"] + 2, timeout=10000)
