"""Commitment word lists moved out of the rules' code: each entry, on a one-line fixture, still does its work."""

from __future__ import annotations

import pytest

from briefing.extract import commitments as c


@pytest.mark.parametrize("verb", ["propose", "suggest", "recommend"])
def test_first_person_proposals(verb: str) -> None:  # first_person_proposals.txt
    assert c.PROPOSAL_RE.search(f"Lint said we {verb} that the ports try to meet monthly.")


@pytest.mark.parametrize("verb", ["encouraged", "encourages", "asked", "asks", "requested", "requests",
                                  "appealed to"])
def test_request_verbs(verb: str) -> None:  # request_verbs.txt
    assert c.PROPOSAL_RE.search(f"Lint {verb} the ministry to open a visa office.")


@pytest.mark.parametrize("courtesy", ["visit", "attend", "come", "take part", "participate", "join us", "join them",
                                      "join the celebration", "join the festival", "join the ceremony"])
def test_invitations(courtesy: str) -> None:  # invitation_verbs.txt, invitation_courtesies.txt
    m = c.PROPOSAL_RE.search("Lint invited the mayor to open a trade office.")
    assert m and m.group() == "invited"
    assert not c.PROPOSAL_RE.search(f"Lint invited the mayor to {courtesy} next year in town.")


@pytest.mark.parametrize("verb", ["said", "says", "added", "noted", "believes", "believe", "expects", "expect"])
def test_forecast_reporting_verbs(verb: str) -> None:  # forecast_reporting_verbs.txt
    m = c.EXCLUDE_RE.search(f"a bridge, which he {verb} would cut travel time")
    assert m and m.group().endswith(f"{verb} would")


@pytest.mark.parametrize("opener", ["A", "An", "Any", "Every", "No", "Nobody", "Anyone", "Everyone", "Those who"])
def test_generic_subjects(opener: str) -> None:  # generic_subjects.txt
    assert c.GENERIC_RE.match(f"{opener} firm will get a grant.")


@pytest.mark.parametrize("document", ["agreement", "memorandum", "MoU", "plan", "protocol", "deal", "accord",
                                      "declaration", "letter", "contract"])
def test_generic_documents(document: str) -> None:  # generic_documents.txt: 'A new plan will' is a commitment
    assert not c.GENERIC_RE.match(f"A {document} will follow.")
    assert not c.GENERIC_RE.match(f"A new {document} will follow.")
    assert c.GENERIC_RE.match(f"A new big {document}s will follow.")


@pytest.mark.parametrize("noun", ["meeting", "session", "round", "edition"])
def test_numbered_meetings(noun: str) -> None:  # numbered_meetings.txt
    assert c.NEXT_EVENT_RE.search(f"The 3rd {noun} will be held in Alba.")


@pytest.mark.parametrize("verb", ["said", "says", "added", "noted", "stressed", "explained", "continued", "stated",
                                  "insisted", "told reporters"])
def test_quote_split_verbs(verb: str) -> None:  # quote_split_verbs.txt, speech_object_verbs.txt
    assert c.SPLIT_QUOTE_RE.search(f"“We are ready,” the mayor {verb}, “to open the office.”")


@pytest.mark.parametrize("noun", ["creation", "establishment", "setting up", "formation", "launch"])
def test_founding_nouns(noun: str) -> None:  # founding_nouns.txt
    assert c.NOUN_OBJECT_RE.match(f" the {noun} of a fund")


@pytest.mark.parametrize("adverb", ["long", "repeatedly", "often", "also", "previously"])
def test_background_adverbs(adverb: str) -> None:  # background_adverbs.txt
    line = f"Trade is slow, and business groups have {adverb} "
    assert c.UNNAMED_RE.search(line)


@pytest.mark.parametrize("opener", ["During", "At", "After", "Following", "In", "On", "Upon", "Before"])
def test_lead_phrase_openers(opener: str) -> None:  # lead_phrase_openers.txt
    assert c.LEAD_PHRASE_RE.match(f"{opener} the talks, Lint said")


@pytest.mark.parametrize("opener", ["Next", "This", "Later this", "Early next", "Late next"])
@pytest.mark.parametrize("period", ["week", "month", "year", "spring", "summer", "autumn", "fall", "winter"])
def test_lead_time_phrases(opener: str, period: str) -> None:  # lead_time_openers.txt, lead_time_periods.txt
    m = c.LEAD_PHRASE_RE.match(f"{opener} {period} the sides will meet")
    assert m and m.group() == f"{opener} {period} "


@pytest.mark.parametrize("cue", ["Hopefully", "hope", "expressed", "expected", "wish"])
def test_hope_target_cues(cue: str) -> None:  # hope_target_cues.txt
    assert c.HOPE_TARGET_RE.search(f"we {cue}")


@pytest.mark.parametrize("adverb", ["also", "then", "later"])
def test_travel_adverbs(adverb: str) -> None:  # travel_adverbs.txt
    assert c.TRAVEL_RE.search(f"Lint will {adverb} travel to Borin")


@pytest.mark.parametrize("phrase", ["be held", "take place", "be hosted by"])
def test_schedule_phrases(phrase: str) -> None:  # schedule_phrases.txt
    assert c.SCHEDULE_RE.match(f"will {phrase} Alba")


@pytest.mark.parametrize("opener", ["that", "the hope that", "hope that"])
def test_hope_openers(opener: str) -> None:  # hope_openers.txt
    assert c._after(f" {opener} the two cities set up a fund", 0) == "the two cities"


@pytest.mark.parametrize("verb", ["called", "calls", "call"])
def test_call_on_verbs(verb: str) -> None:  # call_on_verbs.txt: a courtesy call commits no one
    assert [m.group() for m in c.excluded_spans(f"Lint will {verb} on the mayor at his office.")] == [f"{verb} on"]
    assert c.excluded_spans(f"Lint will {verb} on the mayor to open an office.") == []
