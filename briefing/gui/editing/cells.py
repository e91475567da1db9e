"""Cell editing in edit mode: which cells of the Participants, Statements and Commitments views change,
the editor each gets (line edit, choice or date), and a delegate that turns a new value into an edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyleOptionViewItem, QTableView, QTreeView, QWidget

from briefing.core import STATUSES, Briefing
from briefing.gui.editing.widgets import error_color
from briefing.gui.formatting import joined, status_label
from briefing.gui.panes.tables import WrappingDelegate
from briefing.library.edits import NO_ACTOR
from briefing.library.values import DATE_HINT, EditError, parse_date

ModelIndex = QModelIndex | QPersistentModelIndex

PRESENCE = (("Attended", True), ("Only mentioned", False))
STATEMENT_KINDS = (("Direct quote", "direct"), ("Reported", "reported"))
FIRMNESS = (("firm", "firm"), ("proposal", "proposal"), ("hope", "hope"), ("— (not rated)", None))
STATUS = tuple((status_label(status), status) for status in STATUSES)

# model column -> field of the record; columns not listed stay read-only
PARTICIPANT_COLUMNS = {0: "name", 1: "aliases", 2: "title", 3: "organization", 4: "country", 5: "attended"}
COMMITMENT_COLUMNS = {0: "actor", 2: "firmness", 3: "status", 4: "due", 5: "notes"}
STATEMENT_COLUMNS = {0: "speaker", 1: "kind"}


@dataclass(frozen=True)
class CellEditor:
    """What editing a cell offers: free text, a date, or one of `choices` (label, value)."""

    field: str
    kind: str  # "text", "date" or "choice"
    value: object
    choices: tuple[tuple[str, object], ...] = ()
    suggestions: tuple[str, ...] = ()


def participant_cell(briefing: Briefing, row: int, column: int) -> CellEditor | None:
    field = PARTICIPANT_COLUMNS.get(column)
    if field is None or not 0 <= row < len(briefing.participants):
        return None
    person = briefing.participants[row]
    if field == "attended":
        return CellEditor(field, "choice", person.attended, PRESENCE)
    if field == "aliases":
        return CellEditor(field, "text", joined(person.aliases))
    return CellEditor(field, "text", getattr(person, field) or "")


def commitment_cell(briefing: Briefing, row: int, column: int) -> CellEditor | None:
    field = COMMITMENT_COLUMNS.get(column)
    if field is None or not 0 <= row < len(briefing.commitments):
        return None
    commitment = briefing.commitments[row]
    if field == "firmness":
        return CellEditor(field, "choice", commitment.firmness, FIRMNESS)
    if field == "status":
        return CellEditor(field, "choice", commitment.status, STATUS)
    if field == "due":
        return CellEditor(field, "date", commitment.due or "")
    if field == "actor":
        names = [p.name for p in briefing.participants] + list(briefing.parties) + [NO_ACTOR]
        return CellEditor(field, "text", commitment.actor, suggestions=tuple(dict.fromkeys(names)))
    return CellEditor(field, "text", commitment.notes or "")


def statement_cell(briefing: Briefing, position: int, column: int) -> CellEditor | None:
    field = STATEMENT_COLUMNS.get(column)
    if field is None or not 0 <= position < len(briefing.statements):
        return None
    statement = briefing.statements[position]
    if field == "speaker":
        return CellEditor(field, "choice", statement.speaker, tuple((p.name, p.name) for p in briefing.participants))
    return CellEditor(field, "choice", statement.kind, STATEMENT_KINDS)


class _DateEdit(QLineEdit):
    """A due-date box: YYYY-MM-DD, red while what is typed is not such a date."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPlaceholderText("YYYY-MM-DD (empty: no date)")
        self.setToolTip(f"Type {DATE_HINT}, or leave it empty")
        self._normal = QPalette(self.palette())
        self.textChanged.connect(lambda _: self._mark())

    def problem(self) -> str | None:
        try:
            parse_date(self.text(), "due date")
        except EditError as error:
            return str(error)
        return None

    def _mark(self) -> None:
        palette = QPalette(self._normal)
        if self.problem() is not None:
            palette.setColor(QPalette.ColorRole.Text, error_color(self._normal))
        self.setPalette(palette)


class EditingDelegate(WrappingDelegate):
    """Wrapping, search-marking cells that edit through `commit(index, value)` (an undoable edit) instead
    of writing to the model, and that show which cells can be edited with a dotted underline."""

    rejected = Signal(str)  # a value that was not taken, and why

    def __init__(self, view: QTableView | QTreeView, describe: Callable[[ModelIndex], CellEditor | None],
                 commit: Callable[[ModelIndex, str, object], None]) -> None:
        super().__init__(view)
        self.describe = describe
        self.commit = commit

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
        color.setAlpha(170)
        painter.save()
        painter.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
        rect = option.rect.adjusted(4, 0, -4, -3)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget | None:
        spec = self.describe(index)
        if spec is None:
            return None
        if spec.kind == "choice":
            combo = QComboBox(parent)
            for label, _value in spec.choices:
                combo.addItem(label)
            return combo
        editor = _DateEdit(parent) if spec.kind == "date" else QLineEdit(parent)
        if spec.suggestions:
            completer = QCompleter(list(spec.suggestions), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor  # the view installs this delegate as the editor's event filter

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """At least as wide as the editor wants (a date in a narrow Due column), kept inside the view."""
        super().updateEditorGeometry(editor, option, index)
        rect = editor.geometry()
        width = max(rect.width(), editor.sizeHint().width(), editor.fontMetrics().horizontalAdvance("2024-05-13") + 24)
        viewport = editor.parentWidget()
        right = viewport.width() if viewport is not None else rect.left() + width
        rect.setLeft(max(0, min(rect.left(), right - width)))
        rect.setWidth(width)
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        spec = self.describe(index)
        if spec is None:
            return
        if isinstance(editor, QComboBox):
            values = [value for _label, value in spec.choices]
            editor.setCurrentIndex(values.index(spec.value) if spec.value in values else -1)
        elif isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(str(spec.value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        spec = self.describe(index)
        if spec is None:
            return
        if isinstance(editor, QComboBox):
            if not 0 <= editor.currentIndex() < len(spec.choices):
                return
            value: object = spec.choices[editor.currentIndex()][1]
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            if value.strip() == str(spec.value or "").strip():
                return
            if isinstance(editor, _DateEdit) and editor.problem() is not None:
                self.rejected.emit(f"{editor.problem()} The due date was not changed.")
                return
        else:
            return
        if value != spec.value:
            self.commit(index, spec.field, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a bad date keeps the box open with what was typed, and says what is wrong."""
        if isinstance(watched, _DateEdit) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            problem = watched.problem()
            if problem is not None:
                self.rejected.emit(f"{problem} Correct it, or press Esc to leave the due date as it was.")
                return True
        return super().eventFilter(watched, event)
