"""The app built by `make package` (PyInstaller, dist/Briefing): it runs its self-test and stays lean.

CI runs `make package` and then `pytest -m packaged`; without a build these tests are skipped."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from tests.packaging.conftest import ROOT

DIST = ROOT / "dist"
FOLDER = DIST / "Briefing"

pytestmark = pytest.mark.packaged


def executable() -> Path:
    if sys.platform == "darwin" and (DIST / "Briefing.app").is_dir():
        return DIST / "Briefing.app" / "Contents" / "MacOS" / "Briefing"
    return FOLDER / ("Briefing.exe" if sys.platform == "win32" else "Briefing")


@pytest.fixture
def app() -> Path:
    program = executable()
    if not program.is_file():
        pytest.skip(f"no packaged app at {program.relative_to(ROOT)} (run `make package` first)")
    return program


def test_packaged_app_passes_its_self_test(app: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([str(app), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    if sys.platform != "win32":  # the windowed .exe has no stdout; it reports to %TEMP% instead
        assert "frozen build" in result.stdout
        assert "self-test passed" in result.stdout, result.stdout


def test_packaged_app_runs_commands(app: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and briefing.__version__ in result.stdout, result.stdout + result.stderr
    # the default library (here under a temporary XDG_DATA_HOME) holds the sample on first use
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_DB"} | {"XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([str(app), "export", "1", "-o", str(tmp_path / "out.pdf")],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_packaged_app_bundles_resources_and_leaves_out_unused_qt(app: Path) -> None:
    files = [p for p in FOLDER.rglob("*") if p.is_file()]
    names = {p.relative_to(FOLDER).as_posix() for p in files}
    resources = [n for n in names if "briefing/resources/" in n]
    for wanted in ("sample-briefing.json", "briefing.schema.json", f"icons/{briefing.APP_ID}.svg",
                   f"icons/hicolor/48x48/apps/{briefing.APP_ID}.png", "fonts/wqy-microhei.ttc",
                   "lexicon/en/countries.txt"):
        assert any(n.endswith("briefing/resources/" + wanted) for n in resources), wanted
    unwanted = re.compile(r"Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Pdf|Designer)", re.IGNORECASE)
    assert not [n for n in names if unwanted.search(n)]
    megabytes = sum(p.stat().st_size for p in files) / 2**20
    assert megabytes < 300, f"dist/Briefing is {megabytes:.0f} MB"
