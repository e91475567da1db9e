"""briefing people, person and export --profile: the People directory from a terminal."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.core import Briefing
from briefing.library import WINDOW, Claim, Library


def _variant(sample: Briefing, number: int, date: str, name: str) -> Briefing:
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.event_date = None, f"Meeting {number}", date
    old, person = briefing.participants[0].name, briefing.participants[0]
    person.name, person.aliases = name, []
    for statement in briefing.statements:
        statement.speaker = name if statement.speaker == old else statement.speaker
    briefing.source.text = f"{briefing.source.text} ({number})"
    return briefing


@pytest.fixture
def db(tmp_path: Path, sample: Briefing) -> str:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        library.save(_variant(sample, 1, "2022-05-01", "Jing Junhai"))
        library.save(_variant(sample, 2, "2023-06-01", "Governor Jing"))
    return str(path)


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_people_lists_one_entry_per_person_and_filters(db: str) -> None:
    result = run("people", "--db", db)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 4 and any("Jing Junhai" in line and "(3 events, last 2023-06-01)" in line for line in lines)
    rows = json.loads(run("people", "ital", "--json", "--db", db).output)
    assert [row["name"] for row in rows] == ["Manlio Di Stefano", "Vincenzo Colla"]


def test_person_prints_the_page_in_date_order_and_as_json(db: str) -> None:
    result = run("person", "Governor", "Jing", "--db", db)
    assert result.exit_code == 0 and result.output.startswith("Jing Junhai (person ")
    assert "Also named: Jing, Governor Jing" in result.output
    events = [line for line in result.output.splitlines() if " — as " in line]
    assert [line.split()[0] for line in events] == ["2020-05-13", "2022-05-01", "2023-06-01"]
    page = json.loads(run("person", "Jing Junhai", "--json", "--db", db).output)
    assert page["person"]["events"] == 3 and len(page["statements"]) == 24


def test_unknown_people_and_bad_options_are_one_sentence(db: str) -> None:
    result = run("person", "Jing Junhia", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: No person or party called “Jing Junhia” in this library; did you mean"
                                     " “Jing Junhai”?")
    assert run("person", "4242", "--db", db).output.strip() == "Error: There is no person number 4242 in this library."
    assert "needs --from" in run("people", "--split", "1", "--db", db).output
    assert "two or more people" in run("people", "--merge", "1", "--db", db).output
    assert "give -o SHEET.pdf" in run("export", "--profile", "Jing", "--db", db).output
    assert "give no briefing ids" in run("export", "--profile", "Jing", "1", "-o", "x.pdf", "--db", db).output


def test_merge_and_split_from_the_command_line(db: str) -> None:
    ids = {row["name"]: row["id"] for row in json.loads(run("people", "--json", "--db", db).output)}
    result = run("people", "--merge", str(ids["Vincenzo Colla"]), "--merge", str(ids["Manlio Di Stefano"]), "--db", db)
    assert result.exit_code == 0 and result.output.startswith("merged Vincenzo Colla and Manlio Di Stefano")
    assert len(json.loads(run("people", "--json", "--db", db).output)) == 3
    kept = min(ids["Vincenzo Colla"], ids["Manlio Di Stefano"])
    assert f"into person {kept} (" in result.output
    gone = max(ids["Vincenzo Colla"], ids["Manlio Di Stefano"])
    assert run("person", str(gone), "--db", db).output.startswith(f"Error: Person {gone} was merged into {kept}")
    result = run("people", "--split", str(kept), "--from", "3", "--db", db)
    assert result.exit_code == 0 and len(json.loads(run("people", "--json", "--db", db).output)) == 4
    assert f"; person {kept} keeps the rest" in result.output
    assert json.loads(run("person", str(kept), "--json", "--db", db).output)["person"]["events"] == 2


def test_export_profile_writes_the_sheet(db: str, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    result = run("export", "--profile", "Jing Junhai", "-o", str(sheet), "--db", db)
    assert result.exit_code == 0 and sheet.read_bytes().startswith(b"%PDF")
    party = tmp_path / "party.pdf"
    assert run("export", "--profile", "Emilia-Romagna", "-o", str(party), "--db", db).exit_code == 0


def test_reading_people_beside_a_window_works_from_the_directory_as_it_is(db: str) -> None:
    window = Claim.take(db, WINDOW)
    try:
        result = run("people", "--db", db)
        assert result.exit_code == 0 and "Jing Junhai" in result.output
    finally:
        window.release()


def test_person_falls_back_to_the_party_and_profile_reads_names_the_same_way(db: str, tmp_path: Path) -> None:
    result = run("person", "Jilin", "--db", db)
    assert result.exit_code == 0 and result.output.startswith("Jilin province (party)")
    assert "People (2):" in result.output and "Commitments:" not in result.output
    assert " commitments at its events, " in result.output
    page = json.loads(run("person", "party:Emilia-Romagna", "--json", "--db", db).output)
    assert page["kind"] == "party" and page["name"] == "Emilia-Romagna" and page["people"][0]["name"]
    assert json.loads(run("person", "Colla", "--json", "--db", db).output)["kind"] == "person"
    sheet = tmp_path / "jilin.pdf"
    result = run("export", "--profile", "Jilin", "-o", str(sheet), "--db", db)
    assert result.exit_code == 0 and sheet.read_bytes().startswith(b"%PDF")
    result = run("person", "Atlantis", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip() == "Error: No person or party called “Atlantis” in this library."
    assert "? to ?" not in run("person", "Jing Junhai", "--db", db).output


def test_people_says_when_it_first_matches_many_changed_briefings(tmp_path: Path, sample: Briefing,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import cli as cli_module
    from briefing.library import people

    monkeypatch.setattr(people, "REFRESH_AFTER_WRITE", 0)  # the saves leave their briefings to match
    monkeypatch.setattr(cli_module, "SAY_MATCHING_FROM", 2)
    monkeypatch.setattr(cli_module, "on_terminal", lambda: True)
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=False) as library:
        library.save(_variant(sample, 1, "2022-05-01", "Jing Junhai"))
        library.save(_variant(sample, 2, "2023-06-01", "Governor Jing"))
    result = CliRunner().invoke(cli, ["people", "--db", str(path)])
    assert result.exit_code == 0
    assert "matching people across 2 changed briefings…" in result.stderr
    assert any("Jing Junhai" in line for line in result.stdout.splitlines())
    again = CliRunner().invoke(cli, ["people", "--db", str(path)])
    assert "matching" not in again.stderr
