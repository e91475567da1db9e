"""Fixtures for the export tests: the product sample, a Chinese briefing, and PDF text read back with pypdf."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.core import Briefing, Commitment, Participant, Source, Statement, load_file
from briefing.core.resources import SAMPLE_BRIEFING, resource_path

MARKUP_TRAPS = ['<b>bold</b> & <font name="x">', '<img src="/etc/passwd"/>', "<para>&amp; &#169;</para>"]


@pytest.fixture
def markup_traps() -> list[str]:
    return list(MARKUP_TRAPS)


@pytest.fixture
def sample() -> Briefing:
    return load_file(resource_path(SAMPLE_BRIEFING))[0]


@pytest.fixture
def cjk_briefing() -> Briefing:
    source = ("吉林省长春市与意大利艾米利亚-罗马涅大区举行视频会议。\n"
              "景俊海表示，吉林省高度重视与意大利的友好合作。\n"
              "双方将共同建设丝路电动汽车创新中心。")
    said = "景俊海表示，吉林省高度重视与意大利的友好合作。"
    pledge = "双方将共同建设丝路电动汽车创新中心。"
    return Briefing(
        title="吉林省长春市 video conference with Emilia-Romagna",
        event_date="2020-05-13",
        event_kind="video conference",
        places=["长春", "Bologna"],
        parties=["吉林省", "Emilia-Romagna"],
        summary="吉林省长春市与意大利举行视频会议 on automobile cooperation.",
        participants=[Participant(name="景俊海", title="吉林省省长", country="China", spoke=True),
                      Participant(name="Vincenzo Colla", title="regional councilor", country="Italy")],
        statements=[Statement(speaker="景俊海", text=said, kind="direct",
                              start=source.index(said), end=source.index(said) + len(said))],
        commitments=[Commitment(actor="双方", text=pledge, firmness="firm",
                                start=source.index(pledge), end=source.index(pledge) + len(pledge))],
        source=Source(outlet="吉林日报", text=source),
    )


@pytest.fixture
def trap_briefing(sample: Briefing) -> Briefing:
    """The sample with markup-looking strings in every field a user can type."""
    briefing = copy.deepcopy(sample)
    trap = " ".join(MARKUP_TRAPS)
    briefing.title = f"Talks {MARKUP_TRAPS[0]}"
    briefing.summary = f"Summary {trap}"
    briefing.places.append(MARKUP_TRAPS[1])
    briefing.participants[0].title = f"Governor {MARKUP_TRAPS[1]}"
    briefing.statements[0].text = f"He said {trap}"
    briefing.commitments[0].text = f"Build {trap}"
    briefing.commitments[0].notes = MARKUP_TRAPS[0]
    briefing.source.outlet = MARKUP_TRAPS[0]
    briefing.source.url = 'https://example.org/"><script>'
    briefing.source.text = f"Source paragraph {trap}"
    return briefing


@pytest.fixture
def read_pdf() -> Callable[[Path], tuple[PdfReader, list[str]]]:
    """(reader, text of each page) of a PDF file."""

    def read(path: Path) -> tuple[PdfReader, list[str]]:
        reader = PdfReader(str(path))
        return reader, [page.extract_text() or "" for page in reader.pages]

    return read


@pytest.fixture
def frame_lines() -> Callable[[bytes], list[list[str]]]:
    """Each page's lines inside the frame (no running header or footer), top first, read back with pypdf."""

    def lines(data: bytes) -> list[list[str]]:
        from pypdf.generic import RectangleObject

        from briefing.export.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP

        pages = []
        for page in PdfReader(io.BytesIO(data)).pages:
            runs: dict[float, list[tuple[float, str]]] = {}

            def visit(text: str, cm: list[float], tm: list[float], font: object, size: float, runs=runs) -> None:
                if text.strip():
                    y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
                    key = next((known for known in runs if abs(known - y) < 1.5), y)
                    runs.setdefault(key, []).append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text))

            page.extract_text(visitor_text=visit)
            height = float(RectangleObject(page.mediabox).height)
            inside = [(y, parts) for y, parts in runs.items() if MARGIN_BOTTOM - 2 <= y <= height - MARGIN_TOP + 2]
            pages.append([" ".join(t.strip() for _, t in sorted(parts)).strip()
                          for _, parts in sorted(inside, key=lambda item: -item[0])])
        return pages

    return lines
