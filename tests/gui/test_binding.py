"""The Qt binding in use survives a long session of void calls and signal emits.

PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void method call and to
True on every Signal.emit(), and the process soon dies; pyproject.toml excludes that release."""

from __future__ import annotations

import subprocess
import sys

SESSION = """
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

class Probe(QObject):
    ping = Signal()

color, probe = QColor(), Probe()
for _ in range(200_000):
    color.setRed(0)
    probe.ping.emit()
print("survived")
"""


def test_many_void_calls_and_emits_survive() -> None:
    result = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
