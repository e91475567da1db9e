"""The follow-up report: grouped by status with overdue first, read back from the PDF and the CSV."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.export.follow_up import FollowUp, FollowUpItem, export_follow_up, follow_up_csv_text

AS_OF = datetime.date(2026, 12, 6)


def item(number: int, status: str, overdue: bool = False, **fields: object) -> FollowUpItem:
    values: dict = {"id": number, "actor": "Jilin province", "text": f"Jilin will do thing {number}.",
                    "status": status, "overdue": overdue, "firmness": "firm", "due": None, "due_text": None,
                    "event_title": "Video conference on cars", "event_date": "2020-05-13"}
    values.update(fields)
    return FollowUpItem(**values)  # type: ignore[arg-type]


@pytest.fixture
def report() -> FollowUp:
    return FollowUp("Jilin", "Emilia-Romagna", AS_OF, (
        item(1, "delivered", last_date="2021-06-01", last_note="the centre opened"),
        item(2, "in_progress", overdue=True, due="2021-12-31", due_text="by the end of 2021",
             last_date="2021-03-01", last_note="site chosen", evidence="Follow-up call on the Silk EV centre"),
        item(3, "not_rated"),
        item(4, "stalled", last_date="2022-01-10", last_note="no budget", evidence="https://example.org/news"),
    ))


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_groups_put_overdue_first_and_settled_last(report: FollowUp) -> None:
    assert [(group, [i.id for i in items]) for group, items in report.groups()] == [
        ("overdue", [2]), ("stalled", [4]), ("not_rated", [3]), ("delivered", [1])]
    assert report.title == "Commitments between Jilin and Emilia-Romagna, as of 6 December 2026"
    assert report.summary() == "4 commitments: 1 overdue, 1 stalled, 1 not rated, 1 delivered"
    alone = FollowUp("Jilin", None, AS_OF, ())
    assert alone.title == "Commitments with Jilin, as of 6 December 2026" and alone.summary() == "0 commitments"


def test_pdf_reads_back(report: FollowUp, tmp_path: Path) -> None:
    path = export_follow_up(report, tmp_path / "report.pdf")
    text = pdf_text(path)
    assert text.index("Overdue (1)") < text.index("Stalled (1)") < text.index("Not rated (1)") < text.index(
        "Delivered (1)")
    for words in ("Commitments between Jilin and Emilia-Romagna, as of 6 December 2026", "#2",
                  "31 December 2021 (by the end of 2021)", "site chosen", "Evidence: Follow-up call on the Silk EV",
                  "Video conference on cars", "13 May 2020", "Follow-up report"):
        assert words in text, words
    assert PdfReader(path).metadata.title == report.title


def test_hostile_text_is_printed_as_text(tmp_path: Path, markup_traps: list[str]) -> None:
    items = tuple(item(n, "stalled", actor=trap, text=trap, last_note=trap, event_title=trap)
                  for n, trap in enumerate(markup_traps, start=1))
    path = export_follow_up(FollowUp("<b>Jilin</b>", None, AS_OF, items), tmp_path / "report.pdf")
    text = pdf_text(path)
    assert "<b>bold</b> &" in text and "<b>Jilin</b>" in text


def test_csv_one_row_a_commitment_in_report_order(report: FollowUp, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(follow_up_csv_text(report))))
    assert rows[0][:5] == ["group", "id", "status", "overdue", "actor"]
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [("overdue", "2", "yes"), ("stalled", "4", ""),
                                                       ("not rated", "3", ""), ("delivered", "1", "")]
    formula = FollowUp("Jilin", None, AS_OF, (item(9, "stalled", text="=HYPERLINK(\"x\")"),))
    assert list(csv.reader(io.StringIO(follow_up_csv_text(formula))))[1][5].startswith("'=")
    path = export_follow_up(report, tmp_path / "report.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_other_suffix_is_refused_in_one_sentence(report: FollowUp, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^report\.docx: a follow-up report is written as \.pdf or \.csv$"):
        export_follow_up(report, tmp_path / "report.docx")


def test_a_settled_commitment_is_never_in_the_overdue_group() -> None:
    report = FollowUp("Jilin", None, AS_OF, (item(1, "dropped", overdue=True, due="2021-01-01"),
                                             item(2, "delivered", overdue=True, due="2021-01-01"),
                                             item(3, "stalled", overdue=True, due="2021-01-01")))
    assert [(group, [i.id for i in items]) for group, items in report.groups()] == [
        ("overdue", [3]), ("delivered", [2]), ("dropped", [1])]


def _sweep_report(count: int) -> FollowUp:
    long_text = " ".join(["Jilin will build the cold-chain logistics hub at the river port with its partners"] * 5)
    return FollowUp("Jilin", None, AS_OF, (
        *(item(n, "stalled", text=f"Jilin will do thing {n}.", last_note="no budget") for n in range(1, count + 1)),
        item(100, "not_started", text=long_text, last_note=long_text),
        item(101, "delivered", text=long_text)))


def test_a_status_heading_never_ends_a_page(frame_lines: Callable[[bytes], list[list[str]]]) -> None:
    import re

    from briefing.export.follow_up import render_follow_up_pdf

    heading = re.compile(r"^(Overdue|Stalled|Not started|In progress|Partly delivered|Not rated|Delivered|Dropped)"
                         r" \(\d+\)$")
    orphans, moved = [], []
    for count in range(10, 30):  # as many short rows before a tall one: the heading falls at every height
        pages = frame_lines(render_follow_up_pdf(_sweep_report(count)))
        orphans += [(count, lines[-1]) for lines in pages if lines and heading.match(lines[-1])]
        moved += [count for lines in pages[1:] if lines and lines[0] == "Not started (1)"]
    assert orphans == []
    assert moved  # some lengths put the heading where a page ends: it went over with its first row


def test_later_pages_say_whose_report_they_are_and_rows_begin_with_a_capital(tmp_path: Path) -> None:
    items = tuple(item(n, "stalled", actor="both sides", last_note="no budget") for n in range(1, 60))
    path = export_follow_up(FollowUp("Jilin", None, AS_OF, items), tmp_path / "report.pdf")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    title = "Commitments with Jilin, as of 6 December 2026"
    assert len(pages) > 2
    assert pages[0].count(title) == 1  # the first page has the title itself, no running header
    assert all(title in page for page in pages[1:])
    assert "Both sides: Jilin will do thing 1." in pages[0] and "both sides:" not in " ".join(pages)


def _cell_lines(data: bytes) -> dict[float, dict[float, str]]:
    """The first page's text runs by their left edge (a column), each by its baseline: {x: {y: text}}."""
    columns: dict[float, dict[float, str]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x, y = round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4]), round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
            lines = columns.setdefault(x, {})
            lines[y] = (lines.get(y, "") + text).strip()

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return columns


def test_a_long_event_title_gets_room_beside_the_commitment() -> None:
    """The columns are fitted to the text: the event title wraps to no more lines than the commitment
    beside it (a narrow Source event column ran it down six lines), Due and Last update stay narrow."""
    from briefing.export.follow_up import render_follow_up_pdf

    title = ("Video conference held on automobile industry cooperation and exchange between Jilin province and "
             "Emilia-Romagna of Italy")
    text = ("First, promote cooperation with projects, build a world-class Hongqi sports car brand, work together "
            "to promote the construction of Changchun International Automobile City.")
    report = FollowUp("Jilin", None, AS_OF, tuple(item(n, "not_rated", text=text, event_title=title)
                                                  for n in range(1, 4)))
    columns = _cell_lines(render_follow_up_pdf(report))

    def column(start: str) -> dict[float, str]:
        return next(lines for lines in columns.values() if any(t.startswith(start) for t in lines.values()))

    source, commitment = column("Video conference"), column("Jilin province")
    first_row = max(y for y, t in source.items() if t.startswith("Video conference"))
    next_row = max(y for y, t in source.items() if t.startswith("Video conference") and y < first_row)
    title_lines = [y for y, t in source.items() if next_row < y <= first_row and t != "13 May 2020"]
    commitment_lines = [y for y in commitment if next_row < y <= first_row]
    assert 2 <= len(title_lines) <= len(commitment_lines) <= 5
    due_x = next(x for x, lines in columns.items() if any(t.startswith("—") for t in lines.values()))
    assert due_x > min(columns) + 0.8 * (max(columns) - min(columns))  # the columns of short text are narrow
