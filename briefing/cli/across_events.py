"""Across events: commitments and their tracked status, and the People directory with a person's page."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import click

from briefing.cli import cli, db_option, open_library, people_library, reported, require_briefings
from briefing.library.tracking import ORDERS as COMMITMENT_ORDERS
from briefing.library.tracking import due_phrase, iso_date, status_word


def _commitment_record(row: Any) -> dict[str, Any]:
    return {"id": row.id, "uid": row.uid, "status": row.status, "overdue": row.overdue, "actor": row.actor,
            "text": row.text, "firmness": row.firmness, "due": row.due, "due_text": row.due_text,
            "briefing_id": row.briefing_id, "event": row.event_title, "event_date": row.event_date,
            "parties": row.parties}


def _state(row: Any) -> str:
    """A commitment's status in words, and OVERDUE when it is."""
    return status_word(row.status) + (", OVERDUE" if row.overdue else "")


@cli.command("commitments")
@db_option
@click.option("--party", help="Only events with this party: a part of a party's name on the event, or of a "
              "participant's organisation or country (as search's party: matches).")
@click.option("--with", "with_party", metavar="PARTY", help="And with this party too.")
@click.option("--actor", help="Only commitments by this actor.")
@click.option("--status", multiple=True, help="Only this status (repeatable): stalled, not started, in progress, "
              "partly delivered, not rated, delivered, dropped.")
@click.option("--firmness", type=click.Choice(["firm", "proposal", "hope"]), multiple=True,
              help="Only this firmness (repeatable): firm (a promise), proposal (offered or proposed), hope "
              "(hoped for).")
@click.option("--overdue", is_flag=True, help="Only those past their due date and still open (neither delivered nor "
              "dropped).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--search", "text", metavar="WORDS", help="Only commitments with these words.")
@click.option("--sort", type=click.Choice(list(COMMITMENT_ORDERS)), default="newest", show_default=True,
              help="By event date, due date, status (stalled first, settled last) or actor.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=200, show_default=True)
@click.option("--progress-in", "progress_in", type=int, metavar="BRIEFING_ID",
              help="Instead: the earlier commitments this briefing is linked to as progress.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def commitments_command(ctx: click.Context, db_path: str | None, party: str | None, with_party: str | None,
                        actor: str | None, status: tuple[str, ...], firmness: tuple[str, ...], overdue: bool,
                        since: str | None, until: str | None, text: str | None, sort: str, limit: int,
                        progress_in: int | None, as_json: bool) -> None:
    """List commitments across the library with their status; the id is what `briefing track` takes."""
    # a party is matched in the People directory too: brought up to date first, as `briefing people` does
    opened = people_library if (party or with_party) and progress_in is None else open_library
    with opened(ctx, db_path) as library, reported():
        if progress_in is not None:
            require_briefings(library, (progress_in,))
            rows = list({row.id: row for _, row in library.progress_links(progress_in)}.values())
            total = len(rows)
        else:
            query = library.commitment_filter(party=party, with_party=with_party, actor=actor,
                                              status=list(status), firmness=list(firmness), overdue=overdue,
                                              since=since, until=until, text=text,
                                              date_names=("--since", "--until"))
            rows = library.commitment_page(query, sort, limit)
            total = library.count_commitments(query) if len(rows) == limit else len(rows)
    if as_json:
        click.echo(json.dumps([_commitment_record(row) for row in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        due = f" due {row.due}" if row.due else (f" due {due_phrase(row.due_text)}" if row.due_text else "")
        click.echo(f"{row.id:>7}  [{_state(row)}]{due}  {row.actor}: {row.text}")
        click.echo(f"{'':9}{row.event_date or 'no date'} · {row.event_title} (briefing {row.briefing_id})")
    noun = f"commitment{'s' if total != 1 else ''}"
    if total > len(rows):
        click.echo(f"showing {len(rows):,} of {total:,} {noun} (--limit {total} shows them all)", err=True)
    else:
        click.echo(f"{total:,} {noun}", err=True)


@cli.command("track")
@db_option
@click.argument("commitment_id")
@click.argument("status", nargs=-1)
@click.option("--note", help="Why: what happened.")
@click.option("--date", "when", metavar="YYYY-MM-DD", help="When it happened (default: today).")
@click.option("--evidence", metavar="BRIEFING_ID|URL", help="A later briefing in the library, or a web address.")
@click.pass_context
def track_command(ctx: click.Context, db_path: str | None, commitment_id: str, status: tuple[str, ...],
                  note: str | None, when: str | None, evidence: str | None) -> None:
    """Set a commitment's status (a new entry of its history; nothing is overwritten), or without a
    STATUS print its history. Statuses: not started, in progress, delivered, partly delivered,
    stalled, dropped."""
    if not status:
        if note or when or evidence:
            raise click.UsageError("--note, --date and --evidence go with a STATUS")
        with open_library(ctx, db_path) as library, reported():
            row, entries = library.commitment(commitment_id), library.history(commitment_id)
        click.echo(f"{row.id}  [{_state(row)}]  {row.actor}: {row.text}")
        for entry in entries:
            evidence_text = entry.evidence_title or entry.evidence_url
            click.echo(f"  {entry.date}  {status_word(entry.status)}" + (f" — {entry.note}" if entry.note else "")
                       + (f" (evidence: {evidence_text})" if evidence_text else ""))
        if not entries:
            click.echo("  no status set yet")
        return
    with open_library(ctx, db_path, writing=True) as library, reported():
        edit = library.track(commitment_id, " ".join(status), note=note,
                             date=iso_date(when, "--date") if when else None, evidence=evidence)
        done = library.describe_track(edit, commitment_id)  # a back-dated entry may leave the status as it was
        count = len(library.history(commitment_id))
    click.echo(f"{done} ({count} entr{'y' if count == 1 else 'ies'} in its history)")


def _what(row: Any, separator: str) -> str:
    """A person's title, organization and country, those they have."""
    return separator.join(part for part in (row.title, row.organization, row.country) if part)


def _person_line(row: Any) -> str:
    what = _what(row, ", ")
    seen = f"{row.events} event{'s' if row.events != 1 else ''}" + (f", last {row.last_seen}" if row.last_seen else "")
    return f"{row.id:>6}  {row.name}" + (f" — {what}" if what else "") + f" ({seen})"


@cli.command("people")
@db_option
@click.argument("words", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of the people.")
@click.option("--merge", "merge_ids", type=int, multiple=True, metavar="ID",
              help="Make these people one (give --merge twice or more).")
@click.option("--split", "split_id", type=int, default=None, metavar="ID",
              help="Take this person's part in the --from briefings out into a person of their own.")
@click.option("--from", "from_ids", type=int, multiple=True, metavar="BRIEFING_ID",
              help="With --split: the briefings whose participant is someone else.")
@click.pass_context
def people_command(ctx: click.Context, db_path: str | None, words: tuple[str, ...], as_json: bool,
                   merge_ids: tuple[int, ...], split_id: int | None, from_ids: tuple[int, ...]) -> None:
    """The People directory: one entry per person across all briefings (WORDS keep those with a name,
    title or party word starting so). --merge and --split correct the matching (a split undoes a merge)."""
    if merge_ids or split_id is not None:
        change_people(ctx, db_path, merge_ids, split_id, from_ids)
        return
    if from_ids:
        raise click.UsageError("--from goes with --split ID")
    with people_library(ctx, db_path) as library, reported():
        rows = library.people(" ".join(words))
    if as_json:
        click.echo(json.dumps([row._asdict() for row in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(_person_line(row))
    if not rows:
        click.echo("no one matches" if words else "no people yet", err=True)


def change_people(ctx: click.Context, db_path: str | None, merge_ids: tuple[int, ...], split_id: int | None,
                  from_ids: tuple[int, ...]) -> None:
    if merge_ids and split_id is not None:
        raise click.UsageError("give --merge or --split, not both")
    if split_id is not None and not from_ids:
        raise click.UsageError("--split ID needs --from BRIEFING_ID: the briefings where it is someone else")
    with open_library(ctx, db_path, writing=True) as library, reported():
        library.refresh_people()  # every changed briefing matched first (a window matches in the background)
        edit = (library.merge_people(merge_ids) if merge_ids else
                library.split_person(split_id, from_ids))  # type: ignore[arg-type]
        library.apply(edit)
        now = library.person_in(*edit.keys[0])
    done = edit.text.replace("Merge ", "merged ", 1).replace("Split ", "split ", 1)
    if merge_ids:
        where = f"into person {now.id} ({now.name})"
        undo = f"`briefing people --split {now.id} --from BRIEFING_ID` takes a briefing's part out again"
    else:
        where = f"as person {now.id}; person {split_id} keeps the rest"
        undo = f"`briefing people --merge {split_id} --merge {now.id}` puts them together again"
    click.echo(f"{done} {where} ({len(edit.keys)} participant(s) named); {undo}")


@cli.command("person")
@db_option
@click.argument("name", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the page as JSON.")
@click.pass_context
def person_command(ctx: click.Context, db_path: str | None, name: tuple[str, ...], as_json: bool) -> None:
    """A person's page (names and titles over time, events, statements, commitments), or a party's (events, people,
    commitments with their status) when NAME names a party and no person; NAME is a name, an alias, title words,
    a person's number, or party:NAME or person:NAME to say which."""
    from briefing.library.people_pages import PersonPage

    with people_library(ctx, db_path) as library, reported():
        page = library.page(" ".join(name))
    if as_json:
        if isinstance(page, PersonPage):
            record = dict(dataclasses.asdict(page), kind="person", person=page.person._asdict())
        else:
            record = dict(dataclasses.asdict(page), kind="party", people=[p._asdict() for p in page.people])
        click.echo(json.dumps(record, ensure_ascii=False, indent=1))
        return
    click.echo(format_person(page) if isinstance(page, PersonPage) else format_party(page))


def _commitment_lines(commitments: Any, actors: bool = False) -> list[str]:
    """A line per commitment; `actors`: each says who made it (a party's page holds every side's)."""
    return [f"  {c.event_date or 'undated':<10}  [{c.briefing_id}] {c.status.replace('_', ' ')}: "
            + (f"{c.actor}: " if actors else "") + c.text
            + (f" (due {c.due or c.due_text})" if c.due or c.due_text else "") for c in commitments]


def format_person(page: Any) -> str:
    from briefing.library.people_export import counted_commitments, title_span

    person = page.person
    lines = [f"{person.name} (person {person.id})"]
    what = _what(person, " · ")
    lines += [f"  {what}"] if what else []
    others = [n for n in page.names if n != person.name]
    lines += [f"Also named: {', '.join(others)}"] if others else []
    lines += [f"Represented: {', '.join(page.parties)}"] if page.parties else []
    if page.titles:
        lines.append("Titles:")
        lines += [f"  {title_span(span)}" for span in page.titles]
    lines.append(f"Events ({len(page.encounters)}):")
    lines += [f"  {e.event_date or 'undated':<10}  [{e.briefing_id}] {e.event} — as {e.name}" for e in page.encounters]
    lines.append(f"Statements ({len(page.statements)}):")
    lines += [f"  {s.event_date or 'undated':<10}  [{s.briefing_id}] {s.text}" for s in page.statements]
    lines.append(counted_commitments(page) + (":" if page.commitments else ""))
    lines += _commitment_lines(page.commitments)
    return "\n".join(lines)


def format_party(page: Any) -> str:
    from briefing.library.people_export import counted_commitments

    lines = [f"{page.name.strip()} (party)", f"Events ({len(page.encounters)}):"]
    lines += [f"  {e.event_date or 'undated':<10}  [{e.briefing_id}] {e.event}" for e in page.encounters]
    lines.append(f"People ({len(page.people)}):")
    lines += [f"  {_person_line(row)}" for row in page.people]
    lines.append(counted_commitments(page) + (":" if page.commitments else ""))
    lines += _commitment_lines(page.commitments, actors=True)
    return "\n".join(lines)
