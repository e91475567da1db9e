"""The paper size a user expects by default: Letter where the locale's territory uses it, else A4.

Kept apart from the PDF styles so that asking for the default does not load reportlab."""

from __future__ import annotations

import contextlib
import locale
import os
import re
import subprocess
import sys

LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI",
                                "PR", "BZ"})
"""Territories that use US Letter paper (CLDR paperSize), as in en_US / fr_CA / es_MX / fil_PH."""

_LETTER_NAMES = ("united states", "canada", "mexico", "philippines", "chile", "colombia", "venezuela",
                 "costa rica", "guatemala", "panama", "el salvador", "nicaragua", "puerto rico", "belize")
_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])")


def _territory(value: str | None) -> str | None:
    if not value:
        return None
    match = _TERRITORY.match(value.strip())
    if match:
        return match.group(1).upper()
    lowered = value.lower()
    for name in _LETTER_NAMES:
        if name in lowered:
            return "US"
    return None


def _locale_candidates() -> list[str | None]:
    values: list[str | None] = [os.environ.get(var) for var in ("LC_ALL", "LC_PAPER", "LANG")]
    with contextlib.suppress(ValueError):
        values.append(locale.getlocale()[0])
    if sys.platform == "darwin":
        try:
            result = subprocess.run(["defaults", "read", "-g", "AppleLocale"],
                                    capture_output=True, text=True, timeout=2)
            values.append(result.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    return values


def default_page_size() -> str:
    """'Letter' where the locale's territory uses it (US, CA, MX, PH...), else 'A4'."""
    for value in _locale_candidates():
        territory = _territory(value)
        if territory:
            return "Letter" if territory in LETTER_TERRITORIES else "A4"
    return "A4"
