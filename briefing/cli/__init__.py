"""The `briefing` command: no arguments opens the window; subcommands script the library."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import click

from briefing import __version__
from briefing.core import Briefing
from briefing.library import DB_ENV, Holder, Library, LibraryError, damage_sentence, resolve_db_path


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db on the group and on every subcommand; a subcommand's overrides the group's and BRIEFING_DB."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="Library file (default: BRIEFING_DB or the user-data folder).")(command)


@contextmanager
def reported(suffix: str = "", stopped: str | None = None) -> Iterator[None]:
    """A LibraryError in the block ends the command with its one sentence (`Error: …`, exit 1), `suffix`
    added; with `stopped`, Ctrl-C ends it with that sentence instead of a traceback."""
    try:
        yield
    except LibraryError as exc:
        raise click.ClickException(f"{exc}{suffix}") from None
    except KeyboardInterrupt:
        if stopped is None:
            raise
        raise click.ClickException(stopped) from None


def named(ctx: click.Context, db_path: str | None) -> str | None:
    """The library file the command names: its --db, the group's --db, BRIEFING_DB, or None (the default)."""
    return db_path or ctx.find_root().params.get("db_path") or os.environ.get(DB_ENV) or None


def waiting(holder: Holder | None) -> None:
    who = holder.describe() if holder is not None else "another process"
    click.echo(f"waiting for {who} to finish writing to the library…", err=True)


def note(text: str) -> None:
    click.echo(f"note: {text}", err=True)


def id_ranges(ids: list[int]) -> str:
    """Ids as a reader takes them in: runs of consecutive ids as ranges ("2–301, 305, 307–309")."""
    runs: list[list[int]] = []
    for number in sorted(set(ids)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}–{last}" for first, last in runs)


def _busy() -> None:
    if not getattr(_busy, "told", False):
        click.echo("waiting: another program is writing to the library…", err=True)
        _busy.told = True  # type: ignore[attr-defined]


SAY_CHECKING_FROM = 100_000_000  # bytes of a library (about a second's check) from which a terminal is told


def on_terminal() -> bool:
    """Whether progress text has a person to read it (stderr is a terminal)."""
    return sys.stderr.isatty()


@contextmanager
def saying_while_long(db_path: str | None, text: str, say: bool = True) -> Iterator[Callable[[], None]]:
    """On a terminal, `text` while the block runs on a large library (unless not `say`); cleared after
    it, or earlier by the function the block is given (before another line is printed)."""
    try:
        large = say and resolve_db_path(db_path).stat().st_size >= SAY_CHECKING_FROM
    except OSError:
        large = False
    shown = [large and on_terminal()]
    if shown[0]:
        click.echo(f"\r{text}", err=True, nl=False)

    def unsay() -> None:
        if shown[0]:
            click.echo(f"\r{' ' * len(text)}\r", err=True, nl=False)
            shown[0] = False
    try:
        yield unsay
    finally:
        unsay()


def open_library(ctx: click.Context, db_path: str | None, writing: bool = False, adding: bool = False,
                 check: bool | None = None) -> Library:
    """The library: the default one gets the sample on first use, as the window does; a library
    named with --db or BRIEFING_DB must exist for reading, and is made empty for an import.

    Reading opens the file read-only. A writing command claims the file: it waits for another
    command; while a window has the library it refuses, unless it only adds (`adding`: an import
    goes in beside the window, which shows it shortly). A damaged library gets one line: a writing
    command checks the file first (PRAGMA quick_check, about 0.7 s at 100,000 briefings), so that it
    never writes to a file damaged since it was last opened."""
    with reported():
        if writing or adding:
            check_first = True if check is None else check
            with saying_while_long(named(ctx, db_path), "checking the library for damage first…",
                                   say=check_first) as unsay:
                library = Library.open(named(ctx, db_path), claim=True, beside_window=adding, check=check_first,
                                       on_wait=lambda holder: (unsay(), waiting(holder)))
            library.on_busy = _busy
            if library.damage:
                library.close()
                raise LibraryError(damage_sentence(library.path, library.damage))
            return library
        return Library.open(named(ctx, db_path), read_only=True, claim=False, must_exist=True, check=check)


SAY_MATCHING_FROM = 1000  # changed briefings (about a second's matching) from which the wait is said


def people_library(ctx: click.Context, db_path: str | None) -> Library:
    """The library for reading its People directory: read-only, unless briefings changed since the
    directory was last brought up to date, which a writable open does first (if it can)."""
    library = open_library(ctx, db_path)
    if not library.people_pending():
        return library
    library.close()
    try:
        library = open_library(ctx, db_path, writing=True)
        backlog = library.people_backlog()
        if backlog >= SAY_MATCHING_FROM and on_terminal():
            click.echo(f"matching people across {backlog:,} changed briefings…", err=True)
        library.refresh_people()
        return library
    except click.ClickException:
        note("the People directory may be out of date: the library cannot be written just now")
        return open_library(ctx, db_path)


def fetch(library: Library, briefing_ids: tuple[int, ...]) -> list[Briefing]:
    with reported():
        return library.get_many(briefing_ids)


def require_briefings(library: Library, briefing_ids: tuple[int, ...], undone: str = "") -> None:
    """A LibraryError naming the ids the library has no briefing for (`undone` says what did not happen)."""
    missing = [i for i in dict.fromkeys(briefing_ids) if not library.exists(i)]
    if missing:
        raise LibraryError(f"no briefing with id {', '.join(map(str, missing))}" + (f"; {undone}" if undone else ""))


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2020-05-13") from None


class BriefingGroup(click.Group):
    """The `briefing` group: a library that fails under a command (a file damaged since it was last
    checked, a full disk) ends it with one sentence, as every other error does, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LibraryError as error:  # one a command did not put in its own words
            raise click.ClickException(str(error)) from None
        except sqlite3.DatabaseError as error:
            raise click.ClickException(f"the library file could not be read or written ({error}); an unfinished "
                                       "change was not kept. `briefing check` says whether the file is damaged"
                                       ) from None


@click.group(cls=BriefingGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@db_option
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


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="briefing")


# The commands join the group `cli` as their modules load; they use the helpers above.
from briefing.cli import across_events, export_commands, library_commands, safety_commands  # noqa: E402, F401

__all__ = ["cli", "main"]
