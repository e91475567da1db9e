"""Statements: who says what, sentence by sentence, with quotes, reported speech and continuations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import (
    HONORIFICS,
    TITLE_HEADS,
    alternation,
    entries,
    listed,
    word_regex,
    words,
)
from briefing.extract.person import Person
from briefing.extract.sentences import Sentence, is_credit_line, masked
from briefing.extract.speakers import OWN_SPEAKER_RE, Mention, Speech, has_speech_verb

_TRANSCRIPT_RE = re.compile(r"\b" + word_regex(entries("transcript_words")) + r"\b")
_ANSWER_RE = re.compile(r"(?:A|Answer)\s*:\s")
_QUESTION_RE = re.compile(r"(?:Q|Question)\s*:\s")
_ORDINAL_RE = re.compile(r"^" + alternation([*entries("ordinal_words"), *entries("continuation_openers")]) + r"\b")
_NARRATIVE_RE = re.compile(r"\b" + alternation(entries("narrative_verbs")) + r"\b")
# An attribution line with nothing said in it: 'Economy Minister Jane Roe said:' before a quote block.
_BARE_INTRO_RE = re.compile(r"^[^\"“”‘’:]{0,160}\b(?:" + word_regex(entries("intro_verbs")) + r"|"
                            + listed("speech_object_verbs") + r" [\w ]{1,40})\s*:$|^" + listed("attribution_heads")
                            + " " + listed("attribution_head_links") + r"\b[^\"“”]{0,160}$")
_SIDES_RE = re.compile(r"\b(?:[Tt]he two " + word_regex(entries("joint_subject_plurals")) + r"|"
                       + listed("joint_speakers") + ")")


# A plural role as the subject, after an opening phrase or not: 'After the signing, the mayors unveiled ...'
_GROUP_SUBJECT_RE = re.compile(r"^(?:[^,“”\"]{0,50},\s*)?[Tt]he (?:two |three |[a-z]+ )?"
                               + alternation(sorted(words("plural_titles"))) + r"\b(?! of\b)")


@dataclass(slots=True)
class Said:
    sentence: Sentence
    speaker: Person
    kind: str
    continuation: bool
    rule: str = ""  # the rule that found the statement
    step: str = ""  # how the speaker was resolved


_FIRST_PERSON_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")
# 'This was expressed during his meeting with …': the last speaker's words, placed (a new paragraph may open it)
_RESTATED_RE = re.compile(r"^(?:This|That|It) was (?:\w+ly )?" + word_regex(entries("restating_verbs")) + r"\b")


_LINK_RE = re.compile(r"\((?:[A-Z]+ )?[A-Z]{3,}:")


def find_statements(sentences: list[Sentence],
                    people: list[Person]) -> tuple[list[Said], dict[int, list[Mention]], set[int]]:
    """Sentences reporting a named person's words (speaker, kind, continuation), every name mention, and who
    spoke only jointly ('A and B reaffirmed …': no one's statement, but both were there; ids of people)."""
    speech = Speech(people)
    said: dict[int, Said] = {}
    all_mentions: dict[int, list[Mention]] = {}
    by_index = {s.index: s for s in sentences}
    quoted_sentences: list[Sentence] = []
    answerer: Person | None = None  # who answers the 'A:' lines of a transcript
    for sent in sentences:
        if _LINK_RE.match(sent.text) or (sent.text.startswith("(") and is_credit_line(sent.text)):
            continue  # '(READ: What to eat in Karsbrook)': a link to another page; '(ANI/WAM)': the agency
        text = masked(sent)
        every = speech.mentions(sent, sent.text)
        all_mentions[sent.index] = every
        mentions = every if text is sent.text else [
            x for x in every if text[x.start - sent.start] != " " or sent.text[x.start - sent.start] == " "]
        direct = any(words >= 4 for _, _, words in sent.quotes)
        named = [x.person for x in mentions if x.person is not None]
        if named and _TRANSCRIPT_RE.search(text):
            answerer = named[-1]  # 'the following exchange between a reporter and Ms X'
        if sent.first_in_para and _ANSWER_RE.match(text) and (answerer or speech.focus):
            who = answerer or speech.focus[0]
            said[sent.index] = Said(sent, who, "direct", True, "an answer line of a transcript",
                                    f"the person answering: {who.name}")
            speech.note(who)
            continue
        who = None if _QUESTION_RE.match(text) else speech.speaker(sent, text, mentions)
        if who is not None:
            said[sent.index] = Said(sent, who, "direct" if direct else "reported", False, *speech.why)
        elif direct:
            quoted_sentences.append(sent)
        else:
            prev = said.get(sent.index - 1)
            if prev is not None and _RESTATED_RE.match(text):
                said[sent.index] = Said(sent, prev.speaker, "reported", False, "'This was said …' after a statement",
                                        f"the speaker of the sentence before: {prev.speaker.name}")
            elif prev is not None and _continues(sent, prev, mentions):
                first_person = _FIRST_PERSON_RE.search(sent.text)  # 'We shall ...' unquoted is direct (README §5)
                said[sent.index] = Said(sent, prev.speaker, "direct" if first_person else "reported", True,
                                        "continuation of the sentence before",
                                        f"the speaker of the sentence before: {prev.speaker.name}")
        for x in mentions:
            if x.person is not None:
                speech.saw(x.person, x.start)
        if sent.index in said:
            speech.note(said[sent.index].speaker)
            speech.saw(said[sent.index].speaker, sent.end)  # the speaker is the focus a shared title refers to
        else:
            subj = speech.subject(sent, mentions)
            if subj is not None:
                speech.note(subj)
    for sent in quoted_sentences:
        found = _quote_speaker(sent, said, by_index, all_mentions)
        if found is not None:
            who, rule = found
            said[sent.index] = Said(sent, who, "direct", True, rule, f"the quote's speaker: {who.name}")
    return ([said[k] for k in sorted(said) if not _BARE_INTRO_RE.match(said[k].sentence.text)], all_mentions,
            speech.together)


def _continues(sent: Sentence, prev: Said, mentions: list[Mention]) -> bool:
    if prev.sentence.para != sent.para:
        return bool(_ORDINAL_RE.match(sent.text)) and prev.sentence.last_in_para and sent.first_in_para
    if (_NARRATIVE_RE.search(sent.text) or _SIDES_RE.match(sent.text) or _GROUP_SUBJECT_RE.match(sent.text)
            or OWN_SPEAKER_RE.match(sent.text)):
        return False  # 'After the signing, the mayors unveiled ...': the group acts, the speaker said no more
    for x in mentions:
        if x.person is not None and x.person is not prev.speaker and x.start - sent.start < 40:
            return False
    return len(sent.tokens) > 3


# A quote credited to a document or an unnamed body: '"...," the statement said.'
_UNNAMED_SOURCE_RE = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:" + listed("unnamed_source_modifiers")
                                + r"\s+)?"
                                + word_regex(entries("unnamed_sources")) + r"\s+" + word_regex(entries("source_verbs"))
                                + r"\b|\b" + listed("organiser_nouns") + r"\s+" + listed("organiser_speech_verbs")
                                + r"\b")


_SIGNATURE_LEAD_RE = re.compile(r"^[\s\-–—]*")


def _signature(sent: Sentence, mentions: list[Mention]) -> Person | None:
    """The person a line of its own names, with at most a title after a comma and no verb: the attribution
    under a quote block ('Darren Roe, Minister of Jobs, Economy and Trade')."""
    text = sent.text
    if not (sent.first_in_para and sent.last_in_para) or len(text) > 200 or any(c in text for c in "\"“”"):
        return None
    lead = _SIGNATURE_LEAD_RE.match(text).end()
    first = next((x for x in mentions if x.person is not None), None)
    if first is None or not all(word.lower().rstrip(".") in TITLE_HEADS or word in HONORIFICS
                                for word in text[lead:first.start - sent.start].split()):
        return None  # only a title may come before the name: 'Professor Jane Roe, Vice-Chancellor'
    if first.start - sent.start < lead:
        return None
    rest = text[first.end - sent.start:].strip()
    if rest and (not rest.startswith(",") or has_speech_verb(rest) or rest.endswith((".", "!", "?"))
                 and len(rest.split()) > 12):
        return None
    return first.person


def _quote_speaker(sent: Sentence, said: dict[int, Said], by_index: dict[int, Sentence],
                   mentions: dict[int, list[Mention]]) -> tuple[Person, str] | None:
    """Speaker of a quoted sentence without its own attribution: the quote's other sentences, a signature line
    right under the quote block, or before."""
    spans = [(q0, q1) for q0, q1, words in sent.quotes if words >= 4]
    if _UNNAMED_SOURCE_RE.search(masked(sent)):
        return None
    if spans:  # '"…," the Russian leader agreed.': the words after the quote name its speaker
        after = [x for x in mentions.get(sent.index, []) if x.person is not None and x.start >= spans[-1][1]
                 and not sent.text[spans[-1][1] - sent.start:x.start - sent.start].strip(" ,") ]
        if after:
            return after[0].person, "the name or role right after the quote"
    for step in (1, -1):
        k = sent.index + step
        while k in by_index and by_index[k].para == sent.para:
            other = by_index[k]
            shares = any(q0 < other.end and q1 > other.start for q0, q1 in spans)
            if k in said and (shares or step == -1):
                return said[k].speaker, "a quote attributed in the same paragraph"
            if not shares:
                break
            k += step
    k = sent.index + 1
    while k in by_index and by_index[k].para == sent.para:
        k += 1
    below = by_index.get(k)
    if below is not None and k not in said and sent.quotes:
        who = _signature(below, mentions.get(k, []))
        if who is not None:
            return who, "a quote block signed on the line below"
    prev = said.get(sent.index - 1)
    if prev is not None and sent.first_in_para and prev.sentence.last_in_para:
        return prev.speaker, "a quote running on from the paragraph before"
    return None
