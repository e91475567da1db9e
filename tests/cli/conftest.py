"""Fixtures of the command-line tests: a click runner and a library file holding the sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.library import Library


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A library holding the sample, as the default library does after its first use."""
    path = tmp_path / "lib.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    return str(path)
