"""Word lists kept as data in resources/lexicon/<language>/NAME.txt, each read once and cached.

A list file holds one entry a line; '#' starts a comment; blank lines are skipped. A keyed list writes
'entry: value' on each line ('spring: 5'). The code names lists and never spells their entries.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.core.resources import resource_path

LANGUAGE = "en"


@cache
def entries(name: str, language: str = LANGUAGE) -> tuple[str, ...]:
    """The entries of list `name`, in file order, with runs of spaces folded to one."""
    path = resource_path(f"lexicon/{language}/{name}.txt")
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(" ".join(line.split()))
    return tuple(out)


@cache
def words(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """List `name` as a set (every word of every line, for lists of single words)."""
    return frozenset(w for entry in entries(name, language) for w in entry.split())


@cache
def keyed(name: str, language: str = LANGUAGE) -> dict[str, str]:
    """List `name` of 'entry: value' lines as a mapping, in file order."""
    out: dict[str, str] = {}
    for entry in entries(name, language):
        key, _, value = entry.partition(":")
        out[key.strip()] = value.strip()
    return out


def alternation(items: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `items` folded into a trie (the longest entry wins), a space matching any run of
    spaces ('ahead of'); a trie tries far fewer branches than 'a|b|c' at each position."""
    root: dict = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + ")"


def phrase_regex(name: str, language: str = LANGUAGE) -> str:
    """An alternation of the entries (or keys, for a keyed list) of list `name`."""
    items = entries(name, language)
    if items and all(":" in item for item in items):
        items = tuple(keyed(name, language))
    return alternation(items)
