"""What stands around an office in a written title and is not the office: styles and honorifics, the date or the
venue written after it, a joining word at its end."""

from __future__ import annotations

import re

from briefing.extract.lexicon import (
    HONORIFICS,
    MONTH_NAMES_RE,
    OFFICE_MODIFIERS,
    PAIRED_HONORIFICS,
    TITLE_HEADS,
    WEEKDAY_NAMES_RE,
    alternation,
    entries,
    listed,
    with_upper,
    words,
)
from briefing.extract.regions import place_named
from briefing.extract.titles import is_country_word, rank_after_office

STYLES = words("styles")
ROYAL_RANKS = words("royal_ranks")
COURTESY = words("courtesy_forms")
# 'consul general to Shanghai on the morning of February 3': when the title was written is not part of it
WHEN_RE = re.compile(r"\s+on (?:the " + listed("day_parts") + r" of )?(?:" + MONTH_NAMES_RE + "|"
                     + WEEKDAY_NAMES_RE + r"|\d).*$")
# 'mayor of Mexico City at the Municipal Palace': where the title's holder was met is not part of it
VENUE_AFTER_RE = re.compile(with_upper(r"\s+at the (?:[A-Z][\w’'\-]* )*(?i:" + alternation(entries("venue_words"))
                                       + r")\b.*$"))
TRAILING_JOINERS = {"and", "of", "the", "for", "to", "in", "at", "&"}
STYLE_PHRASE_RE = re.compile(r"^(?:" + listed("style_phrases") + r")\b\s*")


def strip_styles(title: str | None) -> str | None:
    """'Excellency Minister of Municipality Sheikh Dr.' -> 'Minister of Municipality': styles of address and
    honorifics that open or close a title are not part of it, nor a date after it or a joining word
    that ends it ('Member of the X Council and'); a courtesy form alone ('Mr') is no title."""
    if not title:
        return title
    title = STYLE_PHRASE_RE.sub("", WHEN_RE.sub("", title)).strip() or title
    venue = VENUE_AFTER_RE.search(title)
    if venue and " of " in title[:venue.start()]:  # (a title with its body named: 'Director at the City Hall' keeps it)
        title = title[:venue.start()]
    words = title.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in STYLES:
        words.pop(0)
    if words[0] == "New" and not any(place_named(" ".join(words[:k])) for k in (2, 3)) and any(
            is_country_word(" ".join(words[1:k])) for k in (2, 3, 4)):
        words.pop(0)  # 'New Sierra Leonean President': newly in office; not 'New Zealand Prime Minister'
    while len(words) > 1 and (words[-1].lower().rstrip(".") in STYLES or words[-1].rstrip(".’'") in HONORIFICS
                              or (words[-1] in PAIRED_HONORIFICS and words[-2].rstrip(".’'") in HONORIFICS)
                              or words[-1].lower().rstrip(",") in TRAILING_JOINERS
                              or (words[-1].lower() in ROYAL_RANKS  # 'Minister of Energy Prince'; not 'Crown Prince'
                                  and words[-2].lower() not in OFFICE_MODIFIERS
                                  and any(w.lower() in TITLE_HEADS for w in words[:-1]))
                              or rank_after_office(words)):
        if len(words) > 3 and words[-3] == "of" and words[-2] in ("His", "Her"):
            break  # 'Director of the Office of His Majesty': the style names whose office
        del words[-(rank_after_office(words) or 1):]  # ('… Senior General': the holder's rank, not the office)
    if all(w.rstrip(".’'") in COURTESY or w.lower().rstrip(".") in STYLES for w in words):
        return None  # 'Mr', 'H.E', 'Rt Hon': forms of address, no office ('Dr' says something of the person)
    return " ".join(words) or None
