"""Shared fixtures: every test gets its own library file and config folders under tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.core import Briefing, load_file
from briefing.core.resources import SAMPLE_BRIEFING, resource_path


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "default-library.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_NO_OPEN", "1")


@pytest.fixture
def sample() -> Briefing:
    return load_file(resource_path(SAMPLE_BRIEFING))[0]


@pytest.fixture
def sample_dict() -> dict:
    return json.loads(resource_path(SAMPLE_BRIEFING).read_text(encoding="utf-8"))
