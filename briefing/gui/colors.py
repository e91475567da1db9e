"""Speaker and highlight colours from the palette, readable light and dark; none of ours in high contrast."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

# Hues spread around the wheel so neighbouring speakers differ clearly.
HUES = (45, 150, 285, 190, 345, 95, 20, 230, 120, 315)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def luminance(color: QColor) -> float:
    """WCAG relative luminance of a colour (0 black … 1 white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """`share` of `first` and the rest of `second`."""
    rest = 1.0 - share
    return QColor.fromRgbF(first.redF() * share + second.redF() * rest, first.greenF() * share + second.greenF() * rest,
                           first.blueF() * share + second.blueF() * rest)


HIGH_CONTRAST = 19.0  # text this far from its background on one colour for both: a high-contrast theme


def is_high_contrast(palette: QPalette) -> bool:
    """The system asks for high contrast (Qt's accessibility hint), or the palette is one: its colours
    are the user's, and the app adds none of its own."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        hints = QGuiApplication.styleHints()  # held: the accessibility hints live only as long as it does
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return True
    roles = QPalette.ColorRole
    return palette.color(roles.Window) == palette.color(roles.Base) \
        and contrast(palette.color(roles.Text), palette.color(roles.Base)) >= HIGH_CONTRAST \
        and contrast(palette.color(roles.WindowText), palette.color(roles.Window)) >= HIGH_CONTRAST


# Neighbouring speakers alternate between two luminances, so they differ in lightness, not by hue alone
# (WCAG 1.4.1); text keeps at least 4.5:1 on both.
SPEAKER_LUMINANCES = {False: (0.80, 0.55), True: (0.035, 0.12)}  # light palettes, dark palettes


def _with_luminance(hue: int, saturation: int, target: float) -> QColor:
    """The colour of this hue and saturation whose relative luminance is nearest `target`."""
    low, high = 0, 255
    while low < high:
        middle = (low + high) // 2
        if luminance(QColor.fromHsl(hue, saturation, middle)) < target:
            low = middle + 1
        else:
            high = middle
    return QColor.fromHsl(hue, saturation, low)


def speaker_color(index: int, palette: QPalette) -> QColor:
    """A background tint for the index-th speaker: light pastel on light bases, deep on dark ones."""
    hue = HUES[index % len(HUES)]
    if is_high_contrast(palette):  # no tints of our own: the legend and the caret line name speakers
        return palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    return _with_luminance(hue, 110 if dark else 190, SPEAKER_LUMINANCES[dark][index % 2])


def speaker_colors(speakers: Sequence[str], palette: QPalette) -> dict[str, QColor]:
    return {name: speaker_color(index, palette) for index, name in enumerate(speakers)}


def commitment_color(palette: QPalette) -> QColor:
    """Underline colour of commitments: strong enough against both the base and speaker tints."""
    if is_high_contrast(palette):
        return palette.color(QPalette.ColorRole.Text)
    return QColor.fromHsl(18, 230, 170) if is_dark(palette) else QColor.fromHsl(18, 220, 95)


def warning_text(palette: QPalette) -> QColor:
    """Amber text for a notice on the window background, readable in light and dark palettes."""
    if is_high_contrast(palette):
        return palette.color(QPalette.ColorRole.WindowText)
    return QColor.fromHsl(36, 230, 165) if is_dark(palette) else QColor.fromHsl(28, 255, 72)


def flash_color(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    if not is_high_contrast(palette):
        color.setAlpha(150)
    return color


def secondary_text(palette: QPalette, on_window: bool = False) -> QColor:
    """Muted text that keeps enough contrast in both palettes (on Base, or on Window)."""
    roles = QPalette.ColorRole
    text = palette.color(roles.WindowText if on_window else roles.Text)
    if is_high_contrast(palette):
        return QColor(text)
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
    if is_high_contrast(palette):
        return palette.color(QPalette.ColorRole.Base)
    if hue is None:  # title, summary, source: plain "text" hits in a neutral grey
        return QColor.fromHsl(0, 0, 80) if is_dark(palette) else QColor.fromHsl(0, 0, 226)
    if is_dark(palette):
        return QColor.fromHsl(hue, 100, 72)
    return QColor.fromHsl(hue, 170, 222)


def match_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a matched search word: a saturated marker that stands out from speaker tints."""
    if is_high_contrast(palette):
        return palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.HighlightedText)
    if is_dark(palette):
        return QColor.fromHsl(44, 255, 138), QColor("#141414")
    return QColor.fromHsl(50, 255, 150), QColor("#000000")
