"""The speaker's own side for 'the province', 'her association', 'his administration', and a country as written."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.extract.lexicon import COUNTRIES, with_upper, word_start_matches, words
from briefing.extract.person import Person

if TYPE_CHECKING:
    from briefing.extract.actors import Context


def as_written(form: str, country: str) -> bool:
    """A country form the actor keeps as the text wrote it: the name itself or a short form ('UK', 'U.S.'),
    not an adjective ('British')."""
    return form == country or form.replace(".", "").isupper()


def country_form(person: Person) -> str | None:
    """The person's country as the title writes it when that is a short form ('US Ambassador' -> 'US')."""
    for word in re.findall(r"[\w.]+", person.title or ""):
        if person.country and COUNTRIES.get(word) == person.country and as_written(word, person.country):
            return word
    return person.country


def has_joint(word: str, ctx: Context) -> bool:
    """Does the text name a joint body of this kind ('a joint committee')? Searched once per word and article."""
    if word not in ctx.joint:
        ctx.joint[word] = re.search(r"\bjoint (?:[\w\-]+ ){0,3}" + word + r"\b", ctx.text, re.I) is not None
    return ctx.joint[word]


PLACE_OWN = words("own_place_words")


OF_AFTER_RE = re.compile(with_upper(r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]*)+)"))


@lru_cache(maxsize=128)
def _word_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word capitalised, and in any case; each found at a word's start by word_start_matches."""
    return re.compile(re.escape(word.capitalize()) + r"\b"), re.compile(re.escape(word) + r"\b", re.I)


def _caps_before(text: str, pos: int) -> int | None:
    """Start of the run of capitalised words (each followed by spaces) that ends at `pos`, if any."""
    start = None
    i = pos
    while i > 0:
        j = i
        while j > 0 and text[j - 1].isspace() and text[j - 1] != "\n":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
            k -= 1
        if j == i or k == j or not text[k].isupper():
            break
        start = i = k
    return start


def _find_body(word: str, text: str) -> str | None:
    """'Spokane City Council' / 'Council of Europe' (capitalised first), then 'Karaganda region': the first one."""
    proper, loose = _word_patterns(word)
    for pattern, after in ((proper, True), (loose, False)):
        for m in word_start_matches(pattern, text):
            run = _caps_before(text, m.start())
            if run is not None:
                return text[run:m.end()].strip()
            tail = OF_AFTER_RE.match(text, m.end()) if after else None
            if tail:
                return text[m.start():tail.end()].strip()
    return None


def _named_body(word: str, ctx: Context) -> str | None:
    """The first body the article names with `word` in it, looked up once per article."""
    if word not in ctx.bodies:
        found = _find_body(word, ctx.text)
        ctx.bodies[word] = re.sub(r"^(?:The|In|On|At)\s+", "", found) if found else None
    return ctx.bodies[word]


def own_side(word: str, ctx: Context) -> str:
    """'the province', 'the agency', 'her association': the speaker's body, else the body so named in the text."""
    speaker = ctx.speaker
    if speaker is not None:
        if word in COUNTRY_WORDS and speaker.country:
            return country_form(speaker) or speaker.country  # 'her country' for a 'US Ambassador' -> 'US'
        org = speaker.organization
        if org and word in PLACE_OWN and word not in org.lower():
            lead = org.split()[0].lower()
            party = next((p for p in ctx.parties if p.split()[0].lower() == lead), None)
            if party:
                return party
        if org and (word in org.lower() or word in PLACE_OWN):
            return org
        if not org and id(speaker) in ctx.sides and word in PLACE_OWN:
            return ctx.sides[id(speaker)]
    m = _named_body(word, ctx)
    if m:
        return m
    if speaker is not None and speaker.organization:
        return speaker.organization
    for party in ctx.parties:
        if word in party.lower():
            return party
    if speaker is not None and id(speaker) in ctx.sides:
        return ctx.sides[id(speaker)]
    if speaker is not None and speaker.country and word in NATIONAL_OWN:
        return country_form(speaker) or speaker.country  # 'his administration will …' of a 'Japanese Prime Minister'
    if speaker is not None and (word in COUNTRY_WORDS or word in NATIONAL_OWN):
        return speaker.name  # 'his country', 'the government' of one whose country the text does not say: the speaker
    return word if speaker is not None else "both sides"


NATIONAL_OWN = words("national_own_words")
COUNTRY_WORDS = ("country", "nation")  # the speaker's own country by the noun for one
