"""Nothing lost across events: status histories and uids travel in briefing/1 files, duplicates of interchange
records are sorted out, a salvage keeps merges and splits of people, and a restore from the trash keeps
commitment ids."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from briefing.core import Briefing, InterchangeError, load_file
from briefing.library import Library
from briefing.library.safety import salvage
from tests.library.test_people import variant


def other_event(sample: Briefing, number: int) -> Briefing:
    """Another event (not a duplicate of the sample): its own title, date and text."""
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.event_date = None, f"Follow-up meeting {number}", f"2021-0{number}-10"
    briefing.source.url = f"https://example.org/follow-up-{number}"
    briefing.source.text = f"A different article, number {number}. " * 5
    for commitment in briefing.commitments:
        commitment.uid = None
    return briefing


@pytest.fixture
def tracked(tmp_path: Path, sample: Briefing) -> tuple[Library, int, str]:
    """A library: the sample (1) and a later event (2) cited as evidence in a commitment's history."""
    library = Library.open(tmp_path / "source.sqlite", claim=False, seed_sample=True)
    library.add([other_event(sample, 1)])
    row = next(r for r in library.commitments(limit=100) if r.briefing_id == 1)
    library.track(row.id, "in progress", note="first steps", date="2026-01-05", evidence=2)
    library.track(row.id, "delivered", note="signed", date="2026-02-01", evidence="https://example.org/signed")
    yield library, row.id, row.uid
    library.close()


def entries(library: Library, uid: str) -> list[tuple[str, str, str | None, int | None, str | None]]:
    return [(e.date, e.status, e.note, e.evidence_briefing_id, e.evidence_url) for e in library.history(uid)]


def test_history_and_uid_travel_through_a_json_file_into_another_library(
        tracked: tuple[Library, int, str], tmp_path: Path, sample: Briefing) -> None:
    source, _commitment_id, uid = tracked
    before = entries(source, uid)
    source.export([1, 2], tmp_path / "x.json")
    with Library.open(tmp_path / "target.sqlite", claim=False) as target:
        target.add([other_event(sample, 7)])  # id 1 here is another briefing: ids must be mapped, not copied
        result = target.import_files([tmp_path / "x.json"])
        assert result.ids == [2, 3]
        row = target.commitment(uid)
        assert row.briefing_id == 2 and row.status == "delivered"
        assert entries(target, uid) == [(date, status, note, 3 if evidence == 2 else evidence, url)
                                        for date, status, note, evidence, url in before]
        assert len(before) == 2 and before[0][3] == 2


def test_evidence_not_imported_keeps_the_note_and_is_said_in_one_line(
        tracked: tuple[Library, int, str], tmp_path: Path) -> None:
    source, _commitment_id, uid = tracked
    source.export([1], tmp_path / "alone.json")
    heard: list[str] = []
    with Library.open(tmp_path / "target.sqlite", claim=False) as target:
        target.import_files([tmp_path / "alone.json"], warn=heard.append)
        assert [(e.note, e.evidence_briefing_id) for e in target.history(uid)] == [("first steps", None),
                                                                                   ("signed", None)]
        assert target.commitment(uid).status == "delivered"
    [line] = heard
    assert "\n" not in line and "Follow-up meeting 1" in line and "1 status entry" in line


def test_files_without_history_import_and_a_bad_history_entry_is_named(tmp_path: Path, sample_dict: dict) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(sample_dict), encoding="utf-8")
    assert all(not c.history for c in load_file(old)[0].commitments)
    bad = copy.deepcopy(sample_dict)
    bad["commitments"][0]["history"] = [{"date": "2026-01-05", "status": "in_progress"},
                                        {"date": "5 Jan 2026", "status": "delivered"}]
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"commitments\[0\]\.history\[1\]\.date"):
        load_file(tmp_path / "bad.json")
    bad["commitments"][0]["history"] = [{"date": "2026-01-05", "status": "in_progress", "evidence_briefing": "2"}]
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InterchangeError, match="evidence_briefing"):
        load_file(tmp_path / "bad.json")


def test_duplicates_apply_to_interchange_records(tracked: tuple[Library, int, str], tmp_path: Path) -> None:
    source, _commitment_id, uid = tracked
    source.export([1, 2], tmp_path / "x.json")
    with Library.open(tmp_path / "target.sqlite", claim=False) as target:
        assert target.import_files([tmp_path / "x.json"], duplicates="skip").ids == [1, 2]
        again = target.import_files([tmp_path / "x.json"], duplicates="skip")
        assert again.ids == [] and [d.existing_id for d in again.skipped] == [1, 2] and target.count() == 2
        replaced = target.import_files([tmp_path / "x.json"], duplicates="replace")
        assert replaced.ids == [] and replaced.replaced == [1, 2] and target.count() == 2
        assert len(target.history(uid)) == 2  # importing the same history again adds nothing twice
        assert target.history(uid)[0].evidence_briefing_id == 2
        kept = target.import_files([tmp_path / "x.json"], duplicates="keep")
        assert kept.ids == [3, 4] and target.count() == 4
        assert target.commitment(uid).briefing_id == 1  # the copy's commitments got uids of their own


def test_a_record_with_a_stored_commitment_uid_is_a_duplicate_whatever_its_text(
        tracked: tuple[Library, int, str], tmp_path: Path) -> None:
    source, _commitment_id, uid = tracked
    source.export([1], tmp_path / "one.json")
    data = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    data["title"], data["source"]["url"] = "Retitled by hand", "https://example.org/elsewhere"
    data["source"]["text"] = "Rewritten entirely. " * 10
    (tmp_path / "edited.json").write_text(json.dumps(data), encoding="utf-8")
    result = source.import_files([tmp_path / "edited.json"], duplicates="skip")
    assert result.ids == [] and result.skipped[0].existing_id == 1 and "same commitments" in result.skipped[0].why
    result = source.import_files([tmp_path / "edited.json"], duplicates="replace")
    assert result.replaced == [1] and source.get(1).title == "Retitled by hand"
    assert source.commitment(uid).briefing_id == 1 and len(source.history(uid)) == 2


def test_restoring_from_the_trash_keeps_commitment_ids_and_uids(tracked: tuple[Library, int, str]) -> None:
    library, commitment_id, uid = tracked
    ids = [(r.id, r.uid) for r in library.commitments(limit=100) if r.briefing_id == 1]
    library.delete([1])
    library.untrash([library.trashed()[0].trash_id])
    assert sorted((r.id, r.uid) for r in library.commitments(limit=100) if r.briefing_id == 1) == sorted(ids)
    assert library.commitment(commitment_id).uid == uid and len(library.history(commitment_id)) == 2


def test_a_restore_gives_new_ids_only_where_the_old_ones_were_taken(
        tracked: tuple[Library, int, str], sample: Briefing) -> None:
    library, _commitment_id, _uid = tracked
    ids = {r.uid: r.id for r in library.commitments(limit=100) if r.briefing_id == 2}
    library.delete([2])  # the highest commitment ids: the next briefing added takes them
    smaller = other_event(sample, 3)
    del smaller.commitments[3:]  # takes three of the seven ids; the other four stay free
    [added] = library.add([smaller]).ids  # it takes the briefing id too
    taken = {r.id for r in library.commitments(limit=100) if r.briefing_id == added}
    assert taken & set(ids.values())
    [restored] = library.untrash([library.trashed()[0].trash_id])
    after = {r.uid: r.id for r in library.commitments(limit=100) if r.briefing_id == restored}
    assert set(after) == set(ids)  # uids kept
    assert len(taken & set(ids.values())) == 3
    assert [after[u] for u in ids if ids[u] not in taken] == [ids[u] for u in ids if ids[u] not in taken]
    assert len([u for u in ids if ids[u] not in taken]) == 4
    assert not set(after.values()) & taken


def test_salvage_keeps_merges_and_splits_of_people(tmp_path: Path, sample: Briefing) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path, claim=False, seed_sample=True) as library:
        for number, date in enumerate(["2021-03-01", "2022-05-01", "2023-06-01"], start=1):
            library.save(variant(sample, number, date, "Jing Junhai"))
        colla, stefano = library.find_person("Colla").id, library.find_person("Di Stefano").id
        library.apply(library.merge_people([colla, stefano]))
        jing = library.find_person("Jing Junhai").id
        library.apply(library.split_person(jing, [max(library.ids("id"))]))
        library.delete([1])  # salvage renumbers the briefings: decisions must follow the participants
        before = sorted((r.name, r.events) for r in library.people())
        assert len(before) == 4 and [events for name, events in before if name == "Jing Junhai"] == [1, 2]
        assert library.find_person("Di Stefano").id == library.find_person("Colla").id
        saved, lost, _histories, _partial = salvage(library.store, tmp_path / "recovered.sqlite")
    assert (saved, lost) == (3, 0)
    with Library.open(tmp_path / "recovered.sqlite", claim=False) as recovered:
        assert sorted((r.name, r.events) for r in recovered.people()) == before
        assert recovered.find_person("Di Stefano").id == recovered.find_person("Colla").id


def test_the_window_s_way_read_then_add_keeps_the_history_too(
        tracked: tuple[Library, int, str], tmp_path: Path) -> None:
    source, _commitment_id, uid = tracked
    source.export([2, 1], tmp_path / "x.json")  # the evidence comes first in the file: linked all the same
    with Library.open(tmp_path / "target.sqlite", claim=False) as target:
        target.add(Library.read_files([tmp_path / "x.json"]))
        assert [(e.status, e.evidence_briefing_id) for e in target.history(uid)] == [("in_progress", 1),
                                                                                     ("delivered", None)]
        assert target.commitment(uid).briefing_id == 2


def test_an_import_holds_only_the_records_whose_commitments_carry_history(tmp_path: Path, sample: Briefing) -> None:
    """Memory stays flat whatever the size of an import: of a record without history entries only the id
    it had is kept (an entry later in the file may cite it as evidence); evidence is still relinked."""
    from briefing.core.model import StatusEntry
    from briefing.library.carried import CarriedHistories

    plain, cited = other_event(sample, 1), other_event(sample, 2)
    tracked = other_event(sample, 3)
    tracked.commitments[0].history = [StatusEntry("2026-01-05", "in_progress", "begun", evidence_briefing=41,
                                                  evidence_title=cited.title)]
    with Library.open(tmp_path / "lib.sqlite", claim=False) as library:
        carried = CarriedHistories(library.store, first_new=1)
        for old_id, briefing in ((40, plain), (41, cited), (42, tracked)):
            library.store.add(briefing)
            carried.written(old_id, briefing)
        assert carried.kept == [tracked] and carried.fresh == [40, 41, 42]
        assert carried.write() == 1
        [entry] = library.history(tracked.commitments[0].uid)
        assert (entry.note, entry.evidence_briefing_id) == ("begun", 2)
