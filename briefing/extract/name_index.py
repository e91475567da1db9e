"""Which person a written name belongs to: the same name, a shorter or longer form of it, looked up fast; and the
written forms of the people's names found in a sentence."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing.extract.lexicon import COMMON_CAPS, NAME_PARTICLES, ORG_WORDS, TITLE_HEADS, without_accents, words
from briefing.extract.name_runs import NAME_ABBREVIATIONS, REGNAL, TITLE_WORDS_IN_NAMES
from briefing.extract.sentences import Sentence, Token, tokenize
from briefing.extract.titles import is_title_word

if TYPE_CHECKING:  # people.py builds the people and imports this module
    from briefing.extract.person import Person


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


def name_forms(people: list[Person]) -> dict[str, Person]:
    """Every written form that names one person only: full names, single name parts, Title+surname."""
    forms: dict[str, Person] = {}
    counts: dict[str, int] = {}
    for person in people:
        for part in {*person.name_parts(), *_tails(person)}:
            counts[part] = counts.get(part, 0) + 1
    for person in people:
        forms[person.name] = person
        if len(person.tokens) > 1:
            forms[" ".join(t for t in person.tokens if t not in NAME_PARTICLES)] = person
            if all(len(t) == 2 and t.endswith(".") for t in person.tokens[:-1]):
                forms.setdefault("".join(person.tokens), person)  # 'B. Battsetseg' written 'B.Battsetseg'
        if any(t.rstrip(".") in NAME_ABBREVIATIONS for t in person.tokens):  # 'Md. X Y' written 'Md X Y', and back
            bare = [t.rstrip(".") if t.rstrip(".") in NAME_ABBREVIATIONS else t for t in person.tokens]
            forms.setdefault(" ".join(bare), person)
            forms.setdefault(" ".join(t + "." if t in NAME_ABBREVIATIONS else t for t in bare), person)
        for tail in _tails(person):  # a surname of two words ('Le Drian', 'Johnson Smith')
            if counts[tail] == 1:
                forms.setdefault(tail, person)
        for spelling in person.spellings:
            forms.setdefault(spelling, person)
            forms.setdefault(spelling.replace(". ", "."), person)  # 'U. Khurelsukh' written 'U.Khurelsukh'
        for alias in person.aliases:  # a shorter written name ('Mohamed Al Hussaini'): one form, not three parts
            if alias.count(" ") >= 1 and alias[:1].isupper() and alias.split()[0] == person.tokens[0]:
                forms.setdefault(alias, person)
        for part in person.name_parts():
            if part[:1].islower() and "-" in part:  # 'al-Halboosi' written 'Al-Halboosi' opening a sentence
                forms.setdefault(part[:1].upper() + part[1:], person)
            if part.isupper() and len(part) >= 3 and part.isalpha():
                forms.setdefault(part.capitalize(), person)  # 'FUJIMURA Tetsuya', later 'Fujimura'
            if (counts[part] == 1 and len(part) >= 2 and part not in NAME_PARTICLES and part not in COMMON_CAPS
                    and part not in ORG_WORDS and part not in REGNAL  # 'Jr' alone names no one
                    and part not in TITLE_WORDS_IN_NAMES  # nor 'Sultan'
                    and part.rstrip(".") not in NAME_ABBREVIATIONS  # nor 'Md'
                    and part not in _leading_particles(person)):
                forms.setdefault(part, person)
    return forms


def _leading_particles(person: Person) -> set[str]:
    """Particles written with a capital inside a name, before its last word ('Al' of 'Al Thani', 'Le' of 'Le
    Drian'), and a father's name after 'bin' ('Salman' of 'Mohammed bin Salman'): alone they name no one."""
    return {word for word in person.tokens[:-1] if word.lower() in NAME_PARTICLES} | fathers_names(person.tokens)


_PATRONYMIC = words("patronymic_particles")  # (the father's name follows)


def fathers_names(words: tuple[str, ...]) -> set[str]:
    """The father's names inside a name ('Salman' of 'Mohammed bin Salman'): 'Salman' alone is another person."""
    return {word for before, word in zip(words, words[1:]) if before.lower() in _PATRONYMIC}


def _tails(person: Person) -> list[str]:
    """The name's last words, two or more, from a capitalised one ('Le Drian' of Jean-Yves Le Drian)."""
    words = person.tokens
    return [" ".join(words[n:]) for n in range(1, len(words) - 1)
            if words[n][:1].isupper() and not words[n].endswith(".")]


def shared_parts(people: list[Person]) -> dict[str, list[Person]]:
    """Single name parts that more than one person has ('Kim' for Kim Tae-sik and Kim Min-ji)."""
    owners: dict[str, list[Person]] = {}
    for person in people:
        lead = _leading_particles(person)
        for part in set(person.name_parts()):
            if (len(part) >= 2 and part not in NAME_PARTICLES and part not in COMMON_CAPS and part not in ORG_WORDS
                    and part not in lead):
                owners.setdefault(part, []).append(person)
    return {part: group for part, group in owners.items() if len(group) > 1}


class FormIndex:
    """Written name forms matched on a sentence's tokens (no per-article regex to compile)."""

    def __init__(self, forms: dict[str, Person]) -> None:
        # every pair of words that stand in one name (either order, a word with itself too): a look-up, not a loop
        self.name_pairs = {(a, b) for words in {tuple(person.name.split()) for person in forms.values()}
                           for a in words for b in words}
        self.index: dict[str, list[tuple[tuple[str, ...], tuple[int, ...], str, Person]]] = {}
        for form, person in forms.items():
            tokens = tokenize(form)
            words = tuple(t.text for t in tokens)
            gaps = tuple(t.start - before.end for before, t in zip(tokens, tokens[1:]))  # 'R.' and 'Jean-Yves'
            if words and words[0][:1].isupper():
                self.index.setdefault(words[0], []).append((words, gaps, form, person))
                if not form.isascii():  # 'Lourenco' written for 'Lourenço', and the other way round
                    plain = tuple(without_accents(w) for w in words)
                    self.index.setdefault(plain[0], []).append((plain, gaps, form, person))
        for group in self.index.values():
            group.sort(key=lambda item: -len(item[0]))

    def scan(self, sent: Sentence) -> list[tuple[int, int, Person, str]]:
        """(start, end, person, form) for each form in the sentence, longest first, left to right."""
        found: list[tuple[int, int, Person, str]] = []
        if not self.index:
            return found
        toks = sent.tokens
        n = len(toks)
        index = self.index
        done = 0
        for i in [k for k, t in enumerate(toks) if t.cap]:  # every form starts with a capital
            if i < done:
                continue
            tok = toks[i]
            group = index.get(tok.text)
            if tok.text != tok.base:
                group = (group or []) + index.get(tok.base, [])
            if not group and not tok.text.isascii():
                group = index.get(without_accents(tok.text))
            if group:
                for words, gaps, form, person in group:
                    size = len(words)
                    if i + size <= n and _same(toks, i, words, gaps) and not (
                            size == 1 and "." not in words[0] and self._inside_other_name(toks, i)):  # 'S.Batbold'
                        last = toks[i + size - 1]
                        found.append((tok.start, last.start + len(last.base), person, form))
                        done = i + size
                        break
        return found

    def _inside_other_name(self, toks: list[Token], i: int) -> bool:
        """'Paulo' in 'São Paulo': a name part right after a capitalised word (not a title) that is not part of
        the same name ('Al Mazrouei', 'Ó Briain', 'Nurlan Abenov' are names)."""
        if i == 0:
            return False
        prev = toks[i - 1]
        return (prev.cap and not prev.possessive and prev.end + 1 == toks[i].start and not is_title_word(prev)
                and prev.text.lower() not in NAME_PARTICLES  # 'Van Dalen said' for Marieke van Dalen
                and prev.base.lower() != "general"  # 'Director General Lee'
                and prev.base not in COMMON_CAPS
                and (prev.text, toks[i].base) not in self.name_pairs)


def titled_owner(owners: list[Person], before: str) -> Person | None:
    """'Vice Governor Lee' when two people are called Lee: the one whose title the words before the name begin."""
    words = before.lower().split()[-3:]
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        tail = " ".join(words[-n:])
        if tail.rstrip(".") not in TITLE_HEADS and not any(w in TITLE_HEADS for w in words[-n:]):
            continue
        match = [p for p in owners if p.title and p.title.lower().startswith(tail)]
        if len(match) == 1:
            return match[0]
    return None


def _same(toks: list[Token], i: int, words: tuple[str, ...], gaps: tuple[int, ...]) -> bool:
    """The form's words at i, each as far from the one before as in the form ('R.' is 'R' and '.', no space)."""
    last = len(words) - 1
    for k, word in enumerate(words):
        tok = toks[i + k]
        written = tok.base if k == last else tok.text
        if (written != word and (written.isascii() and word.isascii() or without_accents(written) != word)) \
                or (k and tok.start - toks[i + k - 1].end != gaps[k - 1]):
            return False
    return True
