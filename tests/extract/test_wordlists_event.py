"""Event word lists moved out of the rules' code: each entry, on a one-line fixture, still does its work."""

from __future__ import annotations

import pytest

from briefing.core.model import Briefing
from briefing.extract import attendance, event, extract
from briefing.extract.speakers import OBJECT_ACTION_VERBS

HEAD = ("Alba and Borin discuss cooperation\n\n"
        "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n")


def titles(b: Briefing) -> dict[str, str | None]:
    return {p.name: p.title for p in b.participants}


@pytest.mark.parametrize("verb", ["sign", "signs", "signed", "signing", "ink", "inks", "inked"])
def test_signing_verbs(verb: str) -> None:  # signing_verbs.txt
    assert event.SIGNING_RE.search(f"They {verb} the pact.")


@pytest.mark.parametrize("document", ["agreement", "agreements", "memorandum", "memoranda", "MoU", "MoUs", "pact",
                                      "pacts", "letter of intent", "letters of intent", "accord", "accords", "protocol",
                                      "protocols", "declaration", "declarations", "treaty", "treaties", "charter",
                                      "charters", "contract", "contracts", "alliance", "alliances", "minutes",
                                      "statement of intent", "statements of intent", "deal", "deals", "plan", "plans"])
def test_signed_documents(document: str) -> None:  # signed_documents.txt
    assert event.SIGNING_RE.search(f"They will sign a {document} soon.")


@pytest.mark.parametrize("document", ["agreement", "agreements", "memorandum", "memoranda", "MoU", "MoUs", "pact",
                                      "pacts", "accord", "accords", "protocol", "protocols", "letter of intent",
                                      "letters of intent", "declaration", "declarations", "partnership",
                                      "partnerships", "statement of intent", "statements of intent"])
def test_signed_subject_documents(document: str) -> None:  # signed_subject_documents.txt
    assert event.SIGNING_RE.search(f"A {document} was then signed.")


def test_signing_phrases() -> None:  # signing_phrases.txt
    assert event.SIGNING_RE.search("They attended the signing of a new one.")


@pytest.mark.parametrize("word", ["meets", "met", "meeting", "received", "receives", "talks"])
def test_meeting_words(word: str) -> None:  # meeting_words.txt
    assert event.STRONG_MEETING_RE.search(f"Lint {word} Vale")


@pytest.mark.parametrize("particle", ["of", "de", "do", "da", "das", "dos", "del", "della", "delle", "di", "des",
                                      "du", "la", "las", "los", "for"])
def test_venue_particles(particle: str) -> None:  # venue_particles.txt
    assert event.VENUE_RE.search(f"met at the Palace {particle} Alba.").group("venue") == f"Palace {particle} Alba"


@pytest.mark.parametrize("noun", ["headquarters", "building", "hall", "chambers", "office", "centre", "center", "city",
                                  "province"])
def test_venue_heads(noun: str) -> None:  # venue_heads.txt
    assert event.VENUE_RE.search(f"met at the Alba {noun}.").group("venue") == f"Alba {noun}"


@pytest.mark.parametrize("noun", ["headquarters", "building", "chambers", "hall", "residence", "office", "complex",
                                  "venue"])
def test_lower_venue_heads(noun: str) -> None:  # lower_venue_heads.txt
    assert event.LOWER_VENUE_RE.search(f"met at the regional {noun}.").group("venue") == f"regional {noun}"


@pytest.mark.parametrize("noun", ["province", "region", "Province", "Region", "County Council", "City", "Prefecture",
                                  "state government", "aimag"])
def test_area_nouns_after(noun: str) -> None:  # area_nouns_after.txt
    assert event.AREA_NOUN_AFTER_RE.match(f"Alba {noun} and", 4)


@pytest.mark.parametrize("verb", ["travel", "visit", "attend", "lead", "fly", "go"])
def test_future_travel_verbs(verb: str) -> None:  # future_travel_verbs.txt
    assert attendance.AWAY_SENT_RE.search(f"Lint will {verb} there")


@pytest.mark.parametrize("word", ["due", "expected", "scheduled"])
def test_schedule_words(word: str) -> None:  # schedule_words.txt
    assert attendance.AWAY_SENT_RE.search(f"Lint is {word} to come")


@pytest.mark.parametrize("noun", ["agreement", "announcement", "decision", "move"])
def test_follow_up_nouns(noun: str) -> None:  # follow_up_nouns.txt
    assert attendance.FOLLOWS_RE.match(f"The {noun} follows talks")


@pytest.mark.parametrize("phrase", ["yesterday", "today", "this week", "earlier today", "earlier this week"])
def test_recent_phrases(phrase: str) -> None:  # recent_phrases.txt
    assert attendance.RECENT_RE.search(f"Lint came {phrase}.")


@pytest.mark.parametrize("noun", ["message", "letter"])
def test_message_nouns(noun: str) -> None:  # message_nouns.txt
    assert attendance.MESSAGE_RE.search(f"Her {noun} was read")


@pytest.mark.parametrize("verb", ["said", "says", "read"])
def test_clause_break_verbs(verb: str) -> None:  # clause_break_verbs.txt
    assert attendance.GOVERN_BREAK_RE.search(f"with Vale, {verb} Lint")


@pytest.mark.parametrize("verb", ["said", "says"])
def test_run_end_verbs(verb: str) -> None:  # run_end_verbs.txt: the title before the comma is the name's
    b = extract(HEAD + f"The director of the Alba port authority, Jane Roe {verb} the port would grow.\n",
                published="2025-03-05")
    assert titles(b)["Jane Roe"] == "director of the Alba port authority"


@pytest.mark.parametrize("adverb", ["also", "further", "then", "later", "again"])
def test_speech_lead_adverbs(adverb: str) -> None:  # speech_lead_adverbs.txt: 'X, Ratnawati, also said'
    b = extract(HEAD + f"The head of the Alba Port Agency, Ratnawati, {adverb} said the port would grow.\n",
                published="2025-03-05")
    assert titles(b)["Ratnawati"] == "head of the Alba Port Agency"


@pytest.mark.parametrize("verb", ["presents", "presented", "introduced"])
def test_object_action_verbs(verb: str) -> None:  # object_action_verbs.txt: a gift, not words
    assert extract(HEAD + f"Vale {verb} the plan for a new port.\n", published="2025-03-05").statements
    assert not extract(HEAD + f"Vale {verb} his guest with a carpet.\n", published="2025-03-05").statements
    assert "states" in OBJECT_ACTION_VERBS  # kept as it was; no speech verb list holds 'states' today


@pytest.mark.parametrize("verb", ["called", "calls"])
def test_call_on_phrases(verb: str) -> None:  # call_on_phrases.txt: a courtesy visit, not words
    assert not extract(HEAD + f"Vale {verb} on him at his office on Monday.\n", published="2025-03-05").statements
