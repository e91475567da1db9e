"""JSON and Markdown exports, and the helpers the exporters share."""

from __future__ import annotations

import copy
import json
import re

from briefing.core import Briefing, Statement, load_file
from briefing.export import export_json, export_markdown, markdown_text
from briefing.export.common import SourceIndex, speeches_by_speaker, status_label


def test_json_of_one_briefing_is_an_object_that_loads_back(sample, tmp_path):
    path = export_json([sample], tmp_path / "one.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data["schema"] == "briefing/1"
    assert load_file(path)[0] == sample


def test_json_of_several_briefings_is_a_list(sample, cjk_briefing, tmp_path):
    path = export_json([sample, cjk_briefing], tmp_path / "many.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [item["title"] for item in data] == [sample.title, cjk_briefing.title]
    assert "吉林省长春市" in path.read_text(encoding="utf-8")  # not \u-escaped
    assert load_file(path) == [sample, cjk_briefing]


def test_markdown_of_the_sample(sample, tmp_path):
    path = export_markdown([sample], tmp_path / "sample.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {sample.title}\n")
    for heading in ("## Summary", "## Outcomes", "## Participants", "## Statements", "## Commitments",
                    "## Source", "## Source text"):
        assert f"\n{heading}\n" in text
    for person in sample.participants:
        assert person.name in text
    for statement in sample.statements:
        assert statement.text in text
    assert "| Bayanqolu |" not in text and "**Bayanqolu**" in text
    assert "Mentioned only" in text
    assert "- **Date:** Wednesday, 13 May 2020" in text


def test_markdown_escapes_user_text(trap_briefing):
    trap_briefing.participants[0].title = "a | b"
    text = markdown_text(trap_briefing)
    assert r"\<b\>bold\</b\>" in text
    assert r"a \| b" in text
    assert not re.search(r"(?<!\\)<", text), "every < is escaped"


def test_markdown_book_has_contents(sample, cjk_briefing):
    text = markdown_text([sample, cjk_briefing])
    assert text.startswith("# Briefing book\n")
    assert f"1. {sample.title} (13 May 2020)" in text
    assert f"\n## {sample.title}\n" in text and f"\n## {cjk_briefing.title}\n" in text
    assert "### Participants" in text


def test_speeches_join_continuations_of_the_same_speaker():
    briefing = Briefing(title="t", statements=[
        Statement("A", "one."), Statement("A", "two.", continuation=True), Statement("B", "three."),
        Statement("A", "four.", continuation=True), Statement("A", "five."),
    ])
    grouped = dict(speeches_by_speaker(briefing))
    assert [[s.text for s in speech.statements] for speech in grouped["A"]] == [
        ["one.", "two."], ["four."], ["five."]]
    assert list(grouped) == ["A", "B"]


def test_source_index_cites_paragraphs(sample):
    index = SourceIndex(sample.source.text)
    assert index.paragraphs()[0].startswith("Video conference held")
    assert index.cite(sample.statements[:1]) == "\u00b63"
    assert index.cite(sample.statements[-1:]) == "\u00b64"
    moved = copy.deepcopy(sample.statements[0])
    moved.start = moved.end = None  # found by searching the text instead
    assert index.cite([moved]) == "\u00b63"
    assert index.cite([Statement("x", "not in the article")]) == ""
    assert SourceIndex(None).cite(sample.statements) == ""


def test_labels():
    assert status_label("partly_fulfilled") == "Partly fulfilled"
