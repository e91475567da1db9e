"""People as real news writes them: what is not part of a title, whom a title or a name belongs to, and
who was there ('former', 'under the leadership of', a guest's visit).

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.core import Participant
from briefing.extract import extract
from briefing.extract.person_titles import affiliation_of, organization_of
from briefing.extract.sentences import tokenize
from briefing.extract.title_styles import strip_styles
from briefing.extract.titles import scan_title


def _people(text: str) -> dict[str, Participant]:
    return {p.name: p for p in extract(text).participants}


@pytest.mark.parametrize(("title", "plain"), [
    ("new consul general to Karsbrook on the morning of March 3", "new consul general to Karsbrook"),
    ("mayor of Vellmo on Tuesday", "mayor of Vellmo"),
    ("Member of the Karsbrook City Council and", "Member of the Karsbrook City Council"),
    ("Minister of", "Minister"),
    ("Mr", None),
    ("Ms.", None),
    ("Dr", "Dr"),  # an academic style says something of the person: kept
    ("Minister for Ports on Ferries", "Minister for Ports on Ferries"),  # 'on' that names no day stays
])
def test_a_title_loses_what_is_not_part_of_it(title: str, plain: str | None) -> None:
    assert strip_styles(title) == plain


def test_a_bodys_acronym_in_brackets_is_not_part_of_its_name() -> None:
    assert organization_of("President of the Karsbrook Chamber of Commerce and Industry (KCCI)") == (
        "Karsbrook Chamber of Commerce and Industry")


def test_a_delegations_side_named_with_of_is_taken_whole() -> None:
    sentence = ("Governor Ortwin Velde met a delegation from the consulate general of the Ministry of Ports in "
                "Karsbrook headed by Dag Rune.")
    assert affiliation_of(sentence, sentence.index("Dag Rune")) == "Ministry of Ports"


def test_the_day_a_title_was_written_names_no_body() -> None:
    text = ("Velde meets the new consul\n\n"
            "Governor Ortwin Velde met Dag Rune, the newly appointed consul general to Karsbrook on the morning "
            "of March 3.\n\nVelde said Karsbrook will open a ferry office.")
    people = _people(text)
    assert people["Dag Rune"].title == "newly appointed consul general to Karsbrook"
    assert people["Dag Rune"].organization != "March"


def test_a_title_anothers_name_follows_is_no_mention_of_a_known_person() -> None:
    text = ("Velde meets the consul\n\n"
            "Governor Ortwin Velde met Consul General Dag Rune in Karsbrook on Monday.\n\n"
            "The Governor thanked Rune for the message from President Mira Tolsen and praised the "
            "leadership of Governor Ansel Brek.\n\n"
            "Rune said the new Vellmo Trade Minister, Mr. Ivo Lark, will visit Karsbrook in May.")
    people = _people(text)
    forms = [alias for p in people.values() for alias in p.aliases]
    assert "the Governor" in people["Ortwin Velde"].aliases
    assert not any("message" in form or "leadership" in form for form in forms)
    assert "the new Vellmo Trade Minister" not in people["Ortwin Velde"].aliases


def test_a_portfolio_ending_in_works_is_the_titles_not_the_names() -> None:
    text = ("Velde meets ministers\n\nGovernor Ortwin Velde met Minister for Public Works Dag Rune in "
            "Karsbrook.\n\nVelde said Karsbrook will build a bridge.")
    people = {p.name: p.title for p in extract(text).participants}
    assert people["Dag Rune"] == "Minister for Public Works"


def test_a_royal_style_a_portfolio_and_a_hyphened_title_name_no_side() -> None:
    text = ("Minister-President of Vellmo visits Karsbrook\n\n"
            "Governor Ortwin Velde met His Royal Highness Prince Ansel Brek and Export Minister Dag Rune "
            "of Vellmo in Karsbrook on Monday.\n\nVelde said Karsbrook will open a ferry office in Vellmo.")
    briefing = extract(text)
    people = {p.name: p for p in briefing.participants}
    assert people["Ansel Brek"].title == "Prince" and people["Ansel Brek"].organization is None
    assert people["Dag Rune"].organization != "Export"
    assert not {"Minister-President", "Royal Highness", "Export"} & set(briefing.parties)


def test_a_title_never_ends_in_to_before_a_name() -> None:
    line = "Rune delivered a letter from the Vice President of Vellmo to Hon. Ortwin Velde."
    tokens = tokenize(line)
    name = next(k for k, t in enumerate(tokens) if t.text == "Ortwin")
    start = scan_title(tokens, name, set())
    assert start is not None and tokens[start].text == "Hon"  # the honorific alone, not 'Vice President … to'
    line = "Rune delivered a letter from the Vice President of Vellmo to Ortwin Velde."
    tokens = tokenize(line)
    assert scan_title(tokens, next(k for k, t in enumerate(tokens) if t.text == "Ortwin"), set()) is None


def test_her_excellency_is_a_woman_whom_he_does_not_name() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met a delegation from Vellmo in Karsbrook on Monday.\n\n"
            "Her Excellency Mira Tolsen, Ambassador of Vellmo, presented a gift to the city.\n\n"
            "He said Karsbrook will open a ferry line to Vellmo.")
    statement = next(s for s in extract(text).statements if s.text.startswith("He said"))
    assert statement.speaker == "Dag Rune"


def test_a_leader_invoked_is_not_at_the_meeting() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday. Rune said "
            "Karsbrook is growing under the leadership of President Mira Tolsen.\n\n"
            "Lark said Vellmo will open a ferry line.")
    people = _people(text)
    assert people["Dag Rune"].attended and not people["Mira Tolsen"].attended


def test_a_name_written_as_an_owner_and_the_guest_on_a_visit() -> None:
    text = ("Ferry deal\n\nMayor Dag Rune signed the deal in Karsbrook on Monday.\n\n"
            "The signing is a key element of the Vellmo Ambassador to Karsbrook, His Excellency Dr Ivo Lark’s, "
            "inaugural visit to the region.\n\nRune said Karsbrook will open a ferry line.")
    people = _people(text)
    assert "Ivo Lark" in people and people["Ivo Lark"].attended


def test_former_marks_a_persons_title_not_the_whole_sentence() -> None:
    text = ("Delegation visits Karsbrook\n\nMayor Dag Rune met a delegation from Vellmo in Karsbrook on Monday.\n\n"
            "The delegation included Ms Mira Tolsen, a former member of the Vellmo Council and Mr Ivo Lark and "
            "Ms Ada Vell, who run a ferry firm.\n\n"
            "Rune is the first mayor to host them since former mayor Ansel Brek in 2010.\n\n"
            "Rune said Karsbrook will open a ferry line.")
    people = _people(text)
    assert people["Mira Tolsen"].attended and people["Ivo Lark"].attended and people["Ada Vell"].attended
    assert not people["Ansel Brek"].attended
    assert people["Ivo Lark"].title is None  # not the title before 'and Mr'


def test_a_visit_in_an_earlier_year_is_another_event() -> None:
    text = ("Governor meets ambassador\n\nGovernor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday.\n\n"
            "The two sides recalled the ferry accord signed during the official visit of Prince Ansel Brek "
            "to Vellmo in April, 2014.\n\nRune said Karsbrook will open a ferry line.")
    people = {p.name: p for p in extract(text, published="2015-01-18").participants}
    assert people["Ivo Lark"].attended and not people["Ansel Brek"].attended
    people = {p.name: p for p in extract(text.replace("2014", "2015"), published="2015-01-18").participants}
    assert people["Ansel Brek"].attended  # this year's: it may be this event


THANKS = ("On 4 May 2026, Mayor Tove Ravndal of Karsbrook, Norway, held talks with Pilar Quenta, a governor "
          "of the Vellmo region of Chile, and Hector Aranda, undersecretary at the Ministry of Mining.\n\n"
          "Aranda thanked {thanked}’s support for the project. He said that the country will send two "
          "engineers to Karsbrook in June.")


def test_who_thanks_one_of_two_countries_is_of_the_other() -> None:
    briefing = extract(THANKS.format(thanked="Norway"))
    people = {p.name: p for p in briefing.participants}
    assert people["Tove Ravndal"].country == "Norway" and people["Pilar Quenta"].country == "Chile"
    assert people["Hector Aranda"].country == "Chile"
    assert [c.actor for c in briefing.commitments] == ["Chile"]  # 'the country': his, not his Ministry


def test_thanks_to_a_country_no_participant_holds_places_no_one() -> None:
    people = _people(THANKS.format(thanked="Peru"))
    assert people["Hector Aranda"].country is None


@pytest.mark.parametrize(("title", "body"), [
    ("Vice Governor of Norway's Karsbrook county", "Karsbrook county"),  # the country's county
    ("Governor of Laos' Vellmo province", "Vellmo province"),
    ("Head of Philippines Ports Authority", "Philippines Ports Authority"),  # no apostrophe: part of the name
])
def test_a_countrys_possessive_is_not_part_of_its_regions_name(title: str, body: str) -> None:
    assert organization_of(title) == body


def test_a_place_with_a_particle_after_a_title_is_no_name() -> None:
    text = ("Call on ports\n\nGovernor Elmar Tavares held a call with Mayor Joost Lind on Monday.\n\n"
            "The Vellmo consul general in Porto de Karsbrook, Marloes Verbeek, also joined the call.")
    people = _people(text)
    assert "de Karsbrook" not in people
    assert people["Marloes Verbeek"].title == "Vellmo consul general in Porto de Karsbrook"


PRESENCE = ("Karsbrook hosts Vellmo councillors\n\nMayor Dag Rune of Karsbrook welcomed Councillor Ivo Lark of Vellmo "
            "at the town hall on Monday.\n\n{sentence}")


@pytest.mark.parametrize(("sentence", "away"), [
    ("The first charter was signed in Vellmo on 14 May 2001 by Provost Agnes Cowie and Mayor Tom Brill.",
     ["Agnes Cowie", "Tom Brill"]),  # another year's event
    ("In Vellmo, the group was hosted by the town’s then-mayor, Archil Berg, and toured the harbour.",
     ["Archil Berg"]),
    ("Last year’s trip included the town’s tourism director at the time, Lauren Pike.", ["Lauren Pike"]),
    ("Neither Mayor Tom Brill nor Councillor Lauren Pike took part in this week’s meeting.",
     ["Tom Brill", "Lauren Pike"]),
])
def test_who_was_somewhere_else_or_at_another_time_did_not_attend(sentence: str, away: list[str]) -> None:
    people = {p.name: p for p in extract(PRESENCE.format(sentence=sentence), published="2026-03-04").participants}
    assert all(not people[name].attended for name in away)
    assert people["Dag Rune"].attended and people["Ivo Lark"].attended


@pytest.mark.parametrize("sentence", [
    "The Vellmo consul, Marta Zielna, and Deputy Mayor Ewa Wrze were also among the guests.",
    "Also taking part were the deputy governor, Marta Zielna, and the deputy mayor, Ewa Wrze.",
    "They agreed to revive the ferry board, which has not met for six years, after talks between Governor "
    "Marta Zielna and Deputy Mayor Ewa Wrze.",  # the denial is another clause's
])
def test_guests_and_who_took_part_attended(sentence: str) -> None:
    people = {p.name: p for p in extract(PRESENCE.format(sentence=sentence), published="2026-03-04").participants}
    assert people["Marta Zielna"].attended and people["Ewa Wrze"].attended


def test_a_representation_is_a_body_not_a_person() -> None:
    text = PRESENCE.format(sentence="The Head of the Vellmo Representation in Karsbrook, Rannva Mikkel, also came.")
    people = _people(text)
    assert "Vellmo Representation" not in people and "Rannva Mikkel" in people


def test_an_appositive_title_says_more_than_a_bare_one_before_the_name() -> None:
    text = ("Karsbrook receives Vellmo delegation\n\nAmbassador Tove Ravn, State Minister of Foreign Affairs, "
            "received a delegation from Vellmo led by Mayor Ivo Lark on Monday.\n\n"
            "During the talks, the State Minister told the delegation about the new ferry law.")
    briefing = extract(text)
    ravn = next(p for p in briefing.participants if p.name == "Tove Ravn")
    assert ravn.title == "State Minister of Foreign Affairs"
    assert any(s.speaker == "Tove Ravn" and s.text.startswith("During the talks") for s in briefing.statements)


def test_a_hyphenated_title_is_not_part_of_the_body() -> None:
    assert organization_of("Vice-Chancellor of the University of Karsbrook") == "University of Karsbrook"


@pytest.mark.parametrize("comma", ["", ","])
def test_a_counterpart_named_after_the_word_is_a_participant_of_that_country(comma: str) -> None:
    text = ("Ministers talk ferries\n\n"
            f"Transport Minister Orla Veltman held talks with her Norwegian counterpart{comma} Sigrun Halvorsdal"
            f"{comma} in Karsbrook on Monday over a working lunch on the sidelines of the port conference.\n\n"
            "Veltman said the talks had been warm and useful.")
    people = _people(text)
    assert set(people) == {"Orla Veltman", "Sigrun Halvorsdal"}
    assert people["Sigrun Halvorsdal"].country == "Norway"
    assert people["Orla Veltman"].country is None  # 'her Norwegian counterpart' says nothing of her own side


def test_initials_without_stops_open_a_name_after_a_title_only() -> None:
    text = ("Ministers talk ferries\n\n"
            "Transport Minister K Orlan Veltmark held talks with Port Commissioner S Halvorsdal in Karsbrook on "
            "Monday over a working lunch on the sidelines of the port conference.\n\n"
            "Veltmark said the talks had been useful. A Karsbrook delegation and Plan B Ferries were there too.")
    people = _people(text)
    assert set(people) == {"K Orlan Veltmark", "S Halvorsdal"}
    assert people["K Orlan Veltmark"].title == "Transport Minister"
    assert people["K Orlan Veltmark"].spoke


def test_a_person_a_book_or_memorial_is_about_is_not_present() -> None:
    text = ("Karsbrook guests meet the mayor\n\n"
            "Mayor Ivo Lark met a delegation from Vellmo in Karsbrook on Monday.\n\n"
            "The delegation included Ms Dana Roe, whose family built a memorial for former Mayor Tor Velde.\n\n"
            "Ms Roe presented a book on Tor Velde to Mayor Lark, who arranged for the delegation to meet his "
            "grandson.")
    people = _people(text)
    assert people["Dana Roe"].attended and not people["Tor Velde"].attended


def test_an_envoy_to_a_country_is_not_of_it_and_here_ends_the_name() -> None:
    text = ("Envoy calls on minister\n\n"
            "KARSBROOK, Jan 13 (Wire):The Vellmese Ambassador to Norway, Tor Rengam here on Wednesday called on "
            "Minister for Water Syed Malik Anwar and discussed ferry links.\n\n"
            "Anwar said the talks had been useful.")
    briefing = extract(text, published="2021-01-14")
    people = {p.name: p for p in briefing.participants}
    assert set(people) == {"Tor Rengam", "Syed Malik Anwar"}
    assert people["Tor Rengam"].country is None  # an ambassador to Norway is another country's
    assert briefing.event_date == "2021-01-13"
    assert briefing.title.startswith("Envoy calls")


def test_a_first_paragraph_opening_with_a_dateline_is_a_lead_not_a_headline() -> None:
    text = ("KARSBROOK, Jan 13 (Wire): Mayor Ivo Lark on Wednesday received Ambassador Tor Rengam of Vellmo\n\n"
            "Lark said the ferry talks had been useful.")
    briefing = extract(text, published="2021-01-14")
    assert briefing.title == "Mayor Ivo Lark on Wednesday received Ambassador Tor Rengam of Vellmo"
    assert {p.name for p in briefing.participants if p.attended} == {"Ivo Lark", "Tor Rengam"}


def test_a_title_made_from_a_long_lead_ends_at_a_word() -> None:
    lead = ("Mayor Ivo Lark of Karsbrook met Ambassador Tor Rengam of Vellmo on Monday to discuss the ferry line, the "
            "port fees and the summer timetable for the islands.")
    title = extract(lead + "\n\nLark said the talks had been useful.").title
    assert title.endswith("…") and len(title) <= 121 and lead.startswith(title[:-1])
    assert title[:-1].split()[-1] in lead.split()


def test_a_title_never_holds_another_persons_name() -> None:
    people = _people("Karsbrook delegation visits Vellmo\n\n"
                     "A team of delegates from Karsbrook led by Mayor Dana Roe, City Manager Ivo Lark, Tor Velde and "
                     "Ada Brun visited Vellmo on Monday.\n\nRoe said the visit had been useful.")
    assert people["Dana Roe"].title == "Mayor" and people["Ivo Lark"].title == "City Manager"
    people = _people("Karsbrook and Vellmo talk ferries\n\n"
                     "On May 11, Ivo Lark, Secretary of the Karsbrook Harbour Committeemet with Dana Roe, the Mayor of "
                     "Vellmo, in Karsbrook.\n\nLark said the talks had been useful.")
    assert people["Ivo Lark"].title == "Secretary of the Karsbrook Harbour Committeemet"  # the name goes


def test_under_before_a_title_is_a_preposition_unless_written_as_part_of_it() -> None:
    people = _people("Ministers meet\n\nFerry Minister Dana Roe met Transport Minister Ivo Lark in Karsbrook on Friday."
                     "\n\nIt was their first meeting since the new government took office in Vellmo under Prime "
                     "Minister Tor Velde.\n\nRoe said the talks were useful.")
    assert people["Tor Velde"].title == "Prime Minister"


def test_a_pasted_pages_furniture_is_neither_the_headline_nor_the_lead() -> None:
    page = ("Karsbrook Post\n\nMayor to visit Vellmo in January\n\nImage\n\n29 Nov 2006\n\n"
            "Mayor Ivo Lark met Ambassador Tor Rengam of Vellmo in Karsbrook on Tuesday.\n\n"
            "Lark said the talks had been useful.")
    briefing = extract(page)
    assert briefing.title == "Mayor to visit Vellmo in January"
    assert briefing.event_date == "2006-11-28"


def test_an_adviser_to_a_countrys_leader_is_of_that_country_and_keeps_the_post_in_the_title() -> None:
    people = _people("Prime ministers talk by phone\n\nThe Norwegian and Vellmese prime ministers had a call "
                     "on Friday, said Ada Brun, foreign policy adviser to Norwegian Prime Minister Tor Velde.\n\n"
                     "Brun said the call had been useful.")
    assert people["Ada Brun"].title == "foreign policy adviser to Norwegian Prime Minister"
    assert people["Ada Brun"].country == "Norway"


@pytest.mark.parametrize(("lead", "name", "title"), [
    ("Minister of Public Health and Population Ivo Lark Brun met", "Ivo Lark Brun",
     "Minister of Public Health and Population"),
    ("Special Envoy for Ferry Negotiations Dana Roe met", "Dana Roe", "Special Envoy for Ferry Negotiations"),
    ("Joint Secretary at the MoFA Tor Velde Rengam met", "Tor Velde Rengam", "Joint Secretary at the MoFA"),
])
def test_a_portfolio_noun_or_mixed_case_acronym_ends_the_title_not_starts_the_name(lead: str, name: str,
                                                                                      title: str) -> None:
    people = _people(f"Karsbrook talks\n\n{lead} Mayor Ada Vell of Karsbrook on Monday to discuss ferry links.\n\n"
                     "Vell said the talks had been useful.")
    assert people[name].title == title


def test_a_dateline_cut_off_as_a_sentence_of_its_own_is_no_title() -> None:
    text = ("KARSBROOK, Minn. - The city of Karsbrook is hosting a delegation from its sister city, Vellmo.\n"
            "Mayor Ivo Lark said the purpose of Friday's visit is to renew the link.")
    assert extract(text).title == "The city of Karsbrook is hosting a delegation from its sister city, Vellmo."
