"""The profile sheet: who you are meeting (a person or a party) on one page, details after it (reportlab)."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, HRFlowable, PageBreak, PageTemplate, Spacer

from briefing.core.dates import long_date
from briefing.export.common import one_line, status_label, write_atomically
from briefing.export.pdf_canvas import DecoratedCanvas, PageDecor, Paragraph
from briefing.export.pdf_flow import keep_with_next
from briefing.export.pdf_fonts import FontChooser
from briefing.export.pdf_styles import ACCENT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Styles, page_size_points, styles
from briefing.export.pdf_tables import facts_table, grid_table

FIRST_PAGE_COMMITMENTS = 6  # open commitments on the first page; the rest follow on the next
FIRST_PAGE_TEXT = 230  # characters of a commitment on the first page
FACT_TEXT = 260
DETAIL_ROWS = 60  # rows of each list after the first page


@dataclass(frozen=True)
class Row:
    """One line of a table on the sheet: a date, what happened, and up to two more columns."""

    date: str | None
    text: str
    detail: str = ""
    extra: str = ""


@dataclass(frozen=True)
class ProfileSheet:
    """What a profile sheet shows, in plain values (the library fills it from a person's or party's page)."""

    kind: str  # "person" or "party"
    name: str
    subtitle: str
    facts: list[tuple[str, str]]
    encounters: list[Row]  # the last three, newest first: date, event, as whom
    open_commitments: list[Row]  # date, text, status, due
    events: list[Row] = field(default_factory=list)  # all, in date order
    statements: list[Row] = field(default_factory=list)  # newest first: date, text, event
    people: list[Row] = field(default_factory=list)  # a party's people: last seen, name, title, events
    commitments: list[Row] = field(default_factory=list)  # all, newest first


def _clip(text: str | None, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _p(fonts: FontChooser, text: str | None, style: object) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def _table(rows: list[Row], heads: tuple[str, ...], widths: list[float], fonts: FontChooser, st: Styles,
           limit: float, text_limit: int) -> Flowable:
    header = [Paragraph(head, st.cell_head) for head in heads]
    body = []
    for row in rows:
        cells = [_p(fonts, long_date(row.date) or "\u2014", st.cell), _p(fonts, _clip(row.text, text_limit), st.cell)]
        cells += [_p(fonts, _clip(value, 120), st.cell) for value in (row.detail, row.extra)[:len(heads) - 2]]
        body.append(cells)
    return grid_table([header, *body], widths, limit)


def _first_page(sheet: ProfileSheet, fonts: FontChooser, st: Styles, width: float, height: float) -> list[Flowable]:
    kicker = "WHO YOU ARE MEETING" if sheet.kind == "person" else "PARTY PROFILE"
    flow: list[Flowable] = [Paragraph(kicker, st.kicker), _p(fonts, sheet.name, st.title)]
    if sheet.subtitle:
        flow.append(_p(fonts, _clip(sheet.subtitle, 300), st.subtitle))
    flow.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8))
    if sheet.facts:
        rows = [[Paragraph(label, st.fact_label), _p(fonts, _clip(value, FACT_TEXT), st.fact_value)]
                for label, value in sheet.facts]
        flow.append(facts_table(rows, [0.22 * width, 0.78 * width], height / 3))
    # each heading stays on the page where what it heads begins (a table's header and first row)
    encounters: list[Flowable] = [Paragraph("No dated events yet.", st.note)]
    if sheet.encounters:
        heads = ("Date", "Event", "As" if sheet.kind == "person" else "Kind")
        encounters = [_table(sheet.encounters[:3], heads, [0.16 * width, 0.52 * width, 0.32 * width], fonts, st,
                             height / 3, 160)]
    flow += keep_with_next([Paragraph("Last three encounters", st.heading)], encounters)
    shown = sheet.open_commitments[:FIRST_PAGE_COMMITMENTS]
    commitments: list[Flowable] = [Paragraph("None open.", st.note)]
    if shown:
        commitments = [_table(shown, ("Made", "Commitment", "Status", "Due"),
                              [0.14 * width, 0.56 * width, 0.14 * width, 0.16 * width], fonts, st, height / 3,
                              FIRST_PAGE_TEXT)]
        more = len(sheet.open_commitments) - len(shown)
        if more:
            commitments.append(Paragraph(f"{more} more open commitment{'s' if more != 1 else ''} on the next pages.",
                                         st.note))
    flow += keep_with_next([Paragraph("Open commitments", st.heading)], commitments)
    return flow


def _details(sheet: ProfileSheet, fonts: FontChooser, st: Styles, width: float, height: float) -> list[Flowable]:
    flow: list[Flowable] = []
    sections = [
        ("People", sheet.people, ("Last seen", "Name", "Title", "Events"), [0.14, 0.28, 0.46, 0.12]),
        ("Events", sheet.events, ("Date", "Event", "As" if sheet.kind == "person" else "Kind"), [0.16, 0.52, 0.32]),
        ("Commitments", sheet.commitments, ("Made", "Commitment", "Status", "Due"), [0.14, 0.56, 0.14, 0.16]),
        ("Statements", sheet.statements, ("Date", "Said", "At"), [0.14, 0.58, 0.28]),
    ]
    for title, rows, heads, shares in sections:
        if not rows:
            continue
        table = _table(rows[:DETAIL_ROWS], heads, [share * width for share in shares], fonts, st, height / 2, 900)
        flow += keep_with_next([Paragraph(title, st.heading)], [table])
        if len(rows) > DETAIL_ROWS:
            flow.append(Paragraph(f"and {len(rows) - DETAIL_ROWS} more.", st.note))
    return flow


def render_profile(sheet: ProfileSheet, page_size: str = "A4", export_date: datetime.date | None = None) -> bytes:
    """The profile sheet as PDF bytes: the first page stands alone; the details follow on the next pages."""
    page_width, page_height = page_size_points(page_size)
    export_date = export_date or datetime.date.today()
    fonts = FontChooser()
    st = styles()
    width, height = page_width - 2 * MARGIN_X, page_height - MARGIN_TOP - MARGIN_BOTTOM
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(page_width, page_height), title=f"Profile: {one_line(sheet.name)}",
                          author="Briefing", creator="Briefing", subject="Profile sheet", leftMargin=MARGIN_X,
                          rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decor = PageDecor(fonts, export_date, page_width, page_height, footer_label=f"Profile of {one_line(sheet.name)}")
    story = _first_page(sheet, fonts, st, width, height)
    details = _details(sheet, fonts, st, width, height)
    if details:
        story += [PageBreak(), *details]
    story.append(Spacer(1, 1))
    doc.build(story, canvasmaker=partial(DecoratedCanvas, decor=decor))
    return buffer.getvalue()


def export_profile(sheet: ProfileSheet, path: str | Path, page_size: str = "A4",
                   export_date: datetime.date | None = None) -> Path:
    """Write the profile sheet to `path` in one step (a failed export leaves no half file)."""
    return write_atomically(path, render_profile(sheet, page_size=page_size, export_date=export_date))


def status_text(status: str) -> str:
    return status_label(status)
