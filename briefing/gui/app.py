"""The GUI entry point: `main(db_path)` opens the library and runs the main window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from briefing.gui.source_scan import spare_source_scan

spare_source_scan()  # before the app's other modules are imported

import briefing  # noqa: E402
from briefing.core.resources import resources_dir  # noqa: E402
from briefing.gui.settings import APPLICATION, ORGANIZATION, app_settings  # noqa: E402

NO_DISPLAY = "Briefing needs a desktop session; the `briefing` command-line tools work without one"
UPGRADING = "Upgrading the library to the new format…"
T = TypeVar("T")
DISPLAY_PLATFORMS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",), "wayland-egl": ("WAYLAND_DISPLAY",)}


def missing_display(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt would look for a display (X11 or Wayland) that this session does not have:
    a terminal over ssh, a container, a service. Windows and macOS always have one."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "sunos")):
        return False
    wanted = [name.split(":")[0].strip() for name in env.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    for name in wanted or ["xcb", "wayland"]:
        variables = DISPLAY_PLATFORMS.get(name)
        if variables is None or any(env.get(variable) for variable in variables):
            return False  # offscreen, vnc, eglfs … need no desktop; or the desktop is there
    return True


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings, the window system and the desktop file (also called by tests)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(briefing.__version__)
    QGuiApplication.setApplicationDisplayName("Briefing")
    QGuiApplication.setDesktopFileName(briefing.APP_ID)
    QGuiApplication.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The app's icon at every size it ships (resources/icons)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob(f"hicolor/*/apps/{briefing.APP_ID}.png")):
        icon.addFile(str(png))
    return icon


def _db_from_argv(argv: Sequence[str]) -> str | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(list(argv))
    return known.db


def main(db_path: str | None = None) -> int:
    """Open the library at db_path (else --db, BRIEFING_DB, the library opened last, the user-data
    folder) and run the window. When another Briefing window has that library, bring it forward
    and return 0; when its holder does not answer, open the library read-only."""
    if db_path is None:
        db_path = _db_from_argv(sys.argv[1:])
    if QApplication.instance() is None and missing_display():  # one sentence, not Qt's xcb abort
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)

    from briefing.gui.library_paths import library_problem, read_only_file, remember_library, startup_library
    from briefing.gui.single_instance import claim_library
    from briefing.library import DamagedLibraryError, Library, LibraryError

    settings = app_settings()
    path = startup_library(db_path, settings)
    claim = claim_library(path, listen=False)  # the window listens after its first paint
    if claim.forwarded:
        return 0
    try:
        problem = library_problem(path) if path.exists() else None
        damage = Library.check_file(path) if problem else []  # (the whole file is read: once)
        if damage:
            raise DamagedLibraryError(path, damage)
        if problem:
            raise LibraryError(problem)
        read_only = claim.read_only or read_only_file(path)  # another window's, or not ours to write
        library = open_with_notice(path, lambda: Library.open(path, read_only=read_only, claim=False,
                                                              seed_sample=True, check=claim.inherited,
                                                              tidy=False))  # the window tidies after its paint
    except DamagedLibraryError as damaged:  # so damaged that it cannot be read at all
        library = _after_damage(None, damaged.path, damaged.problems, _damaged_library_choice)
        if library is None:
            claim.release()
            return 1
    except (LibraryError, OSError) as error:
        claim.release()
        from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
        QMessageBox.critical(None, "Briefing", f"The library could not be opened.\n\n{error}")
        return 1
    if library.damage:
        library = _after_damage(library, library.path, library.damage, _damaged_library_choice)
        if library is None:
            claim.release()
            return 1
    from briefing.gui.main_window import MainWindow

    window = MainWindow(library)
    shown = library.path  # the last library and the recent list are written after the first paint
    window.after_startup.append(lambda: remember_library(settings, shown))
    window.library_files.adopt(claim)
    window.show()
    try:
        return app.exec()
    finally:
        window.library_files.release()
        window.library.close()  # the library shown last (File ▸ Open may have replaced the first)


def open_with_notice(path: Path, open_library: Callable[[], T], parent: QWidget | None = None) -> T:
    """open_library(); when the file is of an older format (an upgrade takes a while at 100,000s of
    briefings), a small window says so meanwhile and keeps answering: the upgrade runs in a thread.
    Over a window (`parent`: File ▸ Open), the notice is modal to it, so nothing else starts meanwhile."""
    from briefing.library.safety import needs_upgrade

    if not (path.is_file() and needs_upgrade(path)):
        return open_library()
    from PySide6.QtWidgets import QProgressDialog  # only an upgrade shows it

    notice = QProgressDialog(UPGRADING, "", 0, 0, parent)  # a busy bar
    if parent is not None:
        notice.setWindowModality(Qt.WindowModality.WindowModal)
    notice.setCancelButton(None)  # an upgrade runs to its end (the file was backed up before it)
    notice.setWindowTitle("Briefing")
    notice.setMinimumDuration(0)
    notice.show()
    outcome: list[tuple[bool, object]] = []

    def upgrade() -> None:
        try:
            outcome.append((True, open_library()))
        except BaseException as error:  # noqa: BLE001 - raised again on the GUI thread below
            outcome.append((False, error))

    worker = threading.Thread(target=upgrade, name="briefing-upgrade", daemon=True)
    worker.start()
    while worker.is_alive():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.02)
    notice.close()
    notice.deleteLater()
    done, value = outcome[0]
    if not done:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _damaged_library_choice(library, path, problems):  # type: ignore[no-untyped-def]
    """briefing.gui.backups.damaged_library_choice, imported only when a library is damaged."""
    from briefing.gui import backups

    return backups.damaged_library_choice(library, path, problems)


def _after_damage(library, path, problems, choose):  # type: ignore[no-untyped-def]
    """What the user chose for a damaged library: the newest sound backup restored, the damaged
    library read-only, or None (quit)."""
    from briefing.library import Library, LibraryError
    from briefing.library.safety import sound_backups

    choice = choose(library, path, problems)
    if choice == "read-only" and library is not None:
        return library
    if choice == "restore":
        newest = sound_backups(path)[0]
        try:
            if library is not None:
                library.restore(newest.path)
                return library
            Library.restore_damaged(path, newest.path)
            return Library.open(path, claim=False)
        except LibraryError as error:
            from PySide6.QtWidgets import QMessageBox  # PySide6 builds its type when first imported
            QMessageBox.critical(None, "Briefing", f"The backup could not be restored.\n\n{error}")
    if library is not None:
        library.close()
    return None


if __name__ == "__main__":
    sys.exit(main())
