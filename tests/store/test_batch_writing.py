"""A stream is written a batch at a time in multi-row INSERTs (batch_writing): the same rows as one at a time."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment, Statement
from briefing.store import Store, batch_writing
from briefing.store.batch_writing import BATCH_BRIEFINGS, prepare
from tests.store.test_search_values import CHINESE_FIELDS, awkward, with_chinese_in
from tests.store.test_store import assert_index_matches_text
from tests.synthetic import synthetic_briefing

TABLES = {  # each table's columns but the times of writing
    "briefings": "id, title, event_date, event_kind, places, parties, summary, tags, source_url, source_outlet,"
                 " source_published, source_credit, source_text, review, reviewed_by, reviewed_at, source_key",
    "participants": "*", "statements": "*", "commitments": "*", "briefing_parties": "*", "party_names": "*",
    "people_dirty": "*", "search_cjk": "*",
}


def varied(sample: Briefing) -> list[Briefing]:
    """Briefings with every kind of value: the sample, empty and odd texts, Chinese in each field, many sizes."""
    briefings = [sample, awkward(), *(with_chinese_in(field) for field in CHINESE_FIELDS),
                 *(synthetic_briefing(n) for n in range(BATCH_BRIEFINGS + 30))]
    briefings.append(Briefing(title="Bare", participants=[], statements=[], commitments=[]))
    numbers = synthetic_briefing(BATCH_BRIEFINGS + 40)  # a program's numbers where text belongs: written as given
    numbers.statements[0].text, numbers.summary = 42, 7  # type: ignore[assignment]
    briefings.append(numbers)
    briefings.append(Briefing(title="Quotes \" and \\ and \u2028 and 😀", parties=["Città"], tags=["draft-ish"],
                              statements=[Statement(speaker="X", text="“said” \\u0000 written out", start=0, end=9)]))
    for number, briefing in enumerate(briefings):  # fixed uids, so that both libraries hold the same
        for position, commitment in enumerate(briefing.commitments):
            commitment.uid = f"u{number}-{position}"
    return briefings


def rows(store: Store) -> dict[str, list[tuple]]:
    return {table: sorted(store.conn.execute(f"select {columns} from [{table}]").fetchall(), key=repr)
            for table, columns in TABLES.items()}


def test_a_stream_writes_the_rows_that_writing_one_at_a_time_writes(tmp_path: Path, sample: Briefing) -> None:
    briefings = varied(sample)
    with Store(tmp_path / "batches.sqlite") as batches, Store(tmp_path / "one.sqlite") as one_by_one:
        ids = batches.add_stream(prepare(copy.deepcopy(b)) for b in briefings)
        with one_by_one.conn:
            one_ids = [one_by_one._insert(copy.deepcopy(b), created="t") for b in briefings]
        assert ids == one_ids == list(range(1, len(briefings) + 1))
        written, expected = rows(batches), rows(one_by_one)
        for table in TABLES:
            assert written[table] == expected[table], table
        assert_index_matches_text(batches)
        for word in ("长春", "Città", "said"):
            assert ([h.briefing_id for h in batches.search(word, limit=500).hits]
                    == [h.briefing_id for h in one_by_one.search(word, limit=500).hits])


def test_rows_beyond_what_one_statement_takes_are_written_in_several(tmp_path: Path, sample: Briefing,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch holds more rows of a table than one INSERT takes (at most MOST_ROWS, and no more values than
    the SQLite at hand takes in one statement): the rest follow in statements of fewer rows, none lost."""
    briefings = varied(sample)[:40]
    many = synthetic_briefing(99)
    many.statements = [Statement(speaker=f"S{n}", text=f"said {n}", start=n, end=n + 1) for n in range(300)]
    briefings.append(many)
    monkeypatch.setattr(batch_writing, "MOST_ROWS", 16)
    monkeypatch.setattr(batch_writing, "_variable_limit", lambda conn: 999)  # an old SQLite's limit: 124 rows of 8
    with Store(tmp_path / "small.sqlite") as small, Store(tmp_path / "one.sqlite") as one_by_one:
        small.add_stream(prepare(copy.deepcopy(b)) for b in briefings)
        with one_by_one.conn:
            for b in briefings:
                one_by_one._insert(copy.deepcopy(b), created="t")
        assert rows(small) == rows(one_by_one)
        assert [s.text for s in small.get(len(briefings)).statements] == [f"said {n}" for n in range(300)]
        assert_index_matches_text(small)


def test_a_number_where_text_belongs_is_written_one_at_a_time_as_before() -> None:
    odd = synthetic_briefing(3)
    odd.statements[0].text = 42  # type: ignore[assignment]
    assert prepare(odd).plain
    odd = synthetic_briefing(4)
    odd.summary = 7  # type: ignore[assignment]
    assert prepare(odd).plain


def test_a_nul_character_is_written_with_bound_values_in_its_place(tmp_path: Path) -> None:
    odd = synthetic_briefing(2)
    odd.statements[0].text = "before\0after"
    assert prepare(copy.deepcopy(odd)).plain
    with Store(tmp_path / "lib.sqlite") as store:
        ids = store.add_stream([prepare(b) for b in (synthetic_briefing(1), odd, synthetic_briefing(3))])
        assert ids == [1, 2, 3]
        assert store.get(2).statements[0].text == "before\0after"
        assert [store.get(i).title for i in ids] == [synthetic_briefing(n).title for n in (1, 2, 3)]
        assert_index_matches_text(store)


@pytest.mark.parametrize("prepared", [True, False], ids=["in batches", "one at a time"])
def test_half_a_character_fails_alike_in_a_batch_and_one_at_a_time_and_nothing_is_kept(
        tmp_path: Path, prepared: bool) -> None:
    """A character past U+FFFF is written whole; half of one cannot be bound, whichever way it is written
    (a file's reader says so first: interchange names the field), and the stream keeps nothing."""
    whole, half = synthetic_briefing(7), synthetic_briefing(8)
    whole.title, half.title = "Rocket 🚀 launch", "Broken \ud800 title"
    with Store(tmp_path / "lib.sqlite") as store:
        store.add_stream([prepare(whole)] if prepared else [whole])
        assert store.get(1).title == "Rocket 🚀 launch"
        with pytest.raises(UnicodeEncodeError):
            store.add_stream([prepare(b) for b in (synthetic_briefing(9), half)] if prepared
                             else [synthetic_briefing(9), half])
        assert store.count() == 1


@pytest.mark.parametrize("prepared", [True, False], ids=["in batches", "one at a time"])
def test_carried_uids_stay_unless_taken_in_the_library_or_the_batch(tmp_path: Path, prepared: bool) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        stored = synthetic_briefing(1)
        stored.commitments = [Commitment(actor="A", text="to meet", uid="kept-1")]
        store.add(stored)
        first, second = synthetic_briefing(2), synthetic_briefing(3)
        first.commitments = [Commitment(actor="B", text="to build", uid="kept-1"),  # taken in the library
                             Commitment(actor="B", text="to plan", uid="new-1")]
        second.commitments = [Commitment(actor="C", text="to plan too", uid="new-1"),  # taken earlier in the batch
                              Commitment(actor="C", text="to fund", uid="new-2")]
        store.add_stream([prepare(first), prepare(second)] if prepared else [first, second])
        uids = [row[0] for row in store.conn.execute("select uid from commitments order by id")]
        assert uids[0] == "kept-1" and uids[2] == "new-1" and uids[4] == "new-2"
        assert len(set(uids)) == 5
        assert [c.uid for c in first.commitments + second.commitments] == uids[1:]  # told to the objects too


@pytest.mark.parametrize("prepared", [True, False], ids=["in batches", "one at a time"])
def test_one_commitment_written_twice_gets_a_new_uid_each_time(tmp_path: Path, prepared: bool) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        briefing = synthetic_briefing(4)
        briefing.commitments = [Commitment(actor="A", text="to meet")]
        copies = [copy.copy(briefing) for _ in range(3)]  # shallow copies: the same Commitment
        store.add_stream([prepare(c) for c in copies] if prepared else copies)
        uids = [row[0] for row in store.conn.execute("select uid from commitments")]
        assert len(uids) == 3 and len(set(uids)) == 3


def test_a_batch_of_long_articles_is_cut_short(tmp_path: Path) -> None:
    """Memory stays flat: long texts make smaller batches, and every briefing is written once."""
    long = [synthetic_briefing(n) for n in range(12)]
    for briefing in long:
        briefing.source.text = (briefing.source.text or "") * 2000  # about 4 MB each
    with Store(tmp_path / "lib.sqlite") as store:
        assert store.add_stream(prepare(b) for b in long) == list(range(1, 13))
        assert store.conn.execute("select count(*) from search_text_fts where search_text_fts match ?",
                                  [long[0].source.text.split()[0]]).fetchone()[0] >= 1
        assert [store.get(i).source.text for i in (1, 12)] == [long[0].source.text, long[11].source.text]


def _automerge(store: Store) -> str | None:
    row = store.conn.execute("select v from search_text_fts_config where k = 'automerge'").fetchone()
    return None if row is None else str(row[0])


def test_the_index_merges_eight_segments_at_once_and_an_older_library_gets_that_with_its_next_import(
        tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        assert _automerge(store) == "8"
        with store.conn:  # as a library made before the setting: FTS5's default
            store.conn.execute("delete from search_text_fts_config where k = 'automerge'")
        store.add_stream([prepare(synthetic_briefing(1))])
        assert _automerge(store) == "8"
        assert [h.briefing_id for h in store.search(synthetic_briefing(1).title.split()[0]).hits] == [1]


def test_new_uids_sort_in_the_order_they_are_made_and_a_forked_process_makes_its_own(tmp_path: Path) -> None:
    """Each new commitment lands at the end of the uid index (an import of 100,000 records spent a tenth of
    its time placing random ones); a child process never repeats its parent's."""
    import os

    from briefing.store.commitment_ids import new_uid

    made = [new_uid() for _ in range(1000)]
    assert made == sorted(made) and len(set(made)) == 1000
    with Store(tmp_path / "lib.sqlite") as store:
        store.add_stream(prepare(synthetic_briefing(n)) for n in range(20))
        stored = [row[0] for row in store.conn.execute("select uid from commitments order by id")]
        assert stored == sorted(stored) and stored[0] > made[-1]
    if not hasattr(os, "fork"):
        return
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child process
        os.write(writer, new_uid().encode())
        os._exit(0)
    os.waitpid(child, 0)
    theirs = os.read(reader, 100).decode()
    os.close(reader)
    os.close(writer)
    mine = new_uid()
    assert theirs != mine and theirs[:-8] != mine[:-8]
