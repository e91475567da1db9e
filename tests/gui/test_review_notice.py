"""The review notice under the header: shown for a guessed year, cleared by a new date or Mark as checked."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from briefing.core import REVIEW_TAGS, YEAR_GUESSED, Briefing
from briefing.gui.header import DRAFT_NOTICE
from briefing.store import Store


@pytest.fixture
def guessed_id(store: Store, stored_sample: Briefing) -> int:
    """A second stored briefing whose event-date year the extractor guessed."""
    briefing = copy.deepcopy(stored_sample)
    briefing.id, briefing.title = None, "Follow-up call on the Silk EV centre"
    briefing.event_date, briefing.tags = "2021-06-02", ["automotive", YEAR_GUESSED]
    return store.add([briefing]).ids[0]


@pytest.fixture
def window(make_window, guessed_id):  # type: ignore[no-untyped-def]
    """The window over the sample and the guessed-year briefing (built after both are stored)."""
    return make_window()


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _notice_shown(window) -> bool:  # type: ignore[no-untyped-def]
    return window.header.notice.isVisible() and REVIEW_TAGS[YEAR_GUESSED] in window.header.notice.text()


def _undo_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.window_actions.undo.text().replace("&", "")


def _ctrl(qtbot, window, key: Qt.Key, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.list_view.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.list_view, key, modifiers)


def test_the_notice_shows_for_a_guessed_year_only(window, stored_sample, guessed_id) -> None:  # type: ignore[no-untyped-def]
    assert window.select_id(guessed_id) and window.current.id == guessed_id
    assert _notice_shown(window)
    assert "Mark as checked" not in window.header.notice.text()  # only offered while editing
    summary = window.summary_pane.text()
    assert "automotive" in summary and YEAR_GUESSED not in summary
    assert window.select_id(stored_sample.id)
    assert not window.header.notice.isVisible() and window.header.notice.text() == ""
    window.show_briefing(None)
    assert not window.header.notice.isVisible()


def test_editing_the_date_drops_the_marker_and_ctrl_z_restores_it(
        qtbot, window, store, guessed_id, no_questions) -> None:  # type: ignore[no-untyped-def]
    window.select_id(guessed_id)
    window.window_actions.edit_briefing.trigger()
    session = window.editing.session
    form = window.editing.panes.form
    assert form.lists["tags"].text() == "automotive"  # the marker is not a tag to edit
    assert _notice_shown(window) and "Mark as checked" in window.header.notice.text()
    form.date.setText("2020-06-02")
    form.date.editingFinished.emit()
    assert session.briefing.event_date == "2020-06-02" and session.briefing.tags == ["automotive"]
    assert _undo_text(window) == "Undo Change date" and not window.header.notice.isVisible()
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert session.briefing.event_date == "2021-06-02"
    assert session.briefing.tags == ["automotive", YEAR_GUESSED] and _notice_shown(window)
    assert form.date.text() == "2021-06-02"
    _ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)
    assert YEAR_GUESSED not in session.briefing.tags and not window.header.notice.isVisible()
    window.window_actions.save_edits.trigger()
    assert window.editing.session is None
    assert store.get(guessed_id).tags == ["automotive"] and not window.header.notice.isVisible()


def test_mark_as_checked_and_new_tags(qtbot, window, store, guessed_id, no_questions) -> None:  # type: ignore[no-untyped-def]
    window.select_id(guessed_id)
    window.window_actions.edit_briefing.trigger()
    session = window.editing.session
    form = window.editing.panes.form
    form.lists["tags"].setText("automotive, trade")
    form.lists["tags"].editingFinished.emit()
    assert session.briefing.tags == ["automotive", "trade", YEAR_GUESSED] and _notice_shown(window)
    window.header.notice.linkActivated.emit(YEAR_GUESSED)
    assert session.briefing.tags == ["automotive", "trade"] and session.briefing.event_date == "2021-06-02"
    assert _undo_text(window) == "Undo Mark as checked" and not window.header.notice.isVisible()
    window.window_actions.undo.trigger()
    assert _notice_shown(window)
    window.window_actions.discard_edits.trigger()
    assert window.editing.session is None and store.get(guessed_id).tags == ["automotive", YEAR_GUESSED]
    assert _notice_shown(window) and "Mark as checked" not in window.header.notice.text()


def test_a_new_draft_with_a_guessed_year_shows_the_notice(window, stored_sample, no_questions) -> None:  # type: ignore[no-untyped-def]
    window.select_id(stored_sample.id)
    draft = copy.deepcopy(stored_sample)
    draft.id, draft.tags = None, [YEAR_GUESSED]
    window.editing.open_draft(draft)
    assert window.editing.session.is_new and _notice_shown(window)
    assert window.editing.panes.form.lists["tags"].text() == ""
    window.window_actions.discard_edits.trigger()
    assert window.current.id == stored_sample.id and not window.header.notice.isVisible()


def test_a_stored_draft_says_so_and_saving_it_clears_the_notice(window, store, stored_sample,
                                                                  no_questions) -> None:  # type: ignore[no-untyped-def]
    draft = copy.deepcopy(stored_sample)
    draft.id, draft.title, draft.tags = None, "Imported by a batch, not reviewed", ["ports"]
    draft_id = store.add([draft], drafts=True).ids[0]
    window.refresh_library()
    assert window.select_id(draft_id)
    assert window.header.notice.isVisible() and DRAFT_NOTICE in window.header.notice.text()
    assert "ports" in window.summary_pane.text() and "draft" not in window.summary_pane.text().lower().split()
    window.window_actions.edit_briefing.trigger()
    assert "Mark as checked" not in window.header.notice.text()  # Save settles a draft
    window.window_actions.save_edits.trigger()
    assert not store.get(draft_id).is_draft and not window.header.notice.isVisible()


def test_mark_as_reviewed_outside_edit_mode_is_undoable(window, store, stored_sample) -> None:  # type: ignore[no-untyped-def]
    draft = copy.deepcopy(stored_sample)
    draft.id = None
    draft_id = store.add([draft], drafts=True).ids[0]
    window.refresh_library()
    assert window.select_id(draft_id)
    row = window.proxy.row_of(draft_id)
    assert window.proxy.index(row, 0).data().startswith("[Draft] ")  # the list's badge, in words
    acts = window.window_actions
    assert acts.mark_reviewed.isEnabled() and acts.mark_reviewed.shortcut().toString() == "Ctrl+Shift+R"
    acts.mark_reviewed.trigger()
    assert not store.get(draft_id).is_draft and not window.header.notice.isVisible()
    assert not acts.mark_reviewed.isEnabled() and acts.undo.isEnabled()
    assert not window.proxy.index(window.proxy.row_of(draft_id), 0).data().startswith("[Draft]")
    acts.undo.trigger()
    assert store.get(draft_id).is_draft and window.header.notice.isVisible()
    acts.redo.trigger()
    assert not store.get(draft_id).is_draft


@pytest.mark.parametrize("choice", ["Skip", "Import Anyway", "Replace"])
def test_an_article_already_in_the_library_is_asked_about(window, store, stored_sample, monkeypatch,
                                                         choice) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text() == choice))
    before = store.count()
    again = copy.deepcopy(stored_sample)
    again.id, again.summary = None, "The same article, read again."
    window.editing.open_drafts([again])
    assert asked and "already in the library as #" in asked[0]
    if choice == "Skip":
        assert window.editing.session is None and store.count() == before
    elif choice == "Import Anyway":
        assert window.editing.session is not None and window.editing.session.is_new
    else:
        assert window.editing.session is None and store.count() == before
        replaced = [store.get(i) for i in store.ids() if store.get(i).summary == "The same article, read again."]
        assert len(replaced) == 1 and not replaced[0].is_draft  # the stored review is kept


def test_exporting_a_draft_asks_first(window, store, stored_sample, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    draft = copy.deepcopy(stored_sample)
    draft.id = None
    draft_id = store.add([draft], drafts=True).ids[0]
    window.refresh_library()
    assert window.select_id(draft_id)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or
                        QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "d.pdf"), ""))
    window.window_actions.export_pdf.trigger()
    assert asked and asked[0].startswith("It is a draft, not yet reviewed")
    window.tasks.wait(10000)
    assert not (tmp_path / "d.pdf").exists()
