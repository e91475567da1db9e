"""Small look-ups into a draft briefing that the extraction tests share."""

from __future__ import annotations

from briefing.core.model import Briefing


def people_by_name(b: Briefing) -> dict[str, object]:
    return {p.name: p for p in b.participants}


def said(b: Briefing, start: str) -> str | None:
    """The speaker of the statement starting with `start`."""
    return next((s.speaker for s in b.statements if s.text.startswith(start)), None)


def pledge(b: Briefing, start: str) -> tuple[str, str | None] | None:
    """(actor, firmness) of the commitment starting with `start`."""
    return next(((c.actor, c.firmness) for c in b.commitments if c.text.startswith(start)), None)
