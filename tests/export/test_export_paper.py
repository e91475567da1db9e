"""The default paper size from the locale, and page-size names."""

from __future__ import annotations

import locale

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from briefing.export import default_page_size
from briefing.export.pdf_styles import page_size_points


@pytest.fixture
def clean_locale(monkeypatch):
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *args: (None, None))
    monkeypatch.setattr("sys.platform", "linux")
    return monkeypatch


@pytest.mark.parametrize(("var", "value", "expected"), [
    ("LANG", "en_US.UTF-8", "Letter"),
    ("LANG", "fr_CA.UTF-8", "Letter"),
    ("LANG", "es_MX", "Letter"),
    ("LANG", "fil_PH.UTF-8", "Letter"),
    ("LANG", "en_GB.UTF-8", "A4"),
    ("LANG", "zh_CN.UTF-8", "A4"),
    ("LANG", "de_DE@euro", "A4"),
    ("LANG", "C.UTF-8", "A4"),
    ("LC_PAPER", "en_US.UTF-8", "Letter"),
    ("LC_ALL", "es_CO.UTF-8", "Letter"),
])
def test_default_page_size_from_environment(clean_locale, var, value, expected):
    clean_locale.setenv(var, value)
    assert default_page_size() == expected


def test_lc_paper_wins_over_lang(clean_locale):
    clean_locale.setenv("LANG", "en_US.UTF-8")
    clean_locale.setenv("LC_PAPER", "en_GB.UTF-8")
    assert default_page_size() == "A4"


def test_windows_style_locale_names(clean_locale):
    clean_locale.setattr(locale, "getlocale", lambda *args: ("English_United States", "1252"))
    assert default_page_size() == "Letter"
    clean_locale.setattr(locale, "getlocale", lambda *args: ("German_Germany", "1252"))
    assert default_page_size() == "A4"


def test_no_locale_at_all_means_a4(clean_locale):
    assert default_page_size() == "A4"


def test_page_size_names():
    assert page_size_points("A4") == A4
    assert page_size_points("a4") == A4
    assert page_size_points("Letter") == LETTER
    assert page_size_points("US Letter") == LETTER
    with pytest.raises(ValueError):
        page_size_points("Legal")


def test_the_default_page_size_does_not_load_reportlab() -> None:
    import subprocess
    import sys

    code = ("import sys; from briefing.export import default_page_size; default_page_size(); "
            "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
