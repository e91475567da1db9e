"""Dates as readers see them: English names whatever the machine's locale, one formatter for every front."""

from __future__ import annotations

import datetime
import locale
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.core.dates import long_date, short_date, short_date_time

PACKAGE = Path(__file__).resolve().parents[2] / "briefing"
# strftime's locale-bound names: %a %A %b %B %c %x %X %p
LOCALE_NAMES = re.compile(r"%[aAbBcxXp]")


def test_long_dates() -> None:
    assert long_date("2020-05-13") == "13 May 2020"
    assert long_date("2020-05-13", weekday=True) == "Wednesday, 13 May 2020"
    assert long_date("2026-12-07", weekday=True) == "Monday, 7 December 2026"
    assert long_date("2020-05") == "May 2020"
    assert long_date("2020-13") == "2020-13" and long_date("2020-00-10") == "2020-00-10"
    assert long_date("sometime") == "sometime" and long_date(None) == "" and long_date("") == ""


def test_short_dates() -> None:
    assert short_date(datetime.date(2026, 12, 3)) == "3 Dec 2026"
    assert short_date_time(datetime.datetime(2026, 9, 30, 8, 5)) == "30 Sep 2026, 08:05"


def test_no_date_a_person_reads_goes_through_the_locale_names_of_strftime() -> None:
    """Qt sets the process's locale from the desktop, so '%B' printed 'mai' on a French machine."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ("strftime" in line or re.search(r"\{[^{}]*:[^{}]*%", line)) and LOCALE_NAMES.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert found == []


def test_the_scan_sees_a_locale_bound_name(tmp_path: Path) -> None:
    line = 'when = f"{made.day} {made:%b %Y}"'
    assert re.search(r"\{[^{}]*:[^{}]*%", line) and LOCALE_NAMES.search(line)


@pytest.fixture
def french_or_german_time() -> Iterator[str]:
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("fr_FR.UTF-8", "de_DE.UTF-8", "fr_FR.utf8", "de_DE.utf8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            yield name
        finally:
            locale.setlocale(locale.LC_TIME, saved)
        return
    pytest.skip("no French or German locale on this machine (the scan above covers the code)")


def test_dates_stay_english_under_another_locale(french_or_german_time: str) -> None:
    assert datetime.date(2020, 5, 13).strftime("%B") != "May"  # the locale is in force
    assert long_date("2020-05-13", weekday=True) == "Wednesday, 13 May 2020"
    assert short_date(datetime.date(2026, 12, 3)) == "3 Dec 2026"
