"""File and Edit actions: import, export (PDF, JSON, Markdown, CSV) and delete, with dialogs patched."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtGui import QKeySequence
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
    other = load_file(Path(__file__).parents[2] / "resources" / "sample-briefing.json")[0]
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


def test_export_markdown_writes_the_selected_briefing(qtbot, monkeypatch, tmp_path, window, stored_sample,
                                                     warnings) -> None:
    target = tmp_path / "notes"
    asked = _save_to(monkeypatch, target)
    window.window_actions.export_markdown.trigger()
    written = target.with_name("notes.md")  # the suffix is added
    qtbot.waitUntil(lambda: written.exists() and not window.tasks.is_busy(), timeout=10000)
    assert not warnings
    assert asked and asked[0].endswith(".md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith(f"# {stored_sample.title}\n")
    assert "## Commitments" in text and "Jing Junhai" in text
    assert str(written) in window.statusBar().toolTip()


def test_export_commitments_csv_of_several_briefings(qtbot, monkeypatch, tmp_path, window, store,
                                                     stored_sample, warnings) -> None:
    second = _second_briefing(stored_sample, tmp_path)
    other = load_file(second)[0]
    other.commitments[0].actor = "=cmd|' /C calc'!A0"
    other.commitments[0].text = "Open a desk in Bologna, then\nreport \"monthly\"."
    second.write_text(dumps(other), encoding="utf-8")
    _open_file(monkeypatch, second)
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2 and not window.tasks.is_busy(), timeout=10000)
    window.list_view.selectAll()
    target = tmp_path / "follow-ups.csv"
    asked = _save_to(monkeypatch, target)
    window.window_actions.export_csv.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks.is_busy(), timeout=10000)
    assert not warnings
    assert asked and asked[0].endswith("briefings-2-commitments.csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbfbriefing_id,")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ["briefing_id", "briefing_title", "event_date", "actor", "commitment", "firmness",
                      "status", "due_date", "due_phrase", "notes", "source_outlet"]
    assert len(rows) == 14  # 7 commitments in each, newest briefing first as the list shows them
    assert {row[1] for row in rows[:7]} == {"A second meeting on port logistics"}
    assert rows[0][3:5] == ["'=cmd|' /C calc'!A0", "Open a desk in Bologna, then\nreport \"monthly\"."]
    assert {row[1] for row in rows[7:]} == {stored_sample.title}
    assert [row[0] for row in rows[7:]] == [str(stored_sample.id)] * 7
    assert "14 commitments" in window.statusBar().toolTip() and str(target) in window.statusBar().toolTip()


def test_export_csv_names_a_single_briefing_after_its_title(qtbot, monkeypatch, tmp_path, window,
                                                            warnings) -> None:
    asked = _save_to(monkeypatch, tmp_path / "one.csv")
    window.window_actions.export_csv.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "one.csv").exists() and not window.tasks.is_busy(), timeout=10000)
    assert Path(asked[0]).name.startswith("video-conference-held-on")
    assert Path(asked[0]).name.endswith("-commitments.csv")


def test_a_failed_text_export_says_why(qtbot, monkeypatch, tmp_path, window, warnings) -> None:
    _save_to(monkeypatch, tmp_path / "no" / "such" / "folder" / "out.csv")
    window.window_actions.export_csv.trigger()
    qtbot.waitUntil(lambda: bool(warnings) and not window.tasks.is_busy(), timeout=10000)
    assert warnings[0].startswith("Export failed:") and "no file was written" in warnings[0].lower()
    assert not list(tmp_path.rglob("*.csv"))


def test_file_menu_lists_every_export(window) -> None:
    acts = window.window_actions
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    exports = ["Export &PDF…", "Export &JSON…", "Export &Markdown…", "Export &Commitments as CSV…"]
    start = texts.index(exports[0])
    assert texts[start:start + 4] == exports
    assert acts.export_pdf.shortcut() == QKeySequence("Ctrl+E")
    assert acts.export_json.shortcut() == QKeySequence("Ctrl+Shift+E")
    window.list_view.selectionModel().clearSelection()
    assert not any(action.isEnabled() for action in acts.export_actions())
    window.select_row(0)
    assert all(action.isEnabled() for action in acts.export_actions())


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
    assert store.count() == 1 and "File ▸ Trash can put it back" in asked[0]
    window.window_actions.delete.trigger()
    assert store.count() == 0
    assert window.proxy.rowCount() == 0
    assert window.current is None
    assert window.header.title.text() == "No briefing selected"
    assert not window.window_actions.export_pdf.isEnabled()
    assert window.counts_label.text().startswith("0 briefings")


def test_the_trash_puts_a_deleted_briefing_back(qtbot, monkeypatch, window, store) -> None:
    from briefing.gui.trash import TrashDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    window.list_view.setFocus()
    window.select_row(0)
    window.window_actions.delete.trigger()
    assert store.count() == 0 and len(store.trashed()) == 1
    dialog = TrashDialog(window, window)
    assert dialog.table.rowCount() == 1 and not dialog.put_back.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.selected_trash_ids() == [store.trashed()[0].trash_id], dialog.table.selectionModel().selectedRows()
    assert dialog.put_back.isEnabled(), window.library.read_only
    dialog.put_back.click()
    assert store.count() == 1 and store.trashed() == [] and window.proxy.rowCount() == 1
    assert dialog.table.rowCount() == 0 and not dialog.empty.isEnabled()
    window.select_row(0)
    window.window_actions.delete.trigger()
    dialog.fill()
    dialog.empty.click()
    assert store.trashed() == [] and store.count() == 0


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


def test_a_name_typed_without_its_suffix_asks_before_replacing_that_file(qtbot, monkeypatch, tmp_path, window,
                                                                        warnings) -> None:
    existing = tmp_path / "brief.pdf"
    existing.write_bytes(b"%PDF- the user's own file")
    _save_to(monkeypatch, tmp_path / "brief")  # the dialog asked about 'brief', which does not exist
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.window_actions.export_pdf.trigger()
    assert asked == ["“brief.pdf” already exists. Replace it?"]
    assert existing.read_bytes() == b"%PDF- the user's own file" and not window.tasks.is_busy()
    window.window_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: existing.read_bytes().startswith(b"%PDF-1") and not window.tasks.is_busy(),
                    timeout=30000)
    assert len(asked) == 2 and not warnings
