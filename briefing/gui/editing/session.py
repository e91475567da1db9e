"""An edit session: the working copy of one briefing and a QUndoStack of the library's Edit commands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core import Briefing
from briefing.library import Edit


class EditSession(QObject):
    """Edits (briefing.library.edit_commands) replace the working copy with a changed copy, so an
    undo step is just the state before it; `changed` fires after every edit, undo and redo."""

    changed = Signal()

    def __init__(self, briefing: Briefing, is_new: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original = briefing
        self.briefing = briefing
        self.is_new = is_new  # not in the library yet: Save adds it
        self.library: object = None  # the Library the session belongs to (set by the controller)
        self.stack = QUndoStack(self)

    @property
    def is_imported_draft(self) -> bool:
        return self.is_new or self.original.is_draft

    def has_changes(self) -> bool:
        return not self.stack.isClean()

    def needs_saving(self) -> bool:
        """Leaving would lose something: edits, or a new draft that is not in the library at all."""
        return self.is_new or self.has_changes()

    def push(self, edit: Edit) -> bool:
        """Apply and record the edit; an edit that changes nothing is not recorded."""
        if not edit.changes_anything:
            return False
        self.stack.push(UndoableEdit(self, edit))
        return True

    def replace(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.changed.emit()


class UndoableEdit(QUndoCommand):
    """An Edit on the undo stack: redo takes the briefing after it, undo the briefing before it."""

    def __init__(self, session: EditSession, edit: Edit) -> None:
        super().__init__(edit.text)
        self.session = session
        self.edit = edit

    def redo(self) -> None:
        self.session.replace(self.edit.after)

    def undo(self) -> None:
        self.session.replace(self.edit.before)
