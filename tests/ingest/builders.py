"""Invented fixture articles and the helpers that write them as .txt/.docx/.pdf files for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

TITLE_EN = "Lanshan delegation visits Val d’Oro region"
PARAGRAPHS_EN = [
    "On 3 March, a delegation from the made-up province of Lanshan (兰山省), led by vice governor "
    "Wu Mingde, visited the partner region of Val d’Oro for talks on agriculture, education and tourism.",
    "“We will open a trade office in Bologna before the end of the year,” Wu said, adding that Lanshan "
    "welcomes investment worth €50 million in its food-processing parks.",
    "Regional president Élise Moretti, speaking in the café of the regional palace, said the region "
    "would host fifty students from Lanshan University "
    "next autumn and send a trade mission to the province in May.",
    "Photo/Li Wei",
]
ARTICLE_EN = "\n\n".join([TITLE_EN, *PARAGRAPHS_EN])

# Windows-1252 has no Chinese: the same report without the place name in characters.
ARTICLE_CP1252 = ARTICLE_EN.replace(" (兰山省)", "")

TITLE_ZH = "兰山省代表团访问瓦尔多罗大区"
PARAGRAPHS_ZH = [
    "3月3日，兰山省副省长吴明德率领代表团访问友好大区瓦尔多罗，双方就农业、教育和旅游合作进行了会谈。",
    "吴明德表示：“我们将在年底前在博洛尼亚设立贸易办事处。”他说，兰山欢迎对食品加工园区投资5000万欧元（€）。",
    "大区主席埃莉丝·莫雷蒂表示，大区明年秋天将接待兰山大学的五十名学生。",
    "摄影/李伟",
]
ARTICLE_ZH = "\n\n".join([TITLE_ZH, *PARAGRAPHS_ZH])


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def make_docx(path: Path, title: str = TITLE_EN, paragraphs: list[str] | None = None,
              created: dt.datetime | None = dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.timezone.utc),
              heading: bool = True, core_title: str | None = None, table: list[list[str]] | None = None) -> Path:
    """A Word document: a Title-styled headline (or none), body paragraphs, an optional table."""
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(title, level=0)
    for text in paragraphs if paragraphs is not None else PARAGRAPHS_EN[:-1]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if paragraphs is None:
        document.add_paragraph(PARAGRAPHS_EN[-1])
    if created is not None:
        document.core_properties.created = created
    if core_title is not None:
        document.core_properties.title = core_title
    document.save(str(path))
    return path


def make_pdf(path: Path, title: str | None = TITLE_EN, paragraphs: list[str] | None = None,
             encrypt: str | None = None, pages_break: bool = False) -> Path:
    """A PDF with a real text layer: a Title-styled headline and body paragraphs that wrap over lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    document = SimpleDocTemplate(str(path), pagesize=A4, title=title or "", author="Fixture",
                                 encrypt=encrypt, invariant=True)
    story: list = [Paragraph(title, styles["Title"])] if title else []
    for index, text in enumerate(paragraphs if paragraphs is not None else PARAGRAPHS_EN):
        if pages_break and index == 2:
            story.append(PageBreak())
        story.append(Paragraph(text, styles["BodyText"]))
    document.build(story)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose page holds only a drawing: no text layer, as from a scanner."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(100, 100, 300, 400, fill=1)
    page.showPage()
    page.save()
    return path
