"""News datelines: cut from a lead made into a title or summary, and telling a lead from a headline."""

from __future__ import annotations

import pytest

from briefing.core.datelines import opens_with_dateline, without_dateline


@pytest.mark.parametrize(("line", "rest", "dated"), [
    ("KARSBROOK, Jan 13 (Wire):The envoy called", "The envoy called", True),  # no space after the colon
    ("KARSBROOK, Dec. 25 (KNA) – The Speaker met", "The Speaker met", True),  # a stop inside the date
    ("Karsbrook (KNA) - The mayor met", "The mayor met", True),
    ("Karsbrook – Ferry Minister Ivo Lark has met", "Ferry Minister Ivo Lark has met", False),
    ("KARSBROOK — The mayor met", "The mayor met", False),
    ("NATO-Vellmo talks resume", "NATO-Vellmo talks resume", False),
    ("EXCLUSIVE: Mayor meets envoy", "Mayor meets envoy", False),  # cut from a lead, but no dateline of a headline
    ("Talks held – Minister says ferries will run", "Talks held – Minister says ferries will run", False),
])
def test_datelines(line: str, rest: str, dated: bool) -> None:
    assert without_dateline(line) == rest
    assert opens_with_dateline(line) is dated
