"""`python -m briefing.gui [--db PATH]` runs the desktop window."""

import sys

from briefing.gui.app import main

sys.exit(main())
