"""News datelines: cut from a lead made into a title or summary, and telling a lead from a headline."""

from __future__ import annotations

import pytest

from briefing.core.news_text import headline_start, is_page_furniture, opens_with_dateline, without_dateline


@pytest.mark.parametrize(("line", "rest", "dated"), [
    ("KARSBROOK, Jan 13 (Wire):The envoy called", "The envoy called", True),  # no space after the colon
    ("KARSBROOK, Dec. 25 (KNA) – The Speaker met", "The Speaker met", True),  # a stop inside the date
    ("Karsbrook (KNA) - The mayor met", "The mayor met", True),
    ("KARSBROOK, Jan. 28 (Wire) -- Visiting Mayor Dag Rune met", "Visiting Mayor Dag Rune met", True),
    ("Vellmo, Mar. 6 (Wire) - The mayor met", "The mayor met", True),  # an agency written in mixed case
    ("Karsbrook – Ferry Minister Ivo Lark has met", "Ferry Minister Ivo Lark has met", False),
    ("KARSBROOK — The mayor met", "The mayor met", False),
    ("NATO-Vellmo talks resume", "NATO-Vellmo talks resume", False),
    ("EXCLUSIVE: Mayor meets envoy", "Mayor meets envoy", False),  # cut from a lead, but no dateline of a headline
    ("Talks held – Minister says ferries will run", "Talks held – Minister says ferries will run", False),
    ("KARSBROOK (Vellmo News) — Mayor Ivo Lark led", "Mayor Ivo Lark led", True),  # an agency of two words
    ("Vellmo (Nordland) [Norland], April 16 (Wire): The envoy met", "The envoy met", True),
    ("October 3/2021(KNA) The government of Norland", "The government of Norland", True),  # no dash after a date
    ("Foreign Minister (FM) Ivo Lark said", "Foreign Minister (FM) Ivo Lark said", False),
])
def test_datelines(line: str, rest: str, dated: bool) -> None:
    assert without_dateline(line) == rest
    assert opens_with_dateline(line) is dated


@pytest.mark.parametrize("line", [
    "29 Nov 2006", "Friday, 14 July 2017", "5:09 pm on 29 November 2006", "Thu 13th February 2020",
    "Jane Roe 6 minutes ago Thu 19th December 2019 | 10:55 PM", "KarsbrookPost.com", "www.vellmo-news.org",
    "By Ada Brun, Wire", "Image", "Information for the Press N°:",
    "The mayor is on a tour of the islands. Photo: Wire/Jane Roe", "Diaspora News of Monday, 20 October 2014",
    "(KNA- Karsbrook News Agency)", "[Source: Vellmo Government/ Facebook]", "Home > Karsbrook > Ferries",
    "KARSBROOK, Minn.", "VELLMO.", "FILE - Karsbrook's Mayor Ivo Lark speaks at the opening of the new ferry pier "
    "in the harbour of Karsbrook, on the first day of the summer season",
    "KARSBROOK, Norland, December 19.", "VELLMO, NORLAND, January 22, 2018.", "Updated:2019.04.16",
    "Norland's envoy Dana Roe addresses a press conference. — Wire/File",
    "KARSBROOK: The mayor meets the envoy of Vellmo at the palace on the first day of his visit to the city and its "
    "port. – Palace photos", "Next article: Baker wins the summer prize", "Read also: Ferries run late",
    "Home - Official Website of Karsbrook Province", "Official Website of Karsbrook Province",
])
def test_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "Karsbrook Post", "Mayor to visit Vellmo in January", "Talks held on 13 May", "G20 summit opens",
    "2020 in review", "By the sea, two mayors agree on ferries and port fees for the summer season.",
    "Talks in KARSBROOK, May 5", "UN, EU talks on May 5", "Home ferries resume", "Next year's budget approved",
    "VELLMO ENVOYS PAY COURTESY CALL ON MAYOR LARK",  # a headline in capitals, no dateline
])
def test_not_page_furniture(line: str) -> None:
    assert not is_page_furniture(line)


def test_the_headline_starts_after_the_furniture_and_a_short_site_name() -> None:
    def headline_like(line: str) -> bool:
        return not line.endswith(".")

    assert headline_start(["Karsbrook Post", "Mayor to visit Vellmo in January", "Lead."], headline_like) == 1
    assert headline_start(["Karsbrook Post", "All the news", "Mayor meets envoy on ferries", "Lead."],
                          headline_like) == 2
    assert headline_start(["29 Nov 2006", "Mayor meets envoy", "Lead."], headline_like) == 1
    assert headline_start(["Talks resume", "The mayor met the envoy on Monday."], headline_like) == 0


def test_a_menu_bullets_and_a_trail_glued_to_the_headline_are_passed_over() -> None:
    def headline_like(line: str) -> bool:
        return not line.endswith(".")

    menu = ["Government", "Open Governance", "Services", "Investment", "Tourism", "Navigator",
            "Mayor Ivo Lark visits Vellmo with a delegation", "The mayor met the envoy on Monday."]
    assert headline_start(menu, headline_like) == 6
    assert headline_start(["• Main Menu", "• No poll today", "Mayor meets envoy", "Lead."], headline_like) == 2
    assert headline_start(["Home Travel Mayor received the envoy of Vellmo", "Mayor received the envoy of Vellmo",
                           "Lead."], headline_like) == 1
    assert headline_start(["Talks resume", "Image", "By Jane Roe", "Mayors meet the envoy in Karsbrook today",
                           "Lead."], headline_like) == 0  # furniture is no menu: the short headline stands
