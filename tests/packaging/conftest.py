"""Packaging tests: the desktop files, the icons, the self-test, and (marked `packaged`) the built app."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "packaged: runs the app built by `make package` (dist/Briefing); skipped when it is absent")


def load_script(filename: str) -> ModuleType:
    """A script of packaging/ (make_icons.py, launch.py) is not a package module: load it by path."""
    name = "briefing_packaging_" + filename.removesuffix(".py")
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / filename)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_make_icons() -> ModuleType:
    return load_script("make_icons.py")


def spec_constant(name: str) -> object:
    """A literal assigned at the top of packaging/briefing.spec (which only PyInstaller can run)."""
    for node in ast.parse((PACKAGING / "briefing.spec").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} is not assigned in packaging/briefing.spec")


@pytest.fixture
def make_icons() -> ModuleType:
    return load_make_icons()
