"""Column widths fitted to the text: short columns never wrap, long ones share the rest by their text."""

from __future__ import annotations

import pytest

from briefing.export.pdf_columns import SHORT_SHARE, fit_widths


def measure(text: str) -> float:
    return 5.0 * len(text)  # a monospaced font, five points a character


def fit(rows: list[list[list[str]]], heads: list[str], total: float = 450.0) -> list[float]:
    return fit_widths(rows, heads, total, [measure] * len(heads), measure, padding=8.0)


def test_short_columns_fit_their_longest_line_and_long_ones_share_the_rest() -> None:
    long_text, title = "word " * 60, "a long event title " * 6
    rows = [[[f"#{n}"], [long_text], [title, "13 May 2020"], ["—"]] for n in range(1, 4)]
    widths = fit(rows, ["No.", "Commitment", "Source event", "Due"])
    assert sum(widths) == pytest.approx(450.0)
    number, commitment, source, due = widths
    assert number >= measure("No.") + 8 and due >= measure("Due") + 8  # neither header nor cell wraps
    assert number < 450 * SHORT_SHARE and due < 450 * SHORT_SHARE
    # the title (115 characters) and the commitment (300) wrap to about as many lines
    title_lines = len(title) * 5 / (source - 8)
    commitment_lines = len(long_text) * 5 / (commitment - 8)
    assert abs(title_lines + 1 - commitment_lines) < 1.5


def test_a_column_of_short_lines_takes_their_width_and_leaves_the_rest() -> None:
    rows = [[["Unrated"], ["x " * 200]], [["Delivered"], ["y " * 150]]]
    narrow, wide = fit(rows, ["Status", "Commitment"])
    assert narrow == pytest.approx(measure("Delivered") + 8 + 2)  # its longest line, which never wraps
    assert wide == pytest.approx(450 - narrow)
    empty, _ = fit([[[""], ["x " * 200]]], ["Status", "Commitment"])
    assert empty == pytest.approx(measure("Status") + 8 + 2)  # an empty column: its header's width


def test_when_everything_fits_the_spare_width_goes_to_every_column() -> None:
    widths = fit([[["a"], ["bb"]]], ["One", "Two"])
    assert sum(widths) == pytest.approx(450.0) and widths[0] == pytest.approx(widths[1])


def test_words_longer_than_the_room_are_shared_out() -> None:
    widths = fit([[["x" * 80], ["y" * 80], ["z" * 80]]], ["A", "B", "C"], total=300.0)
    assert sum(widths) == pytest.approx(300.0) and all(width > 60 for width in widths)
