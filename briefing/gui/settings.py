"""QSettings access and a mixin that remembers window geometry, splitter and header states."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QTabWidget, QWidget

ORGANIZATION = "Briefing"
APPLICATION = "Briefing"

PDF_PAGE_SIZE = "pdf/page_size"
LAST_IMPORT_DIR = "paths/last_import_dir"
LAST_EXPORT_DIR = "paths/last_export_dir"
SEARCH_ORDER = "search/order"
PAGE_SIZES = ("A4", "Letter")


def app_settings() -> QSettings:
    """The app's settings, always an INI file in the user's config folder (tests redirect it)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def text_value(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def pdf_page_size(settings: QSettings) -> str | None:
    """The page size the user chose ("A4"/"Letter"), or None to let the exporter pick by locale."""
    value = text_value(settings, PDF_PAGE_SIZE)
    return value if value in PAGE_SIZES else None


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


class StateMixin:
    """Saves and restores a QMainWindow's geometry plus the splitters, headers and tabs it registers.

    Use: call `remember_splitter`/`remember_header`/`remember_tabs` while building the window,
    then `restore_state()` once built and `save_state()` from closeEvent.
    """

    state_group = "main_window"

    def _state_parts(self) -> dict[str, QWidget]:
        if not hasattr(self, "_remembered"):
            self._remembered: dict[str, QWidget] = {}
        return self._remembered

    def remember_splitter(self, name: str, splitter: QSplitter) -> None:
        self._state_parts()[f"splitter/{name}"] = splitter

    def remember_header(self, name: str, header: QHeaderView) -> None:
        self._state_parts()[f"header/{name}"] = header

    def remember_tabs(self, name: str, tabs: QTabWidget) -> None:
        self._state_parts()[f"tabs/{name}"] = tabs

    def save_state(self, settings: QSettings | None = None) -> None:
        settings = settings or app_settings()
        settings.beginGroup(self.state_group)
        settings.setValue("geometry", self.saveGeometry())  # type: ignore[attr-defined]
        settings.setValue("state", self.saveState())  # type: ignore[attr-defined]
        for key, widget in self._state_parts().items():
            if isinstance(widget, QTabWidget):
                settings.setValue(key, widget.currentIndex())
            else:
                settings.setValue(key, widget.saveState())  # type: ignore[attr-defined]
        settings.endGroup()
        settings.sync()

    def restore_state(self, settings: QSettings | None = None) -> bool:
        """Apply saved states; returns False when there was nothing saved (first run)."""
        settings = settings or app_settings()
        settings.beginGroup(self.state_group)
        try:
            geometry = _bytes(settings, "geometry")
            if geometry is None:
                return False
            self.restoreGeometry(geometry)  # type: ignore[attr-defined]
            state = _bytes(settings, "state")
            if state is not None:
                self.restoreState(state)  # type: ignore[attr-defined]
            for key, widget in self._state_parts().items():
                if isinstance(widget, QTabWidget):
                    index = settings.value(key, 0)
                    with contextlib.suppress(TypeError, ValueError):
                        widget.setCurrentIndex(int(index))  # type: ignore[arg-type]
                    continue
                saved = _bytes(settings, key)
                if saved is not None:
                    widget.restoreState(saved)  # type: ignore[attr-defined]
            return True
        finally:
            settings.endGroup()
