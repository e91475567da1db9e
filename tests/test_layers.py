"""Only gui/ may import PySide6: importing every other layer leaves Qt unloaded."""

from __future__ import annotations

import subprocess
import sys

LAYERS = ["briefing.core", "briefing.store", "briefing.export", "briefing.cli",
          "briefing.extract", "briefing.ingest"]


def test_layers_below_gui_do_not_load_pyside6() -> None:
    code = (
        "import importlib, importlib.util, sys\n"
        f"for name in {LAYERS!r}:\n"
        "    if importlib.util.find_spec(name) is not None:\n"
        "        importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
