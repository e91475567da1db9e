"""The trash: deleted briefings kept whole (as briefing/1 JSON) until they are restored or emptied."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.core import Briefing, briefing_from_dict, briefing_to_dict
from briefing.store.carried_history import commitment_ids, free_commitment_ids, highest_commitment_id
from briefing.store.commitment_ids import give_uids

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefing.store.store import Store

TRASH_TABLE = "trash"
COMMITMENT_IDS = "commitment_ids"  # uid: row id of the trashed briefing's commitments


@dataclass(frozen=True)
class TrashedBriefing:
    """One briefing in the trash: its trash id, the id it had, its title and when it was deleted."""

    trash_id: int
    briefing_id: int
    title: str
    deleted: str


def create_trash(db: Database) -> None:
    """v4: deleted briefings go to a trash table, whole, instead of being lost."""
    if TRASH_TABLE not in db.table_names():
        db[TRASH_TABLE].create({"id": int, "briefing_id": int, "title": str, "deleted": str, "data": str},
                               pk="id", not_null={"data", "deleted"})
        db[TRASH_TABLE].create_index(["deleted"])


def move_to_trash(store: Store, briefing_ids: list[int], when: str) -> int:
    """Put the briefings in the trash and out of the library; the caller holds the transaction."""
    moved = 0
    for briefing_id in briefing_ids:
        if not store.exists(briefing_id):
            continue
        briefing = store.get(briefing_id)
        data = briefing_to_dict(briefing)
        # beside the briefing/1 fields (read back by briefing_from_dict, which ignores it): the commitments'
        # row ids, so a restore gives them back and an id the user noted (`briefing track ID`) still works
        data[COMMITMENT_IDS] = {uid: row_id for uid, row_id in commitment_ids(store.conn, briefing_id)}
        store.conn.execute(f"insert into [{TRASH_TABLE}] (briefing_id, title, deleted, data) values (?, ?, ?, ?)",
                           [briefing_id, briefing.title, when, json.dumps(data, ensure_ascii=False)])
        moved += store._delete(briefing_id)
    return moved


def trashed(store: Store) -> list[TrashedBriefing]:
    rows = store.conn.execute(f"select id, briefing_id, title, deleted from [{TRASH_TABLE}] "
                              "order by deleted desc, id desc")
    return [TrashedBriefing(int(r[0]), int(r[1]), r[2] or "", r[3]) for r in rows]


def take_from_trash(store: Store, trash_ids: list[int], when: str) -> list[int]:
    """Put trashed briefings back (under their old id while it is free); the caller holds the transaction."""
    restored = []
    for trash_id in trash_ids:
        row = store.conn.execute(f"select briefing_id, data from [{TRASH_TABLE}] where id = ?", [trash_id]).fetchone()
        if row is None:
            continue
        data = json.loads(row[1])
        briefing = briefing_from_dict(data)
        briefing.id = int(row[0])
        keep = not store.exists(briefing.id)
        restored.append(store._insert(briefing, created=when, keep_id=keep,
                                      commitment_ids=_commitment_ids(store, briefing, data.get(COMMITMENT_IDS))))
        store.conn.execute(f"delete from [{TRASH_TABLE}] where id = ?", [trash_id])
    return restored


def _commitment_ids(store: Store, briefing: Briefing, noted: object) -> dict[str, int]:
    """uid: row id for each of the commitments to restore: the id it had while that is free, else a new one
    past every id in use or kept (so no new one collides with an old one written after it)."""
    given = {str(uid): int(i) for uid, i in noted.items()} if isinstance(noted, dict) else {}
    give_uids(store.conn, briefing.commitments)  # settled first (a uid stored since then gets a new one)
    free = free_commitment_ids(store.conn, list(given.values()))
    following = max([highest_commitment_id(store.conn), *given.values()]) + 1
    chosen: dict[str, int] = {}
    for commitment in briefing.commitments:
        old = given.get(commitment.uid or "")
        if old is not None and old in free:
            chosen[commitment.uid or ""] = old
        else:
            chosen[commitment.uid or ""], following = following, following + 1
    return chosen


def empty_trash(store: Store, before: str | None) -> int:
    """Remove trashed briefings for good: those deleted before `before` (ISO time), or all."""
    if before is None:
        return store.conn.execute(f"delete from [{TRASH_TABLE}]").rowcount
    return store.conn.execute(f"delete from [{TRASH_TABLE}] where deleted < ?", [before]).rowcount
