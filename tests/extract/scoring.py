"""The matching rules of ../shared/eval/score.py, copied so tests can score the extractor in-process.

A predicted statement counts when its speaker names the same gold participant (full name or alias) and its
words cover >= 60% of the gold sentence's words while >= 50% of its own words lie in that sentence; greedy
one-to-one. Commitments match on text alone. Participants count when attended or spoke.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.core import briefing_to_dict
from briefing.extract import extract

WORD = re.compile(r"\w+", re.UNICODE)
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "h", "e", "he", "his", "her", "excellency"}
HELDOUT = Path(__file__).parent / "heldout"


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(w for w in WORD.findall(s.casefold()) if w not in TITLE_WORDS)


def words(s: str | None) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFKC", s or "").casefold())


class People:
    """Maps any name form to a gold participant's canonical name."""

    def __init__(self, participants: list[dict[str, Any]]) -> None:
        self.forms = [(norm(form), p["name"]) for p in participants
                      for form in [p["name"], *p.get("aliases", [])] if norm(form)]

    def resolve(self, name: str) -> str | None:
        n = norm(name)
        if not n:
            return None
        for form, canon in self.forms:
            if n == form:
                return canon
        best = None
        for form, canon in self.forms:
            short, long_ = sorted((n, form), key=len)
            if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
                best = canon
        return best


def overlap_ok(pred_text: str, gold_text: str) -> float:
    p, g = words(pred_text), words(gold_text)
    if not p or not g:
        return 0.0
    gs, ps = set(g), set(p)
    common = len(gs & ps)
    cover_gold, cover_pred = common / len(gs), common / len(ps)
    return cover_gold if (cover_gold >= 0.6 and cover_pred >= 0.5) else 0.0


def match(preds: list[dict], golds: list[dict], same) -> list[tuple[dict, dict]]:
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if same(p, g):
                s = overlap_ok(p.get("text", ""), g["text"])
                if s:
                    cands.append((s, i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], golds[j]))
    return pairs


def f1(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, tp: int, npred: int, ngold: int) -> None:
        t = self.counts.setdefault(key, [0, 0, 0])
        t[0] += tp
        t[1] += npred
        t[2] += ngold

    def f1(self, key: str) -> float:
        return f1(*self.counts[key])

    def accuracy(self, key: str) -> float:
        tp, _, n = self.counts[key]
        return tp / n if n else 1.0


def load(folder: Path = HELDOUT) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def score(doc: dict[str, Any], tally: Tally, published: str | None = None) -> dict[str, Any]:
    """Extract one gold article and add its counts to `tally`; misses are noted for readable failures."""
    gold = doc["gold"]
    pred = briefing_to_dict(extract(doc["text"], published=published))
    people = People(gold["participants"])
    gold_people = {p["name"] for p in gold["participants"] if p.get("attended") or p.get("spoke")}
    pred_people = [p for p in pred["participants"] if p.get("attended") or p.get("spoke")]
    found = {people.resolve(p["name"]) for p in pred_people} & gold_people
    tally.add("participants", len(found), len(pred_people), len(gold_people))
    tally.misses += [f"{doc['id']} person {n}" for n in gold_people - found]
    pairs = match(pred["statements"], gold["statements"],
                  lambda p, g: people.resolve(p["speaker"]) == g["speaker"])
    tally.add("statements", len(pairs), len(pred["statements"]), len(gold["statements"]))
    hit = {id(g) for _, g in pairs}
    tally.misses += [f"{doc['id']} statement [{g['speaker']}] {g['text'][:60]}" for g in gold["statements"]
                     if id(g) not in hit]
    pairs = match(pred["commitments"], gold["commitments"], lambda p, g: True)
    tally.add("commitments", len(pairs), len(pred["commitments"]), len(gold["commitments"]))
    hit = {id(g) for _, g in pairs}
    tally.misses += [f"{doc['id']} commitment {g['text'][:60]}" for g in gold["commitments"] if id(g) not in hit]
    actor_ok = 0
    for p, g in pairs:
        a, b = norm(p["actor"]), norm(g["actor"])
        ra, rb = people.resolve(p["actor"]), people.resolve(g["actor"])
        actor_ok += bool(a and b and (a == b or a in b or b in a or (ra and ra == rb)))
    tally.add("commitment_actor", actor_ok, len(pairs), len(pairs))
    tally.add("event_date", int(pred["event_date"] == gold["event_date"]), 1, 1)
    tally.add("event_kind", int(norm(pred["event_kind"]) == norm(gold["event_kind"])), 1, 1)
    return pred
