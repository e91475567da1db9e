"""One test per input format: .txt, .md, .html, .docx, .pdf, sniffed unknown extensions, pasted text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.ingest import Article, article_from_text, read_article
from tests.ingest.builders import (
    ARTICLE_CP1252,
    ARTICLE_EN,
    FIXTURES,
    PARAGRAPHS_EN,
    TITLE_EN,
    make_docx,
    make_pdf,
)


def test_txt_keeps_the_words_and_cleans_whitespace(tmp_path: Path) -> None:
    raw = TITLE_EN + "  \r\n\r\n\r\n\r\n" + "\r\n".join(p + " \t" for p in PARAGRAPHS_EN) + "\r\n\r\n"
    path = tmp_path / "report.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = read_article(path)
    assert isinstance(article, Article)
    assert article.text == ARTICLE_EN  # one paragraph a line became blank-line separated paragraphs
    assert article.title == TITLE_EN
    assert article.path == str(path)
    assert (article.published, article.url, article.outlet) == (None, None, None)


@pytest.mark.parametrize("width", [56, 64, 72, 76, 80])
def test_txt_hard_wrapped_lines_are_reflowed(tmp_path: Path, width: int) -> None:
    import textwrap

    body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS_EN)  # also breaks after hyphens
    path = tmp_path / "wrapped.txt"
    path.write_text(f"{TITLE_EN}\n{body}\n", encoding="utf-8")
    assert read_article(path).text == ARTICLE_EN


def test_markdown_markup_is_stripped_and_first_heading_is_the_title() -> None:
    article = read_article(FIXTURES / "article.md")
    assert article.title == TITLE_EN
    assert article.published == "2024-03-04"  # from the front matter
    text = article.text
    assert text.startswith(TITLE_EN + "\n\n" + PARAGRAPHS_EN[0] + "\n\n")
    for markup in ("#", "**", "](", "![", "> ", "`", "<https", "front-matter", "---"):
        assert markup not in text, markup
    assert "Students and trade" in text
    assert "- fifty students from Lanshan University next autumn" in text
    assert "the *draft* text at https://example.org/mou." in text  # escaped stars stay literal
    assert "The delegation at the regional palace" not in text  # image alt text is not article text
    assert text.endswith("Photo/Li Wei")


def test_html_main_text_and_metadata() -> None:
    article = read_article(FIXTURES / "noisy_article.html")
    assert article.text == ARTICLE_EN
    assert article.title == TITLE_EN
    assert article.published == "2024-03-04"
    assert article.url == "https://news.example.org/world/lanshan-delegation"
    assert article.outlet == "Riverside Daily"


def test_docx_paragraphs_in_order_with_heading_title_and_created_date(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.docx", table=[["Name", "Role"], ["Wu Mingde", "vice governor"]])
    article = read_article(path)
    expected = "\n\n".join([TITLE_EN, *PARAGRAPHS_EN[:-1], "Name", "Role", "Wu Mingde", "vice governor",
                            PARAGRAPHS_EN[-1]])
    assert article.text == expected
    assert article.title == TITLE_EN
    assert article.published == "2024-03-04"


def test_docx_title_from_core_properties_without_a_heading(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "plain.docx", heading=False, core_title="Lanshan visit (core title)",
                     paragraphs=PARAGRAPHS_EN[:2], created=None)
    article = read_article(path)
    assert article.title == "Lanshan visit (core title)"
    assert article.text == "\n\n".join(PARAGRAPHS_EN[:2])
    assert article.published is None  # python-docx's template date is no publication date


def test_pdf_text_layer_is_reflowed_into_paragraphs(tmp_path: Path) -> None:
    paragraphs = ARTICLE_CP1252.split("\n\n")[1:]  # the standard PDF fonts have no Chinese glyphs
    path = make_pdf(tmp_path / "report.pdf", paragraphs=paragraphs, pages_break=True)
    article = read_article(path)
    assert article.text == ARTICLE_CP1252
    assert article.title == TITLE_EN
    assert article.published is not None and len(article.published) == 10


def test_pdf_metadata_date_and_hyphenated_line_breaks(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    drawn = tmp_path / "drawn.pdf"
    page = canvas.Canvas(str(drawn))
    lines = ["Both sides agreed to deepen their coop-", "eration in agriculture and to exchange",
             "students every year.", "", "Reporting by Li Wei"]
    for index, line in enumerate(lines):
        page.drawString(72, 700 - 14 * index, line)
    page.showPage()
    page.save()
    writer = PdfWriter(clone_from=PdfReader(drawn))
    writer.add_metadata({"/CreationDate": "D:20240304093000+01'00'", "/Title": "Lanshan talks"})
    path = tmp_path / "dated.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    article = read_article(path)
    assert article.text == ("Both sides agreed to deepen their cooperation in agriculture and to exchange "
                            "students every year.\n\nReporting by Li Wei")
    assert article.published == "2024-03-04"
    assert article.title == "Lanshan talks"


@pytest.mark.parametrize("suffix", ["", ".article", ".TXT"])
def test_unknown_extension_is_sniffed_as_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_text(ARTICLE_EN, encoding="utf-8")
    assert read_article(path).text == ARTICLE_EN


def test_unknown_extension_sniffs_html_pdf_and_docx(tmp_path: Path) -> None:
    html = tmp_path / "page.download"
    html.write_bytes((FIXTURES / "noisy_article.html").read_bytes())
    assert read_article(html).outlet == "Riverside Daily"
    pdf = make_pdf(tmp_path / "report.bin", paragraphs=["Wu Mingde met the regional president."])
    assert "Wu Mingde met the regional president." in read_article(pdf).text
    docx = make_docx(tmp_path / "report.dat")
    assert read_article(docx).title == TITLE_EN


def test_pasted_text() -> None:
    article = article_from_text("  \n" + ARTICLE_EN.replace("\n\n", "\n") + "\n\n\n")
    assert article.text == ARTICLE_EN
    assert article.title == TITLE_EN
    assert article.path is None


def test_credit_lines_and_characters_are_kept_verbatim() -> None:
    text = "Talks held\n\nHe said: “ok” — ‘fine’ … 50 € and café.\n\nReporting by Anna Rossi; Editing by Li Wei"
    article = article_from_text(text)
    assert article.text == text


def test_docx_created_date_is_reported(tmp_path: Path) -> None:
    created = dt.datetime(2023, 11, 30, 23, 0, tzinfo=dt.timezone.utc)
    assert read_article(make_docx(tmp_path / "x.docx", created=created)).published == "2023-11-30"


def test_docx_tracked_changes_content_controls_and_breaks(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_heading(TITLE_EN, level=1)
    body = document.element.body
    sect = body[-1]  # new blocks go before the section properties
    sect.addprevious(parse_xml(
        f'<w:p {namespace}><w:r><w:t xml:space="preserve">Wu Mingde </w:t></w:r>'
        '<w:ins w:id="1" w:author="x"><w:r><w:t>warmly </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="x"><w:r><w:delText>coldly </w:delText></w:r></w:del>'
        '<w:r><w:t>welcomed the guests.</w:t><w:br/><w:t>Parma,</w:t><w:tab/><w:t>3 March</w:t></w:r></w:p>'))
    sect.addprevious(parse_xml(
        f'<w:sdt {namespace}><w:sdtContent><w:p><w:r><w:t>Photo/Li Wei</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.text == f"{TITLE_EN}\n\nWu Mingde warmly welcomed the guests.\nParma,\t3 March\n\nPhoto/Li Wei"
    assert article.title == TITLE_EN


def test_pdf_running_headers_page_numbers_and_paragraphs_across_pages(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "pages.pdf"
    page = canvas.Canvas(str(path))
    pages = [["Lanshan and Val d’Oro agree to open trade offices in", "Bologna and in the provincial capital"],
             ["before the end of the year, officials said on Monday.", "", "Photo/Li Wei"],
             ["Wu Mingde thanked the region for its support."]]
    for number, lines in enumerate(pages, start=1):
        page.drawString(72, 800, "Riverside Daily · Monday 4 March 2024")
        for index, line in enumerate(lines):
            page.drawString(72, 700 - 14 * index, line)
        page.drawString(290, 40, f"Page {number} of {len(pages)}")
        page.showPage()
    page.save()
    assert read_article(path).text == (
        "Lanshan and Val d’Oro agree to open trade offices in Bologna and in the provincial capital before "
        "the end of the year, officials said on Monday.\n\nPhoto/Li Wei\n\n"
        "Wu Mingde thanked the region for its support.")
