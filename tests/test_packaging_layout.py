"""The package list in pyproject.toml names every package folder, and resources/ ships with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.resources import SAMPLE_BRIEFING, SCHEMA_FILE, resources_dir

tomllib = pytest.importorskip("tomllib")  # Python 3.11+
ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "briefing").rglob("__init__.py")}
    # Resource folders whose names could be imported are listed too, or setuptools warns it "would ignore" them.
    data = {"briefing.resources." + ".".join(folder.relative_to(ROOT / "resources").parts)
            for folder in (ROOT / "resources").rglob("*")
            if folder.is_dir() and all(part.isidentifier() for part in folder.relative_to(ROOT / "resources").parts)}
    assert found | {"briefing.resources"} | data == listed


def test_resources_are_found_at_the_top_of_the_checkout() -> None:
    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / SCHEMA_FILE).is_file() and (resources_dir() / SAMPLE_BRIEFING).is_file()
