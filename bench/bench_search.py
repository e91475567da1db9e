"""Search benchmark: the library beside a bare FTS5 table of the same synthetic briefings, in one run.

Usage: python bench/bench_search.py [--count 100000] [--dir DIR] [--repeat 9] [--jsonl 2000] [--import-only]
Generates N briefings in batches of 1,000 and writes each batch both into a Briefing library
(Store.add_stream, one transaction) and into a bare FTS5 table (plain INSERTs, one transaction),
timing only the writing, alternately. Then prints one table: import rate, peak memory, file size,
and for every query shape the median time of the ranked page beside the bare FTS5 ranked page
(20 rows with a marked snippet and the title), timed in turn, with the ratio, and the fast
first page. With
--dir the two files are kept there and reused by the next run (no import figures then).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bare  # noqa: E402
from bench.synthetic import make_briefing  # noqa: E402
from briefing.store import Store  # noqa: E402
from briefing.store.query import parse  # noqa: E402

# (shape, the app's query, the bare table's filters, False where it has no such field). The bare
# table is asked the same FTS5 MATCH text that the app's query language makes of the query
# (exclusions as NOT).
QUERIES = [
    ("word", "cooperation", None),
    ("word, 2nd", "logistics", None),
    ("rare word", "zhuzhuxi", None),
    ("two words", "trade investment", None),
    ("phrase", '"two sides"', None),
    ("prefix", "invest*", None),
    ("exclusion", "tourism -Modena", None),
    ("excl. common", "logistics -cooperation", None),
    ("filter, date", "agreement after:2020-01-01 before:2021-01-01", {"after": "2020-01-01", "before": "2021-01-01"}),
    ("filter, party", "party:Bavaria port", {"party": "Bavaria"}),
    ("filter, party, rare word", "party:Bavaria zhuzhuxi", {"party": "Bavaria"}),
    ("filter, speaker", "speaker:Bali investment", {}),
    ("filter, status", "status:fulfilled port", False),
    ("OR", "energy OR tourism", None),
    ("diacritics", "Citta", None),
    ("CJK", "吉林", None),
]
BATCH = 1000


def bare_match(text: str) -> str | None:
    query = parse(text)
    match, excluded = query.match_text(), query.excluded_text()
    return f"({match}) NOT ({excluded})" if match and excluded else match


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(store: Store, start_at: int, count: int, conn: object | None = None) -> float:
    """Import `count` briefings in batches of 1,000 into the store (and into a bare table when
    `conn` is given), timing only the writing; returns the store's rate (briefings a second)."""
    spent = bare_spent = cpu = bare_cpu = 0.0
    for first in range(start_at, start_at + count, BATCH):
        briefings = [make_briefing(n) for n in range(first, min(start_at + count, first + BATCH))]
        began, began_cpu = time.perf_counter(), time.process_time()
        store.add_stream(briefings)
        spent += time.perf_counter() - began
        cpu += time.process_time() - began_cpu
        if conn is not None:
            began, began_cpu = time.perf_counter(), time.process_time()
            bare.insert(conn, briefings)  # type: ignore[arg-type]
            bare_spent += time.perf_counter() - began
            bare_cpu += time.process_time() - began_cpu
        done = first + len(briefings) - start_at
        if done % 10000 == 0 or done == count:
            extra = f", bare {done / bare_spent:,.0f}/s" if bare_spent else ""
            print(f"  {done:>7,} briefings: {done / spent:,.0f}/s{extra}, peak RSS {peak_mb():,.0f} MB", flush=True)
    load.bare_rate = count / bare_spent if bare_spent else float("nan")  # type: ignore[attr-defined]
    # CPU time (this process, user + system): on a machine other programs keep busy, the steadier figure
    load.cpu = (cpu, bare_cpu)  # type: ignore[attr-defined]
    return count / spent


def jsonl_rates(folder: Path, count: int) -> tuple[float, float]:
    """Briefings a second from a .jsonl file into the library (read, validate, store) and into the
    bare table (read, json.loads, INSERT), on fresh files."""
    from briefing.core import briefing_to_dict
    from briefing.core.interchange import iter_file

    source = folder / "import.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps(briefing_to_dict(make_briefing(10_000_000 + n), with_id=False)) + "\n")
    with Store(folder / "import.sqlite") as store:
        began = time.perf_counter()
        store.add_stream(iter_file(source))
        ours = count / (time.perf_counter() - began)
    conn = bare.open_bare(folder / "import-bare.sqlite")
    began = time.perf_counter()
    conn.execute("begin")
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            conn.execute(bare.INSERT, bare.row_from_dict(json.loads(line)))
    conn.execute("commit")
    conn.close()
    return ours, count / (time.perf_counter() - began)


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if not p.name.endswith(".bak"))


def paired_ms(ours, reference, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Medians of the two, timed in turn (ours, bare, ours, bare, …) so that a busy moment of the
    machine falls on both alike. Each timed call follows an untimed one of the same query: the
    caches are then as warm as in a run of the same query over and over, for both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(repeat * 2):
        fn = (ours, reference)[run % 2]
        fn()
        began = time.perf_counter()
        fn()
        times[run % 2].append((time.perf_counter() - began) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def line(figure: str, ours: str, bare_figure: str, ratio: float | None, note: str = "") -> None:
    shown = f"{ratio:6.2f}×" if ratio is not None else "      –"
    print(f"| {figure:<34} | {ours:>12} | {bare_figure:>12} | {shown} | {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None, help="keep (and reuse) the two files here")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--jsonl", type=int, default=2000, help="briefings in the .jsonl import figure (0: none)")
    parser.add_argument("--import-only", action="store_true", help="stop after the import figures (quick A/B runs)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    ours_path, bare_path = folder / "bench.sqlite", folder / "bare.sqlite"
    store = Store(ours_path)
    conn = bare.open_bare(bare_path)
    have = store.count()
    rate = bare_rate = None
    if have < args.count:
        if have != conn.execute("select count(*) from docs").fetchone()[0]:
            sys.exit(f"{folder}: the library and the bare table hold different counts; use a fresh --dir")
        print(f"generating and importing {args.count - have:,} briefings into {folder}", flush=True)
        rate = load(store, have, args.count - have, conn)
        bare_rate = load.bare_rate  # type: ignore[attr-defined]
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    memory = peak_mb()
    print(f"\n{store.count():,} briefings, {args.repeat} runs a query, medians in ms\n")
    print(f"| {'figure':<34} | {'Briefing':>12} | {'bare':>12} | {'ratio':>7} | note")
    print(f"|{'-' * 36}|{'-' * 14}|{'-' * 14}|{'-' * 9}|------")
    if rate is not None:
        line("import (Store.add_stream)", f"{rate:,.0f}/s", f"{bare_rate:,.0f}/s", bare_rate / rate,
             "goal ≤ 1.5× the bare time")
        cpu, bare_cpu = load.cpu  # type: ignore[attr-defined]
        line("import, CPU time (user + system)", f"{cpu:,.1f} s", f"{bare_cpu:,.1f} s", cpu / bare_cpu,
             "the steadier figure on a busy machine")
    if args.jsonl and rate is not None:
        ours_jsonl, bare_jsonl = jsonl_rates(folder, args.jsonl)
        line(f"import {args.jsonl:,} from .jsonl", f"{ours_jsonl:,.0f}/s", f"{bare_jsonl:,.0f}/s",
             bare_jsonl / ours_jsonl, "with validation; bare: json.loads + INSERT")
    if args.import_only:
        store.close()
        conn.close()
        return
    line("peak memory (whole run)", f"{memory:,.0f} MB", "", None, "goal ≤ 300 MB")
    ours_size, bare_size = size_of(ours_path), size_of(bare_path)
    line("file size", f"{ours_size / 1e6:,.1f} MB", f"{bare_size / 1e6:,.1f} MB", ours_size / bare_size,
         "goal ≤ 1.3×")
    for shape, text, filters in QUERIES:
        store.search(text, order="rank")  # warm the cache for both
        fast = bare.median_ms(lambda t=text: store.search(t, order="fast"), args.repeat)
        hits = len(store.search(text, order="rank").hits)
        match = bare_match(text)
        if shape == "CJK" or match is None or filters is False:
            ranked = bare.median_ms(lambda t=text: store.search(t, order="rank"), args.repeat)
            why = "bare unicode61 cannot find it" if shape == "CJK" else "the bare table has no such field"
            line(f"ranked, {shape}: {text}"[:34], f"{ranked:.2f}", "n/a", None,
                 f"{hits} hits; first page {fast:.2f} ms; {why}")
            continue
        bare.page(conn, match, filters)
        ranked, reference = paired_ms(lambda t=text: store.search(t, order="rank"),
                                      lambda m=match, f=filters: bare.page(conn, m, f), args.repeat)
        line(f"ranked, {shape}: {text}"[:34], f"{ranked:.2f}", f"{reference:.2f}", ranked / reference,
             f"{hits} hits; first page {fast:.2f} ms")
    store.close()
    conn.close()
    print(f"\nfiles in {folder}" + ("" if args.dir else " (temporary)"))


if __name__ == "__main__":
    main()
