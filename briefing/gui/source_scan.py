"""Start-up: PySide is spared reading the source of the app's modules and the standard library's.

PySide reads the source of every module imported after it, looking for `from __feature__ import`
(about 0.15 ms a module, some 10–20 ms of a start-up). Neither the app's own modules nor Python's
standard library select such a feature: `spare_source_scan` marks them so, and their source is not read."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PLAIN_PYSIDE_USER = 0
"""PySide's feature selection for a module that selects no feature (its default)."""
NO_PYSIDE_USER = -1
"""PySide's mark for a module that does not use PySide at all."""


def app_module_names(package_dir: Path | None = None) -> list[str]:
    """The dotted names of the modules and packages of `briefing` (found on disk; none in a bundle)."""
    root = package_dir or Path(__file__).resolve().parent.parent
    names = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(("_", "."))]
        if "__init__.py" not in files:
            continue  # data (resources/), no modules
        package = ".".join((root.name, *Path(folder).relative_to(root).parts))
        names.append(package)
        names.extend(f"{package}.{name[:-3]}" for name in files if name.endswith(".py") and name != "__init__.py")
    return names


def spare_source_scan() -> int:
    """Mark the app's modules and the standard library's in PySide's feature table (PySide6 must be
    imported); how many were marked (0 when this PySide has no such table: it then reads their source
    as before)."""
    feature = sys.modules.get("__feature__")
    marks = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(marks, dict):
        return 0
    names = app_module_names()
    for name in names:
        marks.setdefault(name, PLAIN_PYSIDE_USER)
    for name in sys.stdlib_module_names:
        marks.setdefault(name, NO_PYSIDE_USER)
    return len(names) + len(sys.stdlib_module_names)
