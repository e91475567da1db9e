"""The product: one Qt-free Library that the window and the command line both drive.

Each name below is imported from its module when first used (PEP 562), so `from briefing.library
import Library` loads the Library and what it needs, not importing, exporting or claims as well."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "briefing.library.articles": ("ARTICLE_SUFFIXES", "ArticleResult", "is_article", "is_interchange",
                                  "regions_known"),
    "briefing.library.claim": ("COMMAND", "WINDOW", "Claim", "ClaimError", "Holder"),
    "briefing.library.duplicates": ("Duplicate",),
    "briefing.library.edit_commands": ("Edit",),
    "briefing.library.errors": ("DamagedLibraryError", "LibraryError", "damage_sentence"),
    "briefing.library.exporting": ("EXPORT_SUFFIXES", "PAGE_SIZES", "ExportError", "default_page_size",
                                   "export_briefings"),
    "briefing.library.importing": ("ImportResult",),
    "briefing.library.library": ("Library",),
    "briefing.library.paths": ("DB_ENV", "default_db_path", "library_key", "resolve_db_path", "short_path"),
    "briefing.library.values": ("EditError",),
    "briefing.store": ("SCHEMA_VERSION", "BriefingRow", "MigrationError", "StoreError"),
    "briefing.store.search": ("Hit", "SearchResult"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "ARTICLE_SUFFIXES", "COMMAND", "DB_ENV", "EXPORT_SUFFIXES", "PAGE_SIZES", "SCHEMA_VERSION", "WINDOW",
    "ArticleResult", "BriefingRow", "Claim", "ClaimError", "DamagedLibraryError", "Duplicate", "Edit", "EditError",
    "ExportError", "Hit", "Holder", "ImportResult", "Library", "LibraryError", "MigrationError", "SearchResult",
    "StoreError", "damage_sentence", "default_db_path", "default_page_size", "export_briefings", "is_article",
    "is_interchange", "library_key", "regions_known", "resolve_db_path", "short_path",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # what type checkers and editors see: the names, as before
    from briefing.library.articles import ARTICLE_SUFFIXES, ArticleResult, is_article, is_interchange, regions_known
    from briefing.library.claim import COMMAND, WINDOW, Claim, ClaimError, Holder
    from briefing.library.duplicates import Duplicate
    from briefing.library.edit_commands import Edit
    from briefing.library.errors import DamagedLibraryError, LibraryError, damage_sentence
    from briefing.library.exporting import (
        EXPORT_SUFFIXES,
        PAGE_SIZES,
        ExportError,
        default_page_size,
        export_briefings,
    )
    from briefing.library.importing import ImportResult
    from briefing.library.library import Library
    from briefing.library.paths import DB_ENV, default_db_path, library_key, resolve_db_path, short_path
    from briefing.library.values import EditError
    from briefing.store import SCHEMA_VERSION, BriefingRow, MigrationError, StoreError
    from briefing.store.search import Hit, SearchResult
