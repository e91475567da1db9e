"""PDF layout read back with pypdf: headings keep with what follows, contents dates on one line, long
titles inside the margins, and the document's title, author, subject and language in its metadata."""

from __future__ import annotations

import copy
import datetime
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from pypdf.generic import RectangleObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.export import pdf_sections, render_pdf
from briefing.export.pdf_flow import KeepWithNext
from briefing.export.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

HEADINGS = {"Summary", "Outcomes", "Participants", "Statements", "Commitments", "Source", "Source text"}
NOTES = ("All statements are reported speech", "Direct quotations are set in italics", "The original article")
EXPORTED = datetime.date(2026, 3, 9)

Line = tuple[float, float, str]
"""(y, x, text) of one line of a page, top of the page first when sorted by -y."""


def _lines(page) -> list[Line]:  # type: ignore[no-untyped-def]
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((round(y, 1), x, text))

    page.extract_text(visitor_text=visit)
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, x, text in runs:
        key = next((known for known in lines if abs(known - y) < 1.5), y)
        lines.setdefault(key, []).append((x, text))
    return sorted(((y, min(x for x, _ in parts), " ".join(t.strip() for _, t in sorted(parts)).strip())
                   for y, parts in lines.items()), key=lambda line: -line[0])


def _body(page) -> list[Line]:  # type: ignore[no-untyped-def]
    """The lines inside the frame: no running header, no footer."""
    height = float(RectangleObject(page.mediabox).height)
    return [line for line in _lines(page) if MARGIN_BOTTOM - 2 <= line[0] <= height - MARGIN_TOP + 2]


def _pages(data: bytes) -> list[list[Line]]:
    return [_body(page) for page in PdfReader(io.BytesIO(data)).pages]


def _briefing(summary_lines: int) -> Briefing:
    tall_title = " ".join(["special envoy for river ports, ferry links and inland waterway freight"] * 4)
    said = "Velde said the league will dredge the river next spring."
    return Briefing(
        title="League of river towns meets on dredging",
        event_date="2026-03-02", event_kind="meeting",
        summary="\n\n".join(f"Summary line {n} of the dredging talks." for n in range(summary_lines)),
        participants=[Participant(name=f"Person {n}", title=tall_title, organization="Tellan Valley League",
                                  attended=True) for n in range(3)],
        statements=[Statement(speaker="Person 0", text=said)],
        commitments=[Commitment(actor="Tellan Valley League", text=said, firmness="firm")],
        source=Source(text=said),
    )


def _sweep() -> Iterator[tuple[int, list[list[Line]]]]:
    for count in range(22, 50):
        yield count, _pages(render_pdf(_briefing(count), export_date=EXPORTED))


def test_a_heading_never_ends_a_page() -> None:
    moved = 0
    for count, pages in _sweep():
        for number, lines in enumerate(pages, start=1):
            assert lines, (count, number)
            last = lines[-1][2]
            assert last not in HEADINGS and not last.startswith(NOTES), (count, number, last)
            assert last != "Person 0", (count, number)  # a speaker's name stays with their first words
            moved += number > 1 and lines[0][2] == "Participants"
    assert moved  # some lengths really put the heading where the page ends: it went over with its table


def test_the_sweep_catches_a_heading_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_sections, "keep_with_next", lambda leading, rest: [*leading, *rest])
    orphans = [count for count, pages in _sweep() for lines in pages if lines[-1][2] in HEADINGS]
    assert orphans


def test_a_heading_goes_with_the_first_row_of_a_long_table() -> None:
    briefing = _briefing(30)
    briefing.commitments = [Commitment(actor="League", text=f"Commitment number {n} of many.", firmness="firm")
                            for n in range(80)]
    pages = _pages(render_pdf(briefing, export_date=EXPORTED))
    start = next(n for n, lines in enumerate(pages) if any(line[2] == "Commitments" for line in lines))
    after = [line[2] for line in pages[start]]
    heading = after.index("Commitments")
    # the table starts under its heading on that page (not on the next one)
    assert any(text.startswith("1 League") or "Commitment number 0" in text for text in after[heading:])


def test_keep_with_next_behaves_as_one_flowable_for_the_frame() -> None:
    flowable = KeepWithNext([pdf_sections.Paragraph("Heading", None)], pdf_sections.Paragraph("Body", None))
    assert flowable.wrap(400, 100)[1] > 100  # always asks to be split: split places its parts


def _book() -> list[Briefing]:
    first = _briefing(3)
    long_title = ("Joint working session of the Provincial Department of Commerce and the Regional Agency for "
                  "Internationalisation on cold-chain logistics, cross-border e-commerce pilot zones and the "
                  "trade fair calendar, with the harbour boards of both river leagues")
    dates = ["2026-09-30", "2026-11-28", "2025-12-31"]
    book = [first]
    for index, date in enumerate(dates):
        other = copy.deepcopy(first)
        other.title, other.event_date = (long_title if index == 0 else f"Follow-up {index}"), date
        book.append(other)
    return book


def test_contents_dates_never_wrap_and_titles_wrap_beside_them() -> None:
    book = _book()
    contents = _pages(render_pdf(book, export_date=EXPORTED))[1]
    texts = [line[2] for line in contents]
    for date in ("30 September 2026", "28 November 2026", "31 December 2025", "2 March 2026"):
        assert any(text.startswith(date) for text in texts), (date, texts)
    assert not any(text in ("2026", "2025") for text in texts)  # no year left on a line of its own
    title_lines = [line for line in contents if "Internationalisation" in line[2] or "river leagues" in line[2]
                   or "Joint working session" in line[2]]
    assert len(title_lines) >= 2  # the long title wraps ...
    starts = {round(line[1]) for line in title_lines if not line[2].startswith("30 September")}
    assert len(starts) == 1 and starts.pop() > MARGIN_X + 60  # ... under its own first line, beside the dates


def test_an_odd_long_date_stays_on_one_line_in_the_contents() -> None:
    book = _book()
    book[1].event_date = "sometime in the second half of the year, after the harvest festival of the river towns"
    contents = _pages(render_pdf(book, export_date=EXPORTED))[1]
    assert any("sometime in the" in line[2] and "\u2026" in line[2] for line in contents)
    assert not any(line[2].startswith("river towns") for line in contents)


def test_a_long_title_wraps_inside_the_margins() -> None:
    briefing = _briefing(2)
    briefing.title = "Talks on " + "x" * 150 + " and " + "the river ports of the league " * 6
    data = render_pdf(briefing, export_date=EXPORTED)
    reader = PdfReader(io.BytesIO(data))
    width = float(RectangleObject(reader.pages[0].mediabox).width)
    lines = _body(reader.pages[0])
    title_lines = [line for line in lines if "xxxx" in line[2] or "river ports" in line[2]][:6]
    assert len(title_lines) >= 3
    for _, x, text in title_lines:
        assert x >= MARGIN_X - 1 and x + stringWidth(text, "Helvetica-Bold", 17) <= width - MARGIN_X + 1, text


def _info(data: bytes) -> tuple[dict, str | None]:
    reader = PdfReader(io.BytesIO(data))
    lang = reader.trailer["/Root"].get("/Lang")
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    return dict(reader.metadata or {}), (str(lang) if lang is not None else None)


def test_metadata_of_one_briefing() -> None:
    briefing = _briefing(2)
    briefing.parties, briefing.tags = ["Tellan Valley League", "Vellmo"], ["dredging"]
    briefing.review, briefing.reviewed_by = "reviewed", "Ilse Marrow"
    info, lang = _info(render_pdf(briefing, export_date=EXPORTED))
    assert info["/Title"] == "League of river towns meets on dredging"
    assert info["/Author"] == "Ilse Marrow"
    assert info["/Subject"] == "Briefing on a meeting of 2 March 2026 between Tellan Valley League and Vellmo"
    assert info["/Keywords"] == "dredging, Tellan Valley League, Vellmo"
    assert lang == "en"


def test_metadata_of_a_book_with_a_draft() -> None:
    book = _book()
    book[2].review = "draft"
    info, lang = _info(render_pdf(book, export_date=EXPORTED))
    assert info["/Title"] == "Briefing book, 31 December 2025 \u2013 28 November 2026"
    assert info["/Author"] == "Briefing"
    assert info["/Subject"] == ("4 briefings on events of 31 December 2025 \u2013 28 November 2026; 1 is a draft, "
                                "not yet reviewed")
    assert lang == "en"


@pytest.mark.parametrize(("text", "tag"), [
    ("吉林省与意大利艾米利亚-罗马涅大区举行视频会议，双方同意加强合作。", "zh"),
    ("さくら市とカエデ町は、来年の春に観光フェアを開きます。", "ja"),
    ("두 도시는 내년 봄에 관광 박람회를 함께 열기로 했습니다.", "ko"),
])
def test_the_language_follows_the_briefings_own_words(text: str, tag: str) -> None:
    briefing = Briefing(title=text[:8], summary=text, source=Source(text=text * 3))
    assert _info(render_pdf(briefing, export_date=EXPORTED))[1] == tag


def test_a_paragraph_citation_never_stands_alone_on_a_line() -> None:
    source = "The league will dredge the river and build a pier."
    for extra in range(24):
        text = "The league will dredge the river " + "and the canal " * extra + "next spring."
        briefing = Briefing(title="Dredging", source=Source(text=f"{source}\n\n{text}"),
                            commitments=[Commitment(actor="League", text=text, firmness="firm",
                                                    start=len(source) + 2, end=len(source) + 2 + len(text))])
        for lines in _pages(render_pdf(briefing, export_date=EXPORTED)):
            assert not [line for line in lines if line[2].startswith("\u00b6") and len(line[2]) <= 4], extra
