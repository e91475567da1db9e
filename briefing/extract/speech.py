"""Statements: who says what, sentence by sentence, with quotes, reported speech and continuations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import ACTION_OBJECTS, SPEECH_PHRASES, SPEECH_VERBS, TITLE_HEADS
from briefing.extract.people import Person, find_title_mentions, name_forms
from briefing.extract.sentences import Sentence, masked

_VERB_RE = re.compile(r"\b(?:made (?:a |an )?(?:[\w\-]+ )?(?:proposals?|suggestions?|speech|remarks|statement)|"
                      + "|".join(sorted((re.escape(p) for p in SPEECH_PHRASES), key=len, reverse=True))
                      + r"|" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?:(?:the|[A-Z][\w\-]*\.?)\s+){0,3}$")
_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
_GAP_WORDS = frozenset("also further then later again has had have was is were once repeatedly firmly warmly "
                       "strongly specifically particularly briefly quoted as first finally only however "
                       "in turn then".split())
_COORD_RE = re.compile(r"^[a-z]+(?:ed|s)\b[^.;“”\"]*?,? and$")
_ORDINAL_RE = re.compile(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|Lastly|Finally|"
                         r"Hopefully|Moreover|Furthermore|In addition|Additionally|Meanwhile)\b")
_NARRATIVE_RE = re.compile(r"\b(?:agreed|signed|exchanged views|visited|toured|attended|presided|adopted|"
                           r"held talks|hosted|reviewed|discussed|participated|took part|is part of)\b")
_SIDES_RE = re.compile(r"\b(?:[Tt]he two (?:sides|leaders|mayors|governors|parties|delegations|ministers)|"
                       r"[Bb]oth sides|[Tt]hey|[Pp]articipants|[Oo]rganis|[Oo]rganiz)")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    person: Person | None
    pronoun: str | None = None


@dataclass(slots=True)
class Said:
    sentence: Sentence
    speaker: Person
    kind: str
    continuation: bool


class Speech:
    """Finds speakers; keeps the pronoun focus (who 'he' or 'she' is) while reading on."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        forms = name_forms(people)
        self.forms = forms
        self.form_re = (re.compile(r"(?<![\w\-.])(?:" + "|".join(
            re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w\-])") if forms else None)
        self.focus: list[Person] = []

    def mentions(self, sent: Sentence, text: str) -> list[Mention]:
        """Names, title-only forms and subject pronouns in `text` (the sentence, quotes blanked)."""
        found: list[Mention] = []
        if self.form_re is not None:
            for m in self.form_re.finditer(text):
                found.append(Mention(sent.start + m.start(), sent.start + m.end(), self.forms[m.group()]))
        for person, start, end in find_title_mentions(sent, self.people):
            if text[start - sent.start:end - sent.start].strip() and not any(
                    f.start <= start < f.end for f in found):
                found.append(Mention(start, end, person))
        for m in _PRONOUN_RE.finditer(text):
            found.append(Mention(sent.start + m.start(), sent.start + m.end(), None, m.group().lower()))
        found.sort(key=lambda x: x.start)
        return found

    def resolve(self, pronoun: str) -> Person | None:
        want = "f" if pronoun == "she" else "m"
        for person in self.focus:
            if person.gender in (None, want):
                person.gender = want
                return person
        return None

    def note(self, person: Person) -> None:
        if person in self.focus:
            self.focus.remove(person)
        self.focus.insert(0, person)

    def speaker(self, sent: Sentence, text: str, mentions: list[Mention]) -> Person | None:
        """The person a speech verb outside quotes belongs to: subject before it, or 'said X' after it."""
        for m in _VERB_RE.finditer(text):
            if m.group() in ("states", "presents", "presented", "introduced") and _object_is_action(text, m.end()):
                continue
            vstart = sent.start + m.start()
            before = [x for x in mentions if x.end <= vstart]
            if before:
                cand = before[-1]
                gap = text[cand.end - sent.start:m.start()]
                if _gap_ok(gap):
                    who = cand.person or (self.resolve(cand.pronoun) if cand.pronoun else None)
                    if who is not None:
                        return who
                if _ACCORDING_RE.search(text[:cand.start - sent.start]) and cand.person is not None:
                    return cand.person
            after = [x for x in mentions if x.start >= sent.start + m.end()]
            if after and m.group() in SPEECH_VERBS:
                cand = after[0]
                gap = text[m.end():cand.start - sent.start].strip()
                if all(w.lower().strip(".") in TITLE_HEADS for w in gap.split()) and cand.person is not None:
                    return cand.person
        for x in mentions:
            if x.person is not None and _ACCORDING_RE.search(text[:x.start - sent.start]):
                return x.person
        return None

    def subject(self, sent: Sentence, mentions: list[Mention]) -> Person | None:
        """A person named in the first words of the sentence, taken as its subject."""
        for x in mentions:
            if x.start - sent.start > 60:
                break
            if x.person is not None:
                return x.person
        return None


def _object_is_action(text: str, pos: int) -> bool:
    words = text[pos:pos + 40].split()
    return bool(words) and words[0].strip(",.").lower() in ACTION_OBJECTS


def _gap_ok(gap: str) -> bool:
    g = gap.strip()
    if not g:
        return True
    words = g.split()
    while words and words[-1].strip(",") in _GAP_WORDS:
        words.pop()
    g = " ".join(words)
    if not g:
        return True
    if g.startswith(",") and g.endswith(",") and len(g) < 300:
        return True
    if _COORD_RE.match(g) and len(g) < 120:
        return True
    if g.split()[0] in ("of", "from", "at") and len(g) < 160:
        return not bool(_VERB_RE.search(g))
    return g in ("'s", "’s")


def find_statements(sentences: list[Sentence],
                    people: list[Person]) -> tuple[list[Said], dict[int, list[Mention]]]:
    """Sentences reporting a named person's words (speaker, kind, continuation), and every name mention."""
    speech = Speech(people)
    said: dict[int, Said] = {}
    all_mentions: dict[int, list[Mention]] = {}
    by_index = {s.index: s for s in sentences}
    quoted_sentences: list[Sentence] = []
    for sent in sentences:
        text = masked(sent)
        every = speech.mentions(sent, sent.text)
        all_mentions[sent.index] = every
        mentions = every if text is sent.text else [
            x for x in every if text[x.start - sent.start] != " " or sent.text[x.start - sent.start] == " "]
        direct = any(words >= 4 for _, _, words in sent.quotes)
        who = speech.speaker(sent, text, mentions)
        if who is not None:
            said[sent.index] = Said(sent, who, "direct" if direct else "reported", False)
        elif direct:
            quoted_sentences.append(sent)
        else:
            prev = said.get(sent.index - 1)
            if prev is not None and _continues(sent, prev, mentions):
                said[sent.index] = Said(sent, prev.speaker, "reported", True)
        for x in mentions:
            if x.person is not None:
                x.person.last_seen = x.start
        if sent.index in said:
            speech.note(said[sent.index].speaker)
        else:
            subj = speech.subject(sent, mentions)
            if subj is not None:
                speech.note(subj)
    for sent in quoted_sentences:
        who = _quote_speaker(sent, said, by_index)
        if who is not None:
            said[sent.index] = Said(sent, who, "direct", True)
    return [said[k] for k in sorted(said)], all_mentions


def _continues(sent: Sentence, prev: Said, mentions: list[Mention]) -> bool:
    if prev.sentence.para != sent.para:
        return bool(_ORDINAL_RE.match(sent.text)) and prev.sentence.last_in_para and sent.first_in_para
    if _NARRATIVE_RE.search(sent.text) or _SIDES_RE.match(sent.text):
        return False
    for x in mentions:
        if x.person is not None and x.person is not prev.speaker and x.start - sent.start < 40:
            return False
    return len(sent.tokens) > 3


def _quote_speaker(sent: Sentence, said: dict[int, Said], by_index: dict[int, Sentence]) -> Person | None:
    """Speaker of a quoted sentence without its own attribution: the quote's other sentences, or before."""
    spans = [(q0, q1) for q0, q1, words in sent.quotes if words >= 4]
    for step in (1, -1):
        k = sent.index + step
        while k in by_index and by_index[k].para == sent.para:
            other = by_index[k]
            shares = any(q0 < other.end and q1 > other.start for q0, q1 in spans)
            if k in said and (shares or step == -1):
                return said[k].speaker
            if not shares:
                break
            k += step
    prev = said.get(sent.index - 1)
    if prev is not None and sent.first_in_para and prev.sentence.last_in_para:
        return prev.speaker
    return None
