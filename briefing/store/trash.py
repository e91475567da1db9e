"""The trash: deleted briefings kept whole (as briefing/1 JSON) until they are restored or emptied."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.core import briefing_from_dict, briefing_to_dict

if TYPE_CHECKING:
    from sqlite_utils import Database

    from briefing.store.store import Store

TRASH_TABLE = "trash"


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
        store.conn.execute(f"insert into [{TRASH_TABLE}] (briefing_id, title, deleted, data) values (?, ?, ?, ?)",
                           [briefing_id, briefing.title, when, json.dumps(briefing_to_dict(briefing),
                                                                          ensure_ascii=False)])
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
        briefing = briefing_from_dict(json.loads(row[1]))
        briefing.id = int(row[0])
        keep = not store.exists(briefing.id)
        restored.append(store._insert(briefing, created=when, keep_id=keep))
        store.conn.execute(f"delete from [{TRASH_TABLE}] where id = ?", [trash_id])
    return restored


def empty_trash(store: Store, before: str | None) -> int:
    """Remove trashed briefings for good: those deleted before `before` (ISO time), or all."""
    if before is None:
        return store.conn.execute(f"delete from [{TRASH_TABLE}]").rowcount
    return store.conn.execute(f"delete from [{TRASH_TABLE}] where deleted < ?", [before]).rowcount
