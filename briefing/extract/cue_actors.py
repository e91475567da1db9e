"""Actor rules tied to a cue group of the data lists (cuewords): possessors, hoped-for developments, needs."""

from __future__ import annotations

import re

from briefing.extract.actors import PASSIVE_RE, Context, relation_subject, resolve, stance_possessor
from briefing.extract.cuewords import names_a_side, names_someone

EXPECTED_RE = re.compile(r"(?:is|are|was|were) expected to\b")
PLANNED_RE = re.compile(r"(?:is|are|was|were) planned to\b")
PRONOUN_CUE_RE = re.compile(r"^(I|[Ww]e)\b")
# what a proposal is about: 'the need to strengthen cooperation between the two regions'
JOINT_THING_RE = re.compile(r"\b(?:between|joint|jointly|mutual|bilateral|each other|both|two|common|shared)\b", re.I)
STANCE_CUE_RE = re.compile(r"commitment|interest|keenness|willingness|readiness|eagerness|^assured")
# a sentence's own subject: a capitalised name, or 'The <group noun>' (returned as written)
LEAD_SUBJECT_RE = re.compile(r"(?:[Tt]he\s+(delegation|delegates|side|visitors|guests|team|mission)\b|"
                             r"(?!The\b|It\b|This\b|They\b|We\b)[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?=,|\s))")
WILL_RE = re.compile(r"^(?:will|shall|['’]ll)$")


def cue_actor(group: str, text: str, start: int, end: int, subject: str, ctx: Context) -> str | None:
    """The actor a cue group's own rule gives, or None to fall back on the general subject rules.

    >>> # 'Vale reiterated Borin's commitment to ...' -> 'Borin' (rule 'possessor')
    """
    cue = text[start:end]
    if group == "firm_x" and STANCE_CUE_RE.search(cue):
        found = stance_possessor(text, start, end, ctx)
        if found:
            return found
    if EXPECTED_RE.match(cue) and not names_someone(subject):
        return "both sides"  # 'Exchanges in more fields were expected to follow': a hoped-for development
    if PLANNED_RE.match(cue) and subject.strip().lower() in ("", "it"):
        return "both sides"  # 'It is planned to open a joint centre'
    pronoun = PRONOUN_CUE_RE.match(cue)
    if pronoun and group in ("hope_x", "firm_x"):
        return resolve(pronoun.group(1), ctx)  # "I'd like to ...": the speaker (D3); 'we' -> the side
    if group in ("proposal_x", "hope_x"):
        thing = re.split(r"[.;]", text[end:end + 200], maxsplit=1)[0]
        if JOINT_THING_RE.search(thing):
            return "both sides"  # 'the need to / the will for exchanges between the two regions'
        if group == "proposal_x":
            return ctx.own_side()
    if group == "suggest":
        side = names_a_side(subject)
        if side:
            return resolve(side, ctx)  # 'The city of Alba ... can pass on its experience' -> Alba
    if subject.strip() in ("they", "They"):
        lead = LEAD_SUBJECT_RE.match(text)
        if lead and lead.end() < start:
            if lead.group(1):
                return "the " + lead.group(1)  # 'The delegation assured that they would ...' (D12)
            return resolve(lead.group(), ctx)  # 'Alba, which has ..., and they are interested in ...'
    if WILL_RE.match(cue) and PASSIVE_RE.match(text, end) and not names_someone(subject):
        return "both sides" if relation_subject(subject) else ctx.own_side()  # 'Efforts will be made ...'
    return None
