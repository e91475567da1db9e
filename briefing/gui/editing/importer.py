"""Article import in the background: files (or pasted text) read and extracted a few at a time, with
progress and a Cancel button in the status bar; nothing is written here (the edit controller decides)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QToolButton, QWidget

from briefing.core import Briefing
from briefing.gui.formatting import plural
from briefing.gui.hub import SignalHub
from briefing.gui.tasks import TaskRunner
from briefing.library.articles import (
    ArticleResult,
    extract_text,
    failure_report,
    failure_summary,
    read_and_extract,
)

IN_FLIGHT = 2  # files being read at once; each result hops back to the GUI thread, which stays responsive


@dataclass
class _Batch:
    total: int = 0
    pending: deque[tuple[int, Path]] = field(default_factory=deque)
    results: dict[int, ArticleResult] = field(default_factory=dict)
    in_flight: int = 0
    cancelled: bool = False

    @property
    def done(self) -> int:
        return len(self.results)


class ImportProgress(QWidget):
    """'Importing 37 of 200 articles' with a bar and a Cancel button, shown in the status bar while busy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop the import; nothing is added to the library")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_progress(self, done: int, total: int, cancelling: bool = False) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText("Cancelling…" if cancelling else f"Importing {done:,} of {plural(total, 'article')}")
        self.cancel_button.setEnabled(not cancelling)
        self.show()


class ArticleImporter(QObject):
    """Turns article files and pasted text into draft briefings off the GUI thread."""

    drafts_ready = Signal(list)  # the drafts of one finished (not cancelled) import, in file order
    finished = Signal()  # an import ended: done, cancelled or failed

    def __init__(self, hub: SignalHub, dialog_parent: QWidget, status_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.hub = hub
        self.dialog_parent = dialog_parent
        self.runner = TaskRunner(self, max_threads=IN_FLIGHT)
        self.progress = ImportProgress(status_parent)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self._batch: _Batch | None = None

    def is_busy(self) -> bool:
        return self._batch is not None or self.runner.is_busy()

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)

    # --- files -----------------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        """Queue files; a batch already running takes them on (one progress bar, one report)."""
        if not paths:
            return
        batch = self._batch
        if batch is None or batch.cancelled:
            if batch is not None:  # a cancelled batch still draining: start afresh once it has ended
                self.hub.status_message.emit("An import is being cancelled; try again in a moment")
                return
            batch = self._batch = _Batch()
        for path in paths:
            batch.pending.append((batch.total, path))
            batch.total += 1
        self.progress.show_progress(batch.done, batch.total)
        self._launch()

    def cancel(self) -> None:
        batch = self._batch
        if batch is None or batch.cancelled:
            return
        batch.cancelled = True
        batch.pending.clear()
        self.progress.show_progress(batch.done, batch.total, cancelling=True)
        if batch.in_flight == 0:
            self._end()

    def _launch(self) -> None:
        batch = self._batch
        while batch is not None and batch.pending and batch.in_flight < IN_FLIGHT:
            index, path = batch.pending.popleft()
            batch.in_flight += 1
            self.runner.run(f"Reading {path.name}…", lambda p=path: read_and_extract(p),
                            on_result=lambda result, b=batch, i=index: self._arrived(b, i, result),
                            on_error=lambda error, b=batch, i=index, p=path: self._arrived(
                                b, i, ArticleResult(p.name, error=f"could not be read ({error})")))

    def _arrived(self, batch: _Batch, index: int, result: ArticleResult) -> None:
        batch.in_flight -= 1
        batch.results[index] = result
        if batch is not self._batch:
            return
        if batch.cancelled:
            if batch.in_flight == 0:
                self._end()
            return
        self.progress.show_progress(batch.done, batch.total)
        self._launch()
        if not batch.pending and batch.in_flight == 0:
            self._end()

    def _end(self) -> None:
        batch, self._batch = self._batch, None
        self.progress.hide()
        if batch is None:
            return
        if batch.cancelled:
            self.hub.status_message.emit(
                f"Import cancelled after {batch.done:,} of {plural(batch.total, 'file')}: nothing was added")
            self.finished.emit()
            return
        ordered = [batch.results[i] for i in range(batch.total)]
        drafts = [r.briefing for r in ordered if r.briefing is not None]
        failures = [r for r in ordered if r.error is not None]
        if drafts:
            self.drafts_ready.emit(drafts)
        noted = [f"• {r.name}: {w}" for r in ordered for w in r.warnings]
        if failures:
            self.hub.status_message.emit(failure_summary(failures, batch.total))
            QMessageBox.warning(self.dialog_parent, "Import", failure_report(failures, batch.total)
                                + ("\n\nThe other files were imported." if drafts else "")
                                + ("\n\nNoted on the way in:\n" + "\n".join(noted[:12]) if noted else ""))
        elif noted:
            self.hub.status_message.emit(f"Imported, with notes: {noted[0][2:]}"
                                         + (f" (and {len(noted) - 1} more)" if len(noted) > 1 else ""))
        self.finished.emit()

    # --- pasted text ---------------------------------------------------------------------------------

    def import_text(self, text: str) -> None:
        if not text.strip():
            self.hub.status_message.emit("The clipboard holds no text to make a briefing of")
            return
        self.runner.run("Extracting the pasted text…", lambda: extract_text(text),
                        on_result=self._pasted, on_error=self._paste_failed)

    def _pasted(self, briefing: Briefing) -> None:
        self.drafts_ready.emit([briefing])
        self.finished.emit()

    def _paste_failed(self, error: BaseException) -> None:
        self.hub.status_message.emit("The pasted text could not be read")
        QMessageBox.warning(self.dialog_parent, "Paste as New Briefing", f"{error}\n\nNothing was added.")
        self.finished.emit()
