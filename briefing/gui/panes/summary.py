"""The Summary tab: key facts, the summary, outcomes (firm commitments) and the source."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.core.outcomes import outcome_text
from briefing.core.review import missing_date, topic_tags
from briefing.gui.colors import secondary_text
from briefing.gui.formatting import esc, joined, long_date, plural
from briefing.gui.marks import QueryHighlighter
from briefing.library.search_terms import MatchTerm


def _facts_table(rows: list[tuple[str, str]], muted: str) -> str:
    cells = "".join(
        f"<tr><td style='color:{muted}; padding:2px 16px 2px 0'>{esc(label)}</td>"
        f"<td style='padding:2px 0'>{esc(value)}</td></tr>"
        for label, value in rows if value)
    return f"<table cellspacing='0'>{cells}</table>" if cells else ""


def summary_html(briefing: Briefing, muted: str) -> str:
    """The pane's document; colours come from the palette except the muted label colour passed in."""
    parts = ["<h3>Key facts</h3>", _facts_table([
        ("Date", long_date(briefing.event_date) or missing_date(briefing.tags)),
        ("Kind", briefing.event_kind or ""),
        ("Places", joined(briefing.places)),
        ("Parties", joined(briefing.parties)),
        ("Tags", joined(topic_tags(briefing.tags))),
        ("People", ", ".join(p.name for p in briefing.participants if p.attended)),
    ], muted)]
    parts.append("<h3>Summary</h3>")
    parts.append(f"<p style='line-height:125%'>{esc(briefing.summary)}</p>" if briefing.summary
                 else f"<p style='color:{muted}'>No summary yet.</p>")
    firm = [c for c in briefing.commitments if c.firmness == "firm"]
    parts.append("<h3>Outcomes</h3>")
    if firm:
        items = "".join(
            f"<li><b>{esc(c.actor)}</b>: {esc(outcome_text(briefing, c))}"
            + (f" <span style='color:{muted}'>(due {esc(long_date(c.due))})</span>" if c.due else "")
            + "</li>" for c in firm)
        parts.append(f"<ul style='margin-left:-16px'>{items}</ul>")
    else:
        parts.append(f"<p style='color:{muted}'>No firm commitments recorded.</p>")
    others = [plural(sum(1 for c in briefing.commitments if c.firmness == kind), kind)
              for kind in ("proposal", "hope")]
    others = [text for text in others if not text.startswith("0 ")]
    if others:
        parts.append(f"<p style='color:{muted}'>Not yet firm: {' and '.join(others)} "
                     "(see Commitments).</p>")
    source = briefing.source
    url = (f"<a href='{esc(source.url)}'>{esc(source.url)}</a>" if source.url else "")
    parts.append("<h3>Source</h3>")
    rows = [("Outlet", source.outlet or ""), ("Published", long_date(source.published)),
            ("Credit", source.credit or "")]
    table = _facts_table(rows, muted)
    if url:
        table += f"<p><span style='color:{muted}'>Address</span>&nbsp;&nbsp;{url}</p>"
    parts.append(table or f"<p style='color:{muted}'>No source details recorded.</p>")
    return "\n".join(parts)


class SummaryPane(QWidget):
    """Read-only rich text; re-rendered when the palette changes so muted colours stay readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._briefing: Briefing | None = None
        self.marks = QueryHighlighter(self.browser.document(), self.palette())

    def mark_terms(self, terms: list[MatchTerm]) -> None:
        """Highlight these words of the active search (none: no highlights)."""
        self.marks.set_terms(terms)

    def show_briefing(self, briefing: Briefing | None) -> None:
        self._briefing = briefing
        self._render()

    def text(self) -> str:
        return self.browser.toPlainText()

    def _render(self) -> None:
        if self._briefing is None:
            self.browser.clear()
            return
        muted = secondary_text(self.palette()).name()
        self.browser.setHtml(summary_html(self._briefing, muted))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.marks.set_palette(self.palette())
            self._render()
        super().changeEvent(event)
