"""HTML → the article's main text (trafilatura over a pre-cleaned tree, own fallback) and its metadata."""

from __future__ import annotations

import copy
import itertools
import json
import logging
import re
from typing import Any

from briefing.ingest.article import Article, IngestError, clean_field, iso_date
from briefing.ingest.clean import paragraphs_to_text, with_headline

_log = logging.getLogger(__name__)
for _logger in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

# Elements that are never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
             "form", "button", "select", "input", "textarea", "nav", "menu", "dialog")
# class/id words that mark page furniture around an article.
NOISE_WORDS = frozenset("""
    nav navbar navigation menu breadcrumb breadcrumbs sidebar share sharing social sharebar
    related recommended recommend promo advert advertisement ad ads sponsor sponsored banner
    cookie cookies consent gdpr newsletter subscribe subscription signup popup modal
    comment comments disqus respond reply replies footer masthead toolbar tags tag-list pagination
    pager print-only outbrain taboola most-read trending widget byline author dateline
""".split())
ARTICLE_WORDS = frozenset({"article", "content", "story", "post", "entry", "main", "body"})
SCREEN_READER_ONLY = frozenset({"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"})
BLOCK_TAGS = frozenset("""
    p div section article main header footer aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre
    figure figcaption table tr td th caption address hr center details summary
""".split())
_VISIBLE_DATE = re.compile(
    r"(?:\b(?:published|posted|updated|date|released?|release date|time)|发布时间|发布日期|日期|时间)"
    r"\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})", re.IGNORECASE)
# A page with more elements than this (news pages have a few thousand) is read flat: pruning and
# trafilatura spend some 40 µs on each element, minutes for a 20 MB page of empty tags.
MAX_ELEMENTS = 100_000
LAYOUT_CHILDREN = "table div p ul ol h1 h2 h3 h4 h5 h6 article section blockquote".split()
_WORD_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def read_html(source: str, name: str) -> Article:
    """Article text and metadata from an HTML document's text."""
    tree, too_deep = _parse(source, name)
    meta = metadata(tree)
    warnings: list[str] = []
    crowded = next(itertools.islice(tree.iter(), MAX_ELEMENTS, None), None) is not None
    if too_deep or crowded:  # the tree lacks what lies below the parser's depth limit, or is too big to prune
        from briefing.ingest.flat import CROWDED_WARNING, DEPTH_WARNING, flat_text

        body = flat_text(source)
        warnings.append(DEPTH_WARNING if too_deep else CROWDED_WARNING)
    else:
        prune(tree)
        body = _trafilatura_text(tree) or fallback_text(tree)
    if not body.strip():
        raise IngestError("has no article text (the page holds no paragraphs we can read)", name)
    title = meta.get("title")
    return Article(text=with_headline(title, body), title=title, published=meta.get("published"),
                   url=meta.get("url"), outlet=meta.get("outlet"), warnings=warnings)


def parse_html(source: str, name: str) -> Any:
    """An lxml HTML tree, or IngestError when nothing parses."""
    return _parse(source, name)[0]


def _parse(source: str, name: str) -> tuple[Any, bool]:
    """The tree, and whether the parser stopped at its depth limit (256) and left the deeper part out."""
    import lxml.html
    from lxml import etree

    source = _XML_DECL.sub("", source, count=1).replace("\x00", "")
    if not source.strip():
        raise IngestError("is empty", name)
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"is not HTML that can be read ({exc})", name) from None
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    return tree, too_deep


def metadata(tree: Any) -> dict[str, str]:
    """Title, published date, canonical URL and outlet from meta tags, <time> and JSON-LD."""
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = element.get("content")
        if key and content and key not in metas:
            metas[key] = content
    ld = _json_ld(tree)
    found: dict[str, str | None] = {
        "title": _first(clean_field(metas.get("og:title")), clean_field(metas.get("twitter:title")),
                        clean_field(ld.get("headline")), _article_heading(tree), _document_title(tree, metas),
                        _first_heading(tree)),
        "published": _first(*(iso_date(metas.get(key)) for key in (
            "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
            "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date")),
            iso_date(ld.get("datePublished")), _time_element(tree), _visible_date(tree)),
        "url": _first(_link(tree, "canonical"), clean_field(metas.get("og:url")), clean_field(ld.get("url"))),
        "outlet": _first(clean_field(metas.get("og:site_name")), clean_field(metas.get("application-name")),
                         _publisher(ld)),
    }
    return {key: value for key, value in found.items() if value}


def prune(tree: Any) -> None:
    """Remove scripts, styles, navigation, share bars, related links, cookie banners and comments."""
    for element in list(tree.iter(*DROP_TAGS)):
        _drop(element)
    for element in tree.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]"):
        _drop(element)  # print / close-window / share actions
    _unwrap_layout_tables(tree)
    for element in list(tree.iter("header", "footer", "aside")):
        if element.getparent() is not None and not _holds_article(element) and not _inside_article(element):
            _drop(element)
    total = len(_text(tree))
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("html", "body"):
            continue
        if _is_noise(element) and not _holds_article(element) and len(_text(element)) < total * 0.5:
            _drop(element)


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables that lay out a page (blocks or long text in their cells) become plain divs."""
    for table in reversed(list(tree.iter("table"))):
        cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
        layout = any(cell.find(f".//{tag}") is not None for cell in cells for tag in LAYOUT_CHILDREN) or any(
            len(_text(cell)) > 150 for cell in cells)
        if layout:
            for element in [table, *table.xpath("./tbody | ./thead | ./tfoot | .//tr | .//td | .//th")]:
                element.tag = "div"
                for attribute in ("width", "colspan", "rowspan"):
                    element.attrib.pop(attribute, None)


def _visible_date(tree: Any) -> str | None:
    """A labelled date near the top of the page text ('Updated: 2023-06-09', '发布时间：2023年6月9日')."""
    body = next(iter(tree.iter("body")), None)
    if body is None:
        return None
    head = "".join(_text(element) for element in body.iterchildren() if element.tag not in DROP_TAGS)[:5000]
    match = _VISIBLE_DATE.search(head)
    return iso_date(re.sub(r"\s+", "", match.group(1))) if match else None


def fallback_text(tree: Any) -> str:
    """Block-by-block text of the <article> (or <main>, or the body) when trafilatura finds nothing."""
    root = tree
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']", "//body"):
        found = tree.xpath(xpath)
        if found:
            root = found[0]
            break
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r" +", " ", "".join(current))
        paragraphs.extend(line.strip() for line in text.split("\n") if line.strip())
        current.clear()

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in BLOCK_TAGS:
            flush()
        if tag == "br":
            current.append("\n")
        if element.text and tag:
            current.append(_spaces(element.text))
        for child in element:
            walk(child)
            if child.tail:
                current.append(_spaces(child.tail))
        if tag in BLOCK_TAGS:
            flush()

    walk(root)
    flush()
    return paragraphs_to_text(paragraphs)


def _trafilatura_text(tree: Any) -> str:
    """trafilatura's main-text extraction of the pre-cleaned tree; empty when it declines or fails."""
    import trafilatura  # a missing dependency must fail loudly, not hide behind the fallback

    try:
        text = trafilatura.extract(copy.deepcopy(tree), output_format="txt", include_comments=False,
                                   include_tables=True, include_images=False, include_links=False,
                                   with_metadata=False, deduplicate=False)
    except Exception as exc:  # a third-party heuristic: any failure means "use our fallback"
        _log.warning("trafilatura failed (%s); using the built-in extractor", exc)
        return ""
    if not text:
        return ""
    # trafilatura writes one paragraph per line; ours are separated by a blank line.
    return paragraphs_to_text(text.split("\n"))


def _spaces(text: str) -> str:
    return re.sub(r"[ \t\r\n\f]+", " ", text)


def _text(element: Any) -> str:
    return "".join(element.itertext()) if isinstance(element.tag, str) else ""


def _drop(element: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if element.getparent() is not None:
        element.drop_tree()


def _words(element: Any) -> set[str]:
    words: set[str] = set()
    for attribute in ("class", "id", "role"):
        value = (element.get(attribute) or "").lower()
        words.update(value.split())
        words.update(w for w in _WORD_SPLIT.split(value) if w)
    return words


def _is_noise(element: Any) -> bool:
    """Page furniture by its class/id/role words; screen-reader-only labels ('Share on Facebook') too."""
    classes = set((element.get("class") or "").lower().split())
    if classes & SCREEN_READER_ONLY:
        return True
    words = _words(element)
    return bool(words & NOISE_WORDS) and not words & ARTICLE_WORDS


def _holds_article(element: Any) -> bool:
    return bool(element.xpath(".//article | .//main | .//h1 | .//*[@itemprop='articleBody']"))


def _inside_article(element: Any) -> bool:
    return bool(element.xpath("ancestor::article | ancestor::*[@itemprop='articleBody']"))


def _first_heading(tree: Any) -> str | None:
    for element in tree.iter("h1"):
        text = clean_field(_text(element))
        if text:
            return text
    return None


def _article_heading(tree: Any) -> str | None:
    for element in tree.xpath("//article//h1 | //main//h1 | //*[@itemprop='headline']"):
        text = clean_field(_text(element))
        if text:
            return text
    return None


def _document_title(tree: Any, metas: dict[str, str]) -> str | None:
    """<title>, without a trailing ' - Outlet' when the outlet's name is known."""
    element = next(iter(tree.iter("title")), None)
    title = clean_field(_text(element)) if element is not None else None
    outlet = clean_field(metas.get("og:site_name")) or clean_field(metas.get("application-name"))
    if title and outlet:
        for separator in (" | ", " - ", " – ", " — ", " · ", " :: "):
            if title.endswith(separator + outlet):
                return title[: -len(separator + outlet)].strip() or title
    return title


def _time_element(tree: Any) -> str | None:
    for element in tree.iter("time"):
        date = iso_date(element.get("datetime") or "")
        if date:
            return date
    return None


def _link(tree: Any, rel: str) -> str | None:
    for element in tree.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            return clean_field(element.get("href"))
    return None


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that describes an article (or the first object at all)."""
    objects: list[dict[str, Any]] = []
    for element in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(element.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                graph = item.get("@graph")
                members = graph if isinstance(graph, list) else [item]
                objects.extend(x for x in members if isinstance(x, dict))
    for item in objects:
        if "Article" in str(item.get("@type", "")) or "Report" in str(item.get("@type", "")):
            return item
    return objects[0] if objects else {}


def _publisher(ld: dict[str, Any]) -> str | None:
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict):
        return clean_field(publisher.get("name"))
    return clean_field(publisher)


def _first(*values: Any) -> Any:
    for value in values:
        if value:
            return value
    return None

