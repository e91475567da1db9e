"""The follow-up report: a party's (or a pair's) commitments by status, overdue first, as PDF or CSV."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing.core.dates import long_date
from briefing.export.commitments_csv import ENCODING, cell
from briefing.export.common import firmness_label, one_line, status_label, write_atomically
from briefing.export.pdf_canvas import AnchoredParagraph, DecoratedCanvas, PageDecor, Paragraph
from briefing.export.pdf_columns import fit_widths
from briefing.export.pdf_flow import keep_with_next
from briefing.export.pdf_fonts import SANS, SANS_BOLD, FontChooser
from briefing.export.pdf_styles import DRAFT_INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size_points, styles
from briefing.export.pdf_tables import GRID, grid_table
from briefing.store.commitments import SETTLED_STATUSES, STATUS_ORDER

OVERDUE = "overdue"
# The order of the report's groups: what needs chasing first, settled ones last.
GROUP_ORDER = (OVERDUE, *STATUS_ORDER)
DRAFT_COLOR = "#" + DRAFT_INK.hexval()[2:]
HEADS = ("No.", "Commitment", "Source event", "Due", "Last update")
CSV_HEADER = ["group", "id", "status", "overdue", "actor", "commitment", "firmness", "due", "due phrase", "event",
              "event date", "last update", "last note", "evidence", "event review"]


@dataclass(frozen=True)
class FollowUpItem:
    """One commitment of the report, with its source event and the latest entry of its history."""

    id: int
    actor: str
    text: str
    status: str
    overdue: bool
    firmness: str | None
    due: str | None
    due_text: str | None
    event_title: str
    event_date: str | None
    last_date: str | None = None
    last_note: str | None = None
    evidence: str | None = None  # the evidence briefing's title, or a URL
    event_draft: bool = False  # the source event's briefing is a draft, not yet reviewed
    event_year_guessed: bool = False  # the year of its date was guessed by extraction, not confirmed


@dataclass(frozen=True)
class FollowUp:
    """What the report says: whose commitments, as of when, and the commitments themselves."""

    party: str
    with_party: str | None
    as_of: datetime.date
    items: tuple[FollowUpItem, ...]

    @property
    def title(self) -> str:
        who = f"between {self.party} and {self.with_party}" if self.with_party else f"with {self.party}"
        return f"Commitments {who}, as of {long_date(self.as_of.isoformat())}"

    def groups(self) -> list[tuple[str, list[FollowUpItem]]]:
        """(group, items) in GROUP_ORDER, empty groups left out; an overdue item is only under overdue."""
        found: dict[str, list[FollowUpItem]] = {}
        for item in self.items:
            found.setdefault(OVERDUE if is_overdue(item) else item.status, []).append(item)
        order = [*GROUP_ORDER, *sorted(set(found) - set(GROUP_ORDER))]
        return [(group, found[group]) for group in order if group in found]

    def summary(self) -> str:
        counts = ", ".join(f"{len(items)} {group_label(group).lower()}" for group, items in self.groups())
        noun = "commitment" if len(self.items) == 1 else "commitments"
        return f"{len(self.items)} {noun}" + (f": {counts}" if counts else "")

    def drafts_note(self) -> str:
        """What a reader must know before trusting the report: how many of its rows come from drafts."""
        drafts = sum(1 for item in self.items if item.event_draft)
        if not drafts:
            return ""
        return (f"{drafts} of the {len(self.items)} come from draft briefings not yet reviewed, marked DRAFT "
                "beside their source event; check them before relying on them.")


def is_overdue(item: FollowUpItem) -> bool:
    """Past due and still open: a delivered or dropped commitment is never overdue."""
    return item.overdue and item.status not in SETTLED_STATUSES


def group_label(group: str) -> str:
    return "Overdue" if group == OVERDUE else status_label(group)


def _when(item: FollowUpItem) -> str:
    due = long_date(item.due) if item.due else ""
    if item.due_text:
        due = f"{due} ({item.due_text})" if due else item.due_text
    return due or "—"


def _event_date(item: FollowUpItem) -> str:
    """The source event's date as the row prints it: '13 May 2026 (year not confirmed)' while a guess."""
    when = long_date(item.event_date) or "no date"
    return when + (" (year not confirmed)" if item.event_year_guessed and item.event_date else "")


def _event_title(item: FollowUpItem) -> str:
    return ("DRAFT — " if item.event_draft else "") + one_line(item.event_title)


def _actor(item: FollowUpItem) -> str:
    actor = one_line(item.actor)  # "both sides" begins its row as the briefing's tables have it
    return actor[:1].upper() + actor[1:]


def _firmness(item: FollowUpItem) -> str:
    return f"({firmness_label(item.firmness).lower()})" if item.firmness else ""


def _update(item: FollowUpItem) -> list[str]:
    """The last update's lines: status and date, the note, the evidence."""
    lines = [f"{status_label(item.status)}, {long_date(item.last_date)}" if item.last_date
             else status_label(item.status)]
    if item.last_note:
        lines.append(one_line(item.last_note))
    if item.evidence:
        lines.append(one_line("Evidence: " + item.evidence))
    return lines


def _lines(item: FollowUpItem) -> list[list[str]]:
    """The plain lines of each cell of the item's row, which the columns are fitted to."""
    return [[f"#{item.id}"], [f"{_actor(item)}: {one_line(item.text)} {_firmness(item)}"],
            [_event_title(item), _event_date(item)], [_when(item)], _update(item)]


def _widths(report: FollowUp, fonts: FontChooser, width: float) -> list[float]:
    """The columns' widths, the same in every group's table: fitted to the text of all the report's rows,
    so that a long event title does not run down a narrow column, nor an empty column take room."""
    st = styles()

    def measure(font: str, size: float) -> Callable[[str], float]:
        return lambda line: fonts.string_width(line, font, size)

    cell = measure(SANS, st.cell.fontSize)  # the due date in bold: an overdue one is
    return fit_widths([_lines(item) for item in report.items], HEADS, width,
                      [cell, cell, cell, measure(SANS_BOLD, st.cell.fontSize), cell],
                      measure(SANS_BOLD, st.cell_head.fontSize), GRID.left + GRID.right)


def _story(report: FollowUp, fonts: FontChooser, width: float, limit: float) -> list[Flowable]:
    st = styles()

    def text(value: str | None, bold: bool = False) -> str:
        return fonts.markup(one_line(value), bold)

    # the title also runs at the head of every later page, so a loose page still says whose commitments
    title = AnchoredParagraph(text(report.title), st.title).configure(
        "report", one_line(report.title), running_title=one_line(report.title), opening=True)
    story: list[Flowable] = [Paragraph("FOLLOW-UP REPORT", st.kicker), title,
                             Paragraph(text(report.summary()), st.subtitle)]
    if report.drafts_note():
        story.append(Paragraph(f"<font color='{DRAFT_COLOR}'><b>{text(report.drafts_note(), bold=True)}</b></font>",
                               st.subtitle))
    if not report.items:
        story.append(Paragraph("No commitments of these parties are in the library.", st.body))
        return story
    widths = _widths(report, fonts, width)
    for group, items in report.groups():
        heading = Paragraph(f"{group_label(group)} ({len(items)})", st.heading)
        rows: list[list[object]] = [[Paragraph(h, st.cell_head) for h in HEADS]]
        for item in items:
            commitment = f"<b>{text(_actor(item), bold=True)}</b>: {text(item.text)}"
            if item.firmness:
                commitment += f" <font color='#5B6573'>{text(_firmness(item))}</font>"
            update = [text(line) for line in _update(item)]
            if item.evidence:
                update[-1] = f"<i>{update[-1]}</i>"
            rows.append([Paragraph(f"#{item.id}", st.cell_number), Paragraph(commitment, st.cell),
                         Paragraph((f"<font color='{DRAFT_COLOR}'><b>DRAFT</b></font> — " if item.event_draft else "")
                                   + f"{text(item.event_title)}<br/><font color='#5B6573'>"
                                   f"{text(_event_date(item))}</font>", st.cell),
                         Paragraph(text(_when(item)), st.cell_bold if is_overdue(item) else st.cell),
                         Paragraph("<br/>".join(update), st.cell)])
        # the heading stays on the page where its table starts (with the first row at least)
        story += keep_with_next([heading], [grid_table(rows, widths, limit)])  # type: ignore[arg-type]
    return story


def render_follow_up_pdf(report: FollowUp, page_size: str = "A4", fonts: FontChooser | None = None) -> bytes:
    page_width, page_height = page_size_points(page_size)
    fonts = fonts or FontChooser()
    frame_width = page_width - 2 * MARGIN_X
    frame_height = page_height - MARGIN_TOP - MARGIN_BOTTOM
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(page_width, page_height), title=report.title, author="Briefing",
                          creator="Briefing", subject="Follow-up report", leftMargin=MARGIN_X,
                          rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decor = PageDecor(fonts, report.as_of, page_width, page_height, footer_label="Follow-up report")
    doc.build(_story(report, fonts, frame_width, frame_height * 0.8),
              canvasmaker=partial(DecoratedCanvas, decor=decor))
    return buffer.getvalue()


def follow_up_csv_text(report: FollowUp) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for group, items in report.groups():
        for item in items:
            writer.writerow([group_label(group).lower(), str(item.id), status_label(item.status).lower(),
                             "yes" if is_overdue(item) else "", cell(item.actor), cell(item.text),
                             firmness_label(item.firmness).lower(), item.due or "", cell(item.due_text),
                             cell(item.event_title), item.event_date or "", item.last_date or "",
                             cell(item.last_note), cell(item.evidence),
                             ("draft" if item.event_draft else "reviewed")
                             + ("; year not confirmed" if item.event_year_guessed and item.event_date else "")])
    return out.getvalue()


def export_follow_up(report: FollowUp, path: str | Path, page_size: str = "A4") -> Path:
    """Write the report to `path`: a PDF, or a CSV table (by the file's suffix); ValueError for another."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return write_atomically(path, render_follow_up_pdf(report, page_size))
    if suffix == ".csv":
        return write_atomically(path, follow_up_csv_text(report).encode(ENCODING))
    raise ValueError(f"{Path(path).name}: a follow-up report is written as .pdf or .csv")
