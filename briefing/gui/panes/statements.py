"""The Statements tab: what each speaker said, grouped by speaker, with its kind (quoted or reported)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.gui.colors import speaker_colors, swatch
from briefing.gui.detail_models import StatementsModel
from briefing.gui.hub import SignalHub
from briefing.gui.panes.tables import SpanPane, WrappingTree, select_and_reveal
from briefing.gui.panes.when_shown import RenderedWhenShown


class StatementsPane(RenderedWhenShown, SpanPane):
    """Speakers in the order they first speak; each statement is a child row of its speaker.

    Out of sight (another tab is shown), the pane fills its tree when it is next shown or its `model`
    or `view` is next used, not at each briefing shown."""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._model = StatementsModel(self)
        self._view = WrappingTree(self._model, self)
        self._view.setToolTip("Select a statement to find it in the Source tab; double-click to go there")
        header = self._view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._view.selectionModel().currentRowChanged.connect(lambda current, _: self._point(current, False))
        self._view.activated.connect(lambda index: self._point(index, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self._briefing: Briefing | None = None

    @property
    def model(self) -> StatementsModel:
        self._catch_up()
        return self._model

    @property
    def view(self) -> WrappingTree:  # type: ignore[override]
        self._catch_up()
        return self._view

    @property
    def tree(self) -> WrappingTree:
        """The view as it is, not brought up to date: for wiring to it (edit mode), not for reading it."""
        return self._view

    def _render(self) -> None:
        briefing = self._briefing
        icons = {}
        if briefing is not None:
            palette = self.palette()
            icons = {name: swatch(color, palette)
                     for name, color in speaker_colors(briefing.speakers(), palette).items()}
        self._model.set_briefing(briefing, icons)
        self._view.expandAll()

    def speaker_count(self) -> int:
        return self.model.rowCount()

    def statement_count(self) -> int:
        return sum(self.model.rowCount(self.model.index(row, 0)) for row in range(self.model.rowCount()))

    def select_statement(self, speaker_row: int, statement_row: int) -> None:
        select_and_reveal(self.view, self.model.statement_index(speaker_row, statement_row))

    def select_position(self, position: int) -> bool:
        """Select the briefing's position-th statement (Briefing.statements order) in its speaker group."""
        briefing = self._briefing
        if briefing is None or not 0 <= position < len(briefing.statements):
            return False
        target = briefing.statements[position]
        for speaker_row, statements in enumerate(briefing.statements_by_speaker().values()):
            for statement_row, statement in enumerate(statements):
                if statement is target:
                    self.select_statement(speaker_row, statement_row)
                    return True
        return False

