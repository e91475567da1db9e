"""What the window's helpers (edit mode, library switching) may use of it: a Protocol, not the class.

The edit controller, pane editing and library files are built by the main window and drive its
public parts through this surface, so none of them imports main_window (no import circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStatusBar, QTableView, QTabWidget, QToolBar, QWidget

from briefing.core import Briefing
from briefing.gui.actions import WindowActions
from briefing.gui.header import BriefingHeader
from briefing.gui.hub import SignalHub
from briefing.gui.lazy_panes import LazyPanes
from briefing.gui.list_model import BriefingListModel
from briefing.gui.panes.summary import SummaryPane
from briefing.gui.search_panel import SearchSidebar
from briefing.gui.tasks import TaskRunner
from briefing.library import Library

if TYPE_CHECKING:  # the panes past Summary are imported when first built (gui/lazy_panes)
    from briefing.gui.backups import LibraryBackups
    from briefing.gui.library_files import LibraryFiles
    from briefing.gui.panes.commitments import CommitmentsPane
    from briefing.gui.panes.participants import ParticipantsPane
    from briefing.gui.panes.source import SourcePane
    from briefing.gui.panes.statements import StatementsPane


class BriefingWindow(Protocol):
    """The main window as its helpers see it (MainWindow satisfies it)."""

    library: Library
    hub: SignalHub
    tasks: TaskRunner
    window_actions: WindowActions
    current: Briefing | None
    list_view: QTableView
    list_model: BriefingListModel
    sidebar: SearchSidebar
    header: BriefingHeader
    detail: QWidget
    tabs: QTabWidget
    lazy_panes: LazyPanes
    summary_pane: SummaryPane
    library_files: LibraryFiles
    backups: LibraryBackups | None  # made just after the first paint (finish_startup)

    # the other panes are built when first asked for (gui/lazy_panes.PaneAccess)
    @property
    def panes(self) -> list[QWidget]: ...

    @property
    def participants_pane(self) -> ParticipantsPane: ...

    @property
    def statements_pane(self) -> StatementsPane: ...

    @property
    def commitments_pane(self) -> CommitmentsPane: ...

    @property
    def source_pane(self) -> SourcePane: ...

    def show_briefing(self, briefing: Briefing | None) -> None: ...

    def select_id(self, briefing_id: int) -> bool: ...

    def select_row(self, row: int) -> None: ...

    def refresh_counts(self) -> None: ...

    def note_library_version(self) -> None: ...

    def show_library_path(self) -> None: ...

    # QMainWindow's own, used as a dialog parent and for the read-only notice
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def setWindowTitle(self, title: str) -> None: ...  # noqa: N802

    def setWindowFilePath(self, path: str) -> None: ...  # noqa: N802

    def palette(self) -> QPalette: ...

    def addToolBar(self, area: object, toolbar: QToolBar) -> None: ...  # noqa: N802
