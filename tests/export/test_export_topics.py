"""Review markers stay out of the printed and Markdown topics; the JSON keeps every tag."""

from __future__ import annotations

import copy
import datetime
import json
import re

import pytest

from briefing.core import DRAFT, YEAR_GUESSED, Briefing, load_file
from briefing.core.review import YEAR_MISSING
from briefing.export import export_json, export_markdown, export_pdf, markdown_text


@pytest.fixture
def guessed(sample: Briefing) -> Briefing:
    """The sample as an extracted draft whose year was guessed, with one real topic."""
    briefing = copy.deepcopy(sample)
    briefing.tags = ["automotive cooperation", YEAR_GUESSED]
    return briefing


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_pdf_prints_the_topic_but_not_the_marker(guessed, read_pdf, tmp_path) -> None:
    path = export_pdf([guessed], tmp_path / "guessed.pdf", export_date=datetime.date(2024, 5, 1))
    _, pages = read_pdf(path)
    text = _flat(" ".join(pages))
    assert "TOPICS" in text and "automotive cooperation" in text
    assert "date-year-guessed" not in text and "year-guessed" not in text.replace(" ", "")


def test_a_pdf_with_only_the_marker_has_no_topics_row(guessed, read_pdf, tmp_path) -> None:
    guessed.tags = [YEAR_GUESSED]
    _, pages = read_pdf(export_pdf([guessed], tmp_path / "only.pdf"))
    text = _flat(" ".join(pages))
    assert "TOPICS" not in text and "guessed" not in text


def test_a_book_leaves_the_marker_out_of_every_briefing(guessed, cjk_briefing, read_pdf, tmp_path) -> None:
    cjk_briefing.tags = [YEAR_GUESSED, "electric vehicles"]
    _, pages = read_pdf(export_pdf([guessed, cjk_briefing], tmp_path / "book.pdf"))
    text = _flat(" ".join(pages))
    assert "electric vehicles" in text and "automotive cooperation" in text
    assert "year-guessed" not in text.replace(" ", "")


def test_markdown_lists_the_topic_but_not_the_marker(guessed, tmp_path) -> None:
    text = export_markdown([guessed], tmp_path / "guessed.md").read_text(encoding="utf-8")
    assert "- **Topics:** automotive cooperation\n" in text
    assert "year-guessed" not in text and "year\\-guessed" not in text
    guessed.tags = [YEAR_GUESSED]
    assert "Topics" not in markdown_text(guessed)


def test_json_keeps_the_marker_for_interchange(guessed, tmp_path) -> None:
    path = export_json([guessed], tmp_path / "guessed.json")
    assert json.loads(path.read_text(encoding="utf-8"))["tags"] == ["automotive cooperation", YEAR_GUESSED]
    assert load_file(path)[0] == guessed


def test_a_draft_prints_as_a_draft_on_every_page_and_a_tag_draft_is_a_topic(guessed, read_pdf, tmp_path) -> None:
    guessed.tags = ["ports", DRAFT]  # a user's own tag "draft" is a topic like any other
    guessed.review = "draft"
    _, pages = read_pdf(export_pdf([guessed], tmp_path / "draft.pdf"))
    assert len(pages) > 1 and all("DRAFT \u2014 not reviewed" in _flat(page) for page in pages)
    assert "ports" in _flat(pages[0]) and re.search(r"TOPICS.*ports.*draft", _flat(pages[0]), re.S)
    guessed.review = "reviewed"
    _, pages = read_pdf(export_pdf([guessed], tmp_path / "reviewed.pdf"))
    assert not any("not reviewed" in page for page in pages)


def test_a_books_cover_and_contents_say_which_entries_are_drafts(guessed, sample, read_pdf, tmp_path) -> None:
    guessed.review = "draft"
    _, pages = read_pdf(export_pdf([guessed, sample], tmp_path / "book.pdf"))
    assert "1 of 2 is a draft, not yet reviewed" in _flat(pages[0])
    contents = _flat(pages[1])
    assert contents.count("[DRAFT]") == 1


def test_a_guessed_year_is_printed_as_not_confirmed(guessed, sample, read_pdf, tmp_path) -> None:
    _, pages = read_pdf(export_pdf([guessed], tmp_path / "guessed.pdf"))
    assert "(year not confirmed)" in _flat(" ".join(pages))
    assert "(year not confirmed)" in markdown_text([guessed])
    _, pages = read_pdf(export_pdf([sample], tmp_path / "sure.pdf"))
    assert "not confirmed" not in _flat(" ".join(pages)) and "not confirmed" not in markdown_text([sample])


def test_a_briefing_without_a_date_says_so_on_paper(sample, read_pdf, tmp_path) -> None:
    undated = copy.deepcopy(sample)
    undated.event_date = None
    _, pages = read_pdf(export_pdf([undated], tmp_path / "undated.pdf"))
    assert "DATE Not given" in _flat(pages[0])
    assert "- **Date:** Not given" in markdown_text([undated])
    undated.tags = [YEAR_MISSING]  # extraction found the day but no year
    _, pages = read_pdf(export_pdf([undated], tmp_path / "no-year.pdf"))
    assert "DATE Not set: the article gives the day but not the year" in _flat(pages[0])
    assert "year" not in markdown_text([sample]).split("**Date:**")[1].split("\n")[0]


def test_a_due_date_prints_with_the_articles_phrase(sample, read_pdf, tmp_path) -> None:
    first = sample.commitments[0]
    first.due, first.due_text = "2025-12-31", "by the end of 2025"
    assert first.due_label() == "2025-12-31 (by the end of 2025)"
    _, pages = read_pdf(export_pdf([sample], tmp_path / "due.pdf"))
    assert "by the end of 2025" in _flat(" ".join(pages))
    assert "2025-12-31 (by the end of 2025)" in markdown_text([sample])
    first.due = None
    assert first.due_label() == "by the end of 2025"
