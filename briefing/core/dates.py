"""Dates as readers see them: English day and month names, whatever locale the machine runs in.

strftime's day and month names follow the process's LC_TIME, and Qt sets that from the desktop on start:
a French desktop printed 'mercredi, 13 mai 2020' beside English labels. Every date a person reads,
on screen or on paper, is written here instead.
"""

from __future__ import annotations

import datetime

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(iso: str | None, weekday: bool = False) -> str:
    """'2020-05-13' as '13 May 2020' (with `weekday`, 'Wednesday, 13 May 2020'); '2020-05' as 'May 2020';
    anything else unchanged ('' for None or '')."""
    if not iso:
        return ""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return _month(iso)
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def short_date(moment: datetime.date) -> str:
    """'3 Dec 2026'."""
    return f"{moment.day} {MONTHS[moment.month - 1][:3]} {moment.year}"


def short_date_time(moment: datetime.datetime) -> str:
    """'3 Dec 2026, 14:05'."""
    return f"{short_date(moment)}, {moment:%H:%M}"


def _month(text: str) -> str:
    """'2020-05' as 'May 2020'; anything else unchanged."""
    year, dash, month = text.partition("-")
    if dash and len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS[int(month) - 1]} {year}"
    return text
