"""Chinese, Japanese and Korean print on any machine: the bundled TrueType font is embedded as a subset,
and an export with no CJK font at all says so instead of printing boxes."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from briefing.core import Briefing, Participant, Source
from briefing.core.resources import resources_dir
from briefing.export import pdf_fonts, render_pdf
from briefing.export.pdf_fonts import BUNDLED_CJK_FONT, CJK_FONT_ENV, MissingFontError
from briefing.library import Library, LibraryError

CHINESE = "长白山脚下的两座城市签署了旅游合作备忘录。"
JAPANESE = "さくら市とカエデ町は、来年の春に観光フェアを開きます。"
KOREAN = "두 도시는 내년 봄에 관광 박람회를 함께 열기로 했습니다."


def _trilingual() -> Briefing:
    return Briefing(
        title="桜市 · 단풍시 · 长白 tourism talks",
        event_date="2026-04-02",
        summary=f"{CHINESE}\n\n{JAPANESE}\n\n{KOREAN}",
        participants=[Participant(name="山田花子", title="さくら市長", attended=True),
                      Participant(name="김민준", title="단풍시 시장", attended=True)],
        source=Source(outlet="みなと新聞", text=f"{CHINESE}\n\n{JAPANESE}\n\n{KOREAN}"),
    )


@pytest.fixture(autouse=True)
def fresh_font_lookup(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(CJK_FONT_ENV, raising=False)
    pdf_fonts.cjk_fonts.cache_clear()
    yield
    pdf_fonts.cjk_fonts.cache_clear()


def _fonts(reader: PdfReader) -> list[dict]:
    found = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if font not in found:
                found.append(font)
    return found


def test_the_bundled_font_is_truetype_and_covers_chinese_kana_and_hangul() -> None:
    path = resources_dir() / "fonts" / BUNDLED_CJK_FONT
    assert path.is_file()
    assert (path.parent / "LICENSE-Apache-2.0.txt").is_file() and (path.parent / "NOTICE.txt").is_file()
    face = TTFont("probe", str(path), subfontIndex=0).face
    for char in CHINESE + JAPANESE + KOREAN:
        if not char.isspace() and not char.isascii():
            assert ord(char) in face.charToGlyph, char


def test_cjk_text_extracts_and_its_font_is_an_embedded_subset() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(_trilingual(), export_date=datetime.date(2026, 4, 3))))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for sentence in (CHINESE, JAPANESE, KOREAN, "山田花子", "김민준", "みなと新聞"):
        assert sentence in text, sentence
    fonts = _fonts(reader)
    names = [str(font["/BaseFont"]) for font in fonts]
    assert not any("STSong" in name or "Heisei" in name or "HYSMyeongJo" in name for name in names), names
    assert not any(font["/Subtype"] == "/Type0" for font in fonts)  # no CID font referenced by name
    embedded = [font for font in fonts if font["/Subtype"] == "/TrueType"]
    assert embedded, names
    for font in embedded:
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei.*", str(font["/BaseFont"])), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    standard = {name for name in names if "+" not in name}
    assert standard <= {"/Helvetica", "/Helvetica-Bold", "/Times-Roman", "/Times-Bold", "/Times-Italic",
                        "/Helvetica-Oblique"}


def test_a_font_named_in_the_environment_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = str(resources_dir() / "fonts" / BUNDLED_CJK_FONT)
    monkeypatch.setenv(CJK_FONT_ENV, bundled)
    reader = PdfReader(io.BytesIO(render_pdf(_trilingual())))
    assert CHINESE in reader.pages[0].extract_text()


def test_a_font_setting_that_points_nowhere_fails_in_one_sentence(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CJK_FONT_ENV, str(tmp_path / "nowhere.ttf"))
    with pytest.raises(MissingFontError) as failure:
        render_pdf(_trilingual())
    message = str(failure.value)
    assert CJK_FONT_ENV in message and "nowhere.ttf" in message and "\n" not in message
    assert render_pdf(Briefing(title="Latin only")).startswith(b"%PDF")  # no CJK text, no font needed


def test_no_cjk_font_at_all_fails_naming_the_missing_bundled_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_fonts, "_bundled", lambda pattern: [])
    monkeypatch.setattr(pdf_fonts, "system_cjk_font", lambda: None)
    with pytest.raises(MissingFontError, match=re.escape(BUNDLED_CJK_FONT) + " is missing"):
        render_pdf(_trilingual())


def test_the_library_and_the_command_line_say_what_is_missing(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.cli import cli

    monkeypatch.setenv(CJK_FONT_ENV, str(tmp_path / "gone.ttc"))
    db = tmp_path / "lib.sqlite"
    with Library.open(db, claim=False, seed_sample=False) as library:
        number = library.save(_trilingual())
        with pytest.raises(LibraryError, match="gone.ttc"):
            library.export([number], tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    assert not list(tmp_path.glob(".out.pdf*"))  # no partial file left behind
    result = CliRunner().invoke(cli, ["export", "--db", str(db), str(number), "-o", str(tmp_path / "cli.pdf")])
    assert result.exit_code != 0
    assert "gone.ttc" in result.output and "Traceback" not in result.output
