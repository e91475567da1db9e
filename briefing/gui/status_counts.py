"""The library's counts in the status bar: counted at once after a write, in the background after an open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from briefing.gui.formatting import library_summary
from briefing.library import LibraryError

COUNTING = "Counting the library…"


class StatusCounts:
    """Four counts of up to 100,000s of rows: about 10 ms once the file is in memory, half a second
    read cold from disk (the first start after a reboot, another library opened). A count made
    later always wins over one still running."""

    def __init__(self, window: Any, label: QLabel) -> None:
        self.window = window
        self.label = label
        self.asked = 0  # counts asked for so far; a background count shows only if it is still the newest

    def refresh(self) -> None:
        """Count now, on the GUI thread (after a write: the file is warm). A library that cannot be
        read just now leaves the label empty and says why in the status bar."""
        self.asked += 1
        try:
            self.label.setText(library_summary(self.window.library.stats()))
        except LibraryError as error:
            self.label.clear()
            self.window.show_status(str(error))

    def refresh_in_background(self) -> None:
        """Count on a second, read-only connection in a worker; the label is empty meanwhile (never another
        library's counts), and stays empty when the library cannot be counted (closed, damaged): the
        library's check, which runs after every open, says what is wrong with it."""
        self.asked += 1
        asked, library = self.asked, self.window.library
        self.label.clear()

        def count() -> dict[str, int]:
            with library.reader() as reader:
                return reader.stats()

        def show(stats: dict[str, int]) -> None:
            if asked == self.asked and library is self.window.library:
                self.label.setText(library_summary(stats))

        self.window.tasks.run(COUNTING, count, show, lambda error: None)
