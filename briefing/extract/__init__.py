"""Extraction: an article's text in, a draft Briefing out (people, statements, commitments, date, kind)."""

from __future__ import annotations

import calendar
import gc
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.core.model import Briefing, Commitment, Participant, Source, Statement
from briefing.core.news_text import headline_start, is_page_furniture, opens_with_dateline, without_dateline
from briefing.core.review import YEAR_GUESSED, YEAR_MISSING
from briefing.extract import attendance, event
from briefing.extract.commitments import Pledge, find_commitments
from briefing.extract.cuewords import phrases
from briefing.extract.dates import event_date, publication_date
from briefing.extract.due import find_due
from briefing.extract.lexicon import MONTH_NAMES_RE, listed
from briefing.extract.people import build_people
from briefing.extract.person import Person
from briefing.extract.person_titles import country_of
from briefing.extract.sentences import Paragraph, Sentence, is_credit_line, paragraphs, split_sentences
from briefing.extract.speaker_sides import home_sides
from briefing.extract.speakers import Mention, has_speech_verb
from briefing.extract.speech import Said, find_statements

__all__ = ["NOT_A_REPORT", "TOO_LONG", "YEAR_GUESS", "YEAR_UNKNOWN", "Extraction", "Reason", "explain", "extract"]

NOT_A_REPORT = "no named people and no reported speech: this does not look like an event report"
YEAR_GUESS = "the text gives no year for the event date {}: the year is a guess, marked for review"
YEAR_UNKNOWN = "the text gives the event's day ({}) but no year, and there is no publication date: no date is set"
TOO_LONG = "only the first {:,} of its {:,} characters were read: split the text to extract the rest"


@dataclass(frozen=True, slots=True)
class Reason:
    """One statement's or commitment's trace; `start`/`end` index the source text as the row's own offsets do."""

    kind: str  # 'statement' or 'commitment'
    start: int | None
    end: int | None
    who: str  # the speaker or the actor
    rule: str  # the rule that found it
    step: str  # how the speaker or actor was resolved
    cue: str = ""  # a commitment's firmness and the words that gave it: "firm: 'pledged to'"

    def tooltip(self) -> str:
        """The trace in a few short lines, as a row's tooltip shows it."""
        lines = [f"found by: {self.rule}" if self.rule else "found by: —"]
        role = "speaker" if self.kind == "statement" else "actor"
        lines.append(f"{role}: {self.who}" + (f" ({self.step})" if self.step else ""))
        if self.cue:
            lines.append(self.cue)
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Extraction:
    """A draft briefing with the trace of every statement and commitment (parallel to its lists) and warnings."""

    briefing: Briefing
    statements: tuple[Reason, ...] = ()
    commitments: tuple[Reason, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def reason_for(self, kind: str, start: int | None, end: int | None) -> Reason | None:
        """The trace of the statement or commitment at these offsets, if extraction found one there."""
        pool = self.statements if kind == "statement" else self.commitments
        return next((r for r in pool if r.start == start and r.end == end), None)


# The commitment rules (cue groups of briefing/extract/commitments.py) in words.
CUE_RULES = {
    "firm": "a firm cue ('will', 'agreed to', 'pledged')", "hope": "a hope cue ('hoped', 'looks forward to')",
    "proposal": "a proposal cue ('proposed', 'urged', 'should')", "would": "a reported 'would'",
    "firm_x": "a declared readiness, plan or interest", "hope_x": "a wish, a will or an expectation",
    "proposal_x": "a stated need or necessity", "signing": "a signing with its content stated",
    "document": "what a signed document provides", "progressive": "a present-progressive declaration",
    "suggest": "'can' offered by a side", "ordinal": "a numbered point of a list",
}


def cue_rule(group: str) -> str:
    """The commitment rule a cue group stands for, in words."""
    return CUE_RULES.get(group, group)


def cue_label(firmness: str, cue: str) -> str:
    """The cue as a row shows it, "firm: 'pledged to'"; a cue with no words of its own names the firmness only."""
    words = " ".join(cue.split())
    return f"{firmness}: '{words}'" if words else firmness


_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_CHARS = 10_000_000  # about 10 s of extraction; a longer text is read up to here, and the warning says so
_PLACE_COMMA_RE = re.compile(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?, \S")
_LEAD_END_RE = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
# a lead whose paragraph runs on into a photo caption: 'X met Y on Thursday. Y and X at the meeting (Photo/Z)'
_LEAD_STOP_INSIDE_RE = re.compile(r"^(?:\S+\s+){12}.*?[\w)][.!?][\"”’')\]]*\s+[A-Z]")


def _is_headline(para: Paragraph, title: str | None) -> bool:
    line = para.text.strip()
    if "\n" in line:
        return False
    if title is not None and line == title.strip():
        return True
    if opens_with_dateline(line):
        return False  # 'ISLAMABAD, Jan 13 (APP): The ambassador … called on': a lead cut short, not a headline
    return len(line.split()) <= 30 and not line.endswith((".", "”", '"')) or len(line.split()) <= 14


def _headline_shaped(line: str) -> bool:
    """One line of at most 30 words that does not end like a sentence."""
    return "\n" not in line and len(line.split()) <= 30 and not line.endswith((".", "”", '"'))


def _lead_title(lead: list[Sentence]) -> str:
    """A title made from the lead's first sentence, without its dateline; a dateline the splitter cut off as a
    sentence of its own ('ROCHESTER, Minn.' / '- The city of …') is passed over."""
    sentences = [s.text for s in lead]
    while len(sentences) > 1 and is_page_furniture(sentences[0]):
        sentences = sentences[1:]
    return _shortened(without_dateline(sentences[0]).lstrip("-–—: ")) if sentences else ""


def _shortened(sentence: str, limit: int = 120) -> str:
    """A lead sentence as a title: whole up to `limit` characters, else cut at a word with an ellipsis."""
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def extract(text: str, published: str | None = None, title: str | None = None, url: str | None = None,
            outlet: str | None = None) -> Briefing:
    """A draft briefing of `text`; source.text keeps the text verbatim and every offset indexes it."""
    return explain(text, published, title, url, outlet).briefing


def explain(text: str, published: str | None = None, title: str | None = None, url: str | None = None,
            outlet: str | None = None, progress: Callable[[str], None] | None = None) -> Extraction:
    """The draft briefing of `text` with the trace of each statement and commitment and the warnings:
    a text with no named people and no reported speech is no event report, and gets no parties, places
    or commitments. `progress` hears the name of each stage as it starts ("finding people", ...)."""
    # The cyclic garbage collector is paused while one text is read: extraction makes no reference cycles worth
    # collecting, and on a long text each full collection walks every token and match still alive, so time per MB
    # grew with the text's length. Left as the caller had it afterwards.
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _explain(text, published, title, url, outlet, progress or _quiet)
    finally:
        if enabled:
            gc.enable()


def _quiet(stage: str) -> None:
    pass


def _explain(text: str, published: str | None, title: str | None, url: str | None,
             outlet: str | None, progress: Callable[[str], None]) -> Extraction:
    if not isinstance(text, str):
        text = str(text)
    progress("splitting sentences")
    published = published if published and _ISO_RE.match(published) else None
    work = text if len(text) <= _MAX_CHARS else text[:_MAX_CHARS]
    paras = paragraphs(work)
    first = headline_start([p.text for p in paras[:12]], _headline_shaped)  # after the site's name, a date line, …
    headline = paras[first] if first < len(paras) and _is_headline(paras[first], title) else None
    credits = [p for p in paras if p is not headline and is_credit_line(p.text)]
    credit_ids = {id(p) for p in [*paras[:first], *credits]}
    body_paras = [p for p in paras if p is not headline and id(p) not in credit_ids]
    sentences: list[Sentence] = []
    for para in body_paras:
        sentences.extend(split_sentences(work, para, len(sentences)))
    # the lead is the first real paragraph: a label line ('Press release of the X') has no closing stop
    lead = next((p for p in body_paras if len(p.text.split()) >= 8 and (
        _LEAD_END_RE.search(p.text) or _LEAD_STOP_INSIDE_RE.match(p.text) or opens_with_dateline(p.text))),
                next((p for p in body_paras if len(p.text.split()) >= 8), body_paras[0] if body_paras else None))
    if published is None:  # a release's own date line ('News release | November 18, 2025')
        rest = [p for p in paras if p is not headline]  # credit lines too: 'Source: X | Updated: …'
        edges = [line.strip() for p in (rest[:3] + rest[-2:]) for line in p.text.splitlines()]
        published = publication_date(edges)
    lead_para = lead.index if lead else -1

    progress("finding people")
    people = build_people(sentences, work, lead_para)
    progress("finding statements")
    said, mentions, together = find_statements(sentences, people)
    speakers = {s.sentence.index: s.speaker for s in said}
    speaking = {id(s.speaker) for s in said}
    attended, later_aliases = _attendance(people, sentences, lead_para, said, mentions,
                                          int(published[:4]) if published else None)
    attended |= together

    progress("dating the event")
    headline_text = headline.text.strip() if headline else ""
    lead_sentences = [s for s in sentences if s.para == lead_para]
    second = [line for line in _next_paragraph(body_paras, lead).split(". ") if EVENT_DONE_RE.search(line)][:1]
    date = event_date([s.text for s in lead_sentences[:3]] + second, published, work,
                      headline=headline.text.strip() if headline else "")
    if date.iso is None and (above := _dateline_above(paras, lead, headline)):
        date = event_date(above + [s.text for s in lead_sentences[:3]], published, work)  # ('Baku, December 2')
    lead_text = lead.text if lead else ""
    parties = event.parties(headline_text, work, people, attended)
    words_of: dict[int, list[str]] = {}
    for s in said:
        words_of.setdefault(id(s.speaker), []).append(s.sentence.text)
    progress("finding commitments")
    pledges = find_commitments(sentences, speakers, parties, people, work, home_sides(people, words_of, work), mentions)
    report = bool(people) or bool(said) or any(has_speech_verb(s.text) or EVENT_DONE_RE.search(s.text)
                                               for s in sentences)
    if not report:  # a README, a recipe, a to-do list: nothing of it is a side's commitment
        pledges, parties = [], []

    briefing = Briefing(
        title=title or headline_text or _lead_title(lead_sentences) or "Untitled",
        event_date=date.iso,
        event_kind=event.event_kind(headline_text, lead_text, _next_paragraph(body_paras, lead),
                                    "\n".join(p.text for p in body_paras)),
        places=event.places(" ".join([lead_text, *second]), people) if report else [],
        parties=parties,
        tags=[YEAR_GUESSED] if date.year_guessed and date.iso else [YEAR_MISSING] if date.without_year else [],
        source=Source(url=url, outlet=outlet, published=published,
                      credit=" ".join(p.text.strip() for p in credits) or None, text=text),
        participants=[_participant(p, speaking, attended, later_aliases.get(id(p), [])) for p in people],
        statements=[Statement(speaker=s.speaker.name, text=s.sentence.text, kind=s.kind,
                              continuation=s.continuation, start=s.sentence.start, end=s.sentence.end)
                    for s in said],
        commitments=[_commitment(c, date.iso or published, date.iso, published) for c in pledges],
    )
    briefing.summary = event.summary(briefing, lead_sentences[0].text if lead_sentences else "")
    return Extraction(
        briefing,
        statements=tuple(Reason("statement", s.sentence.start, s.sentence.end, s.speaker.name, s.rule, s.step)
                         for s in said),
        commitments=tuple(Reason("commitment", c.sentence.start, c.sentence.end, c.actor,
                                 cue_rule(c.rule), c.step, cue_label(c.firmness, c.cue))
                          for c in pledges),
        warnings=(() if report else (NOT_A_REPORT,))
        + ((YEAR_GUESS.format(date.iso),) if date.year_guessed and date.iso else ())
        + ((YEAR_UNKNOWN.format(_day_and_month(date.without_year)),) if date.without_year and not date.iso else ())
        + ((TOO_LONG.format(len(work), len(text)),) if len(work) < len(text) else ()))


def _day_and_month(month_day: tuple[int, int]) -> str:
    return f"{month_day[1]} {calendar.month_name[month_day[0]]}"


# A sentence after the lead that tells when the event itself happened: 'The agreement was signed on Monday',
# 'following the May 3 talks'.
EVENT_DONE_RE = re.compile(r"\b" + phrases("event_done_phrases") + r"|\b(?:" + MONTH_NAMES_RE
                           + r")\.? \d{1,2}(?:st|nd|rd|th)? " + listed("dated_event_nouns") + r"\b")


def _commitment(pledge: Pledge, anchor: str | None, event_day: str | None, published: str | None) -> Commitment:
    due = find_due(pledge.sentence.text, anchor, event_day, published)
    return Commitment(actor=pledge.actor, text=pledge.sentence.text, firmness=pledge.firmness,
                      due=due.iso if due else None, due_text=due.text if due else None,
                      start=pledge.sentence.start, end=pledge.sentence.end)


def _dateline_above(paras: list[Paragraph], lead: Paragraph | None, headline: Paragraph | None) -> list[str]:
    """The line just above the lead when it is a dateline of its own ('Baku, December 2, AZERTAC'): a short
    line that opens with a place and a comma and holds a number, not the headline."""
    k = paras.index(lead) if lead is not None and lead in paras else 0
    line = paras[k - 1].text.strip() if k > 0 and paras[k - 1] is not headline else ""
    return [line] if (_PLACE_COMMA_RE.match(line) and len(line.split()) <= 6 and any(c.isdigit() for c in line)) else []


def _next_paragraph(body: list[Paragraph], lead: Paragraph | None) -> str:
    if lead is None or lead not in body:
        return ""
    k = body.index(lead) + 1
    return body[k].text if k < len(body) else ""


def _attendance(people: list[Person], sentences: list[Sentence], lead_para: int, said: list[Said],
                mentions: dict[int, list[Mention]], year: int | None = None
                ) -> tuple[frozenset[int], dict[int, list[str]]]:
    """Who attended (ids of people: the text places them there, or they spoke and sent no mere
    message), and the other forms each person is named by in the sentences ('the governor')."""
    mentions_of: dict[int, list[tuple[Person, int, int]]] = {}
    later_aliases: dict[int, list[str]] = {}
    from_alias: set[int] = set()  # whose country a role they were called by gave
    for sent in sentences:
        for x in mentions.get(sent.index, []):
            if x.person is not None:
                mentions_of.setdefault(sent.index, []).append((x.person, x.start, x.end))
                form = _alias(x.person, x.written(sent.text, sent.start))
                known = later_aliases.setdefault(id(x.person), [])
                if form is not None and form not in x.person.aliases and form not in known:
                    known.append(form)
                    before = sent.text[:x.start - sent.start].split()[-1:]  # ('an invitation from the X Premier')
                    if x.person.country is None and x.pronoun is None and not set(before) & _PHRASE_LINKS:
                        x.person.country = country_of(form, "", None)  # 'the Foreign Minister of Armenia said'
                        from_alias.add(id(x.person))
    for person in people:  # two countries named for one person: the text does not say which is theirs
        named = {country_of(form, "", None) for form in later_aliases.get(id(person), [])} - {None}
        if len(named) > 1 and id(person) in from_alias:
            person.country = None
    found = attendance.attendance(people, sentences, lead_para, mentions_of, year)
    spoke = {s.speaker.name for s in said}
    spoke_in_person = {id(person) for person in people if person.name in spoke and id(person) not in found.message}
    return found.attended | spoke_in_person, later_aliases


_PHRASE_LINKS = frozenset(("from", "of", "by", "to", "for", "with", "on"))


def _alias(person: Person, form: str) -> str | None:
    """The form a mention names the person by, when it is another than the name (not 'he' or 'she')."""
    if form == person.name or form.lower() in ("he", "she"):
        return None
    if form[:1].islower() or form.startswith("The "):
        form = "the " + form.split(" ", 1)[1] if " " in form else form
    return form


def _participant(person: Person, speaking: set[int], attended: frozenset[int], later_aliases: list[str]) -> Participant:
    return Participant(name=person.name, aliases=[*person.aliases, *later_aliases], title=person.title,
                       organization=person.organization, country=person.country,
                       attended=id(person) in attended, spoke=id(person) in speaking)
