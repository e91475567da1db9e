"""The Commitments tab: actor, text, firmness, status and due date; a click shows it in the source."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.gui.detail_models import CommitmentsModel
from briefing.gui.hub import SignalHub
from briefing.gui.panes.tables import Mode, SpanPane, WrappingTable, select_and_reveal


class CommitmentsPane(SpanPane):
    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = CommitmentsModel(self)
        self.view = WrappingTable(
            self.model,
            modes={0: Mode.Interactive, 1: Mode.Stretch, 2: Mode.ResizeToContents,
                   3: Mode.ResizeToContents, 4: Mode.ResizeToContents, 5: Mode.Interactive},
            widths={0: 12, 5: 14},  # ems
            parent=self)
        self.view.setToolTip("Select a commitment to find it in the Source tab; double-click to go there")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._point(current, False))
        self.view.activated.connect(lambda index: self._point(index, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_briefing(self, briefing: Briefing | None) -> None:
        self.model.briefing = briefing
        self.model.set_records(briefing.commitments if briefing else [])
        self.view.setColumnHidden(5, not any(c.notes for c in self.model.records))  # Notes, when there are any

    def select_row(self, row: int) -> None:
        select_and_reveal(self.view, self.model.index(row, 0))

