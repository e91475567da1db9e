"""Item models of one briefing's participants, statements (grouped by speaker) and commitments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from briefing.core import Briefing, Commitment, Participant
from briefing.gui.formatting import DASH, joined, plural, status_label
from briefing.library.articles import reason_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
SPAN_ROLE = Qt.ItemDataRole.UserRole + 10  # (start, end) offsets into the source text, or None


class _RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of records with one getter per column."""

    columns: tuple[tuple[str, Callable[[Any], str]], ...] = ()
    editable_columns: frozenset[int] = frozenset()  # cells edit mode may change (briefing/gui/editing)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []
        self.editing = False  # set by edit mode; edits go through its delegate, never setData

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editing and index.isValid() and index.column() in self.editable_columns:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](record)
        if role == SPAN_ROLE:
            return self.span(record)
        return None

    def span(self, record: Any) -> tuple[int, int] | None:
        return None


class ParticipantsModel(_RecordTableModel):
    columns = (
        ("Name", lambda p: p.name),
        ("Aliases", lambda p: joined(p.aliases)),
        ("Title", lambda p: p.title or ""),
        ("Organization", lambda p: p.organization or ""),
        ("Country", lambda p: p.country or ""),
        ("Presence", lambda p: "Attended" if p.attended else "Only mentioned"),
        ("Spoke", lambda p: "Yes" if p.spoke else "No"),
    )
    editable_columns = frozenset({0, 1, 2, 3, 4, 5})
    records: list[Participant]


def _with_reason(text: str, briefing: Briefing | None, kind: str, span: tuple[int, int] | None) -> str:
    """A row's tooltip: its text, then why extraction found it (rule, speaker or actor, firmness cue)."""
    reason = reason_tooltip(briefing, kind, *span) if briefing is not None and span else None
    return f"{text}\n\nWhy extraction found it —\n{reason}" if reason else text


class CommitmentsModel(_RecordTableModel):
    briefing: Briefing | None = None  # the commitments' briefing: its source explains each row

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None and not self.editing:
            return _with_reason(value, self.briefing, "commitment", self.span(self.records[index.row()]))
        return value

    columns = (
        ("Actor", lambda c: c.actor),
        ("Commitment", lambda c: c.text),
        ("Firmness", lambda c: c.firmness or DASH),
        ("Status", lambda c: "" if c.status in (None, "not_rated") else status_label(c.status)),  # blank until rated
        ("Due", lambda c: c.due_label() or DASH),
        ("Notes", lambda c: c.notes or ""),
    )
    editable_columns = frozenset({0, 2, 3, 4, 5})
    records: list[Commitment]

    def span(self, record: Commitment) -> tuple[int, int] | None:
        if record.start is None or record.end is None:
            return None
        return record.start, record.end


STATEMENT_COLUMNS = ("Speaker / statement", "Kind")  # continuation is the extractor's business, not a reader's


class StatementsModel(QStandardItemModel):
    """A tree: one row per speaker (in order of first speaking), their statements as children."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(STATEMENT_COLUMNS))
        self.briefing: Briefing | None = None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.parent().isValid():  # a statement, not a speaker
            return _with_reason(str(value or ""), self.briefing, "statement", super().data(index, SPAN_ROLE))
        return value

    def set_briefing(self, briefing: Briefing | None, icons: dict[str, QIcon] | None = None) -> None:
        self.removeRows(0, self.rowCount())
        self.briefing = briefing
        if briefing is None:
            return
        icons = icons or {}
        root = self.invisibleRootItem()
        for speaker, statements in briefing.statements_by_speaker().items():
            person = briefing.participant(speaker)
            head = QStandardItem(speaker)
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            if speaker in icons:
                head.setIcon(icons[speaker])
            if person is not None and person.title:
                head.setToolTip(f"{speaker} — {person.title}")
            count = QStandardItem(plural(len(statements), "statement"))
            row = [head, count]
            for item in row:
                item.setEditable(False)
            for statement in statements:
                text = QStandardItem(statement.text)
                text.setToolTip(statement.text)
                span = None if statement.start is None or statement.end is None else (
                    statement.start, statement.end)
                text.setData(span, SPAN_ROLE)
                kind = QStandardItem("Direct quote" if statement.kind == "direct" else "Reported")
                kind.setToolTip(statement.text)
                for item in (text, kind):
                    item.setEditable(False)
                    item.setData(span, SPAN_ROLE)
                head.appendRow([text, kind])
            root.appendRow(row)

    def statement_index(self, speaker_row: int, statement_row: int, column: int = 0) -> QModelIndex:
        return self.index(statement_row, column, self.index(speaker_row, 0))

