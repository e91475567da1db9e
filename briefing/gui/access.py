"""Accessibility helpers: names for assistive technology, a visible focus, font-relative widths."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from briefing.gui.colors import contrast, is_high_contrast, mix

FOCUS_FRAME_WIDTH = 2
MIN_FRAME_CONTRAST = 3.0  # WCAG 1.4.11: a focus indicator against what is around it


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """The name a screen reader says for `widget`, and a sentence on what it does (also its tooltip
    when it has none)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)


def em(widget: QWidget, count: float) -> int:
    """`count` widths of the letter M in the widget's font: column widths that grow with the font."""
    return round(widget.fontMetrics().horizontalAdvance("M") * count)


def no_tab_trap(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave the view (arrow keys move between cells): WCAG 2.1.2."""
    view.setTabKeyNavigation(False)


class _FollowPalette(QObject):
    """Recomputes a view's selection colours when the system palette changes (a theme switch)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QAbstractItemView):
            selection_palette(watched)
        return super().eventFilter(watched, event)


def selection_palette(view: QAbstractItemView) -> None:
    """A selection that looks different when the view does not have the focus (a pale tint of the
    highlight and normal text), so the focused list is the one with the strong colour.

    A high-contrast system palette is left exactly as it is."""
    if view.findChild(_FollowPalette) is None:
        view.installEventFilter(_FollowPalette(view))
    view.setPalette(QPalette())  # back to the system's, then the inactive selection on top
    palette = QPalette(view.palette())
    if is_high_contrast(palette):
        return
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    base = palette.color(groups.Active, roles.Base)
    pale = mix(palette.color(groups.Active, roles.Highlight), base, 0.35)
    palette.setColor(groups.Inactive, roles.Highlight, pale)
    palette.setColor(groups.Inactive, roles.HighlightedText, palette.color(groups.Active, roles.Text))
    view.setPalette(palette)


def frame_color(palette: QPalette) -> QColor:
    """The focus frame's colour: the highlight if it stands out 3:1 from the window, else the text colour."""
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, window) >= MIN_FRAME_CONTRAST and not is_high_contrast(palette):
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


class FocusFrame(QWidget):
    """A 2-pixel frame drawn around whichever widget of `window` has the keyboard focus.

    A transparent child of the window, above the others and never taking a click; it follows
    the focus and the focused widget's moves and resizes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError):  # the widget is gone already (its window closing)
                self.target.removeEventFilter(self)
        window = self.parentWidget()
        inside = new is not None and window is not None and new is not window and window.isAncestorOf(new) \
            and new.window() is window
        self.target = new if inside else None
        if self.target is not None:
            self.target.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        """Put the frame around the focused widget (or hide it)."""
        target, window = self.target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(window, target.rect().topLeft())
        grow = FOCUS_FRAME_WIDTH
        self.setGeometry(QRect(top_left, target.size()).adjusted(-grow, -grow, grow, grow))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                                                       QEvent.Type.Hide):
            self.follow()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(frame_color(self.palette()), FOCUS_FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()
