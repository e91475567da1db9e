"""Property tests: random text and random or damaged files never raise anything but IngestError."""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest import Article, IngestError, article_from_text, read_article
from tests.ingest.builders import FIXTURES, make_docx, make_pdf

SUFFIXES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", "", ".xyz"]
PREFIXES = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body><p>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
            b"---\ntitle: x\n---\n# ", b"<?xml version='1.0' encoding='gb2312'?>"]
# INGEST_FUZZ_EXAMPLES=3000 for a longer hunt; the default keeps the suite quick.
FUZZ = settings(max_examples=int(os.environ.get("INGEST_FUZZ_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@cache
def valid_files() -> dict[str, bytes]:
    folder = Path(tempfile.mkdtemp(prefix="ingest-fuzz-"))
    return {
        ".docx": make_docx(folder / "a.docx").read_bytes(),
        ".pdf": make_pdf(folder / "a.pdf", paragraphs=["Wu Mingde met Élise Moretti in Parma."]).read_bytes(),
        ".html": (FIXTURES / "noisy_article.html").read_bytes(),
        ".md": (FIXTURES / "article.md").read_bytes(),
    }


def read_bytes_as(data: bytes, suffix: str) -> Article | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except IngestError as exc:
            assert str(exc).startswith(f"{path}: ")
            return None
    assert isinstance(article.text, str) and article.text.strip()
    assert "\r" not in article.text and "\n\n\n" not in article.text
    return article


@FUZZ
@given(st.text())
def test_article_from_random_text(text: str) -> None:
    try:
        article = article_from_text(text)
    except IngestError as exc:
        assert str(exc).startswith("pasted text: ")
        return
    assert article.text.strip()
    assert article.text == article.text.strip("\n")


@FUZZ
@given(st.sampled_from(PREFIXES), st.binary(max_size=2048), st.sampled_from(SUFFIXES))
def test_read_article_on_random_bytes(prefix: bytes, data: bytes, suffix: str) -> None:
    read_bytes_as(prefix + data, suffix)


@FUZZ
@given(st.sampled_from(sorted(valid_files())), st.data())
def test_read_article_on_damaged_documents(suffix: str, data: st.DataObject) -> None:
    original = bytearray(valid_files()[suffix])
    cut = data.draw(st.integers(min_value=1, max_value=len(original)), label="cut")
    damaged = original[:cut]
    for _ in range(data.draw(st.integers(min_value=0, max_value=8), label="flips")):
        if damaged:
            index = data.draw(st.integers(min_value=0, max_value=len(damaged) - 1), label="index")
            damaged[index] = data.draw(st.integers(min_value=0, max_value=255), label="byte")
    read_bytes_as(bytes(damaged), suffix)
