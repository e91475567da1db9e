"""`python -m briefing.cli` runs the `briefing` command, as it did while the command was one module."""

import sys

from briefing.cli import main

sys.exit(main())
