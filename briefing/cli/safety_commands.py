"""What keeps the library safe: delete into the trash and back out of it, check and repair, backups and restore."""

from __future__ import annotations

from pathlib import Path

import click

from briefing.cli import cli, db_option, named, open_library, reported, require_briefings, waiting
from briefing.library import DamagedLibraryError, Library, LibraryError, damage_sentence


@cli.command("delete")
@db_option
@click.argument("briefing_ids", nargs=-1, required=True, type=int)
@click.pass_context
def delete_command(ctx: click.Context, db_path: str | None, briefing_ids: tuple[int, ...]) -> None:
    """Move briefings to the trash (briefing trash --restore puts them back; kept 30 days)."""
    with open_library(ctx, db_path, writing=True) as library, reported():
        require_briefings(library, briefing_ids, "nothing was deleted")
        count = library.delete(briefing_ids)
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
    with open_library(ctx, db_path, writing=True) as library, reported():
        if restore_ids:
            known = {item.trash_id for item in library.trashed()}
            unknown = [i for i in restore_ids if i not in known]
            if unknown:
                raise LibraryError(f"nothing in the trash has id {', '.join(map(str, unknown))}")
            ids = library.untrash(restore_ids)
            click.echo(f"put back {len(ids)} briefing(s): {', '.join(map(str, ids))}")
        if empty:
            click.echo(f"removed {library.empty_trash()} briefing(s) from the trash for good")


@cli.command("check")
@db_option
@click.option("--repair", is_flag=True, help="Rebuild the search index, or salvage a damaged file into a new library.")
@click.pass_context
def check_command(ctx: click.Context, db_path: str | None, repair: bool) -> None:
    """Check the library file and its search index (exit 1 when something is wrong)."""
    if repair:
        path = named(ctx, db_path)
        with reported():
            try:
                opened = Library.open(path, read_only=True, claim=False, must_exist=True, check=True)
            except DamagedLibraryError as too_damaged:  # nothing of it can be read: nothing to salvage
                raise click.ClickException(
                    f"“{too_damaged.path.name}” is too damaged to salvage: SQLite cannot read any of it "
                    f"({too_damaged.problems[0] if too_damaged.problems else 'unknown damage'}). Restore a backup "
                    "(briefing restore FILE; briefing backups lists them)") from None
            with opened as library:
                damaged = bool(library.damage)
            with (Library.open(path, read_only=True, claim=False, check=True) if damaged
                  else open_library(ctx, db_path, writing=True)) as library:
                click.echo(library.repair())
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
    with open_library(ctx, db_path) as library, reported():
        made = library.backup(to=target)
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
    with reported():
        try:
            library = Library.open(named(ctx, db_path), claim=True, check=True, must_exist=True, on_wait=waiting)
        except DamagedLibraryError as damaged:  # too damaged to open at all: put it aside whole
            kept = Library.restore_damaged(damaged.path, source)
        else:
            with library:
                kept = library.restore(source)
                count = library.count()
    counted = f" ({count:,} briefing(s))" if count is not None else ""
    click.echo(f"restored {source.name}{counted}; the library as it was is kept in {kept}")
