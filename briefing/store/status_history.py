"""Each commitment's status history: its entries, the latest as its status, and the evidence links both ways."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from briefing.store.commitment_filters import NOT_RATED


@dataclass(frozen=True)
class HistoryEntry:
    """One change of a commitment's status: when, to what, why, and the evidence (a briefing or a URL)."""

    id: int
    commitment_uid: str
    date: str
    status: str
    note: str | None = None
    evidence_briefing_id: int | None = None
    evidence_url: str | None = None
    entered_at: str = ""
    evidence_title: str | None = None  # the evidence briefing's title, when it is in the library


_HISTORY = ("select h.id, h.commitment_uid, h.date, h.status, h.note, h.evidence_briefing_id, h.evidence_url,"
            " h.entered_at, e.title from commitment_history h left join briefings e on e.id = h.evidence_briefing_id")


def history(conn: sqlite3.Connection, uid: str) -> list[HistoryEntry]:
    """A commitment's status changes, oldest first (the last is its current status)."""
    return [HistoryEntry(*row) for row in conn.execute(
        f"{_HISTORY} where h.commitment_uid = ? order by h.date, h.id", [uid])]


def last_entries(conn: sqlite3.Connection, uids: list[str]) -> dict[str, HistoryEntry]:
    """The latest history entry of each commitment that has one."""
    found: dict[str, HistoryEntry] = {}
    for offset in range(0, len(uids), 500):
        chunk = uids[offset:offset + 500]
        for row in conn.execute(f"{_HISTORY} where h.commitment_uid in ({', '.join('?' * len(chunk))})"
                                " order by h.date, h.id", chunk):
            found[row[1]] = HistoryEntry(*row)
    return found


def linked_from(conn: sqlite3.Connection, briefing_id: int) -> list[HistoryEntry]:
    """The entries that cite this briefing as evidence: the other way of an evidence link."""
    return [HistoryEntry(*row) for row in conn.execute(
        f"{_HISTORY} where h.evidence_briefing_id = ? order by h.date, h.id", [briefing_id])]


def current_status(conn: sqlite3.Connection, uid: str, fallback: str = NOT_RATED) -> str:
    row = conn.execute("select status from commitment_history where commitment_uid = ?"
                       " order by date desc, id desc limit 1", [uid]).fetchone()
    return row[0] if row else fallback


def add_entry(conn: sqlite3.Connection, uid: str, date: str, status: str, note: str | None,
              evidence_briefing_id: int | None, evidence_url: str | None, entered_at: str) -> int:
    """Add a history entry and keep the commitment's status (its latest entry's) in step; the
    caller holds the transaction."""
    entry_id = conn.execute(
        "insert into commitment_history (commitment_uid, date, status, note, evidence_briefing_id, evidence_url,"
        " entered_at) values (?, ?, ?, ?, ?, ?, ?)",
        [uid, date, status, note, evidence_briefing_id, evidence_url, entered_at]).lastrowid
    conn.execute("update commitments set status = ? where uid = ?", [current_status(conn, uid), uid])
    return int(entry_id)  # type: ignore[arg-type]


def keep_status_of_history(conn: sqlite3.Connection, uid: str) -> None:
    """Set the commitment's status back to its latest history entry's (a save that would make a rated
    commitment not rated again: rated once, a commitment stays rated). The caller holds the transaction."""
    conn.execute("update commitments set status = ? where uid = ?", [current_status(conn, uid), uid])


def event_date_of(conn: sqlite3.Connection, briefing_id: int) -> str | None:
    """The event date of a briefing (None when it has none or is not in the library)."""
    row = conn.execute("select event_date from briefings where id = ?", [briefing_id]).fetchone()
    return row[0] if row else None


def remove_entry(conn: sqlite3.Connection, uid: str, entered_at: str, fallback: str) -> None:
    """Take back the entry made at `entered_at` (an undo); the status falls back to the latest
    entry left, or `fallback` when none is. The caller holds the transaction."""
    conn.execute("delete from commitment_history where commitment_uid = ? and entered_at = ?", [uid, entered_at])
    conn.execute("update commitments set status = ? where uid = ?", [current_status(conn, uid, fallback), uid])


def stored_statuses(conn: sqlite3.Connection, briefing_id: int) -> dict[str, str]:
    """uid: status of a stored briefing's commitments (to see what a save changes)."""
    return dict(conn.execute("select uid, status from commitments where briefing_id = ?", [briefing_id]))


def tracked_uids(conn: sqlite3.Connection, uids: list[str]) -> set[str]:
    """Those of the uids that have a history."""
    found: set[str] = set()
    for offset in range(0, len(uids), 500):
        chunk = uids[offset:offset + 500]
        found.update(row[0] for row in conn.execute(
            f"select distinct commitment_uid from commitment_history where commitment_uid in"
            f" ({', '.join('?' * len(chunk))})", chunk))
    return found


def history_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every history entry as stored (uid, date, status, note, evidence id, evidence URL, entered), to copy."""
    return conn.execute("select commitment_uid, date, status, note, evidence_briefing_id, evidence_url, entered_at"
                        " from commitment_history order by id").fetchall()


def copy_history(conn: sqlite3.Connection, rows: list[tuple[Any, ...]], new_ids: dict[int, int]) -> int:
    """Add history entries read from another file whose briefings now have `new_ids` (old id: new id);
    only entries of commitments this file holds are kept. How many were; one transaction."""
    with conn:
        uids = {row[0] for row in conn.execute("select uid from commitments")}
        kept = [(*row[:4], new_ids.get(row[4]) if row[4] is not None else None, *row[5:])
                for row in rows if row[0] in uids]
        conn.executemany("insert into commitment_history (commitment_uid, date, status, note, evidence_briefing_id,"
                         " evidence_url, entered_at) values (?, ?, ?, ?, ?, ?, ?)", kept)
    return len(kept)
