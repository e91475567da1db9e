"""Paths to the files the app ships in resources/ (installed as briefing.resources; also frozen)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "briefing" / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / SCHEMA_FILE).is_file():  # a source checkout (also an editable install)
        return checkout
    spec = importlib.util.find_spec("briefing.resources")  # an installed wheel
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return checkout


def resource_path(name: str) -> Path:
    return resources_dir() / name


SAMPLE_BRIEFING = "sample-briefing.json"
SCHEMA_FILE = "briefing.schema.json"
