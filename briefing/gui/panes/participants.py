"""The Participants tab: who attended or was only mentioned, their titles and whether they spoke."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.gui.detail_models import ParticipantsModel
from briefing.gui.panes.tables import Mode, WrappingTable, select_and_reveal
from briefing.library.search_terms import MatchTerm


class ParticipantsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParticipantsModel(self)
        self.view = WrappingTable(
            self.model,
            modes={0: Mode.Interactive, 1: Mode.Interactive, 2: Mode.Stretch, 3: Mode.Interactive,
                   4: Mode.ResizeToContents, 5: Mode.ResizeToContents, 6: Mode.ResizeToContents},
            widths={0: 11, 1: 10, 3: 14},  # ems
            parent=self)
        self.view.setSelectionMode(WrappingTable.SelectionMode.ExtendedSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_briefing(self, briefing: Briefing | None) -> None:
        self.model.set_records(briefing.participants if briefing else [])

    def select_row(self, row: int) -> None:
        select_and_reveal(self.view, self.model.index(row, 0))

    def mark_terms(self, terms: list[MatchTerm]) -> None:
        """Highlight these words of the active search (none: no highlights)."""
        self.view.marking_delegate.set_terms(terms)
