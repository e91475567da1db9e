"""The profile sheet: who you are meeting on the first page (last three encounters, open commitments), read back."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.core import Briefing
from briefing.export.profile import ProfileSheet, Row, render_profile
from briefing.library import Library, LibraryError

Reader = Callable[[Path], tuple[PdfReader, list[str]]]


def _variant(sample: Briefing, number: int, date: str, name: str) -> Briefing:
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.event_date = None, f"Meeting number {number}", date
    old, person = briefing.participants[0].name, briefing.participants[0]
    person.name, person.aliases = name, []
    for statement in briefing.statements:
        statement.speaker = name if statement.speaker == old else statement.speaker
    briefing.commitments[0].actor = name
    briefing.commitments[0].text = f"Pledge number {number} on electric cars."
    briefing.source.text = f"{briefing.source.text} ({number})"
    return briefing


@pytest.fixture
def library(tmp_path: Path, sample: Briefing) -> Library:
    lib = Library.open(tmp_path / "lib.sqlite", seed_sample=True)
    for number, (date, name) in enumerate([("2021-03-01", "Jing Junhai"), ("2022-05-01", "Jing Junhai"),
                                           ("2023-06-01", "Governor Jing")], start=1):
        lib.save(_variant(sample, number, date, name))
    yield lib
    lib.close()


def test_the_first_page_names_the_person_the_last_three_encounters_and_open_commitments(
        library: Library, tmp_path: Path, read_pdf: Reader) -> None:
    path = library.export_profile("Governor Jing", tmp_path / "sheet.pdf", page_size="A4")
    reader, pages = read_pdf(path)
    first = " ".join(pages[0].split())
    assert "WHO YOU ARE MEETING" in first and "Jing Junhai" in first
    assert "Last three encounters" in first and "Open commitments" in first
    assert "1 June 2023" in first and "1 May 2022" in first and "1 March 2021" in first
    assert "13 May 2020" not in first  # the fourth encounter back is on a later page
    assert "Pledge number 3" in first and "Pledge number 1" in first
    assert first.index("Pledge number 3") < first.index("Pledge number 1")  # newest first
    assert "Governor Jing" in first and "Profile of Jing Junhai" in first
    assert "Statements" in " ".join(pages[1:]) and reader.metadata.title == "Profile: Jing Junhai"


def test_a_party_sheet_lists_its_people_and_commitments(library: Library, tmp_path: Path, read_pdf: Reader) -> None:
    path = library.export_profile("Emilia-Romagna", tmp_path / "party.pdf", page_size="Letter")
    reader, pages = read_pdf(path)
    first = " ".join(pages[0].split())
    assert "PARTY PROFILE" in first and "Vincenzo Colla" in first and "Open commitments" in first
    assert round(float(reader.pages[0].mediabox.height)) == 792


def test_a_bad_profile_request_is_one_sentence(library: Library, tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="^No person or party called “Jing Junhia” in this library; did you mean"):
        library.export_profile("Jing Junhia", tmp_path / "x.pdf")
    with pytest.raises(LibraryError, match="must end in .pdf"):
        library.export_profile("Jing Junhai", tmp_path / "x.docx")
    with pytest.raises(LibraryError, match="not a page size"):
        library.export_profile("Jing Junhai", tmp_path / "x.pdf", page_size="A3")
    with pytest.raises(LibraryError, match="cannot write"):
        library.export_profile("Jing Junhai", tmp_path / "no" / "such" / "folder" / "x.pdf")
    assert not list(tmp_path.glob("x.*"))


def test_a_sheet_with_markup_traps_long_text_and_nothing_open_renders(markup_traps: list[str],
                                                                      tmp_path: Path, read_pdf: Reader) -> None:
    long = "word " * 400
    sheet = ProfileSheet("person", markup_traps[0], markup_traps[1], [("Also named", markup_traps[2])],
                         [Row("not a date", long, long)], [], events=[Row(None, long)] * 200,
                         statements=[Row("2020-01-01", long, "x")] * 5)
    path = tmp_path / "traps.pdf"
    path.write_bytes(render_profile(sheet))
    _, pages = read_pdf(path)
    assert "<b>bold</b>" in pages[0] and "None open." in pages[0] and "and 140 more." in " ".join(pages)


def test_a_section_heading_never_ends_a_page(frame_lines: Callable[[bytes], list[list[str]]]) -> None:
    headings = {"Last three encounters", "Open commitments", "People", "Events", "Commitments", "Statements"}
    long = " ".join(["Jilin will build the cold-chain logistics hub at the river port with its partners"] * 4)
    orphans, moved = [], []
    for count in range(1, 40, 2):  # as many short event rows before the commitments: their heading falls everywhere
        sheet = ProfileSheet("person", "Jing Junhai", "Governor", [("Also named", "Jing")],
                             [Row("2020-05-13", "Talks")], [Row("2020-05-13", long, "Stalled", "2021-01-01")],
                             events=[Row("2020-05-13", f"Event {n}", "Governor") for n in range(count)],
                             commitments=[Row("2020-05-13", long, "Stalled", "2021-01-01")] * 3,
                             statements=[Row("2020-05-13", long, "Talks")] * 3)
        pages = frame_lines(render_profile(sheet))
        orphans += [(count, lines[-1]) for lines in pages if lines and lines[-1] in headings]
        moved += [count for lines in pages[2:] if lines and lines[0] in ("Commitments", "Statements")]
    assert orphans == []
    assert moved  # some lengths put a heading where a page ends: it went over with its table's first row
