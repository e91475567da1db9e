"""A person's or a party's page as a profile sheet for the PDF exporter, and the profile export itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefing.core.review import YEAR_GUESSED
from briefing.library.exporting import PAGE_SIZES, ExportError, default_page_size
from briefing.library.people_pages import Encounter, PartyPage, PersonPage, Promised, Said, TitleSpan

if TYPE_CHECKING:
    from briefing.export.profile import ProfileSheet, Row
    from briefing.library.people import People

T = TypeVar("T", Said, Promised)


def newest_event_first(items: Sequence[T]) -> list[T]:
    """Statements or commitments in date order as newest event first, each event's own in source order."""
    events: dict[int, list[T]] = {}
    for item in items:
        events.setdefault(item.briefing_id, []).append(item)
    return [item for group in reversed(events.values()) for item in group]


def counted_commitments(page: PersonPage | PartyPage) -> str:
    """'No commitments recorded', '1 commitment, none open', '3 commitments, 1 open'; a party's page
    counts every commitment made at its events, whoever made it, and says so: '7 commitments at its
    events, 7 open' (as the Commitments view and the follow-up report for the party count them)."""
    total, still = len(page.commitments), len(page.open_commitments())
    where = " at its events" if isinstance(page, PartyPage) else ""
    if not total:
        return f"No commitments recorded{where}"
    return f"{total} commitment{'s' if total != 1 else ''}{where}, {still or 'none'} open"


def title_span(span: TitleSpan) -> str:
    """'Governor (2021-03-01 to 2023-06-01)', '(2021-03-01)' for one date, '(date unknown)' for none."""
    dates = list(dict.fromkeys(date for date in (span.first, span.last) if date))
    return f"{span.title} ({' to '.join(dates) if dates else 'date unknown'})"


def _status(status: str) -> str:
    return status.replace("_", " ").capitalize()


def _due(promise: Promised) -> str:
    if promise.due and promise.due_text:
        return f"{promise.due} ({promise.due_text})"
    return promise.due or promise.due_text or ""


def _as(encounter: Encounter) -> str:
    """'Governor Jing, governor of Jilin' for a person; the kind of event for a party."""
    return ", ".join(part for part in (encounter.name, encounter.title) if part) or (encounter.event_kind or "")


Marks = dict[int, tuple[str | None, list[str]]]  # a briefing's (review, tags), from store.commitments.event_marks


def _event(briefing_id: int, title: str, marks: Marks) -> str:
    """An event's title as paper names it: 'DRAFT — title (year not confirmed)' while not reviewed or guessed."""
    review, tags = marks.get(briefing_id, (None, []))
    return (("DRAFT \u2014 " if review == "draft" else "") + title
            + (" (year not confirmed)" if YEAR_GUESSED in tags else ""))


def _rows(page: PersonPage | PartyPage, marks: Marks) -> tuple[list[Row], list[Row], list[Row], list[Row]]:
    from briefing.export.profile import Row

    events = {e.briefing_id: _event(e.briefing_id, e.event, marks) for e in page.encounters}
    last = [Row(e.event_date, events[e.briefing_id], _as(e)) for e in page.last_encounters(3)]
    opened = [Row(c.event_date, ("DRAFT \u2014 " if marks.get(c.briefing_id, ("",))[0] == "draft" else "")
                  + f"{c.actor}: {c.text}", _status(c.status), _due(c))
              for c in newest_event_first(page.open_commitments())]
    every = [Row(e.event_date, events[e.briefing_id], _as(e)) for e in page.encounters]
    promised = [Row(c.event_date, f"{c.actor}: {c.text} ({events.get(c.briefing_id, '')})", _status(c.status), _due(c))
                for c in newest_event_first(page.commitments)]
    return last, opened, every, promised


def person_sheet(page: PersonPage, marks: Marks | None = None) -> ProfileSheet:
    """The sheet of a person: names, titles over time, parties, the last three events and open commitments."""
    from briefing.export.profile import ProfileSheet, Row

    person = page.person
    subtitle = " \u00b7 ".join(part for part in (person.title, person.organization, person.country) if part)
    titles = "; ".join(title_span(span) for span in page.titles)
    facts = [("Also named", ", ".join(n for n in page.names if n != person.name)),
             ("Titles over time", titles), ("Represented", ", ".join(page.parties)),
             ("Events", f"{person.events}" + (f", {person.first_seen} to {person.last_seen}"
                                               if person.first_seen else "")),
             ("Statements", str(len(page.statements))),
             ("Commitments", counted_commitments(page))]
    last, opened, every, promised = _rows(page, marks or {})
    events = {e.briefing_id: _event(e.briefing_id, e.event, marks or {}) for e in page.encounters}
    said = [Row(s.event_date, s.text, events.get(s.briefing_id, "")) for s in newest_event_first(page.statements)]
    return ProfileSheet("person", person.name, subtitle, [(k, v) for k, v in facts if v], last, opened, every, said,
                        [], promised)


def party_sheet(page: PartyPage, marks: Marks | None = None) -> ProfileSheet:
    """The sheet of a party: its people, the last three events and its open commitments."""
    from briefing.export.profile import ProfileSheet, Row

    dates = [e.event_date for e in page.encounters if e.event_date]
    facts = [("Events", f"{len(page.encounters)}" + (f", {min(dates)} to {max(dates)}" if dates else "")),
             ("People", ", ".join(p.name for p in page.people[:12]) + (" and others" if len(page.people) > 12 else "")),
             ("Commitments", counted_commitments(page))]
    last, opened, every, promised = _rows(page, marks or {})
    people = [Row(p.last_seen, p.name, p.title or "", str(p.events)) for p in page.people]
    return ProfileSheet("party", page.name.strip(), "", [(k, v) for k, v in facts if v], last, opened, every, [],
                        people, promised)


def write_profile(sheet: ProfileSheet, path: Path, page_size: str | None) -> Path:
    """Write the sheet as a PDF; ExportError says why one cannot be written."""
    if path.suffix.lower() != ".pdf":
        raise ExportError(f"{path.name}: a profile sheet is a PDF: the file name must end in .pdf")
    if page_size is not None and page_size not in PAGE_SIZES:
        raise ExportError(f"{page_size!r} is not a page size (A4 or Letter)")
    from briefing.export.profile import export_profile

    try:
        return export_profile(sheet, path, page_size=page_size or default_page_size())
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from None


def profile_of(library: People, name: str) -> PersonPage | PartyPage:
    """The person or party `name` stands for, as their page is looked up (`People.page`)."""
    return library.page(name)
