"""Mentions of a person by a title alone ('the governor', 'the mayor of Bilbao'), resolved to the participant
holding that role."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.extract.lexicon import (
    COMMON_CAPS,
    COUNTRIES,
    HONORIFICS,
    OFFICE_MODIFIERS,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    RANK_MODIFIERS,
    keyed,
    listed,
    words,
)
from briefing.extract.name_runs import PLURAL_TITLES, POSTNOMINALS
from briefing.extract.person import Person
from briefing.extract.person_titles import PORTFOLIO_ENDS, ROLE_ALIASES, ROLE_HEADS, ROLE_MODS, compound_role
from briefing.extract.sentences import Sentence, Token
from briefing.extract.titles import is_title_word

_THE = frozenset(("the", "The"))
_PHRASE_PREPS = frozenset(("with", "to", "from", "after", "before", "by"))  # a role in a phrase: 'with the president'
PARTY_HEADS = words("party_heads")  # 'the Party chief': a party committee's secretary
GENERAL_ROLE_HEADS = words("general_role_heads")  # 'the consul general'
FORWARD_REACH = 300  # characters after a title-only mention in which the person may be named
HONOUR_WORDS = words("honour_words")
EARLIER_WORDS = words("earlier_title_words")
OCCASION_NOUNS = words("occasion_nouns")  # 'At the meeting Vice President X': the occasion, not a title
VISITOR_NOUNS = words("visitor_nouns")
# 'the message from Prime Minister X': a word that links the article to another noun, not to a role
_LINKS = words("role_mention_links")


def _name_after(toks: list[Token], m: int, people: list[Person], in_phrase: bool = False
                ) -> tuple[bool, Person | None]:
    """Whether a name follows the title ending at token m ('Prime Minister X Y', 'the Trade Minister,
    Mr. X Y'), and the person of it when one of `people` bears it."""
    k = m + 1
    comma = k < len(toks) and toks[k].text == ","
    k += comma
    while k < len(toks) and (toks[k].text.rstrip(".") in HONORIFICS or toks[k].text == "."
                             or (comma and toks[k].text in ("the", "His", "Her", "Excellency"))):
        k += 1  # (', the Hon X Y', ', His Excellency X Y')
    named: list[str] = []
    while k < len(toks) and toks[k].cap and toks[k].base not in COMMON_CAPS and toks[k].base not in POSTNOMINALS:
        named.append(toks[k].base)
        k += 1
    if not named or (in_phrase and comma and k < len(toks) and toks[k].text.islower()
                     and toks[k].text not in ("and", "who")):
        return False, None  # ('Before his meeting with the president, X met Y': X is the next clause's subject)
    person = next((p for p in people if set(named) <= set(p.tokens) or tuple(named) == p.tokens), None)
    return (person is not None or not comma), person


def name_starts(people: list[Person]) -> dict[str, list[tuple[str, ...]]]:
    """The names of two words or more, by their first word (for _name_starts; made once per article)."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for person in people:
        if len(person.tokens) >= 2:
            starts.setdefault(person.tokens[0], []).append(person.tokens)
    return starts


def _name_starts(toks: list[Token], k: int, starts: Mapping[str, list[tuple[str, ...]]]) -> bool:
    """A participant's full name (of two words or more) is written from token k on."""
    return any(tuple(t.base for t in toks[k:k + len(name)]) == name for name in starts.get(toks[k].base, ()))


_ROLE_OPENING_RE = re.compile(r"^The ((?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?)")


def unnamed_role_opening(text: str, people: list[Person]) -> str | None:
    """'The Vice President of USA acknowledges ...': the role that opens the sentence when no participant
    holds a role of that name ('the Vice President of USA'); the sentence's pronouns point back to it."""
    m = _ROLE_OPENING_RE.match(text)
    if m is None:
        return None
    heads = [w.lower() for w in m.group(1).split() if w.lower() in ROLE_HEADS]
    if not heads or any(role.split()[-1] == heads[-1] for p in people for role in p.roles):
        return None
    return "the " + m.group(1)


def local_roles_of(people: list[Person]) -> frozenset[str]:
    """Role words of the article's own titles that are not common titles ('prefeito' from 'the mayor (prefeito)')."""
    return frozenset(r for person in people for r in person.roles if r not in ROLE_HEADS and " " not in r)


def find_title_mentions(sent: Sentence, people: list[Person], seen: Mapping[int, int],
                        roles: frozenset[str] | None = None,
                        starts: Mapping[str, list[tuple[str, ...]]] | None = None) -> list[tuple[Person, int, int]]:
    """'the governor', 'The Secretary', 'the vice governor', 'the Trieste mayor', 'the mayor of Bilbao'
    resolved to the person holding that role (and from that place, when one is named); `seen` is where
    each person (by id) was last named, read so far; `roles` are the article's local role words
    (local_roles_of), gathered here when not given."""
    found: list[tuple[Person, int, int]] = []
    toks: list[Token] = sent.tokens
    # a role written without the article, opening the sentence or its clause after an opener: 'Mayor stressed
    # that ...', 'Prime Minister said ...', 'During the call, Vice President welcomed ...'
    opener = next((i for i, t in enumerate(toks[1:8], 1) if t.text == ","), None)
    if opener is not None and ((opener > 1 and toks[opener - 1].cap)
                               or any(t.text in ("of", "for") for t in toks[opener + 2:opener + 4])):
        opener = None  # 'On our side: Ivo Lark, Minister of Ports; …': a name's title, not the clause's subject
    for i in (0,) if opener is None else (0, opener + 1):
        if len(toks) > i + 2 and toks[i].text.lower() in ROLE_HEADS and toks[i].cap and toks[i + 1].text.islower() \
                and toks[i + 1].text not in ("of", "for"):  # 'Minister of Foreign Affairs': a title, not its holder
            person = resolve_role(people, seen, toks[i].text.lower(), [], sent.start)
            if person is not None:
                found.append((person, toks[i].start, toks[i].end))
        elif len(toks) > i + 3 and toks[i].text.lower() in ROLE_MODS and toks[i + 1].text.lower() in ROLE_HEADS \
                and toks[i].cap and toks[i + 2].text.islower():
            person = resolve_role(people, seen, toks[i + 1].text.lower(), [toks[i].text.lower()], sent.start)
            if person is not None:
                found.append((person, toks[i].start, toks[i + 1].end))
    if "the " not in sent.text and "The " not in sent.text:
        return found
    local_roles = roles  # 'prefeito' from 'the mayor (prefeito)', gathered when first needed
    for k in [i for i, t in enumerate(toks) if t.text in _THE]:
        tok = toks[k]
        if k + 2 < len(toks) and toks[k + 1].text == "visiting" and toks[k + 2].text in VISITOR_NOUNS:
            visitor = next((p for p in people if p.visitor and p.first < sent.start), None)
            if visitor is not None:
                found.append((visitor, tok.start, toks[k + 2].end))  # 'the visiting dignitary'
            continue
        mods: list[str] = []
        places: list[str] = []
        for j in range(k + 1, min(k + 5, len(toks))):
            word = toks[j].base.lower()
            if word in HONOUR_WORDS:
                continue  # "the Hon'ble Chief Minister"
            if word in _LINKS or (word in OCCASION_NOUNS and not toks[j].cap) or word in PLURAL_TITLES:
                break  # ('the ministers accompanying President X': a group, no one person)
            if word in EARLIER_WORDS and j > k + 1 and toks[j - 1].text.islower():
                break  # 'the role former President X played': 'former' opens the title; the noun is another's
            if word == "cm" and not mods:
                word, mods = "minister", ["chief"]  # 'the CM'
            word = ROLE_ALIASES.get(word, word)
            if word in PARTY_HEADS and mods == ["party"]:
                # 'the Party chief' / 'the Party secretary': the secretary of a (Communist) Party committee
                person = _party_secretary(people, sent.start)
                if person is not None:
                    found.append((person, tok.start, toks[j].end))
                break
            if word == "head" and not mods and j + 3 < len(toks) and toks[j + 1].text == "of" \
                    and toks[j + 2].text == "the" and toks[j + 3].text.lower() in AREA_HEADS:
                # 'the head of the region': whoever holds the top office of that kind of area
                person = next((p for role in AREA_HEADS[toks[j + 3].text.lower()]
                               if (p := resolve_role(people, seen, role, [], sent.start)) is not None), None)
                if person is not None:
                    found.append((person, tok.start, toks[j + 3].end))
                break
            after = toks[j + 1].base.lower() if j + 1 < len(toks) else ""
            following = ROLE_ALIASES.get(after, after)
            if word in ROLE_MODS and following in ROLE_HEADS:
                mods.append(word)  # 'the Deputy Minister': 'deputy' is a role of its own, but here it qualifies
                continue
            if local_roles is None and word not in ROLE_HEADS and toks[j].text.isalpha():
                local_roles = local_roles_of(people)
            if word in ROLE_HEADS or compound_role(word) or word in (local_roles or ()):
                end = toks[j].end
                if j + 1 < len(toks) and toks[j + 1].text.lower() == "general" and word in GENERAL_ROLE_HEADS:
                    end = toks[j + 1].end  # 'the consul general'
                    j += 1
                while j + 1 < len(toks) and toks[j + 1].text.lower() in RANK_MODIFIERS and toks[j + 1].cap:
                    end = toks[j + 1].end  # 'the Governor Lieutenant'
                    j += 1
                last = j
                if j + 2 < len(toks) and toks[j + 1].text == "of" and toks[j + 2].cap:
                    last = j + 2
                    while (last + 1 < len(toks) and toks[last + 1].cap and toks[last + 1].start - toks[last].end == 1
                           and toks[last + 1].text.rstrip(".") not in HONORIFICS  # '… of Warstein Herr X Y'
                           and not _name_starts(toks, last + 1, starts if starts is not None
                                                else name_starts(people))):  # 'the Ambassador of Ghana X Y'
                        last += 1
                    places.append(" ".join(t.base for t in toks[j + 2:last + 1]))
                    end = toks[last].end
                in_phrase = k > 0 and (toks[k - 1].text in _PHRASE_PREPS
                                       or (k == 1 and toks[0].text.endswith("ing")))  # ('Greeting the X, Y said')
                named, person = _name_after(toks, last, people, in_phrase=in_phrase)
                if named and k >= 2 and toks[k - 1].text == "," \
                        and any(toks[k - 2].base == p.tokens[-1] for p in people):
                    named, person = False, None  # 'A B, the Governor of X, C D, …': the title is A B's, not C D's
                if named and k > 1 and toks[k - 1].text.lower() in ("to", "of", "for") and (
                        is_title_word(toks[k - 2]) or toks[k - 2].base in ORG_WORDS):
                    person = None  # 'Secretary to the Prime Minister, X Y', 'Office of the Minister X Y': X Y's title
                elif not named:
                    person = resolve_role(people, seen, word, mods, sent.start, places, ahead_from=sent.end)
                if person is not None:  # (a title another's name follows is that person's, or nobody's here)
                    found.append((person, tok.start, end))
                break
            if word in OFFICIAL_NOUNS and places:
                person = _sole_from(people, places, sent.start)
                if person is not None:  # 'the top Iranian diplomat': the one participant from Iran
                    found.append((person, tok.start, toks[j].end))
                break
            if not toks[j].text.isalpha() or toks[j].text.lower() in COMMON_CAPS or len(mods) >= 2 or (
                    not toks[j].cap and word.endswith("s") and not word.endswith(("ous", "ss"))
                    and word not in PORTFOLIO_ENDS):  # ('the external affairs minister' is one)
                break  # ('after receiving the credentials President X': a plural noun is no modifier of a role)
            if toks[j].cap and word not in ROLE_MODS:
                if places and j > k + 1 and toks[j - 1].cap and toks[j - 1].text == places[-1].split()[-1]:
                    places[-1] += " " + toks[j].text  # 'the South African foreign minister': one place
                else:
                    places.append(toks[j].text)
            mods.append(word)
    return found


# 'the governor of the region': the titles that head each kind of area
AREA_HEADS = {kind: tuple(t.strip() for t in titles.split(",")) for kind, titles in keyed("area_heads").items()}
PARTY_RE = re.compile(r"\b" + listed("party_words") + r"\b")


def _party_secretary(people: list[Person], before: int) -> Person | None:
    for person in people:
        if (person.first < before and "secretary" in person.roles and "deputy secretary" not in person.roles
                and PARTY_RE.search(person.title or "")):
            return person
    return None


OFFICIAL_NOUNS = words("official_nouns")


def _sole_from(people: list[Person], places: list[str], before: int) -> Person | None:
    """The one person introduced before `before` whose country is the country the place words name."""
    countries = {COUNTRIES[p] for p in places if p in COUNTRIES}
    if len(countries) != 1:
        return None
    found = [p for p in people if p.first < before and p.country in countries]
    return found[0] if len(found) == 1 else None


def _from_place(person: Person, place: str) -> bool:
    """'the Latvian Minister', 'the Trieste mayor': the place or country word appears in what we know of the person."""
    lows = {place.lower(), COUNTRIES.get(place, place).lower()}
    fields = (person.title, person.organization, person.name, person.country)
    if any(low in (field or "").lower() for low in lows for field in fields):
        return True
    # 'the Texan governor' for the Governor of Texas, 'the Bavarian premier' for Bavaria's: a place's adjective
    stem = place.lower()[:-1] if len(place) >= 5 and place.endswith("n") and place not in COUNTRIES else None
    return stem is not None and any(word.startswith(stem) and len(word) - len(stem) <= 2
                                    for field in fields for word in (field or "").lower().split())


def _of_other_country(person: Person, named: set[str]) -> bool:
    """The person's title is of another country than those named ('President of Georgia' is not 'the President of
    Armenia', though the country was left unsaid for Georgia, which is also a state's name)."""
    bodies = [person.organization or "", (person.title or "").rpartition(" of ")[2].removeprefix("the ")]
    found = {COUNTRIES[body] for body in bodies if body in COUNTRIES}
    return bool(found) and not found & named


def _titled_by_country(person: Person) -> bool:
    """'British Prime Minister', 'Prime Minister of Pakistan': the title names the person's country."""
    title, country = person.title, person.country
    if title is None or country is None:
        return False
    return country.lower() in title.lower() or any(COUNTRIES.get(word) == country for word in title.split())


def _other_portfolio(person: Person, mods: list[str]) -> bool:
    """The person's title names a portfolio and not the one the role is written with ('the energy minister' and
    'Minister for Interior'); a title that names none ('Livestock Minister', 'counterpart') may be any."""
    named = [m for m in mods if m in PORTFOLIO_WORDS]
    held = {w.strip(".,").lower() for w in (person.title or "").split()} & PORTFOLIO_WORDS
    return bool(named and held) and not held & set(named)


def resolve_role(people: list[Person], seen: Mapping[int, int], head: str, mods: list[str], before: int,
                 places: list[str] | None = None, ahead_from: int | None = None) -> Person | None:
    rank = [m for m in mods if m in RANK_MODIFIERS]
    mods = [m for m in mods if not places or m not in {w.lower() for p in places for w in p.split()}]
    same: list[Person] = []  # the very role: 'the Chief Minister' is the chief minister, not another minister
    exact: list[Person] = []
    loose: list[Person] = []
    for person in people:
        if person.first >= before and seen.get(id(person), -1) < 0:
            continue
        for role in person.roles:
            words = role.split()
            if words[-1] != head:
                continue
            role_rank = [w for w in words[:-1] if w in RANK_MODIFIERS]
            if role_rank != rank:
                continue
            if any(m in OFFICE_MODIFIERS and m not in words[:-1] for m in mods):
                continue  # 'the Prime Minister of X' is not the Minister of Culture
            if places and _other_portfolio(person, mods) and not all(_from_place(person, p) for p in places):
                continue  # 'the Belarusian energy minister' is not the Minister for Interior
            if mods and words[:-1] == mods:
                same.append(person)
            (exact if words[:-1] == mods or not words[:-1] else loose).append(person)
    pool = same or exact or loose
    if not pool and not rank and ahead_from is not None:  # '"…," the governor said.' named in the next sentence
        ahead = [p for p in people if ahead_from <= p.first < ahead_from + FORWARD_REACH and any(
            role.split()[-1] == head and not [w for w in role.split()[:-1] if w in RANK_MODIFIERS] for role in p.roles)]
        pool = ahead[:1]
    if places:
        local = [p for p in pool if all(_from_place(p, place) for place in places)]
        if not local and any(place in COUNTRIES for place in places):
            # 'the South African foreign minister': the minister from South Africa, though the other side's title
            # is the closer match
            local = [p for p in [*same, *exact, *loose] if all(_from_place(p, place) for place in places)]
        named = {COUNTRIES[place] for place in places if place in COUNTRIES}
        # 'the Russian Foreign Minister' is never a person known to be of another country
        pool = local or [p for p in pool if not named or p.country in named
                         or (p.country is None and not _of_other_country(p, named))]
    elif len(pool) > 1:
        # 'The Prime Minister thanked … British Prime Minister Theresa May': a role written bare is the holder
        # whose title is written bare, not the one the text marks by country
        plain = [p for p in pool if not _titled_by_country(p)]
        pool = plain or pool
    if not pool:
        return None
    return max(pool, key=lambda p: seen.get(id(p), -1))
