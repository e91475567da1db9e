"""Rules added after the n01–n06 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import run as _run


def test_place_and_date_line_and_label_lead() -> None:
    out = _run("Governor meets trade mission\n\nPress release of the Office of the Governor\n\n"
               "Lyon, 12 March 2025. Governor Ana Lima received the trade mission on Tuesday.")
    assert out["event_date"] == "2025-03-11"
    out = _run("Ministers meet\n\nPress note\n\nKochi, 6 June 2025\n\nMinister Ravi Nair met the visiting "
               "delegation on Thursday and discussed fisheries.")
    assert out["event_date"] == "2025-06-05"


def test_posted_line_with_slash_and_time() -> None:
    out = _run("Towns sign pact\n\nPosted: Jun 6, 2025 / 05:40 PM CDT\n\nMayor Lee Park and Mayor Ola Berg "
               "signed a pact at City Hall on Wednesday.")
    assert out["event_date"] == "2025-06-04"


def test_month_first_name_and_hokim_and_compound_title() -> None:
    out = _run("Regions meet\n\nHokim of Bukhara region Anvar Rashidov received the delegation.\n\n"
               "Also present were State Secretary for Digital Affairs June Holt and Deputy hokim of the "
               "region Bekzod Nurmatov.\n\nPremier-Minister Eva Stark spoke first. The Premier-Minister said: "
               "\u201cWe are neighbours.\u201d")
    names = {p["name"] for p in out["participants"]}
    assert {"Anvar Rashidov", "June Holt", "Bekzod Nurmatov"} <= names
    assert any(s["speaker"] == "Eva Stark" and s["text"].startswith("The Premier-Minister said")
               for s in out["statements"])


def test_reported_would_after_informed_and_we_propose_and_which_provides_for() -> None:
    out = _run("Cities meet\n\nMayor Ines Roca met Mayor Tom Hale in Porto on 3 May 2025.\n\n"
               "She informed that the port authority would open an office next year.\n\n"
               "\u201cWe propose to hold a joint fair in Porto,\u201d Mayor Hale said.\n\n"
               "The sides signed a plan, which provides for holding a regatta in summer.\n\n"
               "The two mayors reviewed the budget and undertook to meet every year.")
    texts = {c["text"]: c for c in out["commitments"]}
    assert "She informed that the port authority would open an office next year." in texts
    assert texts["\u201cWe propose to hold a joint fair in Porto,\u201d Mayor Hale said."]["firmness"] == "proposal"
    assert texts["The sides signed a plan, which provides for holding a regatta in summer."]["actor"] == "both sides"
    assert texts["The two mayors reviewed the budget and undertook to meet every year."]["actor"] == "both sides"


def test_decided_that_named_department_is_the_actor() -> None:
    out = _run("Meeting held\n\nMinister Lars Eid met State Secretary Dr. Mia Koch in Oslo on 2 May 2025.\n\n"
               "Dr. Koch stated that Hessian firms were keen to invest.\n\n"
               "It was also decided that the Transport Department will draft a plan within a month.")
    actors = {c["text"]: c["actor"] for c in out["commitments"]}
    assert actors["It was also decided that the Transport Department will draft a plan within a month."] == \
        "Transport Department"


def test_meeting_with_a_delegation_is_a_meeting() -> None:
    out = _run("Minister chairs meeting with Tyrolean delegation\n\nMinister Ravi Nair chaired a meeting with a "
               "delegation from Tyrol on 4 June 2025.")
    assert out["event_kind"] == "meeting"
