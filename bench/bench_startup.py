"""Start-up benchmark: time from process start to a usable window, peak memory, and search as you type.

Usage: python bench/bench_startup.py [--count 100000] [--db PATH] [--runs 5] [--repeat 15]
Builds (or reuses, with --db) a library of N synthetic briefings, then starts the app in fresh
subprocesses (QT_QPA_PLATFORM=offscreen, empty settings) through its entry point's module
(briefing.gui.app, as `briefing-gui` does) and prints, per run, the time from process start until
the window is shown with the first list rows loaded and the first briefing displayed, the CPU
time the process used until then (steadier than the time on a busy machine), and the peak RSS;
each run is paired with the bare reference, an empty QMainWindow shown in the same way (the two
alternate which starts first), and the medians are printed side by side with their ratio. One run then
types queries: it prints the p50/p95 time from setting
the box's text to the fast page painted in the hits view (the 200 ms typing pause excluded), and
to the ranked page replacing it. It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    ("common word", "cooperation"),
    ("typed prefix", "deleg"),
    ("phrase", '"two sides"'),
    ("two words", "trade investment"),
    ("rare word", "zhuzhuxi"),
    ("name", "Jinhai"),
    ("CJK", "吉林"),
    ("filter", "speaker:Bali investment"),
    ("no hits", "qqqzzzx"),
]


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95 + 0.5) - 1)]


def build(path: Path, count: int) -> None:
    """Add synthetic briefings until the library at `path` holds `count` (1,000 a transaction)."""
    from bench.bench_search import load
    from briefing.store import Store

    with Store(path) as store:
        have = store.count()
        if have < count:
            print(f"generating and importing {count - have:,} briefings into {path}", flush=True)
            rate = load(store, have, count - have)
            print(f"bulk import rate: {rate:,.0f} briefings/s", flush=True)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"library: {path} with {store.count():,} briefings", flush=True)


# --- the child process: the real app entry point, observed from a timer ---------------------------

def cpu_ms() -> float:
    """CPU time this process has used, user and system, in ms."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def child(db: str, queries: bool, repeat: int) -> None:
    gui_app = importlib.import_module("briefing.gui.app")  # first, as the entry point: it imports Qt itself
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui import main_window
    from briefing.library import Library

    report: dict[str, object] = {}

    report["modules_at"] = time.time()
    timed(Library, "open", report, "open")
    timed(main_window.MainWindow, "__init__", report, "window")

    def usable(window) -> bool:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        window.repaint()  # a real paint of the whole window, list rows included
        return (window.isVisible() and window.list_model.fetched_rows > 0
                and window.current is not None and window.proxy.index(0, 0).data() is not None)

    def ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        if not windows or not usable(windows[0]):
            QTimer.singleShot(5, ready)
            return
        report["ready_at"] = time.time()
        report["cpu_ready_ms"] = cpu_ms()
        report["rss_ready_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report["rows_fetched"] = windows[0].list_model.fetched_rows
        if queries:
            report["queries"] = type_queries(windows[0], repeat)
        report["rss_end_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("REPORT " + json.dumps(report), flush=True)
        windows[0].close()
        QApplication.quit()

    QTimer.singleShot(0, ready)
    gui_app.main(db)


def timed(owner: type, name: str, report: dict[str, object], key: str) -> None:
    """Note how long owner.name takes (first call) in report[key] and when it ended in report[key + '_end']."""
    original = getattr(owner, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        began = time.time()
        try:
            return original(*args, **kwargs)
        finally:
            report.setdefault(key, time.time() - began)
            report.setdefault(key + "_end", time.time())

    setattr(owner, name, wrapper)


def bare_child() -> None:
    """The bare reference: an empty QMainWindow of the app's size, shown and painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    qt_at = time.time()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    window.repaint()
    report = {"ready_at": time.time(), "qt_at": qt_at, "cpu_ready_ms": cpu_ms(),
              "rss_ready_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    print("REPORT " + json.dumps(report), flush=True)
    window.close()
    app.quit()


def type_queries(window, repeat: int) -> dict[str, dict[str, list[float]]]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    sidebar = getattr(window, "sidebar", None) or window.library
    results: dict[str, dict[str, list[float]]] = {}
    for _, text in QUERIES:
        fast, ranked = [], []
        for _ in range(repeat + 1):  # the first round warms caches and is dropped
            sidebar.search.setText("")
            QApplication.processEvents()
            sidebar.hits_view.itemDelegate().clear_cache()  # lay snippets out afresh, as for a new query
            began = time.perf_counter()
            sidebar.search.setText(text)
            sidebar.run_now()  # what the end of the typing pause does
            QApplication.processEvents()
            sidebar.hits_view.viewport().repaint()
            fast.append((time.perf_counter() - began) * 1000)
            while sidebar.controller.state.pending:
                QApplication.processEvents()
                time.sleep(0.0005)
            QApplication.processEvents()
            ranked.append((time.perf_counter() - began) * 1000)
        results[text] = {"fast": fast[1:], "ranked": ranked[1:], "hits": [len(sidebar.controller.state.hits)]}
    sidebar.clear()
    return results


# --- the parent: build, run children, print ----------------------------------------------------------

BYTECODE = Path(tempfile.mkdtemp(prefix="briefing-bench-pycache-"))
"""Compiled modules for the children, as an installed app has them (pip and PyInstaller compile at
install): without it every start would compile the app's ~80 modules from source, which no user's
start does, while the bare QMainWindow has nothing of its own to compile."""


def run_child(db: Path, queries: bool, repeat: int, bare: bool = False) -> tuple[float, dict]:
    config = tempfile.mkdtemp(prefix="briefing-bench-config-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config, PYTHONPYCACHEPREFIX=str(BYTECODE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--db", str(db),
               "--repeat", str(repeat)] + (["--queries"] if queries else []) + (["--bare"] if bare else [])
    started = time.time()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900, cwd=ROOT)
    finally:
        shutil.rmtree(config, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the app did not start:\n{done.stdout}\n{done.stderr}")
    report = json.loads(lines[-1][len("REPORT "):])
    report["started_at"] = started
    return (report["ready_at"] - started) * 1000, report


def phases(report: dict) -> dict[str, float]:
    """Where one start-up's time went, in ms (see PHASES)."""
    if "modules_at" in report:
        ms = {"Python, Qt and the app's modules": report["modules_at"] - report["started_at"]}
        ms["Library.open"] = report["open"]
        ms["MainWindow()"] = report["window"]
        ms["show → usable"] = report["ready_at"] - report["window_end"]
        ms["the rest of main()"] = (report["window_end"] - report["modules_at"] - report["open"]
                                    - report["window"])
    else:
        ms = {"Python + Qt imports": report["qt_at"] - report["started_at"]}
        ms["QApplication, show, paint"] = report["ready_at"] - report["qt_at"]
    return {name: value * 1000 for name, value in ms.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or build) the library at this path")
    parser.add_argument("--runs", type=int, default=5, help="start-ups to time")
    parser.add_argument("--repeat", type=int, default=15, help="timings per query")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--queries", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-typing", action="store_true", help="time the start-ups only")
    args = parser.parse_args()
    if args.child:
        if args.bare:
            bare_child()
        else:
            child(str(args.db), args.queries, args.repeat)
        return
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    build(path, args.count)
    print(f"\nstart-up to a usable window (window shown, first rows loaded, first briefing displayed), "
          f"{args.runs} runs:")
    times, peaks, bare_times, bare_peaks, cpu, bare_cpu = [], [], [], [], [], []
    split: dict[str, list[float]] = {}
    bare_split: dict[str, list[float]] = {}
    run_child(path, queries=False, repeat=args.repeat)  # untimed: writes the compiled modules
    run_child(path, queries=False, repeat=args.repeat, bare=True)
    for run in range(args.runs):
        if run % 2:  # the bare reference first every other run: neither always meets a warmer machine
            bare_elapsed, bare_report = run_child(path, queries=False, repeat=args.repeat, bare=True)
            elapsed, report = run_child(path, queries=False, repeat=args.repeat)
        else:
            elapsed, report = run_child(path, queries=False, repeat=args.repeat)
            bare_elapsed, bare_report = run_child(path, queries=False, repeat=args.repeat, bare=True)
        times.append(elapsed)
        peaks.append(report["rss_ready_mb"])
        cpu.append(report["cpu_ready_ms"])
        bare_times.append(bare_elapsed)
        bare_peaks.append(bare_report["rss_ready_mb"])
        bare_cpu.append(bare_report["cpu_ready_ms"])
        for into, of in ((split, report), (bare_split, bare_report)):
            for name, value in phases(of).items():
                into.setdefault(name, []).append(value)
        print(f"  run {run + 1}: {elapsed:7.0f} ms (CPU {report['cpu_ready_ms']:4.0f} ms)   peak RSS "
              f"{report['rss_ready_mb']:6.1f} MB   list rows read {report['rows_fetched']}   (empty QMainWindow "
              f"{bare_elapsed:5.0f} ms, CPU {bare_report['cpu_ready_ms']:4.0f} ms, "
              f"{bare_report['rss_ready_mb']:5.1f} MB)")
    print(f"  median {statistics.median(times):.0f} ms, best {min(times):.0f} ms, worst {max(times):.0f} ms; "
          f"peak RSS up to {max(peaks):.1f} MB")
    ratio = statistics.median(times) / statistics.median(bare_times)
    print(f"\n| figure | Briefing | empty QMainWindow | ratio |\n|---|---|---|---|\n"
          f"| start-up to a usable window (median) | {statistics.median(times):.0f} ms | "
          f"{statistics.median(bare_times):.0f} ms | {ratio:.2f}× (goal ≤ 2×) |\n"
          f"| start-up to a usable window (best) | {min(times):.0f} ms | "
          f"{min(bare_times):.0f} ms | {min(times) / min(bare_times):.2f}× |\n"
          f"| CPU time until then (median) | {statistics.median(cpu):.0f} ms | "
          f"{statistics.median(bare_cpu):.0f} ms | {statistics.median(cpu) / statistics.median(bare_cpu):.2f}× |\n"
          f"| CPU time until then (best) | {min(cpu):.0f} ms | {min(bare_cpu):.0f} ms | "
          f"{min(cpu) / min(bare_cpu):.2f}× |\n"
          f"| peak memory at start-up | {max(peaks):.0f} MB | {max(bare_peaks):.0f} MB | "
          f"{max(peaks) / max(bare_peaks):.2f}× (goal ≤ 300 MB) |")
    for label, figures in (("Briefing", split), ("empty QMainWindow", bare_split)):
        print(f"  {label}, median ms: " + ", ".join(f"{name} {statistics.median(values):.0f}"
                                                      for name, values in figures.items()))
    if args.no_typing:
        return
    print(f"\ntyping a query → hits view ({args.repeat} times each; the 200 ms typing pause not included):")
    _, report = run_child(path, queries=True, repeat=args.repeat)
    print(f"{'query':<14} {'text':<26} {'fast page p50':>13} {'p95':>7} {'ranked p50':>10} {'p95':>7} {'hits':>5}")
    for label, text in QUERIES:
        figures = report["queries"][text]
        fast, ranked = figures["fast"], figures["ranked"]
        print(f"{label:<14} {text:<26} {statistics.median(fast):10.1f} ms {p95(fast):7.1f} "
              f"{statistics.median(ranked):10.1f} {p95(ranked):7.1f} {figures['hits'][0]:>5}")
    print(f"peak RSS after the searches: {report['rss_end_mb']:.1f} MB")
    if not args.db:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()


def remove_bytecode() -> None:
    shutil.rmtree(BYTECODE, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    finally:
        remove_bytecode()
