"""`briefing commitments`, `briefing track` and `briefing export --follow-up`: hostile input first."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from briefing.store import Store


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.output


def ids(runner: CliRunner, db: str) -> list[int]:
    code, output = run(runner, "commitments", "--json", "--db", db, "--sort", "oldest")
    assert code == 0
    return [record["id"] for record in json.loads(output)]


def test_bad_input_is_one_sentence(runner: CliRunner, db: str) -> None:
    first = str(ids(runner, db)[0])
    for args, message in [
        (("track", first, "finished"), "Error: “finished” is not a status; use one of: not started, in progress, "
                                       "delivered, partly delivered, stalled, dropped"),
        (("track", "4242", "delivered"), "Error: no commitment with id 4242"),
        (("track", "4242"), "Error: no commitment with id 4242"),
        (("track", first, "delivered", "--date", "May 5"), "Error: --date May 5 is not a date (write YYYY-MM-DD)"),
        (("track", first, "delivered", "--date", "2021-02-30"), "Error: 2021-02-30 is not a day of the calendar"),
        (("track", first, "delivered", "--date", "2020-05-12"),
         "Error: the date 2020-05-12 is before the commitment was made (2020-05-13)"),
        (("track", first, "delivered", "--evidence", "99"), "Error: no briefing with id 99 to cite as evidence"),
        (("commitments", "--status", "done"), "Error: “done” is not a status; use one of: stalled, not started, "
                                              "in progress, partly delivered, not rated, delivered, dropped"),
        (("commitments", "--since", "2020"), "Error: --since 2020 is not a date (write YYYY-MM-DD)"),
        (("commitments", "--until", "2021-02-30"), "Error: 2021-02-30 is not a day of the calendar"),
        (("export", "--follow-up", "Jilin", "-o", "/nonexistent/folder/r.pdf"),
         "Error: /nonexistent/folder/r.pdf: cannot write (No such file or directory)"),
        (("export", "--follow-up", "Atlantis", "-o", "r.pdf"),
         "Error: no commitment in the library was made at an event with “Atlantis” among its parties"),
    ]:
        code, output = run(runner, *args, "--db", db)
        assert code == 1 and output.strip() == message, output
    for args in (("export", "--follow-up", "Jilin", "-o", "r.txt"), ("export", "--with", "Italy", "-o", "r.pdf"),
                 ("export", "1", "--follow-up", "Jilin", "-o", "r.pdf"), ("export",), ("track", first, "--note", "x")):
        code, output = run(runner, *args, "--db", db)
        assert code == 2 and "Traceback" not in output and output.strip().splitlines()[-1].startswith("Error:")


def test_track_then_list_and_history(runner: CliRunner, db: str) -> None:
    first = str(ids(runner, db)[0])
    code, output = run(runner, "track", first, "in", "progress", "--note", "a site was chosen", "--date",
                       "2020-09-01", "--db", db)
    assert code == 0 and output.strip() == (f"commitment {first} is in progress as of 2020-09-01 "
                                            "(1 entry in its history)")
    code, output = run(runner, "track", first, "partly_delivered", "--evidence", "https://example.org/x", "--db", db)
    assert code == 0 and "(2 entries in its history)" in output
    code, output = run(runner, "track", first, "--db", db)
    assert code == 0 and "2020-09-01  in progress — a site was chosen" in output
    assert "partly delivered (evidence: https://example.org/x)" in output
    code, output = run(runner, "commitments", "--status", "partly delivered", "--json", "--db", db)
    (record,) = json.loads(output)
    assert record["id"] == int(first) and record["status"] == "partly_delivered" and record["event_date"]
    code, output = run(runner, "commitments", "--party", "emilia", "--db", db)
    assert code == 0 and "[partly delivered]" in output and output.count("[not rated]") == 6


def test_overdue_listing(runner: CliRunner, db: str) -> None:
    with Store(db) as store:
        briefing = store.get(1)
        briefing.commitments[0].due = "2021-01-31"
        store.update(briefing)
    code, output = run(runner, "commitments", "--overdue", "--db", db)
    assert code == 0 and "[not rated, OVERDUE] due 2021-01-31" in output
    first = str(ids(runner, db)[0])
    run(runner, "track", first, "delivered", "--db", db)
    code, output = run(runner, "commitments", "--overdue", "--json", "--db", db)
    assert json.loads(output) == []


def test_follow_up_report_pdf_and_csv(runner: CliRunner, db: str, tmp_path: Path) -> None:
    first = str(ids(runner, db)[0])
    run(runner, "track", first, "stalled", "--note", "waiting for the budget", "--date", "2021-02-02", "--db", db)
    pdf = tmp_path / "report.pdf"
    code, output = run(runner, "export", "--follow-up", "Jilin", "--with", "Emilia-Romagna", "-o", str(pdf), "--db", db)
    assert code == 0 and output.strip() == f"wrote {pdf}"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Commitments between Jilin and Emilia-Romagna, as of" in text
    assert "Stalled (1)" in text and "waiting for the budget" in text and "Not rated (6)" in text
    csv_path = tmp_path / "report.csv"
    code, _ = run(runner, "export", "--follow-up", "jilin", "-o", str(csv_path), "--db", db)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert code == 0 and lines[0].startswith("group,id,status,overdue,actor") and len(lines) == 8
    assert lines[1].startswith(f"stalled,{first},stalled,,")


def test_progress_links_both_ways(runner: CliRunner, db: str, tmp_path: Path) -> None:
    later = tmp_path / "later.json"
    later.write_text(json.dumps({"schema": "briefing/1", "title": "Silk EV centre opens", "event_date": "2021-04-01",
                                 "parties": ["Jilin province"], "source": {"text": "The Silk EV centre opened."},
                                 "participants": [], "statements": [], "commitments": []}))
    assert run(runner, "import", str(later), "--db", db)[0] == 0
    first = str(ids(runner, db)[0])
    code, output = run(runner, "track", first, "in progress", "--evidence", "2", "--db", db)
    assert code == 0
    code, output = run(runner, "track", first, "--db", db)
    assert "(evidence: Silk EV centre opens)" in output
    code, output = run(runner, "commitments", "--progress-in", "2", "--json", "--db", db)
    assert [record["id"] for record in json.loads(output)] == [int(first)]
    code, output = run(runner, "commitments", "--progress-in", "77", "--db", db)
    assert code == 1 and output.strip() == "Error: no briefing with id 77"


def test_a_back_dated_status_tells_the_truth(runner: CliRunner, db: str) -> None:
    first = str(ids(runner, db)[0])
    assert run(runner, "track", first, "delivered", "--date", "2024-12-06", "--db", db)[0] == 0
    code, output = run(runner, "track", first, "stalled", "--date", "2020-07-01", "--db", db)
    assert code == 0 and output.strip() == (f"commitment {first} entered stalled as of 2020-07-01; its status stays "
                                            "delivered, from a later entry of 2024-12-06 (2 entries in its history)")


def test_listing_words(runner: CliRunner, db: str) -> None:
    with Store(db) as store:
        briefing = store.get(1)
        briefing.commitments[0].due_text = "This year"
        briefing.commitments[1].due_text = "May 2022"
        store.update(briefing)
    result = runner.invoke(cli, ["commitments", "--limit", "2", "--sort", "oldest", "--db", db])
    assert result.exit_code == 0 and "due this year" in result.stdout and "due May 2022" in result.stdout
    assert result.stderr.strip() == "showing 2 of 7 commitments (--limit 7 shows them all)"
    help_text = run(runner, "commitments", "--help")[1]
    assert "--firmness [firm|proposal|hope]" in help_text and "Only this firmness (repeatable)" in help_text
    assert "organisation or country" in help_text  # --party matches as search's party: does
    assert "still open" in " ".join(help_text.split())  # --overdue: a dropped one is not overdue
    assert "organisation or country" in " ".join(run(runner, "export", "--help")[1].split())


def test_party_matches_participants_countries(runner: CliRunner, db: str, tmp_path: Path) -> None:
    code, output = run(runner, "commitments", "--party", "China", "--json", "--db", db)
    assert code == 0 and len(json.loads(output)) == 7  # no event names China; its participants do
    code, output = run(runner, "export", "--follow-up", "China", "-o", str(tmp_path / "r.csv"), "--db", db)
    assert code == 0
