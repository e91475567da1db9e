"""HTML read as a flat stream of text blocks (the standard library's tokenizer): for pages nested too deep.

lxml's parser stops building the tree 256 elements down and drops whatever lies below; a page nested
deeper (a broken generator, or a hostile file) is read here instead, with no tree and so no depth, and
so is a page of hundreds of thousands of elements, which the tree's pruning would take minutes over."""

from __future__ import annotations

from html.parser import HTMLParser

from briefing.ingest.clean import paragraphs_to_text

# Elements whose content is never text to read; the head holds the title, which metadata() reads.
SKIPPED = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "iframe", "object",
                     "embed", "canvas", "select", "textarea", "button", "math"})
# Elements that start and end a block of text.
BLOCKS = frozenset("""
    p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre
    figure figcaption table tr td th caption address hr center details summary form body html
""".split())
DEPTH_WARNING = ("the page is nested more than 256 elements deep: its text was read without the page's "
                 "layout, so menus or sidebars may be included")
CROWDED_WARNING = ("the page has more than 100,000 elements: its text was read without the page's layout, so "
                   "menus or sidebars may be included")


class _BlockText(HTMLParser):
    """Collects text between block boundaries, skipping scripts, styles and the head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skipping: dict[str, int] = {}

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # the body ends the head, closed or not
            self.skipping.pop("head", None)
        if tag in SKIPPED:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        elif tag in BLOCKS or tag == "br":
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            if self.skipping.get(tag):
                self.skipping[tag] -= 1
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not any(self.skipping.values()):
            self.current.append(data)


def flat_text(source: str) -> str:
    """The visible text of an HTML document, one paragraph per block, whatever its depth."""
    reader = _BlockText()
    reader.feed(source)
    reader.close()
    reader.flush()
    return paragraphs_to_text(reader.paragraphs)
