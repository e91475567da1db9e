"""The layers' arrows: only gui/ imports PySide6, and the front ends reach the product through library/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
LAYERS = ["briefing.core", "briefing.store", "briefing.export", "briefing.cli", "briefing.library",
          "briefing.extract", "briefing.ingest"]
BELOW_LIBRARY = ("briefing.store", "briefing.extract", "briefing.ingest", "briefing.export")


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


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_window_and_the_command_line_talk_to_the_library_only() -> None:
    front_ends = [*sorted((PACKAGE / "cli").rglob("*.py")), *sorted((PACKAGE / "gui").rglob("*.py"))]
    reaching = {str(path.relative_to(PACKAGE)): sorted(name for name in imported_modules(path)
                                                       if name.startswith(BELOW_LIBRARY))
                for path in front_ends}
    assert {path: names for path, names in reaching.items() if names} == {}


def test_the_arrows_test_sees_a_reach_past_the_library(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    from briefing.store.search import Hit\n", encoding="utf-8")
    assert "briefing.store.search" in imported_modules(sneaky)


def test_nothing_below_the_front_ends_imports_them() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("gui", "cli", "__main__.py"):
            continue
        upward = sorted(n for n in imported_modules(path) if n.startswith(("briefing.gui", "briefing.cli")))
        assert not upward, f"{relative} imports {upward}"


def test_only_the_entry_points_import_the_main_window() -> None:
    importers = sorted(str(path.relative_to(PACKAGE)) for path in (PACKAGE / "gui").rglob("*.py")
                       if "briefing.gui.main_window" in imported_modules(path))
    assert importers == ["gui/app.py", "gui/selftest.py"]
