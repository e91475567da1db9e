"""Domain dataclasses of a briefing: the event, its participants, statements and commitments."""

from __future__ import annotations

from dataclasses import dataclass, field

FIRMNESS = ("firm", "proposal", "hope")
STATUSES = ("not_rated", "not_started", "in_progress", "delivered", "partly_delivered", "stalled", "dropped")
# the names of schema 5 and before (and of briefing/1 files written then) for today's statuses
LEGACY_STATUSES = {"fulfilled": "delivered", "partly_fulfilled": "partly_delivered", "broken": "dropped"}
STATUS_LABELS = {status: status.replace("_", " ").capitalize() for status in STATUSES}  # 'Partly delivered'
STATEMENT_KINDS = ("direct", "reported")
REVIEW_STATES = ("draft", "reviewed")  # draft: not yet checked by a person against the source
EVENT_KINDS = (
    "video conference", "meeting", "talks", "signing ceremony", "forum",
    "visit", "phone call", "seminar", "other",
)


@dataclass
class Participant:
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    attended: bool = True
    spoke: bool = False


@dataclass
class Statement:
    speaker: str
    text: str
    kind: str = "reported"
    continuation: bool = False
    start: int | None = None
    end: int | None = None


@dataclass
class StatusEntry:
    """One entry of a commitment's status history as the interchange form carries it: `evidence_briefing`
    is the id the evidence had in the library that wrote the file (its title says which it was)."""

    date: str
    status: str
    note: str | None = None
    evidence_briefing: int | None = None
    evidence_title: str | None = None
    evidence_url: str | None = None
    entered_at: str | None = None


@dataclass
class Commitment:
    actor: str
    text: str
    firmness: str | None = None
    status: str = "not_rated"
    due: str | None = None  # ISO date: the end of the period the article names
    due_text: str | None = None  # the article's own phrase for when, e.g. "by the end of 2025"
    notes: str | None = None
    start: int | None = None
    end: int | None = None
    uid: str | None = None  # lasting identity (the store gives one): the status history follows it
    history: list[StatusEntry] = field(default_factory=list)  # only filled to travel in interchange files

    def due_label(self) -> str | None:
        """How the due date reads to a person: '2025-12-31 (by the end of 2025)', either part alone."""
        if self.due and self.due_text:
            return f"{self.due} ({self.due_text})"
        return self.due or self.due_text


@dataclass
class Source:
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    credit: str | None = None
    text: str | None = None


@dataclass
class Briefing:
    title: str
    event_date: str | None = None
    event_kind: str | None = None
    places: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    summary: str | None = None
    tags: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    participants: list[Participant] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    id: int | None = None
    review: str = "reviewed"  # or "draft": what extraction made, until a person checks and saves it
    reviewed_by: str | None = None
    reviewed_at: str | None = None  # ISO time of the review

    @property
    def is_draft(self) -> bool:
        return self.review == "draft"

    def participant(self, name: str) -> Participant | None:
        """The participant called `name`, by full name or alias."""
        for person in self.participants:
            if name == person.name or name in person.aliases:
                return person
        return None

    def speakers(self) -> list[str]:
        """Speakers in the order they first speak."""
        seen: dict[str, None] = {}
        for statement in self.statements:
            seen.setdefault(statement.speaker, None)
        return list(seen)

    def statements_by_speaker(self) -> dict[str, list[Statement]]:
        grouped: dict[str, list[Statement]] = {}
        for statement in self.statements:
            grouped.setdefault(statement.speaker, []).append(statement)
        return grouped
