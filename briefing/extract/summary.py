"""The summary of a draft briefing, written from the extracted data in sentences a person would write."""

from __future__ import annotations

import re

from briefing.core.dates import MONTHS, long_date
from briefing.core.model import Briefing, Participant
from briefing.core.news_text import without_dateline
from briefing.core.outcomes import readable_outcome

NUMBER_WORDS = "no one two three four five six seven eight nine ten".split()
PRESENT_LIMIT = 6
OUTCOME_LIMIT = 2


def _number(count: int) -> str:
    return NUMBER_WORDS[count] if 0 <= count < len(NUMBER_WORDS) else str(count)


def _counted(count: int, word: str, plural: str | None = None) -> str:
    return f"{_number(count)} {word if count == 1 else plural or word + 's'}"


def listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _mentions_date(lead: str, iso: str) -> bool:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", iso)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso in lead
    month = MONTHS[int(m.group(2)) - 1]
    has_month = re.search(rf"\b{month[:3]}", lead, re.I) is not None
    return has_month and re.search(rf"\b0?{int(m.group(3))}\b", lead) is not None


def when_and_where(briefing: Briefing, lead: str) -> str:
    """'The video conference took place on 13 May 2026 in Karsbrook.', leaving out what the lead says."""
    facts = []
    if briefing.event_date and not _mentions_date(lead, briefing.event_date):
        facts.append("on " + long_date(briefing.event_date))
    places = [p for p in briefing.places if p.strip() and p.lower() not in lead.lower()]
    if places:  # 'main venue' from 'at the main venue' reads 'in Xining and the main venue'
        facts.append("in " + listing([p if p[:1].isupper() else "the " + p for p in places]))
    if not facts:
        return ""
    kind = briefing.event_kind if briefing.event_kind and briefing.event_kind != "other" else "event"
    return f"The {kind} took place {' '.join(facts)}."


def _person_label(person: Participant) -> str:
    role = (person.title or person.organization or "").strip()
    return f"{person.name} ({role})" if role else person.name


def who_took_part(briefing: Briefing) -> str:
    """'Taking part were A (mayor of X) and B.'; a long list ends with 'and N others'."""
    present = [p for p in briefing.participants if p.attended and p.name.strip()]
    if not present:
        return ""
    if len(present) == 1:
        return f"{_person_label(present[0])} took part."
    labels = [_person_label(p) for p in present[:PRESENT_LIMIT]]
    if len(present) > PRESENT_LIMIT:
        labels.append(_counted(len(present) - PRESENT_LIMIT, "other"))
    return f"Taking part were {listing(labels)}."


def who_spoke(briefing: Briefing) -> str:
    """'A spoke most; B and C also spoke.' or 'A and B spoke.'"""
    counts: dict[str, int] = {}
    for statement in briefing.statements:
        if statement.speaker.strip():
            counts[statement.speaker] = counts.get(statement.speaker, 0) + 1
    if not counts:
        return ""
    names = sorted(counts, key=lambda name: -counts[name])
    if len(names) == 1:
        return f"{names[0]} is the only speaker quoted."
    if counts[names[0]] > counts[names[1]] and counts[names[0]] >= 3:
        return f"{names[0]} spoke most; {listing(names[1:])} also spoke."
    return f"{listing(names)} spoke."


def commitments_count(briefing: Briefing) -> str:
    """'Seven commitments were recorded: three firm, three proposals and one hope.'"""
    items = briefing.commitments
    if not items:
        return ""
    firmness = {f: sum(1 for c in items if c.firmness == f) for f in ("firm", "proposal", "hope")}
    unrated = len(items) - sum(firmness.values())
    pieces = [f"{_number(firmness['firm'])} firm"] if firmness["firm"] else []
    pieces += [_counted(firmness[f], f) for f in ("proposal", "hope") if firmness[f]]
    if unrated:
        pieces.append(f"{_number(unrated)} not yet rated")
    total = _counted(len(items), "commitment")
    verb = "was" if len(items) == 1 else "were"
    if len(pieces) == 1:
        only = next((f for f, n in firmness.items() if n), None)
        what = {"firm": _counted(len(items), "firm commitment"), "proposal": _counted(len(items), "proposal"),
                "hope": _counted(len(items), "hope")}.get(only or "", total + " not yet rated")
        return what[:1].upper() + what[1:] + f" {verb} recorded."
    return f"{total[:1].upper() + total[1:]} {verb} recorded: {listing(pieces)}."


def outcomes(briefing: Briefing) -> list[str]:
    """The first firm commitments, each a sentence that stands on its own."""
    found: list[str] = []
    for commitment in briefing.commitments:
        if commitment.firmness != "firm":
            continue
        sentence = readable_outcome(briefing, commitment)
        if sentence and sentence not in found:
            found.append(sentence)
        if len(found) == OUTCOME_LIMIT:
            break
    return found


def summary(briefing: Briefing, lead_sentence: str) -> str:
    """Plain English from the extracted data: the lead sentence, when and where (unless the lead says),
    who took part and who spoke, the first firm outcomes, and how many commitments of which firmness."""
    lead = without_dateline(" ".join(lead_sentence.split()))
    parts = [lead, when_and_where(briefing, lead), who_took_part(briefing), who_spoke(briefing),
             *(o for o in outcomes(briefing) if o not in lead), commitments_count(briefing)]
    return " ".join(p for p in parts if p)
