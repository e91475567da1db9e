"""`briefing export ID -o x.json` then `briefing import x.json` elsewhere: the status history, uid and duplicates."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import cli
from briefing.store import Store


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_a_tracked_commitment_keeps_its_history_and_uid_in_another_library(tmp_path: Path) -> None:
    source, target = str(tmp_path / "source.sqlite"), str(tmp_path / "target.sqlite")
    Store(Path(source), seed_sample=True).close()
    Store(Path(target)).close()
    code, output = run("commitments", "--json", "--db", source, "--sort", "oldest")
    first = json.loads(output)[0]
    assert run("track", str(first["id"]), "in", "progress", "--note", "a site was chosen", "--date", "2020-09-01",
               "--db", source)[0] == 0
    assert run("track", str(first["id"]), "stalled", "--evidence", "https://example.org/x", "--db", source)[0] == 0
    code, output = run("export", "1", "--json", "--db", source)
    assert code == 0 and [e["status"] for e in json.loads(output)["commitments"][0]["history"]] == [
        "in_progress", "stalled"]
    out = tmp_path / "x.json"
    assert run("export", "1", "-o", str(out), "--db", source)[0] == 0
    code, output = run("import", str(out), "--db", target)
    assert code == 0 and "imported 1 briefing" in output
    code, output = run("track", first["uid"], "--db", target)
    assert code == 0 and "2020-09-01  in progress — a site was chosen" in output
    assert "stalled (evidence: https://example.org/x)" in output
    code, output = run("import", str(out), "--duplicates", "skip", "--db", target)
    assert code == 0 and "imported 0 briefings" in output and "already in the library as #1" in output
    code, output = run("import", str(out), "--duplicates", "replace", "--db", target)
    assert code == 0 and "replaced 1 briefing(s)" in output
    code, output = run("track", first["uid"], "--db", target)
    assert output.count("a site was chosen") == 1
    code, output = run("import", str(out), "--db", target)  # without --duplicates a record is kept, as before
    assert code == 0 and "imported 1 briefing (id 2)" in output
