"""Hostile cases on the command line: each ends in one sentence, with nothing lost or left half-made."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.library import Library


def _one_sentence(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


def _bad_record(tmp_path: Path, db: str) -> Path:
    record = json.loads(CliRunner().invoke(cli, ["show", "1", "--json", "--db", db]).output)
    record.pop("id", None)
    bad = dict(record)
    del bad["participants"]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [record] * 25 + [bad]) + "\n", encoding="utf-8")
    return path


def _not_a_pdf(tmp_path: Path, db: str) -> Path:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 this is not a PDF at all\x00\xff")
    return path


def _missing(tmp_path: Path, db: str) -> Path:
    return tmp_path / "missing.json"


@pytest.mark.parametrize("make", [_bad_record, _not_a_pdf, _missing], ids=["bad-record", "unreadable", "missing"])
@pytest.mark.parametrize("inside", ["", "new-folder"])
def test_a_failed_import_into_a_new_library_leaves_no_file(runner, db, tmp_path, make, inside) -> None:
    source = make(tmp_path, db)
    folder = tmp_path / "fresh" / inside if inside else tmp_path / "fresh"
    if not inside:
        folder.mkdir()
    target = folder / "new.sqlite"
    result = runner.invoke(cli, ["import", "--db", str(target), str(source)])
    assert result.exit_code == 1
    assert "nothing was imported" in _one_sentence(result.output)
    if inside:
        assert not (tmp_path / "fresh").exists()  # the folders the import made for it go too
    else:
        assert sorted(p.name for p in folder.iterdir()) == []


def test_a_failed_import_into_an_existing_library_keeps_it_whole(runner, db, tmp_path) -> None:
    before = Library.open(Path(db), read_only=True, claim=False)
    count = before.count()
    before.close()
    result = runner.invoke(cli, ["import", "--db", db, str(_bad_record(tmp_path, db))])
    assert result.exit_code == 1 and "nothing was imported" in result.output
    with Library.open(Path(db), read_only=True, claim=False) as library:
        assert library.count() == count


def test_a_successful_import_into_a_new_library_keeps_it(runner, db, tmp_path) -> None:
    good = tmp_path / "good.json"
    good.write_text(runner.invoke(cli, ["show", "1", "--json", "--db", db]).output, encoding="utf-8")
    target = tmp_path / "made" / "new.sqlite"
    assert runner.invoke(cli, ["import", "--db", str(target), str(good)]).exit_code == 0
    with Library.open(target, read_only=True, claim=False) as library:
        assert library.count() == 1


@pytest.mark.parametrize(("suffix", "args"), [(".pdf", ["1"]), (".json", ["1"]), (".md", ["1"]), (".csv", ["1"]),
                                              (".pdf", ["--follow-up", "Jilin"]), (".csv", ["--follow-up", "Jilin"]),
                                              (".pdf", ["--profile", "Jing Junhai"])],
                         ids=["pdf", "json", "md", "csv", "follow-up-pdf", "follow-up-csv", "profile"])
def test_export_refuses_to_replace_a_read_only_file(runner, db, tmp_path, suffix, args) -> None:
    target = tmp_path / f"kept{suffix}"
    target.write_text("the user's own file", encoding="utf-8")
    target.chmod(0o444)  # root may write it anyway: the refusal reads the mode bits
    result = runner.invoke(cli, ["export", *args, "--db", db, "-o", str(target)])
    assert result.exit_code == 1
    assert _one_sentence(result.output) == f"Error: {target.name} is read-only; nothing was written"
    assert target.read_text(encoding="utf-8") == "the user's own file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_export_replaces_a_writable_file(runner, db, tmp_path) -> None:
    target = tmp_path / "old.md"
    target.write_text("old", encoding="utf-8")
    result = runner.invoke(cli, ["export", "1", "--db", db, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("#")


def test_export_refuses_a_file_this_user_cannot_write(runner, db, tmp_path, monkeypatch) -> None:
    target = tmp_path / "theirs.json"
    target.write_text("{}", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == target and mode & os.W_OK
                        else real(p, mode, **kw))  # as for another user's file under a non-root user
    result = runner.invoke(cli, ["export", "1", "--db", db, "-o", str(target)])
    assert result.exit_code == 1 and "theirs.json is read-only; nothing was written" in result.output
    assert target.read_text(encoding="utf-8") == "{}"


def _damage(path: Path, table: str = "statements") -> None:
    """One overwritten page: the root page of `table`."""
    with Library.open(path, claim=False) as library:
        library.add([library.get(1)] * 3)
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    [root] = conn.execute("select rootpage from sqlite_master where name = ?", (table,)).fetchone()
    page = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xa5" * page)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("args", [["track", "22", "delivered"], ["import", "{good}"], ["review", "2"],
                                  ["delete", "2"], ["people", "--merge", "1", "--merge", "2"],
                                  ["trash", "--empty"], ["commitments", "--help"]],
                         ids=["track", "import", "review", "delete", "merge", "trash", "help"])
def test_a_writing_command_refuses_a_damaged_library(runner, db, tmp_path, args) -> None:
    good = tmp_path / "good.json"
    good.write_text(runner.invoke(cli, ["show", "1", "--json", "--db", db]).output, encoding="utf-8")
    _damage(Path(db))
    before = _digest(Path(db))
    result = runner.invoke(cli, [*[a.replace("{good}", str(good)) for a in args], "--db", db])
    if args[-1] == "--help":
        assert result.exit_code == 0  # help reads nothing
        return
    assert result.exit_code == 1
    said = _one_sentence(result.output)
    assert said.startswith("Error: “lib.sqlite” is damaged (") and "nothing was written to it" in said
    assert "briefing check --repair" in said
    assert _digest(Path(db)) == before
    assert not Path(f"{db}.lock").exists()


def damage_past_opening(path: Path) -> None:
    """Overwrite the table of tables (page 1 past its header): SQLite cannot open the file at all."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    page = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * (page - 100))


@pytest.mark.parametrize("args", [["show", "1"], ["list"], ["search", "jilin"], ["people"], ["commitments"]],
                         ids=["show", "list", "search", "people", "commitments"])
def test_a_reading_command_names_a_library_damaged_past_opening_as_damaged(runner, db, args) -> None:
    """Damage to the file's own description of its tables: SQLite cannot open it at all. It is still a
    damaged library (not "not a Briefing library"), and the sentence says what can be done."""
    damage_past_opening(Path(db))
    result = runner.invoke(cli, [*args, "--db", db])
    assert result.exit_code == 1
    said = _one_sentence(result.output)
    assert said.startswith("Error: “lib.sqlite” is damaged (") and "briefing check --repair" in said
