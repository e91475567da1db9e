"""User preferences shown as checkable actions and kept in QSettings: the paper size of exported PDFs."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from briefing.gui.actions import WindowActions
from briefing.gui.settings import PAGE_SIZES, PDF_PAGE_SIZE, app_settings, pdf_page_size


def locale_page_size() -> str:
    """The locale's paper (Letter in the US, Canada...; else A4). Loads the PDF exporter, so call it late."""
    from briefing.library import default_page_size

    return default_page_size()


class PageSizeChoice(QObject):
    """File ▸ Page Size ▸ A4 / Letter, saved as "pdf/page_size", which PDF export reads.

    Until the user picks one, the menu shows the locale's default, worked out only when the
    menu is first opened: it needs the PDF exporter, which start-up does not load."""

    def __init__(self, actions: WindowActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = actions.page_sizes
        self.group.triggered.connect(self._chosen)
        actions.page_size_menu.aboutToShow.connect(self.sync)
        chosen = pdf_page_size(app_settings())
        if chosen is not None:
            self._check(chosen)

    def current(self) -> str:
        """The size PDF export will use: the saved choice, else the locale's default."""
        return pdf_page_size(app_settings()) or locale_page_size()

    def sync(self) -> None:
        """Check the action of the current size (another window may have changed it)."""
        self._check(self.current())

    def _check(self, size: str) -> None:
        for action in self.group.actions():
            action.setChecked(action.data() == size)

    def _chosen(self, action: QAction) -> None:
        size = action.data()
        if size not in PAGE_SIZES:
            return
        settings = app_settings()
        settings.setValue(PDF_PAGE_SIZE, size)
        settings.sync()
