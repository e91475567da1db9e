"""Font selection: escaping, CJK runs, the CID fallback, TrueType registration and line fitting."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.export.pdf_fonts import (
    CID_FONTS,
    SANS,
    FontChooser,
    cjk_truetype,
    register_truetype,
    wide_fonts,
)


@pytest.fixture
def cid() -> FontChooser:
    return FontChooser(cjk_setting="cid")


def test_ascii_and_latin1_stay_in_the_standard_font(cid):
    assert cid.runs("Plain text, café – “quoted” € Š") == [(None, "Plain text, café – “quoted” € Š")]


def test_markup_escapes_before_switching_fonts(cid):
    text = '<b>x</b> & <font name="y"> 长春 <img src="/etc/passwd"/>'
    markup = cid.markup(text)
    assert markup.startswith("&lt;b&gt;x&lt;/b&gt; &amp; &lt;font name=\"y\"&gt; ")
    assert '<font name="STSong-Light">长春</font>' in markup
    assert "&lt;img src=\"/etc/passwd\"/&gt;" in markup
    assert markup.count("<font") == 1


def test_markup_drops_control_characters_and_handles_none(cid):
    assert cid.markup(None) == ""
    assert cid.markup("a\x00b\x07c\ud800d") == "abcd"


def test_cid_fallback_picks_a_font_per_script(cid):
    assert cid.runs("吉林省") == [(CID_FONTS["zh"], "吉林省")]
    assert cid.runs("東京 さくら")[-1] == (CID_FONTS["ja"], "さくら")
    assert cid.runs("東京さくら") == [(CID_FONTS["ja"], "東京さくら")]
    assert cid.runs("서울시장") == [(CID_FONTS["ko"], "서울시장")]


def test_mixed_text_is_cut_into_runs(cid):
    runs = cid.runs("Governor 景俊海 said")
    assert runs == [(None, "Governor "), (CID_FONTS["zh"], "景俊海"), (None, " said")]


def test_truetype_cjk_font_is_used_when_found():
    name = cjk_truetype("")
    if name is None:
        pytest.skip("no CJK TrueType font on this system")
    chooser = FontChooser(cjk_setting="")
    assert chooser.runs("长春") == [(name, "长春")]


def test_explicit_font_path_setting(tmp_path):
    assert cjk_truetype(str(tmp_path / "missing.ttf")) is None
    assert FontChooser(cjk_setting=str(tmp_path / "missing.ttf")).runs("长")[0][0] == CID_FONTS["zh"]


def test_register_truetype_rejects_missing_broken_and_cff_files(tmp_path):
    assert register_truetype(str(tmp_path / "nothing.ttf")) is None
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    assert register_truetype(str(broken)) is None
    cff = [p for p in glob.glob("/usr/share/fonts/**/*.otf", recursive=True)
           if Path(p).read_bytes()[:4] == b"OTTO"]
    if cff:
        assert register_truetype(cff[0], probe="A") is None


def test_letters_outside_winansi_use_a_unicode_font_when_one_exists(cid):
    fonts = wide_fonts()
    if fonts is None:
        pytest.skip("no Unicode TrueType font on this system")
    assert cid.runs("Michał") == [(None, "Micha"), (fonts[0], "ł")]
    assert cid.runs("Michał", bold=True)[1] == (fonts[1], "ł")


def test_fit_shortens_with_an_ellipsis(cid):
    text = "A very long running header title " * 10
    fitted = cid.fit(text, SANS, 8, 200)
    assert fitted.endswith("\u2026") and len(fitted) < len(text)
    assert stringWidth(fitted, SANS, 8) <= 200
    assert cid.fit("Short", SANS, 8, 200) == "Short"
