"""The ingest layer's result and error types, and small helpers every reader shares."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024

_ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_COMPACT_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")


@dataclass
class Article:
    """One imported article: clean text plus whatever metadata the file states."""

    text: str  # headline, blank line, paragraphs separated by blank lines
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    path: str | None = None
    warnings: list[str] = field(default_factory=list)  # what was repaired on the way in, one sentence each


class IngestError(ValueError):
    """A file (or pasted text) that cannot be turned into an article; the message names it."""

    def __init__(self, problem: str, name: str | Path = "") -> None:
        self.problem = problem
        self.name = str(name)
        super().__init__(f"{self.name}: {problem}" if self.name else problem)


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD from a date, datetime or a date-like string (ISO 8601, PDF D:YYYYMMDD), else None."""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.strftime("%Y-%m-%d") if 1000 <= value.year <= 9999 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    try:
        day = _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return day.isoformat() if day.year >= 1000 else None


def clean_field(value: object, limit: int = 500) -> str | None:
    """A metadata string with whitespace collapsed; None when empty or absurdly long."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text if text and len(text) <= limit else None
