"""The command line shares the window's rules: its claim on a library, drafts, and JSON a program can read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.library import COMMAND, WINDOW, Claim, Library


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "lib.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    return str(path)


def write_article(tmp_path: Path) -> Path:
    article = tmp_path / "ferry.txt"
    article.write_text("Towns agree on ferry\n\nMayor Anna Berg met Mayor Tom Reed in Northvale on 12 April 2025."
                       "\n\n\u201cWe will open the ferry line,\u201d Berg said.\n", encoding="utf-8")
    return article


def test_import_refuses_a_library_a_window_has_open_in_one_line(runner, db, tmp_path) -> None:
    window = Claim.take(db, WINDOW)
    assert window is not None
    try:
        result = runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db])
        assert result.exit_code == 1
        assert result.output.strip().count("\n") == 0 and "open in a Briefing window" in result.output
        assert "Traceback" not in result.output
        assert runner.invoke(cli, ["list", "--db", db]).exit_code == 0  # reading goes on
    finally:
        window.release()
    assert runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db]).exit_code == 0


def test_import_waits_while_another_command_writes(runner, db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("briefing.library.library.CLAIM_WAIT_SECONDS", 0.3)
    other = Claim.take(db, COMMAND)
    assert other is not None
    try:
        result = runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db])
    finally:
        other.release()
    assert result.exit_code == 1 and "waiting for another briefing command" in result.output
    assert "busy: another briefing command is still writing" in result.output


def test_an_imported_article_is_listed_as_a_draft_to_check(runner, db, tmp_path) -> None:
    result = runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db])
    assert result.exit_code == 0 and "to check (see `briefing show ID`): 2" in result.stderr
    assert "To check: An imported draft" in runner.invoke(cli, ["show", "2", "--db", db]).output


def test_search_json_gives_plain_snippets_with_highlight_offsets(runner, db) -> None:
    data = json.loads(runner.invoke(cli, ["search", "Stefano", "--json", "--db", db]).output)
    assert data["hits"]
    for hit in data["hits"]:
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]
        assert hit["highlights"], hit
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].casefold().startswith("stefano")


def test_export_of_the_same_id_twice_writes_it_once(runner, db) -> None:
    result = runner.invoke(cli, ["export", "1", "1", "1", "--json", "--db", db])
    assert result.exit_code == 0 and json.loads(result.output)["id"] == 1
