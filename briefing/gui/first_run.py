"""The window's layout before any state was saved: its size, the list's share of it, compact columns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

FIRST_SIZE = (1280, 800)
SCREEN_SHARE = 0.9  # of a smaller screen
LIST_SHARE = 0.4  # of the window's width, for the library list and search
SAMPLE_DATE = "2020-05-13"
SAMPLE_KIND = "video conference"  # a common kind; longer ones elide (the tooltip has them whole)
PARTIES_WIDTH_EMS = 7  # a glimpse: the detail header lists them in full
TITLE_SHARE = 0.35  # of the list's width at least, for the Title column
MIN_EMS = 4


def first_run_size(window: QMainWindow) -> tuple[int, int]:
    """1280 x 800, or 90 % of a smaller screen."""
    width, height = FIRST_SIZE
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    return width, height


def compact_columns(header: QHeaderView, date: int, kind: int, parties: int, room: int = 0) -> None:
    """Date and Kind just wide enough for their usual values, Parties narrow; the Title column
    (stretching) gets the rest of the list's width, `room`: at least TITLE_SHARE of it, however large
    the font (Kind and Parties give way, down to MIN_EMS each; their values elide, tooltips have them)."""
    metrics = header.fontMetrics()
    em = metrics.horizontalAdvance("M")
    padding = em * 3 // 2
    widths = {date: metrics.horizontalAdvance(SAMPLE_DATE) + padding,
              kind: metrics.horizontalAdvance(SAMPLE_KIND) + padding, parties: em * PARTIES_WIDTH_EMS}
    over = sum(widths.values()) - round(room * (1 - TITLE_SHARE)) if room else 0
    for column in (parties, kind):
        if over > 0:
            give = min(over, widths[column] - em * MIN_EMS)
            widths[column] -= max(give, 0)
            over -= max(give, 0)
    for column, width in widths.items():
        header.resizeSection(column, width)


class KeepListShare(QObject):
    """Gives the splitter's first pane `share` of its width, again after every resize, until the
    user drags the handle. A window manager may resize (or maximise) a new window after it is
    shown; without this, all of that width would go to the detail side and the list stay narrow."""

    def __init__(self, splitter: QSplitter, share: float = LIST_SHARE) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.share = share
        self.active = True
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self.stop)
        self.apply()

    def apply(self) -> None:
        if not self.active:  # a resize queued this before the user took over
            return
        total = sum(self.splitter.sizes()) or self.splitter.width()
        left = round(total * self.share)
        self.splitter.setSizes([left, total - left])

    def stop(self) -> None:
        self.active = False
        self.splitter.removeEventFilter(self)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.apply)  # after the splitter has laid out its new width
        return False


def apply_first_run_layout(window: QMainWindow, splitter: QSplitter, header: QHeaderView,
                           columns: tuple[int, int, int]) -> KeepListShare:
    """Size the window, keep the list at about two fifths of it and make the columns compact.

    `columns` are the list's Date, Kind and Parties columns."""
    width, height = first_run_size(window)
    window.resize(width, height)
    left = round(width * LIST_SHARE)
    splitter.setSizes([left, width - left])
    compact_columns(header, *columns, room=left)
    return KeepListShare(splitter)
