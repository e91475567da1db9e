"""Paths to the files the app ships in briefing/resources (also inside a frozen build)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "briefing" / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


SAMPLE_BRIEFING = "sample-briefing.json"
SCHEMA_FILE = "briefing.schema.json"
