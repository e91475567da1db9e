"""A matched briefing's rows: which of them match the query, in what order, and their marked snippets."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.store.index import ROW_SEP, split_rows
from briefing.store.query import Query, Term, segment_cjk

HIT_START, HIT_END = "\x02", "\x03"
SNIPPET_TOKENS = 24
TOKEN = re.compile(r"[^\W_]+")
MARKED = re.compile(f"{HIT_START}(.*?){HIT_END}", re.DOTALL)
# Storage order of a briefing's rows; the fast and newest pages list a briefing's rows in reverse.
KIND_ORDER = ("title", "summary", "source", "participant", "statement", "commitment")
# bm25-like weight of each kind of row (as the index columns weigh) and a typical length in tokens
WEIGHT = {"title": 10.0, "statement": 5.0, "commitment": 4.0, "participant": 3.0, "summary": 1.0, "source": 1.0}
TYPICAL_LENGTH = {"title": 12, "statement": 30, "commitment": 25, "participant": 20, "summary": 60, "source": 400}
WHO_WEIGHT, WHO_LENGTH = 2.0, 3
CHARS_PER_TOKEN = 6


@dataclass(frozen=True)
class Row:
    """One row of a briefing as the index highlighted it: its text and, for statements and
    commitments, its speaker or actor."""

    kind: str
    position: int
    text: str
    who: str | None = None


def fold(text: str) -> str:
    """Case and diacritics folded as the index's tokenizer folds them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(text: str) -> list[str]:
    return TOKEN.findall(segment_cjk(fold(text)))


def marked_tokens(text: str | None) -> set[str]:
    if not text or HIT_START not in text:
        return set()
    return {token for span in MARKED.findall(balance(text)) for token in tokens(span)}


def balance(part: str) -> str:
    """Close a mark that a row separator cut (a phrase matched across two rows)."""
    first_end, first_start = part.find(HIT_END), part.find(HIT_START)
    if first_end != -1 and (first_start == -1 or first_end < first_start):
        part = HIT_START + part
    if part.rfind(HIT_START) > part.rfind(HIT_END):
        part += HIT_END
    return part


def rows_of(values: Sequence[str | None], marked_only: bool = False) -> list[Row]:
    """The rows of a briefing from its highlighted index columns (see index.SEARCH_COLUMNS);
    with `marked_only`, only those with a marked word in their text or their speaker or actor."""
    title, statement, commitment, participant, body, speaker, actor = values
    rows = []
    if title and (not marked_only or HIT_START in title):
        rows.append(Row("title", 0, balance(title)))
    if body and (not marked_only or HIT_START in body):
        summary, _, source = body.partition(ROW_SEP)
        rows += [Row(kind, 0, balance(text)) for kind, text in (("summary", summary), ("source", source))
                 if text and (not marked_only or HIT_START in text)]
    if participant and (not marked_only or HIT_START in participant):
        rows += [Row("participant", i, balance(text)) for i, text in enumerate(split_rows(participant))
                 if not marked_only or HIT_START in text]
    for kind, texts, whos in (("statement", statement, speaker), ("commitment", commitment, actor)):
        if marked_only and HIT_START not in (texts or "") and HIT_START not in (whos or ""):
            continue
        names = split_rows(whos)
        for i, text in enumerate(split_rows(texts)):
            name = names[i] if i < len(names) else None
            if not marked_only or HIT_START in text or (name is not None and HIT_START in name):
                rows.append(Row(kind, i, balance(text), balance(name) if name is not None else None))
    return rows


def term_found(term: Term, found: set[str], wanted: list[str] | None = None) -> bool:
    """Whether the marked words `found` hold the term (its last word as a prefix if it is one)."""
    wanted = tokens(" ".join(term.tokens)) if wanted is None else wanted
    if not wanted:
        return False
    *whole, last = wanted
    if not all(token in found for token in whole):
        return False
    return last in found or (term.prefix and any(token.startswith(last) for token in found))


class RowMatcher:
    """Tells which rows of a briefing the query matches: every clause in the same row (its text
    or its speaker or actor), a speaker: filter on the statement's speaker."""

    def __init__(self, query: Query) -> None:
        self.clauses = [[(term, tokens(" ".join(term.tokens))) for term in clause] for clause in query.clauses]
        speaker = query.filters.get("speaker")
        self.speaker = Term(TOKEN.findall(fold(speaker)), prefix=True) if speaker else None
        self.commitments_only = "status" in query.filters or "firmness" in query.filters

    def matches(self, row: Row, commitments: set[int] | None) -> bool:
        if self.speaker is not None and (row.kind != "statement" or not term_found(self.speaker,
                                                                                  marked_tokens(row.who))):
            return False
        if self.commitments_only and (row.kind != "commitment" or commitments is None
                                      or row.position not in commitments):
            return False
        if not self.clauses:
            return True
        found = marked_tokens(row.text) | marked_tokens(row.who)
        return bool(found) and all(any(term_found(term, found, wanted) for term, wanted in clause)
                                   for clause in self.clauses)


def score(row: Row) -> float:
    """How well a row matches, the way bm25 weighs it: more marked words in a shorter row of a
    weightier kind come first (a row's length is estimated from its characters)."""
    total = 0.0
    for text, weight, typical in ((row.text, WEIGHT[row.kind], TYPICAL_LENGTH[row.kind]),
                                  (row.who, WHO_WEIGHT, WHO_LENGTH)):
        if text and HIT_START in text:
            marked = text.count(HIT_START)
            length = max(1.0, len(text) / CHARS_PER_TOKEN)
            total += weight * marked / (marked + 1.2 * (0.25 + 0.75 * length / typical))
    return total


def ordered(rows: list[Row], order: str) -> list[Row]:
    if order == "rank":
        return sorted(rows, key=lambda r: (-score(r), KIND_ORDER.index(r.kind), r.position))
    return sorted(rows, key=lambda r: (KIND_ORDER.index(r.kind), r.position), reverse=True)


def snippet(row: Row, marked: bool) -> str:
    """The row's text around its best run of marked words, about SNIPPET_TOKENS words, with '…'
    where it was cut; its speaker or actor when only they matched. Without `marked`, plain text."""
    text = row.text
    if marked and HIT_START not in text and row.who and HIT_START in row.who:
        text = row.who
    if not marked:
        return text.replace(HIT_START, "").replace(HIT_END, "")
    if len(text) <= SNIPPET_TOKENS * CHARS_PER_TOKEN and len(TOKEN.findall(text)) <= SNIPPET_TOKENS:
        return text
    starts = [m.start() for m in MARKED.finditer(text)] or [0]
    reach = SNIPPET_TOKENS * CHARS_PER_TOKEN
    # the mark with the most other marks within a snippet's reach after it
    best = max(starts, key=lambda at: (sum(1 for other in starts if at <= other < at + reach), -at))
    run = [other for other in starts if best <= other < best + reach]
    before = max(0, (SNIPPET_TOKENS - len(TOKEN.findall(text, best, run[-1] + 1)) - 1) // 2)
    lead = [m.start() for m in TOKEN.finditer(text, max(0, best - 40 * before), best)][-before:] if before else []
    begin = lead[0] if lead else best
    words = list(itertools.islice(TOKEN.finditer(text, begin), SNIPPET_TOKENS + 1))
    if len(words) <= SNIPPET_TOKENS and begin > 0:  # near the end: take the last words in full
        words = list(TOKEN.finditer(text, max(0, begin - 2 * reach)))[-SNIPPET_TOKENS:] or words
        begin = words[0].start()
    head = not TOKEN.search(text, 0, begin)
    tail = len(words) <= SNIPPET_TOKENS
    end = len(text) if tail else words[SNIPPET_TOKENS - 1].end()
    begin = 0 if head else begin
    if begin and text[begin - 1] == HIT_START:
        begin -= 1
    if end < len(text) and text[end] == HIT_END:
        end += 1
    return ("" if head else "…") + balance(text[begin:end]) + ("" if tail else "…")
