"""Extraction of people, statements, commitments, dates and event facts from invented articles."""

from __future__ import annotations

from briefing.core import briefing_to_dict, validate
from briefing.extract import extract

from .articles import DAIRY_TIES, FORUM, PHONE_CALL, RIVER_PACT, TRADE_VISIT
from .lookup import people_by_name, pledge, said


def test_offsets_and_verbatim_text() -> None:
    for text in (RIVER_PACT, TRADE_VISIT, PHONE_CALL, FORUM):
        b = extract(text)
        assert b.source.text == text
        for item in [*b.statements, *b.commitments]:
            assert text[item.start:item.end] == item.text
        validate(briefing_to_dict(b))


def test_people_titles_and_credits() -> None:
    b = extract(RIVER_PACT, published="2025-06-04")
    people = people_by_name(b)
    assert set(people) == {"Tomas Feldberg", "Anita Ruokola", "Samuel Okafor"}
    assert people["Tomas Feldberg"].title == "mayor of Lakeshire"
    assert people["Samuel Okafor"].title == "director of the Verano River Authority"
    assert "Feldberg" in people["Tomas Feldberg"].aliases
    assert "Ellen Marsh" in (b.source.credit or "") and "Lena Brandt" in (b.source.credit or "")
    assert all(not p.name.startswith(("Ellen", "Lena")) for p in b.participants)
    assert all(p.spoke == any(s.speaker == p.name for s in b.statements) for p in b.participants)


def test_statements_quotes_pronouns_and_according_to() -> None:
    b = extract(RIVER_PACT)
    assert said(b, '"Our growers') == "Tomas Feldberg"
    assert said(b, "Today they finally") == "Tomas Feldberg"
    assert said(b, "She said the city") == "Anita Ruokola"
    assert said(b, "According to Dr.") == "Samuel Okafor"
    assert said(b, '"The paperwork') == "Tomas Feldberg"
    first = next(s for s in b.statements if s.text.startswith('"Our growers'))
    assert first.kind == "direct" and first.continuation
    assert said(b, "The two mayors") is None
    assert said(b, "PORT VERANO") is None


def test_numbered_proposals_continue_the_speaker() -> None:
    b = extract(TRADE_VISIT)
    assert said(b, "The minister welcomed") == "Rashid Al-Amri"
    third = next(s for s in b.statements if s.text.startswith("Third,"))
    assert third.speaker == "Rashid Al-Amri" and third.continuation
    assert pledge(b, "Second, open") == ("both sides", "proposal")
    assert said(b, "Per Arne Dahl") == "Per Arne Dahl"
    assert said(b, "She said Nordvik") == "Kari Solheim"
    assert b.source.credit == "(Xinhua)"


def test_commitments_firmness_and_exclusions() -> None:
    b = extract(TRADE_VISIT)
    assert pledge(b, "The two sides agreed") == ("both sides", "firm")
    assert pledge(b, "Dahl said the council should")[1] == "proposal"
    assert pledge(b, "The delegation is expected") is None
    c = extract(PHONE_CALL, published="2024-06-12")
    actor, firmness = pledge(c, "Lavalle said Ardenne will")
    assert actor.startswith("Ardenne") and firmness == "firm"
    assert pledge(c, "She hoped") == ("both sides", "hope")
    assert pledge(c, "For his part")[1] == "proposal"
    assert pledge(c, "The agreement on mutual assistance") is None
    f = extract(FORUM)
    assert pledge(f, "A barrier that is built alone") is None
    assert pledge(f, "Organisers said")[1] == "firm"


def test_people_only_mentioned_did_not_attend() -> None:
    text = ("Lumen and Ostra hold talks\n\nOn behalf of Governor Ada Kwan, Vice Governor Piet Lorenz welcomed "
            "the guests from Ostra, led by Mayor Ruth Idowu, at the town hall.\n\nLorenz said Lumen will open a "
            "trade office. Idowu conveyed the greetings of Ostra Council Chair Bram Osei.")
    people = people_by_name(extract(text))
    assert not people["Ada Kwan"].attended and not people["Ada Kwan"].spoke
    assert not people["Bram Osei"].attended
    assert people["Piet Lorenz"].attended and people["Piet Lorenz"].spoke
    assert people["Ruth Idowu"].attended


def test_dates() -> None:
    assert extract(PHONE_CALL, published="2024-06-12").event_date == "2024-06-07"
    assert extract(RIVER_PACT, published="2025-06-04").event_date == "2025-06-03"
    assert extract(FORUM).event_date == "2024-05-14"
    text = "Talks\n\nOn Wednesday (23), the mayor met the visitors."
    assert extract(text, published="2023-08-24").event_date == "2023-08-23"
    guessed = extract("Talks in 2023\n\nOn May 13, the two governors met.")
    assert guessed.event_date == "2023-05-13" and "date-year-guessed" in guessed.tags
    unknown = extract("Talks\n\nOn May 13, the two governors met.")
    assert unknown.event_date is None and unknown.tags == ["date-year-missing"]
    assert extract("Talks\n\nThe seminar was held earlier this month.").event_date is None


def test_event_facts() -> None:
    b = extract(PHONE_CALL)
    assert b.title == "Governors of Ardenne and Kestral discuss wildfire season by phone"
    assert b.event_kind == "phone call"
    assert extract(FORUM).event_kind == "forum"
    assert "Selmark" in extract(FORUM).places
    assert "Verano City Hall" in extract(RIVER_PACT).places
    assert b.summary and b.summary.startswith("Governor of Ardenne")


def test_empty_and_odd_inputs() -> None:
    for text in ("", "   \n\n  ", '"""', "\x00\x01", "A", "Mr. X said."):
        b = extract(text)
        assert b.source.text == text
        assert b.title
        validate(briefing_to_dict(b))


def test_name_particles_and_reported_subjects() -> None:
    b = extract(DAIRY_TIES, published="2024-09-13")
    people = people_by_name(b)
    assert "Maarten van der Berg" in people and "Van der Berg" not in people
    assert "Serra Alta" not in people
    assert not people["Elise Vonk"].attended
    assert said(b, "Van der Berg told") == "Maarten van der Berg"
    assert said(b, "Together we can") == "Maarten van der Berg"
    assert said(b, '"It is a place') == "Henk Dijkstra"
    assert b.event_date == "2024-09-12"
