"""Font selection: escaping, CJK runs in the bundled TrueType font, TrueType registration and line fitting."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.export.pdf_fonts import (
    SANS,
    FontChooser,
    MissingFontError,
    cjk_fonts,
    cjk_truetype,
    register_truetype,
    wide_fonts,
)


@pytest.fixture
def chooser() -> FontChooser:
    """The chooser of an export with no font setting (the bundled CJK font)."""
    return FontChooser(cjk_setting="")


@pytest.fixture
def cjk() -> str:
    return cjk_fonts("")[0]


def test_ascii_and_latin1_stay_in_the_standard_font(chooser):
    assert chooser.runs("Plain text, café – “quoted” € Š") == [(None, "Plain text, café – “quoted” € Š")]


def test_markup_escapes_before_switching_fonts(chooser, cjk):
    text = '<b>x</b> & <font name="y"> 长春 <img src="/etc/passwd"/>'
    markup = chooser.markup(text)
    assert markup.startswith("&lt;b&gt;x&lt;/b&gt; &amp; &lt;font name=\"y\"&gt; ")
    assert f'<font name="{cjk}">长春</font>' in markup
    assert "&lt;img src=\"/etc/passwd\"/&gt;" in markup
    assert markup.count("<font") == 1


def test_markup_drops_control_characters_and_handles_none(chooser):
    assert chooser.markup(None) == ""
    assert chooser.markup("a\x00b\x07c\ud800d") == "abcd"


def test_chinese_japanese_and_korean_share_the_bundled_font(chooser, cjk):
    assert cjk.startswith("BriefingFont-wqy-microhei")
    assert chooser.runs("吉林省") == [(cjk, "吉林省")]
    assert chooser.runs("東京 さくら") == [(cjk, "東京"), (None, " "), (cjk, "さくら")]
    assert chooser.runs("서울시장") == [(cjk, "서울시장")]


def test_mixed_text_is_cut_into_runs(chooser, cjk):
    runs = chooser.runs("Governor 景俊海 said")
    assert runs == [(None, "Governor "), (cjk, "景俊海"), (None, " said")]


def test_truetype_cjk_font_is_used_when_found():
    name = cjk_truetype("")
    assert name is not None
    chooser = FontChooser(cjk_setting="")
    assert chooser.runs("长春") == [(name, "长春")]


def test_explicit_font_path_setting(tmp_path):
    assert cjk_truetype(str(tmp_path / "missing.ttf")) is None
    chooser = FontChooser(cjk_setting=str(tmp_path / "missing.ttf"))
    assert chooser.runs("Latin only") == [(None, "Latin only")]  # a Latin text never needs the font
    with pytest.raises(MissingFontError, match="BRIEFING_CJK_FONT names .*missing.ttf"):
        chooser.runs("长")


def test_register_truetype_rejects_missing_broken_and_cff_files(tmp_path):
    assert register_truetype(str(tmp_path / "nothing.ttf")) is None
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    assert register_truetype(str(broken)) is None
    cff = [p for p in glob.glob("/usr/share/fonts/**/*.otf", recursive=True)
           if Path(p).read_bytes()[:4] == b"OTTO"]
    if cff:
        assert register_truetype(cff[0], probe="A") is None


def test_letters_outside_winansi_use_a_unicode_font_when_one_exists(chooser):
    fonts = wide_fonts()
    if fonts is None:
        pytest.skip("no Unicode TrueType font on this system")
    assert chooser.runs("Michał") == [(None, "Micha"), (fonts[0], "ł")]
    assert chooser.runs("Michał", bold=True)[1] == (fonts[1], "ł")


def test_fit_shortens_with_an_ellipsis(chooser):
    text = "A very long running header title " * 10
    fitted = chooser.fit(text, SANS, 8, 200)
    assert fitted.endswith("\u2026") and len(fitted) < len(text)
    assert stringWidth(fitted, SANS, 8) <= 200
    assert chooser.fit("Short", SANS, 8, 200) == "Short"
