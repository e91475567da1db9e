"""Hostile files end in an article or one IngestError sentence: bad UTF-8, zip bombs, AES PDFs, deep HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import MAX_BYTES, IngestError, read_article
from briefing.ingest.decode import decode_text
from tests.ingest.builders import ARTICLE_CP1252, ARTICLE_EN, ARTICLE_ZH
from tests.ingest.hostile import (
    RUSSIAN,
    aes_pdf,
    content_bomb_pdf,
    deep_html,
    utf8_with_bad_bytes,
    zip_bomb_docx,
)


def one_line_error(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("text", [ARTICLE_ZH, RUSSIAN * 3, ARTICLE_EN], ids=["chinese", "russian", "english"])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_utf8_with_one_bad_byte_is_utf8_with_one_replacement(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(utf8_with_bad_bytes(text))
    article = read_article(path)
    assert article.text.count("\ufffd") == 1
    cleaned = article.text.replace("\ufffd", "")
    for word in ("兰山省", "Цзилинь", "Lanshan"):
        if word in text:
            assert word in cleaned  # no mojibake (cp866 read 'Цзилинь' as 'ЦзилинЬ'-like noise)
    assert article.warnings == ["1 invalid UTF-8 byte sequence was replaced with “\ufffd”"]


def test_truncated_sequences_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "quotes.md"
    path.write_bytes(utf8_with_bad_bytes(ARTICLE_EN.replace("’", "’’"), b"\xe2\x80", 3))
    article = read_article(path)
    assert "тАЩ" not in article.text and "’" in article.text
    assert article.warnings == ["3 invalid UTF-8 byte sequences were replaced with “\ufffd”"]


def test_utf8_with_a_bom_and_a_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + utf8_with_bad_bytes(ARTICLE_EN))
    article = read_article(path)
    assert article.text.count("\ufffd") == 1 and article.warnings


def test_clean_files_carry_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_bytes(ARTICLE_ZH.encode("utf-8"))
    assert read_article(path).warnings == []


@pytest.mark.parametrize(("text", "encoding"), [(ARTICLE_CP1252, "cp1252"), (ARTICLE_ZH, "gb18030")])
def test_legacy_encodings_are_not_taken_for_damaged_utf8(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding), "legacy.txt")
    assert decoded.text == text and decoded.replaced == 0


def test_mostly_binary_is_not_utf8_with_replacements() -> None:
    data = bytes((i * 197 + 13) % 256 for i in range(4096)).replace(b"\x00", b"")
    with pytest.raises(IngestError):
        decode_text(data, "noise.bin")


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = zip_bomb_docx(tmp_path / "bomb.docx", inflated=MAX_BYTES + 2**20)
    assert path.stat().st_size < 2**20
    import docx

    def unpacked(*args: object) -> None:
        raise AssertionError("the document was unpacked")

    monkeypatch.setattr(docx, "Document", unpacked)
    message = one_line_error(path)
    assert "too large once unpacked" in message and "20 MB" in message


def test_a_docx_under_the_limit_still_reads(tmp_path: Path) -> None:
    article = read_article(zip_bomb_docx(tmp_path / "long.docx", inflated=2 * 2**20))
    assert article.text.count("Boom.") > 1000


def test_an_aes_encrypted_pdf_says_so(tmp_path: Path) -> None:
    path = aes_pdf(tmp_path / "aes.pdf")
    try:
        article = read_article(path)
    except IngestError as error:
        message = str(error)
        assert message.startswith(f"{path}: is an encrypted PDF") and "\n" not in message, message
        assert "cryptography" not in message
    else:  # an AES library is installed: the empty user password opens it
        assert "Wu" in article.text


def test_an_aes_pdf_with_a_password_says_it_needs_one(tmp_path: Path) -> None:
    message = one_line_error(aes_pdf(tmp_path / "locked.pdf", user_password="s3cret"))
    assert "is an encrypted PDF" in message and "password" in message


def test_a_pdf_whose_content_inflates_past_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import time

    path = content_bomb_pdf(tmp_path / "bomb.pdf", 200)
    assert path.stat().st_size < 2**20
    started = time.perf_counter()
    message = one_line_error(path)
    assert time.perf_counter() - started < 20  # a blow-up guard, not a speed test
    assert "is too large once unpacked (its pages' content comes to over 20 MB, the limit)" in message


def test_a_pdf_page_of_megabytes_of_content_is_left_out_with_a_warning(tmp_path: Path) -> None:
    article = read_article(content_bomb_pdf(tmp_path / "page.pdf", 3))
    assert "meet in May" in article.text and "Boom" not in article.text
    assert article.warnings == ["page 1 was left out: its content comes to 3.0 MB (a drawing, or a damaged page?)"]
    alone = content_bomb_pdf(tmp_path / "alone.pdf", 3, with_text_page=False)
    assert one_line_error(alone).endswith("has no text to read: page 1 was left out: its content comes to 3.0 MB "
                                          "(a drawing, or a damaged page?)")


@pytest.mark.parametrize(("depth", "tag"), [(257, "div"), (300, "div"), (5_000, "span"), (100_000, "div"),
                                            (2_000, "blockquote")])
def test_html_nested_deeper_than_the_parser_goes_keeps_its_text(tmp_path: Path, depth: int, tag: str) -> None:
    path = tmp_path / "deep.html"
    path.write_text(deep_html(depth, tag), encoding="utf-8")
    article = read_article(path)
    assert article.text.count("trade office in Parma") == 4
    assert article.title == "Deep page"
    assert any("nested more than" in warning for warning in article.warnings)


def test_a_deep_page_whose_head_is_never_closed(tmp_path: Path) -> None:
    path = tmp_path / "unclosed-head.html"
    path.write_text(deep_html(400).replace("</head>", ""), encoding="utf-8")
    assert read_article(path).text.count("trade office in Parma") == 4


def test_shallow_html_has_no_depth_warning(tmp_path: Path) -> None:
    path = tmp_path / "shallow.html"
    path.write_text(deep_html(40), encoding="utf-8")
    article = read_article(path)
    assert article.text.count("trade office in Parma") == 4 and article.warnings == []


# Lines of Markdown that made a backtracking pattern try every start against the rest of the line:
# 200 KB of "[" took a minute, "[a](" four minutes; a 20 MB file would never finish.
SLOW_MARKDOWN = {
    "brackets": "[" * 200_000 + "x",
    "links": "[a](" * 50_000,
    "images": "![a](" * 40_000,
    "reference links": "[a][" * 50_000,
    "link titles": '[a](u "' * 30_000,
    "code": "``a`" * 50_000,
    "strong": "**a **" * 30_000,
    "emphasis": "*a *" * 50_000,
    "underscores": "_a _" * 50_000,
    "strike": "~~a ~~" * 30_000,
    "comments": "<!--" * 50_000,
    "tags": "<br" * 60_000,
    "autolinks": "<http:" * 30_000,
    "mail": "<a@" + "b." * 100_000,
    "quotes": ">" * 2_000_000 + " text",
    "heading": "# a" + " " * 200_000 + "b",
    "heading hashes": "# a " + "# " * 100_000 + "b",
}


@pytest.mark.parametrize("line", SLOW_MARKDOWN.values(), ids=SLOW_MARKDOWN.keys())
def test_markdown_lines_that_backtrack_are_read_in_linear_time(tmp_path: Path, line: str) -> None:
    import time

    path = tmp_path / "slow.md"
    path.write_text(f"# Title\n\n{line}\n\nThe governor said the sides will meet in May.\n", encoding="utf-8")
    started = time.perf_counter()
    try:
        article = read_article(path)
    except IngestError:
        article = None
    assert time.perf_counter() - started < 30, "the line was read in quadratic time"
    assert article is not None and "meet in May" in article.text


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_long_hard_wrapped_paragraph_is_read_in_linear_time(tmp_path: Path, suffix: str) -> None:
    """Each wrapped line was joined to the paragraph so far by copying it: 1 MB took two minutes."""
    import textwrap
    import time

    sentence = "The governor said the two sides will open a trade office in Parma next year. "
    path = tmp_path / f"wrapped{suffix}"
    path.write_text("Title\n\n" + textwrap.fill(sentence * 13_000, width=70) + "\n", encoding="utf-8")
    started = time.perf_counter()
    article = read_article(path)
    assert time.perf_counter() - started < 30  # a blow-up guard, not a speed test
    assert article.text.count("trade office in Parma") == 13_000


def test_a_page_of_a_million_empty_elements_is_read_flat_and_quickly(tmp_path: Path) -> None:
    import time

    path = tmp_path / "crowded.html"
    path.write_text(deep_html(3).replace("</body>", "<p>" * 600_000 + "</body>"), encoding="utf-8")
    started = time.perf_counter()
    article = read_article(path)
    assert time.perf_counter() - started < 30  # a blow-up guard, not a speed test
    assert article.text.count("trade office in Parma") == 4
    assert any("more than 100,000 elements" in warning for warning in article.warnings)
