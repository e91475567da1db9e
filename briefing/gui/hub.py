"""The signal hub: panes and the window announce things here instead of holding each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    """One per window. Emitters do not know who listens; listeners do not know who emits."""

    # The briefing shown in the detail panes changed (its id, or -1 for none).
    briefing_shown = Signal(int)
    # A pane asks to point the Source pane at [start, end) of the original text; `reveal`
    # also asks the window to bring the Source tab to the front.
    source_span_requested = Signal(int, int, bool)
    # The library was written to (import, delete, edit); lists and counts should refresh.
    library_changed = Signal()
    # The window now shows another library file (its new Store; the old one is closed): anything
    # that kept the old Store should take this one and drop what it showed.
    library_replaced = Signal(object)
    # The active search changed (its query text, or "" when the search was cleared); panes mark
    # the query's words where they occur.
    search_changed = Signal(str)
    # A short message for the status bar.
    status_message = Signal(str)
    # Article files (.txt .md .html .docx .pdf; list of Path) to read and extract into drafts to review.
    import_articles = Signal(list)
