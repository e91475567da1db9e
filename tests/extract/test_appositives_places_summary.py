"""Titles in lists of appositives and places that are venues not bodies (the summary: test_summary.py).

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.event import places

from .lookup import people_by_name

HEAD = "Mayors meet on river works\n\n"
TAIL = "\n\nVelde said the league will dredge the river next spring."


def _titles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.organization) for p in extract(text).participants}


@pytest.mark.parametrize("ending", [
    "and other delegates held talks on river dredging.",
    "were present at the signing.",
    "attended the meeting in Karsbrook.",
    "and several business leaders met in Karsbrook.",
])
def test_each_name_in_an_appositive_list_keeps_its_own_title(ending: str) -> None:
    text = (HEAD + "Ortwin Velde, mayor of Karsbrook and head of the Tellan Valley League, together with "
            "Mirela Osk, deputy minister at the Ministry of Water and Coastal Affairs, Dario Penn, district "
            "councillor of Lower Fenmark " + ending + TAIL)
    people = _titles(text)
    assert people["Ortwin Velde"][0] == "mayor of Karsbrook and head of the Tellan Valley League"
    assert people["Mirela Osk"] == ("deputy minister at the Ministry of Water and Coastal Affairs",
                                    "Ministry of Water and Coastal Affairs")
    assert people["Dario Penn"] == ("district councillor of Lower Fenmark", "Lower Fenmark")


def test_appositive_list_with_a_closing_and() -> None:
    text = (HEAD + "Ortwin Velde, mayor of Karsbrook, Mirela Osk, deputy minister at the Ministry of Water, and "
            "Dario Penn, district councillor of Lower Fenmark, were present at the signing." + TAIL)
    people = _titles(text)
    assert people["Mirela Osk"][0] == "deputy minister at the Ministry of Water"
    assert people["Dario Penn"][0] == "district councillor of Lower Fenmark"


def test_titles_in_attendee_lists_portfolios_and_relative_clauses() -> None:
    text = ("Harbour towns renew partnership\n\n"
            "Councillors from Karsbrook and Vellmo met on Monday to renew their harbour partnership.\n\n"
            "The meeting was set up by the Karsbrook-Vellmo Harbour Forum, whose chairwoman, Ilse Marrow, also "
            "took part.\n\n"
            "Mayor Ortwin Velde held talks with Pavel Strand, Vellmo's minister of ports, fisheries and "
            "tourism, at the harbour office.\n\n"
            "According to deputy prefect Tamsin Holt, the town will repaint the piers.\n\n"
            "The talks were also attended by Jonas Brik, Joint Secretary (Harbours), and by the county's chief "
            "officer for ferries, Nadia Quell.\n\n"
            "Attendees\n\n"
            "Karsbrook: Mayor Ortwin Velde; Lena Voss, Director General, Harbour Works Department; Piet Arn, "
            "Head, Municipal Ferry Office\n")
    people = _titles(text)
    assert people["Ilse Marrow"][0] == "chairwoman of the Karsbrook-Vellmo Harbour Forum"
    assert people["Pavel Strand"][0] == "Vellmo's minister of ports, fisheries and tourism"
    assert people["Tamsin Holt"][0] == "deputy prefect"
    assert people["Jonas Brik"][0] == "Joint Secretary (Harbours)"
    assert people["Nadia Quell"][0] == "county's chief officer for ferries"
    assert people["Lena Voss"][0] == "Director General, Harbour Works Department"
    assert people["Piet Arn"][0] == "Head, Municipal Ferry Office"


def test_fuller_title_before_an_honourable_and_ranks_before_a_name() -> None:
    text = ("Ports pact signed\n\n"
            "Vellmo – The Minister for Ports and Canals, the Honourable Rasmus Teel, and State Secretary for "
            "Canals Dr. Hedda Brun signed a ports pact on Friday.\n\n"
            "The Regional Council's Harbour Commissioner Ivo Lark said the council will fund two cranes.")
    people = _titles(text)
    assert people["Rasmus Teel"][0] == "Minister for Ports and Canals"
    assert people["Hedda Brun"][0] == "State Secretary for Canals"
    assert people["Ivo Lark"][0] == "Harbour Commissioner"


def test_a_title_held_as_another_persons_post_is_not_the_next_names_title() -> None:
    text = ("Governor meets the departing consul\n\n"
            "Before Dag Rune's departure from her post as Consul General in Vellmo, Governor Ortwin Velde "
            "thanked her for her work.\n\nVelde said Karsbrook will keep working with the consulate.\n\n"
            "Rune praised the Governor's team.")
    people = {p.name: p for p in extract(text).participants}
    assert people["Ortwin Velde"].title == "Governor"
    assert "the Governor" in people["Ortwin Velde"].aliases  # named so, without the possessive
    assert not any(alias.endswith(("'s", "’s")) for alias in people["Ortwin Velde"].aliases)


def test_bodies_are_not_places_but_their_buildings_are() -> None:
    assert places("Ministers met at the Ministry of Water and Coastal Affairs on Monday.", []) == []
    assert places("The talks took place at the Ministry of Water headquarters in Karsbrook.", []) == [
        "Ministry of Water headquarters", "Karsbrook"]
    assert places("The Harbour Committee met in Vellmo on Monday.", []) == ["Vellmo"]


def test_a_country_and_the_next_clauses_country_are_no_place() -> None:
    assert places("He said that in the United Kingdom Norway had a great friend, in Karsbrook.", []) == ["Karsbrook"]


def test_an_event_named_with_and_is_not_a_place() -> None:
    assert places("Two mayors met at the Karsbrook-Vellmo Ferry and River Trade Week held in Vellmo.", []) == [
        "Vellmo"]
    assert places("They spoke at the Tellan Valley and Lower Fenmark Harbour Forum on Monday.", []) == []


def test_an_event_named_in_the_headline_is_no_party_but_its_joined_sides_are() -> None:
    text = ("12th Karsbrook-Vellmo Joint Ferry Meeting a success\n\n"
            "Mayor Ortwin Velde of Karsbrook met Vellmo mayor Dag Rune at the 12th joint meeting on Monday.\n\n"
            "Velde said Karsbrook will add a second ferry.")
    assert extract(text).parties[:2] == ["Karsbrook", "Vellmo"]
    text = text.replace("Karsbrook-Vellmo Joint Ferry Meeting", "Tellan Valley Ferry Forum")
    assert "Tellan Valley Ferry Forum" not in extract(text).parties


def test_a_title_case_headline_phrase_the_body_never_names_is_no_party() -> None:
    text = ("Karsbrook, Vellmo Make Ferry Arrangements\n\n"
            "Mayor Ortwin Velde of Karsbrook met Vellmo mayor Dag Rune on Monday.\n\n"
            "Velde said Karsbrook will add a second ferry to Vellmo.")
    parties = extract(text).parties
    assert "Karsbrook" in parties and not any("Arrangements" in party for party in parties)


def test_country_in_a_two_sided_headline_goes_with_the_second_side() -> None:
    text = ("Karsbrook, Norway's Vellmo agree on ferry links\n\n"
            "Mayor of Karsbrook Ortwin Velde held talks with Vellmo mayor Dag Rune on Monday.\n\n"
            "Velde said Karsbrook will add a second ferry.")
    people = {p.name: p for p in extract(text).participants}
    assert people["Ortwin Velde"].country != "Norway"


def test_a_country_that_owns_the_venue_is_no_place() -> None:
    text = ("Twin-city memorandum signed\n\n"
            "The memorandum between Karsbrook and Vellmo was concluded in Norway's capital city on Monday. "
            "Mayor Ivo Lark and Mayor Dana Roe signed it at the City Hall.")
    places = extract(text).places
    assert "Norway's" not in places and "Norway’s" not in places and "City Hall" in places


def test_a_dateline_with_the_agency_after_a_stop_and_a_place_name_with_particles() -> None:
    text = ("Governor of Rio Grande do Sul meets the Norland ambassador\n\n"
            "KARSBROOK. KAZINFORM - Governor Ivo Lark of Rio Grande do Sul met Norland's Ambassador Dana Roe in "
            "Karsbrook. “As Rio Grande do Sul will be hosting the next fair next year, we need to plan,” Lark said.")
    briefing = extract(text, published="2024-03-01")
    assert briefing.places[0] == "Karsbrook" and not any("Kazinform" in p for p in briefing.places)
    assert "Rio Grande do Sul" in briefing.parties and "Sul" not in briefing.parties
    assert not any(c.actor.startswith("As ") for c in briefing.commitments)


def test_the_summary_never_repeats_the_lead_with_its_dateline() -> None:
    text = ("Governors sign trade plan\n\n"
            "KARSBROOK, March 3 (Agency) -- The governors of Karsbrook and Velmia, Ivo Lark and Dana Roe, met on "
            "Monday and agreed to open a joint trade office next year.\n\n"
            "Roe said Velmia will send a business delegation to Karsbrook in May.")
    summary = extract(text, published="2025-03-04").summary or ""
    assert "KARSBROOK" not in summary and summary.count("agreed to open a joint trade office") == 1


def test_a_weekday_after_a_place_is_no_part_of_it() -> None:
    assert places("Foreign Minister Ivo Lark met in Karsbrook Monday with Ambassador Dana Roe.", []) == ["Karsbrook"]


def test_a_place_with_a_lower_case_particle_is_one_place_and_one_side() -> None:
    text = ("Talks in Dar es Salaam\n\n"
            "DAR ES SALAAM, March 18 — Prime Minister Ivo Lark of Norway met President Dana Roe of Tanzania in "
            "Dar es Salaam on Tuesday.\n\nLark said Dar es Salaam will host the next round of talks in June.")
    briefing = extract(text)
    assert briefing.places == ["Dar es Salaam"]
    assert [c.actor for c in briefing.commitments] == ["Dar es Salaam"]


def test_a_documents_name_in_the_headline_names_no_side() -> None:
    text = ("Karsbrook and Vellmo sign three Memoranda of Understanding\n\n"
            "Karsbrook, 10 February 2017 – Karsbrook and Vellmo have signed a Memorandum of Understanding on "
            "tourism. The Memorandum of Understanding was signed by Mayor Ivo Lark of Karsbrook and Mayor "
            "Dana Roe of Vellmo.")
    assert "Understanding" not in extract(text).parties


@pytest.mark.parametrize(("headline", "first_line", "expected"), [
    ("Rwanda, Mozambique sign five agreements", "Rwanda and Mozambique signed five agreements on Monday.",
     {"Mozambique", "Rwanda"}),
    ("S. Korean, British FMs hold talks", "The foreign ministers of South Korea and Britain met on Monday.",
     {"Mozambique", "South Korea"}),
    ("E Kazakhstan Governor, Mozambique envoy mull ties", "The governor of East Kazakhstan met the envoy.",
     {"Mozambique"}),
])
def test_the_countries_a_headline_opens_with_are_its_sides(headline: str, first_line: str,
                                                              expected: set[str]) -> None:
    text = (f"{headline}\n\nKARSBROOK, 10 February 2017 – {first_line} The agreements were signed by Minister of "
            "Agriculture of Mozambique Ivo Lark and by Minister of Tourism Dana Roe.")
    assert set(extract(text).parties) == expected


def test_a_persons_office_is_no_place() -> None:
    text = ("Talks in Karsbrook\n\nOn Monday, a meeting took place at the office of Karsbrook Chief Minister Eva "
            "Stone, where Ambassador Ivo Lark spoke.")
    assert extract(text).places == []


def test_a_part_of_the_world_in_the_headline_is_no_side() -> None:
    text = ("Lark, Vellmo envoy Roe discuss Indo-Pacific, trade\n\nForeign Minister Ivo Lark held talks with Vellmo "
            "envoy Dana Roe on the Indo-Pacific. The Indo-Pacific was their main topic.")
    assert "Indo-Pacific" not in extract(text).parties


def test_a_document_named_after_in_is_no_place() -> None:
    lead = ("KARSBROOK, March 3 — Minister Ivo Lark said in Karsbrook that the roadmap adopted in the Joint "
            "Declaration of April 7, 2022 has largely been implemented.")
    assert places(lead, []) == ["Karsbrook"]


def test_a_city_named_after_its_description_is_the_place() -> None:
    lead = "The ministers will meet on Monday in the Chilean city of Vellmo to review the agenda."
    assert places(lead, []) == ["Vellmo"]


def test_a_place_written_with_initials_keeps_them() -> None:
    assert places("The minister met officials in Karsbrook D.C. on Monday.", []) == ["Karsbrook D.C."]
    assert places("They met at the U.N. headquarters in Vellmo.", []) == ["U.N. headquarters", "Vellmo"]


def test_a_building_after_a_title_is_no_one() -> None:
    text = ("Consul calls on Governor\n\nKARSBROOK — Consul General Ivo Lark called on Norland Governor Dana Roe at "
            "the Governor House on Monday.")
    assert set(people_by_name(extract(text))) == {"Ivo Lark", "Dana Roe"}


def test_a_region_after_a_place_and_a_comma_is_no_one() -> None:
    text = ("Mayors visit Karsbrook\n\nKARSBROOK — Tor Velde, head of the Heartland Mayors Delegation, and mayor of "
            "Carmel, Indiana, said that mayors would work together.")
    assert set(people_by_name(extract(text))) == {"Tor Velde"}


def test_a_news_agency_after_a_name_is_the_reports_source() -> None:
    text = ("PMs meet\n\nKARSBROOK — The memorandums were signed after a meeting between Prime Minister Ivo Lark and "
            "his visiting Chilean counterpart Dana Roe, Norland's official Wire news agency said.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Dana Roe"}
    assert people["Dana Roe"].country == "Chile"
    assert "agency" not in (people["Dana Roe"].title or "")


def test_a_lone_venue_word_is_no_place() -> None:
    text = ("PM meets envoy\n\nKARSBROOK — The meeting between Prime Minister Ivo Lark and Ambassador Dana Roe took "
            "place at the Office of the Prime Minister on Sunday.")
    assert "Office" not in extract(text).places


def test_attached_and_a_household_in_titles_name_no_one() -> None:
    text = ("Envoy presents credentials\n\nKARSBROOK — Ambassador Ivo Lark presented his credentials to President "
            "Dana Roe, in the presence of the Commander of the President's Military Household. Tor Velde, Delegate "
            "Minister Attached to the Prime Minister, told reporters about the meeting.")
    assert set(people_by_name(extract(text))) == {"Ivo Lark", "Dana Roe", "Tor Velde"}


def test_commodity_exchanges_in_a_bodys_name_name_no_one() -> None:
    text = ("Minister meets business\n\nKARSBROOK — Minister Ivo Lark met a delegation headed by the President of the "
            "Union of Chambers and Commodity Exchanges of Norway Dana Roe.")
    assert set(people_by_name(extract(text))) == {"Ivo Lark", "Dana Roe"}


def test_the_royal_court_is_a_body_no_person_and_no_side() -> None:
    text = ("President sends letter to Sultan\n\nKARSBROOK — The message was received by Ivo Lark, Minister of the "
            "Diwan of the Royal Court, during a meeting with Dana Roe, the Ambassador of Norway to Oman.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert set(people) == {"Ivo Lark", "Dana Roe"}
    assert people["Ivo Lark"].organization == "Royal Court"
    assert not any("Royal" in party for party in briefing.parties)


def test_a_building_after_a_title_word_is_no_person_but_a_surname_is() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 3 -- President Ivo Lark welcomed a delegation from Vellmo on Tuesday, stressing the "
            "need for cooperation, an Executive Mansion release said.\n\nSenator Hall also met the delegation.")
    people = people_by_name(extract(text))
    assert "Mansion" not in people
    assert people["Hall"].title == "Senator"
