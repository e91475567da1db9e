"""Reading ahead in a helper thread: every item in order, errors in their place, nothing left running."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.core import briefing_to_dict
from briefing.library import Library, LibraryError
from briefing.library.read_ahead import CHUNK, CHUNKS_AHEAD, read_ahead
from tests.synthetic import synthetic_briefing

MANY = CHUNK * CHUNKS_AHEAD * 3 + 7


def helpers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "briefing-read-ahead"]


def test_every_item_comes_in_order() -> None:
    assert list(read_ahead(iter(range(MANY)))) == list(range(MANY))
    assert list(read_ahead(iter([]))) == []
    assert not helpers()


def test_an_error_is_raised_in_its_place_after_the_items_before_it() -> None:
    def items() -> Iterator[int]:
        yield from range(MANY - 3)
        raise ValueError("record 1234 is bad")

    got: list[int] = []
    with pytest.raises(ValueError, match="record 1234 is bad"):
        for item in read_ahead(items()):
            got.append(item)
    assert got == list(range(MANY - 3))
    assert not helpers()


def test_a_caller_that_stops_early_stops_the_helper_and_closes_the_items() -> None:
    closed = threading.Event()

    def items() -> Iterator[int]:
        try:
            yield from range(10**9)
        finally:
            closed.set()

    ahead = read_ahead(items())
    assert [next(ahead) for _ in range(5)] == list(range(5))
    ahead.close()
    assert closed.is_set() and not helpers()


def write_records(path: Path, count: int, bad_at: int | None = None) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, count + 1):
            record = briefing_to_dict(synthetic_briefing(number), with_id=False)
            if number == bad_at:
                record["participants"] = "nobody"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_a_bad_record_far_into_a_file_read_ahead_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    source = write_records(tmp_path / "many.jsonl", 1500, bad_at=1400)
    with Library.open(tmp_path / "lib.sqlite", claim=False) as library:
        before = library.count()
        with pytest.raises(LibraryError, match="record 1400"):
            library.import_files([source])
        assert library.count() == before
    assert not helpers()


def test_progress_is_told_on_the_caller_s_thread(tmp_path: Path) -> None:
    first = write_records(tmp_path / "a.jsonl", 30)
    second = write_records(tmp_path / "b.jsonl", 450)
    told: list[tuple[int, str, str]] = []
    written: list[int] = []
    with Library.open(tmp_path / "lib.sqlite", claim=False) as library:
        result = library.import_files(
            [first, second], progress=lambda n, path: told.append((n, path.name, threading.current_thread().name)),
            written=written.append)
        assert len(result.ids) == 480 and library.count() == 480
        titles = [library.get(i).title for i in (result.ids[0], result.ids[30], result.ids[-1])]
    main = threading.current_thread().name
    assert told == [(1, "a.jsonl", main), (2, "b.jsonl", main)]
    assert written == [100, 200, 300, 400, 480]
    assert titles == [synthetic_briefing(n).title for n in (1, 1, 450)]


def test_many_briefings_added_at_once_are_made_ready_ahead_and_keep_their_histories(tmp_path: Path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.core import Commitment
    from briefing.core.model import StatusEntry
    from briefing.library.importing import READ_AHEAD_FROM
    from briefing.store import batch_writing

    briefings = [synthetic_briefing(n) for n in range(1, READ_AHEAD_FROM + 151)]
    for number, briefing in enumerate(briefings, start=1001):
        briefing.id = number  # the ids they had in the library that wrote them
    briefings[-1].commitments = [Commitment(actor="Norland", text="to open the port", uid="port-1", history=[
        StatusEntry(date="2025-03-01", status="in_progress", evidence_briefing=1001, evidence_title=briefings[0].title),
        StatusEntry(date="2025-06-01", status="delivered")])]
    threads: set[str] = set()
    real_prepare = batch_writing.prepare
    monkeypatch.setattr(batch_writing, "prepare",
                        lambda b: threads.add(threading.current_thread().name) or real_prepare(b))
    with Library.open(tmp_path / "lib.sqlite", claim=False) as library:
        result = library.add(briefings, drafts=True)
        assert result.ids == list(range(1, len(briefings) + 1)) and result.to_check == result.ids
        assert [library.get(i).title for i in (1, len(briefings))] == [briefings[0].title, briefings[-1].title]
        assert [(e.status, e.evidence_briefing_id) for e in library.history("port-1")] == [("in_progress", 1),
                                                                                          ("delivered", None)]
    assert threads == {"briefing-read-ahead"} and not helpers()
    assert [b.id for b in briefings[:2]] == [1001, 1002]  # the caller's briefings are left as they were
