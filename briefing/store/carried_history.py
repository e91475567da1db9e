"""Status histories carried in and out of interchange files: read per commitment, written back after an import."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from briefing.core.model import StatusEntry

_CHUNK = 500
_READ = ("select h.commitment_uid, h.date, h.status, h.note, h.evidence_briefing_id, e.title, h.evidence_url,"
         " h.entered_at from commitment_history h left join briefings e on e.id = h.evidence_briefing_id"
         " where h.commitment_uid in ({marks}) order by h.date, h.id")


def histories(conn: sqlite3.Connection, uids: Sequence[str]) -> dict[str, list[StatusEntry]]:
    """uid: its history entries, oldest first, for those of the uids that have any."""
    found: dict[str, list[StatusEntry]] = {}
    unique = list(dict.fromkeys(uids))
    for offset in range(0, len(unique), _CHUNK):
        chunk = unique[offset:offset + _CHUNK]
        for row in conn.execute(_READ.format(marks=", ".join("?" * len(chunk))), chunk):
            found.setdefault(row[0], []).append(StatusEntry(*row[1:]))
    return found


def titles(conn: sqlite3.Connection, briefing_ids: Sequence[int]) -> dict[int, str]:
    """id: title of those of the ids that briefings of this library have."""
    found: dict[int, str] = {}
    unique = list(dict.fromkeys(briefing_ids))
    for offset in range(0, len(unique), _CHUNK):
        chunk = unique[offset:offset + _CHUNK]
        found.update((row[0], row[1]) for row in conn.execute(
            f"select id, title from briefings where id in ({', '.join('?' * len(chunk))})", chunk))
    return found


def briefing_ids_from(conn: sqlite3.Connection, first: int) -> list[int]:
    """The ids of the briefings numbered `first` or above, in order (those an import just added)."""
    return [row[0] for row in conn.execute("select id from briefings where id >= ? order by id", [first])]


def add_entries(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> int:
    """Add (uid, date, status, note, evidence briefing id, evidence URL, entered at) entries, each unless its
    commitment already has the same one (a file imported again adds nothing twice), and set the status of
    their commitments to their latest entry. The caller holds the transaction; returns how many were added."""
    added = 0
    for row in rows:
        same = conn.execute("select 1 from commitment_history where commitment_uid = ? and date = ? and status = ?"
                            " and coalesce(note, '') = coalesce(?, '') and coalesce(evidence_url, '') ="
                            " coalesce(?, '') limit 1", [row[0], row[1], row[2], row[3], row[5]]).fetchone()
        if same is None:
            conn.execute("insert into commitment_history (commitment_uid, date, status, note, evidence_briefing_id,"
                         " evidence_url, entered_at) values (?, ?, ?, ?, ?, ?, ?)", row)
            added += 1
    uids = list(dict.fromkeys(row[0] for row in rows))
    for offset in range(0, len(uids), _CHUNK):
        chunk = uids[offset:offset + _CHUNK]
        conn.execute("update commitments set status = (select h.status from commitment_history h where"
                     " h.commitment_uid = commitments.uid order by h.date desc, h.id desc limit 1)"
                     f" where uid in ({', '.join('?' * len(chunk))})", chunk)
    return added


def free_commitment_ids(conn: sqlite3.Connection, commitment_ids: Sequence[int]) -> set[int]:
    """Those of the commitment ids no stored commitment has."""
    taken: set[int] = set()
    unique = list(dict.fromkeys(commitment_ids))
    for offset in range(0, len(unique), _CHUNK):
        chunk = unique[offset:offset + _CHUNK]
        taken.update(row[0] for row in conn.execute(
            f"select id from commitments where id in ({', '.join('?' * len(chunk))})", chunk))
    return set(unique) - taken


def highest_commitment_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("select coalesce(max(id), 0) from commitments").fetchone()[0])


def commitment_ids(conn: sqlite3.Connection, briefing_id: int) -> list[tuple[str, int]]:
    """(uid, id) of a stored briefing's commitments, in order."""
    return [(row[0], row[1]) for row in conn.execute(
        "select uid, id from commitments where briefing_id = ? order by position", [briefing_id])]


def uids_in_library(conn: sqlite3.Connection, uids: Sequence[str]) -> dict[str, tuple[int, str]]:
    """uid: (briefing id, when that briefing was created) of those of the uids that stored commitments have."""
    found: dict[str, tuple[int, str]] = {}
    unique = list(dict.fromkeys(uids))
    for offset in range(0, len(unique), _CHUNK):
        chunk = unique[offset:offset + _CHUNK]
        found.update((row[0], (row[1], row[2])) for row in conn.execute(
            "select c.uid, c.briefing_id, b.created from commitments c join briefings b on b.id = c.briefing_id"
            f" where c.uid in ({', '.join('?' * len(chunk))})", chunk))
    return found
