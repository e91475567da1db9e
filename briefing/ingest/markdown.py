"""Markdown → plain text: markup stripped (headings, emphasis, links, images), first heading as title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.article import clean_field, iso_date
from briefing.ingest.clean import normalize

_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_CLOSING_HASHES = re.compile(r"[ \t]#+$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTES = re.compile(r"^(?: {0,3}>[ \t]?)+")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_COMMENT = re.compile(r"<!--(?:(?!<!--).)*?-->")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")

_ESCAPABLE = "\\`*_{}[]()#+-.!>~|"
_PLACEHOLDER_BASE = 0xF0000  # supplementary private use: never in real text
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
# Inline patterns. The inside of each span cannot run past the next opening of the same kind (or is
# bounded), so a failed start stops there: a line is read in linear time, whatever it holds.
_IMAGE = re.compile(r"!\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])")
_LINK = re.compile(r"\[([^\[\]]+)\]\((?:<[^<>]*>|(?:[^()\s]|\([^()\s]*\))*)"
                   r"(?:[ \t]+(?:\"[^\"]{0,500}\"|'[^']{0,500}'|\([^()]{0,500}\)))?[ \t]*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^@<>\s]+@[^@<>\s.]+(?:\.[^@<>\s.]+)+)>")
_CODE = re.compile(r"(`+)((?:(?!\1).){1,2000}?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_EM_STAR = re.compile(r"\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*")
_EM_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=[^\s_])((?:(?!(?<![\w\\])_).)+?)(?<=[^\s_])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")
_HTML_TAG = re.compile(r"</?(?:br|span|sup|sub|em|strong|b|i|u|a|div|p|img|small|mark|kbd|ins|del)\b[^<>]*>",
                       re.IGNORECASE)


@dataclass
class MarkdownText:
    """Plain text of a Markdown document and the metadata its headings and front matter give."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None


def strip_inline(line: str) -> str:
    """Inline markup → its text: links and emphasis keep their words, images go, escapes resolve."""
    line = _ESCAPE.sub(lambda m: chr(_PLACEHOLDER_BASE + ord(m.group(1))), line)
    line = _COMMENT.sub("", line)
    line = _CODE.sub(lambda m: m.group(2).strip(), line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    for pattern in (_STRONG, _EM_STAR, _EM_UNDERSCORE, _STRIKE):
        line = pattern.sub(lambda m: m.group(m.lastindex or 1), line)
    return "".join(chr(ord(ch) - _PLACEHOLDER_BASE) if ord(ch) >= _PLACEHOLDER_BASE + 32
                   and ord(ch) < _PLACEHOLDER_BASE + 128 else ch for ch in line)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML-style front matter (--- key: value ---) at the top: its simple keys and the rest."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in {"---", "..."}:
            fields: dict[str, str] = {}
            for line in lines[1:end]:
                match = _FRONT_KEY.match(line)
                if match:
                    fields[match.group(1).lower()] = match.group(2).strip().strip("\"'")
            return fields, lines[end + 1:]
    return {}, lines


def markdown_to_text(source: str) -> MarkdownText:
    """Strip Markdown markup line by line; headings become paragraphs of their own."""
    fields, lines = _front_matter(normalize(source).split("\n"))
    out: list[str] = []
    title: str | None = None
    in_code: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        fence = _FENCE.match(line)
        if in_code is not None:
            if fence and fence.group(1)[0] == in_code[0] and len(fence.group(1)) >= len(in_code):
                in_code = None
            else:
                out.append(line)
            continue
        if fence:
            in_code = fence.group(1)
            continue
        line = _QUOTES.sub("", line, count=1)
        heading: str | None = None
        atx = _ATX.match(line)
        if atx:
            heading = strip_inline(_CLOSING_HASHES.sub("", (atx.group(2) or "").rstrip(" \t"))).strip()
        elif (line.strip() and index < len(lines) and _SETEXT.match(lines[index])
              and not _RULE.match(line) and (out == [] or not out[-1].strip() or out[-1] == "")):
            heading = strip_inline(line).strip()
            index += 1
        if heading is not None:
            if heading:
                title = title or heading
                out += ["", heading, ""]
            continue
        if "|" in line and _TABLE_RULE.match(line):
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            out.append("")
            continue
        if line.rstrip().endswith("\\") and not line.rstrip().endswith("\\\\"):
            line = line.rstrip()[:-1]
        out.append(strip_inline(line))
    return MarkdownText(
        text=normalize("\n".join(out)),
        title=title or clean_field(fields.get("title")),
        published=iso_date(fields.get("date") or fields.get("published") or ""),
        url=clean_field(fields.get("url") or fields.get("canonical_url")),
        outlet=clean_field(fields.get("outlet") or fields.get("source") or fields.get("publisher")),
    )
