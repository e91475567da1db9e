"""HTML: navigation, scripts, styles, share buttons, related links, cookie banners and comments stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import IngestError, read_article
from briefing.ingest.html import fallback_text, metadata, parse_html, prune, read_html
from tests.ingest.builders import ARTICLE_EN, FIXTURES, PARAGRAPHS_EN, TITLE_EN

NOISE = ["STYLE-NOISE", "SCRIPT-NOISE", "COOKIE-NOISE", "Accept all cookies", "NAV-NOISE", "SHARE-NOISE",
         "NEWSLETTER-NOISE", "RELATED-NOISE", "Related stories", "COMMENT-NOISE", "FOOTER-NOISE",
         "By Anna Rossi", "Home", "window.tracker", "font-family"]


def noisy_source() -> str:
    return (FIXTURES / "noisy_article.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("marker", NOISE)
def test_noise_does_not_reach_the_text(marker: str) -> None:
    assert marker not in read_article(FIXTURES / "noisy_article.html").text


def test_our_fallback_alone_also_keeps_only_the_article() -> None:
    tree = parse_html(noisy_source(), "noisy")
    prune(tree)
    text = fallback_text(tree)
    assert text == ARTICLE_EN
    for marker in NOISE:
        assert marker not in text


def test_short_page_keeps_its_credit_line_and_drops_the_furniture() -> None:
    article = read_article(FIXTURES / "short_page.html")
    assert article.text == ("Brief: Lanshan delegation arrives\n\nThe Lanshan delegation arrived in Parma on "
                            "Monday.\n\nReporting by Li Wei")
    assert "NOISE" not in article.text


def test_metadata_sources_in_order_of_preference() -> None:
    page = """<html><head><title>Talks in Parma - Riverside Daily</title>
      <meta property="og:site_name" content="Riverside Daily">
      <meta property="og:url" content="https://example.org/talks">
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
        {"@type": "NewsArticle", "datePublished": "2023-06-09T10:00:00Z"}]}</script>
      </head><body><p>x</p></body></html>"""
    found = metadata(parse_html(page, "page"))
    assert found == {"title": "Talks in Parma", "published": "2023-06-09", "url": "https://example.org/talks",
                     "outlet": "Riverside Daily"}


def test_time_element_gives_the_date_and_h1_the_title() -> None:
    page = (f"<html><body><article><h1>{TITLE_EN}</h1><time datetime='2024-03-04'>4 March</time>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN) + "</article></body></html>")
    article = read_html(page, "page")
    assert article.published == "2024-03-04"
    assert article.title == TITLE_EN
    assert article.text == ARTICLE_EN


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title></title><script>var x = 1;</script></head><body>"
                    "<nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text") as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_line_breaks_inside_paragraphs_and_entities() -> None:
    page = "<html><body><article><p>Wu&nbsp;Mingde &amp; Élise<br>Parma, 3&#160;March</p></article></body></html>"
    text = read_html(page, "page").text
    assert "Wu\u00a0Mingde & Élise" in text
    assert "Parma, 3\u00a0March" in text


def test_ingest_import_stays_light() -> None:
    import subprocess
    import sys

    code = ("import sys, briefing.ingest\n"
            "heavy = [m for m in ('trafilatura', 'lxml', 'docx', 'pypdf', 'charset_normalizer') "
            "if m in sys.modules]\nprint(heavy)\nsys.exit(1 if heavy else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_table_layout_page_with_br_paragraphs_and_a_visible_date() -> None:
    article = read_article(FIXTURES / "table_layout.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Video conference held on trade cooperation between Lanshan and Val d'Oro"
    assert paragraphs[-1] == "Photo/Zhang Hua"
    assert any(p.startswith("Wu Mingde said that Lanshan is willing") for p in paragraphs)
    for marker in ("Home", "About Lanshan", "Share to", "Links:", "Copyright", "Print", "|"):
        assert marker not in article.text, marker
    assert article.published == "2023-06-09"


def test_visible_chinese_date_label() -> None:
    page = ("<html><body><div class='meta'>发布时间：2023年6月9日 来源：兰山省外事办</div><div id='zoom'><p>"
            "6月8日，兰山省与瓦尔多罗大区举行视频会议。</p><p>摄影/张华</p></div></body></html>")
    assert read_html(page, "page").published == "2023-06-09"


def test_layout_class_words_do_not_drop_the_article() -> None:
    page = ("<html><body><div class='page has-sidebar'><div class='col-md-8 hidden-xs story-body'>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN)
            + "</div><div class='sidebar'><p>Most read: RELATED-NOISE</p></div>"
            "<span class='sr-only'>Share on Facebook</span></div></body></html>")
    text = read_html(page, "page").text
    assert text == "\n\n".join(PARAGRAPHS_EN)


def test_a_trafilatura_failure_falls_back_and_says_so(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("heuristic broke")

    monkeypatch.setattr(trafilatura, "extract", broken)
    with caplog.at_level("WARNING", logger="briefing.ingest.html"):
        article = read_article(FIXTURES / "noisy_article.html")
    assert article.text == ARTICLE_EN
    assert "heuristic broke" in caplog.text and "built-in extractor" in caplog.text


def test_a_missing_trafilatura_is_an_error_not_a_silent_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # 'import trafilatura' now raises ImportError
    with pytest.raises(IngestError):
        read_article(FIXTURES / "noisy_article.html")
