"""The CSV table of commitments, read back with csv.reader: BOM, quoting, line breaks, formula cells."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment, Source
from briefing.export import commitments_csv_text, export_commitments_csv
from briefing.export.commitments_csv import CSV_COLUMNS, cell, spreadsheet_safe

BOM = b"\xef\xbb\xbf"


def read_rows(path: Path) -> list[list[str]]:
    """The file as a spreadsheet would read it: BOM stripped, newlines inside quotes kept."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture
def awkward() -> Briefing:
    """A briefing whose commitments hold every character that breaks a naive CSV."""
    return Briefing(
        title='Talks on "ports", rail and air',
        event_date="2021-03-02",
        source=Source(outlet="Il Resto del Carlino, Bologna"),
        commitments=[
            Commitment(actor="Città di Bologna", text='Build the "Silk EV" centre, then\nopen it;\r\nreport back.',
                       firmness="firm", status="in_progress", due="2022-01-01",
                       notes="Asked the port authority; reply due, by email"),
            Commitment(actor="=cmd|' /C calc'!A0", text="+1 for the rail link", firmness="proposal"),
            Commitment(actor="@SUM(A1:A9)", text="-2 tariffs", firmness="hope", status="stalled",
                       due="=HYPERLINK(\"http://evil\")"),
        ],
        id=7,
    )


def test_file_starts_with_a_bom_and_a_header(sample, tmp_path):
    sample.id = 1
    path = export_commitments_csv([sample], tmp_path / "commitments.csv")
    data = path.read_bytes()
    assert data.startswith(BOM + b"briefing_id,briefing_title,event_date,actor,commitment,")
    assert data.count(BOM) == 1
    rows = read_rows(path)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(sample.commitments) == 8
    first = as_dicts(rows)[0]
    assert first["briefing_id"] == "1" and first["briefing_title"] == sample.title
    assert first["event_date"] == "2020-05-13" and first["actor"] == "both sides"
    assert first["commitment"] == sample.commitments[0].text
    assert (first["firmness"], first["status"], first["due_date"], first["source_outlet"]) == (
        "firm", "not rated", "", "")


def test_commas_quotes_and_line_breaks_survive(awkward, tmp_path):
    path = export_commitments_csv(awkward, tmp_path / "awkward.csv")
    [row, *_] = as_dicts(read_rows(path))
    assert row["briefing_title"] == 'Talks on "ports", rail and air'
    assert row["source_outlet"] == "Il Resto del Carlino, Bologna"
    assert row["actor"] == "Città di Bologna"
    assert row["notes"] == "Asked the port authority; reply due, by email"
    assert row["commitment"] == 'Build the "Silk EV" centre, then\nopen it;\nreport back.'
    assert (row["firmness"], row["status"], row["due_date"]) == ("firm", "in progress", "2022-01-01")
    raw = path.read_bytes().decode("utf-8-sig")
    assert '"Talks on ""ports"", rail and air"' in raw  # RFC 4180: quoted, quotes doubled
    records = raw.split("\r\n")
    assert records[-1] == "" and len(records) == 1 + 3 + 1  # CRLF ends every record, not the \n in a cell


def test_formula_cells_are_escaped_with_an_apostrophe(awkward, tmp_path):
    path = export_commitments_csv([awkward], tmp_path / "formulas.csv")
    rows = as_dicts(read_rows(path))
    assert rows[1]["actor"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["commitment"] == "'+1 for the rail link"
    assert rows[2]["actor"] == "'@SUM(A1:A9)"
    assert rows[2]["commitment"] == "'-2 tariffs"
    assert rows[2]["due_date"] == "'=HYPERLINK(\"http://evil\")"
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())
    assert rows[0]["event_date"] == "2021-03-02"  # a date is not a formula: left alone


def test_spreadsheet_safe_leaves_ordinary_text_alone():
    assert spreadsheet_safe("both sides") == "both sides"
    assert spreadsheet_safe("a = b") == "a = b"
    assert spreadsheet_safe("") == ""
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe(" =HYPERLINK(1)") == "' =HYPERLINK(1)"  # an importer that trims spaces sees '='
    assert cell("\t=cmd") == "' =cmd" and cell("\r\n@x") == "'\n@x"


def test_chinese_text_round_trips(cjk_briefing, tmp_path):
    path = export_commitments_csv([cjk_briefing], tmp_path / "zh.csv")
    [row] = as_dicts(read_rows(path))
    assert row["briefing_title"] == "吉林省长春市 video conference with Emilia-Romagna"
    assert row["actor"] == "双方" and row["commitment"] == "双方将共同建设丝路电动汽车创新中心。"
    assert row["source_outlet"] == "吉林日报"
    assert row["briefing_id"] == ""  # never stored: no id
    assert "吉林日报".encode() in path.read_bytes()  # UTF-8, not escaped


def test_several_briefings_in_the_order_given(sample, cjk_briefing, awkward, tmp_path):
    sample.id, cjk_briefing.id = 1, 2
    empty = Briefing(title="No commitments here", id=3)
    path = export_commitments_csv([awkward, empty, sample, cjk_briefing], tmp_path / "many.csv")
    rows = as_dicts(read_rows(path))
    assert len(rows) == 3 + 0 + 7 + 1
    assert [r["briefing_id"] for r in rows] == ["7"] * 3 + ["1"] * 7 + ["2"]
    assert [r["commitment"] for r in rows[3:10]] == [c.text for c in sample.commitments]
    assert {r["briefing_title"] for r in rows} == {awkward.title, sample.title, cjk_briefing.title}


def test_no_commitments_gives_the_header_only(tmp_path):
    path = export_commitments_csv(Briefing(title="Empty"), tmp_path / "empty.csv")
    assert path.read_bytes() == BOM + ",".join(CSV_COLUMNS).encode() + b"\r\n"


def test_control_characters_and_lone_surrogates_are_dropped(sample):
    briefing = copy.deepcopy(sample)
    briefing.commitments = [Commitment(actor="x\x00y", text="bad \ud800 half\x07 and\ttab")]
    text = commitments_csv_text(briefing)
    text.encode("utf-8")  # would raise on a lone surrogate
    [_, row] = list(csv.reader(text.splitlines()))
    assert row[3] == "xy" and row[4] == "bad  half and tab"


def test_a_failed_write_leaves_no_file(sample, tmp_path):
    with pytest.raises(OSError):
        export_commitments_csv(sample, tmp_path / "missing" / "out.csv")
    assert not list(tmp_path.rglob("*.csv")) and not list(tmp_path.rglob("*.tmp"))
