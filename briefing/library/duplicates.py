"""The same article imported again: found by source address, by text, or by title and nearly the same text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefing.core import Briefing
from briefing.core.dates import short_date
from briefing.core.fingerprint import nearly_same
from briefing.store import Store

CHOICES = ("skip", "keep", "replace")  # what an import does with a duplicate: skip it, keep both, replace


@dataclass(frozen=True)
class Duplicate:
    """A briefing being imported that is already in the library as `existing_id`."""

    title: str
    existing_id: int
    created: str
    why: str

    def sentence(self) -> str:
        """'already in the library as #12, imported 3 Dec 2026 (the same text)'."""
        try:
            when = short_date(datetime.fromisoformat(self.created))
        except (TypeError, ValueError):
            when = "earlier"
        return f"already in the library as #{self.existing_id}, imported {when} ({self.why})"


def find_duplicate(store: Store, briefing: Briefing, before_id: int | None = None) -> Duplicate | None:
    """The stored briefing `briefing` repeats, if any: the same source address or normalized text,
    or the same title with at least 90 % of its sentences shared. `before_id`: only briefings with
    a smaller id count (those stored before an import began)."""
    for existing_id, created, why in store.same_source(briefing.source.url, briefing.source.text, briefing.title):
        if before_id is not None and existing_id >= before_id:
            continue
        if why == "the same title":
            if not nearly_same(store.get(existing_id).source.text, briefing.source.text):
                continue
            why = "the same title and nearly the same text"
        return Duplicate(briefing.title, existing_id, created, why)
    return None


def replacement(new: Briefing, existing: Briefing) -> Briefing:
    """`new` in place of `existing`: its id, its creation, and its review history are kept."""
    new.id = existing.id
    new.review, new.reviewed_by, new.reviewed_at = existing.review, existing.reviewed_by, existing.reviewed_at
    return new
