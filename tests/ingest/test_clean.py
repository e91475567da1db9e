"""Text cleaning rules, re-flowing, headline guessing and Markdown stripping, unit by unit."""

from __future__ import annotations

import pytest

from briefing.ingest.article import iso_date
from briefing.ingest.clean import guess_title, join_all, join_lines, normalize, reflow, with_headline
from briefing.ingest.markdown import markdown_to_text, strip_inline
from tests.ingest.builders import ARTICLE_ZH, PARAGRAPHS_ZH


def test_normalize_line_endings_trailing_space_and_blank_runs() -> None:
    raw = "\ufeffTitle \r\n\r\n\r\n\r\nOne\t\rTwo  \n\n\n\n\nThree\n\n"
    assert normalize(raw) == "Title\n\nOne\nTwo\n\nThree"


def test_normalize_keeps_quotes_dashes_and_symbols() -> None:
    text = "“Quoted” ‘single’ — dash – en … ellipsis € 50 café 兰山省 ＂full-width＂"
    assert normalize(text) == text


def test_reflow_one_paragraph_per_line_becomes_blank_line_separated() -> None:
    long_line = "x " * 80
    assert reflow(f"Title\n{long_line}\n{long_line}") == f"Title\n\n{long_line.strip()}\n\n{long_line.strip()}"


def test_reflow_keeps_lists_and_short_lines() -> None:
    text = ("Participants in the talks on the new agricultural park were these people:\n"
            "- Wu Mingde\n- Élise Moretti\n\nLanshan\nVal d’Oro\nParma")
    assert reflow(text) == ("Participants in the talks on the new agricultural park were these people:\n\n"
                            "- Wu Mingde\n\n- Élise Moretti\n\nLanshan\n\nVal d’Oro\n\nParma")


def test_reflow_joins_wrapped_cjk_lines_without_spaces() -> None:
    paragraphs = [p * 2 for p in PARAGRAPHS_ZH[:3]]
    wrapped = "\n\n".join("\n".join(p[i:i + 30] for i in range(0, len(p), 30)) for p in paragraphs)
    assert reflow(wrapped) == "\n\n".join(paragraphs)


def test_reflow_keeps_one_paragraph_a_line_chinese_apart() -> None:
    assert reflow(ARTICLE_ZH.replace("\n\n", "\n")) == ARTICLE_ZH


def test_reflow_keeps_short_one_paragraph_a_line_text_apart() -> None:
    text = ("Lanshan delegation visits Val d’Oro region\nWu Mingde arrived in Parma on Monday.\n"
            "He met Élise Moretti at the regional palace.\nPhoto/Li Wei")
    assert reflow(text) == text.replace("\n", "\n\n")


def test_join_lines_dehyphenates_only_when_asked() -> None:
    assert join_lines("coop-", "eration", dehyphenate=True) == "cooperation"
    assert join_lines("coop-", "eration") == "coop-eration"  # plain-text wrappers break at real hyphens
    assert join_lines("Emilia-", "Romagna", dehyphenate=True) == "Emilia-Romagna"  # capital: a real hyphen
    assert join_lines("COVID-", "19", dehyphenate=True) == "COVID-19"
    assert join_lines("yes -", "no") == "yes - no"
    assert join_lines("soft\u00ad", "ware") == "software"


def test_guess_title() -> None:
    assert guess_title("Talks held in Parma\n\nBody text.") == "Talks held in Parma"
    assert guess_title("This is a sentence.\n\nBody text.") is None
    assert guess_title("Only one paragraph") is None
    assert guess_title("- a list item\n\nBody") is None
    # a wire lead cut short by a line break opens with a dateline; a label in capitals is a headline's
    assert guess_title("KARSBROOK, Jan 13 (Wire): The envoy here on Monday called on the Mayor\n\nBody") is None
    assert guess_title("EXCLUSIVE: Mayor meets envoy\n\nBody") == "EXCLUSIVE: Mayor meets envoy"
    # a site's menu, one entry a paragraph, above the headline
    menu = "\n\n".join(["Government", "Services", "Investment", "Tourism", "News", "Contact", "Navigator"])
    assert guess_title(menu + "\n\nMayor visits Vellmo with a delegation\n\nBody.") == \
        "Mayor visits Vellmo with a delegation"


def test_with_headline_does_not_repeat_the_title() -> None:
    assert with_headline("Talks", "Talks\n\nBody") == "Talks\n\nBody"
    assert with_headline("Talks", "Body") == "Talks\n\nBody"
    assert with_headline(None, "Body\n\n\n\nMore") == "Body\n\nMore"


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-04T08:30:00+08:00", "2024-03-04"), ("2024/3/4", "2024-03-04"), ("D:20240304093000Z", "2024-03-04"),
    ("20240304", "2024-03-04"), ("2024-02-30", None), ("March 4, 2024", None), ("", None), (None, None),
])
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(("markdown", "text"), [
    ("**bold** and __strong__", "bold and strong"),
    ("*em* and _em_ but snake_case_name stays", "em and em but snake_case_name stays"),
    ("[Val d’Oro](https://example.org \"title\") region", "Val d’Oro region"),
    ("see [the MOU][mou]", "see the MOU"),
    ("![alt text](img.png)Photo/Li Wei", "Photo/Li Wei"),
    ("`code` ~~gone~~", "code gone"),
    (r"\*not emphasis\* 3 * 4 * 5", "*not emphasis* 3 * 4 * 5"),
    ("<https://example.org/x>", "https://example.org/x"),
    ("a<br/>b <!-- note -->", "ab "),
])
def test_strip_inline(markdown: str, text: str) -> None:
    assert strip_inline(markdown) == text


def test_markdown_blocks() -> None:
    source = ("Talks in Parma\n==============\n\nIntro *text*.\n\n---\n\n```\ncode **kept**\n```\n\n"
              "| a | b |\n|---|---|\n| 1 | 2 |\n\n[mou]: https://example.org/mou\n\n## Second ##\n")
    result = markdown_to_text(source)
    assert result.title == "Talks in Parma"
    assert result.text == "Talks in Parma\n\nIntro text.\n\ncode **kept**\n\n| a | b |\n| 1 | 2 |\n\nSecond"


def test_markdown_front_matter_only_title() -> None:
    result = markdown_to_text("---\ntitle: \"Talks\"\ndate: 2023-06-09\nurl: https://e.org/t\n---\nBody.")
    assert (result.title, result.published, result.url, result.text) == ("Talks", "2023-06-09", "https://e.org/t",
                                                                          "Body.")


JOINS = [["coop-", "eration", "and soft\u00ad", "ware"], ["a ", " ", "b"], ["中", "文", "x-", "1"], ["", "1 ", ""],
         ["one"], ["x -", "y", "z\u00ad", "\u00ad", "w"]]


@pytest.mark.parametrize("lines", JOINS)
@pytest.mark.parametrize("dehyphenate", [False, True])
def test_join_all_joins_as_join_lines_does_pair_by_pair(lines: list[str], dehyphenate: bool) -> None:
    expected = lines[0].rstrip()
    for line in lines[1:]:
        expected = join_lines(expected, line, dehyphenate)
    assert join_all(lines, dehyphenate) == expected


def test_guess_title_skips_the_pages_furniture() -> None:
    page = ("KarsbrookPost.com\nMayor to visit Vellmo in January\n\nJane Roe 6 minutes ago Thu 19th December 2019\n\n"
            "Mayor Ivo Lark will visit Vellmo in January, his office said on Monday.")
    assert guess_title(page) == "Mayor to visit Vellmo in January"
    assert guess_title("Friday, 14 July 2017\n\n“We agreed on ferries,” the mayor said on Monday.") is None
