"""How an outcome reads on its own (summary, Summary tab, paper): its leading He/She and "the country" named."""

from __future__ import annotations

import re
from functools import cache

from briefing.core.model import Briefing, Commitment, Participant
from briefing.core.news_text import without_dateline
from briefing.core.resources import resource_path

OUTCOME_MAX_CHARS = 400

_SUBJECT_PRONOUN = re.compile(r"^(?P<pronoun>He|She|His|Her)\b(?P<rest>.*)$", re.S)
_LATER_PRONOUN = re.compile(r"(?<=[,;] )(?:he|she)(?= (?:said|says|\w+ed)\b)")
_UNNAMED_START = re.compile(r"^(?:They|Their|It|Its|We|Our|I|This|These|That|Those)\b")
_PLACE_NOUNS = ("country", "province", "region", "city", "state", "prefecture", "county", "municipality")
_THE_PLACE = re.compile(r"\b(?P<the>[Tt]he) (?P<noun>" + "|".join(_PLACE_NOUNS) + r")\b(?!\s+of\b)")


@cache
def countries() -> dict[str, str]:
    """Every country name, adjective and short form (resources/lexicon/en/countries.txt) to its country."""
    found: dict[str, str] = {}
    for line in resource_path("lexicon/en/countries.txt").read_text(encoding="utf-8").splitlines():
        name, _, forms = line.split("#", 1)[0].partition(":")
        if name.strip():
            found[name.strip()] = name.strip()
            found.update({form.strip(): name.strip() for form in forms.split(",") if form.strip()})
    return found


def _speaker_of(briefing: Briefing, commitment: Commitment) -> Participant | None:
    """The person who said the commitment's sentence: the statement over it, else an actor who is a person."""
    name = None
    if commitment.start is not None:
        for statement in briefing.statements:
            if statement.start is not None and statement.end is not None and \
                    statement.start <= commitment.start < statement.end:
                name = statement.speaker
                break
    if name is None and any(p.name == commitment.actor for p in briefing.participants):
        name = commitment.actor
    if name is None:
        return None
    return next((p for p in briefing.participants if p.name == name), Participant(name=name))


@cache
def _country_forms() -> re.Pattern[str]:
    """Every country form as one pattern; the lookahead lets forms that overlap ('South Korea', 'Korea') all match."""
    forms = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?=(" + "|".join(re.escape(form) for form in forms) + r")(?![\w-]))")


def _countries_in(text: str) -> list[str]:
    """The countries the text names, in the order of the country list."""
    table = countries()
    named = {table[m.group(1)] for m in _country_forms().finditer(text)}
    return [country for country in dict.fromkeys(table.values()) if country in named]


def _sides_of(briefing: Briefing, person: Participant, actor: str) -> list[str]:
    """The parties the person speaks for: their body, the commitment's actor, parties their title names."""
    sides = [s for s in (person.organization, actor) if s and s.strip()]
    described = f"{person.title or ''} {person.organization or ''}"
    for party in briefing.parties:
        core = re.sub(r"\s+(?:" + "|".join(_PLACE_NOUNS) + r")$", "", party, flags=re.I).strip()
        if core and re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", described) and party not in sides:
            sides.append(party)
    return sides


def country_of(briefing: Briefing, person: Participant, actor: str = "") -> str | None:
    """The person's country: recorded, named in their title, or the country of the party they speak for."""
    if person.country and person.country.strip():
        return countries().get(person.country.strip(), person.country.strip())
    named = _countries_in(f"{person.title or ''} {person.organization or ''}")
    if len(named) == 1:
        return named[0]
    text = briefing.source.text or ""
    for side in _sides_of(briefing, person, actor):
        pattern = (rf"{re.escape(side)},? (?:of|in) (?:the )?(?P<after>[A-Z][\w ]{{2,30}}?)\b(?=[.,;:)]|\s+[a-z])|"
                   rf"(?P<before>[A-Z][\w ]{{2,30}}?)['’]s (?:\w+ )?{re.escape(side)}")
        for m in re.finditer(pattern, text):
            country = countries().get((m.group("after") or m.group("before") or "").strip())
            if country:
                return country
    return None


def _place_name(briefing: Briefing, person: Participant, actor: str, noun: str) -> str | None:
    if noun == "country":
        return country_of(briefing, person, actor)
    for side in _sides_of(briefing, person, actor):
        if re.search(rf"\b{noun}\b", side, re.I) and not side.lower().startswith("the "):
            return side
    return None


def readable_outcome(briefing: Briefing, commitment: Commitment) -> str | None:
    """The commitment's sentence as the summary tells it: a leading 'He'/'She' becomes the speaker's name
    and 'the country' (province, region...) the speaker's own; None when the sentence would not be
    understood on its own. The source text is not touched."""
    text = without_dateline(" ".join(commitment.text.split()))  # 'KARSBROOK, March 3 (Agency) -- ' is no outcome's
    if not text or len(text) > OUTCOME_MAX_CHARS or _UNNAMED_START.match(text):
        return None
    person = _speaker_of(briefing, commitment)
    m = _SUBJECT_PRONOUN.match(text)
    if m:
        if person is None:
            return None
        name = person.name + ("'s" if m.group("pronoun") in ("His", "Her") else "")
        text = name + m.group("rest")
    elif person is not None:  # '…, he said, adding that …' with nobody named before it
        later = _LATER_PRONOUN.search(text)
        named = later and any(re.search(rf"\b{re.escape(token)}\b", text[:later.start()])
                              for token in person.name.split() if len(token) > 2)
        if later and not named:
            text = text[:later.start()] + person.name + text[later.end():]
    if person is not None:
        def place(match: re.Match[str]) -> str:
            return _place_name(briefing, person, commitment.actor, match.group("noun").lower()) or match.group()

        text = _THE_PLACE.sub(place, text)
    if not re.search(r"[.!?][\"”’')]*$", text):
        text += "."
    return text


def outcome_text(briefing: Briefing, commitment: Commitment) -> str:
    """The outcome as it reads on paper: readable_outcome, else the sentence as the source has it."""
    return readable_outcome(briefing, commitment) or " ".join(commitment.text.split())
