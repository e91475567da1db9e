"""The `briefing` command: each subcommand, bad arguments, missing ids, all-or-nothing imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.cli import cli
from briefing.core import briefing_to_dict
from briefing.store import Store
from tests.synthetic import synthetic_briefing


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_the_default_library_starts_with_the_sample(runner: CliRunner, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_DB")
    monkeypatch.setattr("briefing.library.paths.default_db_path", lambda: tmp_path / "default" / "lib.sqlite")
    result = runner.invoke(cli, ["list"])
    assert result.exit_code == 0, result.output
    assert "2020-05-13" in result.output and (tmp_path / "default" / "lib.sqlite").exists()


def test_a_named_library_must_exist_to_be_read(runner: CliRunner, tmp_path: Path, sample_dict: dict) -> None:
    typo = tmp_path / "typo.sqlite"
    for command in (["list"], ["show", "1"], ["search", "x"], ["export", "1", "--json"]):
        result = runner.invoke(cli, [*command, "--db", str(typo)])
        assert result.exit_code == 1 and "no such library" in result.output, command
    assert not typo.exists()
    single = tmp_path / "one.json"
    single.write_text(json.dumps(sample_dict), encoding="utf-8")
    new = tmp_path / "new.sqlite"
    assert "imported 1 briefing (id 1)" in runner.invoke(cli, ["import", str(single), "--db", str(new)]).output


def test_list_shows_the_library(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["list", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2020-05-13" in result.output and "Jilin province" in result.output
    rows = json.loads(runner.invoke(cli, ["list", "--db", db, "--json"]).output)  # one JSON array
    assert rows[0]["id"] == 1 and rows[0]["parties"] == ["Jilin province", "Emilia-Romagna", "Italy"]
    lines = runner.invoke(cli, ["list", "--db", db, "--jsonl"]).output.splitlines()
    assert [json.loads(line) for line in lines] == rows


def test_db_option_on_group_and_env(runner: CliRunner, db: str, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert "2020-05-13" in runner.invoke(cli, ["--db", db, "list"]).output
    monkeypatch.setenv("BRIEFING_DB", db)
    assert "2020-05-13" in runner.invoke(cli, ["list"]).output
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "absent.sqlite"))
    assert "no such library" in runner.invoke(cli, ["list"]).output


def test_show_text_and_json(runner: CliRunner, db: str, sample_dict: dict) -> None:
    text = runner.invoke(cli, ["show", "1", "--db", db])
    assert text.exit_code == 0
    assert "Manlio Di Stefano" in text.output and "Photo/Zou Naishuo" in text.output
    as_json = runner.invoke(cli, ["show", "1", "--db", db, "--json"])
    assert json.loads(as_json.output) == dict(sample_dict, id=1)


def test_missing_id_is_a_one_line_error(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["show", "42", "--db", db])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no briefing with id 42"


def test_bad_arguments(runner: CliRunner, db: str) -> None:
    assert runner.invoke(cli, ["show", "one", "--db", db]).exit_code == 2
    assert runner.invoke(cli, ["export", "--db", db]).exit_code == 2
    assert runner.invoke(cli, ["export", "1", "--db", db]).exit_code == 2  # neither -o nor --json
    assert runner.invoke(cli, ["frobnicate"]).exit_code == 2
    assert runner.invoke(cli, ["import", "--db", db]).exit_code == 2


def test_import_json_and_jsonl(runner: CliRunner, db: str, tmp_path: Path, sample_dict: dict) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps(sample_dict), encoding="utf-8")
    many = write_jsonl(tmp_path / "many.jsonl",
                       [briefing_to_dict(synthetic_briefing(n), with_id=False) for n in range(3)])
    result = runner.invoke(cli, ["import", str(single), str(many), "--db", db])
    assert result.exit_code == 0, result.output
    assert "imported 4 briefings" in result.output
    with Store(db) as store:
        assert store.count() == 5  # the sample plus four


def test_invalid_file_in_batch_writes_nothing(runner: CliRunner, db: str, tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl",
                       [briefing_to_dict(synthetic_briefing(n), with_id=False) for n in range(3)])
    records = [briefing_to_dict(synthetic_briefing(n), with_id=False) for n in range(3)]
    records[1]["commitments"][0:0] = [{"actor": "both sides", "text": "x", "firmness": "maybe"}]
    bad = write_jsonl(tmp_path / "bad.jsonl", records)
    result = runner.invoke(cli, ["import", str(good), str(bad), "--db", db])
    assert result.exit_code == 1
    assert "bad.jsonl" in result.output and "record 2" in result.output
    assert "commitments[0].firmness" in result.output and "nothing was imported" in result.output
    with Store(db) as store:
        assert store.count() == 1


def test_import_missing_file(runner: CliRunner, db: str, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["import", str(tmp_path / "absent.json"), "--db", db])
    assert result.exit_code == 1 and "no such file" in result.output


def test_export_json_to_file_and_stdout(runner: CliRunner, db: str, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert runner.invoke(cli, ["export", "1", "--json", "-o", str(out), "--db", db]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"].startswith("Video conference")
    runner.invoke(cli, ["import", str(out), "--db", db])
    both = runner.invoke(cli, ["export", "1", "2", "--json", "--db", db])
    assert [b["id"] for b in json.loads(both.output)] == [1, 2]


def test_export_pdf(runner: CliRunner, db: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "sample.pdf"
    result = runner.invoke(cli, ["export", "1", "-o", str(out), "--db", db, "--page-size", "A4"])
    assert result.exit_code == 0, result.output
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jing Junhai" in text
    missing = runner.invoke(cli, ["export", "1", "7", "-o", str(out), "--db", db])
    assert missing.exit_code == 1 and "no briefing with id 7" in missing.output
    for name in ("x.pdf", "x.json", "x.md", "x.csv"):
        unwritable = runner.invoke(cli, ["export", "1", "-o", str(tmp_path / "no" / "dir" / name), "--db", db])
        assert unwritable.exit_code == 1 and "cannot write" in unwritable.output


def test_export_format_follows_the_file_name(runner: CliRunner, db: str, tmp_path: Path) -> None:
    as_json, as_markdown = tmp_path / "b.json", tmp_path / "b.md"
    assert runner.invoke(cli, ["export", "1", "-o", str(as_json), "--db", db]).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["schema"] == "briefing/1"
    assert runner.invoke(cli, ["export", "1", "-o", str(as_markdown), "--db", db]).exit_code == 0
    assert "Jing Junhai" in as_markdown.read_text(encoding="utf-8")
    unknown = runner.invoke(cli, ["export", "1", "-o", str(tmp_path / "b.txt"), "--db", db])
    assert unknown.exit_code == 2 and "must end in .pdf, .json, .md or .csv" in unknown.output
    assert not (tmp_path / "b.txt").exists()


def test_export_csv_lists_the_commitments_of_every_briefing(runner: CliRunner, db: str, tmp_path: Path,
                                                           sample_dict: dict) -> None:
    import csv

    other = dict(sample_dict, title="Follow-up, \"second\" call", event_date="2021-03-02")
    other["commitments"] = [dict(sample_dict["commitments"][0], actor="=HYPERLINK(1)", text="line one\nline two")]
    imported = runner.invoke(cli, ["import", str(write_jsonl(tmp_path / "other.jsonl", [other])), "--db", db])
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "Commitments.CSV"  # the suffix decides, whatever its case
    result = runner.invoke(cli, ["export", "1", "2", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfbriefing_id,briefing_title,event_date,actor,commitment,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[:5] == ["briefing_id", "briefing_title", "event_date", "actor", "commitment"]
    assert [row[0] for row in rows] == ["1"] * 7 + ["2"]
    assert rows[0][3] == "both sides" and rows[0][5] == "firm"
    assert rows[-1][1:5] == ['Follow-up, "second" call', "2021-03-02", "'=HYPERLINK(1)", "line one\nline two"]
    assert "csv" in runner.invoke(cli, ["export", "--help"]).output


def test_entry_point_runs_as_a_module(db: str) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "list", "--db", db],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "2020-05-13" in result.stdout
    bad = subprocess.run([sys.executable, "-m", "briefing", "show", "99", "--db", db],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and bad.stderr.strip() == "Error: no briefing with id 99"


def test_search_prints_hits_and_json(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["search", "Hongqi", "--db", db, "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and all("statement" in line and "[Hongqi]" in line for line in lines)
    as_json = json.loads(runner.invoke(cli, ["search", "speaker:Stef", "--json", "--db", db]).output)
    assert {hit["position"] for hit in as_json["hits"]} == {8, 9}


def test_search_explains_an_empty_result(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["search", "-Hongqi", "--db", db])
    assert result.exit_code == 1 and "exclusions" in result.output
    weird = runner.invoke(cli, ["search", '"', "OR", "--db", db])
    assert weird.exit_code == 1 and "Traceback" not in weird.output


def test_an_article_without_the_events_year_is_named_for_checking(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text("Towns agree on ferry\n\nMayor Anna Berg met Mayor Tom Reed in Northvale on 12 April.\n\n"
                       "\u201cWe will open the ferry line,\u201d Berg said.\n", encoding="utf-8")
    library = str(tmp_path / "new.sqlite")
    imported = runner.invoke(cli, ["import", str(article), "--db", library])
    assert imported.exit_code == 0 and "imported 1 briefing (id 1)" in imported.output
    assert "to check (see `briefing show ID`): 1" in imported.stderr and "to check" not in imported.stdout
    shown = runner.invoke(cli, ["show", "1", "--db", library])
    assert "To check: The text gives the day of the event but not its year, so no date is set" in shown.output
    assert "date-year-missing" not in shown.output
    dated = runner.invoke(cli, ["import", str(article), "--published", "2025-04-14", "--duplicates", "keep",
                                "--db", library])
    assert dated.exit_code == 0 and "to check (see `briefing show ID`): 2" in dated.stderr  # a draft all the same
    shown = runner.invoke(cli, ["show", "2", "--db", library]).output
    assert "To check: A draft, not reviewed yet" in shown and "not its year" not in shown
