"""Briefings to files: the output's suffix picks PDF, briefing/1 JSON, Markdown or a CSV of commitments."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from briefing.core import Briefing

EXPORT_SUFFIXES = (".pdf", ".json", ".md", ".csv")
PAGE_SIZES = ("A4", "Letter")


class ExportError(ValueError):
    """An export that cannot be written; the message says why in one sentence."""


def default_page_size() -> str:
    """'Letter' where the user's locale uses it, else 'A4'."""
    from briefing.export import default_page_size as locale_page_size

    return locale_page_size()


def export_briefings(briefings: Sequence[Briefing], path: Path, page_size: str | None = None) -> Path:
    """Write `briefings` to `path` in the format its suffix names; several briefings make one PDF book.

    Raises ExportError for an unknown suffix, an unknown page size or a file that cannot be written (a
    read-only file is never replaced)."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ExportError(f"{path.name}: the file name must end in .pdf, .json, .md or .csv")
    if page_size is not None and page_size not in PAGE_SIZES:
        raise ExportError(f"{page_size!r} is not a page size (A4 or Letter)")
    refuse_read_only(path)
    unique = list(briefings)
    from briefing import export  # the PDF modules load reportlab only when a PDF is written

    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        if suffix == ".json":
            export.export_json(unique, partial)
        elif suffix == ".md":
            export.export_markdown(unique, partial)
        elif suffix == ".csv":
            export.export_commitments_csv(unique, partial)
        else:
            export.export_pdf(unique, partial, page_size=page_size or default_page_size())
        _flush(partial)
        os.replace(partial, path)  # whole or not at all: a crash leaves the old file, or none
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from None
    return path


def refuse_read_only(path: Path) -> None:
    """ExportError when `path` is a file the user has made read-only or may not write: its mode has no
    write bit (which root could write anyway), or the system says no. A file not there yet is fine."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if stat.S_ISREG(mode) and (not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
                               or not os.access(path, os.W_OK)):
        raise ExportError(f"{path.name} is read-only; nothing was written")


def _flush(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def dumps_json(briefings: Sequence[Briefing]) -> str:
    """briefing/1 JSON text: one briefing as an object, several as a list."""
    from briefing.core import dumps

    return dumps(briefings[0] if len(briefings) == 1 else list(briefings))
