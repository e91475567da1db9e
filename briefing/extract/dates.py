"""The event date: 'On May 13', 'last Tuesday', 'Monday (March 3)', 'Wednesday (23)', datelines, 'today'."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.lexicon import MONTHS, WEEKDAYS

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
       r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
PATTERNS = [
    ("wd_md", re.compile(_WD + r",?\s*\(?\s*" + _MON.replace("mon", "mon") + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                         + r"\)?" + _YEAR)),
    ("wd_dm", re.compile(_WD + r",?\s*\(?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + _YEAR)),
    ("wd_d", re.compile(_WD + r"\s*\(\s*(?P<day>\d{1,2})\s*\)")),
    ("md", re.compile(r"\b" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|"
                      r"million|billion|days|years|months|weeks|people|participants))" + _YEAR)),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\b" + _YEAR)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("rel_wd", re.compile(r"\b(?P<rel>last|this|next|on|early|late)?\s*" + _WD + r"\b")),
    ("today", re.compile(r"\b(?P<rel>today|yesterday|tonight|this morning|this afternoon|this evening)\b")),
]
DATELINE_RE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'\-]+(?:,\s*[A-Z][\w .]+)?,\s+(?P<rest>[^–—\-(]{3,40})")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(slots=True)
class EventDate:
    iso: str | None
    year_guessed: bool = False


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


def _weekday_year(month: int, day: int, weekday: int, today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year - 40, -1):
        cand = _make(year, month, day)
        if cand is not None and cand.weekday() == weekday and cand <= today + dt.timedelta(days=7):
            return cand
    return None


def _context_year(text: str, today: dt.date) -> int:
    """A year to assume when none is given: the latest plausible past year the article names, else this year."""
    years = []
    for m in YEAR_RE.finditer(text):
        year = int(m.group(1))
        before = text[max(0, m.start() - 4):m.start()]
        if year > today.year or re.search(r"(?:by|-|–|to) ?$", before):
            continue
        years.append(year)
    return max(years) if years else today.year


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None, text: str, today: dt.date) -> EventDate | None:
    groups = m.groupdict()
    if kind == "today":
        if ref is None:
            return None
        delta = 1 if groups["rel"] == "yesterday" else 0
        return EventDate((ref - dt.timedelta(days=delta)).isoformat())
    if kind == "rel_wd":
        if ref is None:
            return None
        weekday = WEEKDAYS[groups["wd"].lower()]
        back = (ref.weekday() - weekday) % 7
        rel = (groups.get("rel") or "").lower()
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            return EventDate((ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)).isoformat())
        return EventDate((ref - dt.timedelta(days=back)).isoformat())
    day = int(groups["day"])
    if kind == "wd_d":
        weekday = WEEKDAYS[groups["wd"].lower()]
        if ref is None:
            return None
        for shift in (0, -1, 1):
            month = (ref.month - 1 + shift) % 12 + 1
            year = ref.year + (ref.month - 1 + shift) // 12
            cand = _make(year, month, day)
            if cand is not None and cand.weekday() == weekday:
                return EventDate(cand.isoformat())
        cand = _make(ref.year, ref.month, day)
        return EventDate(cand.isoformat()) if cand else None
    month = int(groups["m"]) if kind == "iso" else MONTHS[groups["mon"].lower().rstrip(".")]
    if groups.get("year"):
        cand = _make(int(groups["year"]), month, day)
        return EventDate(cand.isoformat()) if cand else None
    if ref is not None:
        cand = _closest_year(month, day, ref)
        return EventDate(cand.isoformat()) if cand else None
    weekday_word = groups.get("wd")
    after = text[m.end():m.end() + 12]
    short = re.match(r"\s*\((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\)", after)
    if weekday_word or short:
        weekday = WEEKDAYS[(weekday_word or short.group(1)).lower()]
        cand = _weekday_year(month, day, weekday, today)
        if cand is not None:
            return EventDate(cand.isoformat(), year_guessed=True)
    cand = _make(_context_year(text, today), month, day)
    return EventDate(cand.isoformat(), year_guessed=True) if cand else None


def _first_match(sentence: str, skip_to: int = 0) -> tuple[str, re.Match[str]] | None:
    best: tuple[int, int, str, re.Match[str]] | None = None
    for order, (kind, regex) in enumerate(PATTERNS):
        for m in regex.finditer(sentence, skip_to):
            if kind == "rel_wd" and not m.group("rel") and not re.search(
                    r"(?:\b(?:on|agreed|met|held|said|signed|announced)\s+|,\s*)$", sentence[:m.start("wd")]):
                continue
            key = (m.start(), order)
            if best is None or key < best[:2]:
                best = (m.start(), order, kind, m)
            break
    return (best[2], best[3]) if best else None


def event_date(lead: list[str], published: str | None, whole_text: str,
               today: dt.date | None = None) -> EventDate:
    """Resolve the first date phrase of the lead sentences; a dateline date is used when nothing else is."""
    today = today or dt.date.today()
    ref = _parse_iso(published)
    guessed = False
    dateline: tuple[int, int, int | None] | None = None
    for idx, sentence in enumerate(lead):
        skip = 0
        if idx <= 1 and dateline is None:
            dl = DATELINE_RE.match(sentence)
            found = _first_match(dl.group("rest")) if dl else None
            if dl and found and found[0] in ("md", "dm", "iso"):
                g = found[1].groupdict()
                month = int(g["m"]) if found[0] == "iso" else MONTHS[g["mon"].lower().rstrip(".")]
                dateline = (month, int(g["day"]), int(g["year"]) if g.get("year") else None)
                skip = dl.start("rest") + found[1].end()
                if ref is None and dateline[2]:
                    ref = _make(dateline[2], month, dateline[1])
        found = _first_match(sentence, skip)
        if found is None:
            continue
        kind, m = found
        if ref is None and dateline is not None and kind == "rel_wd":
            rel = (m.group("rel") or "").lower()
            same = _weekday_year(dateline[0], dateline[1], WEEKDAYS[m.group("wd").lower()], today)
            if same is not None and rel not in ("last", "next"):
                return EventDate(same.isoformat(), year_guessed=True)
        if ref is None and dateline is not None:
            ref = _make(_context_year(whole_text, today), dateline[0], dateline[1])
            guessed = True
        result = _resolve(kind, m, ref, whole_text, today)
        if result and result.iso:
            result.year_guessed = result.year_guessed or guessed
            return result
    if dateline is not None:
        if dateline[2]:
            cand = _make(dateline[2], dateline[0], dateline[1])
            return EventDate(cand.isoformat() if cand else None)
        if ref is not None:
            return EventDate(ref.isoformat(), year_guessed=guessed)
        cand = _make(_context_year(whole_text, today), dateline[0], dateline[1])
        return EventDate(cand.isoformat() if cand else None, year_guessed=True)
    return EventDate(None)
