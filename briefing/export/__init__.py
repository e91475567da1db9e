"""Exports of briefings: a printable PDF (one briefing or a book), briefing/1 JSON and Markdown.

The PDF modules load reportlab, so they are imported on first use: `default_page_size` and the
text exports stay light."""

from __future__ import annotations

from typing import Any

from briefing.export.paper import default_page_size
from briefing.export.text import export_json, export_markdown, markdown_text

_PDF_NAMES = {"export_pdf": "briefing.export.pdf", "render_pdf": "briefing.export.pdf",
              "PAGE_SIZES": "briefing.export.pdf_styles"}

__all__ = [
    "PAGE_SIZES", "default_page_size", "export_json", "export_markdown", "export_pdf", "markdown_text",
    "render_pdf",
]


def __getattr__(name: str) -> Any:
    if name in _PDF_NAMES:
        import importlib

        return getattr(importlib.import_module(_PDF_NAMES[name]), name)
    raise AttributeError(f"module 'briefing.export' has no attribute {name!r}")
