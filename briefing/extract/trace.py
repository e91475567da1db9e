"""Why each statement and commitment was found: the rule, the speaker or actor step, the firmness cue."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.model import Briefing

NOT_A_REPORT = "no named people and no reported speech: this does not look like an event report"


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
    """"firm: 'pledged to'"; a cue with no words of its own names the firmness only."""
    words = " ".join(cue.split())
    return f"{firmness}: '{words}'" if words else firmness
