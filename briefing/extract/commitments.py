"""Commitments: sentences saying a side will do something, with actor and firmness (firm/proposal/hope)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.core.news_text import opens_with_dateline, without_dateline
from briefing.extract.actors import (
    BOTH_RE,
    GROUP_AFTER_RE,
    OF_AND_RE,
    PAIR_ROLES_PLURALS,
    Context,
    resolve,
    two_sides_open,
)
from briefing.extract.cuewords import (
    DOCUMENT_CUE,
    EXPECTED_RE,
    EXTRA_START_WORDS,
    FIRM_EXTRA,
    HOPE_EXTRA,
    PAST_YEAR_AFTER_RE,
    PROGRESSIVE,
    PROGRESSIVE_SUBJECT_RE,
    PROPOSAL_EXTRA,
    SIGNING,
    SUBORDINATE_BEFORE_RE,
    SUGGEST,
    cue_actor,
    first_words,
    is_effect_prediction,
    names_a_side,
    names_someone,
    not_cue_spans,
    phrases,
    word_list,
)
from briefing.extract.lexicon import entries, listed, with_upper, word_regex, words
from briefing.extract.mentions import unnamed_role_opening
from briefing.extract.person import Person
from briefing.extract.sentences import Sentence
from briefing.extract.speakers import CALL_TO_ACT, Mention, has_speech_verb

HOPE_RE = re.compile(r"\b" + phrases("commitment_cues_hope_verbs"))
PROPOSAL_RE = re.compile(r"\b(?:" + phrases("commitment_cues_proposal_verbs") + r"|"
                         r"(?<=[Ww]e |.I )" + listed("first_person_proposals") + r"|"
                         r"(?:" + listed("request_verbs") + "|" + listed("invitation_verbs") +
                         r"(?=\s\w+(?: \w+){0,5} to (?![A-Z])(?!" + listed("invitation_courtesies") + r")))"
                         r"\b(?=(?:\s[\w'’\-]+){0,7}?\sto\s))")
PROVIDING_DOCUMENTS = entries("providing_documents")
FIRM_RE = re.compile(r"\b(?:" + phrases("commitment_cues_firm_verbs") + r"|"
                     r"(?<!been )promised|"
                     r"(?:(?<=which )|" + "|".join(f"(?<={doc} )" for doc in PROVIDING_DOCUMENTS) +
                     r")(?:provides|provide) for)\b|"
                     r"(?<=\w)['’]ll\b")
# reported 'would', not a forecast in a relative clause (', which would cut travel time')
WOULD_RE = re.compile(r"(?<! which )(?<! that )\bwould\b(?! like| have| be " + word_list("would_be_forecasts") + r"\b)")
REPORTING_RE = re.compile(r"\b" + word_list("reporting_verbs") + r"\b")
ORDINAL_RE = re.compile(r"^(?:\(?\d\)|\d\.|" + word_list("ordinal_words")
                        + r"),?\s+([a-z]+|(?<=\d\. )[A-Z][a-z]+(?=\s+[a-z]))\b")
NOT_VERBS = words("ordinal_not_verbs")
EXCLUDE_RE = re.compile(
    r"\b" + phrases("commitment_forecasts") + r"|"
    r"\b(?:if|unless)\b[^,;.]{0,80}?\b(?:is|are) to\b|"
    r"\b" + listed("call_on_verbs") + r" (?:on|upon)\b(?!" + CALL_TO_ACT + r")|"  # 'called on X': a visit
    r"\b(?:which|that)(?: \w+){0,2} " + listed("forecast_reporting_verbs") + r" (?:would|will)\b")
# Words one of EXCLUDE_RE's matches starts with: the phrases' first words (and the second of a phrase whose first
# is optional, '|will|shall remain'), and the first words of its three clauses. EXCLUDE_RE is only tried there.
_EXCLUDE_FIRST = first_words("commitment_forecasts") | {
    w for item in entries("commitment_forecasts") if item.startswith("|") for w in item.split()[1].split("|")}
EXCLUDE_START_RE = re.compile(r"\b" + word_regex(sorted(_EXCLUDE_FIRST | words("call_on_verbs")
                                                          | {"if", "unless", "which", "that"})) + r"\b")


def excluded_spans(text: str) -> list[re.Match[str]]:
    """EXCLUDE_RE.finditer(text), tried only where one of its first words stands (same matches, far cheaper)."""
    found: list[re.Match[str]] = []
    done = 0
    for start in EXCLUDE_START_RE.finditer(text):
        if start.start() < done:
            continue
        m = EXCLUDE_RE.match(text, start.start())
        if m:
            found.append(m)
            done = m.end()
    return found


UNDER_RE = re.compile(r"^(?:[A-Z]+,[^–—-]*[–—-]+\s*)?Under (?:the|this|these|that) ")
ITINERARY_RE = re.compile(r"^[“\"]?" + phrases("itinerary_openers") + r"\s*,")
TRAVEL_RE = re.compile(r"\b(?:will|would) (?:" + listed("travel_adverbs") + " )?" + word_list("travel_verbs") + r"\b")
GENERIC_RE = re.compile(r"^(?:[\"“]\s*)?" + listed("generic_subjects") + r"\b(?!\s*:)"
                        r"(?!\s+(?:[\w\-]+\s+)?"
                        + listed("generic_documents") + r"\b)")
CLAUSE_RE = re.compile(r"\bthat\s|\b" + word_regex(entries("clause_verbs")) + r"\s+|"
                       r"[“\"]|:\s|\bUnder [^,]+,\s")
# Words one of which every cue above starts with: the cue regex is only tried where one stands.
CUE_WORDS = words("commitment_cue_first_words")
NOUN_PLAN_RE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s) (?:\w+ )?$")
# The leading lookahead only lets the scan skip, cheaply, places where neither branch can start (a word's first
# character, or the quote of "'ll" checked after it is read); the matches are those of the plain alternation.
CUE_START_RE = re.compile(r"(?=[\w'’])(?:\b" + word_regex(sorted(CUE_WORDS | {w.capitalize() for w in CUE_WORDS}
                                                                | first_words("commitment_cues_hope_verbs",
                                                                              "commitment_cues_firm_verbs",
                                                                              "commitment_cues_proposal_verbs")
                                                                | EXTRA_START_WORDS)) + r"\b|['’](?<=\w['’])ll\b)")


def _may_commit(sent: Sentence) -> int | None:
    """Where the cue scan of the sentence may start (its first cue word), or None when it can hold no cue."""
    text = sent.text
    first = CUE_START_RE.search(text)
    if first is not None:
        return first.start()
    return 0 if text[:1].isdigit() or text[:1] == "(" else None


LEAD_CAPS_RE = re.compile(with_upper(r"\s*((?:[A-Z][\w’'\-]*\.?\s*)+)"))  # ('Hon. X Y')


@dataclass(slots=True)
class Pledge:
    sentence: Sentence
    actor: str
    firmness: str
    cue: str = ""  # the words that made it a commitment ('pledged to')
    rule: str = ""  # the cue group or rule that found it
    step: str = ""  # how the actor was found


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding position `pos` starts: after 'that', a reporting verb, a quote or a colon."""
    best = 0
    for m in CLAUSE_RE.finditer(text, 0, pos):
        best = m.end()
    return best


CUE_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in (
    ("hope", HOPE_RE.pattern), ("proposal", PROPOSAL_RE.pattern), ("signing", SIGNING), ("firm", FIRM_RE.pattern),
    ("would", WOULD_RE.pattern), ("hope_x", HOPE_EXTRA), ("proposal_x", PROPOSAL_EXTRA), ("firm_x", FIRM_EXTRA),
    ("progressive", PROGRESSIVE), ("suggest", SUGGEST), ("document", DOCUMENT_CUE))))
# 'The next round of talks will be held in May': a future meeting of the sides is a commitment, not a schedule
NEXT_EVENT_RE = re.compile(r"\b" + phrases("next_events")
                           + r"|\b\d+(?:st|nd|rd|th) " + listed("numbered_meetings") + r"\b")
SCHEDULE_RE = re.compile(r"will " + listed("schedule_phrases"))
PAIR_BEFORE_RE = re.compile(with_upper(r"\band (?:the )?[A-Z][\w\-]* $"))  # 'Azerbaijan and the EU plan to'
PLURAL_BEFORE_RE = re.compile(r"\b" + PAIR_ROLES_PLURALS + r"\s+$")
# the firmness each named cue group gives ('would' is firm when reported); find_cues reports only these three
GROUP_FIRMNESS = {"document": "firm", "hope_x": "hope", "proposal_x": "proposal", "firm_x": "firm",
                  "signing": "firm", "progressive": "firm", "suggest": "proposal"}
# groups with a rule of their own in find_commitments: a signing, a progressive after 'we', 'can' from a side
SPECIAL_GROUPS = {"document": "signing", "signing": "signing", "progressive": "progressive", "suggest": "suggest"}


def _cue_matches(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """CUE_RE's matches from `pos` on, tried only where a cue's first word stands (a trie scan is much cheaper)."""
    done = 0
    for start in CUE_START_RE.finditer(text, pos):
        if start.start() < done:
            continue
        m = CUE_RE.match(text, start.start())
        if m:
            done = m.end()
            yield m


def find_cues(text: str, pos: int = 0) -> list[tuple[int, int, str, str]]:
    """Commitment cues in reading order: (start, end, firmness, the cue group that found it); `pos` is where the
    first cue word stands when the caller has already found it (no cue starts before it)."""
    cues: list[tuple[int, int, str, str]] = []
    blocked: list[tuple[int, int]] | None = None
    not_cues: list[tuple[int, int]] = []
    reporting: bool | None = None
    for m in _cue_matches(text, pos):
        if blocked is None:
            blocked = [(x.start(), x.end()) for x in excluded_spans(text)
                       if not (SCHEDULE_RE.match(x.group()) and NEXT_EVENT_RE.search(text, 0, x.start()))]
            not_cues = not_cue_spans(text)
        start = m.start()
        if blocked and any(a <= start < b for a, b in blocked):
            continue
        if not_cues and any(a < m.end() and start < b for a, b in not_cues):
            continue  # 'is expected to visit', 'wished him success': overlaps a phrase that commits no one
        group = m.lastgroup or "firm"
        firmness = GROUP_FIRMNESS.get(group, group)
        if m.group().startswith("plan") and NOUN_PLAN_RE.search(text, max(0, start - 40), start) \
                and not PLURAL_BEFORE_RE.search(text, max(0, start - 30), start) \
                and not PAIR_BEFORE_RE.search(text, max(0, start - 40), start):
            continue  # 'the governorate's plan to promote tourism' is a noun; 'the sides plan to' a verb
        if firmness == "would" or m.group().startswith("wanted"):
            if reporting is None:
                reporting = REPORTING_RE.search(text) is not None
            if not reporting:
                continue  # 'We wanted to show ...': a motive told in the past; 'said X wanted to': a reported wish
            firmness = "firm" if firmness == "would" else firmness
        cues.append((start, m.end(), firmness, group))
    first = ORDINAL_RE.match(text)
    if first and first.group(1).lower() not in NOT_VERBS and not first.group(1).endswith(("ed", "ing", "ly", "s")):
        cues.insert(0, (0, first.end(), "proposal", "ordinal"))
    return cues


# '"We are ready," the mayor said, "to open the office."': the attribution cut out, the quote joined again.
SPLIT_QUOTE_RE = re.compile(r",?[\"”’]\s+[^\"“”‘’]{1,80}?\b(?:" + listed("quote_split_verbs") + "|"
                            + listed("speech_object_verbs") + r" [\w ]{1,30}?)\s*,\s+[\"“‘]")
# ("Alba and Borin's Velmia province will": a place kind may end it)
PAIR_RE = re.compile(with_upper(r"\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+and\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,5}?"
                                r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*(?:\s+" + word_list("place_nouns") + r")?\s*$"))
IMPERSONAL_RE = re.compile(r"^(?:[Ii]t|[Tt]here) (?:was|is|has been|had been|were)$")
JOINT_RE = re.compile(r"\b" + word_list("joint_object_words") + r"\b", re.I)
JOINT_OPENING_RE = re.compile(r"(?:" + listed("joint_openers") + r")\b")
NOUN_OBJECT_RE = re.compile(r"\s+(?:a|an|the " + listed("founding_nouns") + r" of)\s")


def find_commitments(sentences: list[Sentence], speakers: dict[int, Person], parties: list[str],
                     people: list[Person], text: str, homes: dict[int, str] | None = None,
                     mentions: dict[int, list[Mention]] | None = None) -> list[Pledge]:
    """Sentences that commit a side to future action; `speakers` maps sentence index to the speaker,
    `homes` a speaker (by id) to the home side of a speaker whose title names none, `mentions` a sentence's
    index to the people it names (by any form: 'the Chilean President')."""
    found: list[Pledge] = []
    ctx = Context(None, parties, people, text, dict(homes or {}))
    names = {p.name for p in people}
    last_speaker: Person | None = None
    for sent in sentences:
        speaker = speakers.get(sent.index, last_speaker)
        if sent.index in speakers:
            last_speaker = speakers[sent.index]
        elif JOINT_OPENING_RE.match(sent.text) and has_speech_verb(sent.text):
            speaker = None  # 'Both leaders, noting the progress, said …': no earlier speaker's words
        ctx.speaker = speaker
        line = sent.text
        ctx.line = line
        ctx.at = sent.start
        ctx.mentions = (mentions or {}).get(sent.index, ())
        ctx.role_subject = None if sent.index in speakers or not line.startswith("The ") else (
            unnamed_role_opening(line, people))
        if len(sent.tokens) < 5 or (first := _may_commit(sent)) is None or not any(c.islower() for c in line) \
                or line.rstrip(" ”\"’'").endswith("?") or TRAVEL_RE.search(line):
            continue  # a question commits no one; a travel schedule neither
        if sent.quotes and len(sent.quotes) >= 2:
            line = SPLIT_QUOTE_RE.sub(" ", line)
            first = 0  # the attribution cut out: the cue scan starts over
        for start, end, public, group in find_cues(line, first):
            firmness = SPECIAL_GROUPS.get(group, public)
            clause = _clause_start(line, start)
            if clause == 0 and opens_with_dateline(line):  # 'BEIJING, April 13 (Xinhua) -- Premier X …': no subject
                clause = len(line) - len(without_dateline(line))
            subject = line[clause:start].strip(" ")
            if firmness != "firm" and sent.index not in speakers and _unnamed_group(line, start):
                continue
            opener = max(line.rfind("“", 0, start), line.rfind('"', 0, start), 0)
            if firmness == "firm" and GENERIC_RE.match(line[opener:start].lstrip("“\" ")):
                continue
            if firmness == "firm" and line[start:end] in ("will", "’ll", "'ll") and (
                    is_effect_prediction(subject, line, end) or ITINERARY_RE.match(line)):
                continue  # 'This agreement will boost trade': an effect; 'During her visit, she will': a programme
            if firmness == "hope" and EXPECTED_RE.match(line, start) and names_someone(subject):
                continue  # 'The Port of Alba is expected to play a role': a forecast about a named body
            if firmness == "suggest":
                if not names_a_side(subject):
                    continue
                firmness = "proposal"  # 'India can provide assistance'
            if firmness == "signing":
                if SUBORDINATE_BEFORE_RE.search(line, max(0, start - 60), start) or PAST_YEAR_AFTER_RE.match(line, end):
                    continue  # 'recalled that the two regions signed ... in 2018': an earlier step
                found.append(Pledge(sent, "both sides", "firm", line[start:end], "signing",
                                    "a signing with its content stated: both sides"))
                break
            if firmness == "progressive":
                who = PROGRESSIVE_SUBJECT_RE.search(subject[-60:]) if subject else None
                if who is None or who.end() != len(subject[-60:]):
                    continue
                firmness, subject = "firm", who.group()
            ctx.steps = []
            actor = cue_actor(group, line, start, end, subject, ctx) or _actor(line, start, end, firmness, subject,
                                                                               ctx)
            if (firmness == "firm" and speaker is not None and speaker.organization is None
                    and actor not in names and actor != "both sides" and actor[:1].isupper()):
                ctx.sides.setdefault(id(speaker), actor)
            found.append(Pledge(sent, actor, firmness, line[start:end], group, " → ".join(reversed(ctx.steps))))
            break
    return found


UNNAMED_RE = re.compile(r"(?:^|,\s*(?:and|but)\s+|;\s*)((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s+"
                        r"(?:(?:have|has|had)\s+)?(?:" + listed("background_adverbs") + r"\s+)?$")
DETERMINERS = words("group_determiners")


def _unnamed_group(line: str, start: int) -> bool:
    """'..., and business groups have long called for': an unnamed group's background call, no one's pledge."""
    m = UNNAMED_RE.search(line, max(0, start - 80), start)
    return bool(m) and m.group(1).split()[0] not in DETERMINERS and not BOTH_RE.search(m.group(1))


AGREE_RE = re.compile(r"^" + word_regex(entries("agreement_verbs")) + r"")


DOC_SUBJECT_RE = re.compile(r"(?:[Tt]he|A|An|This|That|Each)\s+(?:[\w\-]+\s+){0,2}"
                            + word_regex(entries("subject_documents")) + r"s?\b")  # ('the newly signed MoUs')
JOINT_SUBJECT_RE = re.compile(r"(?:[Tt]he\s+)?(?:(?:two|[Bb]oth)\s+(?!of\b)[\w\-]+|"
                              r"(?:" + word_regex(entries("joint_subject_plurals")) + r"|heads of [\w\-]+)\b)")


LEAD_PHRASE_RE = re.compile(r"^" + listed("lead_phrase_openers") + r"\b[^,;]{0,60},\s*(?=\S)|"
                            r"^[“\"]?" + listed("lead_time_openers") + " " + listed("lead_time_periods")
                            + r"\s+(?=\S)")


HOPE_TARGET_RE = re.compile(listed("hope_target_cues"))
INVITEE_RE = re.compile(r"the [a-z]+s")
DATELINE_DASH_RE = re.compile(r"\s(?:[–—]|--)\s")


# 'which will be hosted by South Africa': a passive's named agent carries out the action
AGENT_RE = re.compile(with_upper(r"\s+(?:also\s+)?be\s+[a-z]+(?:ed|en|wn)(?:\s+over|\s+up)?\s+by\s+(?:the\s+)?"
                                 r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"))


# 'Nepali business community will get full support in the State': the subject receives, the speaker's side gives
RECEIVES_RE = re.compile(r"\s+(?:also\s+)?" + word_list("receiving_verbs") + r"\s+(?:[a-z\-]+\s+){0,2}?"
                         + word_list("given_things") + r"\b")


def _actor(text: str, start: int, end: int, firmness: str, subject: str, ctx: Context) -> str:
    cue = text[start:end]
    agent = AGENT_RE.match(text, end) if cue in ("will", "shall") else None
    if agent:
        return ctx.by(f"the agent of a passive: '{agent.group(1)}'", resolve(agent.group(1), ctx))
    if cue in ("will", "shall") and ctx.speaker is not None and RECEIVES_RE.match(text, end):
        return ctx.by("the subject receives: the speaker's own side gives", ctx.own_side())
    subject = DATELINE_DASH_RE.split(subject)[-1]  # 'TEHRAN (Agency) – The two ministers agreed'
    subject = LEAD_PHRASE_RE.sub("", subject)  # 'During the meeting, both authorities ... agreed to'
    named_under = UNDER_RE.match(text) and subject.strip() and not BOTH_RE.search(subject)
    if (UNDER_RE.match(text) and not named_under) or (ORDINAL_RE.match(text) and start == 0) \
            or cue.startswith(("to be ", "provide")):
        return ctx.by("a joint document or list", "both sides")  # '..., which provides for': the signed document
    if firmness == "firm" and (JOINT_SUBJECT_RE.match(subject) or DOC_SUBJECT_RE.match(subject)):
        return ctx.by("joint or document subject", "both sides")  # 'The two Heads of delegation undertook to'

    if firmness == "proposal" and (cue[:1] in "pscr" and NOUN_OBJECT_RE.match(text, end) or cue.endswith(" for")):
        # 'proposed the creation of a joint fund', 'called for stronger exchanges between Alba and Borin'
        thing = re.split(r"[,.;]", text[end:], maxsplit=1)[0]
        return ctx.by("joint object", "both sides") if JOINT_RE.search(thing) else ctx.by("proposed object", ctx.side())
    if cue.startswith("invite") and INVITEE_RE.fullmatch(_after(text, end)):
        return ctx.by("the invitee", _after(text, end))  # 'invited the delegates to invest ...' (D6)
    if (firmness == "proposal" and cue != "should") or (firmness == "hope" and not cue.endswith(" to")
                                  and HOPE_TARGET_RE.search(cue)):
        target = _after(text, end)
        if target.lower() in ("this", "it", "that") and BOTH_RE.search(text, end):
            return ctx.by("hope for both sides", "both sides")  # 'I hope this will be a new start for both sides'
        if target:
            return ctx.by(f"who is asked or hoped to act: '{target}'", resolve(target, ctx))
    if AGREE_RE.match(cue) and (" and " in subject or IMPERSONAL_RE.match(subject)):
        return ctx.by("a joint agreement", "both sides")
    if firmness == "firm" and PAIR_RE.search(subject) and not OF_AND_RE.search(subject):
        return ctx.by("a named pair", "both sides")  # 'Izmir and the Dutch city of Rotterdam will set up'

    if cue.startswith("vowing") or (subject.endswith(",") and len(subject.split()) > 6) or (
            subject.endswith(" and") and len(subject.split()) > 3):
        # 'Cairns was interested in flights to Banyuwangi and would discuss': the clause's own subject
        if two_sides_open(subject, ctx):
            return ctx.by("two sides open the clause", "both sides")
        first = LEAD_CAPS_RE.match(subject)
        lead = first.group(1).rstrip() if first else ""
        group = GROUP_AFTER_RE.match(subject, first.start(1) + len(lead)) if first else None
        subject = lead + (group.group() if group else "")
    return ctx.by(f"subject '{subject.strip()}'" if subject.strip() else "no subject", resolve(subject, ctx))


AFTER_RE = re.compile(r"((?:[\w'’\-]+\s+){0,8}?)(?:to|will|would|should|can|could|shall|is|are|be|[a-z]+ed|"
                      + word_list("action_verbs") + r")\b")


HOPE_OPENERS_RE = re.compile(r"^[\s,]*(?:" + listed("hope_openers") + r"\s+)?")


def _after(text: str, end: int) -> str:
    """The noun phrase after a proposal or hope verb: 'that the two cities set up' -> 'the two cities'."""
    rest = text[end:end + 160]
    rest = HOPE_OPENERS_RE.sub("", rest)
    m = AFTER_RE.match(rest)
    if m:
        return m.group(1).strip()
    return " ".join(rest.split(",")[0].split()[:3])  # 'that the cities compare ...': at least the first words


