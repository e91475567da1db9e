"""The SQLite library of briefings: schema, migrations, reads and transactional writes."""

from briefing.store.errors import MigrationError, StoreError
from briefing.store.paths import DB_ENV, default_db_path, resolve_db_path
from briefing.store.schema import SCHEMA_VERSION
from briefing.store.store import BriefingRow, Store

__all__ = ["DB_ENV", "SCHEMA_VERSION", "BriefingRow", "MigrationError", "Store", "StoreError",
           "default_db_path", "resolve_db_path"]
