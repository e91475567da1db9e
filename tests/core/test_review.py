"""Review markers: topic tags leave them out, review notes explain them, and nothing loads Qt."""

from __future__ import annotations

import subprocess
import sys

from briefing.core import REVIEW_TAGS, YEAR_GUESSED, review_notes, topic_tags
from briefing.core.review import is_review_tag, review_tags


def test_the_year_marker_keeps_its_stored_name() -> None:
    assert YEAR_GUESSED == "date-year-guessed"
    assert YEAR_GUESSED in REVIEW_TAGS and is_review_tag(YEAR_GUESSED)
    assert not is_review_tag("trade") and is_review_tag("draft")


def test_topic_tags_drop_markers_and_blanks_and_keep_order() -> None:
    tags = ["trade", YEAR_GUESSED, "  ", "automotive", "Date-Year-Guessed"]
    assert topic_tags(tags) == ["trade", "automotive", "Date-Year-Guessed"]
    assert topic_tags([]) == [] and topic_tags(None) == []
    assert topic_tags([YEAR_GUESSED]) == []


def test_review_notes_are_sentences_one_per_marker() -> None:
    assert review_notes(["trade"]) == []
    assert review_notes(None) == []
    notes = review_notes([YEAR_GUESSED, "trade", YEAR_GUESSED])
    assert notes == [REVIEW_TAGS[YEAR_GUESSED]]
    assert "year" in notes[0] and notes[0].endswith(".") and notes[0][0].isupper()
    assert review_tags(["trade", YEAR_GUESSED, YEAR_GUESSED]) == [YEAR_GUESSED]


def test_the_review_module_does_not_load_qt() -> None:
    code = "import sys, briefing.core.review; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr
