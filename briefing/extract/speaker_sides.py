"""Rule 'home side': the place a speaker without an organisation speaks for, read from the speaker's own words."""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.lexicon import (
    COMMON_CAPS,
    COUNTRIES,
    HONORIFICS,
    MONTHS,
    ORG_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
    WEEKDAYS,
    WORLD_REGIONS,
    listed,
    with_upper,
    word_regex,
    word_start_matches,
)
from briefing.extract.person import Person
from briefing.extract.person_titles import ORG_HEADS

# A run of capitalised words ('East Kazakhstan', 'NSW-Guangdong Sister State'), joined by 'of', 'and', 'for'.
RUN_RE = re.compile(with_upper(r"(?<![\w’'])[A-Z][\w’'\-.]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'\-.]*)*"))
MIN_COUNT = 2
PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing")
CAPS_RUN_RE = re.compile(with_upper(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)+"))  # ('World Health Organization')
# (matched at a word's start by word_start_matches)
SPEAKING_RE = re.compile(with_upper(r"([A-Z][\w’'\-]+) (?:" + listed("speaking_adverbs") + " )?"
                                    + word_regex(SPEECH_VERBS) + r"\b"))


def _places(run: str, names: set[str]) -> list[str]:
    """The place names a capitalised run may hold: each side of 'and', each part of a hyphenated pair."""
    out: list[str] = []
    for part in re.split(r"\s+and\s+", re.sub(r"['’]s?$", "", run.rstrip("."))):
        words = part.split()
        article = bool(words) and words[0] in ("The", "the")
        words = words[1:] if article else words
        if words and "-" in words[0] and words[0][:1].isupper():
            out.extend(p for p in words[0].split("-") if p[:1].isupper())  # 'the NSW-Guangdong relationship'
            continue
        if not words or article:
            continue  # 'The Literary Belt project': a thing, not a side
        if any(w in ORG_HEADS or w.lower().rstrip(".") in TITLE_HEADS or w.rstrip(".") in HONORIFICS
               or w in names for w in words):
            continue  # 'University of Technology Sydney', 'Mr. Thomas Drew': a body, a title or a person
        if len(words) == 1 and "-" in part:
            out.extend(p for p in part.split("-") if p[:1].isupper())  # 'NSW-Guangdong'
        else:
            out.append(part)
    return out


def _plain(place: str, taken: set[str]) -> bool:
    """A word that can be a side: not a person's name, a known body, a country, a month, a part of the world
    ('Asia') or a common word."""
    low = place.lower()
    return not (place in taken or place in COMMON_CAPS or place in ORG_WORDS or place in WORLD_REGIONS
                or low in TITLE_HEADS or low in MONTHS or low in WEEKDAYS or len(place) < 2)


def home_sides(people: list[Person], words_of: dict[int, list[str]], text: str) -> dict[int, str]:
    """Rule 'home side': for a speaker without an organisation, the place named most often in the speaker's own
    sentences ('Zhejiang has established ...', 'NSW can share ...'), at least twice and more often than any
    other; places that are another person's organisation, and people's names, never count. A speaker who names
    another speaker's home side once, and no other such side, shares it (the Premier's secretary and NSW).

    >>> # 'Governor X said Zhejiang will ...; Zhejiang has ...' -> {id(X): 'Zhejiang'}
    """
    homes: dict[int, str] = {}
    seen: dict[int, Counter[str]] = {}
    names = {part for p in people for part in p.name_parts()}
    names |= {m.group(1) for m in word_start_matches(SPEAKING_RE, text)}  # 'Ngutter also expressed': a person
    fields = {id(p): f"{p.organization or ''} {p.title or ''} {p.country or ''}" for p in people}
    holders: dict[str, list[int]] = {}  # a word of someone's organisation, title or country -> who (by id)
    for key, field_text in fields.items():
        for word in set(field_text.split()):
            holders.setdefault(word, []).append(key)

    initials: dict[str, set[int]] = {}  # 'WHO' -> who (by id) has 'World Health Organization' in those fields
    for key, field_text in fields.items():
        for run in CAPS_RUN_RE.findall(field_text):
            letters = [w[0] for w in run.split()]
            for a in range(len(letters)):
                for b in range(a + 2, min(a + 6, len(letters)) + 1):
                    initials.setdefault("".join(letters[a:b]), set()).add(key)

    def anothers(place: str, key: int) -> bool:
        """Is the place part of another person's organisation, title or country, or its initials ('WHO')?"""
        return any(k != key and place in fields[k] for k in holders.get(place.split()[0], ())) or bool(
            initials.get(place, set()) - {key})

    inside: set[str] | None = None  # (made when first needed)
    for person in people:
        if person.organization or id(person) not in words_of:
            continue
        counts: Counter[str] = Counter()
        for line in words_of[id(person)]:
            for m in RUN_RE.finditer(line):
                if (line[max(0, m.start() - 4):m.start()].lower() in (" in ", " at ")
                        or PARTICIPLE_RE.fullmatch(m.group())):
                    continue  # 'in Ust Kamenogorsk': a venue, no side; 'Stressing that …': a verb
                run = m.group() if line[max(0, m.start() - 4):m.start()].lower() != "the " else "the " + m.group()
                for place in _places(run, names):
                    country = COUNTRIES.get(place)
                    if country and (place != country or person.country not in (None, country)):
                        continue  # 'Chinese' is no side; 'Pakistan' is none for a British envoy
                    if _plain(place, names) and not anothers(place, id(person)):
                        counts[place] += 1
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= MIN_COUNT and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            if inside is None:
                inside = _written_inside_sentences(text)
            if " " in ranked[0][0] or ranked[0][0] in inside:
                homes[id(person)] = ranked[0][0]
        seen[id(person)] = counts
    for key, counts in seen.items():
        shared = {place for place in counts if place in homes.values()}
        if key not in homes and len(shared) == 1:
            homes[key] = shared.pop()
    return homes


_INSIDE_RE = re.compile(with_upper(r"[\w,] ([A-Z][\w’'\-]*)"))


def _written_inside_sentences(text: str) -> set[str]:
    """The capitalised words written somewhere after a word or a comma: a home side is one of them, not a word
    that only opens a sentence (where 'Appreciated his support' is a verb, capitalised)."""
    return set(_INSIDE_RE.findall(text))
