"""The app built by `make package` on a Linux desktop: its window opens under a real X server (Xvfb,
Qt's xcb platform, not offscreen) with the xcb libraries it bundles, as on a stock desktop that
lacks them, and closes cleanly; without any display it says so in one sentence.

Needs dist/Briefing (skipped without it) and, for the window, Xvfb and xdotool
(`sh packaging/ci-deps.sh` installs them)."""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.gui.app import NO_DISPLAY
from tests.packaging.conftest import ROOT, spec_constant
from tests.packaging.test_packaged import FOLDER, executable

pytestmark = [
    pytest.mark.packaged,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's"),
]

XCB_LIBRARIES: list[str] = spec_constant("XCB_LIBRARIES")  # type: ignore[assignment]
INTERNAL = FOLDER / "_internal"
XCB_PLUGIN = INTERNAL / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
WINDOW_TIMEOUT = 120  # seconds; a cold start on a busy 2-core machine takes ~10


@pytest.fixture
def app() -> Path:
    program = executable()
    if not program.is_file():
        pytest.skip(f"no packaged app at {program.relative_to(ROOT)} (run `make package` first)")
    return program


def ldd(library: Path, env: dict[str, str]) -> dict[str, str]:
    output = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True, env=env).stdout
    return dict(re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", output, re.MULTILINE))


def test_bundle_carries_the_xcb_libraries_and_its_xcb_plugin_resolves_them(app: Path) -> None:
    for name in XCB_LIBRARIES:
        assert (INTERNAL / name).is_file(), f"{name} is not in {INTERNAL.relative_to(ROOT)}"
    # as the app runs: its bootloader puts _internal first on the library path
    env = {**os.environ, "LD_LIBRARY_PATH": str(INTERNAL)}
    for library in (XCB_PLUGIN, INTERNAL / "PySide6" / "Qt" / "lib" / "libQt6XcbQpa.so.6"):
        resolved = ldd(library, env)
        assert not [name for name, path in resolved.items() if path == "not found"], resolved
        outside = {name: resolved[name] for name in XCB_LIBRARIES
                   if name in resolved and not Path(resolved[name]).resolve().is_relative_to(FOLDER.resolve())}
        assert not outside, f"{library.name} would load these from the system: {outside}"


# --- the window under Xvfb ---------------------------------------------------------------------------

def system_copies() -> list[Path]:
    """The system's own files of the bundled xcb libraries (what a stock desktop may not have)."""
    found = []
    directories = [*Path("/").glob("lib*/*-linux-gnu*"), *Path("/usr").glob("lib*/*-linux-gnu*"),
                   Path("/lib64"), Path("/usr/lib64"), Path("/lib"), Path("/usr/lib")]
    for directory in directories:
        for name in XCB_LIBRARIES:
            if (directory / name).exists():
                found.append((directory / name).resolve())
    return sorted(set(found))


def can_hide_system_copies() -> bool:
    """Root with mount namespaces (a CI container, a VM): the test can hide the system's copies."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def without_system_copies(command: list[str]) -> list[str]:
    """command, run in a private mount namespace where every system copy of the bundled xcb
    libraries reads as an empty file: a desktop without them, as far as the dynamic linker knows."""
    mounts = "".join(f'mount --bind /dev/null "{path}" && ' for path in system_copies())
    return ["unshare", "-m", "sh", "-c", mounts + 'exec "$@"', "sh", *command]


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private X server (Xvfb) on a display number it picks itself."""
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (sh packaging/ci-deps.sh installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number.isdigit():
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)
        if server.poll() is None:
            server.kill()


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30,
                            env={**os.environ, "DISPLAY": display})
    return result.stdout.strip() if result.returncode == 0 else ""


def desktop_env(tmp_path: Path, display: str, **extra: str) -> dict[str, str]:
    """A fresh user on a desktop: no QT_QPA_PLATFORM (Qt picks its real platform), own HOME and XDG folders."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    drop = {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "BRIEFING_DB", "LD_LIBRARY_PATH",
            "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"}
    env = {key: value for key, value in os.environ.items() if key not in drop}
    return env | {"DISPLAY": display, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                  "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                  "XDG_RUNTIME_DIR": str(runtime)} | extra


def run_window(app: Path, tmp_path: Path, display: str, env: dict[str, str]) -> tuple[str, str]:
    """Start the packaged app, wait for its main window to be mapped on the X server, check the process
    runs the bundled xcb libraries, quit with Ctrl+Q and return (window name, stderr)."""
    command = [str(app), "--db", str(tmp_path / "library.db")]
    if can_hide_system_copies():
        command = without_system_copies(command)
    with (tmp_path / "stderr.txt").open("w+") as stderr:
        process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            window = ""
            deadline = time.monotonic() + WINDOW_TIMEOUT
            while not window and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.5)
                # a top-level window (a child of the root: there is no window manager) that is viewable
                window = xdotool(display, "search", "--onlyvisible", "--maxdepth", "1", "--class", "Briefing")
            stderr.seek(0)
            assert window, f"no Briefing window appeared (exit code {process.poll()}): {stderr.read()}"
            window = window.split()[0]
            name = xdotool(display, "getwindowname", window)
            width, height = (int(n) for n in re.findall(
                r"Geometry: (\d+)x(\d+)", xdotool(display, "getwindowgeometry", window))[0])
            assert width >= 600 and height >= 400, (width, height)
            pid = xdotool(display, "getwindowpid", window)
            maps = Path(f"/proc/{pid}/maps").read_text() if pid.isdigit() else ""
            loaded = set(re.findall(r"(/\S+\.so[.\d]*)$", maps, re.MULTILINE))
            bundled_dir = str(FOLDER.resolve())
            assert any(path.startswith(bundled_dir) and path.endswith("/libqxcb.so") for path in loaded), loaded
            from_system = [path for path in loaded if Path(path).name in XCB_LIBRARIES
                           and not path.startswith(bundled_dir)]
            assert not from_system, from_system
            # quit as a user does: focus the window, press Ctrl+Q
            xdotool(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q")
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        stderr.seek(0)
        return name, stderr.read()


def test_packaged_window_opens_under_a_real_x_server(app: Path, tmp_path: Path, x_display: str) -> None:
    name, stderr = run_window(app, tmp_path, x_display, desktop_env(tmp_path, x_display))
    assert "Briefing" in name and "library.db" in name
    assert "could not load the qt platform plugin" not in stderr.lower(), stderr


def test_packaged_window_falls_back_to_x11_when_wayland_fails(app: Path, tmp_path: Path, x_display: str) -> None:
    """A Wayland session whose compositor is unreachable: Qt alone would try Wayland only and abort;
    the launcher's "wayland;xcb" lets it fall back to X11 (XWayland)."""
    env = desktop_env(tmp_path, x_display, WAYLAND_DISPLAY="briefing-test-no-such-compositor",
                      XDG_SESSION_TYPE="wayland")
    name, _ = run_window(app, tmp_path, x_display, env)
    assert "Briefing" in name


def test_packaged_app_without_a_display_says_so(app: Path, tmp_path: Path) -> None:
    env = {key: value for key, value in desktop_env(tmp_path, "").items() if key != "DISPLAY"}
    result = subprocess.run([str(app)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert NO_DISPLAY in result.stderr, result.stderr
    assert "qt.qpa" not in result.stderr, result.stderr
