"""Actor rules tied to a cue group of the data lists (cuewords): possessors, hoped-for developments, needs."""

from __future__ import annotations

import re

from briefing.extract.actors import PASSIVE_RE, Context, relation_subject, resolve, stance_possessor
from briefing.extract.cuewords import names_someone

EXPECTED_RE = re.compile(r"(?:is|are|was|were) expected to\b")
PLANNED_RE = re.compile(r"(?:is|are|was|were) planned to\b")
PRONOUN_CUE_RE = re.compile(r"^(I|[Ww]e)\b")
# what a proposal is about: 'the need to strengthen cooperation between the two regions'
JOINT_THING_RE = re.compile(r"\b(?:between|joint|jointly|mutual|bilateral|each other|both|two|common|shared)\b", re.I)
STANCE_CUE_RE = re.compile(r"commitment|interest|keenness|willingness|readiness|eagerness|^assured")
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
    if group == "proposal_x":
        thing = re.split(r"[.;]", text[end:end + 200], maxsplit=1)[0]
        return "both sides" if JOINT_THING_RE.search(thing) else ctx.own_side()
    if WILL_RE.match(cue) and PASSIVE_RE.match(text, end) and not names_someone(subject):
        return "both sides" if relation_subject(subject) else ctx.own_side()  # 'Efforts will be made ...'
    return None
