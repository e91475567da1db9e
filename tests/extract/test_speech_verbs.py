"""Speech verbs kept as data (resources/lexicon/en/speech_verbs.txt): each one listed here makes a statement."""

from __future__ import annotations

import pytest

from briefing.extract import extract

from .lookup import said

HEAD = ("Alba and Borin discuss cooperation\n\n"
        "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n")


@pytest.mark.parametrize("line", [
    "Vale welcomed the visit of the governor and her delegation.",
    "Vale noted that the river port had doubled its traffic.",
    "Vale thanked the governor for the warm reception in Alba.",
    "Vale applauded the province for its work on clean water.",
    "Vale stressed that the old bridge needed repair.",
    "Vale pointed out that the two towns share a market.",
])
def test_speech_verb_makes_a_statement(line: str) -> None:
    briefing = extract(HEAD + line + "\n", published="2025-03-05")
    assert said(briefing, line[:20]) == "Oren Vale"


def test_unquoted_first_person_continuation_is_direct() -> None:
    text = HEAD + ("Vale said the two towns share a long history. We shall open a joint museum for both towns.\n")
    briefing = extract(text, published="2025-03-05")
    follow = next(s for s in briefing.statements if s.text.startswith("We shall"))
    assert (follow.speaker, follow.kind, follow.continuation) == ("Oren Vale", "direct", True)
