"""The app icon: every hicolor size is there, and the ICO/ICNS writers make sound containers."""

from __future__ import annotations

import struct
from pathlib import Path
from types import ModuleType

import pytest

import briefing

HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def test_every_hicolor_size_is_there(make_icons: ModuleType) -> None:
    assert tuple(make_icons.HICOLOR_SIZES) == HICOLOR
    assert make_icons.APP_ID == briefing.APP_ID
    assert make_icons.check() == []


def test_check_reports_a_missing_or_wrong_size(make_icons: ModuleType, tmp_path: Path) -> None:
    source = make_icons.hicolor_png(32)
    for size in HICOLOR:
        target = make_icons.hicolor_png(size, tmp_path)
        target.parent.mkdir(parents=True)
        target.write_bytes(source.read_bytes())
    make_icons.hicolor_png(16, tmp_path).unlink()
    problems = make_icons.check(tmp_path)
    assert len(problems) == len(HICOLOR) - 1  # one missing, seven of the wrong size (32 is right)
    assert any("missing" in p for p in problems) and any("expected 48x48" in p for p in problems)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.packaging.conftest import load_make_icons

    out = tmp_path_factory.mktemp("icons")
    load_make_icons().build(png_dir=out / "hicolor", out_dir=out)
    return out


def test_rendering_matches_the_committed_pngs(make_icons: ModuleType, rendered: Path) -> None:
    """Catches an SVG edited without re-running make_icons.py (small anti-aliasing changes pass)."""
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        fresh = QImage(str(make_icons.hicolor_png(size, rendered / "hicolor")))
        kept = QImage(str(make_icons.hicolor_png(size)))
        assert (fresh.width(), kept.width()) == (size, size)
        fresh_bytes = fresh.convertToFormat(QImage.Format.Format_RGBA8888).constBits().tobytes()
        kept_bytes = kept.convertToFormat(QImage.Format.Format_RGBA8888).constBits().tobytes()
        mean_difference = sum(abs(a - b) for a, b in zip(fresh_bytes, kept_bytes)) / len(kept_bytes)
        assert mean_difference < 2.0, f"{size}px differs from the SVG: run python packaging/make_icons.py"


def test_ico_holds_png_entries_of_each_size(make_icons: ModuleType, rendered: Path) -> None:
    data = (rendered / "Briefing.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        image = data[offset:offset + length]
        assert image.startswith(b"\x89PNG") and (planes, bits) == (1, 32)
        size = make_icons.png_size(image)[0]
        assert width == size % 256 and height == size % 256
        sizes.append(size)
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)
    assert 256 in sizes and 16 in sizes


def test_icns_holds_png_entries(make_icons: ModuleType, rendered: Path) -> None:
    data = (rendered / "Briefing.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        image = data[position + 8:position + length]
        assert image.startswith(b"\x89PNG")
        found[kind] = make_icons.png_size(image)[0]
        position += length
    assert position == len(data)
    assert found == {kind: size for kind, size in make_icons.ICNS_TYPES}
    assert found[b"ic10"] == 1024 and found[b"ic07"] == 128
