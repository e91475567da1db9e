"""Whitespace cleaning, re-flowing wrapped lines into paragraphs, and guessing a headline."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.core.news_text import headline_start, opens_with_dateline

# Lines wider than this (in columns; CJK counts two) were not wrapped by anyone.
UNWRAPPED_WIDTH = 120
# A text narrower than this is a list, an address or a poem, never wrapped prose.
MIN_WRAP_WIDTH = 40
TITLE_MAX = 200

_BLANK_RUNS = re.compile(r"\n{3,}")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪]\s|\d{1,3}[.)]\s|\(\w{1,3}\)\s|>)")
_SENTENCE_END = re.compile(r"""[.!?。！？…:;：；]["'”’»)\]」』）]*$""")
_HYPHENATED = re.compile(r"\w-$")


def normalize(text: str) -> str:
    """Line endings to \\n, no trailing whitespace, at most one blank line in a row, no outer blanks."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def paragraphs_to_text(paragraphs: Iterable[str]) -> str:
    """Join paragraphs with one blank line between them, cleaning each."""
    return normalize("\n\n".join(p for p in (normalize(p) for p in paragraphs) if p))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a normalized text (blocks between blank lines)."""
    return [block for block in text.split("\n\n") if block.strip()]


def is_cjk(ch: str) -> bool:
    """True for Han, kana, Hangul and CJK punctuation: scripts written without spaces between words."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def join_lines(first: str, second: str, dehyphenate: bool = False) -> str:
    """Join a wrapped line to the next: no space inside CJK text; 'coop-' + 'eration' when asked."""
    first = first.rstrip()
    cut, addition = _joint(first[-2:], second, dehyphenate)
    return first[: len(first) - cut] + addition


def join_all(lines: list[str], dehyphenate: bool = False) -> str:
    """The lines of one paragraph joined as join_lines joins two, in time linear in their length
    (joining each line to the paragraph so far copied it every time: minutes for a long paragraph)."""
    pieces = [lines[0]]
    for line in lines[1:]:
        while len(pieces) > 1 and not pieces[-1].strip():  # the paragraph so far, without trailing space
            pieces.pop()
        pieces[-1] = pieces[-1].rstrip()
        tail = (pieces[-2][-2:] + pieces[-1] if len(pieces) > 1 and len(pieces[-1]) < 2 else pieces[-1])[-2:]
        cut, addition = _joint(tail, line, dehyphenate)
        if cut:
            pieces[-1] = pieces[-1][:-cut]
        pieces.append(addition)
    return "".join(pieces) if len(lines) > 1 else lines[0].rstrip()


def _joint(tail: str, second: str, dehyphenate: bool) -> tuple[int, str]:
    """How a line whose last two characters are `tail` joins `second`: characters to drop, text to add."""
    second = second.lstrip()
    if not tail or not second:
        return 0, second
    if tail.endswith("\u00ad"):  # a soft hyphen marks a break point only
        return 1, second
    if _HYPHENATED.search(tail) and second[0].isalnum():
        # Typeset text hyphenates words ('coop-' 'eration'); a line may also break after a real
        # hyphen ('Auvergne-Rhône-' 'Alpes', 'COVID-' '19'), which stays, without a space.
        return (1, second) if dehyphenate and second[0].islower() else (0, second)
    if is_cjk(tail[-1]) and is_cjk(second[0]):
        return 0, second
    return 0, " " + second


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip()))


def columns(text: str) -> int:
    """Width of a line in monospace columns: CJK characters take two."""
    return len(text) + sum(1 for ch in text if ch >= "\u2e80" and is_cjk(ch))


def _room_needed(line: str) -> int:
    """Columns the line's first word would take at the end of the line before it."""
    line = line.lstrip()
    if not line:
        return 0
    if is_cjk(line[0]):  # any CJK character is a break point; allow one more for kinsoku shifts
        return 4
    return 1 + columns(line.split(maxsplit=1)[0])


def _was_wrapped(previous: str, line: str, width: int) -> bool:
    """Did `previous` end because the next word would not fit? CJK lines, whose widths wander with
    digits and Latin letters, count as wrapped when nearly full and not at a sentence's end."""
    used = columns(previous)
    if used + _room_needed(line) > width:
        return True
    return bool(previous and is_cjk(previous[-1]) and used >= 0.8 * width and not ends_sentence(previous))


def wrap_width(blocks: list[list[str]]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when its lines were not wrapped.

    A text is wrapped when most lines that another line follows end near one common width
    (CJK lines within a character of it) and mostly not at the end of a sentence;
    one-paragraph-a-line text varies far more, and its lines end sentences.
    """
    every = [columns(line) for lines in blocks for line in lines[:-1]]
    candidates = sorted(width for width in every if width <= UNWRAPPED_WIDTH)
    if len(candidates) < 2 or len(candidates) < 0.9 * len(every):
        return None
    width = candidates[len(candidates) * 3 // 4]  # robust to a few lines that overshoot the margin
    if width < MIN_WRAP_WIDTH:
        return None
    ends = [line for lines in blocks for line in lines[:-1] if ends_sentence(line)]
    if len(ends) >= 0.5 * len(candidates):
        return None
    full = sum(1 for line_width in candidates if line_width >= width - max(2, width // 4))
    return width if full >= 0.6 * len(candidates) else None


def reflow_block(lines: list[str], width: int | None, dehyphenate: bool = False,
                 soft_breaks: bool = False) -> list[str]:
    """Paragraphs of one block of consecutive non-blank lines.

    A line is joined to the one before it only when that line was wrapped: the text was
    wrapped at `width`, and the next line's first word would not have fitted on the line
    before (with `soft_breaks`, as in Markdown, every line break inside a block is a wrap).
    Lines of unwrapped text (a block with a line longer than UNWRAPPED_WIDTH) and list
    items stay paragraphs of their own, and so do short lines that end early.
    """
    lines = [line.rstrip() for line in lines if line.strip()]
    if not lines:
        return []
    if len(lines) == 1 or max(columns(line) for line in lines) > UNWRAPPED_WIDTH:
        return lines
    if not soft_breaks and width is None:
        return lines
    groups = [[lines[0]]]
    previous = lines[0]
    for line in lines[1:]:
        wrapped = soft_breaks or _was_wrapped(previous, line, width or 0)
        if wrapped and not is_list_item(line):
            groups[-1].append(line)
        else:
            groups.append([line])
        previous = line
    return [join_all(group, dehyphenate) for group in groups]


def reflow(text: str, dehyphenate: bool = False, soft_breaks: bool = False) -> str:
    """Normalize, then re-flow every block into paragraphs separated by one blank line."""
    blocks = [[line.rstrip() for line in block.split("\n") if line.strip()]
              for block in split_paragraphs(normalize(text))]
    width = None if soft_breaks else wrap_width(blocks)
    paragraphs: list[str] = []
    for lines in blocks:
        paragraphs.extend(reflow_block(lines, width, dehyphenate, soft_breaks))
    return paragraphs_to_text(paragraphs)


def looks_like_title(line: str) -> bool:
    """A headline: one short line that is not a list item and does not end like a sentence."""
    line = line.strip()
    if not line or "\n" in line or len(line) > TITLE_MAX or is_list_item(line):
        return False
    if opens_with_dateline(line):
        return False  # 'ISLAMABAD, Jan 13 (APP): The ambassador called on …': a lead cut short
    return not (line.endswith((".", "。", ",", "，", ";", ":")) and not line.endswith("..."))


def guess_title(text: str) -> str | None:
    """The first paragraph (after the page's furniture: a site's name, a date line, a byline) when it reads as a
    headline and more text follows it."""
    paragraphs = split_paragraphs(text)
    lines = [line.strip() for block in paragraphs[:12] for line in block.splitlines() if line.strip()]
    first = headline_start(lines, looks_like_title)
    if first:
        return " ".join(lines[first].split()) if first < len(lines) - 1 and looks_like_title(lines[first]) else None
    if len(paragraphs) >= 2 and looks_like_title(paragraphs[0]):
        return " ".join(paragraphs[0].split())
    return None


def with_headline(title: str | None, body: str) -> str:
    """Body text that starts with its headline: prepend the title unless the body already opens with it."""
    body = normalize(body)
    if not title:
        return body
    first = split_paragraphs(body)[:1]
    if first and _same_words(first[0], title):
        return body
    return paragraphs_to_text([title, body])


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
