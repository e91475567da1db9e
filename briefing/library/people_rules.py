"""Named rules that decide which participants of different briefings are one person (pure, no SQL)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from briefing.core.resources import resource_path

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


@lru_cache(maxsize=1 << 16)
def split_title(name: str) -> tuple[str, str]:
    """Rule `leading_title`: honorifics, rank words and title heads before a name are a title, not the
    name: 'Vice Governor Li Wei' -> ('vice governor', 'li wei'); 'H.E. Mr. John Smith' -> ('', 'john smith');
    'the governor' -> ('governor', '')."""
    words = fold(name).split()
    honorifics, ranks, heads = _lexicon("honorifics"), _lexicon("rank_modifiers"), _lexicon("title_heads")
    title: list[str] = []
    while words and (words[0] in honorifics or words[0] in ranks or words[0] in heads or words[0] in ("the", "h e")
                     or (words[0] == "h" and len(words) > 1 and words[1] == "e")):
        word = words.pop(0)
        if word not in honorifics and (word in ranks or word in heads):
            title.append(word)
        elif word == "h" and words and words[0] == "e":
            words.pop(0)
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

    def store_keys(self) -> list[tuple[str, str]]:
        """(key, kind) under which the store finds the mentions a change may affect: a full name in each
        scope ('full'), the name alone ('named', or 'unscoped' for a mention with no scope, which may
        join that name anywhere), and the short forms a mention answers to ('offer') or is ('want')."""
        keys = [(f"full|{scope}|{form}", "full") for scope in self.scopes for form in self.full]
        keys += [(f"name|{form}", "named" if self.scopes else "unscoped") for form in self.full]
        keys += [(f"short|{scope}|{form}", "offer") for scope in self.scopes for form in self.offers]
        keys += [(f"short|{scope}|{form}", "want") for scope in self.scopes for form in self.wants]
        return keys


def mention_keys(mention: Mention) -> MentionKeys:
    """Rule `scope`: a person is matched only within their country and organisation (either will do)."""
    full: set[str] = set()
    short: set[str] = set()
    heads = set(title_heads(mention.title))
    for written in (mention.name, *mention.aliases):
        title, form = split_title(written)
        heads |= title_heads(title)
        if not form:
            continue
        if is_full(form):
            full.add(form)
        else:
            short.add(form)
    offers = set(short) if full else set()
    for form in full:
        offers |= short_forms(form)
    scopes = {f"c:{fold(mention.country)}" for _ in (1,) if mention.country and fold(mention.country)}
    scopes |= {f"o:{fold(mention.organization)}" for _ in (1,) if mention.organization and fold(mention.organization)}
    return MentionKeys(tuple(sorted(full)), tuple(sorted(offers)), () if full else tuple(sorted(short)),
                       tuple(sorted(scopes)), tuple(sorted(heads)))


@dataclass(frozen=True)
class Decision:
    """A person's decision over the automatic matching: 'merge' joins the people of `keys`; 'split'
    takes the participants of `keys` out of their person into a person of their own."""

    kind: str
    keys: tuple[Key, ...]
    id: int = 0


@dataclass
class _Groups:
    """Union-find over mention indexes."""

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


def _join_same_full_name(keys: Sequence[MentionKeys], groups: _Groups) -> None:
    """Rule `same_full_name_in_scope`: one full name (or full alias) in the same country or organisation
    is one person; a mention without country or organisation joins them when only one such person has it."""
    by_form: dict[str, list[int]] = defaultdict(list)
    for index, mention in enumerate(keys):
        for form in mention.full:
            by_form[form].append(index)
    for members in by_form.values():
        by_scope: dict[str, int] = {}
        unscoped = []
        for index in members:
            if not keys[index].scopes:
                unscoped.append(index)
            for scope in keys[index].scopes:
                if scope in by_scope:
                    groups.union(by_scope[scope], index)
                else:
                    by_scope[scope] = index
        roots = {groups.find(index) for index in members if keys[index].scopes}
        anchor = next(iter(roots)) if len(roots) == 1 else (unscoped[0] if unscoped else None)
        for index in unscoped:
            if anchor is not None:
                groups.union(anchor, index)


def _join_short_names(keys: Sequence[MentionKeys], groups: _Groups) -> None:
    """Rule `short_name_in_scope`: 'Governor Jing' is the one person of the same country or organisation
    whose full name shortens to 'Jing'; when two people do, it is left alone (ambiguous). Rule
    `same_short_name_and_office`: short names with no such person are one person when they share a
    scope and their offices agree (or one is unknown)."""
    offering: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, mention in enumerate(keys):
        for scope in mention.scopes:
            for form in mention.offers:
                offering[(scope, form)].add(index)
    unattached: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, mention in enumerate(keys):
        if not mention.wants:
            continue
        candidates = {groups.find(other) for scope in mention.scopes for form in mention.wants
                      for other in offering.get((scope, form), ()) if keys[other].full}
        if len(candidates) == 1:
            groups.union(candidates.pop(), index)
        elif not candidates:
            for scope in mention.scopes:
                for form in mention.wants:
                    unattached[(scope, form)].append(index)
    for members in unattached.values():
        for position, index in enumerate(members):
            for other in members[:position]:
                one, two = keys[index].heads, keys[other].heads
                if not one or not two or set(one).intersection(two):
                    groups.union(other, index)
                    break


def cluster(mentions: Sequence[Mention], decisions: Iterable[Decision] = (),
            keys: Sequence[MentionKeys] | None = None) -> list[list[int]]:
    """The people among `mentions`: lists of mention indexes, each one person. The automatic rules run
    first, then the decisions, oldest first (a later decision wins). `keys`: the mentions' keys, if known."""
    if keys is None:
        keys = [mention_keys(mention) for mention in mentions]
    groups = _Groups(list(range(len(mentions))))
    _join_same_full_name(keys, groups)
    _join_short_names(keys, groups)
    label = [groups.find(index) for index in range(len(mentions))]
    where: dict[Key, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        where[mention.key].append(index)
    fresh = len(mentions)
    for decision in sorted(decisions, key=lambda d: d.id):
        chosen = [index for key in decision.keys for index in where.get(key, ())]
        if not chosen:
            continue
        if decision.kind == "split":
            for index in chosen:
                label[index] = fresh
            fresh += 1
        elif decision.kind == "merge":
            target, joined = label[chosen[0]], {label[index] for index in chosen}
            label = [target if value in joined else value for value in label]
    people: dict[int, list[int]] = defaultdict(list)
    for index, value in enumerate(label):
        people[value].append(index)
    return list(people.values())


def display_name(mentions: Sequence[Mention]) -> str:
    """Rule `display_name`: the full name written most often (the latest on a tie), else the most common name."""
    full = [m.name for m in mentions if is_full(split_title(m.name)[1])]
    counted = Counter(full or [m.name for m in mentions])
    best = max(counted.values())
    return next(name for name in reversed(full or [m.name for m in mentions]) if counted[name] == best)
