"""Bytes that are not UTF-8 text inside a library: in a briefing's fields, or in its own description of its tables.

A field another program wrote that way is read with its bad bytes shown as '�': the rest of the
library stays usable. A damaged description of the tables makes SQLite's error message carry those
bytes, and Python raises UnicodeDecodeError where a sqlite3.DatabaseError is expected: every way in
(opening, checking, restoring from it, the command line, the window) must still end in one sentence
and leave the file as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.library import DamagedLibraryError, Library, LibraryError
from briefing.library.safety import restorable
from briefing.store.maintenance import file_version


def unreadable_library(path: Path) -> bytes:
    """A real library, then a table entry whose name holds bytes that are not UTF-8 and whose SQL is broken."""
    Library.open(path, claim=False, seed_sample=True).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = delete")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("insert into sqlite_master (type, name, tbl_name, rootpage, sql) values "
                 "('table', CAST(x'8bfb41' AS TEXT), CAST(x'8bfb41' AS TEXT), 0, 'create table broken(')")
    conn.commit()
    conn.close()
    with pytest.raises(UnicodeDecodeError):  # what plain sqlite3 does with it: the hazard is real
        sqlite3.connect(path).execute("select count(*) from briefings")
    return path.read_bytes()


def test_the_library_says_it_is_damaged_and_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    before = unreadable_library(path)
    assert "description of its own tables is damaged" in Library.check_file(path)[0]
    with pytest.raises(DamagedLibraryError, match="is damaged"):
        Library.open(path, claim=False, check=True)
    with pytest.raises(LibraryError, match="cannot be read"):
        Library.open(path, read_only=True, claim=False)
    assert file_version(path) == 0
    assert "not a sound Briefing library" in (restorable(path) or "")
    assert path.read_bytes() == before


@pytest.mark.parametrize(("args", "said"), [
    (["check"], "is damaged"),
    (["check", "--repair"], "too damaged to salvage"),
    (["list"], "cannot be read"),
    (["search", "trade"], "cannot be read"),
    (["show", "1"], "cannot be read"),
    (["import", "{article}"], "is damaged"),
])
def test_every_command_says_one_sentence(tmp_path: Path, args: list[str], said: str) -> None:
    path = tmp_path / "lib.sqlite"
    before = unreadable_library(path)
    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, [a.replace("{article}", str(article)) for a in args] + ["--db", str(path)])
    assert out.exit_code == 1 and said in out.stderr
    assert "Traceback" not in out.output and len(out.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_it_is_no_backup_to_restore(tmp_path: Path) -> None:
    path, damaged = tmp_path / "lib.sqlite", tmp_path / "old.sqlite"
    Library.open(path, claim=False, seed_sample=True).close()
    unreadable_library(damaged)
    out = CliRunner().invoke(cli, ["restore", str(damaged), "--db", str(path)])
    assert out.exit_code == 1 and "is not a sound Briefing library" in out.stderr
    with Library.open(path, claim=False) as library:
        assert library.count() == 1


def library_with_bad_bytes_in_a_briefing(path: Path) -> None:
    """The sample, with its title, summary and first statement rewritten by another program as bytes
    that are not UTF-8 ('May' + 0xF8, ...)."""
    Library.open(path, claim=False, seed_sample=True).close()
    conn = sqlite3.connect(path)
    conn.execute("update briefings set title = CAST(x'4d6179f8' AS TEXT), summary = CAST(x'53756d8b' AS TEXT)")
    conn.execute("update statements set text = CAST(x'5361696420fe' AS TEXT) where position = 0")
    conn.commit()
    conn.close()


def test_a_briefing_with_bytes_that_are_not_text_is_read_with_replacement_marks(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library_with_bad_bytes_in_a_briefing(path)
    with Library.open(path, claim=False) as library:
        [row] = library.rows(library.ids()).values()
        assert row.title == "May\ufffd"
        briefing = library.get(1)
        assert briefing.summary == "Sum\ufffd" and briefing.statements[0].text == "Said \ufffd"
        found = library.search("ministry")
        assert found.reason is None and found.hits
        assert library.check() == []


@pytest.mark.parametrize("args", [["list"], ["show", "1"], ["search", "ministry"], ["export", "1", "-o", "{pdf}"]])
def test_the_commands_read_a_briefing_with_bytes_that_are_not_text(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "lib.sqlite"
    library_with_bad_bytes_in_a_briefing(path)
    pdf = tmp_path / "one.pdf"
    out = CliRunner().invoke(cli, [a.replace("{pdf}", str(pdf)) for a in args] + ["--db", str(path)])
    assert out.exit_code == 0, out.output
    assert "damaged" not in out.output
    if args[0] == "export":
        assert pdf.read_bytes().startswith(b"%PDF")
