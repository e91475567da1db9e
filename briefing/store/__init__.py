"""The SQLite library of briefings: schema, migrations, reads and transactional writes."""

from briefing.store.errors import MigrationError, StoreError
from briefing.store.schema import SCHEMA_VERSION
from briefing.store.store import BriefingRow, Store

__all__ = ["SCHEMA_VERSION", "BriefingRow", "MigrationError", "Store", "StoreError"]
