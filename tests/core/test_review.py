"""Review markers: topic tags leave them out, review notes explain them, and nothing loads Qt."""

from __future__ import annotations

import subprocess
import sys

from briefing.core import REVIEW_TAGS, YEAR_GUESSED, review_notes, topic_tags
from briefing.core.review import is_review_tag, review_tags


def test_the_year_marker_keeps_its_stored_name() -> None:
    assert YEAR_GUESSED == "date-year-guessed"
    assert YEAR_GUESSED in REVIEW_TAGS and is_review_tag(YEAR_GUESSED)
    assert not is_review_tag("trade") and not is_review_tag("draft")  # a user's own tag "draft" is a topic


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


def test_a_draft_is_a_field_and_its_note_comes_first() -> None:
    from briefing.core import Briefing, briefing_from_dict, briefing_notes, briefing_to_dict

    draft = Briefing(title="Ferry talks", review="draft", tags=[YEAR_GUESSED, "draft"])
    notes = briefing_notes(draft)
    assert len(notes) == 2 and notes[0].startswith("A draft") and "year" in notes[1]
    assert briefing_notes(Briefing(title="Checked")) == []
    old = {**briefing_to_dict(Briefing(title="Old export", tags=["draft", "ferry"])), "review": None}
    del old["review"]
    legacy = briefing_from_dict(old)  # written before review was a field: the marker tag meant a draft
    assert legacy.is_draft and legacy.tags == ["ferry"]


def test_fingerprints_know_the_same_article_and_a_near_copy() -> None:
    from briefing.core.fingerprint import nearly_same, normalized, text_key

    assert normalized("Città,  2020!\n") == normalized("citta 2020") == "citta 2020"
    assert text_key("The mayors met.\nThey agreed.") == text_key("the mayors met -- they AGREED")
    assert text_key("") is None and text_key("The mayors met.") != text_key("The mayors left.")
    text = " ".join(f"Sentence number {n} says something new." for n in range(20))
    assert nearly_same(text, text + " One more sentence at the very end.")
    assert not nearly_same(text, " ".join(f"Sentence number {n} says something else." for n in range(20)))
