"""The domain: briefing dataclasses and the interchange JSON form (briefing/1)."""

from briefing.core.interchange import (
    SCHEMA_ID,
    InterchangeError,
    briefing_from_dict,
    briefing_to_dict,
    dumps,
    load_file,
    read_records,
    validate,
)
from briefing.core.model import (
    EVENT_KINDS,
    FIRMNESS,
    REVIEW_STATES,
    STATEMENT_KINDS,
    STATUSES,
    Briefing,
    Commitment,
    Participant,
    Source,
    Statement,
)
from briefing.core.review import DRAFT, REVIEW_TAGS, YEAR_GUESSED, briefing_notes, review_notes, topic_tags

__all__ = [
    "DRAFT", "EVENT_KINDS", "FIRMNESS", "REVIEW_STATES", "REVIEW_TAGS", "SCHEMA_ID", "STATEMENT_KINDS", "STATUSES",
    "YEAR_GUESSED",
    "Briefing", "Commitment", "InterchangeError", "Participant", "Source", "Statement",
    "briefing_from_dict", "briefing_notes", "briefing_to_dict", "dumps", "load_file", "read_records", "review_notes",
    "topic_tags", "validate",
]
