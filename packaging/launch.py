"""Entry script of the PyInstaller build: `Briefing` runs the `briefing` command (no arguments:
the window). `Briefing --self-test` checks the built app (see briefing/selftest.py)."""

import sys

if __name__ == "__main__":
    if "--self-test" in sys.argv[1:]:
        # Kept here until cli.py wires `briefing --self-test` itself; harmless once it does.
        from briefing.selftest import run_self_test

        sys.exit(run_self_test())

    from briefing.cli import main

    sys.exit(main())
