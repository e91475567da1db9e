"""An edit session: the working copy of one briefing and a QUndoStack with one QUndoCommand per edit kind."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core import Briefing
from briefing.gui.editing import edits
from briefing.gui.editing.edits import (
    BRIEFING_FIELDS,
    COMMITMENT_FIELDS,
    DRAFT_TAG,
    PARTICIPANT_FIELDS,
    STATEMENT_FIELDS,
)


class EditSession(QObject):
    """Edits replace the working copy with a changed copy (the edits module never mutates), so an
    undo step is just the state before it; `changed` fires after every edit, undo and redo."""

    changed = Signal()

    def __init__(self, briefing: Briefing, is_new: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original = briefing
        self.briefing = briefing
        self.is_new = is_new  # not in the library yet: Save adds it
        self.library: object = None  # the Store the session belongs to (set by the controller)
        self.stack = QUndoStack(self)

    @property
    def is_imported_draft(self) -> bool:
        return self.is_new or DRAFT_TAG in self.original.tags

    def has_changes(self) -> bool:
        return not self.stack.isClean()

    def needs_saving(self) -> bool:
        """Leaving would lose something: edits, or a new draft that is not in the library at all."""
        return self.is_new or self.has_changes()

    def push(self, command: BriefingEdit) -> bool:
        """Apply and record the command; an edit that changes nothing is not recorded."""
        if command.after == command.before:
            return False
        self.stack.push(command)
        return True

    def replace(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.changed.emit()


class BriefingEdit(QUndoCommand):
    """Swaps the session's working copy between the state before the edit and the state after it."""

    def __init__(self, session: EditSession, text: str, after: Briefing) -> None:
        super().__init__(text)
        self.session = session
        self.before = session.briefing
        self.after = after

    def redo(self) -> None:
        self.session.replace(self.after)

    def undo(self) -> None:
        self.session.replace(self.before)


class SetBriefingField(BriefingEdit):
    def __init__(self, session: EditSession, field: str, value: object) -> None:
        super().__init__(session, f"Change {BRIEFING_FIELDS.get(field, field)}",
                         edits.set_briefing_field(session.briefing, field, value))


class MarkChecked(BriefingEdit):
    """The user settles what a review marker asked to check: the marker goes."""

    def __init__(self, session: EditSession, tag: str) -> None:
        super().__init__(session, "Mark as checked", edits.without_tag(session.briefing, tag))


class SetParticipantField(BriefingEdit):
    def __init__(self, session: EditSession, row: int, field: str, value: object) -> None:
        super().__init__(session, f"Change participant {PARTICIPANT_FIELDS.get(field, field)}",
                         edits.set_participant_field(session.briefing, row, field, value))


class AddParticipant(BriefingEdit):
    def __init__(self, session: EditSession, name: str | None = None) -> None:
        super().__init__(session, "Add participant", edits.add_participant(session.briefing, name))


class RemoveParticipants(BriefingEdit):
    def __init__(self, session: EditSession, rows: Iterable[int]) -> None:
        rows = list(rows)
        super().__init__(session, "Remove participant" + ("s" if len(set(rows)) > 1 else ""),
                         edits.remove_participants(session.briefing, rows))


class MergeParticipants(BriefingEdit):
    def __init__(self, session: EditSession, keep: int, others: Iterable[int]) -> None:
        super().__init__(session, "Merge participants",
                         edits.merge_participants(session.briefing, keep, others))


class ReassignSpeaker(BriefingEdit):
    def __init__(self, session: EditSession, position: int, speaker: str) -> None:
        super().__init__(session, "Reassign speaker", edits.reassign_speaker(session.briefing, position, speaker))


class SetStatementField(BriefingEdit):
    def __init__(self, session: EditSession, position: int, field: str, value: object) -> None:
        super().__init__(session, f"Change {STATEMENT_FIELDS.get(field, field)}",
                         edits.set_statement_field(session.briefing, position, field, value))


class DeleteStatements(BriefingEdit):
    def __init__(self, session: EditSession, positions: Iterable[int]) -> None:
        positions = list(positions)
        super().__init__(session, "Delete statement" + ("s" if len(set(positions)) > 1 else ""),
                         edits.delete_statements(session.briefing, positions))


class AddStatement(BriefingEdit):
    def __init__(self, session: EditSession, start: int, end: int, speaker: str) -> None:
        super().__init__(session, "Mark as statement", edits.add_statement(session.briefing, start, end, speaker))


class SetCommitmentField(BriefingEdit):
    """Firmness, status, due date, actor or notes: 'Change firmness' and so on in the Undo menu."""

    def __init__(self, session: EditSession, row: int, field: str, value: object) -> None:
        super().__init__(session, f"Change {COMMITMENT_FIELDS.get(field, field)}",
                         edits.set_commitment_field(session.briefing, row, field, value))


class DeleteCommitments(BriefingEdit):
    def __init__(self, session: EditSession, rows: Iterable[int]) -> None:
        rows = list(rows)
        super().__init__(session, "Delete commitment" + ("s" if len(set(rows)) > 1 else ""),
                         edits.delete_commitments(session.briefing, rows))


class AddCommitment(BriefingEdit):
    def __init__(self, session: EditSession, start: int, end: int) -> None:
        super().__init__(session, "Mark as commitment", edits.add_commitment(session.briefing, start, end))
