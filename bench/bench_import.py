"""Import benchmark: `briefing import FILE.jsonl` beside a bare json.loads + INSERT script, in one run.

Usage: python bench/bench_import.py [--count 10000] [--runs 5] [--jsonl PATH]
Writes (or reuses, with --jsonl) a JSON Lines file of N synthetic briefings, then imports it into
a fresh library with the real command line (`python -m briefing import FILE --db NEW`) and, in
turn, with the bare reference: a script that reads the same file a line at a time, json.loads
each line and INSERTs it into one plain FTS5 table in one transaction (it checks nothing). Both
are whole processes timed from start to exit, with compiled modules as an installed app has them,
the bare one first every other run; each prints its peak memory. Prints min/median per side and
the ratio of the medians, of the time (wall clock) and of the CPU time the process used (user +
system, from the kernel): on a machine other programs keep busy, the wall clock mostly measures
them, and the CPU ratio is the steadier figure. The load average is printed before and after.
It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BYTECODE = Path(tempfile.mkdtemp(prefix="briefing-bench-pycache-"))


def write_jsonl(path: Path, count: int) -> None:
    from bench.synthetic import make_briefing
    from briefing.core import briefing_to_dict

    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps(briefing_to_dict(make_briefing(20_000_000 + n), with_id=False)) + "\n")


def bare_child(source: Path, target: Path) -> None:
    """The bare reference: read, json.loads, one INSERT a line into a plain FTS5 table, one transaction."""
    from bench import bare

    conn = bare.open_bare(target)
    conn.execute("begin")
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            conn.execute(bare.INSERT, bare.row_from_dict(json.loads(line)))
    conn.execute("commit")
    conn.close()


class Run(NamedTuple):
    seconds: float  # from start to exit
    cpu: float  # user + system seconds the child used
    peak_mb: float  # its peak resident memory


def run(command: list[str], env: dict[str, str]) -> Run:
    """Time one child process from start to exit; its CPU time and peak RSS come from os.wait4."""
    with tempfile.TemporaryFile() as out:
        began = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            out.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{out.read().decode(errors='replace')}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jsonl", type=Path, default=None, help="reuse (or write) the .jsonl file here")
    parser.add_argument("--bare-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        bare_child(*args.bare_child)
        return
    source = args.jsonl or Path(tempfile.mkdtemp()) / f"import-{args.count}.jsonl"
    if not source.exists():
        print(f"writing {args.count:,} briefings to {source}", flush=True)
        write_jsonl(source, args.count)
    count = sum(1 for _ in source.open(encoding="utf-8"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(BYTECODE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("BRIEFING_DB", None)
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-import-"))
    ours: list[Run] = []
    reference: list[Run] = []

    def ours_once(n: int) -> Run:
        target = work / f"ours-{n}.sqlite"
        return run([sys.executable, "-m", "briefing", "import", str(source), "--db", str(target)], env)

    def bare_once(n: int) -> Run:
        target = work / f"bare-{n}.sqlite"
        return run([sys.executable, str(Path(__file__).resolve()), "--bare-child", str(source), str(target)], env)

    ours_once(-1)  # untimed: writes the compiled modules and warms the file cache
    bare_once(-1)
    print(f"importing {count:,} briefings from {source.name} ({source.stat().st_size / 1e6:.0f} MB), "
          f"{args.runs} runs each, in turn (load average {load()}, {os.cpu_count()} CPUs):")
    for n in range(args.runs):
        if n % 2:  # the bare one first every other run, so that a busy moment falls on both alike
            reference.append(bare_once(n))
            ours.append(ours_once(n))
        else:
            ours.append(ours_once(n))
            reference.append(bare_once(n))
        print(f"  run {n + 1}: briefing import {ours[-1].seconds:6.2f} s ({count / ours[-1].seconds:,.0f}/s, "
              f"CPU {ours[-1].cpu:.2f} s)   bare {reference[-1].seconds:6.2f} s "
              f"({count / reference[-1].seconds:,.0f}/s, CPU {reference[-1].cpu:.2f} s)", flush=True)
        for leftover in work.glob("*"):
            leftover.unlink()

    def med(runs: list[Run], field: str) -> float:
        return statistics.median(getattr(r, field) for r in runs)

    def best(runs: list[Run], field: str) -> float:
        return min(getattr(r, field) for r in runs)

    wall_ours, wall_bare = med(ours, "seconds"), med(reference, "seconds")
    print(f"\n| figure | Briefing | bare | ratio | goal |\n|---|---|---|---|---|\n"
          f"| import {count:,} from .jsonl (CLI), median | {wall_ours:.2f} s ({count / wall_ours:,.0f}/s) | "
          f"{wall_bare:.2f} s ({count / wall_bare:,.0f}/s) | {wall_ours / wall_bare:.2f}× | ≤ 1.5× |\n"
          f"| the same, best run | {best(ours, 'seconds'):.2f} s | {best(reference, 'seconds'):.2f} s | "
          f"{best(ours, 'seconds') / best(reference, 'seconds'):.2f}× | |\n"
          f"| CPU time (user + system), median | {med(ours, 'cpu'):.2f} s | {med(reference, 'cpu'):.2f} s | "
          f"{med(ours, 'cpu') / med(reference, 'cpu'):.2f}× | |\n"
          f"| CPU time, least | {best(ours, 'cpu'):.2f} s | {best(reference, 'cpu'):.2f} s | "
          f"{best(ours, 'cpu') / best(reference, 'cpu'):.2f}× | |\n"
          f"| peak memory | {max(r.peak_mb for r in ours):.0f} MB | {max(r.peak_mb for r in reference):.0f} MB | "
          f"| ≤ 300 MB |\n\nload average after: {load()}")
    work.rmdir()


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(BYTECODE, ignore_errors=True)
