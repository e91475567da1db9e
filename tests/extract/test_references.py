"""Role nouns with a country word, stance verbs, courtesy calls and 'signed today': one invented line per rule."""

from __future__ import annotations

from briefing.extract import extract

from .lookup import said

CALL = ("Norwegian and Chilean ministers speak by phone\n\n"
        "In a telephone call on Monday, Norwegian Foreign Minister Mara Lint and Minister of Trade of the Republic "
        "of Chile Oren Vale discussed relations between the two countries.\n\n")


def _draft(body: str, published: str | None = "2025-03-05"):
    return extract(CALL + body + "\n", published=published)


def test_a_role_noun_with_a_country_word_goes_to_the_person_of_that_country() -> None:
    line = "The Chilean foreign minister also mentioned the planned ferry line."
    assert said(_draft(line), "The Chilean foreign") == "Oren Vale"


def test_an_official_noun_with_a_country_word_goes_to_the_one_person_of_that_country() -> None:
    line = "For his part, the top Norwegian diplomat welcomed the planned fair."
    assert said(_draft(line), "For his part") == "Mara Lint"


def test_expected_the_sides_is_a_stance() -> None:
    line = "She expected the two sides to expand fruit trade."
    assert said(_draft("Lint praised the talks. " + line), "She expected") == "Mara Lint"


def test_a_courtesy_call_to_congratulate_is_no_statement() -> None:
    text = ("Envoy calls on minister\n\nAmbassador Tom Ardent called on Minister Jane Roe to congratulate her "
            "on her new office.\n")
    assert not extract(text, published="2025-03-05").statements


def test_signed_today_dates_the_event_to_the_publication_day() -> None:
    body = "Lint said: “We celebrate that both regions signed today an agreement on ports.”"
    text = "Alba and Borin sign a port agreement\n\nThe ports of Alba and Borin agreed to cooperate.\n\n" + body
    assert extract(text, published="2025-03-05").event_date == "2025-03-05"
    assert extract(text.replace("signed today", "signed"), published="2025-03-05").event_date is None


def test_manner_adverbs_keep_the_pronoun_the_subject() -> None:
    body = ("For her part, Ms Lint said the port was ready. She also warmly praised the minister for his work "
            "and said the talks went well.")
    text = ("Envoy meets minister\n\nAmbassador Mara Lint met Minister Oren Vale on Monday in Borin.\n\n" + body)
    assert said(extract(text, published="2025-03-05"), "She also warmly") == "Mara Lint"
