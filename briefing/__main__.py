"""`python -m briefing` runs the same command as `briefing`."""

from briefing.cli import main

main()
