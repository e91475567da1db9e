"""Plain-Python display helpers for the window: dates, labels, lists and source-offset mapping."""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterable

from briefing.core.dates import long_date
from briefing.core.model import STATUS_LABELS

DASH = "—"


def joined(values: Iterable[str] | None, separator: str = ", ") -> str:
    return separator.join(v for v in values or () if v)


def status_label(status: str | None) -> str:
    if not status:
        return ""
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def library_summary(stats: dict[str, int]) -> str:
    """'1 briefing · 4 participants · 11 statements · 7 commitments'."""
    return " · ".join(plural(stats.get(key, 0), key.rstrip("s"))
                      for key in ("briefings", "participants", "statements", "commitments"))


def meta_line(event_date: str | None, event_kind: str | None, parties: Iterable[str] | None) -> str:
    """The header's second line: date · kind · parties (missing parts left out)."""
    return " · ".join(p for p in (long_date(event_date), event_kind or "", joined(parties)) if p)


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def slug(title: str, limit: int = 60) -> str:
    """A file-name-safe stem for a default export name."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in title.casefold())
    stem = "-".join(part for part in kept.split("-") if part)
    return stem[:limit].rstrip("-") or "briefing"


class OffsetMap:
    """Maps code-point offsets of a source text to QTextDocument positions.

    The store keeps offsets into the Python string; a QTextDocument counts UTF-16 units and
    turns '\\r\\n' into a single paragraph break, so the two disagree on such texts.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._table: list[int] | None = None
        if "\r\n" in text or any(ord(ch) > 0xFFFF for ch in text):
            table, position = [], 0
            for index, ch in enumerate(text):
                table.append(position)
                if ch == "\r" and text[index + 1:index + 2] == "\n":
                    continue
                position += 2 if ord(ch) > 0xFFFF else 1
            table.append(position)
            self._table = table

    def __call__(self, offset: int) -> int:
        offset = max(0, min(offset, self.length))
        return offset if self._table is None else self._table[offset]

    def offset_of(self, position: int) -> int:
        """The code-point offset shown at document `position` (the inverse of calling the map)."""
        if self._table is None:
            return max(0, min(position, self.length))
        return max(0, bisect_right(self._table, position) - 1)
