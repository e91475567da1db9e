"""Property test: extract() never raises and always keeps the text verbatim with valid offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core import briefing_to_dict, validate
from briefing.extract import extract

from .articles import RIVER_PACT

PIECES = st.sampled_from([
    "He said", " she said.", '"', "“", "”", "'", " Mr.", " Dr. ", "\n\n", "\n", "  ", ",", ".", " the governor",
    " will ", " agreed to ", "First, ", "On May 13, ", "last Tuesday", " (", ")", "Photo/", "By ", "\x00", "\t",
    " Governor Ana Lima", ", deputy mayor of Arlo,", " According to ", "U.S.", "\u2028", "–", " 's",
])


def _check(text: str) -> None:
    b = extract(text)
    assert b.source.text == text
    for item in [*b.statements, *b.commitments]:
        assert item.start is not None and item.end is not None
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    names = {p.name for p in b.participants}
    assert all(s.speaker in names for s in b.statements)
    validate(briefing_to_dict(b))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60))
def test_article_like_text(parts: list[str]) -> None:
    _check("".join(parts))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(RIVER_PACT)), st.integers(0, len(RIVER_PACT)), st.text(max_size=20))
def test_mangled_article(a: int, b: int, junk: str) -> None:
    _check(RIVER_PACT[:min(a, b)] + junk + RIVER_PACT[max(a, b):])


def test_huge_whitespace_and_quotes() -> None:
    _check(" " * 200_000)
    _check('"' * 5000)
    _check("\n" * 50_000 + "Mr. A said.")
