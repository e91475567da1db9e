"""People of an article: one entry per person with title, organisation, country, roles, attendance."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from briefing.extract.lexicon import (
    ABBREVIATIONS,
    COUNTRIES,
    HONORIFICS,
    ORG_WORDS,
    RANK_MODIFIERS,
    TITLE_HEADS,
    alternation,
    entries,
    keyed,
    listed,
    with_upper,
    word_regex,
    words,
)
from briefing.extract.names import NameHit, find_names, learn_places, lone_speakers
from briefing.extract.sentences import Sentence
from briefing.extract.titles import is_country_word

ROLE_ALIASES = keyed("role_aliases")
ROLE_HEADS = (TITLE_HEADS - words("not_role_heads")) | words("role_heads_extra")
ROLE_MODS = RANK_MODIFIERS | words("role_modifiers")
ORG_HEADS = words("org_heads")
CHAIN_JOINERS = words("chain_joiners")  # 'Governor of the Alba provincial government': words inside a body's name
GENERAL_TITLE_HEADS = words("general_title_heads")  # 'secretary general' is one title
FEMALE = words("female_words")
MALE = words("male_words")
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
    aliases: list[str] = field(default_factory=list)
    attended: bool = False
    message: bool = False
    last_seen: int = -1
    visitor: bool = False  # the guest side's leader, whom 'the visiting dignitary' means
    style: str | None = None  # 'highness' for 'His Highness Sheikh X', whom a later bare 'His Highness' means
    body: str | None = None  # a body named by common nouns with the title ('of the opposition party'): no side

    def name_parts(self) -> list[str]:
        parts: list[str] = []
        for tok in self.tokens:
            parts.append(tok)
            if "." in tok:
                parts.extend(p for p in tok.split(".") if len(p) > 2)
        return parts


def compound_role(word: str) -> bool:
    """'minister-president': a hyphenated title whose parts are titles is a role of its own."""
    return "-" in word and not word.startswith("vice-") and any(p in ROLE_HEADS for p in word.split("-"))


def _roles(title: str | None) -> set[str]:
    if not title:
        return set()
    words = [w.strip(".,'’").lower() for w in re.split(r"[\s,]+", title) if w.strip(".,'’")]
    roles = set()
    for k, word in enumerate(words):
        if word.startswith("(") and word.endswith(")") and k and words[k - 1] in ROLE_HEADS and word[1:-1].isalpha():
            roles.add(word[1:-1])  # 'mayor (prefeito)': the local word for the role names it too
            continue
        word = ROLE_ALIASES.get(word, word)
        base = word.split("-")[-1] if word.startswith("vice-") else word
        if base not in ROLE_HEADS and not compound_role(base):
            continue
        if k + 1 < len(words) and words[k + 1] in ("general", "generals") and base in GENERAL_TITLE_HEADS:
            continue
        mods = []
        j = k - 1
        while j >= 0 and words[j] in ROLE_MODS and len(mods) < 2:
            mods.insert(0, words[j])
            j -= 1
        if word.startswith("vice-"):
            mods.append("vice")
        roles.add(" ".join([*mods, base]))
    return roles


def _chains(title: str) -> list[list[str]]:
    """Runs of capitalised words joined by 'of', 'and', 'for', 'the' (split before 'and <Title>')."""
    toks = re.findall(r"[\w’'\-.]+|,", title)
    chains: list[list[str]] = []
    run: list[str] = []
    for k, tok in enumerate([*toks, ","]):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        joiner = tok in CHAIN_JOINERS and run
        if tok == "and" and nxt.lower() in TITLE_HEADS:
            joiner = False
        if tok[:1].isupper() or joiner:
            possessive = tok.endswith(("'s", "’s", "s'", "s’")) and tok.rstrip("'’s") not in ("People",)
            run.append(re.sub(r"(?<=s)['’]$|['’]s$", "", tok) if possessive else tok)
            if possessive:
                chains.append(run)
                run = []
            continue
        chains.append(run)
        run = []
    result = []
    for chain in chains:
        while chain and chain[-1] in CHAIN_JOINERS:
            chain.pop()
        cut = 0
        for k, word in enumerate(chain):
            if word.lower().rstrip(".") in TITLE_HEADS or word.lower() in RANK_MODIFIERS or word.lower() == "general":
                cut = k + 1
        while cut and cut < len(chain) and chain[cut] in ("of", "for", "the", "and", "to", "at"):
            cut += 1
        chain = chain[cut:] if cut < len(chain) else []
        if chain:
            result.append(chain)
    return result


def _organization(title: str | None) -> str | None:
    """The body or place a title belongs to: an organisation name, 'of <place>', '<Place>'s', '<Place> Mayor'."""
    if not title:
        return None
    title = OF_STATE_RE.sub(r"\1", title)  # 'Secretary of State for Industry': 'State' is part of the title
    orgs = [c for c in _chains(title) if any(w in ORG_HEADS for w in c)]
    if orgs and max(map(len, orgs)) > 1:  # 'deputy Party secretary': a lone 'Party' names no body
        return " ".join(max(orgs, key=len))
    for m in OF_PLACE_RE.finditer(title):
        place = m.group(1)
        if not is_country_word(place) and not all(w in ORG_WORDS for w in place.split()):
            return place + (" " + m.group(2) if m.group(2) else "")
    lead: list[str] = []
    for word in title.split():
        low = word.lower().rstrip(".")
        if (low in TITLE_HEADS or low in ROLE_MODS or not word[:1].isupper()
                or ("-" in low and any(part in TITLE_HEADS for part in low.split("-")))):
            break  # 'Minister-President', 'Vice-Chancellor' are titles, not places
        lead.append(re.sub(r"['’]s?$", "", word))
    while lead and lead[-1] in LEVEL_ADJECTIVES:
        lead.pop()
    place = " ".join(lead)
    if place and not is_country_word(place) and place not in COUNTRIES and place not in ORG_WORDS:
        return place
    return None


LEVEL_ADJECTIVES = words("level_adjectives")
OF_STATE_RE = re.compile(r"\b((?:[Ss]ecretary|[Mm]inister)(?:-[Gg]eneral)?) of State\b")
OF_PLACE_RE = re.compile(with_upper(r"\b(?:of|at) (?:the )?([A-ZÀ-ÖØ-Þ][\w’'\-.]*(?: [A-ZÀ-ÖØ-Þ][\w’'\-.]*)*)"
                                    r"(?: (" + listed("place_of_nouns") + "))?"))
AFFILIATION_RE = re.compile(with_upper(listed("affiliation_nouns") + r" (?:from|of) (?:the )?(?:[a-z]+ )*?"
                            r"(?:[A-Z][\w\-]* " + listed("affiliation_area_nouns") + " of )?"
                            r"(?P<a>[A-Z][\w\-]*(?: [A-Z][\w\-]*)*(?: " + listed("affiliation_area_nouns") + ")?)|"
                            r"\b(?:his|her) (?P<b>[A-Z][\w\-]*(?: [A-Z][\w\-]*)*) counterpart"))


LED_BY_RE = re.compile(r"\b" + listed("leader_verbs") + r" by\b")


def _affiliation(sentence: str, start: int) -> str | None:
    """'a delegation from X ..., led by <person>' or 'his X counterpart, <person>' gives the person's side."""
    for m in AFFILIATION_RE.finditer(sentence):
        if m.start() < start and (LED_BY_RE.search(sentence[m.end():start]) or m.group("b")):
            place = m.group("a") or m.group("b")
            if not is_country_word(place):
                return place
    return None


CAP_PAIR_RE = re.compile(with_upper(r"[A-Z][\w\-.]*(?: [A-Z][\w\-.]*)?"))


# '<place> province, Norway' / '<place> of the Netherlands' and "Norway's <place>": the country of a place
COUNTRY_AFTER_RE = re.compile(with_upper(r"(?: [a-z]+| [A-Z][a-z]+)?(?:,| of| in) (?:the )?"
                                         r"([A-Z][\w\-]+(?: (?:of )?[A-Z][\w\-]+)?)"))
COUNTRY_BEFORE_RE = re.compile(with_upper(r"([A-Z][\w\-]+)['’]s? (?:[a-z]+ )?$"))


def _country(title: str | None, text: str, org: str | None, seen: dict[str, str | None] | None = None) -> str | None:
    """The person's country from the title, else from the text around the organisation's place name; `seen`
    keeps each place's country for the article (many people share a place: one scan of the text each)."""
    for source in (title or "",):
        for word in CAP_PAIR_RE.findall(source):
            for cand in (word, word.split()[0]):
                if is_country_word(cand.rstrip(".")):
                    return COUNTRIES[cand.rstrip(".")]
                if cand.endswith(("'s", "’s")) and is_country_word(cand[:-2]):
                    return COUNTRIES[cand[:-2]]
    core = [w for w in (org or "").split() if w[:1].isupper() and w not in ORG_WORDS and not w.isupper()]
    if core:
        place = " ".join(core[:3])
        if seen is None:
            return _place_country(place, text)
        if place not in seen:
            seen[place] = _place_country(place, text)
        return seen[place]
    return None


def _place_country(place: str, text: str) -> str | None:
    """The country the text writes with a place: 'X province, Norway', 'X of the Netherlands', "Norway's X"."""
    spots = []  # where the text writes the place (no regex per place: that would churn the shared regex cache)
    at = text.find(place)
    while at != -1:
        spots.append(at)
        at = text.find(place, at + len(place))
    for at in spots:
        m = COUNTRY_AFTER_RE.match(text, at + len(place))
        if m and "," in m.group(0) and OWNER_AFTER_RE.match(text, m.end(1)):
            continue  # 'A, Canada's B' / 'A, Lao province of B': the country goes with B
        if m:
            for c in (m.group(1), m.group(1).split()[0]):
                if is_country_word(c):
                    return COUNTRIES[c]
    for at in spots:
        m = COUNTRY_BEFORE_RE.search(text, max(0, at - 80), at)
        if m:
            return COUNTRIES[m.group(1)] if is_country_word(m.group(1)) else None
    return None


OWNER_AFTER_RE = re.compile(r"['’]s?\b| [a-z]")


def _gender(title: str | None, hit_title: str | None) -> str | None:
    words = {w.lower().strip(".") for w in (title or "").split() + (hit_title or "").split()}
    if words & FEMALE:
        return "f"
    if words & MALE:
        return "m"
    return None


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
    for hit in hits:
        if len(hit.tokens) == 1 and "." not in hit.tokens[0]:
            singles.append(hit)
            continue
        person = matched.get(hit.tokens)
        if person is None:
            many = len(people) >= NameIndex.FROM
            person = index.match(hit.tokens) if many else _match(people, hit.tokens, joined)
            if person is None:
                name = " ".join(hit.tokens)
                person = Person(name, hit.tokens, hit.start)
                people.append(person)
            matched[hit.tokens] = person
        _absorb(person, hit)
    by_part: dict[str, list[Person]] = {}  # a name part -> the people whose name holds it, in order
    by_lower: dict[str, list[Person]] = {}
    for person in people:
        _index_parts(person, by_part, by_lower)
    for hit in singles:
        owners = by_part.get(hit.tokens[0]) or by_lower.get(hit.tokens[0].lower(), [])  # 'Okada', 'OKADA Rintaro'
        if len(owners) == 1:
            _absorb(owners[0], hit, alias=True)
        elif not owners:
            person = Person(hit.tokens[0], hit.tokens, hit.start)
            _absorb(person, hit)
            people.append(person)
            _index_parts(person, by_part, by_lower)
    hit_at: dict[int, NameHit] = {}
    for h in hits:
        hit_at.setdefault(h.start, h)
    sentence_at = {x.index: x for x in sentences}
    place_spots: dict[str, str | None] = {}
    _shared_titles(people, text)
    for person in people:
        person.title = _strip_styles(person.title)
        person.organization = _organization(person.title) or person.body
        if person.organization is None:
            first = hit_at.get(person.first)
            sent = sentence_at.get(first.sentence) if first else None
            if sent is not None:
                person.organization = _affiliation(sent.text, person.first - sent.start)
        person.country = _country(person.title, text, person.organization, place_spots)
        person.title = clean_title(person.title)
    people.sort(key=lambda p: p.first)
    _mark_visitor(people, text)
    for person in people:
        styled = STYLED_BEFORE_RE.search(text, max(0, person.first - 45), person.first)
        person.style = styled.group(1).lower() if styled else None
    return people


# 'The mayors of Curitiba, Luciano Ducci, and Durban (South Africa), Obed Mlaba, signed': one title, two holders
SHARED_TITLE_RE = re.compile(with_upper(
    r"\b[Tt]he ((?:[a-z]+ )?" + alternation(sorted(words("plural_titles"))) + r") of ([A-Z][^,()]{1,40}?)"
    r"(?: \([^()]{1,30}\))?, ([^,]{3,60}?),? and ([A-Z][^,()]{1,40}?)(?: \([^()]{1,30}\))?, ([^,]{3,60}?)(?=,| [a-z])"))


def _singular(plural: str) -> str:
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _shared_titles(people: list[Person], text: str) -> None:
    """Rule 'shared title': each holder of a plural title with places gets the singular title of the place."""
    if "he " not in text:
        return
    for m in SHARED_TITLE_RE.finditer(text):
        role = _singular(m.group(1))
        for place, name in ((m.group(2), m.group(3)), (m.group(4), m.group(5))):
            person = next((p for p in people if p.name == name.strip()), None)
            if person is not None and person.title is None:
                person.title = f"{role[:1].upper()}{role[1:]} of {place.strip()}"
                person.roles |= _roles(person.title)


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


STYLES = words("styles")


def _strip_styles(title: str | None) -> str | None:
    """'Excellency Minister of Municipality Sheikh Dr.' -> 'Minister of Municipality': styles of address and
    honorifics that open or close a title are not part of it."""
    if not title:
        return title
    words = title.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in STYLES:
        words.pop(0)
    while len(words) > 1 and (words[-1].lower().rstrip(".") in STYLES or words[-1].rstrip(".") in HONORIFICS):
        words.pop()
    return " ".join(words)


OWNER_RE = re.compile(r"^(?:the )?([A-Z][\w\-.]*(?: [A-Z][\w\-.]*)*)['’]s? (?=\w)")


def clean_title(title: str | None) -> str | None:
    """The title without a leading organisation possessive ('the Regional Government's Economy Minister' ->
    'Economy Minister'; the body is kept as organization) and without the honorifics or ranks that open the
    name ('State Secretary Dr.', 'Governor of X Maj. Gen.'); a country or place possessive stays."""
    if not title:
        return title
    m = OWNER_RE.match(title)
    if m and m.group(1).split()[-1] in ORG_HEADS:
        title = title[m.end():]
    words = title.split()
    while len(words) > 1 and (words[-1].rstrip(".") in HONORIFICS or (
            words[-1].endswith(".") and words[-1].rstrip(".") in ABBREVIATIONS)):
        if not any(w.lower().rstrip(".") in TITLE_HEADS for w in words[:-1]):
            break
        words.pop()
    return " ".join(words) or None


def _index_parts(person: Person, by_part: dict[str, list[Person]], by_lower: dict[str, list[Person]]) -> None:
    """Note each part of the person's name (as written and lower-cased) as pointing to the person, once."""
    for part in person.name_parts():
        for index, key in ((by_part, part), (by_lower, part.lower())):
            holders = index.setdefault(key, [])
            if not holders or holders[-1] is not person:
                holders.append(person)


class NameIndex:
    """_match over many people without trying each one: the same first match, found through look-ups.

    A person matches when the name tokens are theirs, when the shorter name (of two words or more) is written
    inside the longer, or when a two-word name has the first and last word of a longer one. `people` is the
    list build_people appends to; the index catches up with it on each look-up."""

    FROM = 48  # below this many people the plain loop is cheaper

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.count = 0
        self.exact: dict[tuple[str, ...], int] = {}
        self.ends: dict[tuple[str, str], list[int]] = {}  # (first word, last word) -> people, in order
        self.spelled: dict[str, list[int]] = {}  # a name lower-cased -> people, in order
        self.parts: list[str] = []  # the names lower-cased, one a line, for one str.find over all of them
        self.text = ""
        self.starts: list[int] = []
        self.sizes: list[int] = []
        self.longest = 0

    def _catch_up(self) -> None:
        for k in range(self.count, len(self.people)):
            tokens = self.people[k].tokens
            spelled = " ".join(tokens).lower()
            self.exact.setdefault(tokens, k)
            self.ends.setdefault((tokens[0], tokens[-1]), []).append(k)
            self.spelled.setdefault(spelled, []).append(k)
            self.starts.append(sum(len(p) + 1 for p in self.parts[-1:]) + (self.starts[-1] if self.starts else 0))
            self.parts.append(spelled)
            self.sizes.append(len(tokens))
            self.longest = max(self.longest, len(spelled))
        if self.count < len(self.people):
            self.text = "\n".join(self.parts)
            self.count = len(self.people)

    def match(self, tokens: tuple[str, ...]) -> Person | None:
        self._catch_up()
        size = len(tokens)
        mine = " ".join(tokens).lower()
        sizes = self.sizes
        best = self.exact.get(tokens, self.count)
        if size >= 2:  # a name at least as long that holds these words
            at = self.text.find(mine)
            while at != -1:
                k = bisect_right(self.starts, at) - 1
                if k >= best:
                    break
                if sizes[k] >= size:
                    best = k
                    break
                at = self.text.find(mine, at + 1)
        if size >= 3:  # a shorter name (two words or more) written inside these
            for a in range(len(mine)):
                for b in range(a + 3, min(len(mine), a + self.longest) + 1):
                    for k in self.spelled.get(mine[a:b], ()):
                        if k >= best:
                            break
                        if 2 <= sizes[k] < size:
                            best = k
                            break
        if size >= 2:  # 'Ivan Sokolov' for 'Ivan Petrovich Sokolov', and the other way round
            for k in self.ends.get((tokens[0], tokens[-1]), ()):
                if k >= best:
                    break
                if (size == 2 and sizes[k] >= 3) or (size >= 3 and sizes[k] == 2):
                    best = k
                    break
        return self.people[best] if best < self.count else None


def _match(people: list[Person], tokens: tuple[str, ...], joined: dict[tuple[str, ...], str]) -> Person | None:
    """The person these name tokens belong to; `joined` caches each token tuple's lower-case spelling."""
    mine = joined.setdefault(tokens, " ".join(tokens).lower())
    size = len(tokens)
    for person in people:
        other = person.tokens
        if other == tokens:
            return person
        theirs = joined.get(other) or joined.setdefault(other, " ".join(other).lower())
        count = len(other)
        shorter = size if size <= count else count  # the shorter name holds the other's words
        if shorter >= 2 and (mine in theirs if size <= count else theirs in mine):
            return person
        if shorter == 2 and size + count >= 5 and tokens[0] == other[0] and tokens[-1] == other[-1]:
            return person  # 'Ivan Sokolov' for 'Ivan Petrovich Sokolov': given name and surname, patronymic left out
    return None


def _absorb(person: Person, hit: NameHit, alias: bool = False) -> None:
    if person.title is None and hit.title:
        person.title = hit.title
        person.body = hit.body
    person.roles |= _roles(hit.title)
    if hit.title_before:
        person.roles |= _roles(hit.title_before)
    person.gender = person.gender or _gender(hit.title, hit.title_before)
    if alias and hit.title_before:
        form = f"{hit.title_before.split()[-1]} {hit.tokens[0]}"
        if form not in person.aliases:
            person.aliases.append(form)
