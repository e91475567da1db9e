"""Benchmark: extraction speed on synthetic 600-word meeting articles; prints articles per second.

With --long it also times one long text of 100 KB, 400 KB, 1 MB, 1.9 MB, 4 MB and 9.9 MB (articles joined) and
prints seconds per MB, which should stay flat (extraction is linear in the text's length; the target is <= 2 s per
MB). Extraction reads at most the first 10 MB of a text (briefing.extract's _MAX_CHARS, with a warning beyond);
every text here is read whole.

Each figure comes with a bare reference timed in the same run on the same text (split into sentences at a stop and
a space, each sentence lower-cased and cut into words with one regex), and the ratio of the two: on a machine
shared with other work the seconds move with the load, the ratio much less.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.extract import _MAX_CHARS, extract  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tor", "vi", "dan", "el", "ko", "ru", "mar", "ta", "hel", "no"]
TITLES = ["Governor", "Mayor", "Minister of Trade", "Vice Governor", "Director General of the Port Authority"]
PLACES = ["Northvale", "Sunport", "Redfield", "Lakemoor", "Eastbrook", "Highcastle"]
VERBS = ["said", "noted", "stressed", "added", "pointed out"]
PASSES = 3
CLAUSES = [
    "the province will expand cooperation in clean energy and vocational training",
    "trade between the two regions grew by 12 percent last year",
    "the city is ready to host a joint investment fair next spring",
    "both sides should simplify customs procedures for farm produce",
    "the port has handled record volumes of container traffic this year",
    "young people from the two cities would take part in summer exchanges",
]


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def article(rng: random.Random, words: int = 600) -> str:
    """An invented article of about `words` words: headline, lead, speech, quotes and commitments."""
    a, b = rng.sample(PLACES, 2)
    people = [(_name(rng), rng.choice(TITLES)) for _ in range(4)]
    paras = [f"{a} and {b} hold talks on trade and energy cooperation",
             f"On March {rng.randint(1, 28)}, {people[0][1]} {people[0][0]} held talks with {people[1][0]}, "
             f"{people[1][1].lower()} of {b}, at the City Hall in {a}."]
    count = sum(len(p.split()) for p in paras)
    while count < words:
        name, _ = rng.choice(people)
        surname = name.split()[1]
        kind = rng.random()
        if kind < 0.4:
            text = f"{surname} {rng.choice(VERBS)} that {rng.choice(CLAUSES)}. He said {rng.choice(CLAUSES)}."
        elif kind < 0.7:
            text = (f"\u201cWe want {rng.choice(CLAUSES)}. That is our promise,\u201d {surname} said. "
                    f"First, {rng.choice(['promote', 'deepen', 'expand'])} exchanges between companies.")
        else:
            text = (f"The two sides agreed to {rng.choice(['meet again', 'set up a working group', 'sign a plan'])}"
                    f" before the end of the year. Under the plan, {rng.choice(CLAUSES)}.")
        paras.append(text)
        count += len(text.split())
    paras.append("Photo/Staff Reporter")
    return "\n\n".join(paras)


_BARE_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
_BARE_WORD_RE = re.compile(r"\w+|[^\w\s]")


def bare(text: str) -> int:
    """The bare reference: sentences at a stop and a space, each lower-cased and cut into words by one regex."""
    return sum(len(_BARE_WORD_RE.findall(s.lower())) for s in _BARE_SENTENCE_RE.split(text))


def _cpu(job: Callable[[str], object], docs: list[str]) -> float:
    cpu = time.process_time()
    for doc in docs:
        job(doc)
    return time.process_time() - cpu


def main() -> None:
    rng = random.Random(7)
    docs = [article(rng) for _ in range(300)]
    mean_words = sum(len(d.split()) for d in docs) / len(docs)
    for doc in docs[:20]:
        extract(doc)
    # Best of a few passes: other processes on a shared machine only ever slow a pass down. Each pass also times
    # the bare reference over the same articles; the ratio is the median of the passes' ratios.
    best_wall = best_cpu = best_bare = float("inf")
    ratios: list[float] = []
    for _ in range(PASSES):
        bare_cpu = _cpu(bare, docs)
        wall, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            extract(doc, published="2025-03-20")
        best_wall = min(best_wall, time.perf_counter() - wall)
        spent = time.process_time() - cpu
        best_cpu = min(best_cpu, spent)
        best_bare = min(best_bare, bare_cpu)
        ratios.append(spent / bare_cpu)
    print(f"{len(docs)} articles, {mean_words:.0f} words each on average, one core, best of {PASSES} passes")
    print(f"{len(docs) / best_wall:.0f} articles/second ({best_wall / len(docs) * 1000:.2f} ms per article)")
    print(f"{len(docs) / best_cpu:.0f} articles/second of CPU time ({best_cpu / len(docs) * 1000:.2f} ms per article)")
    print(f"bare reference: {len(docs) / best_bare:.0f} articles/second of CPU time; "
          f"extraction {statistics.median(ratios):.1f}x bare (median of {PASSES} passes)")


def long_texts() -> None:
    rng = random.Random(3)
    for size in (100_000, 400_000, 1_000_000, 1_900_000, 4_000_000, 9_900_000):
        parts: list[str] = []
        total = 0
        while total < size:
            parts.append(article(rng))
            total += len(parts[-1])
        text = "\n\n".join(parts)
        read = min(len(text), _MAX_CHARS)
        bare_cpu = _cpu(bare, [text[:read]])
        cpu = time.process_time()
        extract(text, published="2025-03-20")
        spent = time.process_time() - cpu
        note = f" (first {read / 1e6:.1f} MB read: {spent / (read / 1e6):.2f} s per MB read)" if read < len(text) \
            else ""
        print(f"{len(text) / 1e6:.2f} MB: {spent:.2f} s, {spent / (len(text) / 1e6):.2f} s per MB{note}; "
              f"bare {bare_cpu / (read / 1e6):.3f} s per MB read, extraction {spent / bare_cpu:.1f}x bare")


if __name__ == "__main__":
    main()
    if "--long" in sys.argv[1:]:
        long_texts()
