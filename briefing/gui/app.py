"""The GUI entry point: `main(db_path)` opens the library and runs the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import briefing
from briefing.core.resources import resources_dir
from briefing.gui.settings import APPLICATION, ORGANIZATION


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings, the window system and the desktop file (also called by tests)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(briefing.__version__)
    QGuiApplication.setApplicationDisplayName("Briefing")
    QGuiApplication.setDesktopFileName(briefing.APP_ID)
    QGuiApplication.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The app's icon at every size it ships (briefing/resources/icons)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob(f"hicolor/*/apps/{briefing.APP_ID}.png")):
        icon.addFile(str(png))
    return icon


def _db_from_argv(argv: Sequence[str]) -> str | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(list(argv))
    return known.db


def open_store(db_path: str | None):  # -> Store; imported lazily to keep this module light
    from briefing.store import Store, resolve_db_path

    return Store(resolve_db_path(db_path), seed_sample=True)


def main(db_path: str | None = None) -> int:
    """Open the library at db_path (else --db, BRIEFING_DB, the user-data folder) and run the window."""
    if db_path is None:
        db_path = _db_from_argv(sys.argv[1:])
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)

    from briefing.store import MigrationError, StoreError

    try:
        store = open_store(db_path)
    except (StoreError, MigrationError, OSError) as error:
        QMessageBox.critical(None, "Briefing", f"The library could not be opened.\n\n{error}")
        return 1

    from briefing.gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
