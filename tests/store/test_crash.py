"""A process killed with SIGKILL mid-import leaves a sound library: every briefing whole or absent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.core import briefing_to_dict
from briefing.store import Store
from tests.synthetic import expected_counts, synthetic_briefing

ROOT = Path(__file__).resolve().parents[2]

IMPORT_LOOP = textwrap.dedent("""
    import sys
    from briefing.store import Store
    from tests.synthetic import synthetic_briefing
    store = Store(sys.argv[1])
    for batch in range(100000):
        store.add_many(synthetic_briefing(batch * 20 + n) for n in range(20))
        print(batch, flush=True)
""")


def assert_sound(path: Path) -> int:
    with Store(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = store.ids("id")
        for briefing_id in ids:
            briefing = store.get(briefing_id)
            counts = (len(briefing.participants), len(briefing.statements), len(briefing.commitments))
            assert counts == expected_counts(briefing.title), briefing.title
        return len(ids)


def kill_when(process: subprocess.Popen, ready: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            pytest.fail("the import did not reach the point to kill it")
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_between_many_transactions(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path).close()
    process = subprocess.Popen([sys.executable, "-c", IMPORT_LOOP, str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    batches = 0

    def enough_batches() -> bool:
        nonlocal batches
        line = process.stdout.readline()
        batches = int(line) + 1 if line.strip() else batches
        return batches >= 15

    kill_when(process, enough_batches)
    stored = assert_sound(path)
    assert stored % 20 == 0 and stored >= batches * 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_one_large_cli_import(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path).close()
    batch = tmp_path / "large.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for n in range(4000):
            out.write(json.dumps(briefing_to_dict(synthetic_briefing(n), with_id=False)) + "\n")
    process = subprocess.Popen([sys.executable, "-m", "briefing", "import", str(batch), "--db", str(path)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = path.with_name(path.name + "-wal")
    kill_when(process, lambda: wal.exists() and wal.stat().st_size > 512 * 1024)
    assert assert_sound(path) in (0, 4000)


STREAM_IMPORT = textwrap.dedent("""
    import sys
    from briefing.core.interchange import iter_file
    from briefing.store import Store
    Store(sys.argv[1]).add_stream(iter_file(sys.argv[2]))
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_one_streamed_import(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Store(path).close()
    batch = tmp_path / "large.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for n in range(4000):
            out.write(json.dumps(briefing_to_dict(synthetic_briefing(n), with_id=False)) + "\n")
    process = subprocess.Popen([sys.executable, "-c", STREAM_IMPORT, str(path), str(batch)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = path.with_name(path.name + "-wal")
    kill_when(process, lambda: wal.exists() and wal.stat().st_size > 512 * 1024)
    assert assert_sound(path) in (0, 4000)
    with Store(path) as store:
        assert not store.search("cooperation").hits or store.count() == 4000
