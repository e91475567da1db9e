"""Search hits for people and programs: marked snippets, hit types, JSON, and where query words occur."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search itself is imported when the first search runs, not to show the window
    from briefing.store.search import Hit, SearchResult
# The store's query parser and hit marks (store.query, store.hits) are imported where they are used, when a
# query is first parsed or a hit first shown: the window's first paint has neither.

WORD = re.compile(r"\w+", re.UNICODE)
HIT_TYPES = {"title": "text", "summary": "text", "source": "text", "participant": "participant",
             "statement": "statement", "commitment": "commitment"}
TEXT_PLACES = {"title": "the title, parties or places", "summary": "the summary", "source": "the source text"}
ORDER_LABELS = {"fast": "newest stored first", "rank": "by relevance", "newest": "newest first"}


def hit_type(kind: str) -> str:
    """The type shown for a hit: statement, commitment, participant or text."""
    return HIT_TYPES.get(kind, "text")


def hit_place(kind: str) -> str:
    """Where in the briefing a hit is, in words (for tooltips)."""
    return TEXT_PLACES.get(kind, f"a {kind}")


def plain_snippet(snippet: str) -> str:
    from briefing.store.hits import HIT_END, HIT_START
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def snippet_marks(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet as plain text and the [start, end) offsets of its highlighted words in it."""
    from briefing.store.hits import HIT_END, HIT_START
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for ch in snippet:
        if ch == HIT_START:
            start = length if start is None else start
        elif ch == HIT_END:
            if start is not None and length > start:
                marks.append((start, length))
            start = None
        else:
            plain.append(ch)
            length += 1
    if start is not None and length > start:
        marks.append((start, length))
    return "".join(plain), marks


def bracketed_snippet(snippet: str) -> str:
    """The snippet with its highlighted words in [brackets], for a terminal."""
    from briefing.store.hits import HIT_END, HIT_START
    return snippet.replace(HIT_START, "[").replace(HIT_END, "]")


def hit_dict(hit: Hit) -> dict[str, object]:
    text, marks = snippet_marks(hit.snippet)
    return {"briefing_id": hit.briefing_id, "kind": hit.kind, "position": hit.position, "title": hit.title,
            "event_date": hit.event_date, "snippet": text, "highlights": [list(mark) for mark in marks]}


def hits_json(result: SearchResult) -> str:
    """The hits as JSON a program reads without guessing: plain snippets with highlight offsets."""
    return json.dumps({"hits": [hit_dict(hit) for hit in result.hits], "notes": result.notes,
                       "reason": result.reason}, ensure_ascii=False)


def title_snippet(snippet: str, title: str, separator: str = " · ") -> str:
    """A title hit's snippet (title, parties and places run together) with a separator after the title."""
    from briefing.store.hits import HIT_END, HIT_START
    index, plain = 0, 0
    while index < len(snippet) and plain < len(title):
        ch = snippet[index]
        if ch not in (HIT_START, HIT_END):
            if ch != title[plain]:
                return snippet  # clipped or changed: leave it as it is
            plain += 1
        index += 1
    while index < len(snippet) and snippet[index] == HIT_END:
        index += 1  # a mark that closes on the title's last word belongs to the title
    if plain == len(title) and snippet[index:index + 1] == " ":
        return snippet[:index] + separator + snippet[index + 1:]
    return snippet


def snippet_html(snippet: str, mark_open: str, mark_close: str) -> str:
    """The snippet escaped as HTML, its marked words wrapped in mark_open/mark_close (even if unbalanced)."""
    from briefing.store.hits import HIT_END, HIT_START
    parts: list[str] = []
    inside = False
    for piece in re.split(f"([{HIT_START}{HIT_END}])", snippet):
        if piece == HIT_START:
            if not inside:
                parts.append(mark_open)
                inside = True
        elif piece == HIT_END:
            if inside:
                parts.append(mark_close)
                inside = False
        elif piece:
            parts.append(html.escape(piece))
    if inside:
        parts.append(mark_close)
    return "".join(parts)


@dataclass(frozen=True)
class MatchTerm:
    """One word of a query as it is found in shown text: folded, and whether it is a prefix."""

    word: str
    prefix: bool = False

    @property
    def cjk(self) -> bool:
        from briefing.store.query import CJK_CHAR  # the store's, compiled once
        return bool(CJK_CHAR.search(self.word))


def fold(text: str) -> str:
    """Case- and diacritic-folded, the way the search index compares words (Città = citta)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_terms(text: str) -> list[MatchTerm]:
    """The words to highlight for a query: its words and phrases, and a speaker: filter's name."""
    if not text.strip():
        return []
    from briefing.store.query import parse
    query = parse(text)
    terms: dict[MatchTerm, None] = {}
    for clause in query.clauses:
        for term in clause:
            for i, token in enumerate(term.tokens):
                terms[MatchTerm(fold(token), term.prefix and i == len(term.tokens) - 1)] = None
    speaker = query.filters.get("speaker", "")
    for token in WORD.findall(speaker):
        terms[MatchTerm(fold(token), True)] = None
    return [term for term in terms if term.word]


def match_spans(text: str, terms: list[MatchTerm]) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) code-point spans of `text` where any of the terms occurs."""
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    words = [t for t in terms if not t.cjk]
    if words:
        whole = {t.word for t in words if not t.prefix}
        prefixes = tuple(t.word for t in words if t.prefix)
        for found in WORD.finditer(text):
            folded = fold(found.group())
            if folded in whole or (prefixes and folded.startswith(prefixes)):
                spans.append(found.span())
    cjk = [t.word for t in terms if t.cjk]
    if cjk:
        folded_text = text.casefold()
        if len(folded_text) == len(text):  # offsets still line up after case folding
            for word in cjk:
                start = folded_text.find(word)
                while start >= 0:
                    spans.append((start, start + len(word)))
                    start = folded_text.find(word, start + 1)
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def utf16_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same spans in UTF-16 units, as Qt counts them (characters beyond U+FFFF count twice)."""
    if not spans or all(ord(ch) <= 0xFFFF for ch in text):
        return spans
    table = [0]
    for ch in text:
        table.append(table[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return [(table[start], table[end]) for start, end in spans]


def marked_html(text: str, spans: list[tuple[int, int]], mark_open: str, mark_close: str) -> str:
    """`text` escaped as HTML with each span wrapped in mark_open/mark_close."""
    parts, last = [], 0
    for start, end in spans:
        parts += [html.escape(text[last:start]), mark_open, html.escape(text[start:end]), mark_close]
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def result_heading(result: SearchResult | None, count: int, more: bool, pending: bool) -> str:
    """The first line over the hits: how many, in what order, or that nothing matched."""
    if result is None:
        return ""
    if count == 0:
        return "No hits"
    amount = f"{count:,}+ hits" if more else (f"{count:,} hit" if count == 1 else f"{count:,} hits")
    order = ORDER_LABELS.get(result.order, result.order)
    return f"{amount} · {order}" + (" · ranking…" if pending else "")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def result_details(result: SearchResult | None, error: str | None = None) -> list[str]:
    """Lines under the heading: what failed, and what part of the query was ignored."""
    lines: list[str] = []
    if error:
        lines.append(f"The search failed: {error}")
    if result is not None:
        lines += [_sentence(note) for note in result.notes if note]
    return lines


def empty_reason(result: SearchResult | None) -> str:
    """Why there are no hits, for the empty results view ('' while there are hits)."""
    if result is None or result.hits or not result.reason:
        return ""
    return _sentence(result.reason) + ".\nHelp ▸ Search Syntax (F1) shows what you can type."
