"""The briefing's tabs past Summary, built when first shown or asked for: their modules load after the first paint.

Participants, Statements, Commitments and Source start as empty placeholder pages. A pane is built, and
its module (with the tables, item models and Qt classes only the panes use) imported, when its tab
is first made current or the window is first asked for it (window.participants_pane …; edit mode asks
for all of them just after the first paint). It then takes its placeholder's place in the tab widget
and catches up with the briefing shown and the search's words, as if it had been there all along."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from briefing.gui.panes.commitments import CommitmentsPane
    from briefing.gui.panes.participants import ParticipantsPane
    from briefing.gui.panes.source import SourcePane
    from briefing.gui.panes.statements import StatementsPane
    from briefing.library.search_terms import MatchTerm

PANE_NAMES = ("Summary", "Participants", "Statements", "Commitments", "Source")
PANE_KEYS = ("summary", "participants", "statements", "commitments", "source")


def _make(key: str, window: Any, tabs: QTabWidget) -> QWidget:
    """The pane `key`, its module imported only now."""
    if key == "participants":
        from briefing.gui.panes.participants import ParticipantsPane

        return ParticipantsPane(tabs)
    if key == "statements":
        from briefing.gui.panes.statements import StatementsPane

        return StatementsPane(window.hub, tabs)
    if key == "commitments":
        from briefing.gui.panes.commitments import CommitmentsPane

        return CommitmentsPane(window.hub, tabs)
    if key == "source":
        from briefing.gui.panes.source import SourcePane

        return SourcePane(tabs)
    raise KeyError(key)


class LazyPanes:
    """The window's five panes in `tabs`: Summary built now (the first paint shows it), the rest on demand."""

    def __init__(self, window: Any, tabs: QTabWidget, summary: QWidget) -> None:
        self.window = window
        self.tabs = tabs
        self.built: dict[str, QWidget] = {"summary": summary}
        self.terms: list[MatchTerm] = []  # the active search's words, for a pane built later
        self._when_built: dict[str, list[Callable[[Any], object]]] = {}
        tabs.addTab(summary, PANE_NAMES[0])
        for name in PANE_NAMES[1:]:
            tabs.addTab(QWidget(tabs), name)
        tabs.currentChanged.connect(self._shown)  # before anyone else's: they see the built pane

    def _shown(self, index: int) -> None:
        if 0 <= index < len(PANE_KEYS):
            self.pane(PANE_KEYS[index])

    def pane(self, key: str) -> Any:
        """The pane `key` ('summary', 'participants', …), built now if it was not yet."""
        pane = self.built.get(key)
        if pane is not None:
            return pane
        pane = self.built[key] = _make(key, self.window, self.tabs)
        index = PANE_KEYS.index(key)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: nothing to tell anyone
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, pane, PANE_NAMES[index])
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        pane.mark_terms(self.terms)
        pane.show_briefing(self.window.current)
        for call in self._when_built.pop(key, []):
            call(pane)
        return pane

    def all(self) -> list[Any]:
        """Every pane in tab order, the missing ones built now."""
        return [self.pane(key) for key in PANE_KEYS]

    def shown(self) -> list[Any]:
        """The panes built so far, in tab order (the others catch up when built)."""
        return [self.built[key] for key in PANE_KEYS if key in self.built]

    def when_built(self, key: str, call: Callable[[Any], object]) -> None:
        """Call `call(pane)` once the pane `key` exists: now if it does, else when it is built."""
        if key in self.built:
            call(self.built[key])
        else:
            self._when_built.setdefault(key, []).append(call)


class PaneAccess:
    """The window's panes by name (window.participants_pane …), each built when first asked for."""

    lazy_panes: LazyPanes  # window_build.build_detail makes it

    @property
    def panes(self) -> list[QWidget]:
        """The five panes in tab order (those not built yet are built now)."""
        return self.lazy_panes.all()

    @property
    def participants_pane(self) -> ParticipantsPane:
        return self.lazy_panes.pane("participants")  # type: ignore[no-any-return]

    @property
    def statements_pane(self) -> StatementsPane:
        return self.lazy_panes.pane("statements")  # type: ignore[no-any-return]

    @property
    def commitments_pane(self) -> CommitmentsPane:
        return self.lazy_panes.pane("commitments")  # type: ignore[no-any-return]

    @property
    def source_pane(self) -> SourcePane:
        return self.lazy_panes.pane("source")  # type: ignore[no-any-return]
