"""Reads kept while the library file is unchanged: one cache for the store's costly, repeated reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_KEPT: dict[tuple[object, ...], tuple[sqlite3.Connection, tuple[int, int, int], Any]] = {}
# Reads kept: the People directory's name order, a party filter's events, the folded party names (of
# each connection); the oldest goes first.
KEPT_READS = 24


def file_version(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """What changes whenever the file's content may have, as this connection sees it: its own changes
    (total_changes), other connections' commits (data_version) and a restore into it by the backup
    API (which changes neither, but bumps schema_version)."""
    data, schema = (conn.execute(f"pragma {name}").fetchone()[0] for name in ("data_version", "schema_version"))
    return conn.total_changes, data, schema


def kept(conn: sqlite3.Connection, key: tuple[object, ...], read: Callable[[], T]) -> T:
    """What `read` gives on this connection, read once and kept while the file is unchanged
    (file_version). What a connection reads inside a transaction is not kept: a rollback would take
    back what it saw without changing the version. (An entry holds its connection, so no other one
    can be given its id while it is kept.)"""
    key = (id(conn), *key)
    version = file_version(conn)
    cached = _KEPT.get(key)
    if cached is not None and cached[0] is conn and cached[1] == version:
        return cached[2]  # type: ignore[no-any-return]
    value = read()
    if not conn.in_transaction:
        _KEPT.pop(key, None)
        if len(_KEPT) >= KEPT_READS:
            _KEPT.pop(next(iter(_KEPT)))
        _KEPT[key] = (conn, version, value)
    return value


def forget() -> None:
    """Drop every read kept (a benchmark's first, cold read)."""
    _KEPT.clear()
