"""Paragraphs of styled runs (plain, bold, italic, a citation), made without reportlab's XML parser."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus.paraparser import ParaParser

from briefing.export.pdf_canvas import _UNCLEAN, Paragraph, copy_fragment
from briefing.export.pdf_fonts import _OUTSIDE_BASE, FontChooser
from briefing.export.pdf_styles import MUTED

Run = tuple[str, str]
"""(kind, text): kind is '' (the style's own font), 'b' (bold), 'i' (italic) or 'cite' (a source
citation in small muted sans-serif); the text is plain, not markup."""

KINDS = ("", "b", "i", "cite")
_OPEN = {"": "", "b": "<b>", "i": "<i>", "cite": f'<font name="Helvetica" size="7" color="#{MUTED.hexval()[2:]}">'}
_CLOSE = {"": "", "b": "</b>", "i": "</i>", "cite": "</font>"}
_MARKUP_CHARS = re.compile("[<>&]")

_TEMPLATES: dict[int, tuple[Any, dict[str, Any] | None]] = {}
"""Per paragraph style (by id, the style kept alive beside it): the fragment reportlab's parser makes of
a text of each kind, to be copied with another text of that kind."""


def markup(runs: Sequence[Run], fonts: FontChooser) -> str:
    """The runs as Paragraph markup: their text escaped (and font-switched where the standard fonts
    lack a character), each kind in its tags."""
    return "".join(f"{_OPEN[kind]}{fonts.markup(text, bold=kind == 'b') if kind != 'cite' else escape(text)}"
                   f"{_CLOSE[kind]}" for kind, text in runs)


def _templates(style: Any) -> dict[str, Any] | None:
    known = _TEMPLATES.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    sample = "".join(f"{_OPEN[kind]}x{_CLOSE[kind]}" for kind in KINDS)
    parsed_style, frags, bullets = ParaParser().parse(sample, style)
    found = None
    if (parsed_style is style and not bullets and frags is not None and len(frags) == len(KINDS)
            and all(frag.text == "x" for frag in frags) and not getattr(style, "textTransform", None)):
        found = dict(zip(KINDS, frags))
    _TEMPLATES[id(style)] = (style, found)
    return found


def _merged(runs: Sequence[Run]) -> list[Run]:
    """Neighbouring runs of one kind joined: the parser reads them as one text."""
    out: list[Run] = []
    for kind, text in runs:
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def runs_paragraph(runs: Sequence[Run], style: Any, fonts: FontChooser, cls: type[Paragraph] = Paragraph,
                   bulletText: str | None = None) -> Paragraph:  # noqa: N803 - reportlab's name
    """A paragraph of `runs` in `style`: the fragments reportlab's parser would make of their markup,
    copied from ones it made once per style, when every run is text the standard fonts print and the
    parser would read as it is (no markup characters, no whitespace that its cleaning would change);
    else the markup, parsed."""
    merged = _merged(runs)
    joined = "".join(text for _, text in merged)
    templates = _templates(style) if style is not None else None
    if (templates is None or not all(text for _, text in runs) or _UNCLEAN.search(joined)
            or _MARKUP_CHARS.search(joined) or _OUTSIDE_BASE.search(joined) or getattr(style, "wordWrap", None)):
        return cls(markup(runs, fonts), style, bulletText=bulletText)
    frags = [copy_fragment(templates[kind], text) for kind, text in merged]
    return cls(joined, style, bulletText=bulletText, frags=frags)
