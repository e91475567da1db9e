"""The store's errors: every problem with a library file is a StoreError with a message for the user."""


class StoreError(RuntimeError):
    """A library that cannot be opened or a briefing that does not exist."""


class MigrationError(StoreError):
    """The library file is from a newer version of the app, or a migration failed."""
