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


def test_a_shared_plural_title_gives_each_holder_the_title_of_the_place() -> None:
    text = ("Alba and Borin twin\n\nThe mayors of Alba, Mara Lint, and Borin (Norway), Oren Vale, signed a twinning "
            "agreement on Monday.\n\n“We will plant trees,” said Mara Lint. “The port is ready,” said Oren Vale.\n\n"
            "The mayor of Borin said that the ferry would start in May.\n")
    assert said(extract(text, published="2025-03-05"), "The mayor of Borin") == "Oren Vale"


def test_a_group_subject_is_no_continuation() -> None:
    text = ("Alba and Borin twin\n\nMayor Mara Lint of Alba met Mayor Oren Vale of Borin on Monday.\n\n"
            "Lint said the port was ready. After the signing, the mayors unveiled a plaque in the square.\n")
    assert said(extract(text, published="2025-03-05"), "After the signing") is None


def test_a_title_without_the_article_opens_a_sentence() -> None:
    text = ("Envoy calls on Prime Minister\n\nAmbassador Tom Ardent called on Prime Minister Jane Roe on Monday.\n\n"
            "Prime Minister said that Borin wanted calm in the region.\n")
    assert said(extract(text, published="2025-03-05"), "Prime Minister said") == "Jane Roe"


def test_made_this_known_and_was_glad_that_report_a_stance() -> None:
    text = ("Governor visits Borin\n\nGovernor Mara Lint of Alba met Mayor Oren Vale of Borin on Monday.\n\n"
            "Lint made this known after the meeting, praising the old ties. Vale was glad that Alba had come.\n")
    draft = extract(text, published="2025-03-05")
    assert said(draft, "Lint made this known") == "Mara Lint" and said(draft, "Vale was glad") == "Oren Vale"


def test_the_medium_named_after_the_lead_is_the_kind() -> None:
    text = ("Alba and Borin plan a Joint Commission Meeting\n\nThe two foreign ministers weighed plans for trade.\n\n"
            "In a telephone conversation on Monday, Minister Mara Lint and Minister Oren Vale discussed ties.\n")
    assert extract(text, published="2025-03-05").event_kind == "phone call"


def test_a_programme_item_of_the_visit_commits_no_one() -> None:
    text = ("Vice-premier visits Borin\n\nVice-Premier Mara Lint of Alba met Mayor Oren Vale of Borin on Monday.\n\n"
            "During her visit, the vice-premier will also open a school. The two sides will build a ferry pier.\n")
    draft = extract(text, published="2025-03-05")
    assert [c.text[:10] for c in draft.commitments] == ["The two si"]


def test_a_coordinated_speech_verb_after_also_keeps_the_subject() -> None:
    text = ("Minister visits Borin\n\nMinister Mara Lint of Alba met Mayor Oren Vale of Borin on Monday.\n\n"
            "Minister Lint also discussed the port plans and congratulated Borin for the new ferry.\n")
    assert said(extract(text, published="2025-03-05"), "Minister Lint also") == "Mara Lint"


def test_a_while_aside_between_name_and_verb_keeps_the_subject() -> None:
    text = ("Minister visits Borin\n\nMinister Mara Lint of Alba met Mayor Oren Vale of Borin on Monday.\n\n"
            "Oren Vale while talking on this occasion stated that the port was ready.\n")
    assert said(extract(text, published="2025-03-05"), "Oren Vale while") == "Oren Vale"


def test_a_person_named_by_the_surname_alone_speaks() -> None:
    text = ("Governor thanks departing consul\n\nGovernor Mara Lint met the consul before Ngata’s departure from Alba "
            "on Monday.\n\nLint thanked Ngata for her work. "
            "Ngata also expressed her thanks for the Governor’s support.\n\n"
            "“We did great things together,” she said.\n")
    draft = extract(text, published="2025-03-05")
    assert said(draft, "Ngata also") == "Ngata" and said(draft, "“We did") == "Ngata"
    assert extract(text.replace("her thanks", "its thanks"), published="2025-03-05").statements[-1].speaker != "Ngata"
