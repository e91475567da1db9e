"""The product: one Qt-free Library that the window and the command line both drive."""

from briefing.library.articles import ARTICLE_SUFFIXES, ArticleResult, is_article, is_interchange
from briefing.library.claim import COMMAND, WINDOW, Claim, ClaimError, Holder
from briefing.library.duplicates import Duplicate
from briefing.library.edit_commands import Edit
from briefing.library.errors import DamagedLibraryError, LibraryError, damage_sentence
from briefing.library.exporting import EXPORT_SUFFIXES, PAGE_SIZES, ExportError, default_page_size, export_briefings
from briefing.library.importing import ImportResult
from briefing.library.library import Library
from briefing.library.paths import DB_ENV, default_db_path, library_key, resolve_db_path, short_path
from briefing.library.values import EditError
from briefing.store import SCHEMA_VERSION, BriefingRow, MigrationError, StoreError
from briefing.store.search import Hit, SearchResult

__all__ = [
    "ARTICLE_SUFFIXES", "COMMAND", "DB_ENV", "EXPORT_SUFFIXES", "PAGE_SIZES", "SCHEMA_VERSION", "WINDOW",
    "ArticleResult", "BriefingRow", "Claim", "ClaimError", "DamagedLibraryError", "Duplicate", "Edit", "EditError",
    "ExportError", "Hit", "Holder", "ImportResult", "Library", "LibraryError", "MigrationError", "SearchResult",
    "StoreError", "damage_sentence", "default_db_path", "default_page_size", "export_briefings", "is_article",
    "is_interchange", "library_key", "resolve_db_path", "short_path",
]
