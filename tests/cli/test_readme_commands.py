"""The README's command list is the command line's: every command and every option it takes is shown there."""

from __future__ import annotations

import re
from pathlib import Path

import click

from briefing.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"
NOT_LISTED = {"--db", "--help"}  # said once under the list, for every command


def command_block() -> str:
    """The ```sh block of the README's "The command line" section."""
    section = README.read_text(encoding="utf-8").split("## The command line", 1)[1]
    return section.split("```sh", 1)[1].split("```", 1)[0]


def lines_of(block: str, name: str) -> str:
    """The README's lines for `briefing NAME`: each usage line and the comment lines under it."""
    kept, current = [], False
    for line in block.splitlines():
        if line.startswith("briefing "):
            current = line.split()[1] == name
        if current:
            kept.append(line)
    return "\n".join(kept)


def test_every_command_and_option_is_in_the_readme() -> None:
    block = command_block()
    missing = []
    for name, command in sorted(cli.commands.items()):
        shown = lines_of(block, name)
        if not shown:
            missing.append(f"briefing {name}")
            continue
        for parameter in command.params:
            if not isinstance(parameter, click.Option) or set(parameter.opts) & NOT_LISTED:
                continue
            if not any(re.search(rf"{re.escape(option)}(?![\w-])", shown) for option in parameter.opts):
                missing.append(f"briefing {name} {'/'.join(parameter.opts)}")
    assert missing == [], f"not in the README's command list: {missing}"


def test_the_readme_lists_no_command_that_does_not_exist() -> None:
    named = {line.split()[1] for line in command_block().splitlines() if line.startswith("briefing ")}
    assert named - set(cli.commands) <= {"--version", "--self-test"}, named - set(cli.commands)
