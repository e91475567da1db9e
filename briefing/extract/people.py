"""People of an article: one entry per person with title, organisation, country, roles, attendance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.lexicon import (
    COMMON_CAPS,
    ORG_WORDS,
    PLACE_NOUNS,
    TITLE_HEADS,
    alternation,
    entries,
    listed,
    with_upper,
    without_accents,
    word_regex,
    word_start_matches,
    words,
)
from briefing.extract.name_index import NameIndex, fathers_names, match_name
from briefing.extract.name_lists import PLURAL_TITLE_FORMS, SHARED_TITLE_WORD_RE, shared_title_names
from briefing.extract.name_runs import given_name_of, sentence_runs, singular_title
from briefing.extract.names import NameHit, find_names
from briefing.extract.person_titles import (
    ROLE_MODS,
    affiliation_of,
    clean_title,
    counterpart_country,
    country_of,
    gender_of,
    organization_of,
    roles_of,
)
from briefing.extract.regions import home_region_country
from briefing.extract.sentences import Sentence
from briefing.extract.title_styles import strip_styles
from briefing.extract.titles import CONNECTORS, COUNTERPART_WORDS, COUNTRIES, is_country_word


@dataclass
class Person:
    name: str
    tokens: tuple[str, ...]
    first: int
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)  # the forms found while the names are read
    visitor: bool = False  # the guest side's leader, whom 'the visiting dignitary' means
    style: str | None = None  # 'highness' for 'His Highness Sheikh X', whom a later bare 'His Highness' means
    regional: bool = False  # the country is known only from the region of the body or title ('Fujian Province')
    body: str | None = None  # a body named by common nouns with the title ('of the opposition party'): no side
    nickname: str | None = None  # "Joko 'Jokowi' Widodo": later written 'Jokowi'

    def name_parts(self) -> list[str]:
        parts: list[str] = []
        for tok in self.tokens:
            parts.append(tok)
            if "." in tok:
                parts.extend(p for p in tok.split(".") if len(p) > 2)
        if self.nickname is not None:
            parts.append(self.nickname)
        return parts


# What the whole text says before its names are read: the places it marks, the single words it makes speak.
def learn_places(sentences: list[Sentence]) -> set[tuple[str, ...]]:
    """Capitalised phrases the text itself marks as places ('Tra Vinh city', 'Gangwon's government')."""
    places: set[tuple[str, ...]] = set()
    for sent in sentences:
        for i, j in sentence_runs(sent):
            if j < len(sent.tokens):
                nxt = sent.tokens[j].text
                words = tuple(t.base for t in sent.tokens[i:j] if t.base not in COMMON_CAPS)
                if not words:
                    continue
                if nxt in PLACE_NOUNS or (sent.tokens[j - 1].possessive and nxt in PLACE_NOUNS | {"provincial"}):
                    places.add(words)
            if i > 0 and sent.tokens[i - 1].text in ("in", "from") and j - i >= 2:
                places.add(tuple(t.base for t in sent.tokens[i:j]))
    return places


# 'Gary said' (found at a word's start by word_start_matches) and '..., said Pruitt.': two scans, as neither can
# match inside the other's match the two give what one alternation of both gives
LONE_SPEAKER_RE = re.compile(r"([A-Z][\w'’\-]+) (?:" + listed("lone_speaker_adverbs") + " )?"
                             + word_regex(entries("lone_speaker_verbs")) + r"\b")
INVERTED_SPEAKER_RE = re.compile(r"[,”\"] " + word_regex(entries("inverted_speech_verbs")) + r" ([A-Z][\w'’\-]+)[.,]")


def lone_speakers(text: str) -> set[str]:
    """Single capitalised words the article makes speak ('Gary said', '..., said Pruitt.'): a later form of a name
    that may have been introduced without a title ('Gary Pruitt, a retired steelworker')."""
    return ({m.group(1) for m in word_start_matches(LONE_SPEAKER_RE, text)}
            | {m.group(1) for m in INVERTED_SPEAKER_RE.finditer(text)}) - LONE_NOT_NAMES


LONE_NOT_NAMES = words("lone_not_names")


def build_people(sentences: list[Sentence], text: str, lead_para: int) -> list[Person]:
    """One Person per name found in the body sentences, in order of first mention."""
    places = learn_places(sentences)
    hits: list[NameHit] = []
    speakers = lone_speakers(text)
    for sent in sentences:
        hits.extend(find_names(sent, places, speakers))
    people: list[Person] = []
    singles: list[NameHit] = []
    joined: dict[tuple[str, ...], str] = {}
    index = NameIndex(people)
    # A name's person is the first one it matches; people are only appended, so the first match of the same
    # tokens never changes: each spelling is matched once (a long text repeats its names thousands of times).
    matched: dict[tuple[str, ...], Person] = {}
    owner_at: dict[int, Person] = {}  # whose name each hit (by its start) is
    for hit in hits:
        if len(hit.tokens) == 1 and "." not in hit.tokens[0]:
            singles.append(hit)
            continue
        person = matched.get(hit.tokens)
        if person is None:
            many = len(people) >= NameIndex.FROM
            person = index.match(hit.tokens) if many else match_name(people, hit.tokens, joined)
            if person is None:
                name = " ".join(hit.tokens)
                person = Person(name, hit.tokens, hit.start)
                people.append(person)
            elif len(hit.tokens) < len(person.tokens) and " ".join(hit.tokens) not in person.aliases:
                person.aliases.append(" ".join(hit.tokens))  # 'Mohamed Al Hussaini' for 'Mohamed bin Hadi Al Hussaini'
            matched[hit.tokens] = person
        _absorb(person, hit)
        owner_at[hit.start] = person
    by_part: dict[str, list[Person]] = {}  # a name part -> the people whose name holds it, in order
    by_lower: dict[str, list[Person]] = {}
    for person in people:
        _index_parts(person, by_part, by_lower)
    for hit in singles:
        # 'Okada' for 'OKADA Rintaro', 'Lourenco' for 'João Lourenço'
        owners = by_part.get(hit.tokens[0]) or by_lower.get(without_accents(hit.tokens[0]).lower(), [])
        if len(owners) == 1:
            _absorb(owners[0], hit, alias=True)
            owner_at[hit.start] = owners[0]
        elif not owners:
            person = Person(hit.tokens[0], hit.tokens, hit.start)
            _absorb(person, hit)
            people.append(person)
            _index_parts(person, by_part, by_lower)
            owner_at[hit.start] = person
    hit_at: dict[int, NameHit] = {}
    for h in hits:
        hit_at.setdefault(h.start, h)
    sentence_at = {x.index: x for x in sentences}
    place_spots: dict[str, str | None] = {}
    _shared_titles(people, text)
    name_words = {part for p in people for part in p.tokens}
    for person in people:
        person.title = strip_styles(person.title)
        person.organization = organization_of(person.title) or person.body
        if person.organization in name_words and f"{person.organization}'s" in (person.title or "").replace("’", "'"):
            person.organization = None  # "Duda's chief-of-staff": a person's, no body
        first = hit_at.get(person.first)
        sent = sentence_at.get(first.sentence) if first else None
        if person.organization is None and sent is not None:
            person.organization = affiliation_of(sent.text, person.first - sent.start)
        person.country = country_of(person.title, text, person.organization, place_spots)
        if person.country is None and sent is not None:
            person.country = counterpart_country(sent.text, person.first - sent.start)
        if person.country is None:
            person.country = home_region_country(person.title, person.organization)
            person.regional = person.country is not None
        person.title = clean_title(person.title)
        if not person.roles and first is not None and sent is not None:
            _counterpart_roles(person, first, sent, hits, owner_at)
    people.sort(key=lambda p: p.first)
    taken = {part for p in people for part in p.tokens}
    for person in [p for p in people if len(p.tokens) == 1 and "." not in p.name]:  # 'Mr Marape': 'James Marape'
        if given := given_name_of(person.name, sentences, taken):
            person.name, person.tokens = f"{given} {person.name}", (given, person.name)
    _country_by_thanks(people, text)
    _mark_visitor(people, text)
    for person in people:
        styled = STYLED_BEFORE_RE.search(text, max(0, person.first - 45), person.first)
        person.style = styled.group(1).lower() if styled else None
        if person.gender is None and styled:
            person.gender = "f" if styled.group().startswith("Her") else "m"  # 'Her Excellency X'
    return people


COUNTERPART_BEFORE_RE = re.compile(r"\b" + listed("counterpart_words") + r",?\s+$")


def _counterpart_roles(person: Person, first: NameHit, sent: Sentence, hits: list[NameHit],
                       owner_at: dict[int, Person]) -> None:
    """Rule 'counterpart': one named as another's counterpart without a title ('Minister X met his Colombian
    counterpart Y') holds the same kind of office; Y gets X's roles (so 'the Colombian minister' finds Y), and the
    title stays as written."""
    at = person.first - sent.start
    if not COUNTERPART_BEFORE_RE.search(sent.text, max(0, at - 40), at):
        return
    peers = [owner_at[h.start] for h in hits if h.sentence == first.sentence and h.start < person.first
             and h.start in owner_at and owner_at[h.start] is not person and owner_at[h.start].roles]
    if peers:
        person.roles |= peers[-1].roles


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
    r"(?:\b[Tt]he |(?m:^))((?:[A-Za-z]+ )?" + alternation(PLURAL_TITLE_FORMS) + r") of (" + _PLACE
    + r") and (" + _PLACE + r"),? (" + _NAME + r") and (" + _NAME + r")(?=,| [a-z])"))


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
        role = singular_title(m.group(1))
        for place, name, at in ((m.group(2), m.group(4), m.start(4)), (m.group(3), m.group(5), m.start(5))):
            person = _person_named(people, name, at)
            title = f"{role[:1].upper()}{role[1:]} of {place}"
            if person is not None and (strip_styles(person.title) is None or f" and {m.group(3)}" in person.title):
                person.title = title
                person.roles |= roles_of(title)


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


def _shared_titles(people: list[Person], text: str) -> None:
    """Rule 'shared title': each holder of a plural title with places gets the singular title of the place."""
    _listed_titles(people, text)
    _respective_sides(people, text)
    if "he " not in text or SHARED_TITLE_WORD_RE.search(text) is None:
        return  # (quick looks for what every match holds)
    _respective_titles(people, text)
    for name, title in shared_title_names(text).items():
        person = next((p for p in people if p.name == name), None)
        if person is not None and strip_styles(person.title) is None:
            person.title = title
            person.roles |= roles_of(title)


STYLED_BEFORE_RE = re.compile(r"\b(?:His|Her) (" + listed("style_titles") + r")(?:\s+" + listed("style_followers")
                              + r")*\s+$")


HOST_VERBS_RE = re.compile(r"\b" + word_regex(entries("host_verbs")) + r"\b")
GUEST_VERBS_RE = re.compile(r"\b(?:(?:was|were) " + listed("guest_passive_verbs") + " by|" + listed("guest_phrases")
                            + r")\b")


def _mark_visitor(people: list[Person], text: str) -> None:
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


def _country_by_thanks(people: list[Person], text: str) -> None:
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


def _index_parts(person: Person, by_part: dict[str, list[Person]], by_lower: dict[str, list[Person]]) -> None:
    """Note each part of the person's name (as written, and lower-cased without accents) as pointing to the person,
    once."""
    fathers = fathers_names(person.tokens)
    for part in person.name_parts():
        if part in fathers:
            continue
        for index, key in ((by_part, part), (by_lower, without_accents(part).lower())):
            holders = index.setdefault(key, [])
            if not holders or holders[-1] is not person:
                holders.append(person)


def _absorb(person: Person, hit: NameHit, alias: bool = False) -> None:
    person.nickname = person.nickname or hit.nickname
    if hit.title and (person.title is None or strip_styles(person.title) is None  # 'Rt Hon', then 'Foreign Minister'
                      or (hit.title.startswith(person.title + " ") and not hit.body)):
        person.title = hit.title  # or a fuller one: 'High Commissioner', then 'High Commissioner of Australia'
        person.body = hit.body
    person.roles |= roles_of(hit.title)
    if hit.title_before:
        person.roles |= roles_of(hit.title_before)
    person.gender = person.gender or gender_of(hit.title, hit.title_before)
    if alias and hit.title_before:
        form = f"{_title_as_called(hit.title_before)} {hit.tokens[0]}"
        if form not in person.aliases:
            person.aliases.append(form)


def _title_as_called(title: str) -> str:
    """The part of a title written before a surname that calls the person: 'Secretary' of 'Secretary of State'
    ('Secretary Pompeo', not 'State Pompeo'), 'Prime Minister', 'Consul General'."""
    words = title.split()
    head = max((n for n, w in enumerate(words) if w.lower().rstrip(".") in TITLE_HEADS), default=len(words) - 1)
    end = head + 2 if words[head + 1:] == ["General"] else head + 1
    while (head > 0 and words[head - 1][:1].isupper() and words[head - 1].lower() in ROLE_MODS
           and words[head - 1].lower() not in CONNECTORS):  # (not a place's kind: 'Kauai County Mayor')
        head -= 1  # 'Prime Minister Thompson'
    return " ".join(words[head:end])
