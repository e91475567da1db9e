"""The plain-Python editing logic (briefing/gui/editing/edits.py, articles.py): no widgets, no Qt."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.core import YEAR_GUESSED, Briefing, Commitment, Participant, Source, Statement
from briefing.core.review import YEAR_MISSING
from briefing.library import edits, values
from briefing.library.articles import ArticleResult, failure_report, failure_summary, read_and_extract
from briefing.library.values import EditError

SOURCE = ("Mayor Ada Holm met Governor Piet Vos in Marlow.\n\n"
          "\"We will build the bridge by 2026,\" Holm said.\n\n"
          "Vos said his province hopes to send students.\n\n"
          "The governor also proposed a joint fund.")


def _briefing() -> Briefing:
    text = SOURCE
    quote = text.index("\"We will")
    vos = text.index("Vos said")
    return Briefing(
        title="Marlow bridge talks", event_date="2024-02-01", parties=["Marlow", "Vos province"],
        source=Source(text=text),
        participants=[Participant("Ada Holm", ["Holm"], title="Mayor", spoke=True),
                      Participant("Piet Vos", ["Vos"], title="Governor", spoke=True),
                      Participant("The governor", [], attended=False)],
        statements=[Statement("Ada Holm", text[quote:text.index("\n", quote)], "direct", start=quote,
                              end=text.index("\n", quote)),
                    Statement("Vos", text[vos:text.index("\n", vos)], start=vos, end=text.index("\n", vos))],
        commitments=[Commitment("Ada Holm", "We will build the bridge by 2026", "firm", start=quote, end=quote + 10)],
    )


def test_edits_return_a_changed_copy_and_never_touch_the_input() -> None:
    before = _briefing()
    frozen = copy.deepcopy(before)
    after = edits.set_participant_field(before, 0, "title", "Lord Mayor")
    after = edits.set_commitment_field(after, 0, "firmness", "proposal")
    after = edits.delete_statements(after, [0])
    assert before == frozen
    assert after.participants[0].title == "Lord Mayor"
    assert after.commitments[0].firmness == "proposal"
    assert [s.speaker for s in after.statements] == ["Vos"]
    assert not after.participants[0].spoke  # no statement left


def test_merge_moves_names_statements_and_commitments() -> None:
    briefing = _briefing()
    briefing.commitments.append(Commitment("The governor", "a joint fund", "proposal"))
    merged = edits.merge_participants(briefing, 1, [1, 2])
    assert [p.name for p in merged.participants] == ["Ada Holm", "Piet Vos"]
    assert merged.participants[1].aliases == ["Vos", "The governor"]
    assert merged.commitments[1].actor == "Piet Vos"
    assert merged.statements[1].speaker == "Vos"  # an alias of the kept person already: stays valid
    merged = edits.merge_participants(briefing, 0, [1])
    assert merged.participants[0].aliases == ["Holm", "Piet Vos", "Vos"]
    assert {s.speaker for s in merged.statements} == {"Ada Holm"}
    assert merged.participants[0].spoke
    with pytest.raises(EditError, match="two or more"):
        edits.merge_participants(briefing, 0, [0])


def test_participants_keep_statements_valid() -> None:
    briefing = _briefing()
    with pytest.raises(EditError, match="Ada Holm made 1 statement"):
        edits.remove_participants(briefing, [0])
    assert len(edits.remove_participants(briefing, [2]).participants) == 2
    renamed = edits.set_participant_field(briefing, 0, "name", "Ada M. Holm")
    assert renamed.statements[0].speaker == renamed.commitments[0].actor == "Ada M. Holm"
    with pytest.raises(EditError, match="already a participant"):
        edits.set_participant_field(briefing, 0, "name", "Vos")
    added = edits.add_participant(edits.add_participant(briefing))
    assert [p.name for p in added.participants[-2:]] == ["New participant", "New participant 2"]


def test_a_statement_speaker_must_be_a_participant() -> None:
    briefing = _briefing()
    assert edits.reassign_speaker(briefing, 0, "Vos").statements[0].speaker == "Piet Vos"
    with pytest.raises(EditError, match="not a participant"):
        edits.reassign_speaker(briefing, 0, "Nobody")
    broken = copy.deepcopy(briefing)
    broken.statements[0].speaker = "Nobody"
    assert any("Nobody" in problem for problem in edits.problems(broken))
    assert edits.problems(briefing) == []


def test_marking_a_passage_adds_it_in_source_order() -> None:
    briefing = _briefing()
    start = SOURCE.index("The governor also")
    marked = edits.add_statement(briefing, start - 2, len(SOURCE), "Piet Vos")  # leading blank line trimmed
    assert marked.statements[-1].start == start and marked.statements[-1].end == len(SOURCE)
    assert marked.statements[-1].text == "The governor also proposed a joint fund."
    assert marked.statements[-1].kind == "reported"
    first = edits.add_statement(briefing, 0, SOURCE.index(" met"), "Ada Holm")
    assert first.statements[0].text == "Mayor Ada Holm"
    with pytest.raises(EditError, match="already a statement"):
        edits.add_statement(marked, start, len(SOURCE), "Ada Holm")
    with pytest.raises(EditError, match="Select a passage"):
        edits.add_statement(briefing, 5, 5, "Ada Holm")
    pledge = edits.add_commitment(briefing, start, len(SOURCE))
    assert pledge.commitments[-1].firmness == "proposal"
    hope = SOURCE.index("Vos said")
    hoped = edits.add_commitment(briefing, hope, SOURCE.index("\n", hope))
    assert (hoped.commitments[-1].actor, hoped.commitments[-1].firmness) == ("Vos", "hope")


def test_dates_must_be_yyyy_mm_dd() -> None:
    assert values.parse_date(" 2024-06-30 ") == "2024-06-30"
    assert values.parse_date("") is None
    for bad in ("30/06/2024", "next June", "2024-6-30", "2024-02-30"):
        with pytest.raises(EditError, match="YYYY-MM-DD"):
            values.parse_date(bad, "due date")
    briefing = _briefing()
    with pytest.raises(EditError, match="due date “June 2024”"):
        edits.set_commitment_field(briefing, 0, "due", "June 2024")
    assert edits.set_commitment_field(briefing, 0, "due", "2026-12-31").commitments[0].due == "2026-12-31"
    assert edits.set_briefing_field(briefing, "places", "Marlow; Dunby,  Marlow").places == ["Marlow", "Dunby"]
    with pytest.raises(EditError, match="title cannot be empty"):
        edits.set_briefing_field(briefing, "title", "  ")


def test_a_new_date_drops_the_guessed_year_marker_and_new_tags_keep_it() -> None:
    guessed = _briefing()
    guessed.tags = ["bridges", YEAR_GUESSED]
    redated = edits.set_briefing_field(guessed, "event_date", "2023-02-01")
    assert redated.event_date == "2023-02-01" and redated.tags == ["bridges"]
    assert guessed.tags == ["bridges", YEAR_GUESSED]
    assert edits.set_briefing_field(guessed, "event_date", "").tags == ["bridges"]
    assert edits.set_briefing_field(guessed, "event_date", "2024-02-01") == guessed  # the same date
    assert edits.set_briefing_field(guessed, "title", "Other").tags == guessed.tags
    retagged = edits.set_briefing_field(guessed, "tags", "bridges, students")
    assert retagged.tags == ["bridges", "students", YEAR_GUESSED]
    assert edits.set_briefing_field(guessed, "tags", "").tags == [YEAR_GUESSED]
    assert edits.without_tag(guessed, YEAR_GUESSED).tags == ["bridges"]


def test_giving_the_date_drops_the_missing_year_marker() -> None:
    undated = _briefing()
    undated.event_date, undated.tags = None, ["bridges", YEAR_MISSING]
    assert edits.set_briefing_field(undated, "event_date", "2023-03-02").tags == ["bridges"]
    assert edits.set_briefing_field(undated, "title", "Other").tags == ["bridges", YEAR_MISSING]
    assert edits.set_briefing_field(undated, "tags", "").tags == [YEAR_MISSING]  # a marker is no topic


def test_source_offsets_from_document_positions() -> None:
    plain = "abc def"
    assert values.source_offset(plain, 4) == 4
    crlf = "ab\r\ncd"  # the document shows one paragraph break for \r\n
    assert [values.source_offset(crlf, p) for p in range(6)] == [0, 1, 2, 4, 5, 6]
    astral = "a\U0001F600b"  # the emoji is two UTF-16 units
    assert [values.source_offset(astral, p) for p in (0, 1, 3, 4)] == [0, 1, 2, 3]


def test_article_jobs_report_failures_by_name(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SOURCE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert read_and_extract(good).briefing is not None
    failed = read_and_extract(empty)
    assert failed.briefing is None and failed.error == "is empty"
    failures = [failed, ArticleResult("broken.pdf", error="is not a PDF")]
    report = failure_report(failures, 200)
    assert report.splitlines() == ["2 of 200 files could not be read:", "• empty.txt: is empty",
                                   "• broken.pdf: is not a PDF"]
    assert failure_summary(failures, 200) == "2 of 200 files could not be read: empty.txt, broken.pdf"
    assert failure_summary([failed], 1) == "The file could not be read: empty.txt"


def test_the_plain_modules_do_not_load_qt() -> None:
    code = ("import sys, briefing.library.edits, briefing.library.articles, briefing.library.values; "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr
