"""The commitment tracker without Qt: statuses with a history, overdue, filters, evidence links, undo."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment
from briefing.library import Library, LibraryError
from briefing.library.tracking import STATUS_ORDER, TrackEdit, due_phrase, status_key


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Library:
    opened = Library.open(tmp_path / "lib.sqlite", claim=False, seed_sample=True)
    later = copy.deepcopy(sample)
    later.id = None
    later.title = "Follow-up call on the Silk EV innovation center"
    later.event_date = "2021-03-01"
    later.summary = "The Silk EV innovation center opened its branch in Changchun."
    later.source.text = later.summary
    later.source.url = "https://example.org/silk-ev-2021"
    later.statements = []
    later.commitments = [Commitment(actor="Jilin province", text="Jilin will open the Hongqi test track.",
                                    firmness="firm", due="2022-06-30")]
    opened.save(later)
    yield opened
    opened.close()


def first_id(library: Library) -> int:
    return library.commitments(order="oldest")[0].id


def test_hostile_input_is_one_sentence(library: Library) -> None:
    with pytest.raises(LibraryError, match=r"^“finished” is not a status; use one of: not started, in progress,"):
        library.track(first_id(library), "finished")
    with pytest.raises(LibraryError, match="^no commitment with id 99999$"):
        library.track(99999, "delivered")
    with pytest.raises(LibraryError, match="^no commitment with id nonsense$"):
        library.history("nonsense")
    with pytest.raises(LibraryError, match=r"^“13/05/2021” is not a date \(write YYYY-MM-DD\)$"):
        library.track(first_id(library), "delivered", date="13/05/2021")
    with pytest.raises(LibraryError, match="^2021-02-30 is not a day of the calendar$"):
        library.track(first_id(library), "delivered", date="2021-02-30")
    with pytest.raises(LibraryError, match=r"^“done” is not a status; use one of: stalled, not started, .*not rated"):
        library.commitments(status="done")
    with pytest.raises(LibraryError, match="in the future"):
        library.track(first_id(library), "delivered", date="2999-01-01")
    with pytest.raises(LibraryError, match="no briefing with id 777 to cite"):
        library.track(first_id(library), "delivered", evidence=777)
    with pytest.raises(LibraryError, match="a briefing id or a web address"):
        library.track(first_id(library), "delivered", evidence="next door")
    with pytest.raises(LibraryError, match="not a commitment order"):
        library.commitments(order="shoe size")
    with pytest.raises(LibraryError, match="since"):
        library.commitments(since="yesterday")
    assert library.history(first_id(library)) == []


def test_status_words_as_typed() -> None:
    assert status_key("Partly delivered") == "partly_delivered" and status_key("in-progress") == "in_progress"
    assert [due_phrase(t) for t in ("This year", "May 2022", "COP28", "By the end of 2021", "")] == [
        "this year", "May 2022", "COP28", "by the end of 2021", ""]


def test_track_keeps_a_history_and_the_latest_entry_is_the_status(library: Library) -> None:
    cid = first_id(library)
    library.track(cid, "in progress", note="a site was chosen", date="2020-09-01")
    library.track(cid, "stalled", note="no funding", date="2021-01-10", evidence="https://example.org/news")
    entries = library.history(cid)
    assert [(e.date, e.status, e.note) for e in entries] == [("2020-09-01", "in_progress", "a site was chosen"),
                                                             ("2021-01-10", "stalled", "no funding")]
    assert entries[1].evidence_url == "https://example.org/news"
    assert library.commitment(cid).status == "stalled"
    library.track(cid, "delivered", date="2020-12-01")  # entered later, but dated earlier: not the latest
    assert library.commitment(cid).status == "stalled" and len(library.history(cid)) == 3


def test_a_status_change_is_one_undoable_step(library: Library) -> None:
    cid = first_id(library)
    edit = library.track(cid, "delivered")
    assert isinstance(edit, TrackEdit) and edit.text == "Set status to delivered"
    library.revert(edit)
    assert library.commitment(cid).status == "not_rated" and library.history(cid) == []
    library.apply(edit)
    assert library.commitment(cid).status == "delivered" and len(library.history(cid)) == 1


def test_history_and_id_survive_editing_the_briefing(library: Library) -> None:
    row = library.commitments(order="oldest")[2]
    library.track(row.id, "in_progress", note="talks began")
    briefing = library.get(row.briefing_id)
    briefing.title = "Renamed"
    briefing.commitments.reverse()
    library.save(briefing)
    again = library.commitment(row.id)
    assert again.uid == row.uid and again.status == "in_progress" and again.event_title == "Renamed"
    assert [e.note for e in library.history(row.id)] == ["talks began"]


def test_a_status_set_in_the_briefing_becomes_a_history_entry(library: Library) -> None:
    row = library.commitments(order="oldest")[0]
    briefing = library.get(row.briefing_id)
    briefing.commitments[row.position].status = "partly_delivered"
    library.save(briefing)
    assert [e.status for e in library.history(row.id)] == ["partly_delivered"]
    briefing.commitments[row.position].status = "not_rated"  # once rated, it stays rated
    library.save(briefing)
    assert library.commitment(row.id).status == "partly_delivered"


def test_overdue_and_filters(library: Library) -> None:
    assert library.count_commitments() == 8
    (late,) = library.commitments(overdue=True)
    assert late.overdue and late.due == "2022-06-30" and late.actor == "Jilin province"
    library.track(late.id, "partly delivered")
    assert library.commitments(overdue=True)[0].status == "partly_delivered"
    library.track(late.id, "delivered")
    assert library.commitments(overdue=True) == []
    assert {r.actor for r in library.commitments(actor="emilia")} == {"Emilia-Romagna"}
    assert len(library.commitments(party="jilin", with_party="Emilia-Romagna")) == 8
    assert len(library.commitments(since="2021-01-01")) == 1
    assert len(library.commitments(until="2020-12-31")) == 7
    assert [r.status for r in library.commitments(status="delivered")] == ["delivered"]
    assert len(library.commitments(status=["not rated", "delivered"])) == 8
    assert len(library.commitments(firmness="hope")) == len([r for r in library.commitments() if r.firmness == "hope"])
    assert {r.id for r in library.commitments(text="hongqi")} == {r.id for r in library.commitments()
                                                                   if "hongqi" in r.text.lower()}
    assert library.commitments(text="hongqi test") and not library.commitments(text="zebra")
    assert library.commitments(text="100%") == []  # LIKE's wildcards are plain characters
    newest = library.commitments()
    assert newest[0].event_date == "2021-03-01" and library.commitments(order="oldest")[-1].id == newest[0].id
    assert library.commitments(order="due")[0].due == "2022-06-30"
    assert [r.id for r in library.commitments(limit=3, offset=2)] == [r.id for r in newest[2:5]]


def test_evidence_links_both_ways_and_suggestions(library: Library) -> None:
    later = library.commitments()[0].briefing_id
    suggestions = library.suggest_progress(later)
    assert suggestions and "silk" in suggestions[0].shared
    assert all(s.commitment.briefing_id != later for s in suggestions)
    earlier = suggestions[0].commitment
    library.link_progress(later, earlier.id)
    (entry,) = library.history(earlier.id)
    assert entry.evidence_briefing_id == later and entry.status == "in_progress" and entry.date == "2021-03-01"
    assert entry.evidence_title == "Follow-up call on the Silk EV innovation center"
    ((back, row),) = library.progress_links(later)
    assert back.id == entry.id and row.id == earlier.id
    with pytest.raises(LibraryError, match="own briefing"):
        library.track(earlier.id, "delivered", evidence=earlier.briefing_id)


def test_saving_an_edit_keeps_a_status_set_meanwhile(library: Library) -> None:
    row = library.commitments(order="oldest")[1]
    began = library.get(row.briefing_id)
    edited = copy.deepcopy(began)
    edited.title = "Edited while a status was set elsewhere"
    library.track(row.id, "delivered", note="set in the Commitments view")
    library.save(edited, reviewed_from=began)
    assert library.commitment(row.id).status == "delivered"
    assert [e.status for e in library.history(row.id)] == ["delivered"]
    edited.commitments[row.position].status = "stalled"  # the editor changed it: that counts
    library.save(edited, reviewed_from=began)
    assert [e.status for e in library.history(row.id)] == ["delivered", "stalled"]


def test_a_back_dated_status_says_a_later_entry_keeps_the_status(library: Library) -> None:
    cid = first_id(library)
    library.track(cid, "delivered", date="2024-12-06")
    edit = library.track(cid, "stalled", date="2020-07-01")
    assert library.commitment(cid).status == "delivered"
    assert library.describe_track(edit, cid) == (f"commitment {cid} entered stalled as of 2020-07-01; its status "
                                                 "stays delivered, from a later entry of 2024-12-06")
    latest = library.track(cid, "dropped", date="2025-01-02")
    assert library.describe_track(latest, cid) == f"commitment {cid} is dropped as of 2025-01-02"


def test_a_date_or_evidence_before_the_commitment_is_refused(library: Library) -> None:
    earlier, later = library.commitments(order="oldest")[0], library.commitments()[0]
    assert earlier.event_date == "2020-05-13" and later.event_date == "2021-03-01"
    with pytest.raises(LibraryError, match=r"^the date 2020-05-12 is before the commitment was made \(2020-05-13\)$"):
        library.track(earlier.id, "delivered", date="2020-05-12")
    with pytest.raises(LibraryError, match=rf"^briefing {earlier.briefing_id} \(2020-05-13\) is dated before the "
                                           r"commitment was made \(2021-03-01\): evidence is a later briefing$"):
        library.track(later.id, "delivered", evidence=earlier.briefing_id)
    with pytest.raises(LibraryError, match="is dated before the commitment was made"):
        library.link_progress(earlier.briefing_id, later.id)
    assert library.history(later.id) == [] and library.history(earlier.id) == []
    library.track(earlier.id, "in progress", date="2020-05-13")  # the day it was made will do
    undated = library.get(later.briefing_id)
    undated.event_date = None
    library.save(undated)
    library.track(earlier.id, "delivered", evidence=later.briefing_id)  # evidence with no date: allowed
    assert [e.status for e in library.history(earlier.id)] == ["in_progress", "delivered"]


def test_a_dropped_or_delivered_commitment_is_not_overdue(library: Library) -> None:
    (late,) = library.commitments(overdue=True)
    for status, overdue in (("stalled", True), ("dropped", False), ("in progress", True), ("delivered", False)):
        library.track(late.id, status)
        assert library.commitment(late.id).overdue is overdue, status
        assert [r.id for r in library.commitments(overdue=True)] == ([late.id] if overdue else []), status
        assert library.count_commitments(library.commitment_filter(overdue=True)) == int(overdue), status
    library.track(late.id, "dropped")
    (item,) = [i for i in library.follow_up("Jilin").items if i.id == late.id]
    assert not item.overdue and dict(library.follow_up("Jilin").groups())["dropped"] == [item]


def test_sorting_by_status_puts_what_needs_chasing_first(library: Library) -> None:
    rows = library.commitments(order="oldest")
    for row, status in zip(rows, ("delivered", "dropped", "in progress", "stalled", "partly delivered",
                                  "not started"), strict=False):
        library.track(row.id, status)
    statuses = [row.status for row in library.commitments(order="status")]
    assert list(dict.fromkeys(statuses)) == ["stalled", "not_started", "in_progress", "partly_delivered",
                                             "not_rated", "delivered", "dropped"]
    assert list(dict.fromkeys(statuses)) == list(STATUS_ORDER)
    groups = [group for group, _ in library.follow_up("Jilin").groups()]
    assert groups == ["overdue", "stalled", "not_started", "in_progress", "partly_delivered", "not_rated",
                      "delivered", "dropped"]


def test_a_party_matches_as_search_party_does(library: Library) -> None:
    for party in ("China", "ministry of foreign", "Jilin", "CPC Jilin Provincial"):
        found = {hit.briefing_id for hit in library.search(f'party:"{party}"', limit=100).hits}
        assert found, party
        assert {row.briefing_id for row in library.commitments(party=party)} == found, party
    assert "China" not in library.commitments()[0].parties  # only a participant's country says China
    assert len(library.commitments(party="china", with_party="emilia")) == 8
    assert len(library.follow_up("China").items) == 8
    assert library.count_commitments(library.commitment_filter(party="China")) == 8
    assert library.commitments(party="Atlantis") == [] and library.commitments(party="\"*") == []


def test_tracking_leaves_every_sql_statement_to_the_store() -> None:
    """Layers: the store owns SQL; the tracker calls its functions (store/status_history, store/commitments)."""
    import ast

    import briefing.library.tracking as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    calls = [node.func.attr for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and node.func.attr in ("execute", "executemany", "executescript")]
    assert calls == []


def _save_draft(library: Library) -> None:
    """A draft of a later event whose year extraction guessed, with one commitment of Jilin's."""
    draft = copy.deepcopy(library.get(library.ids("oldest")[-1]))
    draft.id, draft.review, draft.title = None, "draft", "Draft call on the test track"
    draft.event_date, draft.tags = "2026-02-03", ["date-year-guessed"]
    draft.source.url = "https://example.org/draft-call"
    draft.commitments = [Commitment(actor="Jilin province", text="Jilin will paint the test track.", firmness="firm")]
    library.save(draft)


def test_a_follow_up_on_paper_marks_commitments_of_drafts_and_guessed_years(library: Library, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _save_draft(library)
    report = library.follow_up("Jilin")
    marked = [item for item in report.items if item.event_draft]
    assert [item.text for item in marked] == ["Jilin will paint the test track."]
    assert marked[0].event_year_guessed and not any(i.event_year_guessed for i in report.items if not i.event_draft)
    assert report.drafts_note().startswith(f"1 of the {len(report.items)} come from draft briefings")
    pdf = library.export_follow_up("Jilin", tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "DRAFT — Draft call on the test track" in text and "3 February 2026 (year not confirmed)" in text
    assert text.count("DRAFT — ") == 1 and "come from draft briefings not yet reviewed" in text
    rows = (tmp_path / "report.csv")
    library.export_follow_up("Jilin", rows)
    lines = rows.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",event review")
    assert sum(line.endswith(",draft; year not confirmed") for line in lines) == 1
    assert sum(line.endswith(",reviewed") for line in lines) == len(report.items) - 1


def test_a_profile_sheet_marks_encounters_and_commitments_of_drafts(library: Library, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _save_draft(library)
    pdf = library.export_profile("party:Jilin", tmp_path / "jilin.pdf")
    first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "DRAFT — Draft call on the test track (year not confirmed)" in first
    assert "DRAFT — Jilin province: Jilin will paint the test track." in first
    assert first.count("DRAFT — ") == 2  # the reviewed events and commitments are not marked


def test_a_read_only_file_is_not_replaced_by_a_report_or_a_sheet(library: Library, tmp_path: Path) -> None:
    for name, export in (("report.pdf", lambda p: library.export_follow_up("Jilin", p)),
                         ("report.csv", lambda p: library.export_follow_up("Jilin", p)),
                         ("sheet.pdf", lambda p: library.export_profile("party:Jilin", p))):
        target = tmp_path / name
        target.write_bytes(b"kept")
        target.chmod(0o444)
        with pytest.raises(LibraryError, match=f"^{name} is read-only; nothing was written$"):
            export(target)
        assert target.read_bytes() == b"kept"
