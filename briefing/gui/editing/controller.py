"""Edit mode of the main window: imported articles become drafts, edit sessions start, save and discard,
Undo/Redo follow the session, and nothing unsaved is dropped without asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox

from briefing.core import Briefing
from briefing.gui.editing.importer import ArticleImporter
from briefing.gui.editing.pane_editing import PaneEditing
from briefing.gui.editing.session import EditSession
from briefing.gui.editing.widgets import EditBanner
from briefing.gui.formatting import plural
from briefing.library import EditError, LibraryError
from briefing.library.edit_commands import Edit, mark_checked, mark_reviewed

if TYPE_CHECKING:
    from briefing.gui.window_parts import BriefingWindow

Button = QMessageBox.StandardButton


class AppliedEdit(QUndoCommand):
    """An edit already written to the library: undo writes the briefing back as it was, redo again."""

    def __init__(self, window: BriefingWindow, edit: Edit) -> None:
        super().__init__(edit.text)
        self.window, self.edit, self._written = window, edit, True

    def redo(self) -> None:
        if self._written:  # pushed after the write: nothing to do the first time
            self._written = False
            return
        self._write(self.edit.after)

    def undo(self) -> None:
        self._write(self.edit.before)

    def _write(self, briefing: Briefing) -> None:
        try:
            self.window.library.save(briefing)
        except LibraryError as error:
            self.window.hub.status_message.emit(f"{self.text()} could not be undone: {error}")
            return
        self.window.hub.library_changed.emit()
        if briefing.id is not None and self.window.select_id(briefing.id):
            self.window.show_briefing(self.window.library.get(briefing.id))


class EditController(QObject):
    """One per window. Several imported articles are saved at once as briefings tagged "draft" and
    reviewed one after another (Save opens the next); a single one opens as an unsaved draft."""

    def __init__(self, window: BriefingWindow) -> None:
        super().__init__(window)
        self.window = window
        acts = self.acts = window.window_actions
        self.session: EditSession | None = None
        self.review_queue: list[int] = []  # stored drafts still to open after the one being edited
        self._return_to: int | None = None  # the briefing shown before a new draft replaced it
        self._declined = False  # the user just chose Cancel: further switches in this turn are refused
        self._restoring = False
        self.banner = EditBanner(acts.undo, acts.redo, acts.save_edits, acts.discard_edits, window.detail)
        window.detail.layout().insertWidget(1, self.banner)  # between the header and the tabs
        self.panes = PaneEditing(window)
        self.panes.rejected.connect(self.banner.show_error)
        self.panes.done.connect(self._status)
        self.importer = ArticleImporter(window.hub, window, window.statusBar())
        window.statusBar().insertPermanentWidget(0, self.importer.progress)
        self.importer.drafts_ready.connect(self.open_drafts)
        window.hub.import_articles.connect(self.importer.import_paths)
        window.hub.briefing_shown.connect(lambda _: self.update_actions())
        window.tabs.currentChanged.connect(lambda _: self.banner.show_message(""))  # a stale message goes
        window.header.review_checked.connect(self.mark_checked)
        acts.edit_briefing.triggered.connect(self.edit_current)
        acts.save_edits.triggered.connect(lambda: self.save())
        acts.discard_edits.triggered.connect(self.discard)
        # Edits written straight to the library (Mark as Reviewed outside edit mode) undo from here.
        self.library_edits = QUndoStack(self)
        for signal in (self.library_edits.indexChanged, self.library_edits.cleanChanged):
            signal.connect(lambda *_: self.update_actions())
        window.hub.library_replaced.connect(lambda _library: self.library_edits.clear())
        acts.undo.triggered.connect(lambda: self._stack().undo())
        acts.redo.triggered.connect(lambda: self._stack().redo())
        acts.mark_reviewed.triggered.connect(self.mark_reviewed)
        window.header.reviewed.connect(self.mark_reviewed)
        acts.paste_as_new.triggered.connect(self.paste_as_new)
        self.update_actions()

    # --- state -------------------------------------------------------------------------------------

    def is_editing(self) -> bool:
        return self.session is not None

    def is_editing_draft(self) -> bool:
        """A new draft is on show; it has no row in the library list."""
        return self.session is not None and self.session.is_new

    def _stack(self) -> QUndoStack:
        return self.session.stack if self.session is not None else self.library_edits

    def update_actions(self) -> None:
        acts, session = self.acts, self.session
        try:
            stack: QUndoStack | None = self._stack()
            stack.count()
        except RuntimeError:  # the window is being torn down and took the stack with it
            return
        acts.undo.setEnabled(stack is not None and stack.canUndo())
        acts.redo.setEnabled(stack is not None and stack.canRedo())
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        acts.undo.setText(f"&Undo {undo_text}" if undo_text else "&Undo")
        acts.redo.setText(f"&Redo {redo_text}" if redo_text else "&Redo")
        acts.save_edits.setEnabled(session is not None)
        acts.discard_edits.setEnabled(session is not None)
        current = self.window.current
        acts.edit_briefing.setEnabled(session is None and current is not None and current.id is not None)
        shown = session.briefing if session is not None else current
        acts.mark_reviewed.setEnabled(shown is not None and shown.is_draft)

    def mark_reviewed(self) -> None:
        """Mark the briefing on show as reviewed: one step of the edit session's undo while editing,
        else written at once and undoable from Edit ▸ Undo."""
        if self.session is not None:
            if self.panes.apply(lambda: mark_reviewed(self.session.briefing)):
                self._status("Marked as reviewed; Save keeps it")
            return
        current = self.window.current
        if current is None or current.id is None or not current.is_draft:
            return
        try:
            edits = self.window.library.mark_reviewed([current.id])
        except LibraryError as error:
            QMessageBox.warning(self.window, "Mark as Reviewed", f"{error}\n\nNothing was changed.")
            return
        for edit in edits:
            self.library_edits.push(AppliedEdit(self.window, edit))
        self.window.hub.library_changed.emit()
        self.window.show_briefing(self.window.library.get(current.id))
        self._status(f"Marked “{current.title}” as reviewed (Edit ▸ Undo takes it back)")

    def _status(self, text: str) -> None:
        self.window.hub.status_message.emit(text)

    # --- starting ----------------------------------------------------------------------------------

    def edit_current(self) -> None:
        """Edit the briefing on show (Edit ▸ Edit Briefing)."""
        current = self.window.current
        if self.session is None and current is not None and current.id is not None:
            self._start(current, is_new=False)

    def paste_as_new(self) -> None:
        self.importer.import_text(QGuiApplication.clipboard().text())

    def open_drafts(self, drafts: list[Briefing]) -> None:
        """One draft opens unsaved for review; several (or any arriving mid-edit) are saved as drafts.
        Articles already in the library are asked about first: Skip, Import Anyway or Replace."""
        drafts = self._sort_out_duplicates(drafts)
        if not drafts:
            return
        busy = self.session is not None and self.session.needs_saving()
        if len(drafts) == 1 and not busy:
            self.open_draft(drafts[0])
        else:
            self._store_drafts(drafts, review=not busy)

    def _sort_out_duplicates(self, drafts: list[Briefing]) -> list[Briefing]:
        """The drafts to go on with, after asking once about those already in the library."""
        library = self.window.library
        found = [(draft, library.find_duplicate(draft)) for draft in drafts]
        repeated = [(draft, duplicate) for draft, duplicate in found if duplicate is not None]
        if not repeated:
            return drafts
        first_draft, first = repeated[0]
        lead = (f"“{first_draft.title}” is {first.sentence()}." if len(repeated) == 1 else
                f"{len(repeated)} of {plural(len(drafts), 'article')} are already in the library; "
                f"the first, “{first_draft.title}”, is {first.sentence()}.")
        box = QMessageBox(QMessageBox.Icon.Question, "Import", lead, parent=self.window)
        box.setInformativeText("Replace puts the new text in place of the stored briefing and keeps its review.")
        skip = box.addButton("Skip", QMessageBox.ButtonRole.RejectRole)
        keep = box.addButton("Import Anyway", QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(skip)
        box.exec()
        chosen = box.clickedButton()
        others = [draft for draft, duplicate in found if duplicate is None]
        if chosen is keep:
            return drafts
        if chosen is replace:
            try:
                result = library.add([draft for draft, _ in repeated], drafts=True, duplicates="replace")
            except LibraryError as error:
                QMessageBox.warning(self.window, "Import", f"{error}\n\nNothing was replaced.")
                return others
            self.window.hub.library_changed.emit()
            self._status(f"Replaced {plural(len(result.replaced), 'briefing')} with the new text")
            return others
        self._status(f"Skipped {plural(len(repeated), 'article')} already in the library")
        return others

    def open_draft(self, draft: Briefing) -> None:
        if self.session is not None:
            self._end_session()
        current = self.window.current
        self._return_to = current.id if current is not None else None
        self.window.list_view.selectionModel().clear()  # the draft has no row in the list yet
        self.review_queue = []
        self._start(draft, is_new=True)
        self._status(f"Review the draft “{draft.title}”, then Save or Discard it")

    def _store_drafts(self, drafts: list[Briefing], review: bool) -> None:
        try:
            ids = self.window.library.add(drafts, drafts=True).ids  # one transaction: all of them or none
        except Exception as error:
            QMessageBox.warning(self.window, "Import", f"{error}\n\nNothing was added.")
            return
        self.window.hub.library_changed.emit()
        added = f"Added {plural(len(ids), 'imported draft')}, marked as drafts until reviewed"
        if not review:
            self._status(f"{added}; review them once you have saved the briefing you are editing")
            return
        self._status(f"{added}; the first is open for review")
        self._review(ids)

    def _review(self, ids: list[int]) -> None:
        while ids:
            first, ids = ids[0], ids[1:]
            if not self.window.select_id(first):
                try:
                    self.window.show_briefing(self.window.library.get(first))
                except LibraryError:
                    continue
            current = self.window.current
            if current is not None and current.id == first:
                self.review_queue = ids
                self._start(current, is_new=False)
            return

    def _start(self, briefing: Briefing, is_new: bool) -> None:
        session = EditSession(briefing, is_new, self)
        session.library = self.window.library  # Save writes here, and only while the window still shows it
        session.changed.connect(self._changed)
        for signal in (session.stack.indexChanged, session.stack.cleanChanged):
            signal.connect(lambda *_: self.update_actions())
        self.session = session
        if self.window.current is not briefing:
            self.window.show_briefing(briefing)
        self.window.header.set_editing(True)
        self.panes.attach(session)
        self.banner.show_state(is_new, session.is_imported_draft, len(self.review_queue))
        self.update_actions()

    def _changed(self) -> None:
        self.panes.redisplay()
        self.banner.show_message("")

    def _end_session(self) -> None:
        session, self.session = self.session, None
        self.panes.detach()
        self.window.header.set_editing(False)
        self.banner.hide()
        if session is not None:
            session.deleteLater()
        self.update_actions()

    def mark_checked(self, tag: str) -> None:
        """The header's "Mark as checked" link: one undoable edit that drops the review marker."""
        if self.session is not None and self.panes.apply(lambda: mark_checked(self.session.briefing, tag)):
            self._status("Marked as checked; Save keeps it")

    # --- finishing ---------------------------------------------------------------------------------

    def save(self, refresh_now: bool = True) -> bool:
        """Write the whole briefing in one transaction (add a new draft, update a stored one)."""
        session = self.session
        if session is None:
            return False
        problem = self.panes.commit_pending()
        if problem:
            self.banner.show_error(f"Not saved: {problem}")
            return False
        if session.library is not self.window.library:
            self.banner.show_error("Not saved: another library was opened since this edit began.")
            return False
        briefing = session.briefing
        if session.is_new:
            briefing.id = None
        try:  # saving an imported draft marks it reviewed
            saved_id = self.window.library.save(briefing, reviewed_from=session.original)
        except EditError as error:
            self.banner.show_error(f"Not saved: {error}")
            return False
        except Exception as error:  # the transaction wrote nothing; the edits stay on screen
            QMessageBox.warning(self.window, "Save Briefing",
                                f"{error}\n\nNothing was saved; your changes are still here.")
            return False
        queue = self.review_queue if refresh_now else []
        self.review_queue = []
        self._end_session()
        self._status(f"Saved “{briefing.title}”")
        if not refresh_now:  # asked while switching or closing: the window goes on with what it was doing
            QTimer.singleShot(0, self.window.hub.library_changed.emit)
            return True
        self.window.hub.library_changed.emit()
        self.window.select_id(saved_id)
        self.window.show_briefing(self.window.library.get(saved_id))  # as stored, also when the list hides it
        if queue:
            self._review(queue)
        return True

    def discard(self) -> bool:
        """Drop the changes (asking first when there are any) and leave edit mode."""
        session = self.session
        if session is None:
            return False
        if session.needs_saving():
            text = ("Discard this draft? The article will not be added to the library." if session.is_new
                    else f"Discard your changes to “{session.original.title}”?")
            answer = QMessageBox.question(self.window, "Discard Changes", text,
                                          Button.Discard | Button.Cancel, Button.Cancel)
            if answer != Button.Discard:
                return False
        self.review_queue = []
        self._end_session()
        if session.is_new:
            if self._return_to is None or not self.window.select_id(self._return_to):
                self.window.select_row(0)
        else:
            self.window.show_briefing(session.original)
        self._status("Changes discarded" if not session.is_new else "Draft discarded")
        return True

    # --- guards the window calls ---------------------------------------------------------------------

    def may_show(self, briefing: Briefing | None) -> bool:
        """Before the window shows another briefing: unsaved edits are saved, discarded or kept (Cancel)."""
        session = self.session
        if session is None or briefing is session.briefing:
            return True
        if self._restoring or self._declined:
            return False
        if session.library is not self.window.library:  # another library replaced this one under the edit
            self._end_session()
            self._status(f"The unsaved edits of “{session.briefing.title}” were dropped: another library "
                         "was opened")
            return True
        if briefing is not None and briefing.id is not None and briefing.id == session.briefing.id:
            return False  # the briefing being edited: keep the edit view
        if not session.needs_saving():
            self._end_session()
            return True
        if self._ask_to_finish():
            return True
        self._declined = True
        QTimer.singleShot(0, self._after_decline)
        return False

    def may_close(self) -> bool:
        if self.session is not None and self.session.needs_saving() and not self._ask_to_finish():
            return False
        if self.importer.is_busy():
            self.importer.cancel()
            self.importer.wait(30000)
        return True

    def _ask_to_finish(self) -> bool:
        session = self.session
        assert session is not None
        text = ("This draft is not in the library yet. Save it?" if session.is_new
                else f"Save your changes to “{session.briefing.title}”?")
        answer = QMessageBox.question(self.window, "Unsaved Changes", text,
                                      Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save(refresh_now=False)
        if answer == Button.Discard:
            self.review_queue = []
            self._end_session()
            return True
        return False

    def _after_decline(self) -> None:
        """Point the library list back at the briefing being edited (or at nothing, for a new draft)."""
        self._declined = False
        session = self.session
        if session is None:
            return
        self._restoring = True
        try:
            if session.is_new:
                self.window.list_view.selectionModel().clear()
            elif session.briefing.id is not None:
                self.window.select_id(session.briefing.id)
        finally:
            self._restoring = False
