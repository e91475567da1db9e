"""Help ▸ About: the app's name, icon, version, licence, the library open and the versions it runs on."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import briefing
from briefing.gui.colors import secondary_text
from briefing.gui.formatting import esc

APP_NAME = "Briefing"
LICENSE = "MIT"  # as pyproject.toml says; a test keeps the two in step
DESCRIPTION = ("A local library of event briefings: who met, what each side said and committed to, "
               "and printable PDF briefings for officials.")
ICON_SIZE = 72


def about_details(library: Path | None, read_only: bool = False) -> list[tuple[str, str]]:
    """(label, value) rows of the dialog, also what "Copy Details" puts on the clipboard."""
    rows = [("Version", briefing.__version__), ("Licence", LICENSE)]
    if library is not None:
        rows.append(("Library", str(library) + (" (read-only)" if read_only else "")))
    rows += [
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("Python", f"{platform.python_version()} on {platform.system() or sys.platform} {platform.machine()}"),
        ("Application id", briefing.APP_ID),
    ]
    return rows


def _home_as_tilde(text: str) -> str:
    home = str(Path.home())
    return "~" + text[len(home):] if text.startswith(home + os.sep) else text


class AboutDialog(QDialog):
    """Modal and small; every value can be selected, and "Copy Details" copies them for a bug report."""

    def __init__(self, library: Path | None, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.details = about_details(library, read_only)

        icon = QLabel(self)
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        icon.setFixedWidth(ICON_SIZE + 12)
        name = QLabel(APP_NAME, self)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        version = QLabel(f"Version {esc(briefing.__version__)}", self)
        muted = secondary_text(self.palette(), on_window=True).name()
        version.setStyleSheet(f"color: {muted}")
        description = QLabel(DESCRIPTION, self)
        description.setWordWrap(True)

        form = QFormLayout()
        form.setContentsMargins(0, 8, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for label, value in self.details[1:]:  # the version is under the name already
            field = QLabel(_home_as_tilde(value) if label == "Library" else value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setToolTip(value)
            field.setWordWrap(label == "Library")
            self.values[label] = field
            caption = QLabel(label, self)
            caption.setStyleSheet(f"color: {muted}")
            form.addRow(caption, field)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(version)
        text.addSpacing(8)
        text.addWidget(description)
        text.addLayout(form)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("&Copy Details", self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def text(self) -> str:
        """Everything the dialog says, as plain lines."""
        return "\n".join([f"{APP_NAME} {briefing.__version__}", DESCRIPTION]
                         + [f"{label}: {value}" for label, value in self.details])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText("Copied")


def show_about(window: QWidget, library: Path | None, read_only: bool = False) -> None:
    """Help ▸ About, modal over `window`."""
    AboutDialog(library, read_only, window).exec()
