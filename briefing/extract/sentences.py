"""Split an article into paragraphs, sentences, word tokens and quotation spans, all with offsets."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.core.news_text import is_page_furniture
from briefing.extract.lexicon import ABBREVIATIONS, CREDIT_BYLINES, CREDIT_PREFIXES, entries, word_regex

TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*(?:(?<=s)['’](?!\w)|['’]s\b)?|''|[^\w\s]")  # ('' : a quote mark)
_BLOCK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_END_RE = re.compile(r"[.!?]+[\"”’')\]]*")
_GLUED_RE = re.compile(r"[a-z]{3}\.[A-Z][a-z]{2,}\b(?!\.)")  # 'accepted.Safadi'; not 'Xinhua.Net.', 'e.g.The'
_LIST_NUMBER_RE = re.compile(r"\s*\(?\d{1,2}[.)]")
_DASH_ATTRIBUTION_RE = re.compile(r"[—–-]+\s*" + word_regex(entries("dash_attribution_verbs")) + r"\b")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"
_QUOTE_CHAR_RE = re.compile(r'[“«„”»"]')
_TERMINAL = tuple(".!?:;\"”’)")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets; `base` is the word without a possessive ending."""
    start: int
    end: int
    text: str
    base: str
    cap: bool
    possessive: bool


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    para: int
    index: int
    text: str
    first_in_para: bool = False
    last_in_para: bool = False
    tokens: list[Token] = field(default_factory=list)
    quotes: list[tuple[int, int, int]] = field(default_factory=list)
    runs: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    index: int
    text: str
    quotes: list[tuple[int, int]] = field(default_factory=list)


# Every character is a space or part of a token, so (spaces, token) pairs tile the text: findall's plain
# strings give the offsets by adding lengths, cheaper than a match object per token.
_SPACED_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")
# The same pattern with possessive quantifiers (no backtracking): each greedy first try already succeeds, since what
# follows a run is optional or cannot start with the run's own characters, so the tokens are the same, found faster.
# Python 3.10 (still supported) has no possessive quantifiers and keeps the plain pattern.
_FAST_TOKEN_RE = re.compile(r"(\s*+)(\w++(?:[’'\-.]\w++)*+(?:(?<=s)['’](?!\w)|['’]s\b)?+|''|[^\w\s])") \
    if sys.version_info >= (3, 11) else _SPACED_TOKEN_RE


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens of `text`, offsets shifted by `offset` (tuples built directly: hot path)."""
    out: list[Token] = []
    add = out.append
    new = tuple.__new__
    end = offset
    articles = "-" in text and _ARTICLE_NAME_RE.search(text) is not None  # 'al-Halboosi' (rare: looked for once)
    for spaces, w in _FAST_TOKEN_RE.findall(text):
        a = end + len(spaces)
        end = a + len(w)
        if w[-1] in "s'’" and len(w) > 1 and ("'" in w or "’" in w) and w != "''":
            if w.endswith(("'s", "’s")):
                add(new(Token, (a, end, w, w[:-2], w[0].isupper(), True)))
                continue
            if w[-1] in "'’":
                add(new(Token, (a, end, w, w[:-1], w[0].isupper(), True)))
                continue
        add(new(Token, (a, end, w, w, w[0].isupper() or (articles and _article_name(w)), False)))
    return out


NAME_ARTICLES = frozenset(entries("name_articles"))  # 'al-Halboosi', 'el-Sisi'
_ARTICLE_NAME_RE = re.compile(r"\b(?:" + "|".join(sorted(NAME_ARTICLES)) + r")-[A-Z]")


def _article_name(word: str) -> bool:
    """A name written with its lower-case Arabic article ('al-Halboosi'): a capitalised word."""
    article, _, rest = word.partition("-")
    return article in NAME_ARTICLES and rest[:1].isupper()


def _furniture_next(rest: str) -> bool:
    """Is the next line short page furniture ('Updated:2019.04.16' under a headline)? Then it is no soft wrap."""
    cut = rest.find("\n")
    line = rest if cut == -1 else rest[:cut]
    return len(line) <= 40 and is_page_furniture(line)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a block into paragraphs at line breaks that end a line of its own (not a soft wrap)."""
    spans: list[tuple[int, int]] = []
    line_start = start
    pos = text.find("\n", start, end)
    while pos != -1:
        line = text[line_start:pos].strip()
        nxt = text[pos + 1:end].lstrip()
        if line and (line.endswith(_TERMINAL) or len(line) <= 60 or nxt[:1] in "-•*(" or nxt[:1].isdigit()
                     or _furniture_next(nxt) or is_page_furniture(line)):  # ('Published: … Updated: …' of its own)
            spans.append((line_start, pos))
            line_start = pos + 1
        pos = text.find("\n", pos + 1, end)
    spans.append((line_start, end))
    return spans


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty paragraphs, trimmed, with their offsets."""
    result: list[Paragraph] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _BLOCK_RE.finditer(text)]
    blocks = []
    for b_start, b_end in bounds:
        blocks.append((pos, b_start))
        pos = b_end
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        for s, e in _line_spans(text, b_start, b_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                para = Paragraph(s, e, len(result), text[s:e])
                para.quotes = _quote_spans(text, s, e)
                result.append(para)
    return result


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches (marks included) in text[start:end]; an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_CHAR_RE.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        if ch == "“" and open_at >= 0 and text[open_at] == "„":
            spans.append((open_at, i + 1))  # German „…“: the low mark opens, the high one closes
            open_at = -1
        elif ch in _OPEN_QUOTES:
            if open_at < 0:
                open_at = i
        elif ch in _CLOSE_QUOTES:
            if open_at >= 0:
                spans.append((open_at, i + 1))
                open_at = -1
        elif ch == '"':
            if open_at < 0:
                open_at = i
            else:
                spans.append((open_at, i + 1))
                open_at = -1
    if open_at >= 0:
        spans.append((open_at, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".'’"):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    return "." in word and all(len(part) <= 2 for part in word.split("."))  # U.S. / a.m.


def split_sentences(text: str, para: Paragraph, first_index: int) -> list[Sentence]:
    """Sentences of one paragraph: a stop, then spaces, then a capital, digit, quote or bracket."""
    bounds: list[int] = []
    s, e = para.start, para.end
    for m in _END_RE.finditer(text, s, e):
        after = m.end()
        if after >= e:
            break
        if not text[after].isspace():
            if _GLUED_RE.match(text, m.start() - 3) and m.group() == ".":
                bounds.append(after)  # 'which he accepted.Safadi conveyed …': a page that lost its spaces
            continue
        k = after
        while k < e and text[k].isspace():
            k += 1
        if k >= e:
            break
        nxt = text[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(«„‚‹[—–-"):  # „‚: German and Polish quotes
            continue
        if _LIST_NUMBER_RE.fullmatch(text, para.start, after):
            continue  # '1. Launch a supplier programme ...': the item's number opens its sentence
        if nxt in "—–-" and _DASH_ATTRIBUTION_RE.match(text, k):
            continue  # '“… alive.” — said Mayor X': the attribution closes the quoted sentence
        if m.group()[0] == "." and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
            word_end = text[k:k + 12].split(" ")[0]
            if not (nxt.isupper() and word_end in ("The", "He", "She", "It", "They", "We", "In", "On", "A")):
                continue
        bounds.append(after)
    sentences: list[Sentence] = []
    starts = [s, *bounds]
    ends = [*bounds, e]
    for a, b in zip(starts, ends):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            sent = Sentence(a, b, para.index, first_index + len(sentences), text[a:b])
            sent.tokens = tokenize(sent.text, a)
            sent.quotes = [(q0, q1, len(text[q0:q1].split())) for q0, q1 in para.quotes if q0 < b and q1 > a]
            sentences.append(sent)
    if sentences:
        sentences[0].first_in_para = True
        sentences[-1].last_in_para = True
    return sentences


def is_credit_line(line: str) -> bool:
    """Bylines and picture or agency credits: 'Photo/...', 'By X', '(Reporting by ...)', '(Xinhua)'."""
    low = line.strip().lower()
    if not low or len(low) > 160:
        return False
    if low.startswith(CREDIT_PREFIXES):
        if low.startswith(CREDIT_BYLINES):  # 'By Jane Roe': a short line with no stop
            return len(low.split()) <= 7 and not low.endswith((".", ":"))
        return True
    if low.startswith("(") and low.endswith(")") and len(low.split()) <= 4:
        return low not in ("(end)", "(ends)")
    return False


def masked(sentence: Sentence, min_words: int = 4) -> str:
    """The sentence with quoted stretches of `min_words` words or more blanked out."""
    text = sentence.text
    if not sentence.quotes:
        return text
    chars = list(text)
    for q0, q1, words in sentence.quotes:
        if words >= min_words:
            for i in range(max(q0, sentence.start) - sentence.start, min(q1, sentence.end) - sentence.start):
                chars[i] = " "
    return "".join(chars)


def quoted_words(sentence: Sentence) -> int:
    """How many words of the sentence lie inside quotation marks."""
    return sum(len(sentence.text[max(q0 - sentence.start, 0):q1 - sentence.start].split())
               for q0, q1, words in sentence.quotes if words >= 4)
