"""Safety measured: kill -9 at random points of import, edit-save, backup and restore; two importers at once.

Usage: python bench/bench_safety.py [--runs 50] [--base 200]
Each run copies a library of --base synthetic briefings, starts a process doing one kind of write,
kills it (SIGKILL) after a random delay, and then checks: the file and its search index are sound
(Library.check), every briefing is whole (its participants, statements and commitments as made),
an import is all or nothing, and every backup file is sound. The two-writer figure starts two
`briefing import` processes of 1,000 briefings each into one library at once. It prints figures;
it is not a test (tests/store/test_crash.py and tests/library hold the quick versions).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.core import briefing_to_dict  # noqa: E402
from briefing.library import Library  # noqa: E402
from tests.synthetic import expected_counts, synthetic_briefing  # noqa: E402

BRIEFING = [sys.executable, "-m", "briefing"]
WORKERS = {
    "edit-save": """
        import sys
        from dataclasses import replace
        from briefing.library import Library
        with Library.open(sys.argv[1]) as lib:
            ids = lib.ids("id")
            for n in range(10**6):
                b = lib.get(ids[n % len(ids)])
                lib.save(replace(b, summary=f"edited {n}"))
                print(n, flush=True)
    """,
    "backup": """
        import sys
        from briefing.library import Library
        with Library.open(sys.argv[1]) as lib:
            for n in range(10**6):
                lib.backup(reason="bench")
                print(n, flush=True)
    """,
    "restore": """
        import sys
        from pathlib import Path
        from briefing.library import Library
        with Library.open(sys.argv[1]) as lib:
            for n in range(10**6):
                lib.restore(Path(sys.argv[2]))
                print(n, flush=True)
    """,
}


def write_jsonl(path: Path, start: int, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(start, start + count):
            out.write(json.dumps(briefing_to_dict(synthetic_briefing(number), with_id=False)) + "\n")
    return path


def sound(path: Path, allowed_counts: set[int]) -> str | None:
    """None when the library is sound, whole and of an allowed size; else what is wrong."""
    with Library.open(path, claim=False) as lib:
        problems = lib.check()
        if problems:
            return f"check: {problems[0]}"
        count = lib.count()
        if count not in allowed_counts:
            return f"{count} briefings, expected one of {sorted(allowed_counts)}"
        for briefing_id in lib.ids("id"):
            b = lib.get(briefing_id)
            if (len(b.participants), len(b.statements), len(b.commitments)) != expected_counts(b.title):
                return f"briefing {briefing_id} is not whole"
        bad = [info.path.name for info in lib.backups() if not info.sound]
        return f"damaged backups: {bad}" if bad else None


def kill_after(command: list[str], delay: float, env: dict[str, str]) -> None:
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()


def run_kills(kind: str, runs: int, base: Path, work: Path, rng: random.Random, env: dict[str, str]) -> list[str]:
    failures = []
    base_count = int(base.name.split("-")[1].split(".")[0])
    jsonl = work / "import.jsonl"
    if kind == "import" and not jsonl.exists():
        write_jsonl(jsonl, 10**6, 1000)
    for run in range(runs):
        folder = work / f"{kind}-{run}"
        folder.mkdir()
        path = folder / "lib.sqlite"
        shutil.copy(base, path)
        allowed = {base_count}
        if kind == "import":
            command = [*BRIEFING, "import", str(jsonl), "--db", str(path)]
            allowed.add(base_count + 1000)
        elif kind == "restore":
            smaller = folder / "smaller.sqlite"
            with Library.open(path, claim=False) as lib:
                lib.backup(to=smaller)
                lib.delete(lib.ids("id")[: base_count // 2])
                lib.empty_trash()
            allowed.add(base_count - base_count // 2)
            command = [sys.executable, "-c", textwrap.dedent(WORKERS[kind]), str(path), str(smaller)]
        else:
            command = [sys.executable, "-c", textwrap.dedent(WORKERS[kind]), str(path)]
        kill_after(command, rng.uniform(0.3, 2.5), env)
        problem = sound(path, allowed)
        if problem:
            failures.append(f"run {run}: {problem}")
        shutil.rmtree(folder)
    return failures


def two_writers(base: Path, work: Path, env: dict[str, str]) -> str:
    path = work / "two.sqlite"
    shutil.copy(base, path)
    files = [write_jsonl(work / f"writer{n}.jsonl", 2 * 10**6 + n * 1000, 1000) for n in range(2)]
    started = time.perf_counter()
    processes = [subprocess.Popen([*BRIEFING, "import", str(f), "--db", str(path)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    outcomes = [p.communicate() + (p.returncode,) for p in processes]
    seconds = time.perf_counter() - started
    with Library.open(path, claim=False) as lib:
        count = lib.count()
    codes = [code for _, _, code in outcomes]
    errors = [err.strip().splitlines()[-1] for _, err, code in outcomes if code != 0 and err.strip()]
    return (f"two imports of 1,000 at once: exit codes {codes}, {count - int(base.name.split('-')[1].split('.')[0]):,}"
            f" briefings added in {seconds:.1f} s" + (f"; errors: {errors}" if errors else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--base", type=int, default=200, help="briefings in the library each run starts from")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base = work / f"base-{args.base}.sqlite"
        with Library.open(base, claim=False) as lib:
            lib.add([synthetic_briefing(n) for n in range(args.base)])
        for kind in ("import", "edit-save", "backup", "restore"):
            started = time.perf_counter()
            failures = run_kills(kind, args.runs, base, work, rng, env)
            print(f"kill -9 during {kind:<9} {args.runs} runs: {args.runs - len(failures)} sound, "
                  f"{len(failures)} not ({time.perf_counter() - started:.0f} s)", flush=True)
            for failure in failures[:5]:
                print(f"    {failure}")
        print(two_writers(base, work, env))


if __name__ == "__main__":
    main()
