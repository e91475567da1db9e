"""The event date: 'On May 13', 'last Tuesday', 'Monday (March 3)', 'Wednesday (23)', datelines, 'today'.

With a publication date every phrase resolves against it. Without one, relative phrases ('today', 'last
Tuesday', 'Wednesday (23)') stay unresolved (None) rather than guessed, and a month and day without a year get
a year by these rules, marked `year_guessed`:
- a weekday written with the date ('Monday (March 3)', 'February 6 (Tue)', 'Thursday, 7 March', 'Wednesday
  (8/10)' day/month, or a dated
  dateline plus 'agreed Tuesday'): the most recent year up to today in which that date falls on that weekday;
- otherwise the dateline's year, else the latest year the headline, lead or body names in a way that can be
  the event's own (not 'by 2030', not the end of '2021-2025', not 'signed in 2016' or 'since 2011': earlier
  steps only bound the event from below) - never a date after today. When the text names no such year, the
  date is None and `without_year` keeps the month and day, for the reviewer to complete.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.core.news_text import is_page_furniture
from briefing.extract.lexicon import (
    MONTH_NAMES_RE,
    MONTHS,
    WEEKDAY_NAMES_RE,
    WEEKDAY_SHORT_RE,
    WEEKDAYS,
    alternation,
    entries,
    keyed,
    listed,
    with_upper,
    word_regex,
)

_MON = r"(?P<mon>" + MONTH_NAMES_RE + r")\.?"
_WD = r"(?P<wd>" + WEEKDAY_NAMES_RE + r")"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_NOT_COUNT = r"(?!\s*" + listed("count_nouns") + ")"
PATTERNS = [
    ("wd_md", re.compile(_WD + r",?\s*\(?\s*" + _MON + r"\s+" + _DAY + r"\)?" + _YEAR)),
    ("wd_dm", re.compile(_WD + r",?\s*\(?\s*(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MON + r"\)?" + _YEAR)),
    ("wd_d", re.compile(_WD + r"\s*\(\s*(?P<day>\d{1,2})\s*\)")),
    ("wd_num", re.compile(_WD + r",?\s*\(?\s*(?P<day>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<year>(?:19|20)?\d\d))?\b\)?")),
    ("md", re.compile(r"\b" + _MON + r"\s+" + _DAY + r"\b" + _NOT_COUNT + _YEAR)),
    ("dm", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"\b" + _YEAR)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("the_d", re.compile(r"\b[Oo]n (?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
                         + _MON.replace("?P<mon>", "?:") + r")")),
    ("rel_wd", re.compile(r"\b(?:(?P<rel>" + listed("weekday_relatives") + r")\s+)?" + _WD + r"\b")),
    ("today", re.compile(r"\b(?P<rel>" + listed("day_words") + r")\b")),
]
DAY_WORDS = keyed("day_words")  # 'yesterday' -> '1': days before the article's own date
WEEKDAY_RELATIVES = keyed("weekday_relatives")  # 'last' -> 'past', 'next' -> 'coming', 'on' -> 'recent'
_SPECIFIC = ("wd_md", "wd_dm", "wd_d", "wd_num", "md", "dm", "iso")
# '(Tue)', '(Tuesday)', '(Tue.)' right after a month and day
_WD_AFTER_RE = re.compile(r"\s*\(\s*(" + WEEKDAY_SHORT_RE + r")[a-z]*\.?\s*\)")
_REL_WD_BEFORE_RE = re.compile(r"(?:\b" + word_regex(entries("weekday_verbs")) + r"\s+|,\s*)$")
# '… and his counterpart Y Saturday agreed to …': a bare weekday before the event's verb
_REL_WD_AFTER_RE = re.compile(r"\s+" + word_regex([w for w in entries("weekday_verbs") if w != "on"]) + r"\b")
DATELINE_RE = re.compile(with_upper(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'/\-]+(?:,\s*(?!" + _MON + r"\s+\d)[A-Z][\w .]+)?,\s+"
                                    r"(?P<rest>[^–—\-(]{3,40})"))
# 'Potsdam, 22 October 2025. …': a dateline in ordinary case, a date right after the place
MIXED_DATELINE_RE = re.compile(with_upper(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},\s+(?P<rest>(?:\d{1,2}\s+"
                                          + _MON.replace("?P<mon>", "?:") + r"|" + _MON.replace("?P<mon>", "?:")
                                          + r"\s+\d{1,2})[^–—\-(]{0,30})"))
_REPORTED_ON_RE = re.compile(r"\b" + word_regex(entries("report_verbs")) + r"\s+(?:late\s+|early\s+)?on\s+"
                             r"(" + WEEKDAY_NAMES_RE + r")\b")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
# A year that cannot be the event's: a target ('by 2030'), a range's end, a founding or an earlier step.
_NOT_EVENT_YEAR_RE = re.compile(r"(?:\b" + listed("year_bound_words") + r"\s+(?:the\s+end\s+of\s+)?|"
                                r"[-–]\s*)$")
_PAST_STEP_RE = re.compile(r"(?:\b" + word_regex(entries("earlier_step_verbs")) + r"\b[^.;]{0,50}\bin|"
                           r"\bsince|\bago)\s+$")


# A line that only carries the article's own date: 'News release | November 18, 2025',
# 'Updated: 2025-09-23 14:05', 'Published on 3 March 2024', 'Tuesday, May 7, 2024'.
_STAMP_LABEL = r"(?:[A-Za-z][A-Za-z .]{0,24}?\s*(?:[|:,/–—-]|\bon\b)\s*)?"
_STAMP_WD = r"(?:" + listed("stamp_weekday_stems") + r"(?:day)?\.?,?\s+)?"
_STAMP_TIME = r"(?:(?:,|\s+[/|–—-])?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?)?"
PUBLICATION_LINE_RE = re.compile(
    r"^\s*" + _STAMP_LABEL + _STAMP_WD
    + r"(?:" + _MON.replace("?P<mon>", "?P<mon1>") + r"\s+(?P<day1>\d{1,2}),?\s+(?P<year1>(?:19|20)\d\d)"
    + r"|(?P<day2>\d{1,2})\s+" + _MON.replace("?P<mon>", "?P<mon2>") + r",?\s+(?P<year2>(?:19|20)\d\d)"
    + r"|(?P<year3>(?:19|20)\d\d)-(?P<mon3>\d\d)-(?P<day3>\d\d))"
    + _STAMP_TIME + r"\s*$")


# a month in capitals: its first three letters and any capitals after them ('JUN', 'JUNE', 'SEPT')
_CAPS_MONTH_RE = re.compile(r"\b" + alternation(sorted({k[:3].upper() for k in MONTHS})) + r"[A-Z]*\b")
_TIME_FIRST_RE = re.compile(r"(?<=[:\s])\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?\s*,\s*")


_BARE_LABEL_RE = re.compile(r"^(\s*" + listed("publication_labels") + r")\s+(?=[A-Z0-9])")


def _plain_stamp(part: str) -> str:
    """'Published: 11:42, 12 JUN 2025' as 'Published: 12 Jun 2025': a time before the date and capitals dropped."""
    part = _CAPS_MONTH_RE.sub(lambda m: m.group().title(), _TIME_FIRST_RE.sub(" ", part, count=1))
    return _BARE_LABEL_RE.sub(r"\1: ", part)


# the full date inside a line of a page's furniture: 'Jane Roe 6 minutes ago Thu 19th December 2019 | 10:55 PM'
_FURNITURE_DATE_RE = re.compile(r"\b(?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON.replace("?P<mon>", "?P<mon1>")
                                + r"|" + _MON.replace("?P<mon>", "?P<mon2>") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
                                + r",?\s+(?P<year>(?:19|20)\d\d)\b")


def publication_date(lines: list[str]) -> str | None:
    """The date of a line that carries nothing but the article's own date (with a label such as
    'News release |' or 'Updated:', or as one '|' field of a 'Source: X | Updated: …' line), as
    YYYY-MM-DD; None when no line does."""
    parts = [part for line in lines if len(line) <= 100 for part in (line, *re.split(r"\||\s/\s", line)[1:])]
    for part in parts:
        m = PUBLICATION_LINE_RE.match(part) or PUBLICATION_LINE_RE.match(_plain_stamp(part))
        if not m:
            continue
        g = m.groupdict()
        if g["year3"]:
            found = _make(int(g["year3"]), int(g["mon3"]), int(g["day3"]))
        else:
            n = "1" if g["year1"] else "2"
            found = _make(int(g["year" + n]), MONTHS[g["mon" + n].lower().rstrip(".")], int(g["day" + n]))
        if found is not None:
            return found.isoformat()
    for line in lines:
        m = _FURNITURE_DATE_RE.search(line) if is_page_furniture(line) else None
        if m:
            n = "1" if m.group("day1") else "2"
            found = _make(int(m.group("year")), MONTHS[m.group("mon" + n).lower().rstrip(".")], int(m.group("day" + n)))
            if found is not None:
                return found.isoformat()
    return None


@dataclass(slots=True)
class EventDate:
    iso: str | None
    year_guessed: bool = False
    without_year: tuple[int, int] | None = None  # (month, day) the text gives when no year can be fixed


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The month/day nearest the reference date, preferring the past (news reports what happened)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = _make(year, month, day)
        if cand is None:
            continue
        delta = (cand - ref).days
        cost = abs(delta) if delta <= 7 else abs(delta) * 3
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None


def weekday_year(month: int, day: int, weekday: int, today: dt.date) -> dt.date | None:
    """The most recent date, up to today, with this month and day falling on this weekday."""
    for year in range(today.year, today.year - 60, -1):
        cand = _make(year, month, day)
        if cand is not None and cand.weekday() == weekday and cand <= today:
            return cand
    return None


def _event_years(text: str, today: dt.date) -> list[int]:
    """Years written in `text` that can be the event's own: not future, not targets, range ends or earlier steps."""
    years = []
    for m in YEAR_RE.finditer(text):
        year = int(m.group(1))
        before = text[max(0, m.start() - 70):m.start()]
        if year > today.year or _NOT_EVENT_YEAR_RE.search(before) or _PAST_STEP_RE.search(before):
            continue
        years.append(year)
    return years


def guess_year(month: int, day: int, head: str, body: str, today: dt.date) -> dt.date | None:
    """A year for a month and day written without one (see the module notes); never after today."""
    years = [y for y in _event_years(head + "\n" + body, today) if (_make(y, month, day) or today) <= today]
    return _make(max(years), month, day) if years else None


@dataclass(slots=True)
class _Scene:
    """What the resolver knows: the publication date (or a dated dateline) and the text to guess a year from."""
    ref: dt.date | None
    head: str
    body: str
    today: dt.date


def _weekday_with(kind: str, m: re.Match[str], sentence: str) -> int | None:
    word = m.groupdict().get("wd")
    if word:
        return WEEKDAYS[word.lower()]
    if kind in ("md", "dm"):
        short = _WD_AFTER_RE.match(sentence, m.end())
        if short:
            return WEEKDAYS[short.group(1).lower()]
    return None


def _resolve(kind: str, m: re.Match[str], sentence: str, scene: _Scene) -> EventDate | None:
    groups = m.groupdict()
    ref = scene.ref
    if kind == "today":
        if ref is None:
            return None
        delta = int(DAY_WORDS[groups["rel"]])
        return EventDate((ref - dt.timedelta(days=delta)).isoformat())
    if kind == "rel_wd":
        if ref is None:
            return None
        weekday = WEEKDAYS[groups["wd"].lower()]
        back = (ref.weekday() - weekday) % 7
        rel = WEEKDAY_RELATIVES.get((groups.get("rel") or "").lower(), "recent")
        if rel == "past" and back == 0:
            back = 7
        if rel == "coming":
            return EventDate((ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)).isoformat())
        return EventDate((ref - dt.timedelta(days=back)).isoformat())
    day = int(groups["day"])
    if kind == "the_d":  # 'on the 14th': that day of the month the article was published in, or the one before
        if ref is None:
            return None
        for shift in (0, -1):
            month = (ref.month - 1 + shift) % 12 + 1
            cand = _make(ref.year + (ref.month - 1 + shift) // 12, month, day)
            if cand is not None and cand <= ref:
                return EventDate(cand.isoformat())
        return None
    if kind == "wd_d":
        if ref is None:
            return None
        weekday = WEEKDAYS[groups["wd"].lower()]
        for shift in (0, -1, 1):
            month = (ref.month - 1 + shift) % 12 + 1
            year = ref.year + (ref.month - 1 + shift) // 12
            cand = _make(year, month, day)
            if cand is not None and cand.weekday() == weekday:
                return EventDate(cand.isoformat())
        cand = _make(ref.year, ref.month, day)
        return EventDate(cand.isoformat()) if cand else None
    month = int(groups["m"]) if kind in ("iso", "wd_num") else MONTHS[groups["mon"].lower().rstrip(".")]
    if kind == "wd_num" and month > 12 >= day:
        day, month = month, day  # 'Wednesday (10/8)' written month first
    if groups.get("year"):
        year = int(groups["year"])
        cand = _make(year + 2000 if year < 100 else year, month, day)
        return EventDate(cand.isoformat()) if cand else None
    if ref is not None:
        cand = _closest_year(month, day, ref)
        return EventDate(cand.isoformat()) if cand else None
    weekday = _weekday_with(kind, m, sentence)
    if weekday is not None:
        cand = weekday_year(month, day, weekday, scene.today)
        if cand is not None:
            return EventDate(cand.isoformat(), year_guessed=True)
    cand = guess_year(month, day, scene.head, scene.body, scene.today)
    return EventDate(cand.isoformat(), year_guessed=True) if cand else EventDate(None, without_year=(month, day))


def _first_match(sentence: str, skip_to: int = 0) -> tuple[str, re.Match[str]] | None:
    """The earliest date phrase; a weekday with its date ('on Monday (March 3)') beats the bare weekday."""
    best: tuple[int, int, str, re.Match[str]] | None = None
    for order, (kind, regex) in enumerate(PATTERNS):
        for m in regex.finditer(sentence, skip_to):
            if kind == "rel_wd" and not m.group("rel") and not _REL_WD_BEFORE_RE.search(sentence, 0, m.start("wd")) \
                    and not _REL_WD_AFTER_RE.match(sentence, m.end()):
                continue
            pos = m.start("wd") if kind == "rel_wd" else m.start()
            key = (pos, order)
            if best is None or key < best[:2]:
                best = (pos, order, kind, m)
            break
    return (best[2], best[3]) if best else None


def _dateline(sentence: str) -> tuple[int, int, int | None, int] | None:
    """(month, day, year or None, end offset) of a dateline date: 'ROME, June 4 (Wire) --'."""
    dl = DATELINE_RE.match(sentence) or MIXED_DATELINE_RE.match(sentence)
    found = _first_match(dl.group("rest")) if dl else None
    if not (dl and found and found[0] in ("md", "dm", "iso")):
        return None
    g = found[1].groupdict()
    month = int(g["m"]) if found[0] == "iso" else MONTHS[g["mon"].lower().rstrip(".")]
    return month, int(g["day"]), int(g["year"]) if g.get("year") else None, dl.start("rest") + found[1].end()


def event_date(lead: list[str], published: str | None, whole_text: str, today: dt.date | None = None,
               headline: str = "") -> EventDate:
    """Resolve the first date phrase of the lead sentences; a dateline date is used when nothing else is."""
    today = today or dt.date.today()
    scene = _Scene(_parse_iso(published), headline + "\n" + " ".join(lead), whole_text, today)
    dateline: tuple[int, int, int | None, int] | None = None
    without_year: tuple[int, int] | None = None  # the first day and month found that no year could be fixed for
    for idx, sentence in enumerate(lead):
        skip = 0
        if idx <= 1 and dateline is None:
            dateline = _dateline(sentence)
            if dateline is not None:
                skip = dateline[3]
                if scene.ref is None and dateline[2]:
                    scene.ref = _make(dateline[2], dateline[0], dateline[1])
                elif scene.ref is not None:  # the dateline's day anchors 'today' and weekdays (README §3)
                    scene.ref = _make(dateline[2], dateline[0], dateline[1]) if dateline[2] else _closest_year(
                        dateline[0], dateline[1], scene.ref)
        found = _first_match(sentence, skip)
        if found is None:
            continue
        kind, m = found
        if scene.ref is None and dateline is not None:
            if kind == "rel_wd":
                # 'TRIESTE, June 4 -- ... agreed on Tuesday': the dateline's date is taken as that weekday
                rel = WEEKDAY_RELATIVES.get((m.group("rel") or "").lower(), "recent")
                said_on = _REPORTED_ON_RE.search(sentence)
                if said_on and said_on.group(1).lower() != m.group("wd").lower() and rel == "recent":
                    # '... talks on Wednesday ..., the ministry said on Thursday': the dateline is the Thursday
                    report = weekday_year(dateline[0], dateline[1], WEEKDAYS[said_on.group(1).lower()], today)
                    if report is not None:
                        back = (report.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
                        return EventDate((report - dt.timedelta(days=back)).isoformat(), year_guessed=True)
                same = weekday_year(dateline[0], dateline[1], WEEKDAYS[m.group("wd").lower()], today)
                if same is not None and rel == "recent":
                    return EventDate(same.isoformat(), year_guessed=True)
            if kind in _SPECIFIC and kind != "wd_d" and (m.groupdict().get("year")
                                                         or _weekday_with(kind, m, sentence) is not None):
                result = _resolve(kind, m, sentence, scene)
            else:
                guessed_ref = guess_year(dateline[0], dateline[1], scene.head, whole_text, today)
                scene.ref = guessed_ref
                result = _resolve(kind, m, sentence, scene)
                scene.ref = None
                if result and result.iso:
                    result.year_guessed = True
        else:
            result = _resolve(kind, m, sentence, scene)
        if result and result.iso:
            return result
        without_year = without_year or (result.without_year if result else None)
    if dateline is not None:
        if dateline[2]:
            cand = _make(dateline[2], dateline[0], dateline[1])
            return EventDate(cand.isoformat() if cand else None)
        if scene.ref is not None:  # the publication date fixes the dateline's year
            return EventDate(scene.ref.isoformat())
        cand = guess_year(dateline[0], dateline[1], scene.head, whole_text, today)
        if cand is not None:
            return EventDate(cand.isoformat(), year_guessed=True)
        return EventDate(None, without_year=without_year or (dateline[0], dateline[1]))
    if scene.ref is not None and _DONE_TODAY_RE.search(whole_text):
        return EventDate(scene.ref.isoformat())  # rule 'done today': '... both regions signed today a ...'
    return EventDate(None, without_year=without_year)


# The encounter reported as done 'today' anywhere in the text, when the lead gives no date.
_DONE_TODAY_RE = re.compile(r"\b" + word_regex(entries("event_done_verbs")) + r"\s+(?:\w+\s+)?today\b")
