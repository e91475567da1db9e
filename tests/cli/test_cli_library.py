"""The command line shares the window's rules: its claim on a library, drafts, and JSON a program can read."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.cli import cli
from briefing.library import COMMAND, WINDOW, Claim


def write_article(tmp_path: Path) -> Path:
    article = tmp_path / "ferry.txt"
    article.write_text("Towns agree on ferry\n\nMayor Anna Berg met Mayor Tom Reed in Northvale on 12 April 2025."
                       "\n\n\u201cWe will open the ferry line,\u201d Berg said.\n", encoding="utf-8")
    return article


def test_import_goes_in_beside_a_window_but_restore_leaves_its_library_alone(runner, db, tmp_path) -> None:
    window = Claim.take(db, WINDOW)
    assert window is not None
    try:
        result = runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db])
        assert result.exit_code == 0 and "imported 1 briefing" in result.output  # adding is safe beside it
        backup = tmp_path / "copy.sqlite"
        assert runner.invoke(cli, ["backup", "--to", str(backup), "--db", db]).exit_code == 0  # reading too
        refused = runner.invoke(cli, ["restore", str(backup), "--db", db])
        assert refused.exit_code == 1 and "open in a Briefing window" in refused.output
        assert refused.output.strip().count("\n") == 0 and "Traceback" not in refused.output
    finally:
        window.release()
    assert runner.invoke(cli, ["restore", str(backup), "--db", db]).exit_code == 0


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
    assert "To check: A draft, not reviewed yet" in runner.invoke(cli, ["show", "2", "--db", db]).output


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


def test_check_backup_backups_and_restore(runner, db, tmp_path) -> None:
    checked = runner.invoke(cli, ["check", "--db", db])
    assert checked.exit_code == 0 and "holds 1 briefing(s)" in checked.output
    made = runner.invoke(cli, ["backup", "--db", db])
    assert made.exit_code == 0 and "/backups/" in made.output
    listed = runner.invoke(cli, ["backups", "--db", db])
    assert listed.exit_code == 0 and "      1 briefing  " in listed.output and "manual" in listed.output
    backup = Path(made.output.split("backed up to ", 1)[1].strip())
    assert runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db]).exit_code == 0
    restored = runner.invoke(cli, ["restore", str(backup), "--db", db])
    assert restored.exit_code == 0 and "(1 briefing(s))" in restored.output
    assert len(json.loads(runner.invoke(cli, ["list", "--json", "--db", db]).output)) == 1
    assert runner.invoke(cli, ["check", "--repair", "--db", db]).output.strip() == "the search index was rebuilt"


def test_restore_refuses_what_is_not_a_library_and_backup_will_not_overwrite(runner, db, tmp_path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("shopping list", encoding="utf-8")
    refused = runner.invoke(cli, ["restore", str(junk), "--db", db])
    assert refused.exit_code == 1 and "not a sound Briefing library" in refused.output
    taken = runner.invoke(cli, ["backup", "--to", str(junk), "--db", db])
    assert taken.exit_code == 1 and "already exists" in taken.output
    assert junk.read_text(encoding="utf-8") == "shopping list"


def test_a_damaged_library_gets_one_line_from_every_command(runner, db, tmp_path) -> None:
    path = Path(db)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 4096, 4096):
        data[offset:offset + 64] = bytes(64)
    path.write_bytes(bytes(data))
    for args in (["list"], ["show", "1"], ["search", "ferry"], ["check"], ["export", "1", "--json"],
                 ["import", str(write_article(tmp_path))]):
        result = runner.invoke(cli, [*args, "--db", db])
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output and result.output.strip().count("\n") == 0, (args, result.output)


def test_a_format_number_that_is_not_a_number_gets_one_line(runner, db) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("update meta set value = 'three' where key = 'schema_version'")
    conn.close()
    for args in (["list"], ["search", "Stefano"], ["show", "1"], ["import", str(write_article(Path(db).parent))]):
        result = runner.invoke(cli, [*args, "--db", db])  # reading still works; writing is refused
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, (args, result.output)
        assert result.exit_code == 0 or "is not a number" in result.output, (args, result.output)
    checked = runner.invoke(cli, ["check", "--db", db])
    assert checked.exit_code == 1 and "is not a number" in checked.output


def test_what_reading_repaired_is_said_as_a_note(runner, db, tmp_path) -> None:
    article = tmp_path / "repaired.txt"
    article.write_bytes("Towns agree\n\nMayor Anna Berg met Mayor Tom Reed in Northvale on 12 April 2025. "
                        "Caf\u00e9 owners in Z\u00fcrich, na\u00efve \u00e9l\u00e8ves, \u00e0 bient\u00f4t. "
                        .encode() + b"\xff" + " \u201cWe will open the ferry line,\u201d Berg said.\n".encode())
    for command in (["extract", str(article)], ["import", str(article), "--db", db]):
        result = runner.invoke(cli, command)
        assert result.exit_code == 0, result.output
        assert "note: repaired.txt: 1 invalid UTF-8 byte sequence was replaced" in result.stderr


def test_delete_goes_to_the_trash_and_comes_back(runner, db) -> None:
    assert runner.invoke(cli, ["delete", "1", "--db", db]).exit_code == 0
    assert json.loads(runner.invoke(cli, ["list", "--json", "--db", db]).output) == []
    listed = runner.invoke(cli, ["trash", "--db", db])
    assert "(was #1)" in listed.output
    trash_id = listed.output.split()[0]
    assert runner.invoke(cli, ["trash", "--restore", trash_id, "--db", db]).exit_code == 0
    assert [row["id"] for row in json.loads(runner.invoke(cli, ["list", "--json", "--db", db]).output)] == [1]
    missing = runner.invoke(cli, ["delete", "1", "99", "--db", db])
    assert missing.exit_code == 1 and "no briefing with id 99; nothing was deleted" in missing.output


def test_a_library_that_cannot_be_written_is_still_read(runner, db, tmp_path, monkeypatch) -> None:
    import os

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK else real_access(path, mode))
    assert runner.invoke(cli, ["list", "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["export", "1", "-o", str(tmp_path / "b.md"), "--db", db]).exit_code == 0
    refused = runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db])
    assert refused.exit_code == 1 and "cannot be written here" in refused.output
    assert refused.output.strip().count("\n") == 0


def test_review_and_list_drafts(runner, db, tmp_path) -> None:
    assert runner.invoke(cli, ["import", str(write_article(tmp_path)), "--db", db]).exit_code == 0
    drafts = runner.invoke(cli, ["list", "--drafts", "--db", db]).output
    assert drafts.split()[0] == "2" and "draft" in drafts and len(drafts.splitlines()) == 1
    marked = runner.invoke(cli, ["review", "2", "1", "--by", "Ana", "--db", db])
    assert marked.exit_code == 0 and "marked 1 briefing(s) as reviewed; 1 already were" in marked.output
    assert runner.invoke(cli, ["list", "--drafts", "--db", db]).stdout == ""
    assert "Review:  reviewed by Ana on " in runner.invoke(cli, ["show", "2", "--db", db]).output


def test_an_article_imported_again_is_caught(runner, db, tmp_path) -> None:
    article = write_article(tmp_path)
    assert runner.invoke(cli, ["import", str(article), "--db", db]).exit_code == 0
    again = runner.invoke(cli, ["import", str(article), "--db", db])
    assert again.exit_code == 0 and "imported 0 briefings" in again.output
    assert "already in the library as #2, imported" in again.stderr and "(the same text)" in again.stderr
    reworded = tmp_path / "reworded.txt"  # the same title, the same sentences but for spacing and quotes
    reworded.write_text(article.read_text(encoding="utf-8").replace("  ", " ").replace("\u201c", '"')
                        .replace("\u201d", '"') + "\nA line added at the end of the page, with a few words.\n",
                        encoding="utf-8")
    near = runner.invoke(cli, ["import", str(reworded), "--db", db])
    assert "imported 0 briefings" in near.output and "already in the library as #2" in near.stderr
    replaced = runner.invoke(cli, ["import", str(reworded), "--duplicates", "replace", "--db", db])
    assert replaced.exit_code == 0 and "replaced 1 briefing(s) with their new text: 2" in replaced.output
    assert "A line added at the end" in runner.invoke(cli, ["show", "2", "--json", "--db", db]).output
    kept = runner.invoke(cli, ["import", str(article), "--duplicates", "keep", "--db", db])
    assert "imported 1 briefing (id 3)" in kept.output


def test_page_size_is_read_in_any_case_and_csv_speaks_words(runner, db, tmp_path) -> None:
    import csv

    pdf = runner.invoke(cli, ["export", "1", "-o", str(tmp_path / "a.pdf"), "--page-size", "a4", "--db", db])
    assert pdf.exit_code == 0, pdf.output
    assert runner.invoke(cli, ["export", "1", "-o", str(tmp_path / "c.csv"), "--db", db]).exit_code == 0
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {row["status"] for row in rows} == {"not rated"} and "due_phrase" in rows[0]
