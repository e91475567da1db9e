"""Named rules that decide which participants of different briefings are one person (pure, no SQL)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from briefing.core.resources import resource_path

RULES = "2"  # the rules' version: a directory matched by other rules is matched again when next read
Key = tuple[int, str]  # a participant as a person decision names it: (briefing id, folded name)
_PUNCTUATION = re.compile(r"[^\w\s]+", re.UNICODE)


@cache
def _lexicon(name: str) -> frozenset[str]:
    """A word list of resources/lexicon/en, folded (read, never written)."""
    path = resource_path(f"lexicon/en/{name}.txt")
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            found.add(fold(line))
    return frozenset(found)


def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation as space, one space: 'Jean-Marc  Ayrault.' -> 'jean marc ayrault'."""
    return _fold(text) if text else ""


@lru_cache(maxsize=1 << 17)
def _fold(text: str) -> str:
    if text.isascii():
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_PUNCTUATION.sub(" ", plain.replace("'", "").replace("’", "")).split())


# Title words that are also surnames (Julie Bishop, Angus King, Amartya Sen) or parts of names (Sheikh,
# Imam): a name may hold them anywhere but first. Every other title word in a name makes it a role.
SURNAME_TITLES = frozenset("""akim amb bishop bupati capt chair chancellor col cr curator dame dean doctor dr emir
    engr farmer father fisherman founder gen gov hakim head hokim host imam judge khokim king kuia lady leader lord
    lt madam maj marshal matua member miss mme mr mrs ms mx pastor pres prince princess prof provost queen rabbi
    rangatira regent rector rep rev sen sheikh sheriff sir speaker sultan teacher trader wali warden whaea""".split())
# Words no name holds: a written form with one is a role or a phrase ('the Vice President of X').
ROLE_WORDS = frozenset({"of", "for", "from", "the", "and", "with", "new", "former", "message", "said", "who"})


@cache
def _offices() -> frozenset[str]:
    return _lexicon("title_heads") - SURNAME_TITLES


def _is_office(word: str) -> bool:
    """An office word that is no name ('minister', 'ministers'), as `split_title` reads a name."""
    offices = _offices()
    return word in offices or (word.endswith("s") and word[:-1] in offices)


def _leading_title(words: list[str], title: list[str]) -> None:
    honorifics, ranks, heads = _lexicon("honorifics"), _lexicon("rank_modifiers"), _lexicon("title_heads")
    while words and (words[0] in honorifics or words[0] in ranks or words[0] in heads or words[0] in ("the", "h e")
                     or (words[0] == "h" and len(words) > 1 and words[1] == "e")):
        word = words.pop(0)
        if word not in honorifics and (word in ranks or word in heads):
            title.append(word)
        elif word == "h" and words and words[0] == "e":
            words.pop(0)


@lru_cache(maxsize=1 << 16)
def split_title(name: str) -> tuple[str, str]:
    """Rule `leading_title`: honorifics, rank words and title heads before a name are a title, not the
    name: 'Vice Governor Li Wei' -> ('vice governor', 'li wei'); 'H.E. Mr. John Smith' -> ('', 'john smith');
    'the governor' -> ('governor', ''). Rule `role_is_no_name`: words up to an office word are a title too
    ('Prime Minister Tavita Olu' -> ('prime minister', 'tavita olu')), and a role or phrase leaves no name:
    'the new Atlantic Trade Minister', 'the Vice President of Freedonia', 'Prime Minister' -> ('…', '')."""
    words = fold(name).split()
    title: list[str] = []
    _leading_title(words, title)
    while office := [index for index, word in enumerate(words) if _is_office(word)]:
        title += words[:office[-1] + 1]
        words = words[office[-1] + 1:]
        _leading_title(words, title)
    if any(word in ROLE_WORDS for word in words):
        title += words
        words = []
    return " ".join(title), " ".join(words)


@lru_cache(maxsize=1 << 14)
def title_heads(title: str | None) -> frozenset[str]:
    """Rule `title_heads`: the office words of a title ('deputy secretary … and governor of the province'
    -> {'secretary', 'governor'}), so two titles can be compared."""
    heads = _lexicon("title_heads")
    return frozenset(word for word in fold(title).split() if word in heads)


def core_words(form: str) -> list[str]:
    """The words of a name that are not particles ('manlio di stefano' -> ['manlio', 'stefano'])."""
    particles = _lexicon("name_particles")
    return [word for word in form.split() if word not in particles]


def is_full(form: str) -> bool:
    """Rule `full_name`: a name of two or more words besides particles names one person
    ('Jing Junhai', 'Manlio Di Stefano'); 'Jing' or 'Di Stefano' alone may be anyone of that name."""
    return len(core_words(form)) >= 2


def short_forms(form: str) -> set[str]:
    """Rule `short_forms_of_full_name`: the forms a full name is shortened to in an article — its first
    word (a Chinese family name) and its last word with any particles before it (a European one):
    'jing junhai' -> {'jing', 'junhai'}; 'manlio di stefano' -> {'manlio', 'di stefano', 'stefano'}."""
    words = form.split()
    forms = {words[0], words[-1]}
    particles = _lexicon("name_particles")
    start = len(words) - 1
    while start > 1 and words[start - 1] in particles:
        start -= 1
        forms.add(" ".join(words[start:]))
    return forms


class Mention(NamedTuple):
    """One participant of one briefing, as the rules see it."""

    briefing_id: int
    position: int
    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    organization: str | None = None
    country: str | None = None

    @property
    def key(self) -> Key:
        return (self.briefing_id, fold(self.name))


class MentionKeys(NamedTuple):
    """What a mention offers to matching: full names, short forms it answers to, its scope and titles
    (tuples: a rebuild holds one for each of hundreds of thousands of participants)."""

    full: tuple[str, ...]
    offers: tuple[str, ...]
    wants: tuple[str, ...]  # the short forms of a mention that has no full name ('Governor Jing' -> ('jing',))
    scopes: tuple[str, ...]
    heads: tuple[str, ...]
    own: tuple[str, ...] = ()  # the full form of the name itself (not of an alias)

    def store_keys(self) -> list[tuple[str, str]]:
        """(key, kind) under which the store finds the mentions a change may affect: a full name in each
        scope ('full'), the name alone ('named', or 'unscoped' for the own name of a mention with no scope,
        which may join that name anywhere), and the short forms a mention answers to ('offer') or is ('want')."""
        keys = [(f"full|{scope}|{form}", "full") for scope in self.scopes for form in self.full]
        if self.scopes:
            keys += [(f"name|{form}", "named") for form in self.full]
        else:
            keys += [(f"name|{form}", "unscoped") for form in self.own]
        keys += [(f"short|{scope}|{form}", "offer") for scope in self.scopes for form in self.offers]
        keys += [(f"short|{scope}|{form}", "want") for scope in self.scopes for form in self.wants]
        return keys


# Organisations every country has: alone they place no one ('Government', 'Ministry of Foreign Affairs').
GENERIC_ORGANISATION_WORDS = frozenset("""administration affairs and assembly cabinet chamber commerce congress
    consulate council defence defense delegation department economy education embassy external federal finance
    for foreign general government health house interior international justice ministers ministry national of
    office parliament people peoples presidency presidential prime representatives republic secretariat senate
    state the trade""".split())


def scope_keys(organization: str | None, country: str | None) -> tuple[str, ...]:
    """Rule `scope`: a person is matched only within their country and organisation (either will do); an
    organisation every country has ('the Government') is no scope of its own."""
    scopes = set()
    if fold(country):
        scopes.add(f"c:{fold(country)}")
    words = fold(organization).split()
    if words and not all(word in GENERIC_ORGANISATION_WORDS for word in words):
        scopes.add(f"o:{fold(organization)}")
    return tuple(sorted(scopes))


def mention_keys(mention: Mention) -> MentionKeys:
    """The keys of a mention: its full names and short forms (rule `role_is_no_name`: a role such as
    'the Prime Minister' is neither), its scopes (rule `scope`) and the office words of its titles."""
    full: set[str] = set()
    short: set[str] = set()
    own: tuple[str, ...] = ()
    heads = set(title_heads(mention.title))
    for index, written in enumerate((mention.name, *mention.aliases)):
        title, form = split_title(written)
        heads |= title_heads(title)
        if not form:
            continue
        if is_full(form):
            full.add(form)
            own = (form,) if index == 0 else own
        else:
            short.add(form)
    offers = set(short) if full else set()
    for form in full:
        offers |= short_forms(form)
    return MentionKeys(tuple(sorted(full)), tuple(sorted(offers)), () if full else tuple(sorted(short)),
                       scope_keys(mention.organization, mention.country), tuple(sorted(heads)), own)


@dataclass(frozen=True)
class Decision:
    """A person's decision over the automatic matching: 'merge' joins the people of `keys`; 'split'
    takes the participants of `keys` out of their person into a person of their own."""

    kind: str
    keys: tuple[Key, ...]
    id: int = 0


@dataclass
class Groups:
    """Union-find over mention indexes (or ids)."""

    parent: list[int] = field(default_factory=list)

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, one: int, other: int) -> None:
        one, other = self.find(one), self.find(other)
        if one != other:
            self.parent[max(one, other)] = min(one, other)


def join_same_full_name(groups: Iterable[Sequence[int]], unions: Groups) -> None:
    """Rule `same_full_name_in_scope`: one full name (or full alias) in the same country or organisation
    is one person. Each group holds the mentions of one name in one scope."""
    for members in groups:
        for index in members[1:]:
            unions.union(members[0], index)


def join_unscoped(groups: Iterable[tuple[Sequence[int], Sequence[int]]], unions: Groups) -> None:
    """Rule `unscoped_full_name`: a mention of a full name without country or organisation joins the
    person of that name when only one person has it; else such mentions are one person among themselves.
    Each group is (mentions with a scope, mentions without) of one full name."""
    for scoped, unscoped in groups:
        if unscoped:
            roots = {unions.find(index) for index in scoped}
            anchor = next(iter(roots)) if len(roots) == 1 else unscoped[0]
            for index in unscoped:
                unions.union(anchor, index)


def short_candidates(groups: Iterable[tuple[Sequence[int], Sequence[int]]], unions: Groups) -> dict[int, set[int]]:
    """The people each short name ('Governor Jing') may be: for each group of (mentions whose full name
    shortens to a form, mentions that are that form) in one scope, the offering people's roots."""
    found: dict[int, set[int]] = defaultdict(set)
    for offering, wanting in groups:
        if wanting:
            roots = {unions.find(index) for index in offering}
            for index in wanting:
                found[index] |= roots
    return found


def join_short_names(candidates: dict[int, set[int]], buckets: Iterable[Sequence[int]],
                     heads: Callable[[int], Sequence[str]], unions: Groups) -> None:
    """Rule `short_name_in_scope`: 'Governor Jing' is the one person of the same country or organisation
    whose full name shortens to 'Jing'; when two people do, it is left alone (ambiguous). Rule
    `same_short_name_and_office`: short names that no one's full name gives are one person when they
    share a scope and an office; one without an office joins them when only one office is there.
    `buckets` holds the mentions of one short form in one scope."""
    for index, roots in candidates.items():
        if len(roots) == 1:
            unions.union(next(iter(roots)), index)
    for bucket in buckets:
        members = [index for index in bucket if index in candidates and not candidates[index]]
        by_head: dict[str, int] = {}
        for index in members:
            for head in heads(index):
                if head in by_head:
                    unions.union(by_head[head], index)
                else:
                    by_head[head] = index
        headless = [index for index in members if not heads(index)]
        roots = {unions.find(index) for index in members if heads(index)}
        anchor = next(iter(roots)) if len(roots) == 1 else (headless[0] if headless else None)
        for index in headless:
            if anchor is not None:
                unions.union(anchor, index)


def apply_decisions(label: list[int], where: Callable[[Key], Sequence[int]], decisions: Iterable[Decision]) -> None:
    """The user's merges and splits over the automatic matching, oldest first: `label` holds each
    mention's person (changed in place); `where` gives the mentions a decision's key names."""
    fresh = max(label, default=-1) + 1
    for decision in sorted(decisions, key=lambda d: d.id):
        chosen = [index for key in decision.keys for index in where(key)]
        if not chosen:
            continue
        if decision.kind == "split":
            for index in chosen:
                label[index] = fresh
            fresh += 1
        elif decision.kind == "merge":
            target, joined = label[chosen[0]], {label[index] for index in chosen}
            for index, value in enumerate(label):
                if value in joined:
                    label[index] = target


def cluster(mentions: Sequence[Mention], decisions: Iterable[Decision] = (),
            keys: Sequence[MentionKeys] | None = None) -> list[list[int]]:
    """The people among `mentions`: lists of mention indexes, each one person. The automatic rules run
    first, then the decisions, oldest first (a later decision wins). `keys`: the mentions' keys, if known."""
    if keys is None:
        keys = [mention_keys(mention) for mention in mentions]
    full: dict[tuple[str, str], list[int]] = defaultdict(list)
    named: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    short: dict[tuple[str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for index, found in enumerate(keys):
        for form in (found.full if found.scopes else found.own):
            named[form][0 if found.scopes else 1].append(index)
            for scope in found.scopes:
                full[(scope, form)].append(index)
        for scope in found.scopes:
            for form in found.offers:
                short[(scope, form)][0].append(index)
            for form in found.wants:
                short[(scope, form)][1].append(index)
    unions = Groups(list(range(len(mentions))))
    join_same_full_name(full.values(), unions)
    join_unscoped(named.values(), unions)
    candidates = short_candidates(short.values(), unions)
    join_short_names(candidates, [wanting for _, wanting in short.values() if wanting],
                     lambda index: keys[index].heads, unions)
    label = [unions.find(index) for index in range(len(mentions))]
    decisions = list(decisions)
    if decisions:
        where: dict[Key, list[int]] = defaultdict(list)
        for index, mention in enumerate(mentions):
            where[mention.key].append(index)
        apply_decisions(label, lambda key: where.get(key, ()), decisions)
    people: dict[int, list[int]] = defaultdict(list)
    for index, value in enumerate(label):
        people[value].append(index)
    return list(people.values())


def display_name(mentions: Sequence[Mention]) -> str:
    """Rule `display_name`: the full name written most often; on a tie the fuller one (more words, then
    more letters: 'Deep Kumar Upadhyay' over 'Deep Upadhayay'), then the latest; else the most common name."""
    full = [m.name for m in mentions if is_full(split_title(m.name)[1])]
    names = full or [m.name for m in mentions]
    counted = Counter(names)
    latest = {name: index for index, name in enumerate(names)}

    def fullness(name: str) -> tuple[int, int]:
        form = split_title(name)[1]
        return len(core_words(form)), len(form)
    return max(counted, key=lambda name: (counted[name], *fullness(name), latest[name]))
