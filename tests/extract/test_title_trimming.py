"""What is not part of a title: the day it was written, a joining word it ends on, a courtesy form alone;
and a delegation's side named with 'of' whole ('the consulate of the Republic of Vellmo').

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.core import Participant
from briefing.extract import extract
from briefing.extract.person_titles import affiliation_of, strip_styles
from briefing.extract.sentences import tokenize
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


UNNAMED_ROLE = ("Karsbrook welcomes Vellmo talks\n\n"
                "Mayor Ortwin Velde met Ambassador Dag Rune of Vellmo in Karsbrook on Monday.\n\n"
                "Rune said her country will support the new ferry line.\n\n"
                "Rune also delivered a letter from the Vice President of Vellmo to Hon. Velde.\n\n"
                "The Vice President of Vellmo thanks the Mayor and stated that he will support the ferry line.")


def test_a_title_never_ends_in_to_before_a_name() -> None:
    line = "Rune delivered a letter from the Vice President of Vellmo to Hon. Ortwin Velde."
    tokens = tokenize(line)
    name = next(k for k, t in enumerate(tokens) if t.text == "Ortwin")
    start = scan_title(tokens, name, set())
    assert start is not None and tokens[start].text == "Hon"  # the honorific alone, not 'Vice President … to'
    line = "Rune delivered a letter from the Vice President of Vellmo to Ortwin Velde."
    tokens = tokenize(line)
    assert scan_title(tokens, next(k for k, t in enumerate(tokens) if t.text == "Ortwin"), set()) is None


def test_a_role_no_participant_holds_speaks_for_itself() -> None:
    briefing = extract(UNNAMED_ROLE)
    assert not any(s.text.startswith("The Vice President") for s in briefing.statements)
    pledge = next(c for c in briefing.commitments if c.text.startswith("The Vice President"))
    assert pledge.actor == "the Vice President of Vellmo"


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


def test_who_was_present_is_no_more_of_the_last_speakers_words() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday. Rune said "
            "Karsbrook will open a ferry line. Senior officers of the Vellmo Embassy, the city's harbour master "
            "Ada Vell and others were present on the occasion.")
    assert not any(s.text.startswith("Senior officers") for s in extract(text).statements)


def test_taking_the_opportunity_to_thank_is_speech() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday.\n\n"
            "The Mayor used the opportunity to applaud the Ambassador for his support for the ferry line.")
    statement = next(s for s in extract(text).statements if "opportunity" in s.text)
    assert statement.speaker == "Dag Rune"


def test_who_said_after_a_name_speaks_for_that_name() -> None:
    text = ("Ambassador in Karsbrook\n\nAmbassador Ivo Lark met Mayor Dag Rune in Karsbrook on Monday.\n\n"
            "Lark met Governor Ada Vell on Tuesday, who said this was a good year for the two regions.")
    statement = next(s for s in extract(text).statements if "good year" in s.text)
    assert statement.speaker == "Ada Vell"


def test_this_was_said_points_back_at_the_last_speaker() -> None:
    text = ("Mayor welcomes ferry plan\n\nMayor Dag Rune has welcomed Vellmo's plan for a ferry line.\n\n"
            "This was expressed during his meeting with Ambassador Ivo Lark in Karsbrook this week.")
    statement = next(s for s in extract(text).statements if s.text.startswith("This was expressed"))
    assert statement.speaker == "Dag Rune" and not statement.continuation


def test_a_meeting_the_body_names_later_is_the_events_kind() -> None:
    text = ("Velde seeks ferry partnership between Karsbrook, Vellmo\n\n"
            "Governor Ortwin Velde has called on the leaders of Karsbrook and Vellmo to extend their ferry ties.\n\n"
            "He said the two ports should work more closely.\n\n"
            "Velde made this known after a closed-door meeting with Vellmo's President Ada Vell at her residence.")
    assert extract(text).event_kind == "meeting"
    festival = text.replace("after a closed-door meeting with", "at the ferry festival beside")
    assert extract(festival).event_kind == "other"


def test_praising_someones_willingness_is_no_undertaking() -> None:
    text = ("Mayor thanks departing consul\n\nMayor Dag Rune met Consul Ivo Lark in Karsbrook on Monday.\n\n"
            "Rune expressed his gratitude to Lark for his work, highlighting his dedication, effort, and "
            "willingness to collaborate.\n\nRune said Karsbrook will open a ferry line.")
    assert not any(c.text.startswith("Rune expressed his gratitude") for c in extract(text).commitments)
    text = text.replace("highlighting his dedication, effort, and willingness", "and expressed his willingness")
    assert any(c.text.startswith("Rune expressed his gratitude") for c in extract(text).commitments)


@pytest.mark.parametrize("sentence", [
    "Karsbrook and Vellmo have concluded arrangements to hold a joint ferry council in Vellmo next month.",
    "The talks ended with an agreement for a working group to meet in coming January.",
    "The two mayors signed agreements Thursday to open their ports to each other's ferries in 2027.",
])
def test_arrangements_and_agreements_for_an_action_commit_the_sides(sentence: str) -> None:
    text = ("Karsbrook and Vellmo talk ferries\n\nMayor Dag Rune met Mayor Ivo Lark in Karsbrook on Monday.\n\n"
            + sentence)
    pledge = next(c for c in extract(text, published="2026-03-04").commitments if c.text == sentence)
    assert pledge.firmness == "firm" and pledge.due_text is not None


def test_currently_opening_a_paragraph_carries_on_the_speakers_words() -> None:
    text = ("Consul visits ferry office\n\nConsul Ivo Lark met Director Dag Rune in Karsbrook on Monday.\n\n"
            "During the talks, Lark highlighted that Vellmo is the largest investor in the port.\n\n"
            "Currently, there are 700 Vellmo students studying in Karsbrook.")
    statement = next(s for s in extract(text).statements if s.text.startswith("Currently"))
    assert statement.speaker == "Ivo Lark" and statement.continuation


def test_who_will_get_support_is_not_who_gives_it() -> None:
    text = ("Mayor meets consul\n\nMayor Dag Rune of Karsbrook met Consul Ivo Lark of Vellmo on Monday.\n\n"
            "Rune said that Vellmo ferry companies will get full support in Karsbrook.")
    pledge = next(c for c in extract(text).commitments if "full support" in c.text)
    assert pledge.actor == "Karsbrook"
