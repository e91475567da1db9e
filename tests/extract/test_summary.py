"""The summary reads like a person wrote it: no 'Statements: 2 by …' lists, outcomes that name their person.

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import re

from briefing.core.model import Briefing, Commitment, Participant, Source, Statement
from briefing.extract import extract
from briefing.extract.summary import commitments_count, readable_outcome, summary, who_spoke

MACHINE = re.compile(r"\b(?:Statements|Commitments|Taking part):|\d+ by [A-Z]")


def _briefing(**kw: object) -> Briefing:
    kw.setdefault("event_kind", "video conference")
    return Briefing(title="t", source=Source(text="x"), **kw)  # type: ignore[arg-type]


def test_summary_is_plain_english() -> None:
    b = _briefing(event_date="2026-05-13", tags=["date-year-guessed"], places=[],
                  participants=[Participant(name="Ortwin Velde", title="mayor of Karsbrook", attended=True),
                                Participant(name="Mirela Osk", organization="Ministry of Water", attended=True),
                                Participant(name="Dario Penn", attended=False)],
                  commitments=[Commitment(actor="a", text="x", firmness="proposal"),
                               Commitment(actor="a", text="y", firmness="proposal"),
                               Commitment(actor="a", text="w", firmness="hope")])
    text = summary(b, "Two towns met by video.")
    assert text.startswith("Two towns met by video. The video conference took place on 13 May 2026.")
    assert "Taking part were Ortwin Velde (mayor of Karsbrook) and Mirela Osk (Ministry of Water)." in text
    assert "Dario Penn" not in text
    assert text.endswith("Three commitments were recorded: two proposals and one hope.")
    assert "year" not in text and "guessed" not in text and "hopes" not in text
    assert not MACHINE.search(text)


def test_what_the_lead_already_says_is_not_said_again() -> None:
    b = _briefing(event_date="2026-06-03", places=["Lakeshire"], event_kind="meeting")
    assert summary(b, "On June 3, the mayors met in Lakeshire.") == "On June 3, the mayors met in Lakeshire."
    assert summary(b, "The mayors met.") == "The mayors met. The meeting took place on 3 June 2026 in Lakeshire."


def test_who_spoke_in_words() -> None:
    def spoken(*names: str) -> Briefing:
        return _briefing(statements=[Statement(speaker=n, text="s") for n in names])

    assert who_spoke(spoken("Ilse Marrow", "Ilse Marrow", "Ilse Marrow", "Piet Arn", "Lena Voss")) == (
        "Ilse Marrow spoke most; Piet Arn and Lena Voss also spoke.")
    assert who_spoke(spoken("Ilse Marrow", "Piet Arn")) == "Ilse Marrow and Piet Arn spoke."
    assert who_spoke(spoken("Piet Arn")) == "Piet Arn is the only speaker quoted."
    assert who_spoke(spoken()) == ""


def test_commitments_are_counted_in_words() -> None:
    def rated(*levels: str | None) -> Briefing:
        return _briefing(commitments=[Commitment(actor="a", text="t", firmness=f) for f in levels])

    assert commitments_count(rated("firm")) == "One firm commitment was recorded."
    assert commitments_count(rated("firm", "firm", "hope", None)) == (
        "Four commitments were recorded: two firm, one hope and one not yet rated.")
    assert commitments_count(rated("hope", "hope")) == "Two hopes were recorded."
    assert commitments_count(rated(*["proposal"] * 12)) == "12 proposals were recorded."
    assert commitments_count(rated()) == ""


SOURCE = ("Tellan and Vellmo hold ferry talks\n\n"
          "Karsbrook, the river port of Norway, hosted ferry talks on Monday. Ortwin Velde, mayor of Karsbrook, "
          "met Mirela Osk, harbour commissioner of Vellmo.\n\n"
          "Osk thanked the hosts. She said that the country will open a ferry desk next spring. "
          "Velde said that the city will build a second pier by 2027. They hoped for more.")


def _spoken_briefing() -> Briefing:
    def at(sentence: str) -> tuple[int, int]:
        start = SOURCE.index(sentence)
        return start, start + len(sentence)

    osk, velde, they = (at("She said that the country will open a ferry desk next spring."),
                        at("Velde said that the city will build a second pier by 2027."), at("They hoped for more."))
    return Briefing(
        title="Tellan and Vellmo hold ferry talks", event_kind="talks", parties=["Karsbrook", "Vellmo"],
        source=Source(text=SOURCE),
        participants=[Participant(name="Ortwin Velde", title="mayor of Karsbrook", organization="Karsbrook",
                                  attended=True),
                      Participant(name="Mirela Osk", title="harbour commissioner of Vellmo", country="Denmark",
                                  attended=True)],
        statements=[Statement(speaker="Mirela Osk", text=SOURCE[slice(*osk)], start=osk[0], end=osk[1]),
                    Statement(speaker="Ortwin Velde", text=SOURCE[slice(*velde)], start=velde[0], end=velde[1])],
        commitments=[Commitment(actor="Vellmo", text=SOURCE[slice(*osk)], firmness="firm", start=osk[0], end=osk[1]),
                     Commitment(actor="Karsbrook", text=SOURCE[slice(*velde)], firmness="firm", start=velde[0],
                                end=velde[1]),
                     Commitment(actor="both sides", text=SOURCE[slice(*they)], firmness="firm", start=they[0],
                                end=they[1])])


def test_an_outcome_starting_with_a_pronoun_names_its_person_and_their_country() -> None:
    b = _spoken_briefing()
    first, second, third = b.commitments
    assert readable_outcome(b, first) == "Mirela Osk said that Denmark will open a ferry desk next spring."
    assert readable_outcome(b, third) is None  # 'They' alone says nobody
    text = summary(b, "Karsbrook, the river port of Norway, hosted ferry talks on Monday.")
    assert "Mirela Osk said that Denmark will open a ferry desk next spring." in text
    assert "She said" not in text and "the country" not in text
    assert b.source.text == SOURCE  # the source keeps its words
    assert b.commitments[0].text.startswith("She said that the country")


def test_the_country_of_a_speaker_is_found_through_their_party() -> None:
    b = _spoken_briefing()
    velde = b.participants[0]
    velde.organization = None
    first = b.commitments[0]
    b.participants[1].country = None
    # 'Karsbrook, the river port of Norway' does not say Karsbrook is in Norway for sure, 'Vellmo of X' would
    assert readable_outcome(b, first) == "Mirela Osk said that the country will open a ferry desk next spring."
    b.source.text = SOURCE.replace("harbour commissioner of Vellmo.", "harbour commissioner of Vellmo of Sweden.")
    assert readable_outcome(b, first) == "Mirela Osk said that Sweden will open a ferry desk next spring."
    b.participants[1].title = "Swedish harbour commissioner"
    assert readable_outcome(b, first) == "Mirela Osk said that Sweden will open a ferry desk next spring."


def test_a_speakers_city_is_named_from_the_party_they_speak_for() -> None:
    b = _spoken_briefing()
    b.parties = ["Karsbrook city", "Vellmo"]
    assert readable_outcome(b, b.commitments[1]) == (
        "Velde said that Karsbrook city will build a second pier by 2027.")


def test_a_pronoun_without_a_known_speaker_keeps_the_outcome_out() -> None:
    b = _spoken_briefing()
    b.statements = []
    assert readable_outcome(b, b.commitments[0]) is None
    assert "She said" not in summary(b, "Talks were held.")


def test_summary_of_an_extracted_article() -> None:
    text = ("Lakeshire and Vellmo hold video conference on ferries\n\n"
            "On June 3, a video conference was held between Lakeshire and Vellmo. Ortwin Velde, mayor of "
            "Lakeshire, together with Mirela Osk, deputy minister at the Ministry of Water and Coastal Affairs, "
            "Dario Penn, district councillor of Vellmo and other representatives took part.\n\n"
            "Velde said Lakeshire will open a ferry desk. Osk hoped the two sides will share timetables. "
            "Penn said that the two sides will sign a ferry pact. He said that Vellmo will pay for the new pier.")
    b = extract(text, published="2025-06-05")
    assert b.summary is not None
    assert not MACHINE.search(b.summary), b.summary
    assert "Ministry of Water and Coastal Affairs)" in b.summary and " in Ministry" not in b.summary
    assert "Dario Penn (district councillor of Vellmo)" in b.summary
    assert "one hope" in b.summary and "He said" not in b.summary
    assert "Velde said Lakeshire will open a ferry desk." in b.summary


def test_a_trailing_he_said_names_the_speaker_unless_the_sentence_did() -> None:
    b = _spoken_briefing()
    quote = "Vellmo will open a ferry desk next spring, she said, adding that the desk will sell tickets."
    b.commitments[0].text = quote
    assert readable_outcome(b, b.commitments[0]) == (
        "Vellmo will open a ferry desk next spring, Mirela Osk said, adding that the desk will sell tickets.")
    b.commitments[0].text = "Osk said Vellmo will open a ferry desk, she stressed."
    assert readable_outcome(b, b.commitments[0]) == "Osk said Vellmo will open a ferry desk, she stressed."


def test_a_place_in_lower_case_reads_with_its_article() -> None:
    b = _briefing(places=["Karsbrook", "main venue"], event_kind="forum")
    assert summary(b, "Mayors met.") == "Mayors met. The forum took place in Karsbrook and the main venue."


def test_the_summary_leaves_out_the_news_dateline() -> None:
    b = _briefing()
    assert summary(b, "KARSBROOK — The mayors of two river towns met.") == "The mayors of two river towns met."
    assert summary(b, "VELLMO, 3 June 2026 – The league agreed.") == "The league agreed."
    assert summary(b, "Lakeshire (LNA) - Mayor Ortwin Velde met.") == "Mayor Ortwin Velde met."
    assert summary(b, "U.S. officials met in Vellmo.") == "U.S. officials met in Vellmo."
    assert summary(b, "Tellan and Vellmo - two towns - met.") == "Tellan and Vellmo - two towns - met."
