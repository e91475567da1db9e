"""Rules over the whole list of an article's people: the titles lists and pairs give ('Governors A of X and B of
Y', 'his X and Y counterparts A and B'), who is the visitor, and a country known by whom one thanks."""

from __future__ import annotations

import re

from briefing.extract.lexicon import COMMON_CAPS, ORG_WORDS, alternation, entries, listed, with_upper, word_regex, words
from briefing.extract.name_lists import PLURAL_TITLE_FORMS, SHARED_TITLE_WORD_RE, shared_title_names
from briefing.extract.name_runs import singular_title
from briefing.extract.person import Person
from briefing.extract.person_titles import roles_of
from briefing.extract.title_styles import strip_styles
from briefing.extract.titles import COUNTERPART_WORDS, COUNTRIES, is_country_word

# 'signed by Governors A B of Alba and C D of Brill': a plural title over names, each with its place
LISTED_TITLE_RE = re.compile(r"\b([A-Z][a-z]+ )?(" + alternation(sorted(w.capitalize() for w in words("plural_titles")))
                             + r") ")
_LISTED_TITLE_WORD_RE = re.compile(alternation(sorted(w.capitalize() for w in words("plural_titles"))) + " ")
LISTED_ITEM_RE = re.compile(with_upper(r"([A-Z][\w'’\-.]*(?: [A-Z][\w'’\-.]*){1,4}) of ((?:the )?[A-Z][\w\-]*"
                                       r"(?: [A-Z][\w\-]*)*)(,? and |, )?"))


def _listed_titles(people: list[Person], text: str) -> None:
    """Rule 'listed titles': each name listed with its place after a plural title gets the singular title of
    its place ('Governors A B of Alba and C D of Brill': 'Governor of Alba', 'Governor of Brill')."""
    if _LISTED_TITLE_WORD_RE.search(text) is None:
        return  # (a quick look for the plural title alone, which every match holds)
    for m in LISTED_TITLE_RE.finditer(text):
        modifier = m.group(1) if m.group(1) and m.group(1).strip() not in COMMON_CAPS else ""
        role, pos = modifier + singular_title(m.group(2)), m.end()
        while (item := LISTED_ITEM_RE.match(text, pos)) is not None:
            person = _person_named(people, item.group(1), item.start(1))  # (a name the list alone may make one)
            if person is not None and (strip_styles(person.title) is None or person.title.lower() == role.lower()):
                person.title = f"{role} of {item.group(2)}"  # (fuller than the bare singular of the list's title)
                person.roles |= roles_of(person.title)
            if not item.group(3):
                break
            pos = item.end()


# 'The governors of Texas and Coahuila, Gregg Abbott and Manolo Jiménez Salinas, held …': each in turn
_PLACE = r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3}"
_NAME = r"[A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*){1,4}"
RESPECTIVE_TITLES_RE = re.compile(with_upper(
    r"(?:\b[Tt]he |(?m:^))((?:[A-Za-z]+ )?" + alternation(PLURAL_TITLE_FORMS) + r"(?: of the [a-z]+(?: [a-z]+){0,3})?)"
    r" of (?:the )?(" + _PLACE + r") and (?:the )?(" + _PLACE + r"),? (" + _NAME + r") and (" + _NAME
    + r")(?=,| [a-z])"))


# 'her Australian and Indian counterparts Penny Wong and S. Jaishankar': each in turn
_SIDES_PLURALS = alternation(sorted(words("plural_titles") | {w + "s" for w in COUNTERPART_WORDS}))
_SIDES_PLURAL_RE = re.compile(r" and [A-Z][\w\-]+ (?:" + _SIDES_PLURALS + ")")  # (a quick look first)
RESPECTIVE_SIDES_RE = re.compile(with_upper(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) ([A-Z][\w\-]+) and ([A-Z][\w\-]+) (" + _SIDES_PLURALS + r"),? ("
    + _NAME + r") and (" + _NAME + r")(?=,|\.| [a-z])"))


def _respective_sides(people: list[Person], text: str) -> None:
    """Rule 'respective sides': 'his X and Y counterparts A B and C D': A B is the X counterpart, C D the Y one."""
    if _SIDES_PLURAL_RE.search(text) is None:
        return
    for m in RESPECTIVE_SIDES_RE.finditer(text):
        if not (is_country_word(m.group(1)) and is_country_word(m.group(2))):
            continue
        role = singular_title(m.group(3))
        for side, name, at in ((m.group(1), m.group(4), m.start(4)), (m.group(2), m.group(5), m.start(5))):
            person = _person_named(people, name, at, exact=True)
            if person is not None and (strip_styles(person.title) is None or person.title.endswith(m.group(3))):
                person.title = f"{side} {role}"
                person.roles |= roles_of(person.title)


def _respective_titles(people: list[Person], text: str) -> None:
    """Rule 'respective titles': 'The governors of A and B, X Y and Z W': X Y is Governor of A, Z W of B."""
    for m in RESPECTIVE_TITLES_RE.finditer(text):
        plural, of, what = m.group(1).partition(" of the ")  # ('the heads of the foreign affairs agencies of A and B')
        role = singular_title(plural) + (of + singular_title(what) if of else "")
        for place, name, at in ((m.group(2), m.group(4), m.start(4)), (m.group(3), m.group(5), m.start(5))):
            person = _person_named(people, name, at)
            title = f"{role[:1].upper()}{role[1:]} of {place}"
            if person is not None and (strip_styles(person.title) is None or f" and {m.group(3)}" in person.title):
                person.title = title
                person.roles |= roles_of(title)


# 'Ministers of Foreign Affairs of Norway A B and Chile C D', '… of Latvia, A B, Estonia, C D, and Poland, E F':
# each name after its country
_CAPS = r"(?:the )?[A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*)*"
PAIRED_TITLES_RE = re.compile(with_upper(
    r"\b((?:[A-Z][a-z]+ )?" + _LISTED_TITLE_WORD_RE.pattern.strip()
    + r"(?: (?:of|for) [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?) of (" + _CAPS + r"(?:(?:,? and |, )" + _CAPS + r")+)"
    + r"(?=[,.;]| [a-z])"))
_LIST_SEP_RE = re.compile(r",? and |, ")


def _country_and_name(words: str) -> tuple[str, str] | None:
    """'Norway Ivo Lark' -> ('Norway', 'Ivo Lark'): the country the words open with, and a name of two words or more."""
    parts = words.removeprefix("the ").split()
    for cut in range(min(3, len(parts) - 2), 0, -1):
        place = " ".join(parts[:cut])
        if is_country_word(place) and not is_country_word(parts[cut]):
            return place, " ".join(parts[cut:])
    return None


def _countries_and_names(listed: str) -> list[tuple[str, str]]:
    """The (country, name) pairs of a list, each written 'Country Name' or 'Country, Name'; [] when it is no such
    list."""
    pieces, pairs, k = _LIST_SEP_RE.split(listed), [], 0
    while k < len(pieces):
        place = pieces[k].removeprefix("the ")
        if is_country_word(place) and k + 1 < len(pieces) and len(pieces[k + 1].split()) >= 2 \
                and not is_country_word(pieces[k + 1].split()[0]):
            pairs.append((place, pieces[k + 1]))
            k += 2
        elif (pair := _country_and_name(pieces[k])) is not None:
            pairs.append(pair)
            k += 1
        else:
            return []
    return pairs if len(pairs) >= 2 else []


def _paired_titles(people: list[Person], text: str) -> None:
    """Rule 'paired titles': 'Ministers of Foreign Affairs of Norway A B and Chile C D': A B is Minister of Foreign
    Affairs of Norway, C D of Chile."""
    for m in PAIRED_TITLES_RE.finditer(text):
        pairs = _countries_and_names(m.group(2))
        joiner = " of " if " of " in m.group(1) else " for "
        plural, _, portfolio = m.group(1).partition(joiner)
        role = singular_title(plural) + (joiner + portfolio if portfolio else "")
        for place, name in pairs:
            person = _person_named(people, name, text.find(name, m.start(2)))
            if person is not None and strip_styles(person.title) is None:
                person.title = f"{role} of {place}"
                person.roles |= roles_of(person.title)


def _person_named(people: list[Person], name: str, at: int, exact: bool = False) -> Person | None:
    """The person a list or pair names: one already found by this name (or, unless `exact`, by all its words), one
    found by the surname alone ('Mr. Dendias', now 'Nikos Dendias'), else a new one; None for a body or a place."""
    words = name.split()
    person = next((p for p in people if p.name == name or (not exact and set(words) <= set(p.tokens))), None)
    if person is not None or any(w in ORG_WORDS or w in COMMON_CAPS or is_country_word(w) for w in words):
        return person
    lone = [p for p in people if p.tokens == (words[-1],)]
    if len(lone) == 1:
        lone[0].name, lone[0].tokens, lone[0].first = name, tuple(words), min(lone[0].first, at)
        return lone[0]
    people.append(Person(name, tuple(words), at))
    return people[-1]


def shared_titles(people: list[Person], text: str) -> None:
    """Rule 'shared title': each holder of a plural title with places gets the singular title of the place."""
    _listed_titles(people, text)
    _paired_titles(people, text)
    _respective_sides(people, text)
    if "he " not in text or SHARED_TITLE_WORD_RE.search(text) is None:
        return  # (quick looks for what every match holds)
    _respective_titles(people, text)
    for name, title in shared_title_names(text).items():
        person = next((p for p in people if p.name == name), None)
        if person is not None and strip_styles(person.title) is None:
            person.title = title
            person.roles |= roles_of(title)


HOST_VERBS_RE = re.compile(r"\b" + word_regex(entries("host_verbs")) + r"\b")
GUEST_VERBS_RE = re.compile(r"\b(?:(?:was|were) " + listed("guest_passive_verbs") + " by|" + listed("guest_phrases")
                            + r")\b")


def mark_visitor(people: list[Person], text: str) -> None:
    """Of the first two people named, the one a host verb between them points to: 'A received B', 'B called on A'."""
    if len(people) < 2:
        return
    first, second = people[0], people[1]
    between = text[first.first:second.first]
    if "\n" in between.strip():
        return
    if GUEST_VERBS_RE.search(between):
        first.visitor = True
    elif HOST_VERBS_RE.search(between):
        second.visitor = True


# 'Stefano thanked China’s support': who thanks a side is of the other one
THANKED_RE = re.compile(with_upper(r"\b([A-Z][\w’'\-]+) (?:also )?" + word_regex(entries("thanking_verbs"))
                                   + r" (?:the )?([A-Z][\w’'\-]+)"))


def country_by_thanks(people: list[Person], text: str) -> None:
    """Rule 'thanks': where the people hold exactly two countries, one with no country who thanks one of them
    (the country, or one of its people) is of the other."""
    held = {p.country for p in people if p.country}
    if len(held) != 2 or not any(p.country is None for p in people):
        return
    for m in THANKED_RE.finditer(text):
        thanker = _only_holder(people, m.group(1))
        if thanker is None or thanker.country is not None:
            continue
        thanked = re.sub(r"['’]s$", "", m.group(2))
        holder = _only_holder(people, thanked)
        country = COUNTRIES[thanked] if is_country_word(thanked) else holder.country if holder else None
        if country in held:
            thanker.country = next(c for c in held if c != country)


def _only_holder(people: list[Person], part: str) -> Person | None:
    """The one person whose name (or a form of it) holds the word, else None."""
    holders = [p for p in people if part in p.tokens or any(part in alias.split() for alias in p.aliases)]
    return holders[0] if len(holders) == 1 else None
