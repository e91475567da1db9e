"""Who attended: present in person, by video or phone, or only mentioned (a message, greetings, a deputy)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import MONTH_NAMES_RE, WEEKDAY_NAMES_RE, entries, listed, phrase_regex, word_regex
from briefing.extract.person import Person
from briefing.extract.sentences import Sentence

ATTEND_RE = re.compile(r"\b" + word_regex(entries("attendance_words")) + r"\b", re.I)
AWAY_SENT_RE = re.compile(r"\b(?:" + word_regex(entries("away_markers")) + r"|will " + listed("future_travel_verbs")
                          + r"|is " + listed("schedule_words") + r" to|^In (?:19|20)\d\d)\b", re.I)
# 'for former President X', 'the late Governor Y': a title of another time, the person not at the event
EARLIER_TITLE_RE = re.compile(r"(?:\b(?:" + word_regex(entries("earlier_title_words")) + r")(?:\s+[\w’'\-.]+){0,4}"
                              r"|\bthen-[\w’'\-.]+(?:\s+[\w’'\-.]+){0,3}|\bat the time),?\s*$", re.I)
# 'Neither X nor Y took part', 'X did not attend': the attendance word is denied
DENIED_RE = re.compile(r"\b(?:" + word_regex(entries("attendance_denials")) + r")\b", re.I)
# 'a book on J R Jayewardene', 'a memorial for former President X': the person is what the thing is about
SUBJECT_MATTER_RE = re.compile(r"\b" + word_regex(entries("subject_matter_nouns")) + r"s? (?:on|about|of|for|to)"
                               r" (?:the late |[a-z\-]+ )?(?:[A-Z][\w’'\-.]* ){0,3}$")
AWAY_NEAR_RE = re.compile(r"\b" + word_regex(entries("away_near_phrases")) + r"\b", re.I)
FOLLOWS_RE = re.compile(r"^(?:This|It|The " + listed("follow_up_nouns") + r") (?:follows|followed)\b")
RECENT_RE = re.compile(r"\b(?:on " + WEEKDAY_NAMES_RE + r"|" + listed("recent_phrases") + r")\b")
SAYS_RE = re.compile(r"(?:also |further )?" + word_regex(entries("relayed_speech_verbs")) + r"\b")
REPRESENTED_RE = re.compile(r"^(?:\([^()]{1,40}\)\s*)?,?\s*(?:who (?:was|is|had been) )?represented by\b")
PASSIVE_RE = re.compile(r"(?:was|were|is|has been|had been) (?:\w+ly )?" + word_regex(entries("message_verbs")) + r"\b")
MESSAGE_RE = re.compile(r"\b" + listed("message_nouns") + r"\b", re.I)
SENT_RE = re.compile(r"\b(?:" + listed("message_nouns") + "|" + listed("greeting_nouns") + r")\b", re.I)
HEADING_RE = re.compile(r"^" + word_regex(entries("attendance_headings")) + r"\s*:?$", re.I)
BY_ATTEND_RE = re.compile(r"\b" + phrase_regex("attendance_by") + r"\b", re.I)
GOVERN_BREAK_RE = re.compile(r"\b(?:by|was|were|is|are|has|had|who|which|" + listed("clause_break_verbs") + r")\b|[;:]")


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


def _denied(text: str, word: re.Match[str] | None) -> bool:
    """Is the attendance word after a person denied in the same clause ('nor Y took part', 'did not attend')?"""
    if word is None:
        return False
    before = text[max(0, word.start() - 60):word.start()]
    denials = list(DENIED_RE.finditer(before))
    return bool(denials) and not any(mark in before[denials[-1].end():] for mark in ",;:")


@dataclass(frozen=True)
class Attendance:
    """Who the text places at the event, and who only sent a message or a deputy (ids of Persons)."""

    attended: frozenset[int]
    message: frozenset[int]


# 'signed during the official visit of X to Russia in April, 2014': a year before the article's own
EARLIER_YEAR_RE = re.compile(r"\b(?:in (?:" + phrase_regex("due_modifiers") + r"[\s-]+)?|on (?:\d{1,2}\s+)?)(?:"
                             + MONTH_NAMES_RE + r"(?:\s+\d{1,2})?,?\s+)?((?:19|20)\d\d)\b")


def attendance(people: list[Person], sentences: list[Sentence], lead_para: int,
               mentions_of: dict[int, list[tuple[Person, int, int]]], year: int | None = None) -> Attendance:
    """Attended: named in the lead, with an attendance word or in an attendee list; message: named as sending greetings,
    a message or a deputy rather than coming. A sentence about a year before the article's tells of another event."""
    attended: set[int] = set()
    message: set[int] = set()
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
        if away is None and year is not None:
            away = next((m for m in EARLIER_YEAR_RE.finditer(sent.text) if int(m.group(1)) < year), None)
        message_word = MESSAGE_RE.search(sent.text)
        attend_word: re.Match[str] | None | bool = False  # ATTEND_RE.search(sent.text), looked for once when asked
        for person, start, end in found:
            rel = start - sent.start
            before = sent.text[:rel]
            after = sent.text[end - sent.start:].lstrip()
            near = _governing(AWAY_NEAR_RE, before)
            if near and (after[:1] in (",", ".", ";", "a", ")", "") and (after[:1] != "a" or after.startswith("and"))
                         or PASSIVE_RE.match(after)):
                # 'on behalf of X,', 'the greetings of X.', 'a message from X was read out'
                if SENT_RE.search(near.group()):
                    message.add(id(person))
                continue
            if SUBJECT_MATTER_RE.search(before[-80:]):
                continue
            earlier = EARLIER_TITLE_RE.search(before[-60:])
            if earlier and not ATTEND_RE.search(" ".join(before[-60:][:earlier.start()].split()[-1:])):
                continue  # ('met former premier X': met all the same)
            if REPRESENTED_RE.match(after):
                message.add(id(person))  # 'Governor X, who was represented by his deputy, ...' speaks but is away
                continue
            if message_word and message_word.start() < rel and SAYS_RE.match(after):
                message.add(id(person))
                continue
            acted_before = away is not None and rel < away.start() and ATTEND_RE.search(sent.text, rel, away.start())
            if away and not acted_before and not (RECENT_RE.search(sent.text) and FOLLOWS_RE.search(sent.text)):
                continue  # 'This follows talks held on Tuesday between X and Y': those talks are the event
            if _governing(BY_ATTEND_RE, before):
                attended.add(id(person))  # 'witnessed by A and B, former deputy prime minister'
                continue
            if _denied(sent.text, ATTEND_RE.search(sent.text, rel)):
                continue  # 'Neither X nor Y took part in this week's meeting'
            if attend_word is False:
                attend_word = ATTEND_RE.search(sent.text)
            if attend_word or ((sent.para == lead_para or sent.para in list_paras) and id(person) not in message):
                attended.add(id(person))  # (one who sent greetings is not placed there by the lead alone)
    return Attendance(frozenset(attended), frozenset(message))
