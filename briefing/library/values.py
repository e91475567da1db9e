"""Plain-Python values of edit mode: dates, lists and text as typed; document positions as source offsets."""

from __future__ import annotations

import datetime as _dt
import re

DATE_HINT = "a date written YYYY-MM-DD, like 2024-05-13"
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LIST_SPLIT_RE = re.compile(r"[,;\n]")


class EditError(ValueError):
    """An edit that would make the briefing wrong; the message says why, and nothing was changed."""


def parse_date(value: object, what: str = "date") -> str | None:
    """'2024-05-13' -> itself; '' or None -> None; anything else raises EditError naming the input."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if _ISO_RE.match(text):
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            raise EditError(f"The {what} “{text}” does not exist: use {DATE_HINT}.") from None
        return text
    raise EditError(f"The {what} “{text}” is not {DATE_HINT}.")


def split_list(value: object) -> list[str]:
    """'Rome, Milan; Bologna' -> ['Rome', 'Milan', 'Bologna']; a list is cleaned the same way."""
    items = value if isinstance(value, list | tuple) else _LIST_SPLIT_RE.split("" if value is None else str(value))
    seen: dict[str, None] = {}
    for item in items:
        text = " ".join(str(item).split())
        if text:
            seen.setdefault(text, None)
    return list(seen)


def optional_text(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) within the text, without surrounding whitespace."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def source_offset(text: str, position: int) -> int:
    """A QTextDocument position in `text` shown as plain text -> the code-point offset into `text`.

    The document counts UTF-16 units and turns '\\r\\n' into one paragraph break (see OffsetMap)."""
    if "\r\n" not in text and all(ord(ch) <= 0xFFFF for ch in text):
        return max(0, min(position, len(text)))
    qt = 0
    for index, ch in enumerate(text):
        if qt >= position:
            return index
        if ch == "\r" and text[index + 1:index + 2] == "\n":
            continue
        qt += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
