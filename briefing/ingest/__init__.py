"""Ingest: any input file (or pasted text) → an Article of clean text plus the metadata the file states."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from briefing.ingest.article import MAX_BYTES, Article, IngestError

__all__ = ["MAX_BYTES", "Article", "IngestError", "article_from_text", "read_article", "SUFFIXES"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES

_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")


def read_article(path: str | Path) -> Article:
    """Read one file into an Article; any problem with the file raises IngestError naming it."""
    name = str(path)
    try:
        article = _read(Path(path), name)
    except IngestError:
        raise
    except MemoryError:
        raise IngestError("is too large to read into memory", name) from None
    except RecursionError:
        raise IngestError("is nested too deeply to read", name) from None
    except Exception as exc:  # the last guard: no other exception type leaves the ingest layer
        raise IngestError(f"could not be read ({type(exc).__name__}: {exc})", name) from None
    article.path = name
    return article


def article_from_text(text: str, name: str = "pasted text") -> Article:
    """An Article from text already decoded (pasted, or a .txt file): cleaned and re-flowed."""
    try:
        return _from_text(text, name)
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(f"could not be read ({type(exc).__name__}: {exc})", name) from None


def _from_text(text: str, name: str) -> Article:
    from briefing.ingest.clean import guess_title, reflow  # here: a window's start-up reads no article

    if not isinstance(text, str):
        raise IngestError(f"is not text (got {type(text).__name__})", name)
    _check_characters(text, name)
    body = reflow(text)
    if not body:
        raise IngestError("is empty" if not text else "contains no text, only whitespace", name)
    return Article(text=body, title=guess_title(body))


def _check_characters(text: str, name: str) -> None:
    if "\x00" in text:
        raise IngestError("contains binary data (NUL characters), not text", name)
    if _SURROGATE.search(text):
        raise IngestError("contains invalid characters (unpaired surrogates)", name)


def _read(path: Path, name: str) -> Article:
    size = _check_file(path, name)
    kind = _kind(path, name)
    if kind == "docx":
        from briefing.ingest.documents import read_docx

        return read_docx(path, name)
    if kind == "pdf":
        from briefing.ingest.documents import read_pdf

        return read_pdf(path, name)
    from briefing.ingest.decode import declared_charset, decode_text

    data = _read_bytes(path, name, size)
    decoded = decode_text(data, name, declared_charset(data) if kind == "html" else None)
    if kind == "html":
        from briefing.ingest.html import read_html

        article = read_html(decoded.text, name)
    elif kind == "markdown":
        article = _from_markdown(decoded.text, name)
    else:
        article = article_from_text(decoded.text, name)
    article.warnings[:0] = decoded.warnings()
    return article


def _from_markdown(source: str, name: str) -> Article:
    from briefing.ingest.clean import guess_title, reflow
    from briefing.ingest.markdown import markdown_to_text

    _check_characters(source, name)
    markdown = markdown_to_text(source)
    body = reflow(markdown.text, soft_breaks=True)
    if not body:
        raise IngestError("contains no text, only Markdown markup or whitespace", name)
    return Article(text=body, title=markdown.title or guess_title(body), published=markdown.published,
                   url=markdown.url, outlet=markdown.outlet)


def _check_file(path: Path, name: str) -> int:
    """The file's size, after making sure it is an existing, readable, non-empty file under MAX_BYTES."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IngestError("no such file", name) from None
    except PermissionError:
        raise IngestError("cannot be read (permission denied)", name) from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"cannot be opened ({getattr(exc, 'strerror', None) or exc})", name) from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is a directory, not a file", name)
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("is not a regular file", name)
    if info.st_size == 0:
        raise IngestError("is empty", name)
    if info.st_size > MAX_BYTES:
        raise IngestError(f"is too large ({info.st_size / 2**20:.1f} MB; the limit is "
                          f"{MAX_BYTES // 2**20} MB)", name)
    return info.st_size


def _read_bytes(path: Path, name: str, size: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise IngestError("cannot be read (permission denied)", name) from None
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})", name) from None
    if len(data) > MAX_BYTES:
        raise IngestError(f"is too large (the limit is {MAX_BYTES // 2**20} MB)", name)
    if not data:
        raise IngestError("is empty", name)
    return data


def _kind(path: Path, name: str) -> str:
    """'text', 'markdown', 'html', 'docx' or 'pdf': by extension, else by sniffing the first bytes."""
    suffix = path.suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("markdown", MARKDOWN_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("docx", DOCX_SUFFIXES), ("pdf", PDF_SUFFIXES)):
        if suffix in suffixes:
            return kind
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})", name) from None
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # read_docx says plainly when the zip is not a Word document
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(marker in lowered[:1024] for marker in _HTML_MARKERS):
        return "html"
    return "text"
