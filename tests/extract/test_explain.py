"""Why each statement and commitment was found (--explain), and the warning for a text that reports no event."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import briefing.extract as extraction
from briefing.cli import cli
from briefing.core.review import YEAR_MISSING
from briefing.extract import NOT_A_REPORT, TOO_LONG, YEAR_GUESS, YEAR_UNKNOWN, explain

ARTICLE = ("Alba and Borin discuss ports\n\n"
           "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n"
           "Lint said the two ports had much to share. She pledged to open a trade office in Borin next year.\n\n"
           "The mayor hoped that Alba would send engineers to Borin.\n")


def test_a_statement_carries_its_rule_and_speaker_step() -> None:
    result = explain(ARTICLE, published="2025-03-05")
    first, pronoun, title = result.statements
    assert first.rule == "speech verb 'said' after its subject" and first.step == "name form 'Lint' → Mara Lint"
    assert pronoun.step == "pronoun 'She' → Mara Lint, the person in focus"
    assert title.who == "Oren Vale" and title.step.startswith("title 'The mayor' → Oren Vale")
    assert [(r.start, r.end) for r in result.statements] == [(s.start, s.end) for s in result.briefing.statements]


def test_a_commitment_carries_its_cue_rule_and_actor_step() -> None:
    pledge = explain(ARTICLE, published="2025-03-05").commitments[0]
    assert pledge.cue == "firm: 'pledged'" and pledge.who == "Mara Lint"
    assert pledge.rule.startswith("a firm cue") and "the speaker" in pledge.step
    assert "firm: 'pledged'" in pledge.tooltip()


def test_a_reason_is_found_by_its_rows_offsets() -> None:
    result = explain(ARTICLE, published="2025-03-05")
    row = result.briefing.commitments[-1]
    reason = result.reason_for("commitment", row.start, row.end)
    assert reason is not None and reason.cue.startswith("hope:")


def test_extract_explain_prints_rule_step_and_cue(tmp_path: Path) -> None:
    path = tmp_path / "ports.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path), "--published", "2025-03-05", "--explain"])
    assert out.exit_code == 0, out.output
    assert "found by: speech verb 'said' after its subject" in out.output
    assert "speaker: Mara Lint (pronoun 'She' → Mara Lint, the person in focus)" in out.output
    assert "firm: 'pledged'" in out.output


def test_extract_json_explain_carries_the_trace(tmp_path: Path) -> None:
    path = tmp_path / "ports.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path), "--json", "--explain"])
    data = json.loads(out.stdout)
    assert data["explain"]["commitments"][0]["cue"] == "firm: 'pledged'" and "warnings" not in data


TODO = "To do this week\n\n- Call the plumber.\n- We will paint the fence on Saturday.\n- Both sides should be swept.\n"
RECIPE = "Lemon cake\n\nMix the flour and the butter. Bake for 40 minutes. You should let it cool first.\n"
README = "# Falcon\n\nFalcon converts CSV to JSON. The installer will create a config file. We plan to add YAML.\n"


def test_a_to_do_list_is_no_event_report_and_commits_no_one() -> None:
    for text in (TODO, RECIPE, README):
        result = explain(text)
        assert result.warnings == (NOT_A_REPORT,)
        assert not result.briefing.commitments and not result.briefing.parties and not result.briefing.places


def test_an_event_report_gets_no_warning() -> None:
    assert explain(ARTICLE).warnings == ()
    assert explain("Ports agree\n\nAlba and Borin agreed to open a ferry line, the ministry said.\n").warnings == ()


def test_extract_warns_on_one_stderr_line_and_json_carries_it(tmp_path: Path) -> None:
    path = tmp_path / "todo.txt"
    path.write_text(TODO, encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert out.exit_code == 0
    assert out.stderr.strip() == f"warning: todo.txt: {NOT_A_REPORT}"
    data = json.loads(out.stdout)
    assert data["warnings"] == [NOT_A_REPORT] and data["commitments"] == []


def test_extract_stops_cleanly_on_ctrl_c(tmp_path: Path, monkeypatch) -> None:
    from briefing.cli import export_commands

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_commands, "explain_file", interrupted)
    path = tmp_path / "ports.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(path)])
    assert out.exit_code == 1 and out.stderr.strip() == "Error: stopped; nothing was extracted"


def test_a_guessed_year_is_said_not_silent() -> None:
    text = ("Alba and Borin meet at the 2024 river forum\n\n"
            "Governor Mara Lint of Alba met Mayor Oren Vale of Borin on March 2 in Alba.\n")
    result = explain(text)
    assert result.briefing.event_date == "2024-03-02"
    assert result.warnings == (YEAR_GUESS.format(result.briefing.event_date),)
    assert explain(text, published="2025-03-05").warnings == ()


def test_a_day_the_text_gives_no_year_for_is_said_and_marked_for_review() -> None:
    text = "Alba and Borin meet\n\nGovernor Mara Lint of Alba met Mayor Oren Vale of Borin on March 2 in Alba.\n"
    result = explain(text)
    assert result.briefing.event_date is None and result.briefing.tags == [YEAR_MISSING]
    assert result.warnings == (YEAR_UNKNOWN.format("2 March"),)
    assert explain(text, published="2025-03-05").briefing.tags == []


def test_each_stage_is_announced_in_order() -> None:
    stages: list[str] = []
    explain(ARTICLE, published="2025-03-05", progress=stages.append)
    assert stages == ["splitting sentences", "finding people", "finding statements", "dating the event",
                      "finding commitments"]


def test_a_text_past_the_limit_is_read_up_to_it_and_says_so(monkeypatch) -> None:
    limit = len(ARTICLE)
    monkeypatch.setattr(extraction, "_MAX_CHARS", limit)
    text = ARTICLE + "\nMayor Oren Vale pledged to open a school in Alba.\n"
    result = explain(text, published="2025-03-05")
    assert result.warnings == (TOO_LONG.format(limit, len(text)),)
    assert result.briefing.source.text == text  # the source keeps every character
    assert all(c.end is not None and c.end <= limit for c in result.briefing.commitments)
    assert explain(ARTICLE, published="2025-03-05").warnings == ()


class _Terminal:
    def __init__(self) -> None:
        self.written: list[str | bytes] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str | bytes) -> int:
        self.written.append(text)
        return len(text)

    def text(self) -> str:
        return "".join(x.decode() if isinstance(x, bytes) else x for x in self.written)

    def flush(self) -> None:
        pass


def test_a_long_file_shows_each_stage_on_a_terminal(tmp_path: Path, monkeypatch) -> None:
    from briefing.cli import export_commands

    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 3, encoding="utf-8")
    monkeypatch.setattr(export_commands, "LONG_TEXT", 10)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    show = export_commands._stage_line(path)
    assert show is not None
    show("finding people")
    assert "extracting long.txt" in terminal.text() and "finding people…" in terminal.text()
    monkeypatch.setattr(export_commands, "LONG_TEXT", path.stat().st_size + 1)
    assert export_commands._stage_line(path) is None  # a short file is quick: no stage line


def test_importing_a_to_do_list_says_it_is_no_event_report(tmp_path: Path) -> None:
    path = tmp_path / "todo.txt"
    path.write_text(TODO, encoding="utf-8")
    out = CliRunner().invoke(cli, ["--db", str(tmp_path / "lib.db"), "import", str(path)])
    assert out.exit_code == 0, out.output
    assert f"note: todo.txt: {NOT_A_REPORT}" in out.stderr


def test_the_window_hears_extraction_warnings_once_per_file(tmp_path: Path) -> None:
    from briefing.library.articles import read_and_extract

    path = tmp_path / "todo.txt"
    path.write_text(TODO, encoding="utf-8")
    result = read_and_extract(path)
    assert result.briefing is not None and result.warnings == [NOT_A_REPORT]
