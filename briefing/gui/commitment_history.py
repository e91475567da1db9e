"""The Commitments view's parts: a status change on the undo stack, and a commitment's history as HTML."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from briefing.library.tracking import TrackEdit, due_phrase, status_word


class UndoableTrack(QUndoCommand):
    """A status change on the view's undo stack; the library already applied it when it was pushed."""

    def __init__(self, view: Any, edit: TrackEdit) -> None:
        super().__init__(edit.text)
        self.view = view
        self.edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # push() calls redo at once: the change is in the library already
            self._applied = False
            return
        self.view.run(lambda: self.view.library.apply(self.edit), self.edit.uid)

    def undo(self) -> None:
        self.view.run(lambda: self.view.library.revert(self.edit), self.edit.uid)



def _escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def history_html(row: Any, entries: list[Any]) -> str:
    """The selected commitment: what, from which event, and each entry of its history, newest first."""
    state = status_word(row.status) + (" — overdue" if row.overdue else "")
    due = row.due or due_phrase(row.due_text or "")
    lines = [f"<p><b>{_escape(row.actor)}</b>: {_escape(row.text)}</p>",
             f"<p>From <a href='briefing:{row.briefing_id}'>{_escape(row.event_title)}</a>"
             f" ({_escape(row.event_date or 'no date')}); {_escape(f'due {due}' if due else 'no due date')};"
             f" <b>{_escape(state)}</b></p>"]
    if not entries:
        lines.append("<p>No status set yet.</p>")
    for entry in reversed(entries):
        evidence = ""
        if entry.evidence_briefing_id is not None:
            title = entry.evidence_title or f"briefing {entry.evidence_briefing_id}"
            evidence = f" — evidence: <a href='briefing:{entry.evidence_briefing_id}'>{_escape(title)}</a>"
        elif entry.evidence_url:
            evidence = f" — evidence: <a href='{_escape(entry.evidence_url)}'>{_escape(entry.evidence_url)}</a>"
        note = f": {_escape(entry.note)}" if entry.note else ""
        lines.append(f"<p>{_escape(entry.date)} <b>{_escape(status_word(entry.status))}</b>{note}{evidence}</p>")
    return "".join(lines)


def links_html(briefing_id: int, links: list[Any]) -> str:
    """The other way of evidence links: the earlier commitments the briefing shown is progress on."""
    if not links:
        return ""
    seen = {row.id: row for _, row in links}
    cited = ", ".join(f"<a href='commitment:{row.id}'>#{row.id} {_escape(row.actor)} "
                      f"({_escape(status_word(row.status))})</a>" for row in seen.values())
    return f"The briefing shown ({briefing_id}) is progress on: {cited}"
