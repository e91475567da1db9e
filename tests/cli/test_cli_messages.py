"""What a newcomer reads on the terminal: id lists as ranges, empty lists said so, help that names every option."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

from briefing.cli import cli, id_ranges
from briefing.library import Library, LibraryError


def test_id_ranges_join_runs_of_consecutive_ids() -> None:
    assert id_ranges([]) == ""
    assert id_ranges([7]) == "7"
    assert id_ranges([2, 3]) == "2–3"
    assert id_ranges([5, 2, 3, 4, 9, 11, 12, 12]) == "2–5, 9, 11–12"


def test_a_large_import_names_its_drafts_as_ranges_not_hundreds_of_ids(runner, db, tmp_path) -> None:
    record = json.loads(runner.invoke(cli, ["show", "1", "--json", "--db", db]).output)
    record.pop("id", None)
    lines = []
    for number in range(120):
        copy = dict(record, title=f"{record['title']} {number}", review="draft")
        lines.append(json.dumps(copy, ensure_ascii=False))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(batch), "--db", db])
    assert result.exit_code == 0, result.output
    assert "imported 120 briefings (ids 2–121)" in result.stdout
    assert "to check (see `briefing show ID`): 2–121\n" in result.stderr


def test_an_empty_list_says_so_on_stderr(runner, tmp_path) -> None:
    path = tmp_path / "empty.sqlite"
    Library.open(path, claim=False, seed_sample=False).close()
    empty = runner.invoke(cli, ["list", "--db", str(path)])
    assert empty.exit_code == 0 and empty.stdout == "" and "the library is empty" in empty.stderr
    assert runner.invoke(cli, ["list", "--json", "--db", str(path)]).stdout.strip() == "[]"
    jsonl = runner.invoke(cli, ["list", "--jsonl", "--db", str(path)])
    assert jsonl.stdout == "" and jsonl.stderr == ""  # a program reading lines gets none, and no chatter


def test_no_drafts_is_said_and_drafts_are_listed(runner, db) -> None:
    reviewed = runner.invoke(cli, ["list", "--drafts", "--db", db])
    assert reviewed.stdout == "" and "no drafts: every briefing has been reviewed" in reviewed.stderr
    assert "the library is empty" not in runner.invoke(cli, ["list", "--db", db]).stderr


def test_merge_and_split_say_how_to_undo_them_here_not_in_a_window(runner, db) -> None:
    with Library.open(db, claim=False) as library:  # a second event with the same people, so a split has a part
        second = copy.deepcopy(library.get(1))
        second.id, second.title, second.event_date = None, "Second meeting", "2021-03-01"
        second.source.text = f"{second.source.text} (2)"
        library.save(second)
    ids = {row["name"]: row["id"] for row in json.loads(runner.invoke(cli, ["people", "--json", "--db", db]).output)}
    colla, stefano = ids["Vincenzo Colla"], ids["Manlio Di Stefano"]
    merged = runner.invoke(cli, ["people", "--merge", str(colla), "--merge", str(stefano), "--db", db])
    assert merged.exit_code == 0 and "window" not in merged.output
    kept = min(colla, stefano)
    assert f"`briefing people --split {kept} --from BRIEFING_ID` takes a briefing's part out again" in merged.output
    split = runner.invoke(cli, ["people", "--split", str(kept), "--from", "2", "--db", db])
    assert split.exit_code == 0 and "window" not in split.output
    new = int(split.output.split("as person ")[1].split(";")[0])
    assert f"`briefing people --merge {kept} --merge {new}` puts them together again" in split.output
    again = runner.invoke(cli, ["people", "--merge", str(kept), "--merge", str(new), "--db", db])  # what it said
    assert again.exit_code == 0, again.output


def test_help_names_every_search_filter_and_the_date_options_form(runner) -> None:
    search_help = " ".join(runner.invoke(cli, ["search", "--help"]).output.split())
    for word in ("speaker:", "party:", "person:", "kind:", "status:", "firmness:", "review:", "tag:", "after:",
                 "before:"):
        assert word in search_help, word
    for command in ("import", "extract"):
        assert "--published YYYY-MM-DD" in runner.invoke(cli, [command, "--help"]).output, command
    assert "one-page" not in runner.invoke(cli, ["export", "--help"]).output


@pytest.mark.parametrize("args", [["1", "-o", "{out}.pdf"], ["--follow-up", "Jilin", "-o", "{out}.pdf"],
                                  ["--profile", "Jing Junhai", "-o", "{out}.pdf"]])
def test_ctrl_c_during_an_export_is_one_sentence_and_leaves_no_file(runner, db, tmp_path, monkeypatch, args) -> None:
    from briefing.library import Library as LibraryClass

    def interrupted(*_args, **_kwargs):  # as Ctrl-C arrives while the PDF is being built
        raise KeyboardInterrupt

    for method in ("export", "export_follow_up", "export_profile"):
        monkeypatch.setattr(LibraryClass, method, interrupted)
    out = tmp_path / "book"
    result = runner.invoke(cli, ["export", *[a.format(out=out) for a in args], "--db", db])
    assert result.exit_code == 1 and result.output == "Error: stopped; book.pdf was not written\n"
    assert not (tmp_path / "book.pdf").exists()


@pytest.mark.parametrize("error", [sqlite3.DatabaseError("database disk image is malformed"),
                                   sqlite3.OperationalError("database or disk is full"),
                                   LibraryError("“lib.sqlite” is damaged (database disk image is malformed)")])
def test_a_library_failing_under_any_command_is_one_sentence_not_a_traceback(runner, db, tmp_path, monkeypatch,
                                                                               error) -> None:
    # a file damaged since it was last checked fails only when a command reaches the bad page: search and
    # import printed SQLite's (or the library's) exception with a traceback
    def failing(*_args, **_kwargs):
        raise error

    for method in ("search", "import_files", "commitment_page"):
        monkeypatch.setattr(Library, method, failing)
    article = tmp_path / "a.txt"
    article.write_text("Towns agree on ferry\n\nMayor Anna Berg met Mayor Tom Reed on 12 April 2025.\n",
                       encoding="utf-8")
    for args in (["search", "ferry"], ["import", str(article)], ["commitments"]):
        result = runner.invoke(cli, [*args, "--db", db])
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), (args, result.exception)
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
        assert str(error) in result.output and "Traceback" not in result.output


def test_a_writing_command_on_a_large_library_says_it_checks_it_first(runner, db, monkeypatch) -> None:
    import sys

    from briefing import cli as cli_module

    monkeypatch.setattr(cli_module, "SAY_CHECKING_FROM", 0)  # every library counts as large
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    told: list[str] = []
    monkeypatch.setattr(cli_module.click, "echo", lambda text="", **kwargs: told.append(str(text)))
    with cli_module.saying_while_long(db, "checking the library for damage first…"):
        told.append("(the check)")
    assert told[0] == "\rchecking the library for damage first…" and told[1] == "(the check)"
    assert told[2].strip() == "" and told[2].endswith("\r")  # the line is cleared after
    told.clear()
    monkeypatch.setattr(cli_module, "SAY_CHECKING_FROM", 10**12)  # a small library: nothing said
    with cli_module.saying_while_long(db, "checking the library for damage first…"):
        pass
    assert told == []
