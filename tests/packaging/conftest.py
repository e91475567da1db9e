"""Packaging tests: the desktop files, the icons, the self-test, and (marked `packaged`) the built app."""

from __future__ import annotations

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


def load_make_icons() -> ModuleType:
    """packaging/make_icons.py is a script, not a package module: load it by path."""
    name = "briefing_packaging_make_icons"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PACKAGING / "make_icons.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def make_icons() -> ModuleType:
    return load_make_icons()
