"""Every QAction of the main window, with standard keys, and the menus that hold them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenuBar

StandardKey = QKeySequence.StandardKey


def _action(parent: QObject, text: str, keys: QKeySequence.StandardKey | str | None = None,
            tip: str = "", icon: str = "") -> QAction:
    action = QAction(text, parent)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
    elif keys:
        action.setShortcut(QKeySequence(keys))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if icon:
        action.setIcon(QIcon.fromTheme(icon))
    return action


class WindowActions(QObject):
    """The actions; the window connects their `triggered` signals and enables them by selection."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # File
        self.import_file = _action(parent, "&Import…", StandardKey.Open,
                                   "Import briefings from an interchange file (.json, .jsonl)",
                                   "document-open")
        self.export_pdf = _action(parent, "Export &PDF…", "Ctrl+E",
                                  "Export the selected briefings as a printable PDF (several = one book)",
                                  "document-export")
        self.export_json = _action(parent, "Export &JSON…", "Ctrl+Shift+E",
                                   "Export the selected briefings as interchange JSON")
        self.quit = _action(parent, "&Quit", StandardKey.Quit, "Close Briefing", "application-exit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.find = _action(parent, "&Find…", StandardKey.Find, "Search the library", "edit-find")
        self.clear_search = _action(parent, "&Clear Search", StandardKey.Cancel,
                                    "Clear the search and return to the library list", "edit-clear")
        self.save_search = _action(parent, "&Save Search…", None,
                                   "Keep the current search under a name in the library", "document-save")
        self.run_saved_search = _action(parent, "&Run Saved Search", None, "Run the selected saved search")
        self.delete_saved_search = _action(parent, "Delete Saved Search", StandardKey.Delete,
                                           "Delete the selected saved search (not the briefings it finds)")
        self.delete = _action(parent, "&Delete Briefing", StandardKey.Delete,
                              "Delete the selected briefings from the library", "edit-delete")
        # View
        self.next_tab = _action(parent, "&Next Tab", StandardKey.NextChild, "Show the next tab")
        self.previous_tab = _action(parent, "&Previous Tab", StandardKey.PreviousChild,
                                    "Show the previous tab")
        # Help
        self.search_syntax = _action(parent, "&Search Syntax", StandardKey.HelpContents,
                                     "What you can type in the search box", "help-contents")
        self.about = _action(parent, "&About Briefing", None, "About this application", "help-about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.next_tab, self.previous_tab):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Esc clears only while the focus is in the search sidebar (the window adds it there); Del on
        # a saved search is handled by its list, which keeps the window's Delete from firing.
        self.clear_search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_saved_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def selection_actions(self) -> list[QAction]:
        """Actions that need at least one selected briefing."""
        return [self.export_pdf, self.export_json, self.delete]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.import_file)
        file_menu.addSeparator()
        file_menu.addAction(self.export_pdf)
        file_menu.addAction(self.export_json)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.clear_search)
        edit_menu.addAction(self.save_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete)
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.next_tab)
        view_menu.addAction(self.previous_tab)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.search_syntax)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
