"""The extractor's fast paths give exactly what the plain way gives (they exist for speed only)."""

from __future__ import annotations

import re

import pytest

from briefing.extract.commitments import CUE_START_RE, EXCLUDE_RE, excluded_spans
from briefing.extract.due import CORE_RE
from briefing.extract.event import _with_area_noun
from briefing.extract.lexicon import word_start_matches
from briefing.extract.sentences import TOKEN_RE, tokenize

LINES = [
    "Mayor Ada Vell’s office said the Vells' ferry will open.",
    "  Leading spaces,\u00a0a no-break space\tand a tab; “quotes” — dashes… 3.5% U.S. a.m. rock'n'roll ",
    "They will remain valid until 2030, and it shall stay in force if it is to work.",
    "Remain calm: the plan is to visit; he called on them, which he said would help. Should we? Neither.",
    "",
    "James' car, the Joneses’ farm, Xi's and Jones’s; U.S.'s a-b-c- 's ’s s' x'' y.'s Ali's'. 2,5 ab.-cd",
]


@pytest.mark.parametrize("line", LINES)
def test_tokenize_is_the_token_regex(line: str) -> None:
    plain = [(m.start() + 9, m.end() + 9, m.group()) for m in TOKEN_RE.finditer(line)]
    assert [(t.start, t.end, t.text) for t in tokenize(line, 9)] == plain
    assert all(t.base == t.text.removesuffix("'s").removesuffix("’s").rstrip("'’") or not t.possessive
               for t in tokenize(line))


@pytest.mark.parametrize("line", LINES)
def test_excluded_spans_are_the_exclusion_regex(line: str) -> None:
    assert [m.span() for m in excluded_spans(line)] == [m.span() for m in EXCLUDE_RE.finditer(line)]


def test_excluded_spans_find_an_optional_first_word_phrase() -> None:
    assert [m.group() for m in excluded_spans("The permits remain valid.")] == ["remain valid"]


def test_a_headline_name_takes_its_area_noun_from_the_body() -> None:
    body = "Borin Bay is calm. Officials of Borin Prefecture met; Borin Prefectures differ."
    assert _with_area_noun("Borin", body) == "Borin Prefecture"
    assert _with_area_noun("Carra", body) == "Carra"
    assert _with_area_noun("Borin", "Borin Prefectures only.") == "Borin"


def test_the_name_index_matches_as_the_plain_loop() -> None:
    import random

    from briefing.extract.name_index import NameIndex, match_name
    from briefing.extract.person import Person

    rng = random.Random(5)
    words = ["Ana", "An", "Jan", "Ruiz", "Ruizo", "Vell", "Ada", "Lee", "Tom", "Ada-Lee", "Ó", "Osk", "Bram"]
    for _ in range(40):
        people: list[Person] = []
        index = NameIndex(people)
        for _ in range(120):
            tokens = tuple(rng.choice(words) for _ in range(rng.choice((1, 2, 2, 2, 3, 3, 4))))
            plain = match_name(people, tokens, {})
            assert index.match(tokens) is plain, tokens
            if plain is None:
                people.append(Person(" ".join(tokens), tokens, 0))


SCAN_LINES = [*LINES, "We'll go; they’ll sign, it'll open 'll ’ll x ’ll. The Two Sides WILL plan to; In 2025 by May",
              "by the end of 2025, next spring, in early June, within two years, Sept. 3 — 1999 20201 mid-2030"]


@pytest.mark.parametrize("line", SCAN_LINES)
def test_the_lookahead_scans_find_what_the_plain_patterns_find(line: str) -> None:
    cue = CUE_START_RE.pattern
    head, tail = "(?=[\\w'’])(?:\\b", "\\b|['’](?<=\\w['’])ll\\b)"
    assert cue.startswith(head) and cue.endswith(tail)
    plain_cue = re.compile(r"\b" + cue[len(head):-len(tail)] + r"\b|(?<=\w)['’]ll\b")
    assert [m.span() for m in CUE_START_RE.finditer(line)] == [m.span() for m in plain_cue.finditer(line)]
    assert CORE_RE.pattern.startswith("(?=\\w)")
    plain_core = re.compile(CORE_RE.pattern[len("(?=\\w)"):], CORE_RE.flags)
    assert [m.span() for m in CORE_RE.finditer(line)] == [m.span() for m in plain_core.finditer(line)]


def test_every_due_phrase_starts_where_the_start_scan_stands() -> None:
    import random

    from briefing.extract.due import ALL_RULES_RE, START_RE
    from briefing.extract.lexicon import entries

    pool = [word for name in ("due_prepositions", "due_parts", "due_modifiers", "due_relatives", "due_span_openers",
                              "due_periods", "seasons", "months", "numbers")
            for item in entries(name) for word in item.split(":")[0].split()]
    pool += ["the", "of", "end", "within", "a", "an", "2025", "1999", "15", "3rd", "next", "year-end", "mid-2030",
             "will", "open", "Office", ",", "-", "In", "BY", "The"]
    rng = random.Random(11)
    tried = 0
    for _ in range(400):
        line = " ".join(rng.choice(pool) for _ in range(14))
        for word in re.finditer(r"\b(?=\w)", line):
            if ALL_RULES_RE.match(line, word.start()):
                tried += 1
                assert START_RE.match(line, word.start()), (line, word.start())
    assert tried > 200  # the lines hold many due phrases


CUE_LINES = [*SCAN_LINES, "1. Launch a supplier programme by May.", "(b) The sides will meet again.",
             "Governor Roe said the province will expand trade and is ready to host a fair; we'll sign it.",
             "They planned to; the two sides agreed to set up a working group and pledged to invest."]


@pytest.mark.parametrize("line", CUE_LINES)
def test_the_cue_scan_from_the_first_cue_word_finds_every_cue(line: str) -> None:
    from briefing.extract.commitments import _may_commit, find_cues
    from briefing.extract.sentences import Paragraph, split_sentences

    for sent in split_sentences(line, Paragraph(0, len(line), 0, line), 0):
        first = _may_commit(sent)
        if first is not None:
            assert find_cues(sent.text, first) == find_cues(sent.text)


def test_the_cue_lines_hold_cues() -> None:
    from briefing.extract.commitments import find_cues

    assert sum(len(find_cues(line)) for line in CUE_LINES) >= 6


WORD_START_LINES = [
    *LINES,
    "province provinces subprovince Province_x _province 2province ÉProvince Ëprovince. province",
    "Vell said: Dana-Roe stressed, O’Vell added; 9Vell noted; éVell said and Vell said",
]


@pytest.mark.parametrize("line", WORD_START_LINES)
@pytest.mark.parametrize("pattern, flags", [
    (r"province\b", re.I), (r"Province\b", 0), (r"[A-Z][\w’'\-]+ (?:said|stressed|added|noted)\b", 0),
    (r"(?:will|shall|remain|'s|’s)", 0), (r"[\s;:]+\w", 0),
])
def test_word_start_matches_are_those_of_a_leading_word_boundary(line: str, pattern: str, flags: int) -> None:
    plain = re.compile(r"\b" + pattern, flags)
    assert [m.span() for m in word_start_matches(re.compile(pattern, flags), line)] == \
        [m.span() for m in plain.finditer(line)]


def test_the_two_lone_speaker_scans_find_what_one_alternation_of_both_finds() -> None:
    from briefing.extract.lexicon import entries, listed, word_regex
    from briefing.extract.people import LONE_NOT_NAMES, lone_speakers
    both = re.compile(r"\b([A-Z][\w'’\-]+) (?:" + listed("lone_speaker_adverbs") + " )?"
                      + word_regex(entries("lone_speaker_verbs")) + r"\b|[,”\"] "
                      + word_regex(entries("inverted_speech_verbs")) + r" ([A-Z][\w'’\-]+)[.,]")
    text = ("Gary said the port is ready. “We are glad,” said Pruitt. Lark-Vell added that, said Al-Dana, it "
            "was fine,\" said Roe, and O’Vell noted a point; xGary said no. “Yes,” said Kim-Lee.")
    found = lone_speakers(text)
    assert found == {m.group(1) or m.group(2) for m in both.finditer(text)} - LONE_NOT_NAMES
    assert {"Gary", "Pruitt", "Roe"} <= found
