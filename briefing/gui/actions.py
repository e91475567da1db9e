"""Every QAction of the main window, with standard keys, and the menus that hold them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

StandardKey = QKeySequence.StandardKey
MAX_RECENT_LIBRARIES = 8


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
        # File: libraries
        self.new_library = _action(parent, "&New Library…", StandardKey.New,
                                   "Create an empty library file and open it", "document-new")
        self.open_library = _action(parent, "&Open Library…", "Ctrl+Shift+O",
                                    "Open another library file in this window", "folder-open")
        # Filled in by the window (library_files.py): one hidden action per slot until used.
        self.recent_libraries = [_action(parent, f"Recent library {i + 1}") for i in range(MAX_RECENT_LIBRARIES)]
        for action in self.recent_libraries:
            action.setVisible(False)
        self.clear_recent = _action(parent, "&Clear List", None, "Forget the recently opened libraries")
        # File: page size of exported PDFs (exclusive; none checked until the window knows the default)
        self.page_a4 = _action(parent, "&A4", None, "Export PDFs on A4 paper (210 × 297 mm)")
        self.page_letter = _action(parent, "&Letter", None, "Export PDFs on US Letter paper (8.5 × 11 in)")
        self.page_sizes = QActionGroup(parent)
        for action, size in ((self.page_a4, "A4"), (self.page_letter, "Letter")):
            action.setCheckable(True)
            action.setData(size)
            self.page_sizes.addAction(action)
        # File
        self.import_file = _action(parent, "&Import…", StandardKey.Open,
                                   "Import news articles (.txt .md .html .docx .pdf) as drafts to review, "
                                   "or briefings from an interchange file (.json, .jsonl)",
                                   "document-open")
        self.export_pdf = _action(parent, "Export &PDF…", "Ctrl+E",
                                  "Export the selected briefings as a printable PDF (several = one book)",
                                  "document-export")
        self.export_json = _action(parent, "Export &JSON…", "Ctrl+Shift+E",
                                   "Export the selected briefings as interchange JSON")
        self.export_markdown = _action(parent, "Export &Markdown…", "Ctrl+Shift+M",
                                       "Export the selected briefings as readable Markdown text")
        self.export_csv = _action(parent, "Export &Commitments as CSV…", "Ctrl+Shift+C",
                                  "Export the commitments of the selected briefings as a CSV table, "
                                  "one row per commitment, to track follow-ups in a spreadsheet")
        self.back_up_now = _action(parent, "&Back Up Now", "Ctrl+Shift+B",
                                   "Make a verified copy of the library in the backups folder beside it")
        self.restore_backup = _action(parent, "&Restore from Backup…", None,
                                      "Replace the library with one of its backups (it is backed up first)")
        self.show_trash = _action(parent, "&Trash…", "Ctrl+Shift+T",
                                  "Deleted briefings: put them back, or empty the trash")
        self.quit = _action(parent, "&Quit", StandardKey.Quit, "Close Briefing", "application-exit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.find = _action(parent, "&Find…", StandardKey.Find, "Search the library", "edit-find")
        self.clear_search = _action(parent, "&Clear Search", StandardKey.Cancel,
                                    "Clear the search and return to the library list", "edit-clear")
        self.save_search = _action(parent, "&Save Search…", "Ctrl+D",
                                   "Keep the current search under a name in the library", "document-save")
        self.run_saved_search = _action(parent, "&Run Saved Search", None, "Run the selected saved search")
        self.delete_saved_search = _action(parent, "Delete Saved Search", StandardKey.Delete,
                                           "Delete the selected saved search (not the briefings it finds)")
        self.delete = _action(parent, "&Delete Briefing", StandardKey.Delete,
                              "Move the selected briefings to the trash (File ▸ Trash puts them back)", "edit-delete")
        self._create_editing_actions(parent)  # Undo/Redo, edit mode, paste as new (briefing/gui/editing)
        # View
        self.next_tab = _action(parent, "&Next Tab", StandardKey.NextChild, "Show the next tab")
        self.previous_tab = _action(parent, "&Previous Tab", StandardKey.PreviousChild,
                                    "Show the previous tab")
        # Help
        self.search_syntax = _action(parent, "&Search Syntax", StandardKey.HelpContents,
                                     "What you can type in the search box", "help-contents")
        self.about = _action(parent, "&About Briefing", None, "About this application", "help-about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        # Ctrl+PgDn/PgUp switch tabs too, as in browsers and office suites
        self.next_tab.setShortcuts([*self.next_tab.shortcuts(), QKeySequence("Ctrl+PgDown")])
        self.previous_tab.setShortcuts([*self.previous_tab.shortcuts(), QKeySequence("Ctrl+PgUp")])
        self.next_briefing = _action(parent, "Next &Briefing", "Alt+PgDown", "Show the next briefing in the list",
                                     "go-down")
        self.previous_briefing = _action(parent, "Previous B&riefing", "Alt+PgUp",
                                         "Show the previous briefing in the list", "go-up")
        for action in (self.next_tab, self.previous_tab, self.next_briefing, self.previous_briefing):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Esc clears only while the focus is in the search sidebar (the window adds it there); Del on
        # a saved search is handled by its list, which keeps the window's Delete from firing.
        self.clear_search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_saved_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # Actions that write to the library: disabled together while it is open read-only. An action
        # in a disabled group stays disabled whatever its own setEnabled(True) says.
        self.write_gate = QActionGroup(parent)
        self.write_gate.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        for action in self.write_actions():
            self.write_gate.addAction(action)

    def write_actions(self) -> list[QAction]:
        """Actions that change the library (disabled when it is open read-only)."""
        return [self.import_file, self.delete, self.save_search, self.delete_saved_search,
                self.edit_briefing, self.paste_as_new, self.mark_reviewed]

    def selection_actions(self) -> list[QAction]:
        """Actions that need at least one selected briefing."""
        return [*self.export_actions(), self.delete]

    def export_actions(self) -> list[QAction]:
        """File ▸ Export… in menu order; each acts on the selected briefings."""
        return [self.export_pdf, self.export_json, self.export_markdown, self.export_csv]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.new_library)
        file_menu.addAction(self.open_library)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.addActions(self.recent_libraries)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.import_file)
        file_menu.addSeparator()
        file_menu.addActions(self.export_actions())
        self.page_size_menu = file_menu.addMenu("Page &Size")
        self.page_size_menu.setToolTipsVisible(True)
        self.page_size_menu.addActions(self.page_sizes.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.back_up_now)
        file_menu.addAction(self.restore_backup)
        file_menu.addAction(self.show_trash)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menu_bar.addMenu("&Edit")
        self._add_editing_menu(edit_menu)
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.clear_search)
        edit_menu.addAction(self.save_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete)
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.next_tab)
        view_menu.addAction(self.previous_tab)
        view_menu.addSeparator()
        view_menu.addAction(self.next_briefing)
        view_menu.addAction(self.previous_briefing)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.search_syntax)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    # --- editing a briefing (briefing/gui/editing) ------------------------------------------------------

    def _create_editing_actions(self, parent: QObject) -> None:
        self.undo = _action(parent, "&Undo", StandardKey.Undo, "Undo the last change to this briefing", "edit-undo")
        self.redo = _action(parent, "&Redo", StandardKey.Redo, "Redo the change just undone", "edit-redo")
        redo_keys = self.redo.shortcuts()  # Ctrl+Shift+Z works on every platform theme, too
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            self.redo.setShortcuts([*redo_keys, QKeySequence("Ctrl+Shift+Z")])
        self.mark_reviewed = _action(parent, "Mark as &Reviewed", "Ctrl+Shift+R",
                                     "Mark the draft as checked against its source (undoable)")
        self.edit_briefing = _action(parent, "&Edit Briefing", "F2",
                                     "Correct the shown briefing: fields, participants, statements, commitments",
                                     "document-edit")
        self.save_edits = _action(parent, "&Save Briefing", StandardKey.Save,
                                  "Save the briefing being edited to the library and leave edit mode",
                                  "document-save")
        self.discard_edits = _action(parent, "&Discard Changes", "Ctrl+Shift+D",
                                     "Drop the changes (or the unsaved draft) and leave edit mode", "document-revert")
        self.paste_as_new = _action(parent, "Paste as &New Briefing", "Ctrl+Shift+V",
                                    "Extract a draft briefing from the article text on the clipboard", "edit-paste")
        self.add_participant = _action(parent, "&Add Participant", "Ctrl+Shift+N", "Add a person to the participants")
        self.remove_participant = _action(parent, "&Remove Participant", None,
                                          "Remove the selected participants (those without statements)")
        self.merge_participants = _action(parent, "&Merge Participants", None,
                                          "Merge the selected participants into the current one: names become "
                                          "aliases, statements and commitments move over")
        self.reassign_speaker = _action(parent, "Reassign &Speaker", "Ctrl+Shift+S",
                                        "Give the selected statement to another participant")
        self.delete_statement = _action(parent, "Delete S&tatement", None, "Delete the selected statements")
        self.delete_commitment = _action(parent, "Delete &Commitment", None, "Delete the selected commitments")
        self.mark_statement = _action(parent, "Mark as Statement &of", "Ctrl+Shift+L",
                                      "Make the passage selected in Source a statement of a participant")
        self.mark_commitment = _action(parent, "Mark as Co&mmitment", "Ctrl+Shift+K",
                                       "Make the passage selected in Source a commitment")

    def item_editing_actions(self) -> list[QAction]:
        """Actions on the participants, statements and commitments of the briefing being edited."""
        return [self.add_participant, self.remove_participant, self.merge_participants, self.reassign_speaker,
                self.delete_statement, self.delete_commitment, self.mark_statement, self.mark_commitment]

    def _add_editing_menu(self, edit_menu: QMenu) -> None:
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_briefing)
        edit_menu.addAction(self.save_edits)
        edit_menu.addAction(self.discard_edits)
        edit_menu.addAction(self.mark_reviewed)
        self.items_menu = edit_menu.addMenu("Briefing &Items")
        self.items_menu.addActions(self.item_editing_actions()[:3])
        self.items_menu.addSeparator()
        self.items_menu.addActions(self.item_editing_actions()[3:6])
        self.items_menu.addSeparator()
        self.items_menu.addActions(self.item_editing_actions()[6:])
        edit_menu.addSeparator()
        edit_menu.addAction(self.paste_as_new)
        edit_menu.addSeparator()
