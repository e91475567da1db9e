"""Commitment cues kept as data (signings, stances, needs, effect predictions) and the actor rules tied to them."""

from __future__ import annotations

import re

from briefing.extract.actors import PASSIVE_RE, Context, relation_subject, resolve, stance_possessor
from briefing.extract.due import find_due
from briefing.extract.lexicon import WEEKDAYS, entries, listed, word_regex, words
from briefing.extract.titles import ORG_HEADS

# Each list lives in resources/lexicon/en/; a phrase is written as it reads, '*' standing for up to four words
# ('reaffirmed * commitment to'), '**' for up to eight and '<ing>' for one word ending in -ing; 'is|are' is one
# word of several, and a leading '|' makes the word optional ('|also'). The first letter of a phrase matches
# either case.
WILDCARD = r"(?:[\w’'\-]+,?\s+){0,4}?"  # (a word may end a list item: 'her dedication, effort, and')
_WORD = r"[\w’'\-]+"


def _phrase(phrase: str) -> str:
    """'reaffirmed * commitment to' -> a regex; '*' is up to three words, a space any run of spaces."""
    parts = []
    words = phrase.split()
    for k, word in enumerate(words):
        if "|" in word:  # 'is|are|was': one of these words; '|also': 'also' or nothing
            alts = [_word(alt, first=k == 0, last=k == len(words) - 1) for alt in word.split("|") if alt]
            parts.append("(?:" + "|".join(alts) + ")" + ("?" if word.startswith("|") else ""))
            continue
        if word == "*":
            parts.append(WILDCARD)
            continue
        if word == "**":
            parts.append(r"(?:[\w’'\-]+\s+){0,8}?")
            continue
        if word == "<ing>":
            parts.append(r"[a-z]+ing\s+")
            continue
        escaped = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped + r"\s+")
    pattern = "".join(parts)
    pattern = pattern[:-3] if pattern.endswith(r"\s+") else pattern
    first = phrase[0]
    if first.isalpha() and "|" not in phrase.split()[0]:
        pattern = f"[{first.lower()}{first.upper()}]" + pattern[1:]
    return pattern


def _word(word: str, first: bool, last: bool) -> str:
    """One alternative of an 'a|b' word, with the space after it unless it ends the phrase; a phrase's first word
    matches either case."""
    escaped = re.escape(word).replace("'", "['’]").replace("’", "['’]") + ("" if last else r"\s+")
    return f"[{word[0].lower()}{word[0].upper()}]" + escaped[1:] if first and word[0].isalpha() else escaped


def phrases(name: str) -> str:
    """An alternation of list `name`'s phrases, longest first, ending at a word boundary."""
    items = sorted(entries(name), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(_phrase(p) for p in items) + r")\b"


def first_words(*names: str) -> frozenset[str]:
    """The words the phrases of lists `names` start with, in both cases (where a cue scan must stop)."""
    out: set[str] = set()
    for name in names:
        for item in entries(name):
            for word in re.split(r"['’\s]", item, maxsplit=1)[0].split("|"):
                if word:
                    out.update((word.lower(), word[:1].upper() + word[1:]))
    return frozenset(out)


def word_list(name: str) -> str:
    """List `name` as a plain alternation (multi-word entries allowed), longest first."""
    items = sorted(entries(name), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) + ")"


FIRM_EXTRA = phrases("commitment_cues_firm")
HOPE_EXTRA = phrases("commitment_cues_hope")
PROPOSAL_EXTRA = phrases("commitment_cues_proposal")
SUGGEST = r"\b" + word_list("commitment_suggestion_modals") + r"\b(?!\s+(?:not\b|be\b|only\b))"
NOT_CUES_RE = re.compile(phrases("commitment_not_cues"))
_NOT_CUE_START_RE = re.compile(r"\b" + word_regex(sorted(first_words("commitment_not_cues"))) + r"\b")


def not_cue_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phrases that commit no one, tried only where one of their first words stands."""
    spans = []
    for start in _NOT_CUE_START_RE.finditer(text):
        m = NOT_CUES_RE.match(text, start.start())
        if m:
            spans.append((m.start(), m.end()))
    return spans


DOCUMENTS = word_list("documents")
_DATE_WORD = "|".join(sorted({w.capitalize() for w in WEEKDAYS if len(w) > 4} | {
    w for line in entries("months") for w in line.split()}))
# Rule 'signing': 'signed an agreement on the establishment of ...', 'signed an Action Plan ... to strengthen'
# (the content stated: D5 and README §6); 'signed the deal on Monday' states none.
_PLACE_GAP = (r"(?:\s+(?:at|in|with)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:(?:\s+(?:of|the|de|del|and))*(?:,?\s+)"
              r"[A-Z][\w’'\-]*)*)*")
SIGNING = (r"[Ss]igned\s+(?:" + _WORD + r"\s+){0,4}?(?i:" + DOCUMENTS + r")\b(?:\s+\([^)]{1,20}\))?"
           + _PLACE_GAP + r"[\s,]+(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]|(?:"
           + word_list("signing_content") + r")\b(?!\s+(?:the\s+)?(?:\d|behalf\b|" + _DATE_WORD + r"|[A-Z])))")
# Rule 'progressive': 'we are launching ...', 'Alba and Borin are strengthening their ties' (D4).
PROGRESSIVE = r"are (?:now |also )?(?:" + word_list("progressive_cooperation") + r")\b"
PROGRESSIVE_SUBJECT_RE = re.compile(r"(?<!what )(?<!which )(?<!that )(?:[Ww]e|(?:[Bb]oth|[Tt]he two) sides|"
                                    r"[A-Z][\w’'\-]+ and [A-Z][\w’'\-]+)")
# Rule 'document': 'The agreement establishes ...' states the content the sides signed.
DOCUMENT_CUE = r"(?i:" + DOCUMENTS + r")\s+(?:also\s+)?" + word_list("document_content_verbs") + r"\b"
EXTRA_START_WORDS = first_words("documents", "commitment_cues_firm", "commitment_cues_hope", "commitment_cues_proposal",
                                "commitment_suggestion_modals") | {"signed", "Signed"}
# Rule 'effect': 'This agreement will boost trade', 'It will shape the relationship': no side acts.
DOCUMENT_BEFORE_RE = re.compile(r"(?i:" + DOCUMENTS + r")\b")
EFFECT_VERB_RE = re.compile(r"\s*(?:also\s+|further\s+)?(?:" + word_list("effect_verbs") + r")\b")
EFFECT_SUBJECT_RE = re.compile(r"(?:(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ww]hich)|(?:[Tt]his|[Tt]he|[Tt]hat|"
                               r"[Tt]hese)\s+(?:[\w\-]+\s+){0,3}?(?i:" + DOCUMENTS + r")|"
                               # 'the visit by the Japanese official will contribute to ...': an occasion's effect
                               r"(?:[Tt]his|[Tt]he|[Tt]hat|[Tt]hese)\s+(?:[\w\-]+\s+){0,2}?"
                               + word_list("occasion_nouns") + r"(?:\s+(?:by|of|to|between|with)\s+[^,;]{1,60})?)?")
PRONOUN_SUBJECTS = words("pronoun_subjects")
GROUP_WORDS = words("group_nouns") | words("visiting_groups")
BODY_WORDS = words("body_words")  # ('the delegation will help')


def is_effect_prediction(subject: str, text: str, end: int) -> bool:
    """A 'will' whose subject is 'it'/'this'/a document (or a bare relative clause), whose verb is an effect
    and that names no time for it."""
    subject = subject.rsplit(",", 1)[-1].strip(" ,“\"")
    if EFFECT_SUBJECT_RE.fullmatch(subject) is None and not _abstract_subject(subject):
        return False
    if not subject and DOCUMENT_BEFORE_RE.search(text, max(0, end - 120), end):
        return False  # 'an agreement with Alba that will enable ...': the document's content
    if EFFECT_VERB_RE.match(text, end) is None:
        return False
    return find_due(text, None) is None  # 'will enable ... from next year': a dated arrangement, not an effect


ABSTRACT_HEAD_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Za-z\-]+\s+){0,2}?([A-Za-z]+(?:"
                              + "|".join(entries("abstract_noun_endings"))
                              + r"))(?:\s+(?:of|within|between|in|on)\b|$)")


def _abstract_subject(subject: str) -> bool:
    """'the complete demarcation of the border', 'Regional integration within X': a process, no side, is the
    subject (not a body whose name ends so: 'the government', 'the delegation')."""
    m = ABSTRACT_HEAD_RE.match(subject)
    head = m.group(1).lower() if m else ""
    return m is not None and head.capitalize() not in ORG_HEADS and head not in GROUP_WORDS \
        and head.removesuffix("s") not in BODY_WORDS  # ('military training institutions will strengthen …')


# Rule 'signing' reads only a main clause: 'since the two sides signed ...' recalls an earlier step.
SUBORDINATE_BEFORE_RE = re.compile(r"\b" + word_regex(entries("earlier_step_openers")) + r"\s+(?:[\w’'\-]+\s+){0,4}$",
                                   re.I)
PAST_YEAR_AFTER_RE = re.compile(r"[^.;]{0,120}?\bin (?:19|20)\d\d\b")


def names_someone(subject: str) -> bool:
    """A capitalised word past the first: 'The Port of Gijón' names one; 'Exchanges in many arenas' does not."""
    return any(w[:1].isupper() for w in subject.split()[1:])


SUGGEST_SUBJECT_RE = re.compile(r"(?:[Tt]he\s+)?(?:" + listed("side_of_nouns") + r"\s+of\s+)?"
                                r"(?P<side>(?P<name>[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*)*)(?:\s+[^,;]*\s+and)?")


def names_a_side(subject: str) -> str | None:
    """'India', 'the United Kingdom', 'The city of Alba is a model and': the named side offering the action."""
    m = SUGGEST_SUBJECT_RE.fullmatch(subject.strip(" ,“\""))
    if m is None or m.group("name") not in PRONOUN_SUBJECTS:
        return m.group("side") if m else None
    return None


EXPECTED_RE = re.compile(r"(?:is|are|was|were) expected to\b")
PLANNED_RE = re.compile(r"(?:is|are|was|were) planned to\b")
PRONOUN_CUE_RE = re.compile(r"^(I|[Ww]e)\b")
OWN_BEFORE_RE = re.compile(r"\b(?:his|her) $")
# what a proposal is about: 'the need to strengthen cooperation between the two regions'
JOINT_THING_RE = re.compile(r"\b" + word_regex(entries("joint_thing_words")) + r"\b", re.I)
STANCE_CUE_RE = re.compile(word_regex(entries("stance_nouns")) + r"|^assured")
# a sentence's own subject: a capitalised name, or 'The <group noun>' (returned as written)
LEAD_SUBJECT_RE = re.compile(r"(?:[Tt]he\s+(" + word_regex(entries("visiting_groups")) + r")\b|"
                             r"(?!The\b|It\b|This\b|They\b|We\b|[A-Z][a-z]+ing\s+[a-z])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?=,|\s))")
WILL_RE = re.compile(r"^(?:will|shall|['’]ll)$")


def cue_actor(group: str, text: str, start: int, end: int, subject: str, ctx: Context) -> str | None:
    """The actor a cue group's own rule gives, or None to fall back on the general subject rules.

    >>> # 'Vale reiterated Borin's commitment to ...' -> 'Borin' (rule 'possessor')
    """
    cue = text[start:end]
    if group == "firm_x" and STANCE_CUE_RE.search(cue):
        found = stance_possessor(text, start, end, ctx)
        if found:
            return ctx.by("whose stance the cue reports", found)
    if EXPECTED_RE.match(cue) and not names_someone(subject):
        return ctx.by("a hoped-for development", "both sides")  # 'Exchanges in more fields were expected to
    if PLANNED_RE.match(cue) and subject.strip().lower() in ("", "it"):
        return ctx.by("an agentless plan", "both sides")  # 'It is planned to open a joint centre'
    if group in ("hope_x", "firm_x") and ctx.speaker is not None \
            and OWN_BEFORE_RE.search(text, max(0, start - 5), start):
        return ctx.by("'his'/'her' before the cue → the speaker", ctx.speaker.name)  # 'stressing his keenness to'
    pronoun = PRONOUN_CUE_RE.match(cue)
    if pronoun and group in ("hope_x", "firm_x"):
        return ctx.by(f"'{pronoun.group(1)}' in the cue", resolve(pronoun.group(1), ctx))  # "I'd like to" (D3)
    if group in ("proposal_x", "hope_x"):
        thing = re.split(r"[.;]", text[end:end + 200], maxsplit=1)[0]
        if JOINT_THING_RE.search(thing):
            return ctx.by("a joint object", "both sides")  # 'the need to / the will for exchanges between the two
        if group == "proposal_x":
            return ctx.by("a necessity the speaker states", ctx.own_side())
    if group == "suggest":
        side = names_a_side(subject)
        if side:
            return ctx.by(f"side that can act: '{side}'", resolve(side, ctx))  # 'The city of Alba ... can pass on
    if subject.strip() in ("they", "They"):
        lead = LEAD_SUBJECT_RE.match(text)
        if lead and lead.end() < start:
            if lead.group(1):
                return ctx.by("'they' → the group the sentence opens with", "the " + lead.group(1))  # (D12)
            return ctx.by("'they' → the side the sentence opens with", resolve(lead.group(), ctx))
    if WILL_RE.match(cue) and PASSIVE_RE.match(text, end) and not names_someone(subject):
        return ctx.by("agentless passive", "both sides" if relation_subject(subject) else ctx.own_side())
    return None
