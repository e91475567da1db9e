"""News datelines: the 'ISLAMABAD, Jan 13 (APP):' or 'MWANZA — ' that opens a wire story's first sentence.

Shared by ingestion (a first line that opens with one is a lead, not a headline) and extraction.
"""

from __future__ import annotations

import re

DATELINE_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]{3,}(?:[ '\-][A-ZÀ-ÖØ-Þ]{2,})*(?:,[^–—\-.]{1,30}?)?\s*[-–—:]"
                         r"|[A-ZÀ-ÖØ-Þ][\w'’\-., ]{1,30}\([A-Z]{2,8}\)\s*[-–—:.]"
                         r"|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)? [–—])(?:\s+|(?<=\):))(?=[A-Z\d\"“])")


def without_dateline(lead: str) -> str:
    """The lead sentence without a news dateline: 'MWANZA — ', 'GIJÓN, 12 April 2024 – ', 'Tra Vinh (MPN) - '."""
    return DATELINE_RE.sub("", lead, count=1)


def opens_with_dateline(line: str) -> bool:
    """'ISLAMABAD, Jan 13 (APP): The ambassador called on …' does: a place with a day or an agency. A
    headline may open with a label in capitals ('EXCLUSIVE: …'), which has neither."""
    found = DATELINE_RE.match(line)
    return found is not None and any(c.isdigit() or c == "(" for c in found.group())
