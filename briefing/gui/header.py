"""The detail header: the briefing's title, a line of date · kind · parties, and what is left to check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.core.review import REVIEW_TAGS, review_tags
from briefing.gui.colors import secondary_text, warning_text
from briefing.gui.formatting import esc, meta_line

EMPTY_TITLE = "No briefing selected"
EMPTY_META = "Import a briefing (Ctrl+O) or pick one from the list."
CHECKED_LINK = "Mark as checked"
DRAFT_NOTICE = "Draft — not yet reviewed: check it against the source."
REVIEWED_LINK = "Mark as Reviewed"
MARK_REVIEWED = "review:mark"  # the href of the draft line's link


def notice_html(briefing: Briefing, editing: bool, writable: bool = True) -> str:
    """The draft line (with a Mark as Reviewed link), then one line per review marker; while editing,
    each marker ends with a link (href: the marker) to clear it."""
    lines = []
    if briefing.is_draft:
        link = f" <a href='{MARK_REVIEWED}'>{REVIEWED_LINK}</a>" if writable else ""
        lines.append(f"<b>{esc(DRAFT_NOTICE)}</b>{link}")
    for tag in review_tags(briefing.tags):
        link = f" <a href='{esc(tag)}'>{CHECKED_LINK}</a>" if editing else ""
        lines.append(f"{esc(REVIEW_TAGS[tag])}{link}")
    return "<br>".join(lines)


class BriefingHeader(QWidget):
    """`review_checked(tag)`: the user says a review marker's point is settled (only offered in edit mode);
    `reviewed()`: the user marks the draft as reviewed."""

    review_checked = Signal(str)
    reviewed = Signal()

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
        self.notice_row = QWidget(self)
        self.notice_icon = QLabel(self.notice_row)
        self.notice_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice = QLabel(self.notice_row)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.linkActivated.connect(self._link)
        row = QHBoxLayout(self.notice_row)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.notice, 1)
        self.notice_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice_row)
        self._briefing: Briefing | None = None
        self._editing = False
        self.writable = True
        self._mute()

    def _link(self, href: str) -> None:
        if href == MARK_REVIEWED:
            self.reviewed.emit()
        else:
            self.review_checked.emit(href)

    def show_briefing(self, briefing: Briefing | None) -> None:
        self._briefing = briefing
        self._show_notice()
        if briefing is None:
            self.title.setText(EMPTY_TITLE)
            self.meta.setText(EMPTY_META)
            return
        self.title.setText(briefing.title)
        self.meta.setText(meta_line(briefing.event_date, briefing.event_kind, briefing.parties))

    def set_editing(self, editing: bool) -> None:
        """In edit mode the notice offers to mark each point as checked."""
        self._editing = editing
        self._show_notice()

    def _show_notice(self) -> None:
        text = notice_html(self._briefing, self._editing, self.writable) if self._briefing is not None else ""
        self.notice.setText(text)
        if text and self._icon_stale:
            self._draw_icon()
        self.notice_row.setVisible(bool(text))

    def _mute(self) -> None:
        palette = QPalette()  # only the role set below is explicit; the rest follows the parent
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette(), on_window=True))
        self.meta.setPalette(palette)
        warning = QPalette()
        warning.setColor(QPalette.ColorRole.WindowText, warning_text(self.palette()))
        self.notice.setPalette(warning)
        self._icon_stale = True  # drawn when a notice needs it: asking the style costs ~4 ms of a start-up
        if self.notice.text():
            self._draw_icon()

    def _draw_icon(self) -> None:
        from PySide6.QtWidgets import QStyle  # here: PySide6 builds its QStyle class (~4 ms) when first used

        size = self.notice.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.notice_icon.setPixmap(icon.pixmap(size, size))
        self._icon_stale = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._mute()
        super().changeEvent(event)
