"""The PDF export read back with pypdf: content, escaping, Chinese text, books, page sizes, long content."""

from __future__ import annotations

import copy
import datetime
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.export import export_pdf, render_pdf
from briefing.export.pdf_fonts import CJK_FONT_ENV

EXPORT_DATE = datetime.date(2024, 5, 1)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _fonts_used(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_sample_pdf_holds_every_name_statement_and_commitment(sample, read_pdf, tmp_path):
    path = export_pdf([sample], tmp_path / "sample.pdf", export_date=EXPORT_DATE)
    assert path == tmp_path / "sample.pdf"
    reader, pages = read_pdf(path)
    text = normalise(" ".join(pages))
    assert normalise(sample.title) in text
    for person in sample.participants:
        assert person.name in text
    for statement in sample.statements:
        assert normalise(statement.text) in text, statement.text
    for commitment in sample.commitments:
        assert normalise(commitment.text) in text, commitment.text
    assert "Page 1 of" in pages[0]
    assert "Exported 2024-05-01" in pages[0]
    assert sample.source.credit in text
    assert "Source text" in text
    assert "Mentioned only" in text  # Bayanqolu did not attend
    assert reader.metadata.title == sample.title


def test_every_page_has_page_n_of_m(sample, read_pdf, tmp_path):
    reader, pages = read_pdf(export_pdf([sample], tmp_path / "s.pdf", export_date=EXPORT_DATE))
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text


def test_running_header_repeats_the_title_after_the_first_page(sample, read_pdf, tmp_path):
    sample.title = "Jilin and Emilia-Romagna video conference"
    _, pages = read_pdf(export_pdf(sample, tmp_path / "s.pdf", export_date=EXPORT_DATE))
    assert pages[0].count(sample.title) == 1  # the title block only
    assert all(sample.title in page for page in pages[1:])


def test_chinese_prints_as_text(cjk_briefing, read_pdf, tmp_path, monkeypatch):
    monkeypatch.delenv(CJK_FONT_ENV, raising=False)
    reader, pages = read_pdf(export_pdf([cjk_briefing], tmp_path / "zh.pdf", export_date=EXPORT_DATE))
    text = normalise(" ".join(pages))
    assert "吉林省长春市" in text
    assert "吉林省长春市与意大利举行视频会议" in text
    assert "景俊海表示，吉林省高度重视与意大利的友好合作。" in text
    assert "双方将共同建设丝路电动汽车创新中心。" in text
    assert "吉林日报" in text
    fonts = _fonts_used(reader)
    assert not any("STSong-Light" in name for name in fonts)
    assert any("Helvetica" in name or "Times" in name for name in fonts)  # Latin stays in a standard font


def test_chinese_outline_and_header(cjk_briefing, read_pdf, tmp_path):
    cjk_briefing.summary = "长 " * 900  # long enough for a second page with a running header
    reader, pages = read_pdf(export_pdf([cjk_briefing], tmp_path / "zh.pdf", export_date=EXPORT_DATE))
    assert reader.outline[0].title == cjk_briefing.title
    assert cjk_briefing.title in pages[1]


def test_markup_in_user_text_prints_literally(trap_briefing, markup_traps, read_pdf, tmp_path):
    reader, pages = read_pdf(export_pdf([trap_briefing], tmp_path / "t.pdf", export_date=EXPORT_DATE))
    text = normalise(" ".join(pages))
    for trap in markup_traps:
        assert trap in text
    assert "He said " + " ".join(markup_traps) in text
    assert 'https://example.org/"><script>' in text
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        assert not xobjects, "no image may be read into the PDF"
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert not [a for a in annotations if "/URI" in a.get("/A", {})], "a URL with quotes is not linked"


def test_book_has_contents_outline_and_new_page_per_briefing(sample, cjk_briefing, read_pdf, tmp_path):
    second = copy.deepcopy(sample)
    second.title, second.event_date = "Follow-up talks in Bologna", "2021-06-02"
    items = [sample, cjk_briefing, second]
    reader, pages = read_pdf(export_pdf(items, tmp_path / "book.pdf", export_date=EXPORT_DATE))
    assert "Briefing book" in pages[0] and "3 briefings" in pages[0]
    assert "Exported 2024-05-01" in pages[0]
    assert "Page 1 of" not in pages[0]  # the cover carries no footer
    contents = normalise(pages[1])
    assert contents.startswith("Contents")
    top_level = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top_level] == ["Contents", *(b.title for b in items)]
    starts = [reader.get_destination_page_number(item) for item in top_level[1:]]
    assert starts == sorted(starts) and len(set(starts)) == 3
    for briefing, start in zip(items, starts):
        assert normalise(briefing.title) in contents
        assert str(start + 1) in contents.split()
        page_text = normalise(pages[start])
        assert page_text.startswith("BRIEFING"), "each briefing opens its own page"
        assert normalise(briefing.title) in page_text
    sections = [item for item in reader.outline if isinstance(item, list)]
    assert len(sections) == 3 and all("Statements" in [s.title for s in group] for group in sections)
    total = len(pages)
    assert f"Page {total} of {total}" in pages[-1]


def test_page_sizes(sample, tmp_path):
    for size, expected in (("A4", (595.28, 841.89)), ("Letter", (612, 792)), ("letter", (612, 792))):
        reader = PdfReader(str(export_pdf([sample], tmp_path / f"{size}.pdf", page_size=size)))
        for page in reader.pages:
            box = page.mediabox
            assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.05)
    with pytest.raises(ValueError, match="page size"):
        export_pdf([sample], tmp_path / "x.pdf", page_size="B5")


def test_long_statement_and_200_commitments_split_across_pages(read_pdf, tmp_path):
    long_text = " ".join(f"Sentence {n} of a very long statement about cooperation." for n in range(1500))
    unbroken = "x" * 3000  # one 'word' wider than any column
    briefing = Briefing(
        title="Long briefing",
        participants=[Participant(name="Speaker One", title=unbroken)],
        statements=[Statement(speaker="Speaker One", text=long_text),
                    Statement(speaker="Speaker One", text=unbroken, continuation=True)],
        commitments=[Commitment(actor=f"Actor {n}", text=f"Commitment number {n} to do a thing. " * (1 + n % 7),
                                firmness="firm" if n % 3 else "hope", due="2025-01-01") for n in range(200)]
        + [Commitment(actor="Everyone", text="A giant commitment. " * 900)],
        source=Source(text=long_text),
    )
    reader, pages = read_pdf(export_pdf([briefing], tmp_path / "long.pdf", export_date=EXPORT_DATE))
    assert len(pages) > 20
    text = normalise(" ".join(pages))
    assert "Sentence 1499 of a very long statement" in text
    assert "Commitment number 199 to do a thing." in text
    header_pages = [p for p in pages if "Firmness" in p and "Actor" in p]
    assert len(header_pages) >= 3, "the commitments table repeats its header row on each page"
    assert all(p.count("Firmness") == 1 for p in header_pages), "one header row a page"
    assert text.count("giant") == 900, "a cell taller than a page continues below"


def test_minimal_briefing_and_empty_input(read_pdf, tmp_path):
    _, pages = read_pdf(export_pdf([Briefing(title="Only a title")], tmp_path / "m.pdf"))
    assert "Only a title" in pages[0]
    assert "Page 1 of 1" in pages[0]
    with pytest.raises(ValueError):
        export_pdf([], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_export_replaces_an_existing_file_and_leaves_no_temporary(sample, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    export_pdf([sample], target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_render_pdf_returns_bytes_for_one_briefing(sample):
    data = render_pdf(sample, page_size="Letter", export_date=EXPORT_DATE)
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_export_layer_does_not_load_qt(tmp_path):
    code = (
        "import sys; from briefing.core import Briefing; import briefing.export as e; "
        f"e.export_pdf([Briefing(title='t')], {str(tmp_path / 'q.pdf')!r}); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_tall_cells_continue_in_further_rows():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from briefing.export.pdf_tables import GRID, split_tall_rows

    style = ParagraphStyle("cell", fontSize=9, leading=11)
    rows = [["Head", "Text"], [Paragraph("short", style), Paragraph("word " * 3000, style)],
            [Paragraph("two", style), [Paragraph("fits", style)]]]
    physical, groups = split_tall_rows(rows, [100, 300], 200, GRID, first=1)
    assert groups[0][1] > groups[0][0] and groups[1][0] == groups[1][1] == len(physical) - 1
    for row in physical[1:]:
        cell = row[1]
        height = sum(f.wrap(300 - GRID.left - GRID.right, 1000)[1] for f in cell) if cell else 0
        assert height <= 200 - GRID.top - GRID.bottom
    assert physical[2][0] == "" and physical[1][0][0].text == "short"


def test_book_escapes_dates_that_look_like_markup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from briefing.core import Briefing
    from briefing.export import export_pdf

    odd = [Briefing(title="First", event_date='<img src="/etc/passwd"/>'),
           Briefing(title="Second", event_date="<b>x &amp; <font name=\"Nope\">")]
    out = export_pdf(odd, tmp_path / "book.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert '<img src="/etc/passwd"/>' in text and '<font name="Nope">' in text


def test_a_participants_column_nobody_fills_is_left_out(frame_lines) -> None:  # type: ignore[no-untyped-def]
    people = [Participant(name="Dag Rune", title="mayor of Vellmo", country="Norway", attended=True),
              Participant(name="Ana Lima", title="deputy minister of transport", country="Brazil")]
    briefing = Briefing(title="Talks on ports", event_date="2021-03-02", participants=people,
                        source=Source(text="Talks were held."))
    lines = [line for page in frame_lines(render_pdf(briefing)) for line in page]
    assert "Name Title Country Attendance" in lines  # no Organization column: nobody has one
    assert "Dag Rune mayor of Vellmo Norway Attended" in lines
    people[1].organization = "Ministry of Transport"
    lines = [line for page in frame_lines(render_pdf(briefing)) for line in page]
    assert "Name Title Organization Country Attendance" in lines
    assert any(line.startswith("Ana Lima deputy minister") and "Ministry of" in line for line in lines)
