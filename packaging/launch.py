"""Entry script of the PyInstaller build: `Briefing` runs the `briefing` command (no arguments:
the window). `Briefing --self-test` checks the built app (see briefing/gui/selftest.py)."""

import os
import sys
from collections.abc import MutableMapping

WAYLAND_FIRST = "wayland;xcb"


def prefer_wayland(env: MutableMapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """In a Wayland session, ask Qt for its Wayland platform and fall back to X11 (XWayland) only
    when that fails: Qt tries the platforms of QT_QPA_PLATFORM in turn. Left alone when the user
    chose a platform, outside Wayland, and in a session that says it is X11. True when it set it."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    if not env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "x11":
        return False
    env["QT_QPA_PLATFORM"] = WAYLAND_FIRST
    return True


if __name__ == "__main__":
    prefer_wayland()

    from briefing.cli import main

    sys.exit(main())
