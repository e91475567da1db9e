"""Search benchmark: load N synthetic briefings, then time the first and the ranked page of hits.

Usage: python bench/bench_search.py [--count 100000] [--db PATH] [--keep]
Prints the import rate, database size, and per query the p50/p95 of the fast first page, the
ranked page and a bare FTS5 ranked query on the same data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import make_briefing  # noqa: E402
from briefing.store import Store  # noqa: E402
from briefing.store.query import parse  # noqa: E402

QUERIES = [
    ("common word", "cooperation"),
    ("rare word", "zhuzhuxi"),
    ("phrase", '"two sides"'),
    ("prefix", "coop*"),
    ("typed prefix", "deleg"),
    ("field filter", "speaker:Bali investment"),
    ("status filter", "status:fulfilled port"),
    ("OR", "energy OR tourism"),
    ("exclusion", "trade -Modena"),
    ("excl. common", "trade -investment"),
    ("CJK 2 chars", "吉林"),
    ("CJK 3 chars", "长春市"),
    ("diacritics", "Citta"),
    ("name", "Jinhai"),
    ("date range", "agreement after:2020-01-01 before:2021-01-01"),
]

BARE_SQL = "select rowid from search_docs_fts where search_docs_fts match ? order by rank limit 20"


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def load(store: Store, start_at: int, count: int, batch: int = 1000) -> float:
    """Import `count` briefings in batches; only the store's work is timed, not generating them."""
    spent = 0.0
    for first in range(start_at, start_at + count, batch):
        briefings = [make_briefing(n) for n in range(first, min(start_at + count, first + batch))]
        began = time.perf_counter()
        store.add_many(briefings)
        spent += time.perf_counter() - began
        done = min(count, first + batch - start_at)
        if done % 10000 == 0 or done == count:
            print(f"  loaded {done:>7} briefings ({done / spent:,.0f}/s)", flush=True)
    return count / spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    fresh = not path.exists()
    store = Store(path)
    have = store.count()
    if fresh or have < args.count:
        print(f"generating and importing {args.count - have:,} briefings into {path}")
        rate = load(store, have, args.count - have)
        print(f"bulk import rate: {rate:,.0f} briefings/s (store.add_many, 1,000 a transaction)")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"briefings: {store.count():,}  database size: {size / 1e6:,.0f} MB")
    conn = store.db.conn
    print(f"\n{'query':<14} {'text':<44} {'first p50':>9} {'p95':>7} {'ranked p50':>10} {'p95':>7} "
          f"{'bare p50':>8} {'p95':>7} {'ratio':>6} {'hits':>5} {'first':>5}")
    for label, text in QUERIES:
        parsed = parse(text)
        match = parsed.match_text()
        if match and parsed.excluded_text():
            match += " NOT (" + parsed.excluded_text() + ")"
        store.search(text, order="fast")  # warm
        first = timed(lambda t=text: store.search(t, order="fast"), args.repeat)
        ranked = timed(lambda t=text: store.search(t, order="rank"), args.repeat)
        hits = len(store.search(text, order="rank").hits)
        fast_hits = len(store.search(text, order="fast").hits)
        if match:
            bare = timed(lambda m=match: conn.execute(BARE_SQL, [m]).fetchall(), args.repeat)
        else:
            bare = [float("nan")]
        ratio = statistics.median(ranked) / statistics.median(bare)
        print(f"{label:<14} {text[:44]:<44} {statistics.median(first):9.2f} {p95(first):7.2f} "
              f"{statistics.median(ranked):10.2f} {p95(ranked):7.2f} {statistics.median(bare):8.2f} "
              f"{p95(bare):7.2f} {ratio:6.2f} {hits:>5} {fast_hits:>5}")
    store.close()
    if not args.db:
        for p in path.parent.glob(path.name + "*"):
            os.remove(p)


if __name__ == "__main__":
    main()
