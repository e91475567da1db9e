"""The `briefing` command: no arguments opens the window; subcommands script the library."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from briefing import __version__
from briefing.core import Briefing, briefing_notes, dumps, topic_tags
from briefing.library import (
    DB_ENV,
    EXPORT_SUFFIXES,
    PAGE_SIZES,
    DamagedLibraryError,
    Holder,
    Library,
    LibraryError,
    damage_sentence,
)
from briefing.library.articles import explain_file
from briefing.library.search_terms import bracketed_snippet, hits_json
from briefing.library.tracking import ORDERS as COMMITMENT_ORDERS
from briefing.library.tracking import status_word


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db on every subcommand; it overrides the group's --db and BRIEFING_DB."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="Library file (default: BRIEFING_DB or the user-data folder).")(command)


def _named(ctx: click.Context, db_path: str | None) -> str | None:
    return db_path or ctx.find_root().params.get("db_path") or os.environ.get(DB_ENV) or None


def _waiting(holder: Holder | None) -> None:
    who = holder.describe() if holder is not None else "another process"
    click.echo(f"waiting for {who} to finish writing to the library…", err=True)


def _note(text: str) -> None:
    click.echo(f"note: {text}", err=True)


def _busy() -> None:
    if not getattr(_busy, "told", False):
        click.echo("waiting: another program is writing to the library…", err=True)
        _busy.told = True  # type: ignore[attr-defined]


def open_library(ctx: click.Context, db_path: str | None, writing: bool = False, adding: bool = False,
                 check: bool | None = None) -> Library:
    """The library: the default one gets the sample on first use, as the window does; a library
    named with --db or BRIEFING_DB must exist for reading, and is made empty for an import.

    Reading opens the file read-only. A writing command claims the file: it waits for another
    command; while a window has the library it refuses, unless it only adds (`adding`: an import
    goes in beside the window, which shows it shortly). A damaged library gets one line."""
    try:
        if writing or adding:
            library = Library.open(_named(ctx, db_path), claim=True, beside_window=adding, check=check,
                                   on_wait=_waiting)
            library.on_busy = _busy
            if library.damage:
                library.close()
                raise LibraryError(damage_sentence(library.path, library.damage))
            return library
        return Library.open(_named(ctx, db_path), read_only=True, claim=False, must_exist=True, check=check)
    except LibraryError as exc:
        raise click.ClickException(str(exc)) from None


def fetch(library: Library, briefing_ids: tuple[int, ...]) -> list[Briefing]:
    try:
        return library.get_many(briefing_ids)
    except LibraryError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="Library file (default: BRIEFING_DB or the user-data folder).")
@click.option("--self-test", "self_test", is_flag=True,
              help="Check this installation (the window on a temporary library, a PDF) and exit.")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, self_test: bool) -> None:
    """Briefing: a local library of event briefings. Without a command, opens the window."""
    if self_test:
        from briefing.gui.selftest import run_self_test

        ctx.exit(run_self_test())
    if ctx.invoked_subcommand is None:
        from briefing.gui.app import main as gui_main

        ctx.exit(gui_main(db_path))  # None: the window picks BRIEFING_DB, the last library or the default


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


def format_briefing(briefing: Briefing) -> str:
    lines = [briefing.title, "=" * min(len(briefing.title), 78)]
    facts = [("Date", briefing.event_date), ("Kind", briefing.event_kind),
             ("Places", ", ".join(briefing.places)), ("Parties", ", ".join(briefing.parties)),
             ("Tags", ", ".join(topic_tags(briefing.tags)))]
    lines += [f"{label + ':':<9}{value}" for label, value in facts if value]
    if briefing.is_draft:
        lines.append("Review:  draft — not yet reviewed")
    elif briefing.reviewed_by or briefing.reviewed_at:
        lines.append(f"Review:  reviewed{' by ' + briefing.reviewed_by if briefing.reviewed_by else ''}"
                     f"{' on ' + briefing.reviewed_at[:10] if briefing.reviewed_at else ''}")
    lines += [f"To check: {note}" for note in briefing_notes(briefing)]
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


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2020-05-13") from None


@cli.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the draft as briefing/1 JSON.")
@click.option("--published", default=None, callback=check_date,
              help="Publication date YYYY-MM-DD, to resolve dates like 'last Tuesday'.")
@click.option("--explain", is_flag=True,
              help="Print, per statement and commitment, the rule that found it, how its speaker or actor was "
                   "resolved and the firmness cue.")
def extract_command(file: Path, as_json: bool, published: str | None, explain: bool) -> None:
    """Extract a draft briefing from an article without saving it."""
    try:
        result = explain_file(file, published, warn=_note)
    except LibraryError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        raise click.ClickException("stopped; nothing was extracted") from None
    for warning in result.warnings:
        click.echo(f"warning: {file.name}: {warning}", err=True)
    if as_json:
        data = json.loads(dumps(result.briefing))
        if result.warnings:
            data["warnings"] = list(result.warnings)
        if explain:
            data["explain"] = {"statements": [_reason_json(r) for r in result.statements],
                               "commitments": [_reason_json(r) for r in result.commitments]}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif explain:
        click.echo(format_explanation(result))
    else:
        click.echo(format_briefing(result.briefing))


def _reason_json(reason: Any) -> dict[str, Any]:
    return {"start": reason.start, "end": reason.end, "who": reason.who, "rule": reason.rule, "step": reason.step,
            "cue": reason.cue or None}


def format_explanation(result: Any) -> str:
    """Each statement and commitment with why extraction found it: rule, speaker or actor step, cue."""
    briefing = result.briefing
    lines = [briefing.title, "=" * min(len(briefing.title), 78)]
    for heading, rows, reasons in (("Statements", briefing.statements, result.statements),
                                   ("Commitments", briefing.commitments, result.commitments)):
        lines += ["", f"{heading} ({len(rows)})"]
        for number, (row, reason) in enumerate(zip(rows, reasons, strict=False), 1):
            text = " ".join(row.text.split())
            lines.append(f"{number:>3}. {text[:110]}{'…' if len(text) > 110 else ''}")
            lines += ["       " + line for line in reason.tooltip().splitlines()]
        if not rows:
            lines.append("  (none)")
    return "\n".join(lines)


@cli.command("import")
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, callback=check_date,
              help="Publication date YYYY-MM-DD for articles.")
@click.option("--duplicates", type=click.Choice(["skip", "keep", "replace"]), default="skip", show_default=True,
              help="An article already in the library: skip it, keep both, or replace the stored one.")
@click.pass_context
def import_command(ctx: click.Context, db_path: str | None, files: tuple[Path, ...],
                   published: str | None, duplicates: str) -> None:
    """Import briefings (.json, .jsonl) or articles (.txt, .md, .html, .docx, .pdf): all files or none.

    Articles become drafts, marked for review until a person checks and saves them."""
    on_terminal = sys.stderr.isatty()

    def reading(number: int, path: Path) -> None:
        if on_terminal and len(files) > 1:
            click.echo(f"\rreading {number} of {len(files)}: {path.name[:40]:<40}", err=True, nl=False)

    def written(count: int) -> None:
        if on_terminal:
            click.echo(f"\r{count:,} briefings written…{' ' * 40}", err=True, nl=False)

    with open_library(ctx, db_path, adding=True) as library:
        try:
            result = library.import_files(files, published, progress=reading, written=written, warn=_note,
                                          duplicates=duplicates)
        except LibraryError as exc:
            raise click.ClickException(f"{exc}; nothing was imported") from None
        except KeyboardInterrupt:
            raise click.ClickException("stopped; nothing was imported") from None
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
    span = f" (id {ids[0]})" if len(ids) == 1 else f" (ids {ids[0]}–{ids[-1]})" if ids else ""
    click.echo(f"imported {len(ids)} {noun}{span}")
    if result.to_check:
        click.echo(f"to check (see `briefing show ID`): {', '.join(map(str, result.to_check))}", err=True)


@cli.command("export")
@db_option
@click.argument("briefing_ids", nargs=-1, type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file: .pdf, .json, .md or .csv (the commitments).")
@click.option("--json", "as_json", is_flag=True, help="Write briefing/1 JSON (to stdout without -o).")
@click.option("--page-size", type=click.Choice(PAGE_SIZES, case_sensitive=False), default=None,
              help="PDF page size (default by locale).")
@click.option("--follow-up", "follow_up", metavar="PARTY", default=None,
              help="Write the follow-up report of a party's commitments (.pdf or .csv) instead.")
@click.option("--with", "with_party", metavar="PARTY", default=None,
              help="With --follow-up: only the events where this party took part too.")
@click.option("--profile", metavar="NAME", default=None,
              help="Write the one-page profile sheet of a person or party (-o SHEET.pdf) instead.")
@click.pass_context
def export_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...],
                   output: Path | None, as_json: bool, page_size: str | None, follow_up: str | None,
                   with_party: str | None, profile: str | None) -> None:
    """Export briefings as a PDF (several make a book), as JSON (--json or a .json file), as
    Markdown (a .md file) or their commitments as a CSV table (a .csv file). With --follow-up
    PARTY [--with PARTY]: the follow-up report of their commitments, by status, overdue first.
    With --profile NAME: the profile sheet of a person or party (who you are meeting)."""
    if profile is not None:
        export_profile(ctx, db_path, profile, output, page_size, bool(briefing_ids) or as_json or bool(follow_up))
        return
    if follow_up is not None or with_party is not None:
        export_follow_up(ctx, db_path, follow_up, with_party, output, page_size, bool(briefing_ids) or as_json)
        return
    if not briefing_ids:
        raise click.UsageError("name the briefings to export (BRIEFING_IDS), or a party with --follow-up")
    if as_json and output is None:
        with open_library(ctx, db_path) as library:
            click.echo(dumps(fetch(library, briefing_ids) if len(set(briefing_ids)) > 1
                             else fetch(library, briefing_ids)[0]))
        return
    if output is None:
        raise click.UsageError("give -o OUT.pdf (or .json, .md, .csv), or --json")
    if as_json and output.suffix.lower() != ".json":
        raise click.UsageError(f"{output.name}: with --json, the file name must end in .json")
    if output.suffix.lower() not in EXPORT_SUFFIXES:
        raise click.UsageError(f"{output.name}: the file name must end in .pdf, .json, .md or .csv")
    with open_library(ctx, db_path) as library:
        try:
            library.export(briefing_ids, output, page_size=page_size)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {output}")


def export_follow_up(ctx: click.Context, db_path: str | None, party: str | None, with_party: str | None,
                     output: Path | None, page_size: str | None, extra: bool) -> None:
    if party is None:
        raise click.UsageError("--with goes with --follow-up PARTY")
    if extra:
        raise click.UsageError("--follow-up writes a report of a party: give no briefing ids and no --json")
    if output is None or output.suffix.lower() not in (".pdf", ".csv"):
        raise click.UsageError("give -o REPORT.pdf or -o REPORT.csv for the follow-up report")
    with open_library(ctx, db_path) as library:
        try:
            library.export_follow_up(party, output, with_party=with_party, page_size=page_size)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {output}")


def _commitment_record(row: Any) -> dict[str, Any]:
    return {"id": row.id, "uid": row.uid, "status": row.status, "overdue": row.overdue, "actor": row.actor,
            "text": row.text, "firmness": row.firmness, "due": row.due, "due_text": row.due_text,
            "briefing_id": row.briefing_id, "event": row.event_title, "event_date": row.event_date,
            "parties": row.parties}


@cli.command("commitments")
@db_option
@click.option("--party", help="Only events with this party (a part of its name will do).")
@click.option("--with", "with_party", metavar="PARTY", help="And with this party too.")
@click.option("--actor", help="Only commitments by this actor.")
@click.option("--status", multiple=True, help="Only this status (repeatable): not rated, not started, in progress, "
              "delivered, partly delivered, stalled, dropped.")
@click.option("--firmness", type=click.Choice(["firm", "proposal", "hope"]), multiple=True)
@click.option("--overdue", is_flag=True, help="Only those past their due date and not delivered.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--search", "text", metavar="WORDS", help="Only commitments with these words.")
@click.option("--sort", type=click.Choice(list(COMMITMENT_ORDERS)), default="newest", show_default=True)
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
    with open_library(ctx, db_path) as library:
        try:
            if progress_in is not None:
                if not library.exists(progress_in):
                    raise LibraryError(f"no briefing with id {progress_in}")
                rows = list({row.id: row for _, row in library.progress_links(progress_in)}.values())
                total = len(rows)
            else:
                query = library.commitment_filter(party=party, with_party=with_party, actor=actor,
                                                  status=list(status), firmness=list(firmness), overdue=overdue,
                                                  since=since, until=until, text=text)
                rows = library.commitment_page(query, sort, limit)
                total = library.count_commitments(query) if len(rows) == limit else len(rows)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([_commitment_record(row) for row in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        state = status_word(row.status) + (", OVERDUE" if row.overdue else "")
        due = f" due {row.due}" if row.due else (f" due {row.due_text}" if row.due_text else "")
        click.echo(f"{row.id:>7}  [{state}]{due}  {row.actor}: {row.text}")
        click.echo(f"{'':9}{row.event_date or 'no date'} · {row.event_title} (briefing {row.briefing_id})")
    shown = f"showing {len(rows):,} of {total:,}; --limit for more" if total > len(rows) else f"{total:,}"
    click.echo(f"{shown} commitment{'s' if total != 1 else ''}", err=True)


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
        with open_library(ctx, db_path) as library:
            try:
                row, entries = library.commitment(commitment_id), library.history(commitment_id)
            except LibraryError as exc:
                raise click.ClickException(str(exc)) from None
        state = status_word(row.status) + (", OVERDUE" if row.overdue else "")
        click.echo(f"{row.id}  [{state}]  {row.actor}: {row.text}")
        for entry in entries:
            evidence_text = entry.evidence_title or entry.evidence_url
            click.echo(f"  {entry.date}  {status_word(entry.status)}" + (f" — {entry.note}" if entry.note else "")
                       + (f" (evidence: {evidence_text})" if evidence_text else ""))
        if not entries:
            click.echo("  no status set yet")
        return
    with open_library(ctx, db_path, writing=True) as library:
        try:
            edit = library.track(commitment_id, " ".join(status), note=note, date=when, evidence=evidence)
            count = len(library.history(commitment_id))
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"commitment {commitment_id} is {status_word(edit.status)} as of {edit.date} "
               f"({count} entr{'y' if count == 1 else 'ies'} in its history)")


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
    """Search the library: words, "phrases", OR, -exclusions, prefix*, and filters
    speaker: party: kind: status: firmness: after:YYYY-MM-DD before:YYYY-MM-DD."""
    with open_library(ctx, db_path) as library:
        result = library.search(" ".join(query), limit=limit, order="newest" if newest else "rank")
    if as_json:
        click.echo(hits_json(result))
        return
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if not result.hits:
        click.echo(result.reason or "no hits", err=True)
        ctx.exit(1)
    for hit in result.hits:
        snippet = " ".join(bracketed_snippet(hit.snippet).split())
        kind = KIND_LABELS.get(hit.kind, hit.kind)
        click.echo(f"{hit.briefing_id:>6}  {hit.event_date or '----------'}  {kind:<11} {snippet}")


@cli.command("review")
@db_option
@click.argument("briefing_ids", nargs=-1, required=True, type=int)
@click.option("--by", default=None, help="Who reviewed them (default: your user name).")
@click.pass_context
def review_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...], by: str | None) -> None:
    """Mark briefings as reviewed: checked by a person against their source."""
    with open_library(ctx, db_path, writing=True) as library:
        try:
            missing = [i for i in dict.fromkeys(briefing_ids) if not library.exists(i)]
            if missing:
                raise LibraryError(f"no briefing with id {', '.join(map(str, missing))}; nothing was marked")
            edits = library.mark_reviewed(briefing_ids, by)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    already = len(set(briefing_ids)) - len(edits)
    click.echo(f"marked {len(edits)} briefing(s) as reviewed" + (f"; {already} already were" if already else ""))


@cli.command("delete")
@db_option
@click.argument("briefing_ids", nargs=-1, required=True, type=int)
@click.pass_context
def delete_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...]) -> None:
    """Move briefings to the trash (briefing trash --restore puts them back; kept 30 days)."""
    with open_library(ctx, db_path, writing=True) as library:
        try:
            missing = [i for i in dict.fromkeys(briefing_ids) if not library.exists(i)]
            if missing:
                raise LibraryError(f"no briefing with id {', '.join(map(str, missing))}; nothing was deleted")
            count = library.delete(briefing_ids)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"moved {count} briefing(s) to the trash (briefing trash lists them)")


@cli.command("trash")
@db_option
@click.option("--restore", "restore_ids", type=int, multiple=True, metavar="TRASH_ID",
              help="Put a trashed briefing back (repeat for several).")
@click.option("--empty", is_flag=True, help="Remove everything in the trash for good.")
@click.pass_context
def trash_command(ctx: click.Context, db_path: str | None, restore_ids: tuple[int, ...], empty: bool) -> None:
    """List the trash; --restore TRASH_ID puts a briefing back, --empty removes them for good."""
    if not restore_ids and not empty:
        with open_library(ctx, db_path) as library:
            items = library.trashed()
        if not items:
            click.echo("the trash is empty", err=True)
        for item in items:
            click.echo(f"{item.trash_id:>6}  deleted {item.deleted[:16].replace('T', ' ')}  "
                       f"(was #{item.briefing_id})  {item.title}")
        return
    with open_library(ctx, db_path, writing=True) as library:
        try:
            if restore_ids:
                known = {item.trash_id for item in library.trashed()}
                unknown = [i for i in restore_ids if i not in known]
                if unknown:
                    raise LibraryError(f"nothing in the trash has id {', '.join(map(str, unknown))}")
                ids = library.untrash(restore_ids)
                click.echo(f"put back {len(ids)} briefing(s): {', '.join(map(str, ids))}")
            if empty:
                click.echo(f"removed {library.empty_trash()} briefing(s) from the trash for good")
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None


@cli.command("check")
@db_option
@click.option("--repair", is_flag=True, help="Rebuild the search index, or salvage a damaged file into a new library.")
@click.pass_context
def check_command(ctx: click.Context, db_path: str | None, repair: bool) -> None:
    """Check the library file and its search index (exit 1 when something is wrong)."""
    if repair:
        named = _named(ctx, db_path)
        try:
            with Library.open(named, read_only=True, claim=False, must_exist=True, check=True) as library:
                damaged = bool(library.damage)
            with (Library.open(named, read_only=True, claim=False, check=True) if damaged
                  else open_library(ctx, db_path, writing=True)) as library:
                click.echo(library.repair())
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
        return
    with open_library(ctx, db_path, check=True) as library:
        problems = library.check()
        count = library.count() if not problems else None
    if problems:
        click.echo(damage_sentence(library.path, problems), err=True)
        ctx.exit(1)
    click.echo(f"ok: {library.path.name} holds {count:,} briefing(s); the file and its search index are sound")


@cli.command("backup")
@db_option
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the backup here instead of the backups/ folder beside the library.")
@click.pass_context
def backup_command(ctx: click.Context, db_path: str | None, target: Path | None) -> None:
    """Back the library up (verified), by default into backups/ beside it."""
    if target is not None and target.exists():
        raise click.ClickException(f"{target}: already exists; choose a new file name")
    with open_library(ctx, db_path) as library:
        try:
            made = library.backup(to=target)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"backed up to {made}")


@cli.command("backups")
@db_option
@click.pass_context
def backups_command(ctx: click.Context, db_path: str | None) -> None:
    """List the library's backups: date, briefings, size, reason."""
    with open_library(ctx, db_path) as library:
        found = library.backups()
    if not found:
        click.echo("no backups yet (briefing backup makes one)", err=True)
    for info in found:
        click.echo(f"{info.describe()}  {info.path}")


@cli.command("restore")
@db_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def restore_command(ctx: click.Context, db_path: str | None, source: Path) -> None:
    """Replace the library with a backup; the library as it was is backed up first."""
    count: int | None = None
    try:
        try:
            library = Library.open(_named(ctx, db_path), claim=True, check=True, must_exist=True, on_wait=_waiting)
        except DamagedLibraryError as damaged:  # too damaged to open at all: put it aside whole
            kept = Library.restore_damaged(damaged.path, source)
        else:
            with library:
                kept = library.restore(source)
                count = library.count()
    except LibraryError as exc:
        raise click.ClickException(str(exc)) from None
    counted = f" ({count:,} briefing(s))" if count is not None else ""
    click.echo(f"restored {source.name}{counted}; the library as it was is kept in {kept}")


def export_profile(ctx: click.Context, db_path: str | None, name: str, output: Path | None,
                   page_size: str | None, extra: bool) -> None:
    if extra:
        raise click.UsageError("--profile writes the sheet of one person or party: give no briefing ids, "
                               "no --json and no --follow-up")
    if output is None or output.suffix.lower() != ".pdf":
        raise click.UsageError("give -o SHEET.pdf for the profile sheet")
    with people_library(ctx, db_path) as library:
        try:
            library.export_profile(name, output, page_size=page_size)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {output}")


def people_library(ctx: click.Context, db_path: str | None) -> Library:
    """The library for reading its People directory: read-only, unless briefings changed since the
    directory was last brought up to date, which a writable open does first (if it can)."""
    library = open_library(ctx, db_path)
    if not library.people_pending():
        return library
    library.close()
    try:
        library = open_library(ctx, db_path, writing=True)
        library.refresh_people()
        return library
    except click.ClickException:
        _note("the People directory may be out of date: the library cannot be written just now")
        return open_library(ctx, db_path)


def _person_line(row: Any) -> str:
    what = ", ".join(part for part in (row.title, row.organization, row.country) if part)
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
    title or party word starting so). --merge and --split correct the matching; the window undoes them."""
    if merge_ids or split_id is not None:
        change_people(ctx, db_path, merge_ids, split_id, from_ids)
        return
    if from_ids:
        raise click.UsageError("--from goes with --split ID")
    with people_library(ctx, db_path) as library:
        try:
            rows = library.people(" ".join(words))
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
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
    with open_library(ctx, db_path, writing=True) as library:
        try:
            edit = (library.merge_people(merge_ids) if merge_ids else
                    library.split_person(split_id, from_ids))  # type: ignore[arg-type]
            library.apply(edit)
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    done = edit.text.replace("Merge ", "merged ", 1).replace("Split ", "split ", 1)
    click.echo(f"{done} ({len(edit.keys)} participant(s) named; undo in the window)")


@cli.command("person")
@db_option
@click.argument("name", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the person's page as JSON.")
@click.pass_context
def person_command(ctx: click.Context, db_path: str | None, name: tuple[str, ...], as_json: bool) -> None:
    """A person's page: names and titles over time, events in date order, statements, commitments and
    the parties they represented. NAME is a name, an alias, title words or the person's number."""
    with people_library(ctx, db_path) as library:
        try:
            page = library.person(" ".join(name))
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        record = dict(dataclasses.asdict(page), person=page.person._asdict())
        click.echo(json.dumps(record, ensure_ascii=False, indent=1))
        return
    click.echo(format_person(page))


def format_person(page: Any) -> str:
    person = page.person
    lines = [f"{person.name} (person {person.id})"]
    what = " · ".join(part for part in (person.title, person.organization, person.country) if part)
    lines += [f"  {what}"] if what else []
    others = [n for n in page.names if n != person.name]
    lines += [f"Also named: {', '.join(others)}"] if others else []
    lines += [f"Represented: {', '.join(page.parties)}"] if page.parties else []
    if page.titles:
        lines.append("Titles:")
        lines += [f"  {span.first or '?'} to {span.last or '?'}  {span.title}" for span in page.titles]
    lines.append(f"Events ({len(page.encounters)}):")
    lines += [f"  {e.event_date or 'undated':<10}  [{e.briefing_id}] {e.event} — as {e.name}" for e in page.encounters]
    lines.append(f"Statements ({len(page.statements)}):")
    lines += [f"  {s.event_date or 'undated':<10}  [{s.briefing_id}] {s.text}" for s in page.statements]
    lines.append(f"Commitments ({len(page.commitments)}, {len(page.open_commitments())} open):")
    lines += [f"  {c.event_date or 'undated':<10}  [{c.briefing_id}] {c.status.replace('_', ' ')}: {c.text}"
              + (f" (due {c.due or c.due_text})" if c.due or c.due_text else "") for c in page.commitments]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="briefing")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["cli", "main"]
