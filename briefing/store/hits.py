"""A matched briefing's rows: which of them match the query, in what order, and their marked snippets."""

from __future__ import annotations

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


def rows_of(values: Sequence[str | None]) -> list[Row]:
    """The rows of a briefing from its highlighted index columns (see index.SEARCH_COLUMNS)."""
    title, statement, commitment, participant, body, speaker, actor = values
    rows = [Row("title", 0, balance(title or ""))]
    summary, _, source = (body or "").partition(ROW_SEP)
    rows += [Row(kind, 0, balance(text)) for kind, text in (("summary", summary), ("source", source)) if text]
    rows += [Row("participant", i, balance(text)) for i, text in enumerate(split_rows(participant))]
    for kind, texts, whos in (("statement", statement, speaker), ("commitment", commitment, actor)):
        names = split_rows(whos)
        rows += [Row(kind, i, balance(text), balance(names[i]) if i < len(names) else None)
                 for i, text in enumerate(split_rows(texts))]
    return rows


def term_found(term: Term, found: set[str]) -> bool:
    wanted = tokens(" ".join(term.tokens))
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
        self.clauses = query.clauses
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
        return all(any(term_found(term, found) for term in clause) for clause in self.clauses)


def score(row: Row) -> float:
    """How well a row matches, the way bm25 weighs it: more marked words in a shorter row of a
    weightier kind come first."""
    total = 0.0
    for text, weight, typical in ((row.text, WEIGHT[row.kind], TYPICAL_LENGTH[row.kind]),
                                  (row.who, WHO_WEIGHT, WHO_LENGTH)):
        if text and HIT_START in text:
            marked = sum(len(tokens(span)) for span in MARKED.findall(text))
            length = max(1, len(tokens(text)))
            total += weight * marked / (marked + 1.2 * (0.25 + 0.75 * length / typical))
    return total


def ordered(rows: list[Row], order: str) -> list[Row]:
    if order == "rank":
        return sorted(rows, key=lambda r: (-score(r), KIND_ORDER.index(r.kind), r.position))
    return sorted(rows, key=lambda r: (KIND_ORDER.index(r.kind), r.position), reverse=True)


def snippet(row: Row, marked: bool) -> str:
    """The row's text around its best run of marked words, at most SNIPPET_TOKENS words, with '…'
    where it was cut; its speaker or actor when only they matched. Without `marked`, plain text."""
    text = row.text
    if marked and HIT_START not in text and row.who and HIT_START in row.who:
        text = row.who
    if not marked:
        return text.replace(HIT_START, "").replace(HIT_END, "")
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    if len(spans) <= SNIPPET_TOKENS:
        return text
    inside, depth, cursor = [], 0, 0
    for begin, _ in spans:
        segment = text[cursor:begin]
        depth = max(0, depth + segment.count(HIT_START) - segment.count(HIT_END))
        inside.append(depth > 0)
        cursor = begin
    starts = [i for i, hit in enumerate(inside) if hit] or [0]
    best = max(starts, key=lambda s: (sum(inside[s:s + SNIPPET_TOKENS]), -s))
    last_hit = max(i for i in range(best, min(len(spans), best + SNIPPET_TOKENS)) if inside[i] or i == best)
    slack = SNIPPET_TOKENS - (last_hit - best + 1)
    first = max(0, best - slack // 2)
    end = min(len(spans), first + SNIPPET_TOKENS)
    first = max(0, end - SNIPPET_TOKENS)
    begin_char = 0 if first == 0 else spans[first][0]
    end_char = len(text) if end == len(spans) else spans[end - 1][1]
    if begin_char and text[begin_char - 1] == HIT_START:
        begin_char -= 1
    if end_char < len(text) and text[end_char] == HIT_END:
        end_char += 1
    part = balance(text[begin_char:end_char])
    return ("…" if first > 0 else "") + part + ("…" if end < len(spans) else "")
