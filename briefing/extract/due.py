"""Due dates: the phrase that puts a commitment on the calendar ('by the end of 2025') and the ISO end of it."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from briefing.extract.lexicon import alternation, entries, keyed, phrase_regex

# Rules, each a pattern built from the word lists in resources/lexicon/en/:
# - part_of:  'by the end of 2025', 'in the first half of 2022', 'before the end of the year'
# - year_end: 'by the year end', 'by year-end'
# - relative: 'next month', 'later this year', 'early next year', 'in coming January', 'next spring'
# - month:    'in October', 'in early June', 'before April 15', 'on October 8', 'from July 1, 2019'
# - year:     'by 2020', 'in 2023', 'by mid-2008'
# - span:     'within the next three or four months', 'over the next five years', 'within a year'
# Not dues: frequencies ('every year'), vague futurity ('in the coming months', 'soon', 'as soon as possible'),
# a counted span tied to another event ('within five years after ...'), past periods ('earlier this year',
# a date before the article's), and the encounter's own date. The first remaining phrase of the sentence wins.


def _month_numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    for number, line in enumerate(entries("months"), start=1):
        for form in line.split():
            out[form.lower()] = number
    return out


MONTH_NUMBER = _month_numbers()
PART_END_MONTH = {k: int(v) for k, v in keyed("due_parts").items()}
MODIFIER_END = {k: tuple(int(x) for x in v.split()) for k, v in keyed("due_modifiers").items()}
RELATIVE_OFFSET = {k: int(v) for k, v in keyed("due_relatives").items()}
SEASON_END_MONTH = {k: int(v) for k, v in keyed("seasons").items()}
NUMBER_WORDS = {w: n for n, w in enumerate(entries("numbers"), start=1)}
PERIODS = {k: (int(v[:-1]), v[-1]) for k, v in keyed("due_periods").items()}

_MON = (r"(?-i:" + alternation([line.split()[0] for line in entries("months")]) + r"\b|"
        + alternation([f for line in entries("months") for f in line.split()[1:]]) + r"\b\.?)")
_PREP = phrase_regex("due_prepositions")
_PART = phrase_regex("due_parts")
_MOD = phrase_regex("due_modifiers")
_REL = phrase_regex("due_relatives")
_UNIT = alternation(list(PERIODS))
_SEASON = phrase_regex("seasons")
_NUM = r"(?:\d{1,2}|" + alternation(entries("numbers")) + ")"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_SPAN_OPEN = phrase_regex("due_span_openers")
_YEAR_KIND = phrase_regex("due_year_kinds")

RULES: dict[str, re.Pattern[str]] = {
    "part_of": re.compile(
        rf"\b(?:{_PREP}\s+)?(?:the\s+)?(?P<part>{_PART})\s+of\s+(?:(?P<rel>{_REL}|the)\s+(?P<unit>{_UNIT}|"
        rf"{_SEASON}|{_MON})\b|(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?|(?P<year2>{_YEAR})\b)", re.I),
    "year_end": re.compile(rf"\b(?:{_PREP}\s+)?(?:the\s+)?(?:(?P<rel>{_REL})\s+)?(?P<unit>{_UNIT})[\s-]end\b",
                           re.I),
    "relative": re.compile(
        rf"\b(?:{_PREP}\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<rel>{_REL})[\s-]+(?:{_YEAR_KIND}\s+(?=year))?"
        rf"(?P<unit>{_UNIT}|{_SEASON}|{_MON})\b", re.I),
    "season": re.compile(
        rf"\b{_PREP}\s+(?:the\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<season>{_SEASON})(?:\s+of\s+(?P<year>{_YEAR}))?\b",
        re.I),
    "month": re.compile(
        rf"\b{_PREP}\s+(?:(?P<mod>{_MOD})[\s-]+)?(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon>{_MON})|(?P<mon2>{_MON})(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?)"
        rf"(?:,?\s+(?P<year>{_YEAR})\b)?", re.I),
    "year": re.compile(rf"\b{_PREP}\s+(?:(?P<mod>{_MOD})[\s-]+)?(?P<year>{_YEAR})\b(?![\-–/]\d)", re.I),
    "span": re.compile(
        rf"\b{_SPAN_OPEN}\s+(?:the\s+)?(?:next\s+(?P<unit1>{_UNIT})\b|(?:next|coming)\s+(?P<n>{_NUM})"
        rf"(?:\s+(?:or|to)\s+(?P<n2>{_NUM}))?\s+(?P<unit>{_UNIT})s?\b)", re.I),
    "within": re.compile(rf"\bwithin\s+(?P<n>an?|{_NUM})\s+(?P<unit>{_UNIT})s?\b", re.I),
}
# Every due phrase holds one of these words: a sentence without any is skipped at once.
# (the lookahead skips non-word places before the case-blind alternation is tried: the same matches, sooner)
CORE_RE = re.compile(r"(?=\w)\b(?:" + _MON + r"|(?:19|20)\d\d|" + _UNIT + "|" + _SEASON + r")", re.I)
# One pass: the rules joined in order, their groups renamed 'rule__group'; at one place the first rule wins.
ALL_RULES_RE = re.compile("|".join(f"(?P<{name}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", p.pattern) + ")"
                                   for name, p in RULES.items()), re.I)
# each rule's groups in ALL_RULES_RE: (the rule's own name for it, its name there)
_RULE_GROUPS: dict[str, list[tuple[str, str]]] = {}
for _group in ALL_RULES_RE.groupindex:
    _rule, _, _short = _group.partition("__")
    if _short:
        _RULE_GROUPS.setdefault(_rule, []).append((_short, _group))


def _first_words(*names: str) -> set[str]:
    """The first words of the phrases (or keys, for a keyed list) of lists `names`, lower-cased."""
    out: set[str] = set()
    for name in names:
        items = entries(name)
        if items and all(":" in item for item in items):
            items = tuple(keyed(name))
        out.update(item.split()[0].lower() for item in items)
    return out


# Every rule's phrase starts with one of these words (a preposition, 'the', a part, a modifier, a relative word, a
# period or a span opener: each rule's optional heads and its first required word), always followed by a space or a
# hyphen; a phrase is only tried where one stands (the same phrases as trying every word; a test checks it).
START_RE = re.compile(r"(?=\w)\b" + alternation(sorted(
    _first_words("due_prepositions", "due_parts", "due_modifiers", "due_relatives", "due_span_openers")
    | {"the", "within"} | set(PERIODS))) + r"\b", re.I)
PAST_BEFORE_RE = re.compile(r"\b" + phrase_regex("due_past_markers") + r"\s+$", re.I)
TIED_AFTER_RE = re.compile(r"\s+" + phrase_regex("due_not_after") + r"\b", re.I)
# a bare 'on' takes only a day ('on October 8'); 'in'/'at' take no day ('in October', not 'in October 8')
ON_RE = re.compile(r"^on\b", re.I)


@dataclass(frozen=True, slots=True)
class Due:
    text: str
    iso: str | None
    rule: str


def find_due(sentence: str, anchor: str | None, event_day: str | None = None,
             published: str | None = None) -> Due | None:
    """The first due phrase of `sentence`, its ISO date resolved against `anchor` (ISO); none before
    `anchor`, `published` or on the encounter's own day (`event_day`).

    >>> find_due("The two sides will open an office by the end of 2025.", "2024-05-02")
    Due(text='by the end of 2025', iso='2025-12-31', rule='part_of')
    """
    cores = [m.start() for m in CORE_RE.finditer(sentence)]
    if not cores:
        return None
    base = dt.date.fromisoformat(anchor) if anchor else None
    floor = max(d for d in (base, dt.date.fromisoformat(published) if published else None, dt.date.min) if d)
    found: list[re.Match[str]] = []
    done = -1
    for core in cores:  # a phrase holding this core word starts at most six words before it
        if core < done:
            continue
        for word in START_RE.finditer(sentence, max(0, core - 50)):
            if word.start() > core:
                break
            m = ALL_RULES_RE.match(sentence, word.start())
            if m and m.end() > core:
                found.append(m)
                done = m.end()
                break
    for m in found:
        name, start = m.lastgroup or "", m.start()
        if PAST_BEFORE_RE.search(sentence, max(0, start - 12), start):
            continue
        if name in ("span", "within") and TIED_AFTER_RE.match(sentence, m.end()):
            continue
        g = {short: value for short, group in _RULE_GROUPS.get(name, ()) if (value := m.group(group))}
        if name == "month" and ON_RE.match(m.group()) and not (g.get("day") or g.get("day2")):
            continue
        iso = _resolve(name, g, base)
        if iso is not None and (iso < floor or (event_day and iso.isoformat() == event_day)):
            continue  # a past date, or the encounter's own day
        return Due(m.group().strip(), iso.isoformat() if iso else None, name)
    return None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _count(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def _month_day(year: int, month: int, mod: str | None) -> dt.date:
    end = _last_day(year, month)
    if mod and mod.lower() in MODIFIER_END:
        return end.replace(day=min(end.day, MODIFIER_END[mod.lower()][1]))
    return end


def _season_end(season: str, base: dt.date, offset: int) -> dt.date:
    """The end of the season after `base` ('this spring'); 'next spring' skips a season already under way."""
    month = SEASON_END_MONTH[season.lower()]
    end = _last_day(base.year, month)
    if end < base:
        end = _last_day(base.year + 1, month)
    if offset and (end - base).days < 92:
        end = _last_day(end.year + 1, month)
    return end


def _resolve(name: str, g: dict[str, str], base: dt.date | None) -> dt.date | None:
    """The last day of the period a matched phrase names, or None when it needs an unknown anchor."""
    mon = g.get("mon") or g.get("mon2")
    month = MONTH_NUMBER.get(mon.lower().rstrip(".")) if mon else None
    year_text = g.get("year") or g.get("year2")
    year = int(year_text) if year_text else None
    mod = g.get("mod")
    if name in ("span", "within"):
        if base is None:
            return None
        n = _count(g.get("n2") or g.get("n")) if not g.get("unit1") else 1
        size, kind = PERIODS.get((g.get("unit") or g.get("unit1") or "").lower(), (1, "m"))
        return base + dt.timedelta(days=size * n) if kind == "d" else _add_months(base, n * size)
    if name == "part_of":
        part = " ".join(g["part"].lower().split())
        end_month = PART_END_MONTH.get(part, 12)
        if year is not None and month is None:
            return _last_day(year, end_month)
        if month is not None:
            year = year or (base.year if base else None)
            return _month_day(year, month, part if part in MODIFIER_END else None) if year else None
        return _relative(g.get("rel") or "the", g.get("unit") or "year", base, end_month)
    if name == "season":  # 'in the autumn': the next one to end; 'in the spring of 2027'
        season = g["season"].lower()
        if year is not None:  # (the winter of 2026 ends in 2027)
            return _last_day(year + (season == "winter"), SEASON_END_MONTH[season])
        return _season_end(season, base, 0) if base else None
    if name == "year_end":
        return _relative(g.get("rel") or "the", g["unit"], base, 12)
    if name == "relative":
        end_month = MODIFIER_END[mod.lower()][0] if mod and mod.lower() in MODIFIER_END else 12
        return _relative(g["rel"], g["unit"], base, end_month, mod)
    if name == "month" and month is not None:
        day = g.get("day") or g.get("day2")
        if year is None:
            if base is None:
                return None
            year = base.year + (1 if month < base.month else 0)
        if day:
            try:
                return dt.date(year, month, int(day))
            except ValueError:
                return None
        return _month_day(year, month, mod)
    if name == "year" and year is not None:
        end_month = MODIFIER_END[mod.lower()][0] if mod and mod.lower() in MODIFIER_END else 12
        return _last_day(year, end_month)
    return None


def _relative(rel: str, unit: str, base: dt.date | None, end_month: int, mod: str | None = None) -> dt.date | None:
    """'next year' (end_month of the year after base), 'this month', 'the coming quarter', 'next spring'."""
    if base is None:
        return None
    offset = RELATIVE_OFFSET.get(" ".join(rel.lower().split()), 0)
    unit_low = unit.lower().rstrip(".")
    if unit_low in MONTH_NUMBER:
        month = MONTH_NUMBER[unit_low]
        year = base.year + (1 if month < base.month or (offset and month == base.month) else 0)
        return _month_day(year, month, mod)
    if unit_low in SEASON_END_MONTH:
        return _season_end(unit_low, base, offset)
    size, kind = PERIODS.get(unit_low, (1, "m"))
    if kind == "d":  # a week: its last day (Sunday)
        day = base + dt.timedelta(days=size * offset)
        return day + dt.timedelta(days=6 - day.weekday())
    if size >= 12:
        return _last_day(base.year + offset, end_month)
    first = _add_months(base.replace(day=1), size * offset)
    if size > 1:  # a quarter: the last month of the quarter holding `first`
        return _last_day(first.year, (first.month - 1) // size * size + size)
    return _month_day(first.year, first.month, mod)
