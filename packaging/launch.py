"""Entry script of the PyInstaller build: `Briefing` runs the `briefing` command (no arguments:
the window). `Briefing --self-test` checks the built app (see briefing/gui/selftest.py)."""

import sys

if __name__ == "__main__":
    from briefing.cli import main

    sys.exit(main())
