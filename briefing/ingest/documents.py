"""Word (.docx, python-docx) and PDF (pypdf text layer, re-flowed into paragraphs) documents."""

from __future__ import annotations

import datetime as _dt
import logging
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.ingest.article import MAX_BYTES, Article, IngestError, clean_field, iso_date
from briefing.ingest.clean import (
    ends_sentence,
    guess_title,
    is_list_item,
    join_all,
    paragraphs_to_text,
    reflow_block,
    wrap_width,
)

logging.getLogger("pypdf").addHandler(logging.NullHandler())

# python-docx's blank template carries this creation time: it says nothing about the article.
DOCX_TEMPLATE_CREATED = _dt.datetime(2013, 12, 23, 23, 15, tzinfo=_dt.timezone.utc)
# A .docx's parts, as its zip directory says they unpack: the XML (parsed into memory) within the text
# limit, everything (pictures are stored compressed already) within a few times that.
MAX_UNPACKED = 4 * MAX_BYTES
XML_PARTS = (".xml", ".rels")
# A page of an article holds some 50 KB of content; pypdf reads a page's text in time that grows faster
# than its size (4 MB: 11 s), so a page beyond this is left out with a warning.
MAX_PAGE_CONTENT = 2 * 2**20
JUNK_TITLES = re.compile(r"^(?:untitled|\(anonymous\)|\(unspecified\)|document\d*|microsoft word - .*)$",
                         re.IGNORECASE)
ENCRYPTED_PASSWORD = ("is an encrypted PDF that needs a password to open: save or print an unencrypted copy "
                      "and import that")
ENCRYPTED_AES = ("is an encrypted PDF (AES) that Briefing cannot decrypt: save or print an unencrypted copy "
                 "and import that")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?\s*$",
                          re.IGNORECASE)


def read_docx(path: Path, name: str) -> Article:
    """Paragraphs (and table cells) in document order; title from the first heading or core properties."""
    _check_docx_package(path, name)
    import docx

    try:
        document = docx.Document(str(path))
        paragraphs, heading = _docx_paragraphs(document)
        properties = document.core_properties
        core_title, created = properties.title, properties.created
    except IngestError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise IngestError(f"is a damaged .docx file ({_reason(exc)})", name) from None
    text = paragraphs_to_text(paragraphs)
    if not text:
        raise IngestError("contains no text (the document is empty)", name)
    title = heading or _useful_title(core_title) or guess_title(text)
    published = None if created == DOCX_TEMPLATE_CREATED else iso_date(created)
    return Article(text=text, title=title, published=published)


def _reason(exc: BaseException) -> str:
    """An exception's message, short enough for a dialog."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _check_docx_package(path: Path, name: str) -> None:
    """A .docx is a zip archive holding word/document.xml, of sane size when unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise IngestError("is not a valid .docx file (not a zip archive; an old .doc or a "
                          "password-protected document?)", name) from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise IngestError("is not a valid .docx file (it has no word/document.xml)", name)
    xml = sum(info.file_size for info in infos if info.filename.lower().endswith(XML_PARTS))
    if xml > MAX_BYTES:
        raise IngestError(f"is too large once unpacked (its text parts come to {xml / 2**20:.0f} MB; the limit is "
                          f"{MAX_BYTES // 2**20} MB)", name)
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise IngestError(f"is too large once unpacked (over {MAX_UNPACKED // 2**20} MB)", name)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _docx_paragraphs(document: Any) -> tuple[list[str], str | None]:
    """Every paragraph in document order: body, table cells, content controls, text boxes (once)."""
    from docx.text.paragraph import Paragraph

    paragraphs: list[str] = []
    heading: str | None = None
    for element in document.element.body.iter(f"{_W}p"):
        if any(ancestor.tag == _FALLBACK for ancestor in element.iterancestors()):
            continue  # the legacy copy of a text box that the document also holds as modern markup
        text = _paragraph_text(element)
        if not text.strip():
            continue
        if heading is None and len(paragraphs) <= 2 and _is_heading(Paragraph(element, document._body)):
            heading = clean_field(text)
        paragraphs.append(text)
    return paragraphs, heading


def _paragraph_text(paragraph: Any) -> str:
    """A w:p's visible text, including inserted runs, without deleted text or nested text boxes."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{_W}p" or tag == _FALLBACK or not isinstance(tag, str):
                continue
            if tag in _RUN_TEXT:
                parts.append((child.text or "") if _RUN_TEXT[tag] is None else _RUN_TEXT[tag])
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _is_heading(paragraph: Any) -> bool:
    try:
        style = (paragraph.style.name or "").lower()
    except Exception:
        return False
    return style == "title" or style.startswith("heading")


def _useful_title(value: object) -> str | None:
    title = clean_field(value)
    return None if title is None or JUNK_TITLES.match(title) else title


@dataclass
class PdfLine:
    """One line of a PDF page's text layer, with its baseline and font size when pypdf reports them."""

    text: str
    page: int
    y: float | None = None
    size: float | None = None


def read_pdf(path: Path, name: str) -> Article:
    """The text layer of every page, re-flowed into paragraphs; title from a larger first line or metadata."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(str(path))
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise IngestError(f"is not a valid PDF file (damaged or truncated: {_reason(exc)})", name) from None
    if encrypted:
        _decrypt(reader, name)
    try:
        info = reader.metadata or {}
        raw_title, raw_date = info.get("/Title"), info.get("/CreationDate")
        pages: list[list[PdfLine]] = []
        warnings: list[str] = []
        unpacked = 0
        for number, page in enumerate(reader.pages):
            size = _content_size(page, MAX_BYTES - unpacked)  # before pypdf spends seconds a MB on it
            unpacked += size
            if unpacked > MAX_BYTES:
                raise IngestError(f"is too large once unpacked (its pages' content comes to over "
                                  f"{MAX_BYTES // 2**20} MB, the limit)", name)
            if size > MAX_PAGE_CONTENT:
                warnings.append(f"page {number + 1} was left out: its content comes to {size / 2**20:.1f} MB "
                                "(a drawing, or a damaged page?)")
                pages.append([])
                continue
            pages.append(_page_lines(page, number))
    except IngestError:
        raise
    except (DependencyError, FileNotDecryptedError):  # AES without an AES library: the pages stay locked
        raise IngestError(ENCRYPTED_AES, name) from None
    except Exception as exc:
        raise IngestError(f"is a damaged PDF file ({_reason(exc)})", name) from None
    lines = [line for page_lines in _without_running_lines(pages) for line in page_lines]
    if not any(line.text.strip() for line in lines):
        raise IngestError(f"has no text to read: {warnings[0]}" if warnings else "has no text layer (scanned?)", name)
    paragraphs, heading = pdf_paragraphs(lines)
    text = paragraphs_to_text(paragraphs)
    title = heading or _useful_title(str(raw_title) if raw_title else None) or guess_title(text)
    return Article(text=text, title=title, published=iso_date(str(raw_date)) if raw_date else None,
                   warnings=warnings)


def _decrypt(reader: Any, name: str) -> None:
    """Open a PDF that is encrypted with an empty user password (readable by anyone), or say why not."""
    from pypdf.errors import DependencyError

    try:
        opened = bool(reader.decrypt(""))
    except DependencyError:  # AES-256: even checking the password needs an AES library
        raise IngestError(ENCRYPTED_AES, name) from None
    except Exception:  # a damaged encryption dictionary: as good as a password we do not have
        opened = False
    if not opened:
        raise IngestError(ENCRYPTED_PASSWORD, name)


def _content_size(page: Any, limit: int) -> int:
    """Bytes of a page's content streams once decompressed, counted up to `limit` only: a Flate stream
    is inflated here at most that far, before pypdf would inflate it whole (up to 75 MB) and read it."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    total = 0
    for stream in contents if isinstance(contents, list) else [contents]:
        stream = stream.get_object()
        raw = getattr(stream, "_data", None)
        if stream.get("/Filter") in ("/FlateDecode", ["/FlateDecode"]) and isinstance(raw, bytes):
            try:
                total += len(zlib.decompressobj().decompress(raw, limit - total + 1))
            except zlib.error:  # damaged: let pypdf say so, or recover what it can
                total += len(stream.get_data())
        else:
            total += len(stream.get_data())
        if total > limit:
            break
    return total


def _page_lines(page: Any, number: int) -> list[PdfLine]:
    """A page's lines; baselines and sizes come from pypdf's visitor when its chunks add up to the text."""
    chunks: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            chunks.append((text, float(y), float(size) * scale))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(chunk[0] for chunk in chunks) != text:
        lines = [PdfLine(line, number) for line in text.split("\n")]
    else:
        lines = [PdfLine("", number)]
        for chunk_text, y, size in chunks:
            for index, part in enumerate(chunk_text.split("\n")):
                if index:
                    lines.append(PdfLine("", number))
                line = lines[-1]
                if part.strip() and index == 0 and line.y is None:
                    line.y = y  # the chunk starts on this line
                if part.strip() and line.size is None:
                    line.size = size
                line.text += part
    lines = [line for line in lines if line.text.strip()]
    for edge in (0, -1):  # running page numbers at the top or bottom
        if lines and _PAGE_NUMBER.match(lines[edge].text):
            del lines[edge]
    return lines


def _without_running_lines(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Drop running headers and footers: a first or last line that recurs on most pages."""
    if len(pages) < 3:
        return pages

    def key(line: PdfLine) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.split()))

    for edge in (0, -1):
        counts = Counter(key(lines[edge]) for lines in pages if lines)
        running = {text for text, count in counts.items() if count >= max(2, len(pages) // 2)}
        pages = [lines[1:] if edge == 0 and lines and key(lines[0]) in running else
                 lines[:-1] if edge == -1 and lines and key(lines[-1]) in running else lines for lines in pages]
    return pages


def pdf_paragraphs(lines: list[PdfLine]) -> tuple[list[str], str | None]:
    """Group lines into paragraphs by vertical gaps and font changes; dehyphenate wrapped words."""
    # Gaps between baselines, in units of the font size, so headings and body text compare.
    gaps = [(a.y - b.y) / (a.size or 1.0) for a, b in zip(lines, lines[1:], strict=False)
            if _same_flow(a, b) and a.y is not None and b.y is not None and a.y > b.y]
    # Line spacing inside a paragraph: the lower quartile, since paragraph gaps can be as common.
    usual_gap = sorted(gaps)[len(gaps) // 4] if gaps else None
    sizes = Counter(round(line.size, 1) for line in lines if line.size for _ in line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else None
    lengths = sorted(len(line.text.strip()) for line in lines)
    width = lengths[len(lengths) * 9 // 10] if lengths else 0  # a long URL line does not set the measure
    if usual_gap is None and body_size is None:  # no geometry at all: re-flow by text alone
        texts = [line.text for line in lines]
        return reflow_block(texts, wrap_width([texts]), dehyphenate=True), None
    groups: list[list[str]] = []
    starts_big: list[bool] = []
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is None or _breaks(previous, line, usual_gap, width):
            groups.append([line.text.strip()])
            starts_big.append(bool(body_size and line.size and line.size > body_size + 1))
        else:
            groups[-1].append(line.text)
    paragraphs = [join_all(group, dehyphenate=True) for group in groups]
    heading = paragraphs[0] if starts_big and starts_big[0] and len(paragraphs) > 1 else None
    return paragraphs, clean_field(heading) if heading else None


def _same_flow(a: PdfLine, b: PdfLine) -> bool:
    return a.page == b.page and a.size is not None and b.size is not None and abs(a.size - b.size) <= 0.5


def _breaks(previous: PdfLine, line: PdfLine, usual_gap: float | None, width: int) -> bool:
    """True when `line` starts a new paragraph rather than continuing `previous`."""
    if is_list_item(line.text):
        return True
    if previous.size and line.size and abs(previous.size - line.size) > 0.5:
        return True
    short = len(previous.text.strip()) < width * 0.7
    if previous.page != line.page:  # a paragraph runs on when the page ends mid-sentence
        runs_on = line.text.lstrip()[:1].islower() or not (short or ends_sentence(previous.text))
        return not runs_on
    if previous.y is not None and line.y is not None and usual_gap:
        gap = (previous.y - line.y) / (previous.size or 1.0)
        if gap <= 0 or gap > usual_gap * 1.35:
            return True
    return short and ends_sentence(previous.text)
