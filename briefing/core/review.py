"""Review markers: tags that flag something a person should check, kept apart from topic tags."""

from __future__ import annotations

from collections.abc import Iterable

YEAR_GUESSED = "date-year-guessed"
YEAR_MISSING = "date-year-missing"
DRAFT = "draft"  # the review state of a briefing not yet checked by a person (also the old marker tag's name)
DRAFT_NOTE = "A draft, not reviewed yet: check it against the source, then mark it as reviewed."
REVIEW_TAGS: dict[str, str] = {
    YEAR_GUESSED: "The year of the event date was guessed; check it against the source.",
    YEAR_MISSING: "The text gives the day of the event but not its year, so no date is set: add it.",
}


def is_review_tag(tag: str) -> bool:
    return tag in REVIEW_TAGS


def topic_tags(tags: Iterable[str] | None) -> list[str]:
    """The tags a reader sees as topics: blank tags and review markers left out, order kept."""
    return [tag for tag in tags or () if tag.strip() and not is_review_tag(tag)]


def review_tags(tags: Iterable[str] | None) -> list[str]:
    """The review markers among `tags`, each once, in the order they appear."""
    return list(dict.fromkeys(tag for tag in tags or () if is_review_tag(tag)))


def review_notes(tags: Iterable[str] | None) -> list[str]:
    """What each review marker among `tags` asks a person to check, as sentences."""
    return [REVIEW_TAGS[tag] for tag in review_tags(tags)]


def briefing_notes(briefing: object) -> list[str]:
    """What a person should check in a briefing: that it is a draft, then each review marker."""
    draft = [DRAFT_NOTE] if getattr(briefing, "review", "reviewed") == DRAFT else []
    return draft + review_notes(getattr(briefing, "tags", ()))


def date_caveat(tags: Iterable[str] | None) -> str:
    """What a printed date needs after it while its year is a guess: ' (year not confirmed)', else ''."""
    return " (year not confirmed)" if YEAR_GUESSED in (tags or ()) else ""


def missing_date(tags: Iterable[str] | None) -> str:
    """What stands for the date of a briefing that has none, on paper and on screen: 'Not given', or why it is
    not set when the article gave the day without the year."""
    return "Not set: the article gives the day but not the year" if YEAR_MISSING in (tags or ()) else "Not given"
