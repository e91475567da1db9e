"""The page canvas (deferred header, footer, 'Page N of M', bookmarks, contents numbers) and flowables."""

from __future__ import annotations

import datetime
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from briefing.export.pdf_fonts import SANS, FontChooser, has_cjk
from briefing.export.pdf_styles import (
    DRAFT_INK,
    DRAFT_LABEL,
    DRAFT_WASH,
    FOOTER_Y,
    HEADER_Y,
    MARGIN_X,
    MUTED,
    RULE,
)

_BINARY_STREAMS = threading.Lock()
"""reportlab reads its ASCII85 switch from a global setting when it writes the file: one save at a time flips it."""


@dataclass
class PageDecor:
    """What every page carries besides its content: a running header and a footer."""

    fonts: FontChooser
    export_date: datetime.date
    page_width: float
    page_height: float
    footer_label: str = ""
    _titles: dict[tuple[str, bool], str] = field(default_factory=dict, repr=False)

    def draw(self, canvas: DecoratedCanvas, page: int, total: int) -> None:
        if canvas.cover:
            return
        left, right = MARGIN_X, self.page_width - MARGIN_X
        canvas.saveState()
        if canvas.running_draft:
            self._draft_marks(canvas, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setFillColor(MUTED)
        if canvas.running_title and not canvas.opening:
            y = self.page_height - HEADER_Y
            self.fonts.draw(canvas, left, y, self._fitted(canvas.running_title, canvas.running_draft), SANS, 8)
            canvas.line(left, y - 4, right, y - 4)
        canvas.line(left, FOOTER_Y + 10, right, FOOTER_Y + 10)
        exported = f"Exported {self.export_date.isoformat()}"
        if self.footer_label:
            exported = f"{self.footer_label}  \u00b7  {exported}"
        self.fonts.draw(canvas, left, FOOTER_Y, exported, SANS, 8)
        canvas.setFont(SANS, 8)
        canvas.drawRightString(right, FOOTER_Y, f"Page {page} of {total}")
        canvas.restoreState()

    def _fitted(self, title: str, draft: bool) -> str:
        """The running title shortened to the header's room (less the DRAFT label's), once per title."""
        fitted = self._titles.get((title, draft))
        if fitted is None:
            room = self.page_width - 2 * MARGIN_X
            room -= self.fonts.string_width(DRAFT_LABEL, SANS, 8) + 12 if draft else 0
            fitted = self._titles[title, draft] = self.fonts.fit(title, SANS, 8, room)
        return fitted

    def _draft_marks(self, canvas: DecoratedCanvas, right: float) -> None:
        """A draft's page says so: 'DRAFT — not reviewed' at the top right, a light DRAFT across it."""
        canvas.saveState()
        canvas.setFillColor(DRAFT_WASH)
        canvas.setFont(SANS, 110)
        canvas.translate(self.page_width / 2, self.page_height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -40, "DRAFT")
        canvas.restoreState()
        canvas.setFillColor(DRAFT_INK)
        canvas.setFont(SANS, 8)
        canvas.drawRightString(right, self.page_height - HEADER_Y, DRAFT_LABEL)


class DecoratedCanvas(Canvas):
    """A canvas that holds pages back until the end, so each knows the page count and the contents
    page knows where every briefing starts; bookmarks are bound then too, to the right page."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decor = decor
        self.anchor_pages: dict[str, int] = {}
        self._held: list[dict[str, Any]] = []
        self._new_page_marks()

    def _new_page_marks(self) -> None:
        # fresh objects for each page: the held page states keep references to the old ones
        self.marks: list[tuple[Any, ...]] = []
        self.cover = False
        self.opening = False
        if not hasattr(self, "running_title"):
            self.running_title = ""
            self.running_draft = False

    def anchor(self, key: str, title: str, level: int, top: float, closed: bool = False) -> None:
        """Note a bookmark and outline entry for this spot; bound when the page is written."""
        self.anchor_pages[key] = self.getPageNumber()
        self.marks.append(("anchor", key, title, level, top, closed))

    def page_ref(self, key: str, x: float, y: float, font: str, size: float, color: Color) -> None:
        """Print, right-aligned at absolute (x, y), the page that anchor `key` ends up on."""
        self.marks.append(("page_ref", key, x, y, font, size, color))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._new_page_marks()
        self._startPage()

    def _replay_marks(self) -> None:
        for mark in self.marks:
            if mark[0] == "anchor":
                _, key, title, level, top, closed = mark
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                self.addOutlineEntry(title, key, level=level, closed=closed)
            else:
                _, key, x, y, font, size, color = mark
                page = self.anchor_pages.get(key)
                if page is not None:
                    self.saveState()
                    self.setFillColor(color)
                    self.setFont(font, size)
                    self.drawRightString(x, y, str(page))
                    self.restoreState()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._replay_marks()
            self.decor.draw(self, number, total)
            Canvas.showPage(self)
        if total:
            self.showOutline()
        with _BINARY_STREAMS:  # Flate without an ASCII85 layer: a quarter smaller and quicker to write
            ascii85, rl_config.useA85 = rl_config.useA85, 0
            try:
                Canvas.save(self)
            finally:
                rl_config.useA85 = ascii85


_PLAIN_FRAG: dict[int, tuple[Any, Any]] = {}
"""Per paragraph style (by id, the style kept alive beside it): the one fragment reportlab's parser
makes of a text without markup, to be copied with another such text."""


def copy_fragment(template: Any, text: str) -> Any:
    """`template` (a ParaFrag) with `text`: what template.clone(text=text) makes, without its keyword round trip."""
    fragment = object.__new__(type(template))
    fragment.__dict__ = {**template.__dict__, "text": text}
    return fragment


def _plain_fragment(style: Any) -> Any:
    known = _PLAIN_FRAG.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    template = None
    if not getattr(style, "textTransform", None):
        parsed_style, frags, bullets = ParaParser().parse("x", style)
        if parsed_style is style and not bullets and len(frags) == 1 and frags[0].text == "x":
            template = frags[0]
    _PLAIN_FRAG[id(style)] = (style, template)
    return template


_UNCLEAN = re.compile("[^\\S \xa0]|\u200b|  |^ | $")
"""What reportlab's cleaning of a paragraph's text (cleanBlockQuotedText) would change: whitespace other
than single spaces between words and no-break spaces (which it keeps). A text without any, as one_line()
leaves it, is its own cleaned form."""

_CJK_STYLES: dict[int, tuple[Any, Any]] = {}
"""Per paragraph style (by id, the style kept alive beside it): its twin that breaks lines the CJK way."""


def cjk_wrapping(style: Any) -> Any:
    """`style` with wordWrap 'CJK': lines break between any two CJK characters (Latin words stay whole),
    not only at spaces, which Chinese and Japanese do not have."""
    known = _CJK_STYLES.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    twin = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    _CJK_STYLES[id(style)] = (style, twin)
    return twin


class Paragraph(PlainParagraph):
    """reportlab's Paragraph, quicker where it can be without changing a thing on the page.

    A text without markup (no < or &, as most table cells and source paragraphs are) skips the
    XML parser: its one fragment is the style's, with the text. And the lines are broken once per
    width: a table wraps every cell when it measures its rows and again when it draws them (and a
    frame may ask twice), and the lines depend on the width alone. A text with Chinese, Japanese or
    Korean characters breaks its lines between them (cjk_wrapping)."""

    def __init__(self, text: str, style: Any = None, bulletText: Any = None, frags: Any = None,  # noqa: N803
                 **kwargs: Any) -> None:
        if (style is not None and isinstance(text, str) and not text.isascii()
                and not getattr(style, "wordWrap", None) and has_cjk(text)):
            style = cjk_wrapping(style)
        if frags is None and style is not None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = text if _UNCLEAN.search(text) is None else cleanBlockQuotedText(text)
            template = _plain_fragment(style) if cleaned else None
            if template is not None:
                text, frags = cleaned, [copy_fragment(template, cleaned)]
                self.plain = True
        super().__init__(text, style, bulletText, frags, **kwargs)

    plain = False
    """Made from a text without markup: one fragment in the style's own font, size and colour."""

    _wrapped: tuple[float, tuple[float, float], Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._wrapped
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[2]:
            return done[1]  # the same lines (reportlab's split drops blPara when it gives up: laid out again)
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size, self.__dict__.get("blPara"))
        return size


class AnchoredParagraph(Paragraph):
    """A heading that leaves a bookmark and outline entry; a briefing title also sets the running header."""

    anchor_key: str | None = None
    outline_title: str = ""
    outline_level: int = 0
    outline_closed: bool = False
    running_title: str | None = None
    opening: bool = False
    draft: bool = False

    def configure(self, key: str, outline_title: str, level: int = 0, closed: bool = False,
                  running_title: str | None = None, opening: bool = False,
                  draft: bool = False) -> AnchoredParagraph:
        self.anchor_key, self.outline_title, self.outline_level = key, outline_title, level
        self.outline_closed, self.running_title, self.opening = closed, running_title, opening
        self.draft = draft
        return self

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if parts and self.anchor_key and isinstance(parts[0], AnchoredParagraph):
            parts[0].configure(self.anchor_key, self.outline_title, self.outline_level,
                               self.outline_closed, self.running_title, self.opening, self.draft)
        return parts

    def draw(self) -> None:
        canvas = self.canv
        if self.anchor_key and isinstance(canvas, DecoratedCanvas):
            top = canvas.absolutePosition(0, self.height + 8)[1]
            canvas.anchor(self.anchor_key, self.outline_title, self.outline_level, top, self.outline_closed)
            if self.running_title is not None:
                canvas.running_title = self.running_title
                canvas.running_draft = self.draft
            if self.opening:
                canvas.opening = True
        super().draw()


class RuledParagraph(Paragraph):
    """A paragraph with a thin vertical rule in its left indent, kept when it splits across pages."""

    rule_color: Color = RULE
    rule_width: float = 1.6
    rule_x: float = 2.0

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.rule_color)
        canvas.setLineWidth(self.rule_width)
        canvas.line(self.rule_x, 1, self.rule_x, self.height - 1)
        canvas.restoreState()
        super().draw()


class CoverMark(Flowable):
    """Zero-size marker: the page it lands on is the cover (no header or footer)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        if isinstance(self.canv, DecoratedCanvas):
            self.canv.cover = True


class TocEntry(Flowable):
    """One contents line: the date on one line, the title wrapped beside it, and the page the briefing
    starts on (linked); the date and the page number sit on the title's first baseline."""

    def __init__(self, key: str, date: str, title: Paragraph, fonts: FontChooser, font: str, size: float,
                 date_size: float, date_width: float = 68, number_width: float = 34) -> None:
        super().__init__()
        self.key, self.date, self.title, self.fonts = key, date, title, fonts
        self.font, self.size, self.date_size = font, size, date_size
        self.date_width, self.number_width = date_width, number_width
        self.padding = 4.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        title_width = availWidth - self.date_width - self.number_width
        _, title_height = self.title.wrap(title_width, availHeight)
        self.height = max(title_height, self.title.style.leading) + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self.padding
        self.title.drawOn(canvas, self.date_width, top - self.title.height)
        baseline = top - self.title.style.fontSize
        canvas.saveState()
        canvas.setFillColor(MUTED)
        self.fonts.draw(canvas, 0, baseline, self.date, self.font, self.date_size)
        canvas.restoreState()
        if isinstance(canvas, DecoratedCanvas):
            x, y = canvas.absolutePosition(self.width, baseline)
            canvas.page_ref(self.key, x, y, self.font, self.size, MUTED)
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.35)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
