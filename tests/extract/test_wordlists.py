"""The word lists in resources/lexicon/en: each loads, holds entries, repeats none, and feeds the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.resources import resource_path
from briefing.extract import lexicon

LISTS = sorted(p.stem for p in Path(resource_path("lexicon/en")).glob("*.txt"))


def test_the_lists_are_there() -> None:
    assert {"speech_verbs", "title_heads", "countries", "months", "commitment_cues_firm", "due_parts"} <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_a_list_loads_without_repeats(name: str) -> None:
    items = lexicon.entries(name)
    assert items, name
    assert len(set(items)) == len(items), [i for i in items if items.count(i) > 1]


def test_lexicon_reads_the_lists() -> None:
    assert "governor" in lexicon.TITLE_HEADS and "said" in lexicon.SPEECH_VERBS
    assert lexicon.COUNTRIES["Chilean"] == "Chile" and lexicon.MONTHS["sept"] == 9 and lexicon.WEEKDAYS["thu"] == 3


def test_keyed_and_comment_lines() -> None:
    assert lexicon.keyed("seasons")["spring"] == "5"
    assert all(not e.startswith("#") for e in lexicon.entries("months"))


def test_every_list_is_named_by_a_rule() -> None:
    package = Path(__file__).resolve().parents[2] / "briefing"
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    assert [name for name in LISTS if f'"{name}"' not in code] == []
