"""Exports of briefings: a printable PDF (one briefing or a book), briefing/1 JSON and Markdown."""

from briefing.export.pdf import export_pdf, render_pdf
from briefing.export.pdf_styles import PAGE_SIZES, default_page_size
from briefing.export.text import export_json, export_markdown, markdown_text

__all__ = [
    "PAGE_SIZES", "default_page_size", "export_json", "export_markdown", "export_pdf", "markdown_text",
    "render_pdf",
]
