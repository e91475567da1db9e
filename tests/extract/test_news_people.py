"""People and their words as unseen real news writes them: family names that are also common words, …

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.core import Briefing, Participant
from briefing.extract import extract


def _people(briefing: Briefing) -> dict[str, Participant]:
    return {p.name: p for p in briefing.participants}


@pytest.mark.parametrize("family", ["He", "Sun"])
def test_a_family_name_that_is_a_common_word_opens_a_name_after_a_title(family: str) -> None:
    text = ("Vice Premier meets a trade delegation\n\n"
            f"Chinese Vice Premier {family} Lanfeng met Norland's Minister of Trade Tom Berg in Beijing on Tuesday.\n\n"
            f"{family} Lanfeng said China is ready to deepen cooperation with Norland in green energy.\n\n"
            "Minister Berg thanked his hosts. He said Norland will send a business delegation next spring.")
    briefing = extract(text)
    people = _people(briefing)
    assert set(people) == {f"{family} Lanfeng", "Tom Berg"}
    assert people[f"{family} Lanfeng"].title == "Chinese Vice Premier"
    speakers = [s.speaker for s in briefing.statements]
    assert speakers == [f"{family} Lanfeng", "Tom Berg", "Tom Berg"]


def test_the_pronoun_he_and_a_sentence_opening_sun_stay_what_they_are() -> None:
    text = ("Mayors meet\n\n"
            "Mayor Ivo Lark met Governor Dana Roe in Karsbrook on Monday. He said the port will open in May.\n\n"
            "Sun Valley farmers joined the talks. Mayor Lark thanked them.")
    briefing = extract(text)
    assert set(_people(briefing)) == {"Ivo Lark", "Dana Roe"}
    assert [s.speaker for s in briefing.statements][:1] == ["Ivo Lark"]


def test_a_rank_word_after_a_title_is_no_ones_name() -> None:
    text = ("Ambassador meets the Governor Lieutenant\n\n"
            "On May 9, Ambassador Ivo Lark met the Honourable Dana Roe, Governor Lieutenant of Karsbrook.\n\n"
            "The Governor Lieutenant welcomed Ambassador Lark and said that Karsbrook will open a trade office.")
    briefing = extract(text)
    assert set(_people(briefing)) == {"Ivo Lark", "Dana Roe"}


@pytest.mark.parametrize("portfolio", ["Defense", "Health", "Interior", "Agriculture"])
def test_a_portfolio_before_a_ministers_title_is_no_organisation(portfolio: str) -> None:
    text = ("Ministers meet\n\n"
            f"Colombian {portfolio} Minister Ivo Lark met Venezuelan Foreign Minister Dana Roe in Bogota on "
            "Wednesday.\n\nLark said the two countries will work together.")
    briefing = extract(text)
    lark = _people(briefing)["Ivo Lark"]
    assert (lark.title, lark.organization, lark.country) == (f"Colombian {portfolio} Minister", None, "Colombia")
    assert f"Colombian {portfolio}" not in briefing.parties
