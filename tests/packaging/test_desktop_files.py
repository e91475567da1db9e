"""The Linux desktop entry and AppStream metainfo: valid, and all named by the one application id."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import briefing
from tests.packaging.conftest import LINUX, PACKAGING, ROOT

DESKTOP = LINUX / f"{briefing.APP_ID}.desktop"
METAINFO = LINUX / f"{briefing.APP_ID}.metainfo.xml"
INSTALL_SCRIPT = LINUX / "install-desktop.sh"
MISSING_TOOL = "{tool} is not installed (Debian package {package}; `sh packaging/ci-deps.sh` installs it)"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(MISSING_TOOL.format(tool=name, package=package))
    return path


def validate_desktop(path: Path) -> None:
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(path)],
                            capture_output=True, text=True, timeout=60)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output


def test_one_application_id_everywhere() -> None:
    app_id = briefing.APP_ID
    assert app_id == "org.briefing.Briefing"
    entry = desktop_entry()
    assert DESKTOP.name == f"{app_id}.desktop"
    assert entry["Icon"] == app_id
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == app_id
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{app_id}.svg").is_file()
    assert sorted(p.name for p in icons.glob("hicolor/*/apps/*")) == [f"{app_id}.png"] * len(
        list(icons.glob("hicolor/*/apps/*")))
    # the spec takes the macOS bundle identifier from briefing.APP_ID, not a copy of it
    assert "bundle_identifier=APP_ID" in (PACKAGING / "briefing.spec").read_text(encoding="utf-8")


def test_desktop_entry_contents() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Briefing"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Exec"].split()[0] == "briefing-gui"
    assert entry["StartupWMClass"] == "Briefing"  # Qt's X11 class: the application name
    assert entry["Comment"] and entry["GenericName"] and entry["Keywords"].endswith(";")


def test_exec_names_the_gui_script_of_the_package() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop_entry()["Exec"].split()[0] in project["gui-scripts"]


def test_metainfo_contents() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "Briefing"
    assert root.findtext("summary")
    assert root.findtext("developer/name") == "Briefing developers"
    assert root.find("content_rating") is not None
    assert briefing.__version__ in [release.get("version") for release in root.iter("release")]


def test_desktop_file_validates() -> None:
    validate_desktop(DESKTOP)


def test_metainfo_validates() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="the desktop-integration script is for Linux")
def test_install_desktop_installs_and_uninstalls(tmp_path: Path) -> None:
    program = tmp_path / "opt dir" / "briefing-gui"  # a space: Exec must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    result = subprocess.run(["sh", str(INSTALL_SCRIPT), str(program)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    installed = data / "applications" / DESKTOP.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{briefing.APP_ID}.svg").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{briefing.APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        validate_desktop(installed)

    result = subprocess.run(["sh", str(INSTALL_SCRIPT), "--uninstall"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not installed.exists()
    assert not list(data.glob(f"icons/hicolor/*/apps/{briefing.APP_ID}.*"))


@pytest.mark.skipif(sys.platform == "win32", reason="the desktop-integration script is for Linux")
def test_install_desktop_refuses_a_missing_program(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = subprocess.run(["sh", str(INSTALL_SCRIPT), str(tmp_path / "nothing-here")], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "not an executable program" in result.stderr
    assert not (tmp_path / "data" / "applications").exists()
