"""The Source tab: the original text verbatim, each statement and commitment highlighted in place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from briefing.core import Briefing
from briefing.gui.colors import commitment_color, flash_color, secondary_text, speaker_colors
from briefing.gui.formatting import OffsetMap, esc
from briefing.gui.marks import QueryHighlighter
from briefing.gui.panes.when_shown import RenderedWhenShown
from briefing.library.search_terms import MatchTerm, match_spans

FLASH_MS = 900


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    speaker: str | None  # a statement's speaker; None for a commitment
    label: str


def _spans(briefing: Briefing) -> list[_Span]:
    spans = []
    for s in briefing.statements:
        if s.start is not None and s.end is not None and s.end > s.start:
            kind = "direct quote" if s.kind == "direct" else "reported"
            spans.append(_Span(s.start, s.end, s.speaker, f"{s.speaker} ({kind})"))
    for c in briefing.commitments:
        if c.start is not None and c.end is not None and c.end > c.start:
            spans.append(_Span(c.start, c.end, None,
                               f"Commitment of {c.actor}" + (f" ({c.firmness})" if c.firmness else "")))
    return spans


class SourcePane(RenderedWhenShown, QWidget):
    """Read-only original text; `select_span(start, end)` scrolls to, selects and flashes a passage.

    As the Statements pane, the text is set and highlighted when the pane is shown or `browser` is
    next used, not at each briefing shown while the tab is out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(8, 6, 8, 2)
        self._browser = QTextBrowser(self)
        self._browser.setOpenLinks(False)
        # a caret the arrow keys move, so what is under it can be said without a mouse (WCAG 1.4.1, 2.1.1)
        self._browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.at_cursor = QLabel(self)
        self.at_cursor.setWordWrap(True)
        self.at_cursor.setContentsMargins(8, 2, 8, 4)
        self.at_cursor.setAccessibleName("At the cursor")
        self._browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self._browser, 1)
        layout.addWidget(self.at_cursor)
        self._briefing: Briefing | None = None
        self._spans: list[_Span] = []
        self._browser.cursorPositionChanged.connect(self._say_what_is_here)
        self._offsets = OffsetMap("")
        self._pending: tuple[int, int] | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self._browser.setExtraSelections([]))
        self.marks = QueryHighlighter(self._browser.document(), self.palette())

    @property
    def browser(self) -> QTextBrowser:
        """The text browser, holding the briefing shown."""
        self._catch_up()
        return self._browser

    @property
    def text_view(self) -> QTextBrowser:
        """The browser as it is, not brought up to date: for wiring to it, not for reading it."""
        return self._browser

    def mark_terms(self, terms: list[MatchTerm]) -> None:
        """Highlight these words of the active search (none: no highlights)."""
        self.marks.set_terms(terms)

    def first_match(self) -> tuple[int, int] | None:
        """[start, end) of the first highlighted word in the original text, if any."""
        text = (self._briefing.source.text or "") if self._briefing is not None else ""
        spans = match_spans(text, self.marks.terms)
        return spans[0] if spans else None

    # --- content ---------------------------------------------------------------------------------

    def show_briefing(self, briefing: Briefing | None) -> None:
        self._pending = None
        super().show_briefing(briefing)

    def _render(self) -> None:
        briefing = self._briefing
        text = (briefing.source.text or "") if briefing else ""
        self._offsets = OffsetMap(text)
        self._browser.setExtraSelections([])
        self._browser.setPlainText(text)
        self._space_lines()
        self._spans = _spans(briefing) if briefing else []
        self._say_what_is_here()
        if briefing is None:
            self.legend.clear()
            return
        if not text:
            self.legend.setText("This briefing has no source text.")
            return
        palette = self.palette()
        colors = speaker_colors(briefing.speakers(), palette)
        self._paint(self._spans, colors, commitment_color(palette))
        muted = secondary_text(palette).name()
        chips = "&nbsp;&nbsp; ".join(
            f"<span style='background:{color.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{esc(name)}"
            for name, color in colors.items())
        underline = (f"<span style='text-decoration:underline; color:{muted}'>underlined</span>"
                     f"<span style='color:{muted}'> = commitment</span>")
        self.legend.setText(f"{chips}&nbsp;&nbsp;&nbsp; {underline}" if chips else underline)

    def _space_lines(self) -> None:
        """A little more leading than plain text gets: the highlights need air to stay legible.

        Blank lines between paragraphs stay in the text (it is verbatim) but take little room: the
        first of a run half a line, the rest none, so no empty gap opens under a title."""
        from PySide6.QtGui import QTextBlockFormat  # the text formats' classes are built when first used

        document = self._browser.document()
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(128, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(6)
        cursor.mergeBlockFormat(block)
        half = self._browser.fontMetrics().lineSpacing() / 2
        previous_blank = False
        current = document.firstBlock()
        while current.isValid():
            blank = not current.text().strip()
            if blank:
                squeeze = QTextBlockFormat()
                squeeze.setLineHeight(0 if previous_blank else half,
                                      QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                squeeze.setBottomMargin(0)
                QTextCursor(current).mergeBlockFormat(squeeze)
            previous_blank = blank
            current = current.next()

    def _say_what_is_here(self) -> None:
        """Name the statement's speaker and any commitment at the caret, in the line under the text."""
        offset = self._offsets.offset_of(self._browser.textCursor().position())
        labels = [span.label for span in self._spans if span.start <= offset < span.end]
        if self._briefing is None or not (self._briefing.source.text or ""):
            text = ""
        elif labels:
            text = "At the cursor: " + "; ".join(labels)
        else:
            text = "At the cursor: no statement or commitment (the arrow keys move the cursor)"
        self.at_cursor.setText(text)
        self.at_cursor.setVisible(bool(text))
        self._browser.setAccessibleDescription(text)

    def _paint(self, spans: list[_Span], colors: dict[str, QColor], underline_color: QColor) -> None:
        """Format each stretch between span boundaries by every span that covers it."""
        from PySide6.QtGui import QTextCharFormat

        bounds = sorted({b for span in spans for b in (span.start, span.end)})
        cursor = QTextCursor(self._browser.document())
        cursor.beginEditBlock()
        for left, right in zip(bounds, bounds[1:], strict=False):
            covering = [s for s in spans if s.start <= left and right <= s.end]
            if not covering:
                continue
            fmt = QTextCharFormat()
            speakers = [s.speaker for s in covering if s.speaker is not None]
            if speakers and speakers[0] in colors:
                fmt.setBackground(colors[speakers[0]])
            if any(s.speaker is None for s in covering):
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(underline_color)
            fmt.setToolTip("\n".join(s.label for s in covering))
            cursor.setPosition(self._offsets(left))
            cursor.setPosition(self._offsets(right), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def text(self) -> str:
        """The shown text exactly (toPlainText would turn no-break spaces into spaces)."""
        self._catch_up()
        return self._browser.document().toRawText().replace("\u2029", "\n")

    def text_cursor(self) -> QTextCursor:
        self._catch_up()
        return self._browser.textCursor()

    # --- pointing at a passage -----------------------------------------------------------------------

    def select_span(self, start: int, end: int) -> None:
        """Select [start, end) of the original text (code-point offsets), scroll to it and flash it."""
        from PySide6.QtGui import QTextFormat

        if self._briefing is None:
            return
        self._catch_up()
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(self._offsets(start))
        cursor.setPosition(self._offsets(end), QTextCursor.MoveMode.KeepAnchor)
        self._browser.setTextCursor(cursor)
        flash = QTextEdit.ExtraSelection()
        flash.cursor = cursor
        flash.format.setBackground(flash_color(self.palette()))
        flash.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        self._browser.setExtraSelections([flash])
        self._flash_timer.start()
        self._pending = (start, end)
        self._scroll_to(start, end)

    def _scroll_to(self, start: int, end: int) -> None:
        """Bring the passage into view; if it is not wholly visible, put its start near the top."""
        first = QTextCursor(self._browser.document())
        first.setPosition(self._offsets(start))
        last = QTextCursor(self._browser.document())
        last.setPosition(self._offsets(end))
        top = self._browser.cursorRect(first).top()
        bottom = self._browser.cursorRect(last).bottom()
        height = self._browser.viewport().height()
        if top >= 0 and bottom <= height:
            return
        bar = self._browser.verticalScrollBar()
        bar.setValue(bar.value() + top - height // 5)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # (rendered first, if a briefing is waiting)
        if self._pending is not None:  # laid out only now: scroll again, and flash where it is seen
            QTimer.singleShot(0, self._replay_pending)

    def _replay_pending(self) -> None:
        if self._pending is not None:
            self.select_span(*self._pending)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.marks.set_palette(self.palette())
        super().changeEvent(event)  # (rendered again in the new colours)
