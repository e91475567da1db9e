"""The PDF builder: one briefing as a briefing document, several as a book with cover and contents."""

from __future__ import annotations

import datetime
import io
import re
import string
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.flowables import Spacer

from briefing.core.dates import long_date
from briefing.core.model import Briefing
from briefing.core.review import topic_tags
from briefing.export.common import as_list, date_range, one_line, write_atomically
from briefing.export.pdf_canvas import (
    AnchoredParagraph,
    CoverMark,
    DecoratedCanvas,
    PageDecor,
    Paragraph,
    TocEntry,
)
from briefing.export.pdf_fonts import SANS, FontChooser
from briefing.export.pdf_sections import briefing_flowables
from briefing.export.pdf_styles import (
    ACCENT,
    DRAFT_INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    Styles,
    page_size_points,
    styles,
)

TOC_TITLE_LIMIT = 300
TOC_DATE_GAP = 12.0
TOC_DATE_SHARE = 0.3
"""The contents' date column: the widest date and a gap, at most this share of the line."""


def _as_list(briefings: Sequence[Briefing] | Briefing) -> list[Briefing]:
    items = as_list(briefings)
    if not items:
        raise ValueError("nothing to export: no briefings given")
    return items


def _cover(items: list[Briefing], st: Styles, export_date: datetime.date,
           page_height: float) -> list[Flowable]:
    count = len(items)
    lines = [f"{count} briefing{'s' if count != 1 else ''}"]
    drafts = sum(1 for briefing in items if briefing.is_draft)
    if drafts:
        lines.append(f'<font color="#{DRAFT_INK.hexval()[2:]}">{drafts} of {count} '
                     f'{"is a draft" if drafts == 1 else "are drafts"}, not yet reviewed (marked DRAFT)</font>')
    span = date_range(items)
    if span:
        lines.append(f"Events of {escape(span)}")
    flow: list[Flowable] = [
        CoverMark(),
        Spacer(1, page_height * 0.2),
        Paragraph("Briefing book", st.cover_title),
        HRFlowable(width="28%", thickness=2.2, color=ACCENT, hAlign="LEFT", spaceBefore=2, spaceAfter=18),
        *(Paragraph(line, st.cover_line) for line in lines),
        Spacer(1, 10),
        Paragraph(f'<font color="#{MUTED.hexval()[2:]}">Exported {export_date.isoformat()}</font>',
                  st.cover_line),
    ]
    return flow


def _contents(items: list[Briefing], fonts: FontChooser, st: Styles, width: float) -> list[Flowable]:
    """The contents page: each briefing's date (never wrapped: the column is as wide as the widest date),
    title (wrapped, drafts marked) and first page."""
    heading = AnchoredParagraph("Contents", st.title).configure("contents", "Contents", level=0)
    flow: list[Flowable] = [heading, HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4,
                                                spaceAfter=2)]
    size = st.toc_date.fontSize
    dates = [one_line(long_date(briefing.event_date)) or "\u2014" for briefing in items]
    widest = max(fonts.string_width(date, SANS, size) for date in dates)
    date_width = min(max(widest + TOC_DATE_GAP, 56.0), width * TOC_DATE_SHARE)
    for index, (briefing, date) in enumerate(zip(items, dates), start=1):
        title = one_line(briefing.title)
        if len(title) > TOC_TITLE_LIMIT:
            title = title[:TOC_TITLE_LIMIT].rstrip() + "\u2026"
        if briefing.is_draft:
            title = f"[DRAFT] {title}"
        date = fonts.fit(date, SANS, size, date_width - TOC_DATE_GAP)
        flow.append(TocEntry(f"b{index}", date, Paragraph(fonts.markup(title), st.toc_title), fonts, SANS,
                             st.toc_number.fontSize, size, date_width=date_width))
    return flow


def build_story(items: list[Briefing], fonts: FontChooser, width: float, height: float,
                page_height: float, export_date: datetime.date) -> list[Flowable]:
    """The whole document's flowables: a lone briefing, or cover, contents and briefings of a book."""
    st = styles()
    if len(items) == 1:
        return briefing_flowables(items[0], fonts, st, width, height, "b1")
    story = [*_cover(items, st, export_date, page_height), PageBreak(), *_contents(items, fonts, st, width)]
    for index, briefing in enumerate(items, start=1):
        story.append(PageBreak())
        story.extend(briefing_flowables(briefing, fonts, st, width, height, f"b{index}", in_book=True))
    return story


_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _letter_count(text: str, non_ascii: str) -> int:
    """How many letters `text` holds (as the regex class [^\\W\\d_] counts them); `non_ascii` is its
    characters outside ASCII. The ASCII letters are counted by bytes, without a match object each."""
    ascii_bytes = text.encode("ascii", "ignore")
    return len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS)) + len(_LETTER.findall(non_ascii))


def document_language(items: Sequence[Briefing]) -> str:
    """The language tag of the document (/Lang): its headings are English ('en'), unless the briefings'
    own words are mostly Chinese ('zh'), Japanese ('ja') or Korean ('ko')."""
    text = " ".join(f"{b.title} {b.summary or ''} {b.source.text or ''}"[:20_000] for b in items)
    non_ascii = "".join(_NON_ASCII.findall(text))
    kana, hangul, han = (len(pattern.findall(non_ascii)) for pattern in (_KANA, _HANGUL, _HAN))
    if not kana + hangul + han or kana + hangul + han < (_letter_count(text, non_ascii) or 1) / 2:
        return "en"
    if hangul > kana + han:
        return "ko"
    return "ja" if kana > (kana + han) / 10 else "zh"


def document_info(items: Sequence[Briefing]) -> dict[str, str]:
    """The PDF's title, author (who reviewed it, else Briefing), subject, keywords and language."""
    reviewers = list(dict.fromkeys(one_line(b.reviewed_by) for b in items if b.reviewed_by and not b.is_draft))
    drafts = sum(1 for b in items if b.is_draft)
    if len(items) > 1:
        span = date_range(items)
        title = "Briefing book" + (f", {span}" if span else "")
        subject = f"{len(items)} briefings" + (f" on events of {span}" if span else "")
        if drafts:
            subject += f"; {drafts} {'is a draft' if drafts == 1 else 'are drafts'}, not yet reviewed"
    else:
        only = items[0]
        title = one_line(only.title) or "Briefing"
        kind = one_line(only.event_kind) if only.event_kind and only.event_kind != "other" else "event"
        subject = f"Briefing on a {kind}" + (f" of {long_date(only.event_date)}" if only.event_date else "")
        parties = [one_line(p) for p in only.parties if p.strip()]
        if parties:
            subject += f" between {' and '.join(parties)}" if len(parties) == 2 else f": {', '.join(parties)}"
        if drafts:
            subject += "; a draft, not yet reviewed"
    keywords = list(dict.fromkeys(one_line(word) for b in items for word in (*topic_tags(b.tags), *b.parties)
                                  if word.strip()))
    return {"title": title, "author": ", ".join(reviewers) or "Briefing", "subject": subject,
            "keywords": ", ".join(keywords), "lang": document_language(items)}


def render_pdf(briefings: Sequence[Briefing] | Briefing, page_size: str = "A4",
               export_date: datetime.date | None = None, fonts: FontChooser | None = None) -> bytes:
    """The PDF of `briefings` as bytes (see export_pdf)."""
    items = _as_list(briefings)
    page_width, page_height = page_size_points(page_size)
    export_date = export_date or datetime.date.today()
    fonts = fonts or FontChooser()
    book = len(items) > 1
    frame_width = page_width - 2 * MARGIN_X
    frame_height = page_height - MARGIN_TOP - MARGIN_BOTTOM
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(page_width, page_height), creator="Briefing", **document_info(items),
        displayDocTitle=1,  # a viewer's title bar shows the title, not the file name
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        allowSplitting=1,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decor = PageDecor(fonts, export_date, page_width, page_height,
                      footer_label="Briefing book" if book else "")
    story = build_story(items, fonts, frame_width, frame_height, page_height, export_date)
    doc.build(story, canvasmaker=partial(DecoratedCanvas, decor=decor))
    return buffer.getvalue()


def export_pdf(briefings: Sequence[Briefing] | Briefing, path: str | Path, page_size: str = "A4",
               export_date: datetime.date | None = None) -> Path:
    """Write one briefing as a briefing document, or several as a book (cover, contents with page
    numbers, bookmarks, each briefing on a new page), to `path`; returns the path written.

    The file is replaced in one step, so a failed export never leaves half a PDF behind."""
    return write_atomically(path, render_pdf(briefings, page_size=page_size, export_date=export_date))
