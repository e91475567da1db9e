"""Event dates without a publication date: weekday-fixed years, year guesses (tagged), relative phrases left null."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import extract
from briefing.extract.dates import event_date, guess_year, weekday_year

TODAY = dt.date(2026, 11, 25)


def _date(lead: str, published: str | None = None, headline: str = "", body: str = "") -> tuple[str | None, bool]:
    found = event_date([lead], published, headline + "\n\n" + lead + "\n\n" + body, today=TODAY, headline=headline)
    return found.iso, found.year_guessed


@pytest.mark.parametrize("lead, expected", [
    ("The governors spoke by phone on Monday (March 3), discussing mining.", "2025-03-03"),
    ("On February 6 (Tue), the governor held talks with the visitors.", "2024-02-06"),
    ("On October 8 (Tue.), the two mayors met at city hall.", "2024-10-08"),
    ("The documents were signed at a ceremony on Thursday 7 March.", "2024-03-07"),
    ("Brussels, Thursday, 17 October – The two regions signed a memorandum.", "2024-10-17"),
    ("SEOUL, Nov. 6 (Yonhap) -- The two provinces agreed Wednesday to set up a centre.", "2024-11-06"),
    ("TRIESTE, June 4 (Wire) -- The mayors agreed on Tuesday to open an office.", "2024-06-04"),
    ("The forum opened on Friday, September 13 in the old town hall.", "2024-09-13"),
])
def test_weekday_fixes_the_year(lead: str, expected: str) -> None:
    # the most recent year up to today in which that date falls on that weekday, not a year named elsewhere
    iso, guessed = _date(lead, body="The cities first signed an agreement in 2011 and will meet again in 2030.")
    assert (iso, guessed) == (expected, True)


def test_weekday_year_never_after_today() -> None:
    assert weekday_year(12, 25, 4, TODAY) == dt.date(2020, 12, 25)  # 2026-12-25 is a Friday but still to come
    assert weekday_year(11, 25, 2, TODAY) == TODAY


def test_year_guess_order() -> None:
    # dateline year
    assert _date("ROME, May 9, 2023 (Wire) -- The mayors met on May 8.") == ("2023-05-08", False)
    # a year in the headline or lead
    assert _date("On May 13, the 2024 sister-city forum opened.") == ("2024-05-13", True)
    # a year in the body that can be the event's own ('the plan for 2023'), not 'signed in 2016' or 'by 2030'
    assert _date("On April 18, the two sides held talks.", body="They signed a plan for 2023. By 2030 ...") == (
        "2023-04-18", True)
    # no year the event can have: no date ('If the year cannot be fixed from the page, the value is null')
    assert _date("On June 8, a video conference was held.",
                 body="The two sides signed a letter of intent in 2016. They aim for 2030.") == (None, False)
    assert _date("On December 10, the mayors met.") == (None, False)


def test_a_day_without_a_year_is_kept_for_the_reviewer() -> None:
    found = event_date(["On December 10, the mayors met."], None, "", today=TODAY)
    assert found.iso is None and found.without_year == (12, 10)
    assert event_date(["BORIN, May 22 -- The mayors met."], None, "", today=TODAY).without_year == (5, 22)
    assert event_date(["The mayors met."], None, "", today=TODAY).without_year is None
    assert event_date(["On December 10, the mayors met."], "2025-12-11", "", today=TODAY).iso == "2025-12-10"
    assert guess_year(2, 29, "", "", TODAY) is None  # no year on the page: none is made up
    assert guess_year(2, 29, "", "The 2024 plan.", TODAY) == dt.date(2024, 2, 29)


@pytest.mark.parametrize("lead", [
    "The mayor met the visitors today at the town hall.",
    "The two mayors met here last Tuesday to discuss fish trade.",
    "On Wednesday (23), the governor received a delegation.",
    "The seminar was held earlier this month.",
    "Secretary Jane Roe met today with the visiting minister.",
])
def test_relative_dates_need_the_publication_date(lead: str) -> None:
    assert _date(lead) == (None, False)


@pytest.mark.parametrize("lead, published, expected", [
    ("The mayor met the visitors today at the town hall.", "2024-04-12", "2024-04-12"),
    ("The two mayors met here last Tuesday to discuss fish trade.", "2024-04-22", "2024-04-16"),
    ("On Wednesday (23), the governor received a delegation.", "2023-08-24", "2023-08-23"),
    ("The governors spoke by phone on Monday (March 3).", "2025-03-04", "2025-03-03"),
    ("On May 21, the secretary met the delegation.", "2024-05-22", "2024-05-21"),
    ("On December 30, the mayors met.", "2025-01-02", "2024-12-30"),
    ("The seminar was held earlier this month.", "2023-11-20", None),
])
def test_publication_date_resolves_exactly(lead: str, published: str, expected: str | None) -> None:
    assert _date(lead, published) == (expected, False)


def test_extract_tags_guessed_years() -> None:
    b = extract("Talks\n\nOn February 6 (Tue), the governor held talks with the visiting delegation.")
    assert b.event_date and b.event_date.endswith("-02-06") and "date-year-guessed" in b.tags
    assert dt.date.fromisoformat(b.event_date).weekday() == 1
    b = extract("Talks\n\nThe governor held talks with the visiting delegation today.")
    assert b.event_date is None and "date-year-guessed" not in b.tags
    b = extract("Talks\n\nThe governor held talks with the visiting delegation today.", published="2024-02-08")
    assert b.event_date == "2024-02-08" and "date-year-guessed" not in b.tags


def test_a_release_date_line_stands_in_for_the_publication_date() -> None:
    article = ("Harbour towns agree on a ferry timetable\n\n"
               "Press office | Updated: 2024-06-12 09:30\n\n"
               "The mayors of Porto Velho and Sandvik met on Monday and agreed to run a weekly ferry "
               "from next spring, the two town halls said.\n\n"
               "Mayor Ines Carvalho said the ferry would carry students and freight.")
    draft = extract(article)
    assert draft.source.published == "2024-06-12"
    assert draft.event_date == "2024-06-10"
    assert "date-year-guessed" not in draft.tags


def test_publication_date_lines() -> None:
    from briefing.extract.dates import publication_date

    assert publication_date(["News release | November 18, 2025"]) == "2025-11-18"
    assert publication_date(["Published on 3 March 2024"]) == "2024-03-03"
    assert publication_date(["Tuesday, May 7, 2024, 10:15 GMT"]) == "2024-05-07"
    assert publication_date(["Source: City Daily | Updated: 2025-09-23"]) == "2025-09-23"
    assert publication_date(["The talks on May 7, 2024 were held in the town hall of the old port city."]) is None
    assert publication_date(["By Staff Reporter"]) is None
