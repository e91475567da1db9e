"""Due phrases and their ISO dates: one invented sentence per rule, and the cases that are not dues."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.due import find_due


@pytest.mark.parametrize(("sentence", "anchor", "text", "iso"), [
    ("The province will open a trade office by the end of 2026.", "2025-03-02", "by the end of 2026", "2026-12-31"),
    ("Both cities will hold a fair in the first half of 2027.", None, "in the first half of 2027", "2027-06-30"),
    ("The ministry will publish the rules before the end of the year.", "2025-03-02",
     "before the end of the year", "2025-12-31"),
    ("The port will finish the pier by the end of this month.", "2025-03-02", "by the end of this month",
     "2025-03-31"),
    ("The agency will close the list by the year end.", "2025-03-02", "by the year end", "2025-12-31"),
    ("The two mayors will meet again next month.", "2025-03-02", "next month", "2025-04-30"),
    ("The councils will sign the plan later this year.", "2025-03-02", "later this year", "2025-12-31"),
    ("The region will send a team early next year.", "2025-03-02", "early next year", "2026-04-30"),
    ("The city will host the students next spring.", "2025-09-10", "next spring", "2026-05-31"),
    ("The committee will meet in coming January.", "2025-09-10", "in coming January", "2026-01-31"),
    ("The envoys will meet in October to review progress.", "2025-03-02", "in October", "2025-10-31"),
    ("The sides will hold a forum in early June.", "2025-03-02", "in early June", "2025-06-10"),
    ("The ministers will meet before April 15 in the capital.", "2025-03-02", "before April 15", "2025-04-15"),
    ("The fair will open from July 1, 2026 in the old town.", None, "from July 1, 2026", "2026-07-01"),
    ("The two states will double trade by 2030.", "2025-03-02", "by 2030", "2030-12-31"),
    ("The ferry line will start by mid-2027.", "2025-03-02", "by mid-2027", "2027-06-30"),
    ("The fund will grow over the next three years.", "2025-03-02", "over the next three years", "2028-03-02"),
    ("The firms will set up a plant within the next two or three months.", "2025-03-02",
     "within the next two or three months", "2025-06-02"),
    ("The experts will meet again within a year.", "2025-03-02", "within a year", "2026-03-02"),
    ("This year the partners plan to widen the exchange.", "2025-03-02", "This year", "2025-12-31"),
    ("The region will send suppliers to the port in the autumn.", "2025-03-02", "in the autumn", "2025-11-30"),
    ("The city will open a second ferry in spring.", "2025-09-10", "in spring", "2026-05-31"),
    ("The museum will show the collection in the winter of 2026.", None, "in the winter of 2026", "2027-02-28"),
    ("The prefecture will open a course from the next fiscal year.", "2025-03-02", "from the next fiscal year",
     "2026-12-31"),
])
def test_due_rules(sentence: str, anchor: str | None, text: str, iso: str | None) -> None:
    due = find_due(sentence, anchor)
    assert due is not None and (due.text, due.iso) == (text, iso)


@pytest.mark.parametrize("sentence", [
    "The two mayors will meet every year to review the plan.",  # a frequency
    "The sides will sign the deal as soon as possible.",  # vague
    "The partners will open more offices in the coming months.",  # vague (D14)
    "The region will meet the envoy in the near future.",
    "The councils will cut tariffs within five years after the agreement takes effect.",  # tied to an event
    "Earlier this year the city opened an office and will open another.",  # a past period
    "The sides will meet again soon, you may be sure.",  # 'may' is not May
])
def test_not_dues(sentence: str) -> None:
    assert find_due(sentence, "2025-03-02") is None


def test_a_date_before_publication_is_no_due() -> None:
    assert find_due("The leaders agreed to widen trade during their talks on March 1.", "2025-02-27",
                    published="2025-03-02") is None


def test_the_encounters_own_day_is_no_due() -> None:
    assert find_due("The two sides agreed on March 3 to widen trade.", "2025-03-03", event_day="2025-03-03") is None


def test_relative_due_without_anchor_keeps_the_phrase_only() -> None:
    due = find_due("The two mayors will meet again next month.", None)
    assert due is not None and due.text == "next month" and due.iso is None


def test_extract_sets_due_text_and_due() -> None:
    text = ("Alpha and Beta agree on ferry link\n\n"
            "Governor Mara Lint of Alpha met Mayor Oren Vale of Beta on Monday in Alpha.\n\n"
            "Lint said the two sides will open a ferry line by the end of 2026.\n")
    briefing = extract(text, published="2025-03-05")
    pledge = next(c for c in briefing.commitments if "ferry line" in c.text)
    assert (pledge.due_text, pledge.due) == ("by the end of 2026", "2026-12-31")
