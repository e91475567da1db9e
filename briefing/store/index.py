"""The search index: one FTS5 row per briefing, reading its text from the tables that hold it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefing.core import Briefing, Participant
from briefing.store.query import CJK_CHAR, segment_cjk

if TYPE_CHECKING:
    from sqlite_utils import Database

# A briefing's search text, one column per field. Columns that hold several rows (statements,
# commitments, participants, and the speaker or actor of each) join them with ROW_SEP, so a
# highlighted column splits back into its rows; `body` is the summary, ROW_SEP, the source text.
SEARCH_VIEW = "search_text"
SEARCH_FTS = "search_text_fts"
SEARCH_CJK = "search_cjk"
SEARCH_COLUMNS = ("title", "statement", "commitment", "participant", "body", "speaker", "actor")
SEARCH_WEIGHTS = "bm25(10.0, 5.0, 4.0, 3.0, 1.0, 2.0, 2.0)"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# Segments of one level that FTS5 merges together (its default is 4): a bulk import merges a third less
# (about 0.2 s of 4 for 10,000 briefings), and a search at 100,000 briefings is as quick
FTS_AUTOMERGE = 8
ROW_SEP = "\x1e"


def _rows(expression: str, table: str) -> str:
    """One text of all of a briefing's rows of `table`, in order, joined by ROW_SEP. The index on
    (briefing_id, position) is named so that the order is the same every time the text is read."""
    return (f"(select group_concat(replace({expression}, char(30), ' '), char(30)) from [{table}] "
            f"indexed by [idx_{table}_briefing_id_position] where briefing_id = b.id)")


_TITLE = ("b.title || coalesce((select ' ' || group_concat(value, ' ') from json_each(b.parties)), '')"
          " || coalesce((select ' ' || group_concat(value, ' ') from json_each(b.places)), '')")
_PARTICIPANT = ("name || coalesce(' (' || (select group_concat(value, ', ') from json_each(aliases)) || ')', '')"
                " || coalesce(' — ' || (select group_concat(value, ', ') from json_each(json_array(title,"
                " organization, country)) where value is not null and value != ''), '')")
_COLUMN_SQL = {
    "title": _TITLE,
    "statement": _rows("coalesce(text, '')", "statements"),
    "commitment": _rows("coalesce(text, '') || coalesce(' (' || due_text || ')', '')", "commitments"),
    "participant": _rows(_PARTICIPANT, "participants"),
    "body": "replace(coalesce(b.summary, ''), char(30), ' ') || char(30) || coalesce(b.source_text, '')",
    "speaker": _rows("coalesce(speaker, '')", "statements"),
    "actor": _rows("coalesce(actor, '')", "commitments"),
}
# Text with Chinese or Japanese characters is indexed with each character as a token (see
# query.segment_cjk); such a column's segmented text is kept in search_cjk and read from there.
VIEW_SQL = (f"create view if not exists [{SEARCH_VIEW}] as select b.id as rowid, "
            + ", ".join(f"coalesce(x.[{name}], {sql}) as [{name}]" for name, sql in _COLUMN_SQL.items())
            + f" from briefings b left join [{SEARCH_CJK}] x on x.id = b.id")
_COLUMN_LIST = ", ".join(f"[{name}]" for name in SEARCH_COLUMNS)
_READ_ONE = f"select {_COLUMN_LIST} from [{SEARCH_VIEW}] where rowid = ?"
_INDEX_VALUES = (f"insert into [{SEARCH_FTS}] (rowid, {_COLUMN_LIST}) "
                 f"values (?, {', '.join('?' * len(SEARCH_COLUMNS))})")
_UNINDEX_ONE = (f"insert into [{SEARCH_FTS}] ([{SEARCH_FTS}], rowid, {_COLUMN_LIST}) "
                f"select 'delete', rowid, {_COLUMN_LIST} from [{SEARCH_VIEW}] where rowid = ?")
_CJK_INSERT = (f"insert into [{SEARCH_CJK}] (id, {_COLUMN_LIST}) "
               f"values (?, {', '.join('?' * len(SEARCH_COLUMNS))})")


def create_index(db: Database) -> None:
    """Create the view, the CJK side table and the FTS5 index over them, and fill the index.

    The index is made by sqlite-utils' enable_fts on the view, so sqlite-utils and Datasette know
    it as the view's full-text index. A view cannot carry triggers: the Store keeps the index in
    step itself, in the same transaction as every write (index_briefing / unindex_briefing)."""
    db.execute(f"create table if not exists [{SEARCH_CJK}] (id integer primary key "
               f"references briefings(id), {', '.join(f'[{c}] text' for c in SEARCH_COLUMNS)})")
    db.execute(VIEW_SQL)
    db.execute(f"delete from [{SEARCH_CJK}]")
    reindex_cjk(db.conn)
    db.execute(f"drop table if exists [{SEARCH_FTS}]")
    from sqlite_utils.db import Table

    Table(db, SEARCH_VIEW).enable_fts(list(SEARCH_COLUMNS), create_triggers=False, tokenize=FTS_TOKENIZER)
    db.execute(f"insert into [{SEARCH_FTS}]([{SEARCH_FTS}], rank) values ('rank', '{SEARCH_WEIGHTS}')")
    keep_merge_setting(db.conn)


def keep_merge_setting(conn: sqlite3.Connection) -> None:
    """Give the index FTS_AUTOMERGE if it has another (a library made before it had one gets it with its
    next import), in the caller's transaction."""
    if conn.execute(f"select 1 from [{SEARCH_FTS}_config] where k = 'automerge' and v = ?",
                    [FTS_AUTOMERGE]).fetchone() is None:
        conn.execute(f"insert into [{SEARCH_FTS}]([{SEARCH_FTS}], rank) values ('automerge', ?)", [FTS_AUTOMERGE])


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Index every briefing again from the stored text (to repair): the segmented CJK text is made
    afresh first, then FTS5 rebuilds the index from the view. Call it inside a transaction."""
    conn.execute(f"insert into [{SEARCH_FTS}]([{SEARCH_FTS}]) values ('delete-all')")
    conn.execute(f"delete from [{SEARCH_CJK}]")
    reindex_cjk(conn)
    # FTS5's own 'rebuild' cannot read a view ("SQL logic error"): the rows are given to it instead
    conn.execute(f"insert into [{SEARCH_FTS}] (rowid, {_COLUMN_LIST}) "
                 f"select rowid, {_COLUMN_LIST} from [{SEARCH_VIEW}]")


def index_problem(conn: sqlite3.Connection, thorough: bool = False) -> str | None:
    """What is wrong with the search index, or None. FTS5's integrity-check with rank 1 (index
    against content) cannot read a view ("SQL logic error" on SQLite 3.40): the quick check is
    FTS5's own structure check; `thorough` also indexes the text afresh in a temporary table and
    compares every word and place with the index (seconds per 10,000 briefings)."""
    try:
        conn.execute(f"insert into [{SEARCH_FTS}]([{SEARCH_FTS}]) values ('integrity-check')")
        if thorough and not _index_matches_text(conn):
            return "the search index does not hold the words of the briefings' text"
    except sqlite3.DatabaseError as error:
        return f"the search index is damaged ({error})"
    return None


def _index_matches_text(conn: sqlite3.Connection) -> bool:
    conn.execute(f"create virtual table temp.briefing_fresh using fts5({_COLUMN_LIST}, tokenize='{FTS_TOKENIZER}')")
    try:
        conn.execute(f"insert into temp.briefing_fresh (rowid, {_COLUMN_LIST}) "
                     f"select rowid, {_COLUMN_LIST} from [{SEARCH_VIEW}]")
        conn.execute(f"create virtual table temp.briefing_kept using fts5vocab(main, [{SEARCH_FTS}], instance)")
        conn.execute("create virtual table temp.briefing_made using fts5vocab(temp, briefing_fresh, instance)")
        return all(conn.execute(f"select 1 from (select * from temp.{one} except select * from temp.{other})"
                                " limit 1").fetchone() is None
                   for one, other in (("briefing_kept", "briefing_made"), ("briefing_made", "briefing_kept")))
    finally:
        for name in ("briefing_kept", "briefing_made", "briefing_fresh"):
            conn.execute(f"drop table if exists temp.{name}")


def _joined(texts: Sequence[str]) -> str | None:
    """Rows of a column as the view's group_concat joins them: None for no rows."""
    if not texts:
        return None
    joined = ROW_SEP.join(texts)  # (most often no text holds the separator: nothing to replace)
    return joined if joined.count(ROW_SEP) == len(texts) - 1 else ROW_SEP.join(
        text.replace(ROW_SEP, " ") for text in texts)


def _participant(p: Participant) -> str:
    named = [text for text in (p.title, p.organization, p.country) if text is not None and text != ""]
    return (p.name + (" (" + ", ".join(p.aliases) + ")" if p.aliases else "")
            + (" — " + ", ".join(named) if named else ""))


def search_values(briefing: Briefing) -> tuple[str | None, ...] | None:
    """The briefing's search text, column by column, as the view `search_text` reads it from the rows
    the Store writes of it (before any CJK segmenting): made from the briefing itself, so that an
    import need not read its text back (tests compare the two). None when the view might read it
    otherwise: a value that is not text, or a NUL character (which SQLite's text functions may cut)."""
    try:
        values = (
            briefing.title + (" " + " ".join(briefing.parties) if briefing.parties else "")
            + (" " + " ".join(briefing.places) if briefing.places else ""),
            _joined([s.text or "" for s in briefing.statements]),
            _joined([(c.text or "") + (" (" + c.due_text + ")" if c.due_text is not None else "")
                     for c in briefing.commitments]),
            _joined([_participant(p) for p in briefing.participants]),
            (briefing.summary or "").replace(ROW_SEP, " ") + ROW_SEP + (briefing.source.text or ""),
            _joined([s.speaker or "" for s in briefing.statements]),
            _joined([c.actor or "" for c in briefing.commitments]),
        )
    except (TypeError, AttributeError):  # a number or a None where text belongs: the view says what SQLite makes of it
        return None
    return None if any(value is not None and "\0" in value for value in values) else values


def index_briefings(conn: sqlite3.Connection, briefing_ids: list[int],
                    made: Sequence[tuple[str | None, ...] | None] = ()) -> None:
    """Add stored briefings to the index (their rows are written already, in this transaction).

    Their search text is given to the index as values (faster than an INSERT … SELECT from the
    view): `made[i]` for `briefing_ids[i]` when given (search_values of the briefing as it was
    written), else read from the view. A column with CJK characters is segmented and kept in
    search_cjk, where the view then reads it from."""
    found = {briefing_id: values for briefing_id, values in zip(briefing_ids, made) if values is not None}
    to_read = [i for i in briefing_ids if i not in found]
    if to_read:
        marks = ",".join("?" * len(to_read))
        found.update((row[0], row[1:]) for row in conn.execute(
            f"select rowid, {_COLUMN_LIST} from [{SEARCH_VIEW}] where rowid in ({marks})", to_read))
    rows = []
    for briefing_id in briefing_ids:
        values, cjk = indexed_text(found[briefing_id])
        if cjk is not None:
            conn.execute(_CJK_INSERT, [briefing_id, *cjk])
        rows.append((briefing_id, *values))
    conn.executemany(_INDEX_VALUES, rows)


def indexed_text(values: Sequence[str | None]) -> tuple[list[str | None], list[str | None] | None]:
    """What the index is given of a briefing's search text, and the row of search_cjk it needs (None when
    no column has CJK characters): a column with them is segmented, and kept segmented in search_cjk."""
    if not any(value and not value.isascii() and CJK_CHAR.search(value) for value in values):  # isascii: O(1)
        return list(values), None
    cjk = [segment_cjk(value) if value and CJK_CHAR.search(value) else None for value in values]
    return [segmented or value for segmented, value in zip(cjk, values)], cjk


def unindex_briefing(conn: sqlite3.Connection, briefing_id: int) -> None:
    """Take a briefing out of the index (before its rows are deleted)."""
    conn.execute(_UNINDEX_ONE, [briefing_id])
    conn.execute(f"delete from [{SEARCH_CJK}] where id = ?", [briefing_id])


def cjk_columns(conn: sqlite3.Connection, briefing_id: int) -> dict[str, str | None]:
    """The stored search text of a briefing, segmented where it holds CJK characters (None elsewhere)."""
    row = conn.execute(_READ_ONE, [briefing_id]).fetchone()
    return {name: segment_cjk(value) if value and CJK_CHAR.search(value) else None
            for name, value in zip(SEARCH_COLUMNS, row or ())}


def reindex_cjk(conn: sqlite3.Connection) -> int:
    """Fill search_cjk for every briefing with CJK text (a migration from an older index)."""
    conn.create_function("briefing_has_cjk", 1, lambda text: bool(text and CJK_CHAR.search(text)),
                         deterministic=True)
    try:
        joined = " || ".join(f"coalesce([{name}], '')" for name in SEARCH_COLUMNS)
        ids = [row[0] for row in conn.execute(
            f"select rowid from [{SEARCH_VIEW}] where briefing_has_cjk({joined})")]
    finally:
        conn.create_function("briefing_has_cjk", 1, None)
    for briefing_id in ids:
        conn.execute(_CJK_INSERT, [briefing_id, *cjk_columns(conn, briefing_id).values()])
    return len(ids)


def split_rows(value: Any) -> list[str]:
    return value.split(ROW_SEP) if value is not None else []
