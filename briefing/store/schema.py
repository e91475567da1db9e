"""The library's SQLite schema, its version, and migrations that back the file up first."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.fingerprint import text_key
from briefing.core.model import LEGACY_STATUSES
from briefing.store.errors import MigrationError, StoreError, unreadable_schema
from briefing.store.people import create_people

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_VERSION = 9
SEARCH_DOCS_DROPPED = 3  # the version whose migration drops search_docs (the file is vacuumed after it)

BRIEFING_COLUMNS = {
    "id": int, "title": str, "event_date": str, "event_kind": str, "places": str, "parties": str,
    "summary": str, "tags": str, "source_url": str, "source_outlet": str, "source_published": str,
    "source_credit": str, "source_text": str, "created": str, "modified": str,
}
PARTICIPANT_COLUMNS = {
    "id": int, "briefing_id": int, "position": int, "name": str, "aliases": str, "title": str,
    "organization": str, "country": str, "attended": int, "spoke": int,
}
STATEMENT_COLUMNS = {
    "id": int, "briefing_id": int, "position": int, "speaker": str, "text": str, "kind": str,
    "continuation": int, "start": int, "end": int,
}
COMMITMENT_COLUMNS = {
    "id": int, "briefing_id": int, "position": int, "actor": str, "text": str, "firmness": str,
    "status": str, "due": str, "notes": str, "start": int, "end": int,
}
CHILD_TABLES = {
    "participants": PARTICIPANT_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "commitments": COMMITMENT_COLUMNS,
}
# The search documents of schema 1 and 2 (replaced by index.py's view and index in schema 3):
# one search document per searchable thing (title, summary, source text, each participant, statement
# and commitment). Each row fills one of the text columns, so bm25 can weigh them differently;
# briefing fields are copied in so filters need no join.
SEARCH_DOC_COLUMNS = {
    "id": int, "briefing_id": int, "kind": str, "position": int, "event_date": str, "event_kind": str,
    "parties": str, "status": str, "firmness": str,
    "title": str, "statement": str, "commitment": str, "participant": str, "body": str, "who": str,
}
SEARCH_FTS_COLUMNS = ["title", "statement", "commitment", "participant", "body", "who"]
SEARCH_WEIGHTS = "bm25(10.0, 5.0, 4.0, 3.0, 1.0, 2.0)"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _create_v1(db: Database) -> None:
    db["briefings"].create(BRIEFING_COLUMNS, pk="id", not_null={"title"})
    db["briefings"].create_index(["event_date"])
    for name, columns in CHILD_TABLES.items():
        db[name].create(columns, pk="id", foreign_keys=[("briefing_id", "briefings", "id")])
        db[name].create_index(["briefing_id", "position"])
    docs = db["search_docs"]
    docs.create(SEARCH_DOC_COLUMNS, pk="id", foreign_keys=[("briefing_id", "briefings", "id")])
    docs.create_index(["briefing_id"])
    docs.enable_fts(SEARCH_FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZER)
    db.execute(f"insert into search_docs_fts(search_docs_fts, rank) values ('rank', '{SEARCH_WEIGHTS}')")
    db["saved_searches"].create({"id": int, "name": str, "query": str}, pk="id")


def _add_due_text(db: Database) -> None:
    """v2: a commitment keeps the article's own phrase for when it is due."""
    if "due_text" not in db["commitments"].columns_dict:
        db.execute("alter table commitments add column due_text text")


def _search_per_briefing(db: Database) -> None:
    """v3: one search row per briefing that reads its text from the tables holding it, in place of
    search_docs (a row per field, each with a copy of its text)."""
    for suffix in ("ai", "ad", "au"):
        db.execute(f"drop trigger if exists [search_docs_{suffix}]")
    db.execute("drop table if exists search_docs_fts")
    db.execute("drop table if exists search_docs")
    from briefing.store.index import create_index  # here: opening an up-to-date library needs no index code
    create_index(db)


def _review_state(db: Database) -> None:
    """v5: draft or reviewed is a field (with who and when), no longer the marker tag "draft"; each
    briefing keeps a key of its source text, so the same article imported again is known."""
    columns = db["briefings"].columns_dict
    for name, kind in (("review", "text not null default 'reviewed'"), ("reviewed_by", "text"),
                       ("reviewed_at", "text"), ("source_key", "text")):
        if name not in columns:
            db.execute(f"alter table briefings add column {name} {kind}")
    keys = [(text_key(text), briefing_id) for briefing_id, text in
            db.execute("select id, source_text from briefings where source_text is not null")]
    db.conn.executemany("update briefings set source_key = ? where id = ?", keys)
    db.execute("create index if not exists idx_briefings_source_key on briefings (source_key)")
    db.execute("create index if not exists idx_briefings_source_url on briefings (source_url)")
    db.execute("create index if not exists idx_briefings_title_nocase on briefings (title collate nocase)")
    db.execute("update briefings set review = 'draft', tags = (select json_group_array(value) from json_each(tags)"
               " where value != 'draft') where exists (select 1 from json_each(tags) where value = 'draft')")
    db.execute("create index if not exists idx_briefings_review on briefings (review) where review = 'draft'")


HISTORY_BEFORE_NOTE = "rated before Briefing kept a status history"
_PARTIES = "case when json_valid({row}.parties) then {row}.parties else '[]' end"
_ADD_PARTIES = ("insert or ignore into briefing_parties (briefing_id, party) select new.id, p.value"
                f" from json_each({_PARTIES.format(row='new')}) p where p.type = 'text';"
                "insert or ignore into party_names (name) select p.value"
                f" from json_each({_PARTIES.format(row='new')}) p where p.type = 'text';")
_DROP_PARTIES = "delete from briefing_parties where briefing_id = old.id;"


def _commitment_history(db: Database) -> None:
    """v6: each commitment has a lasting uid (kept when its briefing is saved again) and a status
    history in commitment_history (the latest entry is the current status, cached in
    commitments.status); the old status names become the new ones, and a status someone had set
    becomes the first entry of its history."""
    if "uid" not in db["commitments"].columns_dict:
        db.execute("alter table commitments add column uid text")
    db.execute("update commitments set uid = lower(hex(randomblob(9))) where uid is null")
    db.execute("create unique index if not exists idx_commitments_uid on commitments (uid)")
    for old, new in LEGACY_STATUSES.items():
        db.execute("update commitments set status = ? where status = ?", [new, old])
    db.execute("create table if not exists commitment_history (id integer primary key,"
               " commitment_uid text not null, date text not null, status text not null, note text,"
               " evidence_briefing_id integer, evidence_url text, entered_at text not null)")
    db.execute("create index if not exists idx_commitment_history_uid on commitment_history (commitment_uid, date, id)")
    db.execute("create index if not exists idx_commitment_history_evidence on commitment_history"
               " (evidence_briefing_id) where evidence_briefing_id is not null")
    # the Commitments view's filters: small partial indexes (most commitments are never rated, many have no due)
    db.execute("create index if not exists idx_commitments_rated on commitments (status, due, briefing_id)"
               " where status != 'not_rated'")
    db.execute("create index if not exists idx_commitments_due_status on commitments (due, status)"
               " where due is not null")
    # each briefing's parties, and every party name once (a filter matches a part of the names first)
    db.execute("create table if not exists briefing_parties (party text not null, briefing_id integer not null,"
               " primary key (party, briefing_id)) without rowid")
    db.execute("create index if not exists idx_briefing_parties_briefing on briefing_parties (briefing_id)")
    db.execute("create table if not exists party_names (name text primary key) without rowid")
    db.execute(f"insert or ignore into briefing_parties (briefing_id, party) select b.id, p.value from briefings b,"
               f" json_each({_PARTIES.format(row='b')}) p where p.type = 'text'")
    db.execute("insert or ignore into party_names (name) select distinct party from briefing_parties")
    for event, body in (("insert", _ADD_PARTIES), ("delete", _DROP_PARTIES),
                        ("update of parties", _DROP_PARTIES + _ADD_PARTIES)):
        name = "briefing_parties_" + event.split()[0]
        db.execute(f"create trigger if not exists {name} after {event} on briefings begin {body} end")
    entered = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    db.execute("insert into commitment_history (commitment_uid, date, status, note, entered_at)"
               " select c.uid, coalesce(substr(b.modified, 1, 10), ?), c.status, ?, ? from commitments c"
               " join briefings b on b.id = c.briefing_id where c.status is not null and c.status != 'not_rated'"
               " order by c.id", [entered[:10], HISTORY_BEFORE_NOTE, entered])


def _filter_indexes(db: Database) -> None:
    """v8: the party filters' index: each participant's organisation and country (folded, in
    person_mentions.party) with the person and the briefing, so a party resolves to its events from
    the index alone (the distinct parties are walked by it, then the ones holding the words are read
    out); the Commitments view's sorts by actor and by status (its rank, as commitments.py orders
    it); and people_moves, which schema 7 made only when a merge first needed it."""
    from briefing.store.commitments import STATUS_RANK_OF_COLUMN

    db.execute("create index if not exists idx_person_mentions_party on person_mentions"
               " (party, person_id, briefing_id)")
    db.execute("create index if not exists idx_commitments_actor on commitments (actor collate nocase)")
    db.execute(f"create index if not exists idx_commitments_status_rank on commitments ({STATUS_RANK_OF_COLUMN},"
               " status)")
    db.execute("create table if not exists people_moves (person_id integer primary key, into_id integer not null)")


def _insert_triggers_dropped(db: Database) -> None:
    """v9: a new briefing's party rows and its mark for the People directory are written with its
    other rows (store/writing.py) rather than by triggers: a trigger made every briefing's INSERT
    keep a statement journal and flush the search index's pending words (about 4 % of an import).
    Deletes and updates keep their triggers."""
    db.execute("drop trigger if exists briefing_parties_insert")
    db.execute("drop trigger if exists people_dirty_insert")


def _create_trash(db: Database) -> None:
    from briefing.store.trash import create_trash  # here, as create_index above
    create_trash(db)


# Each entry moves the schema from version (index) to version (index + 1).
MIGRATIONS: list[Callable[[Database], None]] = [_create_v1, _add_due_text, _search_per_briefing, _create_trash,
                                                _review_state, _commitment_history, create_people,
                                                _filter_indexes, _insert_triggers_dropped]


def _version_value(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise StoreError(f"the library's format number ({str(value)[:40]!r}) is not a number: "
                         "the file is damaged or was changed by another program") from None


def quick_version(conn: sqlite3.Connection) -> int:
    """The schema version, read with plain SQL (opening a library need not import sqlite-utils)."""
    try:
        row = conn.execute("select value from meta where key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # no meta table: a new file
        return 0
    except UnicodeDecodeError:
        raise unreadable_schema() from None
    return _version_value(row[0]) if row else 0


def current_version(db: Database) -> int:
    if not db["meta"].exists():
        return 0
    row = db.execute("select value from meta where key = 'schema_version'").fetchone()
    return _version_value(row[0]) if row else 0


def backup(path: Path, version: int) -> Path:
    """Copy the library file (consistently, verified) into backups/ beside it before migrating it."""
    from briefing.store.maintenance import backup_to

    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.parent / "backups" / f"{path.stem}-{stamp}-before-upgrade.sqlite"  # from format `version`
    source = sqlite3.connect(path)
    try:
        return backup_to(source, target)
    finally:
        source.close()


def migrate(db: Database, path: Path | None) -> Path | None:
    """Bring the schema to SCHEMA_VERSION; returns the backup made, if any."""
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"this library was written by a newer Briefing (schema {version}, this app knows {SCHEMA_VERSION})")
    if version == SCHEMA_VERSION:
        return None
    made = backup(path, version) if path is not None else None
    for step in range(version, SCHEMA_VERSION):
        try:
            with db.atomic():
                MIGRATIONS[step](db)
                if not db["meta"].exists():
                    db["meta"].create({"key": str, "value": str}, pk="key")
                db["meta"].upsert({"key": "schema_version", "value": str(step + 1)}, pk="key")
        except sqlite3.Error as exc:
            raise MigrationError(f"migration to schema {step + 1} failed: {exc}"
                                 + (f"; the backup is {made}" if made else "")) from exc
    return made
