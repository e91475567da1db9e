"""Paper sizes, the locale's default paper, colours, margins and the paragraph and table styles of the PDF."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing.export.paper import LETTER_TERRITORIES, default_page_size  # noqa: F401  (re-exported)
from briefing.export.pdf_fonts import SANS, SANS_BOLD, SERIF

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

INK = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5B6573")
ACCENT = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#C5CCD6")
HEADER_FILL = colors.HexColor("#E8EDF3")
ZEBRA_FILL = colors.HexColor("#F6F8FA")
FIRM = colors.HexColor("#1E5E3B")
DRAFT_INK = colors.HexColor("#A3341F")  # the "DRAFT — not reviewed" header
DRAFT_WASH = colors.Color(0.64, 0.2, 0.12, alpha=0.07)  # the light diagonal DRAFT across a draft's pages
DRAFT_LABEL = "DRAFT \u2014 not reviewed"

MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 13 * mm
FOOTER_Y = 12 * mm


def page_size_points(name: str) -> tuple[float, float]:
    """(width, height) in points of 'A4' or 'Letter' (any case); ValueError for anything else."""
    for key, size in PAGE_SIZES.items():
        if name.strip().lower() in (key.lower(), f"us {key.lower()}"):
            return size
    raise ValueError(f"unknown page size {name!r}: use one of {', '.join(PAGE_SIZES)}")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a briefing document."""

    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    fact_label: ParagraphStyle
    fact_value: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_number: ParagraphStyle
    cell_firm: ParagraphStyle
    cell_hope: ParagraphStyle
    speaker: ParagraphStyle
    speaker_role: ParagraphStyle
    speech: ParagraphStyle
    outcome: ParagraphStyle
    source_text: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    toc_title: ParagraphStyle
    toc_date: ParagraphStyle
    toc_number: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    base = ParagraphStyle("base", fontName=SERIF, fontSize=10.5, leading=14.2, textColor=INK,
                          alignment=TA_LEFT, splitLongWords=1, allowWidows=0, allowOrphans=0)
    sans = ParagraphStyle("sans", parent=base, fontName=SANS, fontSize=8.8, leading=11.4)

    def derive(name: str, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    return Styles(
        kicker=derive("kicker", sans, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT,
                      spaceAfter=5),
        title=derive("title", base, fontName=SANS_BOLD, fontSize=17, leading=21.5, textColor=INK,
                     spaceAfter=4),
        subtitle=derive("subtitle", sans, fontSize=10, leading=13, textColor=MUTED, spaceAfter=8),
        heading=derive("heading", sans, fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                       spaceBefore=15, spaceAfter=6),
        body=derive("body", base, spaceAfter=6),
        note=derive("note", sans, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=6),
        fact_label=derive("fact_label", sans, fontName=SANS_BOLD, fontSize=8.2, leading=11.4,
                          textColor=MUTED),
        fact_value=derive("fact_value", sans, fontSize=9.2, leading=12),
        cell=derive("cell", sans),
        cell_bold=derive("cell_bold", sans, fontName=SANS_BOLD),
        cell_head=derive("cell_head", sans, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT),
        cell_number=derive("cell_number", sans, textColor=MUTED, alignment=TA_RIGHT),
        cell_firm=derive("cell_firm", sans, fontName=SANS_BOLD, textColor=FIRM),
        cell_hope=derive("cell_hope", sans, textColor=MUTED),
        speaker=derive("speaker", sans, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=10),
        speaker_role=derive("speaker_role", sans, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        speech=derive("speech", base, leftIndent=12, spaceAfter=7),
        outcome=derive("outcome", base, leftIndent=12, bulletIndent=0, spaceAfter=4),
        source_text=derive("source_text", base, fontSize=9.2, leading=12.6, leftIndent=24, bulletIndent=0,
                           bulletFontName=SANS, bulletFontSize=7.5, spaceAfter=5),
        cover_title=derive("cover_title", base, fontName=SANS_BOLD, fontSize=30, leading=36,
                           textColor=ACCENT, spaceAfter=14),
        cover_line=derive("cover_line", sans, fontSize=12, leading=17, textColor=INK, spaceAfter=2),
        toc_title=derive("toc_title", base, fontName=SERIF, fontSize=10.5, leading=13.5),
        toc_date=derive("toc_date", sans, fontSize=8.5, leading=13.5, textColor=MUTED),
        toc_number=derive("toc_number", sans, fontSize=9.5, leading=13.5, alignment=TA_RIGHT),
    )
