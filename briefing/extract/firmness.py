"""How firm a passage is, by the extractor's own commitment cues: one classifier for drafts and hand edits."""

from __future__ import annotations

from briefing.extract.commitments import find_cues


def firmness_of(passage: str) -> str | None:
    """'firm', 'proposal' or 'hope' from the passage's first commitment cue; None when it has none.

    >>> firmness_of("The two cities will open a ferry line next year.")
    'firm'
    """
    cues = find_cues(passage)
    return cues[0][2] if cues else None
