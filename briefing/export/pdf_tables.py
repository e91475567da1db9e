"""Tables whose rows never outgrow a page: a tall cell continues in extra rows; styles band by logical row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from briefing.export.pdf_styles import ACCENT, HEADER_FILL, RULE, ZEBRA_FILL

Cell = Flowable | list[Flowable] | str


@dataclass(frozen=True)
class Padding:
    left: float = 4
    right: float = 4
    top: float = 3.5
    bottom: float = 4.5


GRID = Padding()
FACTS = Padding(left=0, right=6, top=1.5, bottom=1.5)


def _surely_short(items: list[Flowable], width: float, limit: float) -> bool:
    """A generous estimate without laying out: True when the paragraphs cannot reach `limit`."""
    estimate = 0.0
    for item in items:
        text = getattr(item, "text", None)
        if not isinstance(item, Paragraph) or not isinstance(text, str):
            return False
        style = item.style
        line_chars = max(1.0, width / (style.fontSize * 0.75))
        lines = 1.5 * len(text) / line_chars + 2
        estimate += lines * style.leading + style.spaceBefore + style.spaceAfter
    return estimate <= limit


def cell_chunks(content: Cell, width: float, limit: float) -> list[list[Flowable] | str]:
    """`content` cut into pieces no taller than `limit` points at `width` (paragraphs split by lines)."""
    if isinstance(content, str):
        return [content]
    items: list[Flowable] = list(content) if isinstance(content, list) else [content]
    if _surely_short(items, width, limit):
        return [items]
    chunks: list[list[Flowable] | str] = []
    current: list[Flowable] = []
    used = 0.0
    while items:
        item = items.pop(0)
        _, height = item.wrap(width, limit)
        if used + height <= limit:
            current.append(item)
            used += height
            continue
        parts = item.split(width, limit - used)
        if len(parts) >= 2:
            current.append(parts[0])
            items[0:0] = parts[1:]
        elif current:
            items.insert(0, item)
        else:
            current.append(item)  # cannot be cut (an image-like flowable): let it stand alone
        chunks.append(current)
        current, used = [], 0.0
    if current or not chunks:
        chunks.append(current)
    return chunks


def split_tall_rows(rows: Sequence[Sequence[Cell]], widths: Sequence[float], limit: float,
                    padding: Padding, first: int = 0) -> tuple[list[list[Cell]], list[tuple[int, int]]]:
    """Rows with any cell taller than `limit` continued in extra rows below it.

    Returns the physical rows and, for each logical row from `first` on, its (first, last) physical row."""
    out: list[list[Cell]] = [list(row) for row in rows[:first]]
    groups: list[tuple[int, int]] = []
    inner = limit - padding.top - padding.bottom
    for row in rows[first:]:
        pieces = [cell_chunks(cell, width - padding.left - padding.right, inner)
                  for cell, width in zip(row, widths)]
        depth = max(len(p) for p in pieces)
        start = len(out)
        for index in range(depth):
            out.append([p[index] if index < len(p) else "" for p in pieces])
        groups.append((start, len(out) - 1))
    return out, groups


@lru_cache(maxsize=4096)
def _string_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: table cells repeat (headers, labels, statuses, numbers) from table to table."""
    return stringWidth(text, font, size)


Look = tuple[str, str, float, float, object]
"""How a cell drawn as a string looks: alignment, font, size, leading and colour."""


def _one_line(cell: Cell, width: float) -> tuple[str, Look] | None:
    """The text and the look of a cell the table can draw as a string exactly where its Paragraph
    would put it: a paragraph without markup, on one line (a margin to spare), in a plain style (no
    indents, spacing, bullet or centring). Its baseline is the cell's top padding plus the font size
    below the top either way, and its height one leading; a string skips the paragraph's line
    breaking, parsing and its own text object."""
    if isinstance(cell, list) and len(cell) == 1:
        cell = cell[0]
    if not isinstance(cell, Paragraph) or not getattr(cell, "plain", False) or cell.bulletText:
        return None
    style = cell.style
    if (style.alignment not in (TA_LEFT, TA_RIGHT) or style.leftIndent or style.rightIndent
            or style.firstLineIndent or style.spaceBefore or style.spaceAfter or style.backColor
            or style.borderWidth or getattr(style, "autoLeading", "") not in ("", "off", None)
            or getattr(style, "wordWrap", None)):
        return None
    text = cell.frags[0].text
    if not text or "\n" in text or _string_width(text, style.fontName, style.fontSize) > width - 1:
        return None
    return text, ("RIGHT" if style.alignment == TA_RIGHT else "LEFT", style.fontName, style.fontSize,
                  style.leading, style.textColor)


class CellStyles:
    """The cell styles of one table: one object per look (padding, and a string cell's font, size,
    leading, colour and alignment), where reportlab makes one per cell and sets each by a command.
    The table then takes no per-cell commands, and a run of cells that look alike is drawn without
    setting the font and colour again for each."""

    def __init__(self, padding: Padding) -> None:
        self.padding = padding
        self._known: dict[tuple[float, float, Look | None], CellStyle] = {}

    def get(self, top: float, bottom: float, look: Look | None = None) -> CellStyle:
        key = (top, bottom, look)
        style = self._known.get(key)
        if style is None:
            style = CellStyle(f"look{len(self._known)}")  # a name only: repr of a colour costs
            style.valign = "TOP"
            style.leftPadding, style.rightPadding = self.padding.left, self.padding.right
            style.topPadding, style.bottomPadding = top, bottom
            if look is not None:
                style.alignment, style.fontname, style.fontsize, style.leading, style.color = look
            self._known[key] = style
        return style


def cell_styles(rows: list[list[Cell]], widths: Sequence[float], padding: Padding,
                groups: Sequence[tuple[int, int]] = ()) -> list[list[CellStyle]]:
    """Each cell's style, row by row; a one-line paragraph cell of `rows` is replaced by its text, drawn
    as a string in the paragraph's font, size, leading, colour and alignment. Within a logical row of
    `groups` continued over several physical rows, no padding comes between its rows."""
    styles = CellStyles(padding)
    inner = [width - padding.left - padding.right for width in widths]
    tops, bottoms = [padding.top] * len(rows), [padding.bottom] * len(rows)
    for start, end in groups:
        for number in range(start, end):
            bottoms[number], tops[number + 1] = 0, 0
    out: list[list[CellStyle]] = []
    for row_number, row in enumerate(rows):
        top, bottom = tops[row_number], bottoms[row_number]
        plain = styles.get(top, bottom)
        row_styles = []
        for column, cell in enumerate(row):
            found = _one_line(cell, inner[column])
            if found is None:
                row_styles.append(plain)
                continue
            row[column], look = found
            row_styles.append(styles.get(top, bottom, look))
        out.append(row_styles)
    return out


_FILL_OPS: dict[tuple[float, float, float], str] = {}


def _set_font(text: Any, look: tuple[str, float, float]) -> None:
    """text.setFont(*look), its operator written once per document: a table switches font from cell to
    cell, and reportlab formats the same numbers each time. A TrueType font (a subset) takes the slow road."""
    font, size, leading = look
    if pdfmetrics.getFont(font)._dynamicFont:
        text.setFont(font, size, leading)
        return
    ops = text._canvas.__dict__.setdefault("_briefing_font_ops", {})  # per canvas: font names are per document
    op = ops.get(look)
    if op is None:
        op = ops[look] = f"{text._doc.getInternalFontName(font)} {fp_str(size)} Tf {fp_str(leading)} TL"
    text._fontname, text._fontsize, text._leading = font, size, leading
    text._code.append(op)


def _set_fill(text: Any, color: Any) -> None:
    """text.setFillColor(color), its operator formatted once per colour (an RGB colour; others take the
    slow road), the colour's alpha set as setFillColor sets it."""
    if type(color) is not Color or text._enforceColorSpace:
        text.setFillColor(color)
        return
    rgb = (color.red, color.green, color.blue)
    op = _FILL_OPS.get(rgb)
    if op is None:
        op = _FILL_OPS[rgb] = f"{fp_str(rgb)} rg"
    text._fillColorObj = color
    text._code.append(op)
    if color.alpha is not None:
        text.setFillAlpha(color.alpha)


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """fp_str of one number, remembered: a column's strings start at the same x on every row."""
    return fp_str(value)


def _set_origin(text: Any, x: float, y: float) -> None:
    """text.setTextOrigin(x, y) on a bottom-up canvas, each number formatted once (fp_str of two numbers
    is each one's, space-separated)."""
    if not text._canvas.bottomup:
        text.setTextOrigin(x, y)
        return
    text._code.append(f"1 0 0 1 {_number(x)} {_number(y)} Tm")
    text._x0 = text._x = x
    text._y0 = text._y = y


class StringRunTable(Table):
    """reportlab's Table, drawing each run of one-line string cells (no flowable cell between them) in
    one text object, where Table draws each with drawString (a text object, font and colour each); an
    empty cell draws nothing. The same text at the same places: the baseline is the top padding plus the
    font size below the cell's top, and a right-aligned string ends at the right padding. Its row
    heights are measured once (see _calc_height)."""

    _run: Any = None
    _run_look: tuple[str, float, float] | None = None
    _run_color: object = None

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        if (not isinstance(cellval, str) or "\n" in cellval or cellstyle.valign != "TOP"
                or cellstyle.alignment not in ("LEFT", "RIGHT") or cellstyle.href or cellstyle.destination
                or cellstyle.direction or cellstyle.shaping):
            self._end_run()
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        text = self._run
        if text is None:
            text = self._run = self.canv.beginText()
            self._run_look = self._run_color = None
        font, font_size = cellstyle.fontname, cellstyle.fontsize
        look = (font, font_size, cellstyle.leading)
        if look != self._run_look:
            _set_font(text, look)
            self._run_look = look
        if cellstyle.color != self._run_color:
            _set_fill(text, cellstyle.color)
            self._run_color = cellstyle.color
        (column_x, row_y), (width, height) = pos, size
        x = column_x + cellstyle.leftPadding
        if cellstyle.alignment == "RIGHT":
            x = column_x + width - cellstyle.rightPadding - stringWidth(cellval, font, font_size)
        _set_origin(text, x, row_y + height - cellstyle.topPadding - font_size)
        text.textOut(cellval)

    _heights: tuple[float, list[Any], list[float], float, int] | None = None

    def _calc_height(self, availHeight: float, availWidth: float, H: Any = None,  # noqa: N802, N803
                     W: Any = None) -> None:  # noqa: N803
        """The row heights, measured once: a frame wraps a table again and again (to see whether it fits,
        to split it, to draw it) and Table measures every cell each time. A measure of all the rows
        (not stopped at the foot of the frame) holds for any height."""
        known = self._heights
        if known is not None and known[0] == availWidth and W is None:
            _, heights, positions, self._height, self._hmax = known
            self._rowHeights, self._rowpositions = list(heights), list(positions)
            return
        super()._calc_height(availHeight, availWidth, H=H, W=W)
        if W is None and None not in self._rowHeights and self._hmax == len(self._rowHeights):
            self._heights = (availWidth, list(self._rowHeights), list(self._rowpositions), self._height,
                             self._hmax)

    def _end_run(self) -> None:
        if self._run is not None:
            self.canv.drawText(self._run)
            self._run = None

    def _drawLines(self) -> None:  # noqa: N802 - reportlab's name; drawn after every cell
        self._end_run()
        super()._drawLines()


_LINES: dict[tuple[bool, bool], TableStyle] = {}


def grid_style(groups: Sequence[tuple[int, int]], header: bool = True, zebra: bool = True) -> TableStyle:
    """A calm grid: a tinted header row, hairlines between logical rows, light banding (the padding and
    the alignment are the cells' own, see cell_styles). One shared style when no row is continued."""
    single = all(start == end for start, end in groups)
    if single and (header, zebra) in _LINES:
        return _LINES[header, zebra]
    commands: list[tuple[object, ...]] = []
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.35, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if single:
        first = 1 if header else 0
        commands.append(("LINEBELOW", (0, first), (-1, -1), 0.35, RULE))
        if zebra:
            # the white rows are the page itself: only the tinted ones are painted
            commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [None, ZEBRA_FILL]))
        _LINES[header, zebra] = TableStyle(commands)
        return _LINES[header, zebra]
    for number, (start, end) in enumerate(groups):
        commands.append(("LINEBELOW", (0, end), (-1, end), 0.35, RULE))
        if zebra and number % 2:
            commands.append(("BACKGROUND", (0, start), (-1, end), ZEBRA_FILL))
    return TableStyle(commands)


def grid_table(rows: Sequence[Sequence[Cell]], widths: Sequence[float], limit: float,
               header: bool = True) -> Table:
    """A banded table with a repeated header row whose rows each fit in `limit` points."""
    first = 1 if header else 0
    physical, groups = split_tall_rows(rows, widths, limit, GRID, first)
    styles = cell_styles(physical, widths, GRID, groups)
    table = StringRunTable(physical, colWidths=list(widths), repeatRows=first, hAlign="LEFT", cellStyles=styles)
    table.setStyle(grid_style(groups, header=header))
    return table


def facts_table(rows: Sequence[Sequence[Cell]], widths: Sequence[float], limit: float) -> Table:
    """Label/value pairs without rules; a very long value continues in extra rows."""
    physical, _ = split_tall_rows(rows, widths, limit, FACTS)
    return StringRunTable(physical, colWidths=list(widths), hAlign="LEFT",
                          cellStyles=cell_styles(physical, widths, FACTS))
