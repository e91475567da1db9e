"""The word lists in resources/lexicon/en: each loads, holds entries, repeats none, and feeds the rules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from briefing.core import EVENT_KINDS, FIRMNESS
from briefing.core.resources import resource_path
from briefing.extract import dates, lexicon

LISTS = sorted(p.stem for p in Path(resource_path("lexicon/en")).glob("*.txt"))


def test_the_lists_are_there() -> None:
    assert {"speech_verbs", "title_heads", "countries", "months", "commitment_cues_firm", "due_parts"} <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_a_list_loads_without_repeats(name: str) -> None:
    items = lexicon.entries(name)
    assert items, name
    assert len(set(items)) == len(items), [i for i in items if items.count(i) > 1]


def test_lexicon_reads_the_lists() -> None:
    assert "governor" in lexicon.TITLE_HEADS and "said" in lexicon.SPEECH_VERBS
    assert lexicon.COUNTRIES["Chilean"] == "Chile" and lexicon.MONTHS["sept"] == 9 and lexicon.WEEKDAYS["thu"] == 3


def test_keyed_and_comment_lines() -> None:
    assert lexicon.keyed("seasons")["spring"] == "5"
    assert all(not e.startswith("#") for e in lexicon.entries("months"))


def test_every_list_is_named_by_a_rule() -> None:
    package = Path(__file__).resolve().parents[2] / "briefing"
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    assert [name for name in LISTS if f'"{name}"' not in code] == []


# Grammar the rules may spell as structure (README of resources/lexicon: content words live in the lists).
GRAMMAR = frozenset("""a an the this that these those it its he she his her him they them their we us our i my you who
whom whose which what of in on at by to from with for into upon as or and but if unless not no is are was were be been
has have had do does will would shall should can could may might must there then also so any every each both own
than up out st nd rd th s ed ing ly""".split())


# Names the rules and the schema give things, not words of the text: firmness, event kinds, date rule names.
LABELS = frozenset([*FIRMNESS, *EVENT_KINDS, *(name for name, _ in dates.PATTERNS)])


def _spelled_lists(source: str) -> list[str]:
    """Regex alternations and tuples or sets in `source` that spell three or more content words."""
    found = []
    tree = ast.parse(source)
    exported = {id(n.value) for n in ast.walk(tree)
                if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in n.targets)}
    for node in ast.walk(tree):
        items: list[str] = []
        if id(node) in exported:
            continue  # the module's exported names
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for run in re.findall(r"[\w\[\] ?]+(?:\|[\w\[\] ?]+){2,}", node.value):
                items = [re.sub(r"\[(\w)\w\]", r"\1", w).replace("?", "").strip().lower() for w in run.split("|")]
                content = [w for w in items if re.fullmatch(r"[a-z][a-z ]+", w) and not set(w.split()) <= GRAMMAR]
                if len(content) >= 3:
                    found.append(f"line {node.lineno}: {run[:80]}")
        elif isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            items = [e.value.strip().lower() for e in node.elts
                     if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value not in LABELS]
            content = [w for w in items if re.fullmatch(r"[a-z][a-z ]+", w) and not set(w.split()) <= GRAMMAR]
            if len(content) >= 3:
                found.append(f"line {node.lineno}: {items[:6]}")
    return found


def test_no_content_word_list_is_spelled_in_the_rules() -> None:
    package = Path(__file__).resolve().parents[2] / "briefing" / "extract"
    spelled = {p.name: _spelled_lists(p.read_text(encoding="utf-8")) for p in sorted(package.glob("*.py"))}
    assert {name: hits for name, hits in spelled.items() if hits} == {}


def test_the_guard_sees_a_spelled_list() -> None:
    assert _spelled_lists('R = re.compile(r"\\b(?:said|says|noted)\\b")\nS = ("governor", "mayor", "premier")\n')
    assert not _spelled_lists('R = re.compile(r"\\b(?:of|for|and|the)\\b")\n')
