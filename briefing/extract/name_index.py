"""Which person a written name belongs to: the same name, a shorter or longer form of it, looked up fast."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing.extract.lexicon import without_accents

if TYPE_CHECKING:  # people.py builds the people and imports this module
    from briefing.extract.people import Person


class NameIndex:
    """match_name over many people without trying each one: the same first match, found through look-ups.

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
            spelled = _spelled(tokens)
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
        mine = _spelled(tokens)
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
                if sizes[k] >= 2 and sizes[k] != size and _within(tokens, self.people[k].tokens):
                    best = k
                    break
        return self.people[best] if best < self.count else None


def _spelled(tokens: tuple[str, ...]) -> str:
    """A name as compared: lower case, without accents ('João Lourenço' is 'joao lourenco')."""
    return without_accents(" ".join(tokens)).lower()


def _within(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The words of the shorter name stand in the longer, in order (the middle ones of the longer may be left out)."""
    short, long = (one, other) if len(one) < len(other) else (other, one)
    rest = iter(long)
    return all(word in rest for word in short)


def match_name(people: list[Person], tokens: tuple[str, ...], joined: dict[tuple[str, ...], str]) -> Person | None:
    """The person these name tokens belong to; `joined` caches each token tuple's lower-case spelling."""
    mine = joined.setdefault(tokens, _spelled(tokens))
    size = len(tokens)
    for person in people:
        other = person.tokens
        if other == tokens:
            return person
        theirs = joined.get(other) or joined.setdefault(other, _spelled(other))
        count = len(other)
        shorter = size if size <= count else count  # the shorter name holds the other's words
        if shorter >= 2 and (mine in theirs if size <= count else theirs in mine):
            return person
        if (shorter >= 2 and size != count and tokens[0] == other[0] and tokens[-1] == other[-1]
                and _within(tokens, other)):
            return person  # 'Ivan Sokolov' for 'Ivan Petrovich Sokolov', 'Mohamed Al Hussaini' for 'Mohamed bin Hadi …'
    return None
