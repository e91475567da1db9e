"""The briefings themselves: list, show, search, import and review, and how a briefing reads on the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from briefing.cli import (
    check_date,
    cli,
    db_option,
    fetch,
    id_ranges,
    named,
    note,
    open_library,
    people_library,
    reported,
    require_briefings,
)
from briefing.core import Briefing, briefing_notes, dumps, topic_tags
from briefing.library import Library, resolve_db_path
from briefing.library.search_terms import bracketed_snippet, hits_json


@cli.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of the briefings.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object a line.")
@click.option("--drafts", is_flag=True, help="Only the drafts: briefings not yet reviewed.")
@click.pass_context
def list_command(ctx: click.Context, db_path: str | None, as_json: bool, as_jsonl: bool, drafts: bool) -> None:
    """List the briefings in the library, newest first (a draft is marked 'draft')."""
    with open_library(ctx, db_path) as library:
        ids = library.drafts() if drafts else library.ids("newest")
        rows = library.rows(ids)
    records = [{"id": rows[i].id, "title": rows[i].title, "event_date": rows[i].event_date,
                "event_kind": rows[i].event_kind, "parties": rows[i].parties, "review": rows[i].review}
               for i in ids]
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not records and not as_jsonl:
        click.echo("no drafts: every briefing has been reviewed" if drafts else "the library is empty", err=True)
    for record in records:
        if as_jsonl:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            badge = "draft  " if record["review"] == "draft" else ""
            click.echo(f"{record['id']:>6}  {record['event_date'] or '----------'}  "
                       f"{record['event_kind'] or '-':<16}  {badge}{record['title']}")


@cli.command("show")
@db_option
@click.argument("briefing_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the briefing/1 JSON.")
@click.pass_context
def show_command(ctx: click.Context, db_path: str | None, briefing_id: int, as_json: bool) -> None:
    """Show one briefing."""
    with open_library(ctx, db_path) as library:
        briefing = fetch(library, (briefing_id,))[0]
    if as_json:
        click.echo(dumps(briefing))
        return
    click.echo(format_briefing(briefing))


def underlined(title: str) -> list[str]:
    """A title and its rule of '=' (at most 78 wide): the head of a briefing on the terminal."""
    return [title, "=" * min(len(title), 78)]


def format_briefing(briefing: Briefing) -> str:
    lines = underlined(briefing.title)
    facts = [("Date", briefing.event_date), ("Kind", briefing.event_kind),
             ("Places", ", ".join(briefing.places)), ("Parties", ", ".join(briefing.parties)),
             ("Tags", ", ".join(topic_tags(briefing.tags)))]
    lines += [f"{label + ':':<9}{value}" for label, value in facts if value]
    if briefing.is_draft:
        lines.append("Review:  draft — not yet reviewed")
    elif briefing.reviewed_by or briefing.reviewed_at:
        lines.append(f"Review:  reviewed{' by ' + briefing.reviewed_by if briefing.reviewed_by else ''}"
                     f"{' on ' + briefing.reviewed_at[:10] if briefing.reviewed_at else ''}")
    lines += [f"To check: {text}" for text in briefing_notes(briefing)]
    if briefing.summary:
        lines += ["", briefing.summary]
    if briefing.participants:
        lines += ["", "Participants:"]
        for person in briefing.participants:
            role = ", ".join(x for x in (person.title, person.country) if x)
            mark = "" if person.attended else " (mentioned, not attending)"
            lines.append(f"  - {person.name}{': ' + role if role else ''}{mark}")
    for speaker, statements in briefing.statements_by_speaker().items():
        lines += ["", f"{speaker}:"]
        lines += [f"  {'…' if s.continuation else '-'} {s.text}" for s in statements]
    if briefing.commitments:
        lines += ["", "Commitments:"]
        for c in briefing.commitments:
            lines.append(f"  - [{c.firmness or '?'}] {c.actor}: {c.text}")
    if briefing.source.credit:
        lines += ["", f"Credit: {briefing.source.credit}"]
    return "\n".join(lines)


KIND_LABELS = {"title": "text", "summary": "text", "source": "text"}


@cli.command("search", context_settings={"ignore_unknown_options": True})
@db_option
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True)
@click.option("--newest", is_flag=True, help="Newest events first instead of by relevance.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
def search_command(ctx: click.Context, db_path: str | None, query: tuple[str, ...], limit: int,
                   newest: bool, as_json: bool) -> None:
    """Search the library: words, "phrases", OR, -exclusions, prefix*, and filters speaker: party:
    person: kind: status: firmness: review:draft|reviewed tag: after: before: (a day, month or year:
    2020-05-13, 2020-05, 2020)."""
    text = " ".join(query)  # a query that reads the People directory has it matched first
    with (people_library(ctx, db_path) if Library.reads_people(text) else open_library(ctx, db_path)) as library:
        result = library.search(text, limit=limit, order="newest" if newest else "rank")
    if as_json:
        click.echo(hits_json(result))
        return
    for text in result.notes:
        note(text)
    if not result.hits:
        click.echo(result.reason or "no hits", err=True)
        ctx.exit(1)
    for hit in result.hits:
        snippet = " ".join(bracketed_snippet(hit.snippet).split())
        kind = KIND_LABELS.get(hit.kind, hit.kind)
        click.echo(f"{hit.briefing_id:>6}  {hit.event_date or '----------'}  {kind:<11} {snippet}")


@cli.command("import")
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, callback=check_date, metavar="YYYY-MM-DD",
              help="Publication date of the articles, to resolve dates like 'last Tuesday'.")
@click.option("--duplicates", type=click.Choice(["skip", "keep", "replace"]), default=None,
              help="A briefing already in the library: skip it, keep both, or replace the stored one. "
                   "Default: articles are skipped, records of .json/.jsonl files kept.")
@click.pass_context
def import_command(ctx: click.Context, db_path: str | None, files: tuple[Path, ...],
                   published: str | None, duplicates: str | None) -> None:
    """Import briefings (.json, .jsonl) or articles (.txt, .md, .html, .docx, .pdf): all files or none.

    Articles become drafts, marked for review until a person checks and saves them."""
    on_terminal = sys.stderr.isatty()

    def reading(number: int, path: Path) -> None:
        if on_terminal and len(files) > 1:
            click.echo(f"\rreading {number} of {len(files)}: {path.name[:40]:<40}", err=True, nl=False)

    def written(count: int) -> None:
        if on_terminal:
            click.echo(f"\r{count:,} briefings written…{' ' * 40}", err=True, nl=False)

    def stage(text: str) -> None:
        if on_terminal:
            click.echo(f"\r{text:<60}", err=True, nl=False)

    made = Library.not_yet_made(resolve_db_path(named(ctx, db_path)))  # a failed first import leaves none of it
    with open_library(ctx, db_path, adding=True) as library:
        try:
            with reported("; nothing was imported", stopped="stopped; nothing was imported"):
                result = library.import_files(files, published, progress=reading, written=written, warn=note,
                                              duplicates=duplicates or "skip", records=duplicates or "keep",
                                              stage=stage)
        except BaseException:
            library.discard_made(made)
            raise
        finally:
            if on_terminal:
                click.echo("", err=True)
    for duplicate in result.skipped:
        click.echo(f"skipped “{duplicate.title}”: {duplicate.sentence()} (--duplicates keep imports it anyway)",
                   err=True)
    if result.replaced:
        click.echo(f"replaced {len(result.replaced)} briefing(s) with their new text: "
                   f"{', '.join(map(str, result.replaced))}")
    ids = result.ids
    noun = "briefing" if len(ids) == 1 else "briefings"
    span = f" (id {ids[0]})" if len(ids) == 1 else f" (ids {id_ranges(ids)})" if ids else ""
    click.echo(f"imported {len(ids)} {noun}{span}")
    if result.to_check:
        click.echo(f"to check (see `briefing show ID`): {id_ranges(result.to_check)}", err=True)


@cli.command("review")
@db_option
@click.argument("briefing_ids", nargs=-1, required=True, type=int)
@click.option("--by", default=None, help="Who reviewed them (default: your user name).")
@click.pass_context
def review_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...], by: str | None) -> None:
    """Mark briefings as reviewed: checked by a person against their source."""
    with open_library(ctx, db_path, writing=True) as library, reported():
        require_briefings(library, briefing_ids, "nothing was marked")
        edits = library.mark_reviewed(briefing_ids, by)
    already = len(set(briefing_ids)) - len(edits)
    click.echo(f"marked {len(edits)} briefing(s) as reviewed" + (f"; {already} already were" if already else ""))
