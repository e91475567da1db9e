"""PDF fonts: standard Latin fonts and embedded TrueType fonts for other scripts (CJK bundled), switched per run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefing.core.resources import resources_dir
from briefing.export.common import clean

SERIF, SERIF_BOLD, SERIF_ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"
SANS, SANS_BOLD, SANS_ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

CJK_FONT_ENV = "BRIEFING_CJK_FONT"
"""A .ttf/.ttc path of a TrueType font to use first for Chinese, Japanese and Korean text."""

BUNDLED_CJK_FONT = "wqy-microhei.ttc"
"""resources/fonts/: WenQuanYi Micro Hei (Apache-2.0), TrueType outlines for Chinese, kana and Hangul."""


class MissingFontError(ValueError):
    """No font can print some text of the export: one sentence that names what is missing."""

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
CJK_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/TTF/wqy-zenhei.ttc",
    "/usr/share/fonts/TTF/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    str(_WINDOWS_FONTS / "msyh.ttc"),
    str(_WINDOWS_FONTS / "msyh.ttf"),
    str(_WINDOWS_FONTS / "simsun.ttc"),
    str(_WINDOWS_FONTS / "simhei.ttf"),
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
]
"""Where common systems keep a CJK font, used when the bundled one lacks a character (or is gone);
CFF-outline files fail to register and are skipped."""

WIDE_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    (str(_WINDOWS_FONTS / "arial.ttf"), str(_WINDOWS_FONTS / "arialbd.ttf")),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
]
"""Unicode fonts for letters the standard (WinAnsi) fonts lack: ł, ő, č, Cyrillic, Greek..."""

_WIN_ANSI = bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
_OUTSIDE_BASE = re.compile("[^\x00-\x7f" + re.escape(_WIN_ANSI) + "]+")
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff"
    "\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]+"
)



def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese, Japanese or Korean characters (lines may then break between any two)."""
    return _CJK.search(text) is not None


Run = tuple[str | None, str]
"""(font name, text): None stands for the paragraph's own (standard Latin) font."""


def _register_family(name: str, bold: str | None = None) -> None:
    for is_bold in (0, 1):
        for is_italic in (0, 1):
            addMapping(name, is_bold, is_italic, (bold or name) if is_bold else name)


@cache
def register_truetype(path: str, probe: str = "\u4e2d") -> str | None:
    """Register the TrueType font at `path` (first face of a .ttc) if it has a glyph for `probe`; its name."""
    if not Path(path).is_file():
        return None
    name = "BriefingFont-" + re.sub(r"[^A-Za-z0-9]+", "-", Path(path).stem)
    try:
        font = TTFont(name, path, subfontIndex=0)
    except Exception:  # CFF outlines, broken or unreadable files: try the next candidate
        return None
    if ord(probe) not in font.face.charToGlyph:
        return None
    pdfmetrics.registerFont(font)
    _register_family(name)
    return name


def _fontconfig_cjk_files() -> list[str]:
    if not shutil.which("fc-list"):
        return []
    try:
        result = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=3)
    except (OSError, subprocess.SubprocessError):
        return []
    files = [line.split(":")[0].strip() for line in result.stdout.splitlines() if line.strip()]
    return sorted(set(files), key=lambda f: (not f.lower().endswith((".ttf", ".ttc")), f))


def _bundled(pattern: str) -> list[str]:
    folder = resources_dir() / "fonts"
    return sorted(str(p) for p in folder.glob(pattern)) if folder.is_dir() else []


@cache
def system_cjk_font() -> str | None:
    """The registered name of the first CJK TrueType font the system has, None when it has none."""
    candidates: Iterable[str] = CJK_CANDIDATES
    if sys.platform.startswith("linux"):
        candidates = [*CJK_CANDIDATES, *_fontconfig_cjk_files()]
    for path in candidates:
        name = register_truetype(path)
        if name:
            return name
    return None


@cache
def cjk_fonts(setting: str = "") -> tuple[str, ...]:
    """Registered CJK TrueType fonts, first choice first: the font `setting` names, then the bundled one
    (the system's only when neither is there). Raises MissingFontError when there is none, or when
    `setting` names no usable font."""
    names: list[str] = []
    if setting.strip():
        name = register_truetype(setting.strip())
        if name is None:
            raise MissingFontError(
                f"{CJK_FONT_ENV} names {setting.strip()!r}, which is not a TrueType font (.ttf or .ttc) with "
                f"Chinese characters: point it to one, or unset it to use the font that comes with Briefing")
        names.append(name)
    names += [name for name in map(register_truetype, _bundled("*.tt[fc]")) if name and name not in names]
    if not names:
        system = system_cjk_font()
        if system is None:
            raise MissingFontError(
                f"No font for Chinese, Japanese or Korean text was found: {BUNDLED_CJK_FONT} is missing from "
                f"{resources_dir() / 'fonts'} and the system has none; reinstall Briefing or set "
                f"{CJK_FONT_ENV} to a TrueType font (.ttf or .ttc)")
        names.append(system)
    return tuple(names)


def cjk_truetype(setting: str = "") -> str | None:
    """The registered name of the first CJK font (see cjk_fonts), None when there is none."""
    try:
        return cjk_fonts(setting)[0]
    except MissingFontError:
        return None


@lru_cache(maxsize=1)
def wide_fonts() -> tuple[str, str] | None:
    """(regular, bold) registered names of a Unicode Latin/Cyrillic/Greek font, None when none is found."""
    for regular_path, bold_path in WIDE_CANDIDATES:
        regular = register_truetype(regular_path, probe="\u0142")
        if regular:
            bold = register_truetype(bold_path, probe="\u0142") or regular
            _register_family(regular, bold)
            return regular, bold
    return None


class FontChooser:
    """Picks a font for each run of text the standard fonts cannot show; one per export."""

    def __init__(self, cjk_setting: str | None = None) -> None:
        self.cjk_setting = os.environ.get(CJK_FONT_ENV, "") if cjk_setting is None else cjk_setting
        self._cache: dict[tuple[str, bool], str | None] = {}

    def cjk_fonts(self) -> tuple[str, ...]:
        """The CJK fonts of this export, first choice first; MissingFontError when there is none."""
        return cjk_fonts(self.cjk_setting)

    def _has_glyph(self, font: str, char: str) -> bool:
        face = getattr(pdfmetrics.getFont(font), "face", None)
        return face is not None and ord(char) in face.charToGlyph

    def _choose(self, char: str, bold: bool) -> str | None:
        if _CJK.match(char):
            fonts = self.cjk_fonts()
            found = next((font for font in fonts if self._has_glyph(font, char)), None)
            if found is None:
                system = system_cjk_font()
                found = system if system and self._has_glyph(system, char) else fonts[0]
            return found  # a character no font has: the first font's empty box, embedded all the same
        wide = wide_fonts()
        if wide and self._has_glyph(wide[bold], char):
            return wide[bold]
        try:
            fonts = self.cjk_fonts()
        except MissingFontError:
            return None
        return next((font for font in fonts if self._has_glyph(font, char)), None)

    def font_for(self, char: str, bold: bool = False) -> str | None:
        key = (char, bold)
        if key not in self._cache:
            self._cache[key] = self._choose(char, bold)
        return self._cache[key]

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """`text` cut into runs by the font each needs."""
        out: list[Run] = []

        def add(font: str | None, piece: str) -> None:
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + piece)
            else:
                out.append((font, piece))

        pos = 0
        for match in _OUTSIDE_BASE.finditer(text):
            if match.start() > pos:
                add(None, text[pos:match.start()])
            for char in match.group():
                add(self.font_for(char, bold), char)
            pos = match.end()
        if pos < len(text):
            add(None, text[pos:])
        return out

    def markup(self, text: str | None, bold: bool = False) -> str:
        """`text` escaped for a Paragraph, with runs the standard font lacks wrapped in <font name=...>."""
        escaped = escape(clean(text))
        if escaped.isascii() or not _OUTSIDE_BASE.search(escaped):
            return escaped
        return "".join(piece if font is None else f'<font name="{font}">{piece}</font>'
                       for font, piece in self.runs(escaped, bold))

    def string_width(self, text: str, font: str, size: float, bold: bool = False) -> float:
        return sum(pdfmetrics.stringWidth(piece, f or font, size) for f, piece in self.runs(text, bold))

    def fit(self, text: str, font: str, size: float, width: float, bold: bool = False) -> str:
        """`text` shortened with an ellipsis to fit `width` points."""
        if self.string_width(text, font, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.string_width(text[:middle].rstrip() + "\u2026", font, size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "\u2026"

    def draw(self, canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
             align: str = "left", bold: bool = False) -> None:
        """Draw one line on a reportlab canvas, switching fonts per run; align is left, right or centre."""
        if align == "right":
            x -= self.string_width(text, font, size, bold)
        elif align == "centre":
            x -= self.string_width(text, font, size, bold) / 2
        line = canvas.beginText(x, y)  # one text object, so readers extract it as one line
        for run_font, piece in self.runs(text, bold):
            line.setFont(run_font or font, size)
            line.textOut(piece)
        canvas.drawText(line)
