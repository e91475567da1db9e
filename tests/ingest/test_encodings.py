"""One test per encoding: UTF-8 ± BOM, UTF-16 LE/BE ± BOM, GB18030, Windows-1252, HTML charsets."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.ingest import IngestError, read_article
from briefing.ingest.decode import declared_charset, decode_bytes
from tests.ingest.builders import ARTICLE_CP1252, ARTICLE_EN, ARTICLE_ZH, TITLE_EN, TITLE_ZH


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("utf-32-le", codecs.BOM_UTF32_LE),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "utf32le-bom"])
def test_unicode_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + ARTICLE_EN.replace("\n", "\r\n").encode(encoding))
    article = read_article(path)
    assert article.text == ARTICLE_EN
    assert article.title == TITLE_EN
    assert "\ufeff" not in article.text


def test_gb18030_chinese(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ARTICLE_ZH.encode("gb18030"))
    article = read_article(path)
    assert article.text == ARTICLE_ZH
    assert article.title == TITLE_ZH


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_chinese(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ARTICLE_ZH.encode(encoding))
    assert read_article(path).text == ARTICLE_ZH


def test_gbk_subset_chinese_without_punctuation_hints(tmp_path: Path) -> None:
    text = "兰山省代表团访问瓦尔多罗大区\n\n双方就农业教育和旅游合作进行了会谈"
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("gbk"))
    assert read_article(path).text == text


def test_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ARTICLE_CP1252.encode("cp1252"))
    assert "“" in ARTICLE_CP1252 and "€" in ARTICLE_CP1252 and "é" in ARTICLE_CP1252
    article = read_article(path)
    assert article.text == ARTICLE_CP1252
    assert article.title == TITLE_EN


def test_windows_1252_markdown(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(("# " + ARTICLE_CP1252).encode("cp1252"))
    article = read_article(path)
    assert article.text == ARTICLE_CP1252
    assert article.title == TITLE_EN


def test_html_declared_gb2312_is_decoded_as_gb18030(tmp_path: Path) -> None:
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
            f"<title>{TITLE_ZH}</title></head><body><article><h1>{TITLE_ZH}</h1>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_ZH.split("\n\n")[1:]) + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    article = read_article(path)
    assert article.text == ARTICLE_ZH
    assert article.title == TITLE_ZH


def test_html_misdeclared_charset_valid_utf8_wins(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='iso-8859-1'></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")) + "</article></body></html>")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("utf-8"))
    assert read_article(path).text == ARTICLE_EN


def test_declared_charset_is_found() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1252"?><html>') == "windows-1252"
    assert declared_charset(b"<html><head><meta charset=GBK></head>") == "gbk"
    assert declared_charset(b"<html><head></head>") is None


def test_decode_bytes_rejects_binary() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 20, "controls.txt")
