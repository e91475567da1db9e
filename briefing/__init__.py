"""Briefing: a local library of event briefings with search and printable PDFs."""

__version__ = "0.1.0"
APP_ID = "org.briefing.Briefing"
