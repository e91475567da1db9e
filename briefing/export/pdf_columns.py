"""Table column widths from what the columns hold: a typical row's cells wrap to about as many lines,
no column is wider than its longest line, and a short one never wraps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import permutations

SHORT_SHARE = 0.12
"""A column whose lines all fit in this share of the width is given their width: its cells never wrap."""
WORD_SHARE = 0.2
"""Up to this share of the width, a column is as wide as its longest word (a longer word breaks)."""
SPARE = 2.0
"""Points added to a measured line, so that a line measured to fit is not wrapped by rounding."""
TYPICAL = 0.5
"""The row a column is fitted to: the one whose cell holds more text than this share of the rows'."""

SAMPLE_ROWS = 40
"""At most about this many rows, evenly spread, are measured when moving width between columns."""

Cell = Sequence[str]
"""A cell's lines (each wraps on its own)."""


def _longest_word(line: str) -> str:
    return max(line.split(), key=len, default="")


def _typical(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * TYPICAL))] if ordered else 0.0


def _equal_lines(text: dict[int, float], extra: dict[int, float], room: float) -> dict[int, float]:
    """Widths summing to `room` at which each column's typical cell wraps to as many lines: a cell of
    `text` points in lines of its own `extra` (half a line each, for the last one's ragged end) takes
    text / width + extra lines; found by halving the interval of that common number of lines."""
    wide = [number for number in text if text[number] > 0]
    if not wide:
        return {number: room / len(text) for number in text}
    low = max(extra[number] for number in wide)
    high = low + sum(text[number] for number in wide) / room * 4 + 1
    for _ in range(60):
        lines = (low + high) / 2
        if sum(text[number] / (lines - extra[number]) for number in wide) > room:
            low = lines
        else:
            high = lines
    return {number: text[number] / (high - extra[number]) if text[number] > 0 else 0.0 for number in text}


def fit_widths(rows: Sequence[Sequence[Cell]], heads: Sequence[str], total: float,
               measures: Sequence[Callable[[str], float]], measure_head: Callable[[str], float],
               padding: float) -> list[float]:
    """Widths in points, summing to `total`, of the columns of `rows` (each cell a list of lines) under
    `heads`; `measures[i]` gives a line's width in column i's font, `measure_head` in the header's, and
    `padding` is a cell's left and right padding together.

    A typical row (see TYPICAL) wraps to as many lines in each column, within bounds: a column is at
    least its longest word (up to WORD_SHARE of the width) and, when all its lines fit in SHORT_SHARE,
    their width; at most its longest line. A column held at a bound leaves the rest to be shared again
    among the others; width to spare when every column is at its longest line goes to each in proportion."""
    count = len(heads)
    if not count:
        return []
    low: list[float] = []
    high: list[float] = []
    text: dict[int, float] = {}
    extra: dict[int, float] = {}
    ragged: list[float] = []
    measured: list[list[list[float]]] = []
    for column, (head, measure) in enumerate(zip(heads, measures)):
        cells = [[line for line in row[column] if line.strip()] for row in rows]
        widths = [[measure(line) for line in cell] for cell in cells]
        measured.append(widths)
        longest = max([measure_head(head), *(width for cell in widths for width in cell)]) + padding + SPARE
        word = max([measure_head(part) for part in head.split()]
                   + [measure(_longest_word(line)) for cell in cells for line in cell]) + padding + SPARE
        low.append(min(longest, max(min(word, total * WORD_SHARE), total * SHORT_SHARE)))
        high.append(longest)
        text[column] = _typical([sum(cell) for cell in widths])
        extra[column] = _typical([len(cell) / 2 for cell in widths])
        words = sum(len(line.split()) for cell in cells for line in cell)
        ragged.append(sum(map(sum, widths)) / words / 2 if words else 0.0)
    if sum(low) >= total:
        return [width * total / sum(low) for width in low]
    fixed: dict[int, float] = {}
    while len(fixed) < count:
        free = [number for number in range(count) if number not in fixed]
        # the room the lines fill: inside the padding, less the half word a wrapped line leaves unused
        room = max(1.0, total - sum(fixed.values()) - sum(padding + ragged[number] for number in free))
        inner = _equal_lines({number: text[number] for number in free}, {number: extra[number] for number in free},
                             room)
        share = {number: width + padding + ragged[number] for number, width in inner.items()}
        below = {number: low[number] for number in free if share[number] < low[number]}
        above = {number: high[number] for number in free if share[number] > high[number]}
        if not below and not above:
            fixed.update(share)
            break
        fixed.update(below or above)  # the columns below their least first: each takes room from the rest
    widths = [fixed[number] for number in range(count)]
    widths = [width * total / sum(widths) for width in widths]  # any width to spare, in proportion
    return _fewer_lines(widths, low, high, measured, [padding + waste for waste in ragged])


def _fewer_lines(widths: list[float], low: list[float], high: list[float], measured: list[list[list[float]]],
                 lost: list[float]) -> list[float]:
    """`widths` moved a few points at a time from one column to another while that makes the rows
    shorter in all (a row as tall as its cell of most lines; a line of t points at width w takes
    ceil(t / (w - lost)) lines): the typical row is only a start, and most rows are not typical."""
    rows = list(zip(*measured))
    rows = rows[::max(1, len(rows) // SAMPLE_ROWS)]

    def height(candidate: list[float]) -> int:
        inner = [max(1.0, width - waste) for width, waste in zip(candidate, lost)]
        return sum(max(sum(-(-line // room) for line in cell) for cell, room in zip(row, inner)) for row in rows)

    best = height(widths)
    for step in (16.0, 8.0, 4.0, 2.0):
        better = True
        while better:
            better = False
            for give, take in permutations(range(len(widths)), 2):
                if widths[give] - step < low[give] or widths[take] + step > high[take]:
                    continue
                candidate = list(widths)
                candidate[give] -= step
                candidate[take] += step
                tried = height(candidate)
                if tried < best:
                    widths, best, better = candidate, tried, True
    return widths
