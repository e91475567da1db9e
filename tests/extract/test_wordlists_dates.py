"""Date word lists moved out of the rules' code: each entry, on a one-line fixture, still does its work."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import dates

TODAY = dt.date(2025, 6, 1)


def lead_date(line: str, published: str = "2025-03-05") -> str | None:
    """The event date of an article whose lead is `line`."""
    return dates.event_date(["Alba and Borin meet", line], published, line, TODAY).iso


@pytest.mark.parametrize("noun", ["%", "percent", "per cent", "million", "billion", "days", "years", "months",
                                  "weeks", "people", "participants"])
def test_count_nouns(noun: str) -> None:  # count_nouns.txt
    assert lead_date("Trade grew in March 12 and May 5 this year.") == "2025-03-12"
    assert lead_date(f"Trade grew in March 12 {noun} and May 5 this year.") == "2025-05-05"


@pytest.mark.parametrize(("word", "date"), [("today", "2025-03-05"), ("yesterday", "2025-03-04"),
                                            ("tonight", "2025-03-05"), ("this morning", "2025-03-05"),
                                            ("this afternoon", "2025-03-05"), ("this evening", "2025-03-05")])
def test_day_words(word: str, date: str) -> None:  # day_words.txt
    assert lead_date(f"The governor met the mayor {word} in Alba.") == date


@pytest.mark.parametrize(("word", "date"), [("last", "2025-02-26"), ("this", "2025-03-05"), ("next", "2025-03-12"),
                                            ("on", "2025-03-05"), ("early", "2025-03-05"), ("late", "2025-03-05")])
def test_weekday_relatives(word: str, date: str) -> None:  # weekday_relatives.txt (2025-03-05 is a Wednesday)
    assert lead_date(f"The governor met the mayor {word} Wednesday in Alba.") == date
    m = dict(dates.PATTERNS)["rel_wd"].search(f"met {word} Wednesday")
    assert m and m.group("rel") == word


@pytest.mark.parametrize("stem", ["Mon", "Tue", "Tues", "Wed", "Wednes", "Thu", "Thurs", "Fri", "Sat", "Satur",
                                  "Sun"])
def test_stamp_weekday_stems(stem: str) -> None:  # stamp_weekday_stems.txt
    assert dates.publication_date([f"{stem} May 7, 2024"]) == "2024-05-07"
    if len(stem) > 3 or stem in ("Mon", "Fri", "Sun"):
        assert dates.publication_date([f"{stem}day May 7, 2024"]) == "2024-05-07"


@pytest.mark.parametrize("label", ["First published", "Last updated", "Published", "Updated", "Posted"])
def test_publication_labels(label: str) -> None:  # publication_labels.txt
    assert dates.publication_date([f"{label} 3 March 2024"]) == "2024-03-03"


@pytest.mark.parametrize("word", ["by", "until", "till", "to", "through", "before", "since", "from"])
def test_year_bound_words(word: str) -> None:  # year_bound_words.txt: a bound's year is not the event's
    assert dates.guess_year(3, 4, "Alba and Borin meet", "The plan runs 2023 and on", TODAY) == dt.date(2023, 3, 4)
    for bound in (f"{word} 2023", f"{word} the end of 2023"):
        assert dates.guess_year(3, 4, "Alba and Borin meet", f"The plan runs {bound} and on", TODAY) is None
