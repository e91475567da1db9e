"""Event dates anchored as the real set README §3 says (dateline day, a bare day, yesterday), and event kinds."""

from __future__ import annotations

from briefing.extract import extract


def test_dateline_without_year_takes_the_publication_year() -> None:
    text = ("Alba and Borin agree on ferries\n\n"
            "ALBA, May 22 (Wire) -- Delegates from Alba and Borin discussed ferry links in the capital.\n\n"
            "The meeting on Monday was attended by Governor Mara Lint and Mayor Oren Vale.\n")
    assert extract(text, published="2024-05-23").event_date == "2024-05-20"


def test_today_is_the_datelines_day() -> None:
    text = ("Governor receives envoy\n\n"
            "Alba, Jan. 17. (Wire) – Governor Mara Lint received here today the Borin envoy Oren Vale.\n")
    assert extract(text, published="2015-01-18").event_date == "2015-01-17"


def test_a_bare_day_is_the_latest_such_day() -> None:
    text = ("Governor meets delegation\n\n"
            "On 29th, Governor Mara Lint met with the delegation from Borin headed by Oren Vale.\n")
    assert extract(text, published="2018-04-03").event_date == "2018-03-29"


def test_yesterday_in_the_paragraph_after_the_lead() -> None:
    text = ("Alba and Borin deepen ties\n\n"
            "The Alba Regional Minister, Mara Lint, says the council is ready to work with Borin.\n\n"
            "She said this when the Borin envoy, Oren Vale, paid a courtesy call on her in Alba yesterday.\n")
    assert extract(text, published="2022-11-15").event_date == "2022-11-14"


def test_a_call_on_a_person_is_a_meeting() -> None:
    """README §3: 'called on' is a meeting."""
    text = ("Borin envoy calls on the Governor\n\n"
            "Borin's envoy, Mr. Oren Vale, called on Governor Mara Lint to congratulate her on taking office.\n")
    assert extract(text).event_kind == "meeting"


def test_a_lead_that_signs_is_a_signing() -> None:
    """A lead whose only meeting word is 'delegation' but which signs an agreement: a signing ceremony."""
    text = ("Friendship ties forged between Alba and Borin\n\n"
            "A visiting Alba delegation signed an agreement on friendly exchanges with the city of Borin on Monday.\n")
    assert extract(text).event_kind == "signing ceremony"


def test_a_lead_paragraph_that_runs_on_into_a_photo_caption_is_still_the_lead() -> None:
    text = ("ALBA: Borin's ambassador Oren Vale called on Alba's trade minister Mara Lint on Thursday to discuss "
            "ferry links and port fees, a month ahead of the new summer timetable. Trade minister Mara Lint and "
            "ambassador Oren Vale at the meeting (Photo/Alba Ministry)\n\n"
            "“Good talks on ferries and fees,” Lint wrote after the meeting.\n\n"
            "Vale said the two ports would share a timetable.")
    briefing = extract(text, published="2023-05-26")
    assert briefing.event_date == "2023-05-25"
    assert briefing.title.startswith("Borin's ambassador Oren Vale called on")  # the dateline is no part of it


def test_a_pages_date_line_above_the_headline_is_the_publication_date() -> None:
    page = ("KarsbrookPost.com\nMayors agree on a summer ferry line\n\n"
            "Jane Roe 6 minutes ago Thu 19th December 2019 | 10:55 PM\n\n"
            "KARSBROOK, Dec. 19 (KNA) – Mayor Ivo Lark on Thursday received Mayor Dag Rune of Vellmo for talks.\n\n"
            "Rune said Vellmo will build a new pier by the end of May.")
    briefing = extract(page)
    assert (briefing.event_date, briefing.source.published) == ("2019-12-19", "2019-12-19")
    assert briefing.title == "Mayors agree on a summer ferry line"


def test_the_second_paragraph_dates_an_event_the_lead_leaves_undated() -> None:
    text = ("Karsbrook calls for closer ties\n\n"
            "President Ivo Lark has called for closer cooperation between Karsbrook and Vellmo.\n\n"
            "President Lark spoke on Tuesday at State House, when he received a delegation sent by Governor Dana Roe.")
    assert extract(text, published="2022-05-10").event_date == "2022-05-10"


def test_a_weekday_right_after_a_briefing_or_a_meeting_is_its_day() -> None:
    text = ("Sides agree\n\n"
            "In a joint press briefing Thursday, Foreign Affairs Secretary Ivo Lark said the two sides agreed to "
            "deepen ties.")
    assert extract(text, published="2020-01-10").event_date == "2020-01-09"


def test_the_talks_named_by_their_date_in_the_second_paragraph_date_the_event() -> None:
    text = ("Ministers reaffirm support\n\n"
            "Foreign Minister Ivo Lark and Foreign Secretary Dana Roe at a meeting in Karsbrook emphasised their "
            "support for Vellmo.\n\n"
            "That is according to a joint statement following the November 11 talks, posted on the ministry's site.")
    assert extract(text, published="2022-11-12").event_date == "2022-11-11"


def test_a_bare_weekday_before_the_events_verb_dates_the_event() -> None:
    text = ("Leaders talk\n\nKarsbrook\n\nPresident Ivo Lark and his Vellmo counterpart Dana Roe Saturday agreed "
            "to work together for peace.\n\nLark said relations are good.")
    assert extract(text, published="2018-03-25").event_date == "2018-03-24"


def test_a_furniture_line_in_the_body_is_a_line_of_its_own() -> None:
    text = ("Lark talks trade with Roe in Karsbrook\n\nAna Berg from Karsbrook, news.example\n"
            "Published: 26 Oct 2019 01:53 AM BdST Updated: 26 Oct 2019 01:57 AM BdST\n"
            "Prime Minister Ivo Lark has discussed trade with her counterpart Dana Roe.\n"
            "She met Roe on the sidelines of the summit in Karsbrook on Friday.")
    briefing = extract(text)
    lark = next(p for p in briefing.participants if p.name == "Ivo Lark")
    assert (lark.title, lark.organization) == ("Prime Minister", None)
    assert briefing.event_date == "2019-10-25"


def test_a_dateline_on_its_own_line_above_the_lead_dates_the_event() -> None:
    text = ("President Lark receives Norland delegation\n\nKarsbrook, December 2, Wire\n\nPresident Ivo Lark has "
            "received a delegation led by the Norland chief of staff Dana Roe.\n\nRoe said the visit made deep "
            "impressions.")
    assert extract(text, published="2015-12-02").event_date == "2015-12-02"
    assert extract(text.replace("December 2", "Issue 5"), published="2015-12-02").event_date is None
