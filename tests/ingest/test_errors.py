"""Every bad input raises IngestError, whose message names the file and says what is wrong."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import briefing.ingest as ingest
from briefing.ingest import MAX_BYTES, IngestError, article_from_text, read_article
from tests.ingest.builders import PARAGRAPHS_EN, make_docx, make_pdf, make_scanned_pdf


def expect_error(path: Path, fragment: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert fragment in message, message
    assert isinstance(caught.value, ValueError)
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "nowhere.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    expect_error(tmp_path, "is a directory")


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.docx", "empty.pdf", "empty"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    expect_error(path, "is empty")


@pytest.mark.parametrize("content", [b" \n\t\r\n  \n", b"\xef\xbb\xbf\r\n"])
def test_whitespace_only_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    expect_error(path, "no text")


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    expect_error(path, "too large")


def test_size_limit_follows_the_module_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "grows.txt"
    path.write_text("x" * 200, encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    expect_error(path, "too large")


@pytest.mark.parametrize("name", ["image.txt", "image", "image.md", "image.html"])
def test_binary_with_nul_bytes(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    expect_error(path, "binary")


def test_undecodable_control_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.dat"
    path.write_bytes(bytes(range(1, 32)) * 50)
    expect_error(path, "binary")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("this is not a Word document", encoding="utf-8")
    expect_error(path, "not a valid .docx file (not a zip archive")


def test_docx_without_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    expect_error(path, "no word/document.xml")


def test_docx_with_a_damaged_document_part(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx")
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data)
    expect_error(path, "damaged .docx")


def test_truncated_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(good[: len(good) // 2])
    expect_error(path, ".docx")


def test_docx_with_no_text(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "blank.docx", heading=False, paragraphs=["", "   "])
    expect_error(path, "no text")


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage\n%%EOF\n")
    expect_error(path, "PDF")


def test_pdf_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_text("Dear colleagues, this is plain text.", encoding="utf-8")
    expect_error(path, "not a valid PDF")


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", paragraphs=PARAGRAPHS_EN[:1]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good[: len(good) // 3])
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "secret.pdf", paragraphs=PARAGRAPHS_EN[:1], encrypt="s3cret")
    expect_error(path, "encrypted")


def test_pdf_without_a_text_layer(tmp_path: Path) -> None:
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    expect_error(path, "has no text layer (scanned?)")


def test_zip_with_an_unknown_extension_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.bundle"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    expect_error(path, "no word/document.xml")


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "is empty"), ("   \n\n\t", "no text"), ("Wu said\x00hello", "NUL"), ("broken \ud800 text", "surrogates"),
])
def test_pasted_text_errors(text: str, fragment: str) -> None:
    with pytest.raises(IngestError) as caught:
        article_from_text(text)
    assert str(caught.value).startswith("pasted text: ")
    assert fragment in str(caught.value)


def test_pasted_non_text_is_an_ingest_error() -> None:
    with pytest.raises(IngestError, match="not text"):
        article_from_text(b"bytes")  # type: ignore[arg-type]


def test_path_with_a_nul_byte() -> None:
    with pytest.raises(IngestError):
        read_article("bad\x00name.txt")
