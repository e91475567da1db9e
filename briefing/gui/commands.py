"""What the File and Edit actions do: ask the user, then call the Library (in a worker when it is slow)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefing.core import Briefing
from briefing.gui.formatting import plural, slug
from briefing.gui.hub import SignalHub
from briefing.gui.settings import (
    LAST_EXPORT_DIR,
    LAST_IMPORT_DIR,
    app_settings,
    pdf_page_size,
    text_value,
)
from briefing.gui.tasks import TaskRunner
from briefing.library import ExportError, Library, LibraryError, export_briefings, is_interchange

NO_OPEN_ENV = "BRIEFING_NO_OPEN"  # set (tests, scripts) to not open exported PDFs in a viewer
IMPORT_FILTER = ("Articles and briefings (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl);;"
                 "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;"
                 "Briefing interchange (*.json *.jsonl);;All files (*)")


def _error_text(error: BaseException) -> str:
    if isinstance(error, (LibraryError, ExportError, OSError)):
        return str(error)
    return f"{type(error).__name__}: {error}"


class LibraryCommands(QObject):
    """Import, export and delete. Dialogs only ask; reading and writing happen here or in a worker."""

    imported = Signal(list)  # ids of the briefings just added
    exported = Signal(object)  # Path of the file just written

    def __init__(self, window: QWidget, library: Library, hub: SignalHub, tasks: TaskRunner,
                 selected_ids: Callable[[], list[int]]) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.hub = hub
        self.tasks = tasks
        self.selected_ids = selected_ids

    def use_library(self, library: Library) -> None:
        self.library = library

    # --- import ----------------------------------------------------------------------------------

    def import_file(self) -> None:
        settings = app_settings()
        start = text_value(settings, LAST_IMPORT_DIR, str(Path.home()))
        from PySide6.QtWidgets import QFileDialog  # here: Qt builds the class's Python type when first used

        paths, _ = QFileDialog.getOpenFileNames(self.window, "Import Articles or Briefings", start, IMPORT_FILTER)
        if paths:
            settings.setValue(LAST_IMPORT_DIR, str(Path(paths[0]).parent))
            self.import_paths([Path(path) for path in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Interchange files are imported as they are; articles go to the hub to become drafts."""
        interchange = [path for path in paths if is_interchange(path)]
        if interchange:
            self.import_interchange(interchange)
        articles = [path for path in paths if not is_interchange(path)]
        if articles:
            self.hub.import_articles.emit(articles)

    def import_path(self, path: Path) -> None:
        self.import_interchange([path])

    def import_interchange(self, paths: list[Path]) -> None:
        """Read and validate every file in a worker; write all their briefings in one transaction,
        or none when any file is bad."""
        label = paths[0].name if len(paths) == 1 else f"{len(paths)} files"

        self.tasks.run(f"Reading {label}…", lambda: Library.read_files(paths),
                       on_result=lambda briefings: self._add(label, briefings),
                       on_error=lambda error: self._fail("Import failed", error, "nothing was imported"))

    def _add(self, label: str, briefings: list[Briefing]) -> None:
        if not briefings:
            self.hub.status_message.emit(f"{label}: no briefings to import")
            return
        try:
            ids = self.library.add(briefings).ids
        except Exception as error:  # a failed transaction writes nothing; say why
            self._fail("Import failed", error, "nothing was imported")
            return
        self.hub.library_changed.emit()
        self.imported.emit(ids)
        self.hub.status_message.emit(f"Imported {plural(len(ids), 'briefing')} from {label}")

    # --- export ----------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        target = self._ask_target("Export PDF", "pdf", "PDF documents (*.pdf)")
        if target is None:
            return
        briefings, path = target
        drafts = sum(1 for briefing in briefings if briefing.is_draft)
        if drafts:
            which = ("It is a draft" if len(briefings) == 1
                     else f"{drafts} of {len(briefings)} are drafts")
            from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
            answer = QMessageBox.question(
                self.window, "Export PDF",
                f"{which}, not yet reviewed: every page of a draft is marked “DRAFT — not reviewed”.\n\n"
                "Export anyway?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
        page_size = pdf_page_size(app_settings())
        self.tasks.run(f"Exporting {plural(len(briefings), 'briefing')} to {path.name}…",
                       lambda: export_briefings(briefings, path, page_size),
                       on_result=lambda written: self._exported(Path(written), open_it=True),
                       on_error=lambda error: self._fail("Export failed", error, "no PDF was written"))

    def export_json(self) -> None:
        target = self._ask_target("Export JSON", "json", "Briefing interchange (*.json)")
        if target is not None:
            self._export_text(*target)

    def export_markdown(self) -> None:
        target = self._ask_target("Export Markdown", "md", "Markdown text (*.md)")
        if target is not None:
            self._export_text(*target)

    def export_csv(self) -> None:
        """The commitments of the selected briefings as a CSV table, one row per commitment."""
        target = self._ask_target("Export Commitments as CSV", "csv", "CSV tables (*.csv)",
                                  stem_end="-commitments")
        if target is None:
            return
        briefings, path = target
        count = sum(len(briefing.commitments) for briefing in briefings)
        self._export_text(briefings, path, done=f"Exported {plural(count, 'commitment')} to {path}")

    def _export_text(self, briefings: list[Briefing], path: Path, done: str | None = None) -> None:
        """Write a file that is not opened afterwards (JSON, Markdown, CSV: the suffix says which)."""
        self.tasks.run(f"Exporting {plural(len(briefings), 'briefing')} to {path.name}…",
                       lambda: export_briefings(briefings, path),
                       on_result=lambda written: self._exported(Path(written), open_it=False, message=done),
                       on_error=lambda error: self._fail("Export failed", error, "no file was written"))

    def _ask_target(self, title: str, suffix: str, file_filter: str,
                    stem_end: str = "") -> tuple[list[Briefing], Path] | None:
        """The selected briefings (read now, on this thread) and the path the user chose."""
        ids = self.selected_ids()
        if not ids:
            self.hub.status_message.emit("Select one or more briefings to export")
            return None
        settings = app_settings()
        folder = Path(text_value(settings, LAST_EXPORT_DIR, str(Path.home())))
        first = self.library.get(ids[0])
        stem = slug(first.title) if len(ids) == 1 else f"briefings-{len(ids)}"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, title, str(folder / f"{stem}{stem_end}.{suffix}"),
                                              file_filter)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(f"{target.name}.{suffix}")
            if target.exists() and not self._may_replace(title, target):  # the dialog asked about another name
                return None
        settings.setValue(LAST_EXPORT_DIR, str(target.parent))
        try:
            briefings = [first] + [self.library.get(i) for i in ids[1:]]
        except LibraryError as error:
            self._fail(f"{title} failed", error, "nothing was written")
            return None
        return briefings, target

    def _may_replace(self, title: str, target: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, title, f"“{target.name}” already exists. Replace it?",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, path: Path, open_it: bool, message: str | None = None) -> None:
        self.hub.status_message.emit(message or f"Exported {path}")
        self.exported.emit(path)
        if open_it and not os.environ.get(NO_OPEN_ENV):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- delete ----------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Move the selected briefings to the trash (File ▸ Trash puts them back)."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            question = f"Move “{self.library.get(ids[0]).title}” to the trash?"
        else:
            question = f"Move {plural(len(ids), 'briefing')} to the trash?"
        from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
        answer = QMessageBox.question(
            self.window, "Delete Briefing",
            f"{question}\n\nFile ▸ Trash can put it back for 30 days.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.library.delete(ids)
        except Exception as error:
            self._fail("Delete failed", error, "nothing was deleted")
            return
        self.hub.library_changed.emit()
        self.hub.status_message.emit(f"Moved {plural(count, 'briefing')} to the trash (File ▸ Trash puts them back)")

    # --- errors ----------------------------------------------------------------------------------

    def _fail(self, title: str, error: BaseException, consequence: str) -> None:
        self.hub.status_message.emit(f"{title}: {consequence}")
        from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
        QMessageBox.warning(self.window, title, f"{_error_text(error)}\n\n{consequence.capitalize()}.")
