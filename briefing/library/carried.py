"""Status histories that travel in interchange files: attached on export, written back (evidence relinked) on import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing.core import Briefing
from briefing.core.model import LEGACY_STATUSES
from briefing.library.duplicates import Duplicate
from briefing.store import carried_history as sql

if TYPE_CHECKING:
    from briefing.store import Store


def with_histories(store: Store, briefings: Sequence[Briefing]) -> list[Briefing]:
    """The briefings, each commitment carrying its status history (for a briefing/1 file)."""
    uids = [c.uid for b in briefings for c in b.commitments if c.uid]
    found = sql.histories(store.conn, uids) if uids else {}
    for briefing in briefings:
        for commitment in briefing.commitments:
            commitment.history = list(found.get(commitment.uid or "", []))
    return list(briefings)


def uid_duplicate(store: Store, briefing: Briefing) -> Duplicate | None:
    """The stored briefing that holds one of the record's commitments (by uid), if any."""
    uids = [c.uid for c in briefing.commitments if c.uid]
    found = sql.uids_in_library(store.conn, uids) if uids else {}
    for uid in uids:
        if uid in found:
            return Duplicate(briefing.title, found[uid][0], found[uid][1], "the same commitments")
    return None


class CarriedHistories:
    """The history entries of the records an import writes, kept until its end (inside its transaction),
    when every record has its id in this library and evidence can be linked to the briefing it names."""

    def __init__(self, store: Store, first_new: int, warn: Callable[[str], None] | None = None) -> None:
        self.store, self.first_new, self.warn = store, first_new, warn
        # Memory stays flat whatever the import's size: of each record only the id it had is kept, and
        # the record itself only when one of its commitments carries history entries.
        self.fresh: list[int | None] = []  # the id each record written as a new briefing had, in order
        self.kept: list[Briefing] = []  # the records written (new or replacing) that carry history entries
        self.replaced: dict[int, int] = {}  # the id the record had: the stored briefing it replaced

    def clear(self) -> None:
        self.fresh.clear()
        self.kept.clear()
        self.replaced.clear()

    def written(self, old_id: int | None, briefing: Briefing) -> None:
        """A record was written as a new briefing (its commitments now hold their uids in this library)."""
        self.fresh.append(old_id)
        if any(c.history for c in briefing.commitments):
            self.kept.append(briefing)

    def replacing(self, old_id: int | None, briefing: Briefing, existing_id: int) -> None:
        """A record replaced the stored briefing `existing_id`."""
        if old_id is not None:
            self.replaced[old_id] = existing_id
        if any(c.history for c in briefing.commitments):
            self.kept.append(briefing)

    def write(self) -> int:
        """Write the entries; evidence naming a briefing that is neither in the import nor (the same id and
        title) in this library keeps its note and loses the link, said in one line. Returns how many added."""
        if not self.kept:
            return 0
        new_ids = sql.briefing_ids_from(self.store.conn, self.first_new)
        moved = dict(self.replaced)
        moved.update((old, new) for old, new in zip(self.fresh, new_ids, strict=False) if old is not None)
        cited = {e.evidence_briefing for b in self.kept for c in b.commitments for e in c.history
                 if e.evidence_briefing and e.evidence_briefing not in moved}
        here = sql.titles(self.store.conn, sorted(cited)) if cited else {}
        rows: list[tuple[Any, ...]] = []
        unlinked: list[str] = []
        for briefing in self.kept:
            for commitment in briefing.commitments:
                for entry in commitment.history:
                    evidence = moved.get(entry.evidence_briefing) if entry.evidence_briefing else None
                    if evidence is None and entry.evidence_title is not None and (
                            here.get(entry.evidence_briefing or 0) == entry.evidence_title):
                        evidence = entry.evidence_briefing  # the same briefing: a file imported back where it came from
                    if entry.evidence_briefing and evidence is None:
                        unlinked.append(entry.evidence_title or f"briefing {entry.evidence_briefing}")
                    rows.append((commitment.uid, entry.date, LEGACY_STATUSES.get(entry.status, entry.status),
                                 entry.note, evidence, entry.evidence_url, entry.entered_at or entry.date))
        if unlinked and self.warn is not None:
            shown = ", ".join(f"“{title}”" for title in dict.fromkeys(unlinked[:3]))
            self.warn(f"{len(unlinked)} status entr{'y' if len(unlinked) == 1 else 'ies'} cited a briefing that was "
                      f"not imported ({shown}{'…' if len(unlinked) > 3 else ''}): kept without the link, notes kept")
        return sql.add_entries(self.store.conn, rows)
