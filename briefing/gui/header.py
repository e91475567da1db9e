"""The detail header: the briefing's title and a line of date · kind · parties."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.gui.colors import secondary_text
from briefing.gui.formatting import meta_line

EMPTY_TITLE = "No briefing selected"
EMPTY_META = "Import a briefing (Ctrl+O) or pick one from the list."


class BriefingHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(EMPTY_TITLE, self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.meta = QLabel(EMPTY_META, self)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        self._mute()

    def show_briefing(self, briefing: Briefing | None) -> None:
        if briefing is None:
            self.title.setText(EMPTY_TITLE)
            self.meta.setText(EMPTY_META)
            return
        self.title.setText(briefing.title)
        self.meta.setText(meta_line(briefing.event_date, briefing.event_kind, briefing.parties))

    def _mute(self) -> None:
        palette = QPalette()  # only the role set below is explicit; the rest follows the parent
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette(), on_window=True))
        self.meta.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._mute()
        super().changeEvent(event)
