"""Plain-Python edits of a briefing: each takes a Briefing and returns a changed copy, or raises EditError."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import datetime, timezone

from briefing.core.model import FIRMNESS, STATEMENT_KINDS, STATUSES, Briefing, Commitment, Participant, Statement
from briefing.core.review import DRAFT, YEAR_GUESSED, YEAR_MISSING, review_tags
from briefing.library.values import EditError, optional_text, parse_date, split_list, trim_span

BRIEFING_FIELDS = {"title": "title", "event_date": "date", "event_kind": "kind", "places": "places",
                   "parties": "parties", "summary": "summary", "tags": "tags"}
PARTICIPANT_FIELDS = {"name": "name", "aliases": "aliases", "title": "title", "organization": "organization",
                      "country": "country", "attended": "presence"}
STATEMENT_FIELDS = {"speaker": "speaker", "kind": "statement kind", "continuation": "continuation"}
COMMITMENT_FIELDS = {"actor": "actor", "firmness": "firmness", "status": "status", "due": "due date",
                     "due_text": "due phrase", "notes": "notes"}
_QUOTES = "\"“”«»„"
NO_ACTOR = "both sides"


def _required(value: object, what: str) -> str:
    text = " ".join(("" if value is None else str(value)).split())
    if not text:
        raise EditError(f"The {what} cannot be empty.")
    return text


def _row(items: list, row: int, what: str) -> None:
    if not 0 <= row < len(items):
        raise EditError(f"There is no {what} number {row + 1}.")


def _rows(items: list, rows: Iterable[int], what: str) -> list[int]:
    chosen = sorted(set(rows))
    if not chosen:
        raise EditError(f"Select a {what} first.")
    for row in chosen:
        _row(items, row, what)
    return chosen


def _names(person: Participant) -> set[str]:
    return {person.name, *person.aliases}


def _sync_spoke(briefing: Briefing) -> None:
    speakers = {s.speaker for s in briefing.statements}
    for person in briefing.participants:
        person.spoke = bool(_names(person) & speakers)


def _speaker_name(briefing: Briefing, name: object) -> str:
    person = briefing.participant(str(name or "").strip())
    if person is None:
        raise EditError(f"“{name}” is not a participant: a statement's speaker must be one of the participants.")
    return person.name


# --- the briefing's own fields --------------------------------------------------------------------

def set_briefing_field(briefing: Briefing, field: str, value: object) -> Briefing:
    """A new date settles a guessed year (its review marker goes); new tags keep the review markers,
    which the tags field does not show."""
    if field not in BRIEFING_FIELDS:
        raise EditError(f"A briefing has no field “{field}”.")
    if field == "title":
        value = _required(value, "title")
    elif field == "event_date":
        value = parse_date(value, "date")
    elif field in ("places", "parties", "tags"):
        value = split_list(value)
    else:
        value = optional_text(value)
    if field == "tags":
        value = value + [tag for tag in review_tags(briefing.tags) if tag not in value]
    result = copy.deepcopy(briefing)
    setattr(result, field, value)
    if field == "event_date" and value != briefing.event_date:
        result.tags = [tag for tag in result.tags if tag not in (YEAR_GUESSED, YEAR_MISSING)]
    return result


def as_draft(briefing: Briefing) -> Briefing:
    """The briefing marked as a draft: not yet checked by a person."""
    result = copy.deepcopy(briefing)
    result.review, result.reviewed_by, result.reviewed_at = DRAFT, None, None
    return result


def as_reviewed(briefing: Briefing, by: str | None = None, when: str | None = None) -> Briefing:
    """The briefing marked as reviewed by `by` (else this computer's user) at `when` (else now)."""
    result = copy.deepcopy(briefing)
    result.review = "reviewed"
    result.reviewed_by = by or _user()
    result.reviewed_at = when or datetime.now(timezone.utc).isoformat(timespec="seconds")
    return result


def _user() -> str | None:
    import getpass  # here: only marking a review needs it, not a start-up

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return None


def without_tag(briefing: Briefing, tag: str) -> Briefing:
    result = copy.deepcopy(briefing)
    result.tags = [t for t in result.tags if t != tag]
    return result


# --- participants --------------------------------------------------------------------------------

def set_participant_field(briefing: Briefing, row: int, field: str, value: object) -> Briefing:
    """Change one field; a new name is carried over to the person's statements and commitments."""
    if field not in PARTICIPANT_FIELDS:
        raise EditError(f"A participant has no field “{field}”.")
    _row(briefing.participants, row, "participant")
    result = copy.deepcopy(briefing)
    person = result.participants[row]
    if field == "name":
        name = _required(value, "name")
        other = result.participant(name)
        if other is not None and other is not person:
            raise EditError(f"“{name}” is already a participant: merge the two instead.")
        old = person.name
        person.name = name
        person.aliases = [a for a in person.aliases if a != name]
        for statement in result.statements:
            if statement.speaker == old:
                statement.speaker = name
        for commitment in result.commitments:
            if commitment.actor == old:
                commitment.actor = name
    elif field == "aliases":
        taken = {n for p in result.participants if p is not person for n in _names(p)}
        aliases = [a for a in split_list(value) if a != person.name]
        clash = [a for a in aliases if a in taken]
        if clash:
            raise EditError(f"“{clash[0]}” already names another participant.")
        dropped = set(person.aliases) - set(aliases)
        if any(s.speaker in dropped for s in result.statements):
            raise EditError("A statement's speaker is written with that alias: keep it, or reassign the statement.")
        person.aliases = aliases
    elif field == "attended":
        person.attended = bool(value)
    else:
        setattr(person, field, optional_text(value))
    return result


def unique_name(briefing: Briefing, base: str = "New participant") -> str:
    taken = {n for p in briefing.participants for n in _names(p)}
    name, number = base, 2
    while name in taken:
        name, number = f"{base} {number}", number + 1
    return name


def add_participant(briefing: Briefing, name: str | None = None) -> Briefing:
    """Append a participant (a fresh placeholder name when none is given); the new one is the last row."""
    result = copy.deepcopy(briefing)
    name = _required(name, "name") if name is not None else unique_name(result)
    if result.participant(name) is not None:
        raise EditError(f"“{name}” is already a participant.")
    result.participants.append(Participant(name=name, attended=True))
    return result


def remove_participants(briefing: Briefing, rows: Iterable[int]) -> Briefing:
    """Remove people who made no statement; someone who spoke must be merged or have statements reassigned."""
    chosen = _rows(briefing.participants, rows, "participant")
    speakers = {s.speaker for s in briefing.statements}
    for row in chosen:
        person = briefing.participants[row]
        if _names(person) & speakers:
            count = sum(1 for s in briefing.statements if s.speaker in _names(person))
            raise EditError(f"{person.name} made {count} statement{'s' if count != 1 else ''}: reassign or "
                            "delete them first, or merge this participant into another.")
    result = copy.deepcopy(briefing)
    result.participants = [p for i, p in enumerate(result.participants) if i not in chosen]
    return result


def merge_participants(briefing: Briefing, keep: int, others: Iterable[int]) -> Briefing:
    """Fold `others` into the participant at `keep`: their names become aliases, their statements and
    commitments move to the kept name, and empty details are filled from them."""
    _row(briefing.participants, keep, "participant")
    merged = [row for row in _rows(briefing.participants, others, "participant") if row != keep]
    if not merged:
        raise EditError("Select two or more participants to merge.")
    result = copy.deepcopy(briefing)
    target = result.participants[keep]
    moved: set[str] = set()
    for row in merged:
        person = result.participants[row]
        moved |= _names(person)
        for alias in (person.name, *person.aliases):
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
        for field in ("title", "organization", "country"):
            if not getattr(target, field) and getattr(person, field):
                setattr(target, field, getattr(person, field))
        target.attended = target.attended or person.attended
    for statement in result.statements:
        if statement.speaker in moved:
            statement.speaker = target.name
    for commitment in result.commitments:
        if commitment.actor in moved:
            commitment.actor = target.name
    result.participants = [p for i, p in enumerate(result.participants) if i not in merged]
    _sync_spoke(result)
    return result


# --- statements --------------------------------------------------------------------------------

def reassign_speaker(briefing: Briefing, position: int, speaker: str) -> Briefing:
    return set_statement_field(briefing, position, "speaker", speaker)


def set_statement_field(briefing: Briefing, position: int, field: str, value: object) -> Briefing:
    if field not in STATEMENT_FIELDS:
        raise EditError(f"A statement has no field “{field}”.")
    _row(briefing.statements, position, "statement")
    result = copy.deepcopy(briefing)
    statement = result.statements[position]
    if field == "speaker":
        statement.speaker = _speaker_name(result, value)
        _sync_spoke(result)
    elif field == "kind":
        if value not in STATEMENT_KINDS:
            raise EditError(f"A statement is a direct quote or reported, not “{value}”.")
        statement.kind = str(value)
    else:
        statement.continuation = bool(value)
    return result


def delete_statements(briefing: Briefing, positions: Iterable[int]) -> Briefing:
    chosen = _rows(briefing.statements, positions, "statement")
    result = copy.deepcopy(briefing)
    result.statements = [s for i, s in enumerate(result.statements) if i not in chosen]
    _sync_spoke(result)
    return result


def _passage(briefing: Briefing, start: int, end: int) -> tuple[int, int, str]:
    text = briefing.source.text or ""
    start, end = trim_span(text, start, end)
    if start >= end:
        raise EditError("Select a passage of the source text first.")
    return start, end, text[start:end]


def _insert_at(items: list, item: Statement | Commitment) -> int:
    position = next((i for i, other in enumerate(items)
                     if other.start is not None and item.start is not None and other.start > item.start),
                    len(items))
    items.insert(position, item)
    return position


def add_statement(briefing: Briefing, start: int, end: int, speaker: str, kind: str | None = None) -> Briefing:
    """A statement of `speaker` over [start, end) of the source, placed in source order."""
    start, end, passage = _passage(briefing, start, end)
    name = _speaker_name(briefing, speaker)
    if any(s.start == start and s.end == end for s in briefing.statements):
        raise EditError("This passage is already a statement.")
    if kind is None:
        kind = "direct" if any(q in passage for q in _QUOTES) else "reported"
    result = copy.deepcopy(briefing)
    _insert_at(result.statements, Statement(speaker=name, text=passage, kind=kind, start=start, end=end))
    _sync_spoke(result)
    return result


def added_position(before: Briefing, after: Briefing, attribute: str) -> int:
    """Index of the one item `after` has more than `before` in statements or commitments (-1: none)."""
    old, new = getattr(before, attribute), getattr(after, attribute)
    for index, item in enumerate(new):
        if index >= len(old) or item != old[index]:
            return index
    return -1


# --- commitments -------------------------------------------------------------------------------

def set_commitment_field(briefing: Briefing, row: int, field: str, value: object) -> Briefing:
    if field not in COMMITMENT_FIELDS:
        raise EditError(f"A commitment has no field “{field}”.")
    _row(briefing.commitments, row, "commitment")
    if field == "actor":
        value = _required(value, "actor")
    elif field == "firmness":
        value = optional_text(value)
        if value is not None and value not in FIRMNESS:
            raise EditError(f"Firmness is one of {', '.join(FIRMNESS)}, not “{value}”.")
    elif field == "status":
        if value not in STATUSES:
            raise EditError(f"“{value}” is not a status.")
    elif field == "due":
        value = parse_date(value, "due date")
    else:
        value = optional_text(value)
    result = copy.deepcopy(briefing)
    setattr(result.commitments[row], field, value)
    return result


def delete_commitments(briefing: Briefing, rows: Iterable[int]) -> Briefing:
    chosen = _rows(briefing.commitments, rows, "commitment")
    result = copy.deepcopy(briefing)
    result.commitments = [c for i, c in enumerate(result.commitments) if i not in chosen]
    return result


def guess_actor(briefing: Briefing, start: int, end: int) -> str:
    """The speaker of a statement overlapping [start, end), else 'both sides'."""
    for statement in briefing.statements:
        if statement.start is not None and statement.end is not None and statement.start < end \
                and start < statement.end:
            return statement.speaker
    return NO_ACTOR


def add_commitment(briefing: Briefing, start: int, end: int, actor: str | None = None,
                   firmness: str | None = None) -> Briefing:
    """A commitment over [start, end) of the source; actor and firmness are guessed unless given."""
    start, end, passage = _passage(briefing, start, end)
    if any(c.start == start and c.end == end for c in briefing.commitments):
        raise EditError("This passage is already a commitment.")
    actor = _required(actor, "actor") if actor is not None else guess_actor(briefing, start, end)
    if not firmness:
        from briefing.extract.firmness import firmness_of  # the extractor's cues; loaded on first use

        firmness = firmness_of(passage)
    result = copy.deepcopy(briefing)
    _insert_at(result.commitments, Commitment(actor=actor, text=passage, firmness=firmness, start=start, end=end))
    return result


# --- checks ------------------------------------------------------------------------

def problems(briefing: Briefing) -> list[str]:
    """What must be fixed before the briefing can be saved (empty: it can be saved)."""
    found = []
    if not briefing.title.strip():
        found.append("The title cannot be empty.")
    checks = [(briefing.event_date, "date")] + [(c.due, "due date") for c in briefing.commitments]
    for value, what in checks:
        try:
            parse_date(value, what)
        except EditError as error:
            found.append(str(error))
    for statement in briefing.statements:
        if briefing.participant(statement.speaker) is None:
            found.append(f"“{statement.speaker}” speaks but is not a participant.")
    names = [p.name for p in briefing.participants]
    found += [f"“{n}” is listed twice among the participants." for n in sorted({n for n in names
                                                                                 if names.count(n) > 1})]
    return found
