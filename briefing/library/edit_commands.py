"""Edits as commands: each holds the briefing before and after, so it applies and reverts (undo, redo)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.core import Briefing
from briefing.library import edits
from briefing.library.edits import BRIEFING_FIELDS, COMMITMENT_FIELDS, PARTICIPANT_FIELDS, STATEMENT_FIELDS


@dataclass(frozen=True)
class Edit:
    """One change to a briefing. `text` names it for an Undo menu ("Change title"); the edit functions
    never mutate, so `before` and `after` are whole briefings and reverting is taking `before` back.
    Building an Edit raises EditError (nothing changed) when the change would make the briefing wrong."""

    text: str
    before: Briefing
    after: Briefing

    @property
    def changes_anything(self) -> bool:
        return self.after != self.before


def _plural(word: str, count: int) -> str:
    return word + ("s" if count > 1 else "")


def set_briefing_field(briefing: Briefing, field: str, value: object) -> Edit:
    return Edit(f"Change {BRIEFING_FIELDS.get(field, field)}", briefing,
                edits.set_briefing_field(briefing, field, value))


def mark_checked(briefing: Briefing, tag: str) -> Edit:
    """The user settles what a review marker asked to check: the marker goes."""
    return Edit("Mark as checked", briefing, edits.without_tag(briefing, tag))


def mark_reviewed(briefing: Briefing, by: str | None = None) -> Edit:
    """A person has checked the briefing against its source."""
    if not briefing.is_draft:
        return Edit("Mark as reviewed", briefing, briefing)
    return Edit("Mark as reviewed", briefing, edits.as_reviewed(briefing, by))


def set_participant_field(briefing: Briefing, row: int, field: str, value: object) -> Edit:
    return Edit(f"Change participant {PARTICIPANT_FIELDS.get(field, field)}", briefing,
                edits.set_participant_field(briefing, row, field, value))


def add_participant(briefing: Briefing, name: str | None = None) -> Edit:
    return Edit("Add participant", briefing, edits.add_participant(briefing, name))


def remove_participants(briefing: Briefing, rows: Iterable[int]) -> Edit:
    rows = list(rows)
    return Edit(_plural("Remove participant", len(set(rows))), briefing, edits.remove_participants(briefing, rows))


def merge_participants(briefing: Briefing, keep: int, others: Iterable[int]) -> Edit:
    return Edit("Merge participants", briefing, edits.merge_participants(briefing, keep, others))


def reassign_speaker(briefing: Briefing, position: int, speaker: str) -> Edit:
    return Edit("Reassign speaker", briefing, edits.reassign_speaker(briefing, position, speaker))


def set_statement_field(briefing: Briefing, position: int, field: str, value: object) -> Edit:
    return Edit(f"Change {STATEMENT_FIELDS.get(field, field)}", briefing,
                edits.set_statement_field(briefing, position, field, value))


def delete_statements(briefing: Briefing, positions: Iterable[int]) -> Edit:
    positions = list(positions)
    return Edit(_plural("Delete statement", len(set(positions))), briefing,
                edits.delete_statements(briefing, positions))


def add_statement(briefing: Briefing, start: int, end: int, speaker: str) -> Edit:
    return Edit("Mark as statement", briefing, edits.add_statement(briefing, start, end, speaker))


def set_commitment_field(briefing: Briefing, row: int, field: str, value: object) -> Edit:
    """Firmness, status, due date, actor or notes: 'Change firmness' and so on."""
    return Edit(f"Change {COMMITMENT_FIELDS.get(field, field)}", briefing,
                edits.set_commitment_field(briefing, row, field, value))


def delete_commitments(briefing: Briefing, rows: Iterable[int]) -> Edit:
    rows = list(rows)
    return Edit(_plural("Delete commitment", len(set(rows))), briefing, edits.delete_commitments(briefing, rows))


def add_commitment(briefing: Briefing, start: int, end: int) -> Edit:
    return Edit("Mark as commitment", briefing, edits.add_commitment(briefing, start, end))
