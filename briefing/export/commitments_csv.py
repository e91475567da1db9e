"""CSV export of the commitments of one or several briefings: one row per commitment, for tracking follow-ups."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefing.core.model import Briefing, Commitment
from briefing.export.common import as_list, clean, write_atomically

CSV_COLUMNS = (
    "briefing_id", "briefing_title", "event_date", "actor", "commitment", "firmness", "status", "due_date",
    "due_phrase", "notes", "source_outlet",
)
# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets
# (CSV injection); such a cell gets a leading apostrophe so that it stays text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ENCODING = "utf-8-sig"  # with a byte-order mark, so that Excel reads the file as UTF-8


def spreadsheet_safe(value: str) -> str:
    """`value` with an apostrophe in front when a spreadsheet would otherwise take it for a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS) else value


def cell(value: str | None) -> str:
    """User text as a cell: control characters and lone surrogates dropped, line breaks kept as
    newlines (the CSV writer quotes them), formula starts escaped; None becomes ''."""
    text = clean(value).replace("\r\n", "\n").replace("\r", "\n")
    return spreadsheet_safe(text)


def commitment_row(briefing: Briefing, commitment: Commitment) -> list[str]:
    """One row of the table, in the order of CSV_COLUMNS. Firmness and status are words people use
    (firm, proposal, hope; not rated, in progress, …); the due phrase is the article's own."""
    return [
        "" if briefing.id is None else str(briefing.id),
        cell(briefing.title),
        cell(briefing.event_date),
        cell(commitment.actor),
        cell(commitment.text),
        cell(commitment.firmness),
        cell((commitment.status or "").replace("_", " ")),
        cell(commitment.due),
        cell(commitment.due_text),
        cell(commitment.notes),
        cell(briefing.source.outlet),
    ]


def commitment_rows(briefings: Sequence[Briefing] | Briefing) -> Iterator[list[str]]:
    """Rows of every commitment, briefing by briefing in the order given; a briefing without
    commitments adds none."""
    for briefing in as_list(briefings):
        for commitment in briefing.commitments:
            yield commitment_row(briefing, commitment)


def commitments_csv_text(briefings: Sequence[Briefing] | Briefing) -> str:
    """The table as RFC 4180 CSV text: a header row, CRLF between records, fields quoted when they
    hold a comma, a quote or a line break (quotes doubled)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(commitment_rows(briefings))
    return buffer.getvalue()


def export_commitments_csv(briefings: Sequence[Briefing] | Briefing, path: str | Path) -> Path:
    """Write the commitments of `briefings` to `path` as UTF-8 CSV with a byte-order mark."""
    return write_atomically(path, commitments_csv_text(briefings).encode(ENCODING))
