"""Edit-mode widgets: the banner over the panes, the Summary tab's form and the tool row of a pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.core import EVENT_KINDS, Briefing
from briefing.core.review import topic_tags
from briefing.gui.colors import is_dark, secondary_text
from briefing.gui.formatting import joined
from briefing.library.values import DATE_HINT, EditError, parse_date, split_list

LIST_FIELDS = ("places", "parties", "tags")


def error_color(palette: QPalette) -> QColor:
    return QColor.fromHsl(0, 200, 170) if is_dark(palette) else QColor.fromHsl(0, 190, 90)


def action_button(action: QAction, parent: QWidget, text: str | None = None) -> QToolButton:
    """A button that triggers `action` and follows its enabled state; `text` keeps a fixed label."""
    button = QToolButton(parent)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = action.menu()
    if text is None and menu is None:
        button.setDefaultAction(action)
        return button
    if menu is not None:  # room on the right for the style's menu arrow
        button.setText(f"{action.text().replace('&', '')}    ")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    else:
        button.setText(text or action.text())
        button.clicked.connect(action.trigger)
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class EditBanner(QFrame):
    """'Draft — review and Save (Ctrl+S) or Discard', the Undo/Redo/Save/Discard buttons, and a message line."""

    def __init__(self, undo: QAction, redo: QAction, save: QAction, discard: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBanner")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action, text in ((undo, "Undo"), (redo, "Redo"), (save, "Save"), (discard, "Discard")):
            buttons.addWidget(action_button(action, self, text))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.message)
        self._error = False
        self._paint()
        self.hide()

    def show_state(self, is_new: bool, imported: bool, queue: int = 0) -> None:
        save = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        if is_new:
            text = f"Draft — review and Save ({save}) or Discard. It is not in the library yet."
        elif imported:
            more = f" ({queue} more imported draft{'s' if queue != 1 else ''} to review after this one)" \
                if queue else ""
            text = f"Imported draft — review, then Save ({save}) to mark it reviewed, or Discard{more}."
        else:
            text = f"Editing — Save ({save}) to keep the changes, or Discard them."
        self.title.setText(text)
        self.show_message("")
        self.show()

    def show_message(self, text: str, error: bool = False) -> None:
        self._error = error and bool(text)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._paint()

    def show_error(self, text: str) -> None:
        self.show_message(text, error=True)

    def _paint(self) -> None:
        base = self.parent().palette() if isinstance(self.parent(), QWidget) else self.palette()
        palette = QPalette(base)
        dark = is_dark(base)
        background = QColor.fromHsl(45, 90, 62) if dark else QColor.fromHsl(48, 230, 222)
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#f4f4f4") if dark else QColor("#1a1a1a"))
        self.setPalette(palette)
        message = QPalette(palette)
        if self._error:
            message.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.message.setPalette(message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ParentChange:
            self._paint()
        super().changeEvent(event)


class ToolRow(QWidget):
    """The editing buttons of one pane and a muted hint, shown above the pane in edit mode."""

    def __init__(self, actions: list[QAction], hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action in actions:
            buttons.addWidget(action_button(action, self))
        buttons.addStretch(1)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)  # (its size policy then says height-for-width: it wraps, not clips)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette(), on_window=True))
        self.hint.setPalette(palette)
        layout = QVBoxLayout(self)  # the hint on its own line: it wraps instead of being cut off
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.hide()


class SummaryForm(QWidget):
    """The Summary tab in edit mode: the briefing's own fields. A field is committed when the user leaves
    it (Enter or focus out); a bad date stays in its box with a message beside it and changes nothing."""

    edited = Signal(str, object)  # field, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.date.setMaximumWidth(160)
        self.date_error = QLabel(self)
        self.date_error.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems(["", *EVENT_KINDS])
        self.kind.setMinimumContentsLength(18)
        self.lists = {name: QLineEdit(self) for name in LIST_FIELDS}
        for box in self.lists.values():
            box.setPlaceholderText("separate with commas")
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
        self.date_error.setPalette(palette)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.date_error, 1)
        form = QFormLayout(self)
        form.setContentsMargins(12, 10, 12, 10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Title", self.title)
        date_label = QLabel("&Date", self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        form.addRow("&Kind", self.kind)
        form.addRow("&Places", self.lists["places"])
        form.addRow("Pa&rties", self.lists["parties"])
        form.addRow("Ta&gs", self.lists["tags"])
        form.addRow("&Summary", self.summary)
        self._loaded: dict[str, object] = {}
        self.title.editingFinished.connect(lambda: self._commit("title"))
        self.date.editingFinished.connect(lambda: self._commit("event_date"))
        self.date.textEdited.connect(lambda _: self._check_date())
        self.kind.lineEdit().editingFinished.connect(lambda: self._commit("event_kind"))
        self.kind.activated.connect(lambda _: self._commit("event_kind"))
        for name, box in self.lists.items():
            box.editingFinished.connect(lambda n=name: self._commit(n))
        self.summary.installEventFilter(self)

    def load(self, briefing: Briefing) -> None:
        """Show the briefing's values (after an edit, undo or redo) without committing anything; the tags
        field leaves review markers out (the header shows them)."""
        lists = {name: getattr(briefing, name) for name in LIST_FIELDS} | {"tags": topic_tags(briefing.tags)}
        values: dict[str, object] = {
            "title": briefing.title, "event_date": briefing.event_date or "",
            "event_kind": briefing.event_kind or "", "summary": briefing.summary or "",
            **{name: joined(items) for name, items in lists.items()}}
        for name, value in values.items():
            if self._text(name) != value:
                self._set_text(name, str(value))
        self._loaded = values
        self._check_date()

    def _text(self, name: str) -> str:
        if name == "title":
            return self.title.text()
        if name == "event_date":
            return self.date.text()
        if name == "event_kind":
            return self.kind.currentText()
        if name == "summary":
            return self.summary.toPlainText()
        return self.lists[name].text()

    def _set_text(self, name: str, text: str) -> None:
        widget: QObject = {"title": self.title, "event_date": self.date, "event_kind": self.kind,
                           "summary": self.summary}.get(name) or self.lists[name]
        blocked = widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)
        widget.blockSignals(blocked)

    def _changed(self, name: str) -> bool:
        text = self._text(name)
        if name in LIST_FIELDS:
            return split_list(text) != split_list(self._loaded.get(name, ""))
        return text.strip() != str(self._loaded.get(name, "")).strip()

    def _commit(self, name: str) -> None:
        if not self._loaded or not self._changed(name):
            return
        if name == "event_date" and not self._check_date():
            return
        self.edited.emit(name, self._text(name))

    def _check_date(self) -> bool:
        try:
            parse_date(self.date.text())
        except EditError as error:
            self.date_error.setText(f"{error} The date was not changed." if self.date.text().strip()
                                    else "")
            self.date.setToolTip(DATE_HINT)
            return False
        self.date_error.setText("")
        return True

    def commit_pending(self) -> str | None:
        """Commit every changed field now (before saving); returns why not, if a field is invalid."""
        for name in ("title", "event_date", "event_kind", "summary", *LIST_FIELDS):
            self._commit(name)
        return None if self._check_date() else self.date_error.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self._commit("summary")
        return super().eventFilter(watched, event)
