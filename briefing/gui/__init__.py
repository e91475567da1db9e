"""The PySide6 desktop window: a thin client over briefing.library (importing this package loads no Qt)."""
