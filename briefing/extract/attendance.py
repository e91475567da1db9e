"""Who was there: present in person, by video or phone, or only mentioned (a message, greetings, a deputy)."""

from __future__ import annotations

import re

from briefing.extract.lexicon import WEEKDAY_NAMES_RE, entries, phrase_regex, word_regex
from briefing.extract.people import Person
from briefing.extract.sentences import Sentence

ATTEND_RE = re.compile(r"\b" + word_regex(entries("attendance_words")) + r"\b", re.I)
AWAY_SENT_RE = re.compile(r"\b(?:" + word_regex(entries("away_markers")) + r"|will (?:travel|visit|attend|lead|fly|go)|"
                          r"is (?:due|expected|scheduled) to|^In (?:19|20)\d\d)\b", re.I)
AWAY_NEAR_RE = re.compile(r"\b" + word_regex(entries("away_near_phrases")) + r"\b", re.I)
FOLLOWS_RE = re.compile(r"^(?:This|It|The (?:agreement|announcement|decision|move)) (?:follows|followed)\b")
RECENT_RE = re.compile(r"\b(?:on " + WEEKDAY_NAMES_RE + r"|yesterday|today|"
                       r"this week|earlier (?:today|this week))\b")
SAYS_RE = re.compile(r"(?:also |further )?" + word_regex(entries("relayed_speech_verbs")) + r"\b")
REPRESENTED_RE = re.compile(r"^(?:\([^()]{1,40}\)\s*)?,?\s*(?:who (?:was|is|had been) )?represented by\b")
PASSIVE_RE = re.compile(r"(?:was|were|is|has been|had been) (?:\w+ly )?" + word_regex(entries("message_verbs")) + r"\b")
MESSAGE_RE = re.compile(r"\b(?:message|letter)\b", re.I)
HEADING_RE = re.compile(r"^" + word_regex(entries("attendance_headings")) + r"\s*:?$", re.I)
BY_ATTEND_RE = re.compile(r"\b" + phrase_regex("attendance_by") + r"\b", re.I)
GOVERN_BREAK_RE = re.compile(r"\b(?:by|was|were|is|are|has|had|said|says|read|who|which)\b|[;:]")


def _governing(regex: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The last match of `regex` in `before` when it still governs what follows (no clause break in between)."""
    last = None
    for m in regex.finditer(before):
        last = m
    if last is None:
        return None
    gap = before[last.end():]
    if len(gap.split()) > 12 or GOVERN_BREAK_RE.search(gap):
        return None
    return last


def mark_attendance(people: list[Person], sentences: list[Sentence], lead_para: int,
                    mentions_of: dict[int, list[tuple[Person, int, int]]]) -> None:
    """attended=True when a person is named in the lead, with an attendance word or in an attendee list."""
    list_paras: set[int] = set()
    in_list = False
    for sent in sentences:
        if sent.first_in_para:
            if HEADING_RE.match(sent.text.strip()):
                in_list = True
                continue
            if in_list and (len(sent.tokens) < 4 or sent.text.rstrip().endswith(".")) and ";" not in sent.text:
                in_list = False
            if in_list:
                list_paras.add(sent.para)
    for sent in sentences:
        found = mentions_of.get(sent.index, [])
        if not found:
            continue
        away = AWAY_SENT_RE.search(sent.text)
        message = MESSAGE_RE.search(sent.text)
        for person, start, end in found:
            rel = start - sent.start
            before = sent.text[:rel]
            after = sent.text[end - sent.start:].lstrip()
            near = _governing(AWAY_NEAR_RE, before)
            if near and (after[:1] in (",", ".", ";", "a", ")", "") and (after[:1] != "a" or after.startswith("and"))
                         or PASSIVE_RE.match(after)):
                # 'on behalf of X,', 'the greetings of X.', 'a message from X was read out'
                if MESSAGE_RE.search(near.group()):
                    person.message = True
                continue
            if REPRESENTED_RE.match(after):
                person.message = True  # 'Governor X, who was represented by his deputy, ...' speaks but is away
                continue
            if message and message.start() < rel and SAYS_RE.match(after):
                person.message = True
                continue
            if _governing(BY_ATTEND_RE, before):
                person.attended = True  # 'witnessed by A and B, former deputy prime minister'
                continue
            acted_before = away is not None and rel < away.start() and ATTEND_RE.search(sent.text, rel, away.start())
            if away and not acted_before and not (RECENT_RE.search(sent.text) and FOLLOWS_RE.search(sent.text)):
                continue  # 'This follows talks held on Tuesday between X and Y': those talks are the event
            if sent.para == lead_para or sent.para in list_paras or ATTEND_RE.search(sent.text):
                person.attended = True
