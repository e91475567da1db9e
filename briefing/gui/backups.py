"""File ▸ Back Up Now and Restore from Backup…, the daily backup in the background, and a damaged library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.core.dates import short_date_time
from briefing.gui.formatting import plural
from briefing.library import Library, LibraryError
from briefing.library.backups import BackupInfo

if TYPE_CHECKING:
    from briefing.gui.window_parts import BriefingWindow

Button = QMessageBox.StandardButton


class RestoreDialog(QDialog):
    """The library's backups, newest first: date, briefings, size, why it was made; Restore picks one."""

    COLUMNS = ("Made", "Briefings", "Size", "Why", "")

    def __init__(self, backups: list[BackupInfo], library_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.backups = backups
        intro = QLabel(f"Choose a backup to replace “{library_name}” with. The library as it is now is "
                       "backed up first, so this can be undone by restoring that backup.", self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(backups):
            cells = (f"{info.made:%Y-%m-%d %H:%M}", f"{info.briefings:,}", f"{info.size / 1e6:.1f} MB",
                     info.reason.replace("-", " "), "" if info.sound else f"damaged: {info.problems[0]}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.sound:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept() if self.chosen() else None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        first_sound = next((row for row, info in enumerate(backups) if info.sound), None)
        if first_sound is not None:
            self.table.selectRow(first_sound)
        self._update()

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        info = self.backups[rows[0].row()] if rows else None
        return info if info is not None and info.sound else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)


class LibraryBackups(QObject):
    """One per window: backs the library up (by hand, and once a day in the background) and restores."""

    def __init__(self, window: BriefingWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        acts = window.window_actions
        acts.back_up_now.triggered.connect(self.back_up_now)
        acts.restore_backup.triggered.connect(self.restore_from_backup)

    def check_in_background(self) -> None:
        """Check the library once the window shows it (a write waits for the check meanwhile), then
        empty the trash of briefings deleted long ago; a damaged library is offered its newest sound
        backup, or kept read-only, as one found damaged on open is."""
        library = self.window.library
        job = library.begin_open_check()
        if job is None:
            library.empty_old_trash()
            return
        self.window.tasks.run("Checking the library…", job, on_result=lambda _: self._checked(library),
                              on_error=lambda _: self._checked(library))

    def _checked(self, library: Library) -> None:
        if library is not self.window.library or self.window.library_files.switching:
            return  # another library is opened (and this one closed) meanwhile
        problems = library.take_open_check()
        if not problems:
            library.empty_old_trash()
            return
        self._say(f"The library “{library.path.name}” is damaged: nothing is written to it")
        choice = damaged_library_choice(library, library.path, problems)
        if choice == "restore":
            from briefing.library.safety import sound_backups

            self.restore(sound_backups(library.path)[0].path)
        self.window.library_files.show_library_state()
        if choice == "quit":
            self.window.close()

    def back_up_if_due(self) -> None:
        """The daily backup: in a worker, with the status bar saying so; a failure is said there too."""
        library = self.window.library
        if library.read_only or not library.backup_due():
            return
        self.window.tasks.run("Backing up the library…", lambda: library.backup(reason="daily"),
                              on_result=lambda path: self._say(f"Backed up the library to {path.name}"),
                              on_error=lambda error: self._say(f"The daily backup failed: {error}"))

    def back_up_now(self) -> None:
        library = self.window.library
        self.window.tasks.run("Backing up the library…", lambda: library.backup(),
                              on_result=lambda path: self._say(f"Backed up the library to {path}"),
                              on_error=lambda error: self._warn("Back Up", f"{error}\n\nNo backup was made."))

    def restore_from_backup(self) -> None:
        library = self.window.library
        backups = library.backups()
        if not backups:
            QMessageBox.information(self._parent(), "Restore from Backup",
                                    f"“{library.path.name}” has no backups yet. File ▸ Back Up Now makes one; "
                                    "Briefing also makes one a day, and one before every bulk import.")
            return
        dialog = RestoreDialog(backups, library.path.name, self._parent())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.restore(dialog.chosen().path)

    def restore(self, source: Path) -> bool:
        """Replace the window's library with `source` (the current one is backed up first)."""
        window = self.window
        window.tasks.wait(30000)
        window.sidebar.close_search()
        try:
            kept = window.library.restore(source)
        except LibraryError as error:
            self._warn("Restore from Backup", f"{error}\n\nThe library is as it was.")
            return False
        window.current = None
        window.hub.library_changed.emit()
        window.show_library_path()
        self._say(f"Restored {source.name} ({plural(window.library.count(), 'briefing')}); "
                  f"the library as it was is kept in {kept.name}")
        return True

    def _parent(self) -> QWidget:
        return self.window  # type: ignore[return-value]

    def _say(self, text: str) -> None:
        self.window.hub.status_message.emit(text)

    def _warn(self, title: str, text: str) -> None:
        self._say(text.splitlines()[0])
        QMessageBox.warning(self._parent(), title, text)


def damaged_library_choice(library: Library | None, path: Path, problems: list[str]) -> str:
    """Ask what to do with a library found damaged on open: 'restore', 'read-only' or 'quit'."""
    from briefing.library.safety import sound_backups

    newest = next(iter(sound_backups(path)), None)
    box = QMessageBox(QMessageBox.Icon.Warning, "Briefing",
                      f"The library “{path.name}” is damaged, so nothing has been written to it.")
    detail = problems[0].splitlines()[-1] if problems else "unknown damage"
    offer = (f"The newest sound backup is from {short_date_time(newest.made)} with "
             f"{plural(newest.briefings, 'briefing')}." if newest else "There is no sound backup of it.")
    box.setInformativeText(f"{offer}\n\n(SQLite says: {detail})")
    restore = box.addButton("Restore the Backup", QMessageBox.ButtonRole.AcceptRole) if newest else None
    read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.ActionRole) if library else None
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if read_only is not None and clicked is read_only:
        return "read-only"
    return "quit"
