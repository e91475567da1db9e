"""Speaker and highlight colours derived from the palette, so they read in light and dark themes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

# Hues spread around the wheel so neighbouring speakers differ clearly.
HUES = (45, 150, 285, 190, 345, 95, 20, 230, 120, 315)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def speaker_color(index: int, palette: QPalette) -> QColor:
    """A background tint for the index-th speaker: light pastel on light bases, deep on dark ones."""
    hue = HUES[index % len(HUES)]
    if is_dark(palette):
        return QColor.fromHsl(hue, 110, 62)
    return QColor.fromHsl(hue, 190, 214)


def speaker_colors(speakers: Sequence[str], palette: QPalette) -> dict[str, QColor]:
    return {name: speaker_color(index, palette) for index, name in enumerate(speakers)}


def commitment_color(palette: QPalette) -> QColor:
    """Underline colour of commitments: strong enough against both the base and speaker tints."""
    return QColor.fromHsl(18, 230, 170) if is_dark(palette) else QColor.fromHsl(18, 220, 95)


def warning_text(palette: QPalette) -> QColor:
    """Amber text for a notice on the window background, readable in light and dark palettes."""
    return QColor.fromHsl(36, 230, 165) if is_dark(palette) else QColor.fromHsl(28, 255, 72)


def flash_color(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlpha(150)
    return color


def secondary_text(palette: QPalette, on_window: bool = False) -> QColor:
    """Muted text that keeps enough contrast in both palettes (on Base, or on Window)."""
    roles = QPalette.ColorRole
    text = palette.color(roles.WindowText if on_window else roles.Text)
    base = palette.color(roles.Window if on_window else roles.Base)
    return QColor((text.red() * 2 + base.red()) // 3, (text.green() * 2 + base.green()) // 3,
                  (text.blue() * 2 + base.blue()) // 3)


def swatch(color: QColor, palette: QPalette, size: int = 12) -> QIcon:
    """A small filled square with a frame, used as the speaker's legend and tree decoration."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(color)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


# Hues of the hit types in the search results: statements blue, commitments orange, people green.
KIND_HUES = {"statement": 210, "commitment": 28, "participant": 135}


def kind_color(kind: str, palette: QPalette) -> QColor:
    """The chip behind a hit's type; text in the palette's Text colour stays readable on it."""
    hue = KIND_HUES.get(kind)
    if hue is None:  # title, summary, source: plain "text" hits in a neutral grey
        return QColor.fromHsl(0, 0, 80) if is_dark(palette) else QColor.fromHsl(0, 0, 226)
    if is_dark(palette):
        return QColor.fromHsl(hue, 100, 72)
    return QColor.fromHsl(hue, 170, 222)


def match_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a matched search word: a saturated marker that stands out from speaker tints."""
    if is_dark(palette):
        return QColor.fromHsl(44, 255, 138), QColor("#141414")
    return QColor.fromHsl(50, 255, 150), QColor("#000000")
