"""Labels, dates, speeches and source-paragraph citations shared by the PDF and text exporters."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.core.dates import long_date
from briefing.core.model import STATUS_LABELS, Briefing, Commitment, Statement
from briefing.core.review import date_caveat, missing_date

FIRMNESS_LABELS = {"firm": "Firm", "proposal": "Proposal", "hope": "Hope"}

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


def as_list(briefings: Sequence[Briefing] | Briefing) -> list[Briefing]:
    return [briefings] if isinstance(briefings, Briefing) else list(briefings)


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` in one step (a temporary file, then a rename), so that a failed
    export never leaves half a file behind; returns the path written."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
    return target


def clean(text: str | None) -> str:
    """`text` without control characters and lone surrogates that a PDF cannot carry; None becomes ''."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\t", " "))


def one_line(text: str | None) -> str:
    """`text` cleaned, with every run of whitespace (newlines too) collapsed to one space."""
    return _SPACES.sub(" ", clean(text)).strip()


def firmness_label(value: str | None) -> str:
    return FIRMNESS_LABELS.get(value or "", (value or "").replace("_", " ").capitalize())


def status_label(value: str | None) -> str:
    return STATUS_LABELS.get(value or "", (value or "").replace("_", " ").capitalize())


def event_date_fact(briefing: Briefing) -> str:
    """The event date as a key fact: 'Wednesday, 13 May 2020', with ' (year not confirmed)' while a guess;
    without a date, a line that says so (the reader must not take a missing line for an oversight)."""
    if not briefing.event_date:
        return missing_date(briefing.tags)
    return long_date(briefing.event_date, weekday=True) + date_caveat(briefing.tags)


def date_range(briefings: Sequence[Briefing]) -> str:
    """'13 May 2020 – 2 June 2021' over the briefings' event dates, '' when none has one."""
    dates = sorted(b.event_date for b in briefings if b.event_date)
    if not dates:
        return ""
    first, last = long_date(dates[0]), long_date(dates[-1])
    return first if first == last else f"{first} \u2013 {last}"


def participant_line(briefing: Briefing, name: str) -> str:
    """The speaker's title (or organization) for a heading, '' when unknown."""
    person = briefing.participant(name)
    if person is None:
        return ""
    return one_line(person.title or person.organization or "")


@dataclass
class Speech:
    """Consecutive statements of one speaker: a first statement and its continuations."""

    statements: list[Statement]

    @property
    def direct(self) -> bool:
        return all(s.kind == "direct" for s in self.statements)


def speeches_by_speaker(briefing: Briefing) -> list[tuple[str, list[Speech]]]:
    """Speakers in order of first speaking, each with their speeches; a continuation joins the one before."""
    grouped: dict[str, list[Speech]] = {}
    last_speaker: str | None = None
    for statement in briefing.statements:
        speeches = grouped.setdefault(statement.speaker, [])
        if statement.continuation and speeches and last_speaker == statement.speaker:
            speeches[-1].statements.append(statement)
        else:
            speeches.append(Speech([statement]))
        last_speaker = statement.speaker
    return list(grouped.items())


def firm_commitments(briefing: Briefing) -> list[Commitment]:
    return [c for c in briefing.commitments if c.firmness == "firm"]


class SourceIndex:
    """The source text cut into numbered paragraphs (one per non-blank line) to cite statements by."""

    def __init__(self, text: str | None) -> None:
        self.text = text or ""
        self.spans = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(self.text)]
        self._starts = [start for start, _ in self.spans]

    def paragraphs(self) -> list[str]:
        return [self.text[start:end].strip() for start, end in self.spans]

    def paragraph_at(self, offset: int) -> int | None:
        """1-based number of the paragraph holding character `offset`, None when outside every one."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        start, end = self.spans[index]
        return index + 1 if start <= offset < end else None

    def locate(self, text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
        """(first, last) paragraph numbers that `text` was taken from, by its offsets or by searching."""
        if not self.spans:
            return None
        if start is None or end is None or end <= start or end > len(self.text):
            found = self.text.find(text.strip()[:200]) if text.strip() else -1
            if found < 0:
                return None
            start, end = found, found + len(text.strip())
        first = self.paragraph_at(start)
        last = self.paragraph_at(max(start, end - 1))
        if first is None:
            return None
        return first, last or first

    def cite(self, items: Sequence[Statement | Commitment]) -> str:
        """'¶3' or '¶3–4' covering the items, '' when they cannot be placed in the source."""
        places = [p for p in (self.locate(i.text, i.start, i.end) for i in items) if p]
        if not places:
            return ""
        first = min(p[0] for p in places)
        last = max(p[1] for p in places)
        return f"\u00b6{first}" if first == last else f"\u00b6{first}\u2013{last}"
