"""The PySide6 desktop window: a thin client over briefing.library.

The Qt-free library the window drives is imported here, before any PySide6 module: once PySide6 is
loaded it reads the source of every module imported after it (looking for `from __feature__ import`),
about 0.1 ms a module, some 9 ms of a start-up for the library's modules alone."""

import briefing.library.library  # noqa: F401 - first, for the reason above
from briefing.library import articles, claim, paths, search_terms  # noqa: F401 - the same
