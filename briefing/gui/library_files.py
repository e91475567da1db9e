"""File ▸ New Library, Open Library and Open Recent: swap the window's library; read-only mode and its notice."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from briefing.gui.app import open_with_notice
from briefing.gui.colors import is_dark
from briefing.gui.formatting import esc
from briefing.gui.library_paths import (
    LAST_LIBRARY_DIR,
    LIBRARY_FILTER,
    LIBRARY_SUFFIX,
    clear_recent,
    library_problem,
    read_only_file,
    recent_libraries,
    remember_library,
    short_path,
)
from briefing.gui.settings import app_settings, text_value
from briefing.gui.single_instance import ClaimState, LibraryClaim, bring_to_front, claim_library, library_key
from briefing.library import Library, LibraryError, damage_sentence

if TYPE_CHECKING:
    from briefing.gui.window_parts import BriefingWindow

READ_ONLY_NOTICE = "Read-only: this library is open in another Briefing window"
READ_ONLY_DETAIL = "You can read, search and export here."
READ_ONLY_TIP = ("Briefing lets one window at a time change a library. To change this one, use the other "
                 "window, or close it and open the library here again.")
FILE_READ_ONLY_NOTICE = "Read-only: this library file cannot be written here"
FILE_READ_ONLY_TIP = ("The file, its folder or the share it is on is read-only for you. To change the library, "
                      "copy it to a folder of your own and open the copy.")
DAMAGED_NOTICE = "Read-only: this library is damaged"
DAMAGED_TIP = ("Nothing is written to a damaged library. File ▸ Restore from Backup puts a backup in its place "
               "(the damaged file is kept aside); `briefing check --repair` salvages what can be read.")
TASK_WAIT_MS = 30000


def window_title(path: Path, read_only: bool) -> str:
    """The library's name; Qt adds the application's display name itself ("… — Briefing") on X11 and Windows."""
    return path.name + (" (read-only)" if read_only else "")


class LibraryFiles(QObject):
    """Opens other libraries in the window it belongs to, and owns that library's single-instance claim.

    Switching stops the window's background work, points the list, search, commands and status bar
    at the new Library, closes the old one and emits `hub.library_replaced(library)` for anything
    else that keeps one."""

    def __init__(self, window: BriefingWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions = window.window_actions
        self.claim: LibraryClaim | None = None
        self.answering = False  # the window answers other launches once its start-up is finished (listen)
        self.switching = False  # while replace_library stops the old library's background work
        self.guards: list[Callable[[], bool]] = []
        self.banner = self._build_banner()
        acts = self.actions
        acts.new_library.triggered.connect(self.new_library)
        acts.open_library.triggered.connect(self.open_library)
        acts.clear_recent.triggered.connect(self.clear_recent)
        for action in acts.recent_libraries:
            action.triggered.connect(lambda _=False, a=action: self._open_recent(a))
        acts.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self._show_library(read_only=window.library.read_only)
        self.fill_recent_menu()

    # --- the claim from start-up --------------------------------------------------------------------

    def adopt(self, claim: LibraryClaim) -> None:
        """Hold `claim` (made before the Library was opened) for as long as this library is shown."""
        if self.claim is not None and self.claim is not claim:
            self.claim.release()
        self.claim = claim
        claim.setParent(self)
        claim.activate_requested.connect(lambda: bring_to_front(self.window))
        if self.answering:
            claim.listen()

    def listen(self) -> None:
        """Answer later launches on the library shown from now on (a claim taken without listening)."""
        self.answering = True
        if self.claim is not None and self.claim.state is ClaimState.OWNER:
            self.claim.listen()

    def release(self) -> None:
        """The window closes: unlock the library and stop answering other launches."""
        if self.claim is not None:
            self.claim.release()
            self.claim = None

    def add_guard(self, may_switch: Callable[[], bool]) -> None:
        """Ask `may_switch()` before another library replaces this one; False keeps this one
        (for example unsaved edits the user chose to keep: it asks, saves or discards itself)."""
        self.guards.append(may_switch)

    @property
    def read_only(self) -> bool:
        return bool(self.window.library.read_only)

    # --- the actions -----------------------------------------------------------------------------------

    def new_library(self) -> None:
        settings = app_settings()
        folder = Path(text_value(settings, LAST_LIBRARY_DIR, str(self.window.library.path.parent)))
        from PySide6.QtWidgets import QFileDialog  # here: PySide6 builds its Python type when first used

        chosen, _ = QFileDialog.getSaveFileName(
            self.window, "New Library", str(folder / f"Briefings{LIBRARY_SUFFIX}"), LIBRARY_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + LIBRARY_SUFFIX)
        settings.setValue(LAST_LIBRARY_DIR, str(path.parent))
        if path.exists() and path.stat().st_size > 0:
            from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
            answer = QMessageBox.question(
                self.window, "New Library",
                f"“{path.name}” already exists in {short_path(path.parent)}.\n\nOpen it instead?",
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open)
            if answer == QMessageBox.StandardButton.Open:
                self.open_path(path)
            return
        self.open_path(path, create=True)

    def open_library(self) -> None:
        settings = app_settings()
        folder = text_value(settings, LAST_LIBRARY_DIR, str(self.window.library.path.parent))
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(self.window, "Open Library", folder, LIBRARY_FILTER)
        if chosen:
            settings.setValue(LAST_LIBRARY_DIR, str(Path(chosen).parent))
            self.open_path(Path(chosen))

    def clear_recent(self) -> None:
        clear_recent(app_settings())
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        """One action per recent library (missing files are dropped), the open one disabled."""
        paths = recent_libraries(app_settings())
        current = library_key(self.window.library.path)
        slots = self.actions.recent_libraries
        for number, action in enumerate(slots, start=1):
            path = paths[number - 1] if number <= len(paths) else None
            action.setVisible(path is not None)
            if path is None:
                continue
            where = f"{path.name}  —  {short_path(path.parent, 48)}".replace("&", "&&")
            action.setText(f"&{number} {where}")
            action.setData(str(path))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.setEnabled(library_key(path) != current)
        self.actions.clear_recent.setEnabled(bool(paths))

    def _open_recent(self, action: QAction) -> None:
        value = action.data()
        if isinstance(value, str) and value:
            self.open_path(Path(value))

    # --- switching -------------------------------------------------------------------------------------

    def open_path(self, path: Path, create: bool = False) -> bool:
        """Show the library at `path` in this window; on any problem say why and keep the current one.

        `create`: make a new, empty library there (the file must not exist or be empty)."""
        path = Path(os.path.abspath(path.expanduser()))
        if library_key(path) == library_key(self.window.library.path):
            self._say(f"{path.name} is already open")
            return True
        problem = None if create and not path.exists() else library_problem(path)
        if problem:
            damage = Library.check_file(path) if path.is_file() else []  # a library SQLite cannot open at all
            self._refuse("Open Library", damage_sentence(path, damage) if damage else problem)
            return False
        if not all(may_switch() for may_switch in self.guards):
            return False
        claim = claim_library(path)
        if claim.forwarded:
            self._refuse("Open Library", f"“{path.name}” is open in another Briefing window, which has "
                         "been brought to the front.", warning=False)
            return False
        try:
            read_only = claim.read_only or read_only_file(path)  # another window's, or not ours to write
            library = open_with_notice(path, lambda: Library.open(path, read_only=read_only, claim=False, tidy=False),
                                       self.window)  # an older file says that it is being upgraded; the trash
            # is emptied of old briefings once the file is checked (replace_library)
        except (LibraryError, OSError) as error:
            claim.release()
            self._refuse("Open Library", f"“{path.name}” could not be opened.\n\n{error}")
            return False
        self.replace_library(library)
        self.adopt(claim)
        self._say(f"Opened {'the new library ' if create else ''}{short_path(path)}"
                  + (" (read-only)" if library.read_only else ""))
        return True

    def replace_library(self, library: Library) -> None:
        """Point the window at `library` and close the one it showed. Background work stops first."""
        window = self.window
        old = window.library
        self.switching = True  # a check of the old library that reports meanwhile is left alone
        try:
            self._stop_background_work()
        finally:
            self.switching = False
        window.library = library
        window.hub.library_replaced.emit(library)  # the list model, commands and search follow it
        window.current = None
        window.list_model.reload(forget_rows=True)
        window.select_row(0)
        window.counts.refresh_in_background()
        self._show_library(read_only=library.read_only)
        window.note_library_version()  # the new file's own number: not a change by another program
        if old is not library:
            old.close()
        if window.backups is not None:  # (after the first paint) the new library is checked as the first was
            window.backups.check_in_background()
        remember_library(app_settings(), library.path)
        self.fill_recent_menu()

    def _stop_background_work(self) -> None:
        """Finish running jobs (their results still go to the old library; those that can end early do),
        stop searches."""
        window = self.window
        window.sidebar.close_search()
        if window.tasks.is_busy():
            window.tasks.wait(TASK_WAIT_MS, stop=True)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # --- what the window shows of the library ------------------------------------------------------------

    def show_library_state(self) -> None:
        """The title, write actions and banner for the library as it is now (read-only, damaged)."""
        self._show_library(read_only=self.window.library.read_only)
        self.window.note_library_version()  # reopened read-only: looked at another way from now on

    def _show_library(self, read_only: bool) -> None:
        window = self.window
        path = window.library.path
        window.setWindowTitle(window_title(path, read_only))
        window.setWindowFilePath(str(path))
        window.show_library_path()
        self.actions.write_gate.setEnabled(not read_only)
        window.header.writable = not read_only
        self._style_banner()
        if window.library.damage:
            self.notice.setText(f"<b>{esc(DAMAGED_NOTICE)}.</b> {esc(READ_ONLY_DETAIL)}")
            self.notice.setToolTip(DAMAGED_TIP)
        elif read_only and read_only_file(path):
            self.notice.setText(f"<b>{esc(FILE_READ_ONLY_NOTICE)}.</b> {esc(READ_ONLY_DETAIL)}")
            self.notice.setToolTip(FILE_READ_ONLY_TIP)
        else:
            self.notice.setText(f"<b>{esc(READ_ONLY_NOTICE)}.</b> {esc(READ_ONLY_DETAIL)}")
            self.notice.setToolTip(READ_ONLY_TIP)
        if read_only and self.banner_icon.pixmap().isNull():  # drawn when first shown: asking the style
            from PySide6.QtWidgets import QStyle

            size = self.banner.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)  # costs ~4 ms
            icon = self.banner.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.banner_icon.setPixmap(icon.pixmap(size))
        self.banner.setVisible(read_only)
        self.banner.toggleViewAction().setVisible(False)

    def _build_banner(self) -> QToolBar:
        bar = QToolBar("Read-only notice", self.window)
        bar.setObjectName("read_only_notice")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        icon = self.banner_icon = QLabel(bar)  # its icon comes with the first read-only library (_show_library)
        icon.setContentsMargins(8, 0, 0, 0)
        self.notice = QLabel(f"<b>{esc(READ_ONLY_NOTICE)}.</b> {esc(READ_ONLY_DETAIL)}", bar)
        self.notice.setToolTip(READ_ONLY_TIP)
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notice.setMinimumWidth(120)  # a narrow window cuts the sentence, not the window
        self.notice.setContentsMargins(6, 6, 8, 6)
        bar.addWidget(icon)
        bar.addWidget(self.notice)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        return bar

    def _style_banner(self) -> None:
        dark = is_dark(self.window.palette())
        background, border, text = (("#4a3b12", "#6b5619", "#f6e7b8") if dark
                                    else ("#fff4cf", "#e5c96a", "#4a3800"))
        self.banner.setStyleSheet(f"QToolBar {{ background: {background}; border: none; "
                                  f"border-bottom: 1px solid {border}; padding: 0; spacing: 0; }}"
                                  f"QLabel {{ color: {text}; }}")

    def _say(self, text: str) -> None:
        self.window.hub.status_message.emit(text)

    def _refuse(self, title: str, text: str, warning: bool = True) -> None:
        """Tell the user why another library was not opened; the current one stays."""
        self._say(text.splitlines()[0])
        text += f"\n\n“{self.window.library.path.name}” stays open."
        from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
        if warning:
            QMessageBox.warning(self.window, title, text)
        else:
            QMessageBox.information(self.window, title, text)
