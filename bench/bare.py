"""The bare reference: one plain FTS5 table of the same briefings, filled with plain INSERTs; and the timer."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core import Briefing

# What a bare FTS5 library would hold: every text the app searches, one row per briefing, plus the
# date and parties (unindexed) so that a filter can be asked of it too.
CREATE = ("create virtual table if not exists docs using fts5(title, summary, source, participants, statements,"
          " commitments, speaker, event_date unindexed, parties unindexed,"
          " tokenize='unicode61 remove_diacritics 2')")
INSERT = "insert into docs values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
# The same job as the app's ranked page: 20 best briefings with a marked snippet and the title.
PAGE = ("select rowid, title, snippet(docs, -1, char(2), char(3), '…', 24) from docs "
        "where docs match :match{filters} order by rank limit 20")


def row(briefing: Briefing) -> tuple[str | None, ...]:
    return (
        " ".join([briefing.title, *briefing.parties, *briefing.places]), briefing.summary, briefing.source.text,
        "\n".join(p.name + " " + " ".join(x for x in (p.title, p.organization, p.country) if x)
                  for p in briefing.participants),
        "\n".join(s.text for s in briefing.statements),
        "\n".join(c.text for c in briefing.commitments),
        "\n".join([*(s.speaker for s in briefing.statements), *(c.actor for c in briefing.commitments)]),
        briefing.event_date, " | ".join(briefing.parties),
    )


def row_from_dict(data: dict) -> tuple[str | None, ...]:
    """row() from a briefing/1 record as json.loads gives it (the bare import checks nothing)."""
    people, said, promised = data["participants"], data["statements"], data["commitments"]
    return (
        " ".join([data["title"], *data["parties"], *data["places"]]), data["summary"], data["source"]["text"],
        "\n".join(p["name"] + " " + " ".join(p[k] for k in ("title", "organization", "country") if p.get(k))
                  for p in people),
        "\n".join(s["text"] for s in said), "\n".join(c["text"] for c in promised),
        "\n".join([*(s["speaker"] for s in said), *(c["actor"] for c in promised)]),
        data["event_date"], " | ".join(data["parties"]),
    )


def open_bare(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(CREATE)
    return conn


def insert(conn: sqlite3.Connection, briefings: list[Briefing]) -> None:
    """One transaction of plain INSERTs."""
    conn.execute("begin")
    conn.executemany(INSERT, [row(b) for b in briefings])
    conn.execute("commit")


def page(conn: sqlite3.Connection, match: str, filters: dict[str, str] | None = None) -> list[tuple]:
    where, params = "", {"match": match}
    for name, value in (filters or {}).items():
        if name == "after":
            where += " and event_date > :after"
        elif name == "before":
            where += " and event_date < :before"
        elif name == "party":
            where += " and instr(lower(parties), lower(:party)) > 0"
        params[name] = value
    return conn.execute(PAGE.format(filters=where), params).fetchall()


def median_ms(job: Callable[[], object], runs: int) -> float:
    """The median time of `runs` calls of `job`, in milliseconds (every benchmark times both sides with it)."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        job()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)
