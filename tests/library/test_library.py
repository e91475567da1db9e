"""The Library without Qt: opening, importing all or nothing, drafts, saving, edits, export, claims."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.core import DRAFT, Briefing
from briefing.library import COMMAND, WINDOW, Claim, EditError, Library, LibraryError
from briefing.library import edit_commands as edits
from briefing.library.claim import lock_path, read_holder

ARTICLE = ("Harbour towns agree on a ferry\n\nMayor Anna Berg met Mayor Tom Reed in Northvale on "
           "12 April 2025.\n\n\u201cWe will open the ferry line by June,\u201d Berg said.\n")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    opened = Library.open(tmp_path / "lib.sqlite", claim=False, seed_sample=True)
    yield opened
    opened.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_library_gets_the_sample_and_a_named_one_starts_empty(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("BRIEFING_DB", raising=False)
    monkeypatch.setattr("briefing.library.paths.default_db_path", lambda: tmp_path / "default.sqlite")
    with Library.open() as default:
        assert default.count() == 1 and default.path == tmp_path / "default.sqlite"
    with Library.open(tmp_path / "named.sqlite") as named:
        assert named.count() == 0
    with pytest.raises(LibraryError, match="no such library"):
        Library.open(tmp_path / "absent.sqlite", must_exist=True)


def test_an_imported_article_is_a_draft_and_a_bad_file_imports_nothing(library, tmp_path) -> None:
    article = write(tmp_path / "ferry.txt", ARTICLE)
    result = library.import_files([article])
    assert len(result.ids) == 1 and result.to_check == result.ids
    assert library.get(result.ids[0]).is_draft and DRAFT not in library.get(result.ids[0]).tags
    before = library.count()
    broken = write(tmp_path / "broken.json", "{not json")
    with pytest.raises(LibraryError, match="broken.json"):
        library.import_files([article, broken])
    assert library.count() == before  # all or nothing


def test_saving_a_reviewed_draft_clears_its_mark_and_a_wrong_briefing_is_not_saved(library, tmp_path) -> None:
    draft_id = library.import_files([write(tmp_path / "ferry.txt", ARTICLE)]).ids[0]
    draft = library.get(draft_id)
    library.save(draft, reviewed_from=draft)
    saved = library.get(draft_id)
    assert not saved.is_draft and saved.reviewed_at and library.drafts() == []
    with pytest.raises(EditError, match="title"):
        library.save(replace(library.get(draft_id), title="  "))
    assert library.get(draft_id).title == draft.title


def test_an_edit_applies_and_reverts(library) -> None:
    briefing_id = library.ids()[0]
    edit = edits.set_briefing_field(library.get(briefing_id), "title", "A new title")
    assert edit.text == "Change title" and edit.changes_anything
    library.apply(edit)
    assert library.get(briefing_id).title == "A new title"
    library.revert(edit)
    assert library.get(briefing_id).title == edit.before.title


def test_a_hand_marked_commitment_takes_the_extractors_firmness(library) -> None:
    text = "Opening.\n\nThe two mayors hope to open a ferry line.\n\nThe city will build a pier."
    briefing = Briefing(title="Ferry", source=replace(library.get(library.ids()[0]).source, text=text))
    hope, firm = text.index("The two"), text.index("The city")
    assert edits.add_commitment(briefing, hope, text.index(".", hope) + 1).after.commitments[0].firmness == "hope"
    assert edits.add_commitment(briefing, firm, len(text)).after.commitments[0].firmness == "firm"


def test_export_writes_each_briefing_once_and_refuses_an_unknown_format(library, tmp_path) -> None:
    first = library.ids()[0]
    out = library.export([first, first, first], tmp_path / "out.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data["id"] == first  # one briefing: one object, not three
    with pytest.raises(LibraryError, match="must end in"):
        library.export([first], tmp_path / "out.docx")


def test_a_read_only_library_refuses_writes_in_a_sentence(library) -> None:
    with Library.open(library.path, read_only=True) as reader:
        assert reader.count() == library.count()
        with pytest.raises(LibraryError, match="read-only"):
            reader.delete(reader.ids())


def test_a_writing_command_leaves_a_windows_library_alone(tmp_path) -> None:
    path = tmp_path / "lib.sqlite"
    window = Claim.take(path, WINDOW)
    assert window is not None and read_holder(path).role == WINDOW
    try:
        with pytest.raises(LibraryError, match="open in a Briefing window"):
            Library.open(path)
        with Library.open(path, claim=False) as reader:  # reading needs no claim
            assert reader.count() == 0
    finally:
        window.release()
    assert not lock_path(path).exists()
    with Library.open(path) as writer:
        assert writer.claim is not None and read_holder(path).role == COMMAND
    assert not lock_path(path).exists()


def test_a_writing_command_waits_for_another_command(tmp_path) -> None:
    path = tmp_path / "lib.sqlite"
    other = Claim.take(path, COMMAND)
    assert other is not None
    waited: list[object] = []
    threading.Timer(0.3, other.release).start()
    started = time.monotonic()
    with Library.open(path, on_wait=waited.append) as writer:
        assert writer.claim is not None
    assert waited and time.monotonic() - started >= 0.25


def test_a_claim_left_by_a_dead_process_is_taken_over(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "lib.sqlite"
    code = ("import os, sys\nfrom briefing.library import Claim\n"
            "claim = Claim.take(sys.argv[1], 'window')\nos._exit(0 if claim else 5)\n")
    assert subprocess.run([sys.executable, "-c", code, str(path)], timeout=60).returncode == 0
    assert lock_path(path).exists()  # the file stays, its lock died with the process
    claim = Claim.take(path, COMMAND)
    assert claim is not None
    claim.release()


def test_drafts_added_together_are_marked(library) -> None:
    sample = library.get(library.ids()[0])
    result = library.add([replace(sample, title="One"), replace(sample, title="Two")], drafts=True)
    assert all(library.get(i).is_draft for i in result.ids) and library.drafts() == result.ids[::-1]
    assert isinstance(library.get(result.ids[0]), Briefing)


def test_delete_moves_to_the_trash_and_it_can_be_put_back(library) -> None:
    first = library.ids()[0]
    original = library.get(first)
    assert library.delete([first, first]) == 1 and library.count() == 0
    [item] = library.trashed()
    assert item.briefing_id == first and item.title == original.title
    assert library.untrash([item.trash_id]) == [first]
    assert library.get(first) == original and library.trashed() == []
    assert library.search("Stefano").hits  # indexed again
    library.delete([first])
    assert library.empty_trash(older_than_days=30) == 0  # deleted just now: kept
    assert library.empty_trash() == 1 and library.trashed() == []


def test_an_export_is_written_whole_or_not_at_all(library, tmp_path, monkeypatch) -> None:
    target = tmp_path / "book.md"
    target.write_text("the old export", encoding="utf-8")

    def failing(briefings, path):  # type: ignore[no-untyped-def]
        Path(path).write_text("half a", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefing.export.export_markdown", failing)
    with pytest.raises(LibraryError, match="No space left on device"):
        library.export(library.ids(), target)
    assert target.read_text(encoding="utf-8") == "the old export"
    assert not any(p.name.startswith(".book.md.partial") for p in tmp_path.iterdir())


def test_marking_reviewed_is_an_edit_that_reverts(library) -> None:
    draft_id = library.add([library.get(1)], drafts=True).ids[0]
    [edit] = library.mark_reviewed([draft_id, draft_id], by="A. Reviewer")
    marked = library.get(draft_id)
    assert not marked.is_draft and marked.reviewed_by == "A. Reviewer" and marked.reviewed_at
    assert library.mark_reviewed([draft_id]) == []  # already reviewed: nothing to do
    assert library.search("review:draft Stefano").hits == []
    library.revert(edit)
    assert library.get(draft_id).is_draft and library.drafts() == [draft_id]
    assert {hit.briefing_id for hit in library.search("review:draft Stefano").hits} == {draft_id}
