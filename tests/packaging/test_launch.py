"""The packaged app's launcher (packaging/launch.py) and the xcb libraries the build bundles."""

from __future__ import annotations

import re

import pytest

from tests.packaging.conftest import PACKAGING, load_script, spec_constant

XCB_LIBRARIES = spec_constant("XCB_LIBRARIES")


@pytest.mark.parametrize(("env", "expected"), [
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland;xcb"),  # Wayland first, XWayland after
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland;xcb"),
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "xcb"),  # the user's choice stands
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, None),  # an X11 session
    ({"DISPLAY": ":0"}, None),  # X11: Qt's default, xcb
    ({}, None),  # no display: the app says it needs a desktop session
])
def test_launcher_prefers_wayland_only_in_a_wayland_session(env: dict[str, str], expected: str | None) -> None:
    launch = load_script("launch.py")
    before = dict(env)
    changed = launch.prefer_wayland(env, platform="linux")
    assert env.get("QT_QPA_PLATFORM") == expected
    assert changed == (expected == "wayland;xcb" and "QT_QPA_PLATFORM" not in before)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_launcher_leaves_other_systems_alone(platform: str) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    assert not load_script("launch.py").prefer_wayland(env, platform=platform)
    assert "QT_QPA_PLATFORM" not in env


def test_the_wayland_fallback_still_counts_as_a_display() -> None:
    from briefing.gui.app import missing_display

    assert not missing_display({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")


def debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: libfoo.so.1 -> libfoo1, libfoo-x11.so.0 -> libfoo-x11-0."""
    match = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)", soname)
    assert match, soname
    stem, version = match.group(1).lower(), match.group(2)
    return f"{stem}-{version}" if stem[-1].isdigit() else stem + version


def test_ci_deps_installs_every_xcb_library_the_spec_bundles() -> None:
    assert "libxcb-cursor.so.0" in XCB_LIBRARIES  # Qt >= 6.5 needs it; stock Ubuntu 22.04 lacks it
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    script = (PACKAGING / "ci-deps.sh").read_text(encoding="utf-8")
    words = set(re.findall(r"[\w.+-]+", script))
    assert not [debian_package(name) for name in XCB_LIBRARIES if debian_package(name) not in words]
    assert {"xvfb", "xdotool"} <= words  # the packaged app's window test
