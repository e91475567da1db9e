"""The `briefing` command: no arguments opens the window; subcommands script the library."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from briefing import __version__
from briefing.core import Briefing, InterchangeError, briefing_to_dict, dumps, load_file, review_notes, topic_tags
from briefing.store import DB_ENV, Store, StoreError, resolve_db_path

JSON_SUFFIXES = {".json", ".jsonl"}


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db on every subcommand; it overrides the group's --db and BRIEFING_DB."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="Library file (default: BRIEFING_DB or the user-data folder).")(command)


def open_store(ctx: click.Context, db_path: str | None, reading: bool = True) -> Store:
    """The library: the default one gets the sample on first use, as the window does; a library
    named with --db or BRIEFING_DB must exist for reading, and is made empty for an import."""
    explicit = db_path or ctx.find_root().params.get("db_path") or os.environ.get(DB_ENV)
    path = resolve_db_path(explicit)
    if explicit and reading and not path.exists():
        raise click.ClickException(f"{path}: no such library")
    try:
        return Store(path, seed_sample=not explicit)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def fetch(store: Store, briefing_ids: tuple[int, ...]) -> list[Briefing]:
    try:
        return [store.get(briefing_id) for briefing_id in briefing_ids]
    except StoreError as exc:
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
        from briefing.selftest import run_self_test

        ctx.exit(run_self_test())
    if ctx.invoked_subcommand is None:
        from briefing.gui.app import main as gui_main

        ctx.exit(gui_main(db_path))  # None: the window picks BRIEFING_DB, the last library or the default


@cli.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
@click.pass_context
def list_command(ctx: click.Context, db_path: str | None, as_json: bool) -> None:
    """List the briefings in the library, newest first."""
    with open_store(ctx, db_path) as store:
        ids = store.ids("newest")
        rows = store.rows(ids)
        for briefing_id in ids:
            row = rows[briefing_id]
            if as_json:
                click.echo(json.dumps({"id": row.id, "title": row.title, "event_date": row.event_date,
                                       "event_kind": row.event_kind, "parties": row.parties},
                                      ensure_ascii=False))
            else:
                click.echo(f"{row.id:>6}  {row.event_date or '----------'}  {row.event_kind or '-':<16}  "
                           f"{row.title}")


@cli.command("show")
@db_option
@click.argument("briefing_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the briefing/1 JSON.")
@click.pass_context
def show_command(ctx: click.Context, db_path: str | None, briefing_id: int, as_json: bool) -> None:
    """Show one briefing."""
    with open_store(ctx, db_path) as store:
        briefing = fetch(store, (briefing_id,))[0]
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
    lines += [f"To check: {note}" for note in review_notes(briefing.tags)]
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


def extract_article(path: Path, published: str | None) -> Briefing:
    """An article file (.txt, .md, .html, .docx, .pdf) read and extracted into a draft briefing."""
    from briefing.extract import extract
    from briefing.ingest import IngestError, read_article

    try:
        article = read_article(path)
    except IngestError as exc:
        raise InterchangeError(str(exc)) from None
    return extract(article.text, published=published or article.published, title=article.title,
                   url=article.url, outlet=article.outlet)


def read_import_file(path: Path, published: str | None) -> list[Briefing]:
    """Interchange JSON is validated; any other file goes through ingest and extraction."""
    if path.suffix.lower() in JSON_SUFFIXES:
        return load_file(path)
    return [extract_article(path, published)]


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
def extract_command(file: Path, as_json: bool, published: str | None) -> None:
    """Extract a draft briefing from an article without saving it."""
    try:
        briefing = extract_article(file, published)
    except InterchangeError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(dumps(briefing) if as_json else format_briefing(briefing))


@cli.command("import")
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, callback=check_date,
              help="Publication date YYYY-MM-DD for articles.")
@click.pass_context
def import_command(ctx: click.Context, db_path: str | None, files: tuple[Path, ...],
                   published: str | None) -> None:
    """Import briefings (.json, .jsonl) or articles (.txt, .md, .html, .docx, .pdf): all files or none."""
    briefings: list[Briefing] = []
    try:
        for path in files:
            briefings.extend(read_import_file(path, published))
    except InterchangeError as exc:
        raise click.ClickException(f"{exc}; nothing was imported") from None
    with open_store(ctx, db_path, reading=False) as store:
        ids = store.add_many(briefings)
    noun = "briefing" if len(ids) == 1 else "briefings"
    span = f" (id {ids[0]})" if len(ids) == 1 else f" (ids {ids[0]}–{ids[-1]})" if ids else ""
    click.echo(f"imported {len(ids)} {noun}{span}")
    to_check = [str(i) for i, b in zip(ids, briefings) if review_notes(b.tags)]
    if to_check:
        click.echo(f"to check (see `briefing show ID`): {', '.join(to_check)}", err=True)


@cli.command("export")
@db_option
@click.argument("briefing_ids", nargs=-1, required=True, type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file: .pdf, .json, .md or .csv (the commitments).")
@click.option("--json", "as_json", is_flag=True, help="Write briefing/1 JSON (to stdout without -o).")
@click.option("--page-size", type=click.Choice(["A4", "Letter"]), default=None,
              help="PDF page size (default by locale).")
@click.pass_context
def export_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...],
                   output: Path | None, as_json: bool, page_size: str | None) -> None:
    """Export briefings as a PDF (several make a book), as JSON (--json or a .json file), as
    Markdown (a .md file) or their commitments as a CSV table (a .csv file)."""
    with open_store(ctx, db_path) as store:
        briefings = fetch(store, briefing_ids)
    suffix = output.suffix.lower() if output else ""
    if as_json and output is None:
        click.echo(dumps(briefings[0] if len(briefings) == 1 else briefings))
        return
    if output is None:
        raise click.UsageError("give -o OUT.pdf (or .json, .md, .csv), or --json")
    if not as_json and suffix not in (".pdf", ".json", ".md", ".csv"):
        raise click.UsageError(f"{output.name}: the file name must end in .pdf, .json, .md or .csv")
    from briefing.export import export_commitments_csv, export_json, export_markdown

    try:
        if as_json or suffix == ".json":
            export_json(briefings, output)
        elif suffix == ".md":
            export_markdown(briefings, output)
        elif suffix == ".csv":
            export_commitments_csv(briefings, output)
        else:
            from briefing.export import default_page_size, export_pdf

            export_pdf(briefings, output, page_size=page_size or default_page_size())
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"wrote {output}")


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
    from briefing.store.search import HIT_END, HIT_START, dumps_hits

    with open_store(ctx, db_path) as store:
        result = store.search(" ".join(query), limit=limit, order="newest" if newest else "rank")
    if as_json:
        click.echo(dumps_hits(result))
        return
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if not result.hits:
        click.echo(result.reason or "no hits", err=True)
        ctx.exit(1)
    for hit in result.hits:
        snippet = " ".join(hit.snippet.split()).replace(HIT_START, "[").replace(HIT_END, "]")
        kind = KIND_LABELS.get(hit.kind, hit.kind)
        click.echo(f"{hit.briefing_id:>6}  {hit.event_date or '----------'}  {kind:<11} {snippet}")


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="briefing")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["cli", "main", "briefing_to_dict"]
