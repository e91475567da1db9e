"""JSON (briefing/1) and readable Markdown exports of one or several briefings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefing.core.dates import long_date
from briefing.core.interchange import dumps
from briefing.core.model import Briefing
from briefing.core.outcomes import outcome_text
from briefing.core.review import topic_tags
from briefing.export.common import (
    SourceIndex,
    as_list,
    clean,
    event_date_fact,
    firm_commitments,
    firmness_label,
    one_line,
    participant_line,
    speeches_by_speaker,
    status_label,
    write_atomically,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$")


def _write_text(path: str | Path, text: str) -> Path:
    return write_atomically(path, text.encode("utf-8"))


def export_json(briefings: Sequence[Briefing] | Briefing, path: str | Path) -> Path:
    """The briefing/1 JSON of `briefings`: one briefing as an object, several as a list."""
    items = as_list(briefings)
    payload = dumps(items[0] if len(items) == 1 else items)
    return _write_text(path, payload + "\n")


def md(text: str | None) -> str:
    """User text on one line with Markdown's formatting characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def _table(header: Sequence[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines


def briefing_markdown(briefing: Briefing, level: int = 1) -> str:
    """One briefing as Markdown; `level` is the heading level of its title."""
    h1, h2, h3 = "#" * level, "#" * (level + 1), "#" * (level + 2)
    lines = [f"{h1} {md(briefing.title)}", ""]
    facts = [
        ("Date", event_date_fact(briefing)),
        ("Kind", one_line(briefing.event_kind).capitalize()),
        ("Places", ", ".join(md(p) for p in briefing.places)),
        ("Parties", ", ".join(md(p) for p in briefing.parties)),
        ("Topics", ", ".join(md(t) for t in topic_tags(briefing.tags))),
    ]
    lines += [f"- **{label}:** {value}" for label, value in facts if value]
    lines.append("")
    if briefing.summary and briefing.summary.strip():
        lines += [f"{h2} Summary", ""]
        for part in re.split(r"\n\s*\n", clean(briefing.summary)):
            if part.strip():
                lines += [md(part), ""]
    firm = firm_commitments(briefing)
    if firm:
        lines += [f"{h2} Outcomes", ""]
        lines += [f"- **{md(c.actor)}:** {md(outcome_text(briefing, c))}" for c in firm]
        lines.append("")
    if briefing.participants:
        lines += [f"{h2} Participants", ""]
        rows = [[f"**{md(p.name)}**", md(p.title), md(p.organization), md(p.country),
                 "Attended" if p.attended else "Mentioned only"] for p in briefing.participants]
        lines += _table(("Name", "Title", "Organization", "Country", "Attendance"), rows)
        lines.append("")
    grouped = speeches_by_speaker(briefing)
    if grouped:
        lines += [f"{h2} Statements", ""]
        for speaker, speeches in grouped:
            role = participant_line(briefing, speaker)
            lines += [f"{h3} {md(speaker)}" + (f" \u2014 {md(role)}" if role else ""), ""]
            for speech in speeches:
                sentences = [f"*{md(s.text)}*" if s.kind == "direct" else md(s.text)
                             for s in speech.statements]
                lines += ["> " + " ".join(sentences), ""]
    if briefing.commitments:
        lines += [f"{h2} Commitments", ""]
        rows = [[str(n), md(c.actor), md(c.text) + (f" *(Note: {md(c.notes)})*" if c.notes else ""),
                 firmness_label(c.firmness), status_label(c.status), c.due_label() or "\u2014"]
                for n, c in enumerate(briefing.commitments, start=1)]
        lines += _table(("#", "Actor", "Commitment", "Firmness", "Status", "Due"), rows)
        lines.append("")
    source = briefing.source
    url = one_line(source.url)
    details = [("Outlet", md(source.outlet)), ("URL", f"<{url}>" if _SAFE_URL.match(url) else md(url)),
               ("Published", long_date(source.published)), ("Credit", md(source.credit))]
    if any(value for _, value in details):
        lines += [f"{h2} Source", ""]
        lines += [f"- **{label}:** {value}" for label, value in details if value]
        lines.append("")
    paragraphs = SourceIndex(clean(source.text)).paragraphs()
    if paragraphs:
        lines += [f"{h2} Source text", ""]
        for number, text in enumerate(paragraphs, start=1):
            lines += [f"\u00b6{number} {md(text)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def markdown_text(briefings: Sequence[Briefing] | Briefing) -> str:
    """Markdown of one briefing, or of several as a book with a contents list."""
    items = as_list(briefings)
    if len(items) == 1:
        return briefing_markdown(items[0])
    lines = ["# Briefing book", "", f"{len(items)} briefings", "", "## Contents", ""]
    for number, briefing in enumerate(items, start=1):
        date = long_date(briefing.event_date)
        lines.append(f"{number}. {md(briefing.title)}" + (f" ({date})" if date else ""))
    lines.append("")
    body = "\n---\n\n".join(briefing_markdown(b, level=2) for b in items)
    return "\n".join(lines) + "\n---\n\n" + body


def export_markdown(briefings: Sequence[Briefing] | Briefing, path: str | Path) -> Path:
    """Write the Markdown of `briefings` to `path`."""
    return _write_text(path, markdown_text(briefings))
