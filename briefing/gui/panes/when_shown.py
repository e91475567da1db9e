"""Panes that render their briefing only while they can be seen (the tabs past Summary)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent

from briefing.core import Briefing


class RenderedWhenShown:
    """A mixin for a pane (before its QWidget base): a briefing selected, or a palette changed, while
    the pane is out of sight is rendered when the pane is next shown, or when it is asked for what it
    shows (`_catch_up`), not at once. The pane implements `_render()`."""

    _briefing: Briefing | None = None
    _waiting = False  # something to render arrived while the pane was out of sight

    def show_briefing(self, briefing: Briefing | None) -> None:
        self._briefing = briefing
        self._render_again()

    def _render_again(self) -> None:
        self._waiting = True
        if self.isVisible():  # type: ignore[attr-defined]
            self._catch_up()

    def _catch_up(self) -> None:
        if self._waiting:
            self._waiting = False
            self._render()

    def _render(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._catch_up()
        super().showEvent(event)  # type: ignore[misc]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange and self._briefing is not None:
            self._render_again()
        super().changeEvent(event)  # type: ignore[misc]
