"""Exports of briefings: a printable PDF (one briefing or a book), briefing/1 JSON, Markdown and a CSV of commitments.

The PDF modules load reportlab, so they are imported on first use: `default_page_size`, the
text exports and the CSV stay light."""

from __future__ import annotations

from typing import Any

from briefing.export.commitments_csv import commitments_csv_text, export_commitments_csv
from briefing.export.paper import default_page_size
from briefing.export.text import export_json, export_markdown, markdown_text

_PDF_NAMES = {"export_pdf": "briefing.export.pdf", "render_pdf": "briefing.export.pdf",
              "PAGE_SIZES": "briefing.export.pdf_styles"}

__all__ = [
    "PAGE_SIZES", "commitments_csv_text", "default_page_size", "export_commitments_csv", "export_json",
    "export_markdown", "export_pdf", "markdown_text", "render_pdf",
]


def __getattr__(name: str) -> Any:
    if name in _PDF_NAMES:
        import importlib

        return getattr(importlib.import_module(_PDF_NAMES[name]), name)
    raise AttributeError(f"module 'briefing.export' has no attribute {name!r}")
