"""Article import into drafts, edit mode in the panes, undo/redo, save/discard and the unsaved-changes prompts."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox

from briefing.extract import extract
from briefing.store import Store

Button = QMessageBox.StandardButton
ARTICLE = """Harbor towns of Northvale and Lakeport agree on ferry link

Northvale, 12 April 2023 — Mayor Anna Berg of Northvale met Lakeport's Deputy Mayor Tomas Reed at the town \
hall on Wednesday to discuss a ferry link across the bay.

"We will open the ferry line by 2025," Berg said.

Reed said Lakeport would build a new pier next year.

Berg added that Northvale hopes to welcome more tourists from Lakeport.

The two towns agreed to hold a joint festival in the summer.

Councillor Maria Lind of Lakeport said the festival should include a rowing race.
"""
TOWNS = ("Ashford", "Brindle", "Corran", "Dunmore", "Elsworth", "Fenwick", "Glenby", "Harrow")


def small_article(number: int) -> str:
    town, other = TOWNS[number % len(TOWNS)], TOWNS[(number + 3) % len(TOWNS)]
    return (f"{town} and {other} talk trade, round {number}\n\n"
            f"{town}, 3 May 2022 — Mayor Ines Kort{number} of {town} met Mayor Olaf Brand of {other} "
            f"on Tuesday.\n\n\"We will open a trade office in {other},\" Kort{number} said.\n\n"
            f"Brand said {other} hopes to host a fair next spring.\n")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """QMessageBox.question answers (queue; Discard when empty) and what was asked and warned."""
    seen: dict[str, list] = {"asked": [], "answers": [], "warned": []}

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["asked"].append(text)
        return seen["answers"].pop(0) if seen["answers"] else Button.Discard

    def warning(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["warned"].append(text)
        return Button.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@pytest.fixture
def editor_window(make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window()
    yield window
    window.editing.importer.cancel()
    window.editing.importer.wait(30000)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import_draft(qtbot, monkeypatch, window, path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.window_actions.import_file.trigger()
    qtbot.waitUntil(lambda: window.editing.session is not None, timeout=20000)
    return window.editing.session


def _editor(view, kind: type):  # type: ignore[no-untyped-def]
    editors = [w for w in view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _show(view) -> None:  # type: ignore[no-untyped-def]
    tabs = view.window().tabs
    tabs.setCurrentWidget(view.parentWidget())


def _edit_text(qtbot, view, index, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    _show(view)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = _editor(view, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def _choose(qtbot, view, index, label: str) -> None:  # type: ignore[no-untyped-def]
    _show(view)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = _editor(view, QComboBox)
    combo.setCurrentIndex(combo.findText(label))
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def _undo_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.window_actions.undo.text().replace("&", "")


def test_an_imported_article_opens_as_a_draft_and_every_edit_undoes(
        qtbot, monkeypatch, tmp_path, editor_window, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    acts = window.window_actions
    session = _import_draft(qtbot, monkeypatch, window, _write(tmp_path, "ferry.txt", ARTICLE))
    draft = session.briefing
    assert session.is_new and store.count() == 1  # not saved yet
    assert window.editing.banner.isVisible() and "Draft" in window.editing.banner.title.text()
    names = [p.name for p in draft.participants]
    assert {"Anna Berg", "Tomas Reed", "Maria Lind"} <= set(names)
    assert len(draft.statements) >= 3 and window.statements_pane.statement_count() == len(draft.statements)
    assert window.header.title.text() == "Harbor towns of Northvale and Lakeport agree on ferry link"
    assert window.list_view.selectionModel().selectedRows() == []

    # 1. a participant's title, in the Participants table
    berg = names.index("Anna Berg")
    participants = window.participants_pane
    _edit_text(qtbot, participants.view, participants.model.index(berg, 2), "Lord Mayor of Northvale")
    qtbot.waitUntil(lambda: session.briefing.participants[berg].title == "Lord Mayor of Northvale")
    assert _undo_text(window) == "Undo Change participant title"
    # 2. a commitment's firmness
    commitments = window.commitments_pane
    pier = next(i for i, c in enumerate(draft.commitments) if "pier" in c.text)
    _choose(qtbot, commitments.view, commitments.model.index(pier, 2), "hope")
    qtbot.waitUntil(lambda: session.briefing.commitments[pier].firmness == "hope")
    assert _undo_text(window) == "Undo Change firmness"
    # 3. its due date: a bad one stays in the box with a message and changes nothing
    due_before = session.briefing.commitments[pier].due
    editor = _edit_text(qtbot, commitments.view, commitments.model.index(pier, 4), "next year")
    qtbot.wait(50)
    assert editor.isVisible() and editor.text() == "next year"
    assert "YYYY-MM-DD" in window.editing.banner.message.text()
    assert session.briefing.commitments[pier].due == due_before and _undo_text(window) == "Undo Change firmness"
    editor.selectAll()
    qtbot.keyClicks(editor, "2024-06-30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.briefing.commitments[pier].due == "2024-06-30")
    assert _undo_text(window) == "Undo Change due date"
    # 4. reassign a statement's speaker (Reassign Speaker ▸ Tomas Reed)
    statements = window.statements_pane
    quote = next(i for i, s in enumerate(session.briefing.statements) if "ferry line" in s.text)
    assert statements.select_position(quote)
    window.editing.panes.speaker_menu.aboutToShow.emit()
    entry = next(a for a in window.editing.panes.speaker_menu.actions() if a.text().startswith("Tomas Reed"))
    entry.trigger()
    assert session.briefing.statements[quote].speaker == "Tomas Reed"
    assert _undo_text(window) == "Undo Reassign speaker"
    # 5. merge Maria Lind into Tomas Reed
    rows = [names.index("Tomas Reed"), names.index("Maria Lind")]
    view = participants.view
    view.clearSelection()
    for row in rows[::-1]:
        view.selectionModel().select(participants.model.index(row, 0), view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(participants.model.index(rows[0], 0),
                                          view.selectionModel().SelectionFlag.NoUpdate)
    assert acts.merge_participants.isEnabled()
    acts.merge_participants.trigger()
    merged = session.briefing
    assert "Maria Lind" not in [p.name for p in merged.participants]
    assert "Maria Lind" in merged.participant("Tomas Reed").aliases
    assert all(s.speaker != "Maria Lind" for s in merged.statements)
    # 6. delete a statement with the Del key in the Statements tree
    count = len(merged.statements)
    statements.select_position(0)
    qtbot.keyClick(statements.view, Qt.Key.Key_Delete)
    assert len(session.briefing.statements) == count - 1 and store.count() == 1
    assert _undo_text(window) == "Undo Delete statement"
    # 7. mark a passage selected in the Source pane as a commitment
    text = session.briefing.source.text
    start = text.index("the festival should include")
    end = text.index(".", start)
    cursor = QTextCursor(window.source_pane.browser.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.source_pane.browser.setTextCursor(cursor)
    assert acts.mark_commitment.isEnabled()
    acts.mark_commitment.trigger()
    added = [c for c in session.briefing.commitments if c.start == start]
    assert len(added) == 1 and added[0].text == text[start:end] and added[0].end == end
    assert _undo_text(window) == "Undo Mark as commitment"
    edited = session.briefing
    assert window.commitments_pane.model.rowCount() == len(edited.commitments)

    # undo all seven one by one, back to the draft; then redo them all
    undone = []
    while acts.undo.isEnabled():
        undone.append(_undo_text(window))
        acts.undo.trigger()
    assert undone == ["Undo Mark as commitment", "Undo Delete statement", "Undo Merge participants",
                      "Undo Reassign speaker", "Undo Change due date", "Undo Change firmness",
                      "Undo Change participant title"]
    assert session.briefing == draft
    assert window.participants_pane.model.index(berg, 2).data() == draft.participants[berg].title
    while acts.redo.isEnabled():
        acts.redo.trigger()
    assert session.briefing == edited

    # Save writes the whole briefing; the library file has it when opened afresh
    acts.save_edits.trigger()
    assert window.editing.session is None and not window.editing.banner.isVisible()
    assert window.current is not None and window.current.id is not None
    with Store(store.path) as reopened:
        saved = reopened.get(window.current.id)
    assert saved.participants[berg].title == "Lord Mayor of Northvale"
    assert saved.commitments[pier].firmness == "hope" and saved.commitments[pier].due == "2024-06-30"
    assert saved.statements == edited.statements and not saved.is_draft
    assert window.list_view.selectionModel().selectedRows()  # the new briefing is selected in the list


def test_discard_drops_the_draft_and_the_edits(qtbot, monkeypatch, tmp_path, editor_window, dialogs,
                                               store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    sample_id = window.current.id
    session = _import_draft(qtbot, monkeypatch, window, _write(tmp_path, "ferry.txt", ARTICLE))
    dialogs["answers"].append(Button.Cancel)
    window.window_actions.discard_edits.trigger()
    assert window.editing.session is session  # Cancel: still there
    window.window_actions.discard_edits.trigger()  # Discard
    assert window.editing.session is None and store.count() == 1
    assert window.current.id == sample_id and "not be added" in dialogs["asked"][0]
    # a stored briefing: edit, discard -> the stored version again, and the store untouched
    window.window_actions.edit_briefing.trigger()
    window.editing.panes.form.title.setText("Another title")
    window.editing.panes.form.title.editingFinished.emit()
    assert window.header.title.text() == "Another title"
    window.window_actions.discard_edits.trigger()
    assert window.current.title == store.get(sample_id).title == window.header.title.text()
    # no changes: no question
    asked = len(dialogs["asked"])
    window.window_actions.edit_briefing.trigger()
    window.window_actions.discard_edits.trigger()
    assert len(dialogs["asked"]) == asked and window.editing.session is None


def test_switching_briefings_with_unsaved_changes_asks(qtbot, app_names, dialogs, store,
                                                       stored_sample) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    other = copy.deepcopy(stored_sample)
    other.id, other.title, other.event_date = None, "An older meeting", "2001-01-01"
    other_id = store.add([other]).ids[0]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()  # edit mode is built just after the first paint
    sample_id = window.current.id
    window.window_actions.edit_briefing.trigger()
    session = window.editing.session
    window.editing.panes.form.title.setText("Renamed meeting")
    window.editing.panes.form.title.editingFinished.emit()
    dialogs["answers"].append(Button.Cancel)
    window.select_id(other_id)
    assert len(dialogs["asked"]) == 1 and "Renamed meeting" in dialogs["asked"][0]
    assert window.editing.session is session and window.current.title == "Renamed meeting"
    qtbot.waitUntil(lambda: window.selected_ids() == [sample_id])  # the list points back at it
    dialogs["answers"].append(Button.Save)
    window.select_id(other_id)
    assert window.editing.session is None and window.current.id == other_id
    assert store.get(sample_id).title == "Renamed meeting"
    qtbot.waitUntil(lambda: window.selected_ids() == [other_id])
    # closing the window with unsaved changes asks too; Cancel keeps it open
    window.window_actions.edit_briefing.trigger()
    window.editing.panes.form.title.setText("Not kept")
    window.editing.panes.form.title.editingFinished.emit()
    dialogs["answers"].append(Button.Cancel)
    assert not window.close() and window.isVisible()
    dialogs["answers"].append(Button.Discard)
    assert window.close()
    assert store.get(other_id).title == "An older meeting"


def test_paste_as_new_briefing(qtbot, editor_window, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    QGuiApplication.clipboard().setText(ARTICLE)
    window.window_actions.paste_as_new.trigger()
    qtbot.waitUntil(lambda: window.editing.session is not None, timeout=20000)
    assert window.editing.session.is_new
    assert window.editing.session.briefing.source.text.startswith("Harbor towns")
    QGuiApplication.clipboard().setText("   ")
    window.editing.discard()
    window.window_actions.paste_as_new.trigger()
    assert "no text" in window.statusBar().toolTip()


def _drop(window, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    if enter.isAccepted():
        window.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                    Qt.KeyboardModifier.NoModifier))
    return enter.isAccepted()


def test_dropping_a_txt_and_a_docx_imports_both_as_drafts(qtbot, tmp_path, editor_window,
                                                          store) -> None:  # type: ignore[no-untyped-def]
    import docx

    window = editor_window
    document = docx.Document()
    document.add_heading("Corran and Harrow plan a rail study", level=1)
    document.add_paragraph("Corran, 9 September 2021 — Governor Lea Marsh of Corran met Minister Jon Petty "
                           "of Harrow on Thursday.")
    document.add_paragraph("\"We will fund a rail study next year,\" Marsh said.")
    document.save(str(tmp_path / "rail.docx"))
    txt = _write(tmp_path, "ferry.txt", ARTICLE)
    assert not _drop(window, [tmp_path / "notes.xyz"])
    assert _drop(window, [txt, tmp_path / "rail.docx"])
    qtbot.waitUntil(lambda: store.count() == 3 and window.editing.session is not None, timeout=20000)
    session = window.editing.session
    assert not session.is_new and session.briefing.is_draft  # saved as a draft, opened for review
    assert session.briefing.title == "Harbor towns of Northvale and Lakeport agree on ferry link"
    assert len(window.editing.review_queue) == 1
    assert "Imported draft" in window.editing.banner.title.text()
    window.window_actions.save_edits.trigger()  # reviewed: no longer a draft, the next draft opens
    assert not store.get(session.briefing.id).is_draft
    following = window.editing.session
    assert following is not None and following.briefing.title == "Corran and Harrow plan a rail study"
    assert following.briefing.is_draft and window.editing.review_queue == []


def test_importing_200_files_stays_responsive_and_cancel_writes_nothing(
        qtbot, tmp_path, editor_window, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    importer = window.editing.importer
    paths = [_write(tmp_path, f"article-{n:03}.txt", small_article(n)) for n in range(200)]
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    progress: list[int] = []
    importer.progress.bar.valueChanged.connect(progress.append)
    timer.start()
    window.commands.import_paths(paths)
    assert importer.is_busy() and importer.progress.isVisible()
    qtbot.waitUntil(lambda: len(progress) >= 20, timeout=30000)
    qtbot.mouseClick(importer.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.is_busy(), timeout=30000)
    assert store.count() == 1 and window.editing.session is None  # nothing half-written
    assert "cancelled" in window.statusBar().toolTip() and not importer.progress.isVisible()

    ticks.clear()
    progress.clear()
    started = time.monotonic()
    window.commands.import_paths(paths)
    qtbot.waitUntil(lambda: not importer.is_busy(), timeout=120000)
    elapsed = time.monotonic() - started
    timer.stop()
    assert store.count() == 201
    assert len(progress) >= 100  # the bar moved file by file
    assert len(ticks) >= min(20, elapsed * 100 / 4)  # the event loop kept turning...
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 1.0  # ...without a long freeze
    assert window.editing.session is not None and len(window.editing.review_queue) == 199


def test_a_file_that_cannot_be_read_is_named_and_the_others_proceed(
        qtbot, tmp_path, editor_window, dialogs, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    good = [_write(tmp_path, f"good-{n}.txt", small_article(n)) for n in range(2)]
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a Word file")
    empty = _write(tmp_path, "empty.md", "")
    window.commands.import_paths([good[0], corrupt, good[1], empty])
    qtbot.waitUntil(lambda: not window.editing.importer.is_busy() and bool(dialogs["warned"]), timeout=30000)
    report = dialogs["warned"][0]
    assert report.startswith("2 of 4 files could not be read:")
    assert "corrupt.docx" in report and "empty.md" in report and "good-" not in report
    assert store.count() == 3
    assert "2 of 4 files could not be read: corrupt.docx, empty.md" in window.statusBar().toolTip()


def test_a_bad_date_in_the_summary_form_stays_and_blocks_saving(
        qtbot, monkeypatch, tmp_path, editor_window, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    session = _import_draft(qtbot, monkeypatch, window, _write(tmp_path, "ferry.txt", ARTICLE))
    form = window.editing.panes.form
    form.date.setText("12/04/2023")
    form.date.editingFinished.emit()
    assert "YYYY-MM-DD" in form.date_error.text() and form.date.text() == "12/04/2023"
    assert session.briefing.event_date == "2023-04-12" and not session.has_changes()
    window.window_actions.save_edits.trigger()
    assert window.editing.session is session and store.count() == 1
    assert "Not saved" in window.editing.banner.message.text()
    form.date.setText("2023-04-13")
    window.window_actions.save_edits.trigger()
    assert window.editing.session is None and store.count() == 2
    assert window.current.event_date == "2023-04-13"


def test_redo_answers_ctrl_shift_z_and_undo_ctrl_z(qtbot, editor_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    acts = editor_window.window_actions
    assert QKeySequence("Ctrl+Shift+Z") in acts.redo.shortcuts()
    assert QKeySequence("Ctrl+Z") in acts.undo.shortcuts()
    assert QKeySequence("Ctrl+S") in acts.save_edits.shortcuts()
    assert acts.paste_as_new.shortcut() == QKeySequence("Ctrl+Shift+V")
    window = editor_window
    window.window_actions.edit_briefing.trigger()
    window.editing.panes.form.title.setText("Shortcut test")
    window.editing.panes.form.title.editingFinished.emit()
    window.activateWindow()
    window.list_view.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current.title != "Shortcut test"
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current.title == "Shortcut test"



def test_more_edits_add_remove_rename_mark_and_refuse(qtbot, monkeypatch, tmp_path,
                                                      editor_window) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    acts = window.window_actions
    session = _import_draft(qtbot, monkeypatch, window, _write(tmp_path, "ferry.txt", ARTICLE))
    panes = window.editing.panes
    participants = window.participants_pane
    # add a participant: the name editor opens on the new row
    acts.add_participant.trigger()
    assert window.tabs.currentWidget() is participants
    new_row = participants.model.rowCount() - 1
    editor = _editor(participants.view, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Olga Strand")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.briefing.participants[-1].name == "Olga Strand")
    assert participants.model.index(new_row, 0).data() == "Olga Strand"
    # mark a passage as her statement (Mark as Statement of ▸ Olga Strand)
    text = session.briefing.source.text
    start = text.index("The two towns agreed")
    cursor = QTextCursor(window.source_pane.browser.document())
    cursor.setPosition(start)
    cursor.setPosition(text.index("\n", start), QTextCursor.MoveMode.KeepAnchor)
    window.source_pane.browser.setTextCursor(cursor)
    panes.mark_menu.aboutToShow.emit()
    next(a for a in panes.mark_menu.actions() if a.text().startswith("Olga Strand")).trigger()
    marked = [s for s in session.briefing.statements if s.start == start]
    assert marked and marked[0].speaker == "Olga Strand" and session.briefing.participants[-1].spoke
    assert _undo_text(window) == "Undo Mark as statement"
    # a statement's kind, in the Statements tree
    position = session.briefing.statements.index(marked[0])
    assert window.statements_pane.select_position(position)
    _choose(qtbot, window.statements_pane.view, window.statements_pane.view.currentIndex().siblingAtColumn(1),
            "Direct quote")
    qtbot.waitUntil(lambda: session.briefing.statements[position].kind == "direct")
    # someone who spoke cannot be removed: the banner says why and nothing changes
    before = session.briefing
    participants.view.selectRow(new_row)
    acts.remove_participant.trigger()
    assert session.briefing is before and "reassign or delete them first" in window.editing.banner.message.text()
    # renaming carries over to her statements
    _edit_text(qtbot, participants.view, participants.model.index(new_row, 0), "Olga M. Strand")
    qtbot.waitUntil(lambda: session.briefing.participants[-1].name == "Olga M. Strand")
    assert session.briefing.statements[position].speaker == "Olga M. Strand"
    # delete a commitment with Del in the Commitments table, then remove a silent participant
    commitments = window.commitments_pane
    count = commitments.model.rowCount()
    window.tabs.setCurrentWidget(commitments)
    commitments.view.selectRow(0)
    qtbot.keyClick(commitments.view, Qt.Key.Key_Delete)
    assert commitments.model.rowCount() == count - 1 and _undo_text(window) == "Undo Delete commitment"
    acts.add_participant.trigger()
    qtbot.keyClick(_editor(participants.view, QLineEdit), Qt.Key.Key_Escape)
    silent = participants.model.rowCount() - 1
    participants.view.selectRow(silent)
    acts.remove_participant.trigger()
    assert participants.model.rowCount() == silent and _undo_text(window) == "Undo Remove participant"
    assert window.editing.save() and window.current.participants[-1].name == "Olga M. Strand"


def test_the_source_context_menu_offers_marking_in_edit_mode(qtbot, editor_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window = editor_window
    browser = window.source_pane.browser
    assert browser.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
    window.window_actions.edit_briefing.trigger()
    window.tabs.setCurrentWidget(window.source_pane)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(10)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    seen: list[list[str]] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(0, look)
    browser.customContextMenuRequested.emit(QPoint(30, 30))
    assert seen and seen[0][:2] == ["Mark as Statement &of", "Mark as Co&mmitment"]
    assert any("Copy" in text for text in seen[0])  # the standard entries stay
    assert browser.isReadOnly()
    window.window_actions.discard_edits.trigger()
    assert browser.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu


def test_a_library_refresh_leaves_an_open_draft_alone(qtbot, editor_window, dialogs, store) -> None:  # type: ignore[no-untyped-def]
    window = editor_window
    QGuiApplication.clipboard().setText(ARTICLE)
    window.window_actions.paste_as_new.trigger()
    qtbot.waitUntil(lambda: window.editing.session is not None, timeout=20000)
    session = window.editing.session
    window.hub.library_changed.emit()  # e.g. an interchange import finishing in the background
    assert window.editing.session is session and not dialogs["asked"]
    assert window.header.title.text() == session.briefing.title


def test_opening_another_library_with_unsaved_changes_asks(tmp_path, dialogs, editor_window,
                                                           store) -> None:  # type: ignore[no-untyped-def]
    from briefing.store import Store as LibraryStore

    window = editor_window
    other_path = tmp_path / "other-library.sqlite"
    LibraryStore(other_path).close()
    sample_id = window.current.id
    window.window_actions.edit_briefing.trigger()
    window.editing.panes.form.title.setText("Edited before switching")
    window.editing.panes.form.title.editingFinished.emit()
    dialogs["answers"].append(Button.Cancel)
    assert window.library_files.open_path(other_path) is False
    assert window.library is store and window.editing.session is not None
    dialogs["answers"].append(Button.Save)
    assert window.library_files.open_path(other_path) is True
    assert window.library.path == other_path
    with LibraryStore(store.path) as first:
        assert first.get(sample_id).title == "Edited before switching"


def test_the_list_taking_focus_does_not_ask_about_an_open_draft(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or Button.Cancel)
    window.editing.open_draft(extract(ARTICLE))
    assert window.editing.session.is_new and not window.selected_ids()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    window.sidebar.search.setFocus()
    qtbot.wait(20)
    window.list_view.setFocus()  # Qt makes the first row current (unselected) when the list gains focus
    qtbot.wait(50)
    assert asked == [] and window.editing.session is not None and window.editing.session.is_new


def test_a_file_that_is_no_event_report_is_imported_with_a_note(qtbot, tmp_path, editor_window,
                                                                 store) -> None:  # type: ignore[no-untyped-def]
    from briefing.extract import NOT_A_REPORT

    window = editor_window
    said: list[str] = []
    window.editing.importer.hub.status_message.connect(said.append)
    todo = _write(tmp_path, "todo.txt", "To do\n\n- Call the plumber.\n- We will paint the fence on Saturday.\n")
    window.commands.import_paths([todo])
    qtbot.waitUntil(lambda: any(s.startswith("Imported, with notes") for s in said), timeout=20000)
    note = next(s for s in said if s.startswith("Imported, with notes"))
    assert note == f"Imported, with notes: todo.txt: {NOT_A_REPORT}"
    assert window.editing.session is not None and window.editing.session.briefing.commitments == []
