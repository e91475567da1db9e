"""Briefings out: export to PDF, JSON, Markdown, CSV, the follow-up report, the profile sheet; extract, unsaved."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from briefing.cli import check_date, cli, db_option, note, open_library, people_library, reported
from briefing.cli.library_commands import format_briefing, underlined
from briefing.core import dumps
from briefing.library import EXPORT_SUFFIXES, PAGE_SIZES
from briefing.library.articles import explain_file
from briefing.library.exporting import ExportError, refuse_read_only


@cli.command("export")
@db_option
@click.argument("briefing_ids", nargs=-1, type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file: .pdf, .json, .md or .csv (the commitments).")
@click.option("--json", "as_json", is_flag=True, help="Write briefing/1 JSON (to stdout without -o).")
@click.option("--page-size", type=click.Choice(PAGE_SIZES, case_sensitive=False), default=None,
              help="PDF page size (default by locale).")
@click.option("--follow-up", "follow_up", metavar="PARTY", default=None,
              help="Write the follow-up report of a party's commitments (.pdf or .csv) instead; the party is "
              "matched as --party of `briefing commitments` and search's party: match it (a party of the event, "
              "or a participant's organisation or country).")
@click.option("--with", "with_party", metavar="PARTY", default=None,
              help="With --follow-up: only the events where this party took part too.")
@click.option("--profile", metavar="NAME", default=None,
              help="Write the profile sheet of a person or party (-o SHEET.pdf) instead: who you are "
              "meeting on the first page, the full record after it.")
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
            with reported():  # a missing id is said in one sentence
                chosen = library.interchange(briefing_ids)
            click.echo(dumps(chosen if len(chosen) > 1 else chosen[0]))
        return
    if output is None:
        raise click.UsageError("give -o OUT.pdf (or .json, .md, .csv), or --json")
    if as_json and output.suffix.lower() != ".json":
        raise click.UsageError(f"{output.name}: with --json, the file name must end in .json")
    if output.suffix.lower() not in EXPORT_SUFFIXES:
        raise click.UsageError(f"{output.name}: the file name must end in .pdf, .json, .md or .csv")
    with open_library(ctx, db_path) as library, reported(stopped=unwritten(output)):
        library.export(briefing_ids, output, page_size=page_size)
    click.echo(f"wrote {output}")


def writable_output(output: Path) -> None:
    """A read-only file (by its mode, which root could write anyway) is refused before anything is built."""
    try:
        refuse_read_only(output)
    except ExportError as error:
        raise click.ClickException(str(error)) from None


def unwritten(output: Path) -> str:
    """What Ctrl-C during an export says: the file is written whole at the end, so none was."""
    return f"stopped; {output.name} was not written"


def export_follow_up(ctx: click.Context, db_path: str | None, party: str | None, with_party: str | None,
                     output: Path | None, page_size: str | None, extra: bool) -> None:
    if party is None:
        raise click.UsageError("--with goes with --follow-up PARTY")
    if extra:
        raise click.UsageError("--follow-up writes a report of a party: give no briefing ids and no --json")
    if output is None or output.suffix.lower() not in (".pdf", ".csv"):
        raise click.UsageError("give -o REPORT.pdf or -o REPORT.csv for the follow-up report")
    writable_output(output)
    # the party is matched in the People directory too: brought up to date first, as `briefing people` does
    with people_library(ctx, db_path) as library, reported(stopped=unwritten(output)):
        library.export_follow_up(party, output, with_party=with_party, page_size=page_size)
    click.echo(f"wrote {output}")


def export_profile(ctx: click.Context, db_path: str | None, name: str, output: Path | None,
                   page_size: str | None, extra: bool) -> None:
    if extra:
        raise click.UsageError("--profile writes the sheet of one person or party: give no briefing ids, "
                               "no --json and no --follow-up")
    if output is None or output.suffix.lower() != ".pdf":
        raise click.UsageError("give -o SHEET.pdf for the profile sheet")
    writable_output(output)
    with people_library(ctx, db_path) as library, reported(stopped=unwritten(output)):
        library.export_profile(name, output, page_size=page_size)
    click.echo(f"wrote {output}")


@cli.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the draft as briefing/1 JSON.")
@click.option("--published", default=None, callback=check_date, metavar="YYYY-MM-DD",
              help="Publication date of the article, to resolve dates like 'last Tuesday'.")
@click.option("--explain", is_flag=True,
              help="Print, per statement and commitment, the rule that found it, how its speaker or actor was "
                   "resolved and the firmness cue.")
def extract_command(file: Path, as_json: bool, published: str | None, explain: bool) -> None:
    """Extract a draft briefing from an article without saving it."""
    shown = _stage_line(file)
    try:
        with reported(stopped="stopped; nothing was extracted"):
            result = explain_file(file, published, warn=note, progress=shown)
    finally:
        if shown is not None:
            click.echo("\r" + " " * 79 + "\r", err=True, nl=False)
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


LONG_TEXT = 300_000  # bytes: a file this long takes a noticeable time, so a terminal is told each stage


def _stage_line(file: Path) -> Callable[[str], None] | None:
    """On a terminal, for a long file: a line naming the stage extraction is at; else None."""
    try:
        size = file.stat().st_size
    except OSError:
        return None  # reading it will say what is wrong
    if size < LONG_TEXT or not sys.stderr.isatty():
        return None

    def show(stage: str) -> None:
        click.echo(f"\rextracting {file.name[:30]} ({size / 1e6:.1f} MB): {stage}…{' ' * 10}", err=True, nl=False)

    return show


def _reason_json(reason: Any) -> dict[str, Any]:
    return {"start": reason.start, "end": reason.end, "who": reason.who, "rule": reason.rule, "step": reason.step,
            "cue": reason.cue or None}


def format_explanation(result: Any) -> str:
    """Each statement and commitment with why extraction found it: rule, speaker or actor step, cue."""
    briefing = result.briefing
    lines = underlined(briefing.title)
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
