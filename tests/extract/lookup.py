"""Small look-ups into a draft briefing that the extraction tests share."""

from __future__ import annotations

from briefing.core import briefing_to_dict
from briefing.core.model import Briefing, Participant
from briefing.extract import extract


def people_by_name(b: Briefing) -> dict[str, Participant]:
    return {p.name: p for p in b.participants}


def said(b: Briefing, start: str) -> str | None:
    """The speaker of the statement starting with `start`."""
    return next((s.speaker for s in b.statements if s.text.startswith(start)), None)


def pledge(b: Briefing, start: str) -> tuple[str, str | None] | None:
    """(actor, firmness) of the commitment starting with `start`."""
    return next(((c.actor, c.firmness) for c in b.commitments if c.text.startswith(start)), None)


def run(text: str, published: str | None = None) -> dict:
    """The draft of `text` in the interchange form (plain dicts)."""
    return briefing_to_dict(extract(text, published=published))


def speaker_of(out: dict, start: str) -> str | None:
    """In an interchange dict: the speaker of the statement starting with `start`."""
    return next((s["speaker"] for s in out["statements"] if s["text"].startswith(start)), None)


def pledge_of(out: dict, start: str) -> dict | None:
    """In an interchange dict: the commitment starting with `start`."""
    return next((c for c in out["commitments"] if c["text"].startswith(start)), None)


def people_of(out: dict) -> dict[str, dict]:
    """In an interchange dict: the participants by name."""
    return {p["name"]: p for p in out["participants"]}
