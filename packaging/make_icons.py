"""Render the app icon (resources/icons/org.briefing.Briefing.svg) for every platform.

    python packaging/make_icons.py            # hicolor PNGs + build/icons/Briefing.ico + Briefing.icns
    python packaging/make_icons.py --check    # exit 1 if a hicolor PNG is missing or has the wrong size

Outputs:
- resources/icons/hicolor/NxN/apps/org.briefing.Briefing.png for the hicolor sizes
  (committed: the app and `make install-desktop` use them; re-run this after editing the SVG);
- build/icons/Briefing.ico (Windows; PNG-compressed entries 16-256 px) and
  build/icons/Briefing.icns (macOS; PNG entries 16-1024 px), made at build time for PyInstaller.

This is a build tool, so it may import PySide6 (QtSvg renders the SVG); the ICO and ICNS
containers are written here directly, so no Pillow is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.briefing.Briefing"
ICONS_DIR = ROOT / "resources" / "icons"
SVG = ICONS_DIR / f"{APP_ID}.svg"
HICOLOR_DIR = ICONS_DIR / "hicolor"
BUILD_DIR = ROOT / "build" / "icons"

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types share a size with a 1x one).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def hicolor_png(size: int, base: Path = HICOLOR_DIR) -> Path:
    return base / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


class Renderer:
    """Renders one SVG to PNG bytes at any square size (QtSvg, offscreen)."""

    def __init__(self, svg: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtSvg import QSvgRenderer
        from PySide6.QtWidgets import QApplication

        # a QApplication (not a QGuiApplication): a process that renders icons may build widgets later
        self._app = QApplication.instance() or QApplication([sys.argv[0]])
        self._renderer = QSvgRenderer(str(svg))
        if not self._renderer.isValid():
            raise SystemExit(f"{svg}: not a valid SVG")
        self._cache: dict[int, bytes] = {}

    def png(self, size: int) -> bytes:
        if size not in self._cache:
            self._cache[size] = self._render(size)
        return self._cache[size]

    def _render(self, size: int) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
        from PySide6.QtGui import QImage, QPainter

        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def ico_bytes(pngs: Iterable[bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later read these)."""
    images = sorted(pngs, key=lambda data: png_size(data)[0])
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, payload = b"", b""
    for data in images:
        width, height = png_size(data)
        directory += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + directory + payload


def icns_bytes(entries: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns of (type, PNG data) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def check(base: Path = HICOLOR_DIR) -> list[str]:
    """Problems with the hicolor PNGs under base (missing, not PNG, wrong size); empty when all is well."""
    problems = []
    for size in HICOLOR_SIZES:
        path = hicolor_png(size, base)
        if not path.is_file():
            problems.append(f"{path}: missing")
            continue
        try:
            found = png_size(path.read_bytes())
        except ValueError:
            problems.append(f"{path}: not a PNG")
            continue
        if found != (size, size):
            problems.append(f"{path}: {found[0]}x{found[1]}, expected {size}x{size}")
    return problems


def build(svg: Path = SVG, png_dir: Path = HICOLOR_DIR, out_dir: Path | None = BUILD_DIR) -> list[Path]:
    """Render the PNGs (and, with out_dir, the .ico and .icns); returns the files it changed."""
    renderer = Renderer(svg)
    changed = []
    for size in HICOLOR_SIZES:
        path = hicolor_png(size, png_dir)
        if write_if_changed(path, renderer.png(size)):
            changed.append(path)
    if out_dir is not None:
        ico = ico_bytes(renderer.png(size) for size in ICO_SIZES)
        icns = icns_bytes((kind, renderer.png(size)) for kind, size in ICNS_TYPES)
        for path, data in ((out_dir / "Briefing.ico", ico), (out_dir / "Briefing.icns", icns)):
            if write_if_changed(path, data):
                changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--png-dir", type=Path, default=HICOLOR_DIR, help="hicolor folder to fill")
    parser.add_argument("--out-dir", type=Path, default=BUILD_DIR, help="where Briefing.ico/.icns go")
    parser.add_argument("--no-platform", action="store_true", help="PNGs only, no .ico/.icns")
    parser.add_argument("--check", action="store_true", help="only check the PNGs under --png-dir")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.png_dir)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    changed = build(args.svg, args.png_dir, None if args.no_platform else args.out_dir)
    for path in changed:
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    if not changed:
        print("icons up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
