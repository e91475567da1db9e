"""Paragraphs of styled runs: the fragments copied without the parser are the ones the parser makes."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph as PlainParagraph

from briefing.export.pdf_canvas import Paragraph
from briefing.export.pdf_fonts import FontChooser
from briefing.export.pdf_runs import Run, markup, runs_paragraph
from briefing.export.pdf_styles import styles

CASES: list[list[Run]] = [
    [("", "The province will build the centre."), ("", "\u00a0"), ("cite", "\u00b63")],
    [("i", "We will open the market."), ("", " "), ("", "He added that exports grew."), ("", "\u00a0"),
     ("cite", "\u00b63\u20134")],
    [("i", "First quote."), ("", " "), ("i", "Second quote.")],
    [("b", "Both sides:"), ("", " Promote cooperation with projects, café and résumé.")],
    [("", "Tom's \"quoted\" words; 50% of 1,000 units.")],
]
FALLBACK: list[list[Run]] = [
    [("", "Fish & chips <b>not bold</b>"), ("cite", "\u00b61")],  # markup characters: parsed
    [("", "吉林省 will build it.")],  # a CJK font: parsed
    [("", "two  spaces")],  # cleaning changes it: parsed
    [("i", ""), ("", " "), ("", "after an empty quotation")],
]


def frags(paragraph: PlainParagraph) -> list[dict]:
    return [dict(vars(frag)) for frag in paragraph.frags]


@pytest.mark.parametrize("runs", CASES + FALLBACK)
@pytest.mark.parametrize("style_name", ["speech", "cell", "outcome"])
def test_runs_make_the_fragments_of_their_markup(runs: list[Run], style_name: str) -> None:
    fonts, style = FontChooser(), getattr(styles(), style_name)
    made = runs_paragraph(runs, style, fonts, bulletText="\u2022")
    parsed = PlainParagraph(markup(runs, fonts), style, bulletText="\u2022")
    assert frags(made) == frags(parsed)
    assert made.style is parsed.style or made.style.name == f"{style.name}-cjk"
    width = 200
    assert made.wrap(width, 1000) == parsed.wrap(width, 1000)


def test_plain_runs_skip_the_parser() -> None:
    fonts, style = FontChooser(), styles().speech
    made = runs_paragraph(CASES[1], style, fonts)
    assert isinstance(made, Paragraph)
    assert made.text == "We will open the market. He added that exports grew.\u00a0\u00b63\u20134"
    assert [frag.text for frag in made.frags] == ["We will open the market.", " He added that exports grew.\u00a0",
                                                   "\u00b63\u20134"]
