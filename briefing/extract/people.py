"""People of an article: one entry per person with title, organisation, country, roles, attendance."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from briefing.extract.appositives import NEWS_MEDIA_NOUNS
from briefing.extract.lexicon import (
    COMMON_CAPS,
    PLACE_NOUNS,
    TITLE_HEADS,
    alternation,
    entries,
    listed,
    without_accents,
    word_regex,
    word_start_matches,
    words,
)
from briefing.extract.name_index import NameIndex, fathers_names, match_name
from briefing.extract.name_runs import given_name_of, sentence_runs
from briefing.extract.names import NameHit, find_names
from briefing.extract.people_lists import country_by_thanks, mark_visitor, shared_titles
from briefing.extract.person import Person
from briefing.extract.person_titles import (
    ROLE_MODS,
    affiliation_of,
    clean_title,
    counterpart_country,
    country_after_name,
    country_of,
    gender_of,
    organization_of,
    roles_of,
)
from briefing.extract.regions import home_region_country, place_named, region_countries, region_key
from briefing.extract.sentences import Sentence
from briefing.extract.title_styles import strip_styles
from briefing.extract.titles import CONNECTORS, military_rank


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


_PLACE_COMMA_END_RE = re.compile(r"[A-Z][\w\-]+,\s*$")
_MEDIUM_AFTER_RE = re.compile(r"\s+(?:" + alternation(sorted(NEWS_MEDIA_NOUNS)) + r")\b")


def _lone_word_no_one(hit: NameHit, text: str) -> bool:
    """A lone word that names a region, written after a place and a comma ('mayor of Carmel, Indiana, said'), or
    the news medium a noun after it names ("Malaysia's official Bernama news agency")."""
    return ((region_key(hit.tokens[0]) in region_countries()
             and _PLACE_COMMA_END_RE.search(text, max(0, hit.start - 40), hit.start) is not None)
            or _MEDIUM_AFTER_RE.match(text, hit.end) is not None)


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
            if person is None and not many and (person := _spelled_otherwise(people, hit.tokens)
                                                or _patronymic_form(people, hit.tokens)) is not None:
                person.aliases.append(" ".join(hit.tokens))  # 'Kassym-Zhomart Tokayev', then 'Kassym-Jomart'
                person.spellings.append(" ".join(hit.tokens))
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
        elif not owners and not _lone_word_no_one(hit, text):
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
    shared_titles(people, text)
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
        if person.country is None and sent is not None and first is not None:
            person.country = country_after_name(sent.text, first.end - sent.start)
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
    country_by_thanks(people, text)
    mark_visitor(people, text)
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


STYLED_BEFORE_RE = re.compile(r"\b(?:His|Her) (" + listed("style_titles") + r")(?:\s+" + listed("style_followers")
                              + r")*\s+$")


def _spelled_otherwise(people: list[Person], tokens: tuple[str, ...]) -> Person | None:
    """The person whose name is these words but one, spelled a little otherwise ('Felipe'/'Filipe Nyusi'): a long
    word with the same first letter and most of its letters in order."""
    for person in people:
        if len(person.tokens) != len(tokens) or len(tokens) < 2:
            continue
        differ = [(a, b) for a, b in zip(person.tokens, tokens) if a != b]
        if len(differ) == 1 and min(map(len, differ[0])) >= 6 and differ[0][0][0] == differ[0][1][0] \
                and SequenceMatcher(None, *differ[0]).ratio() >= 0.8:
            return person
    return None


def _patronymic_form(people: list[Person], tokens: tuple[str, ...]) -> Person | None:
    """The person a Mongolian name names in its other form: 'U.Khurelsukh' (the father's initial, the name) is
    'Khurelsukh Ukhnaa' (the name, the father's name), and the other way round; and a given name cut to its
    initial: 'S. Koziej' is 'Stanislaw Koziej'."""
    if len(tokens) != 2:
        return None
    for person in people:
        if len(person.tokens) != 2:
            continue
        for short, full in ((tokens, person.tokens), (person.tokens, tokens)):
            if (len(short[0]) == 2 and short[0].endswith(".") and len(full[1]) > 2
                    and ((short[1] == full[0] and full[1].startswith(short[0][0]))
                         or (short[1] == full[1] and full[0].startswith(short[0][0]) and len(full[0]) > 2))):
                return person
    return None


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
                      or ((hit.title.startswith(person.title + " ") or _place_before(hit.title, person.title))
                          and not hit.body)  # ('Prime Minister', then 'Solomon Islands Prime Minister')
                      or (military_rank(person.title) and not military_rank(hit.title))):  # an office says more
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


def _place_before(title: str, shorter: str) -> bool:
    """`title` is `shorter` with a country or a region before it: 'Solomon Islands Prime Minister', "Qatar's Emir"
    (not 'Met Chinese Foreign Minister', a headline's verb)."""
    place = re.sub(r"['’]s?$", "", title.removesuffix(" " + shorter)) if title.endswith(" " + shorter) else ""
    return bool(place) and place_named(place)


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
