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
    """A regex alternation of `items`, longest first, a space matching any run of spaces ('ahead of')."""
    ordered = sorted(set(items), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in ordered) + ")"


def phrase_regex(name: str, language: str = LANGUAGE) -> str:
    """An alternation of the entries (or keys, for a keyed list) of list `name`."""
    items = entries(name, language)
    if items and all(":" in item for item in items):
        items = tuple(keyed(name, language))
    return alternation(items)
