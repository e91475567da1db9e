"""Marking the words of the active search in the panes: a highlighter for documents, one for table cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QSyntaxHighlighter,
    QTextDocument,
)
from PySide6.QtWidgets import QStyleOptionViewItem

from briefing.gui.colors import match_colors
from briefing.library.search_terms import MatchTerm, marked_html, match_spans, utf16_spans

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

ModelIndex = QModelIndex | QPersistentModelIndex


def mark_format(palette: QPalette) -> QTextCharFormat:
    """Marker colours, and bold: in running text the weight also sets a word apart from speaker tints."""
    from PySide6.QtGui import QTextCharFormat  # here: PySide6 builds a class's Python type when first used

    background, foreground = match_colors(palette)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(foreground)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class QueryHighlighter(QSyntaxHighlighter):
    """Marks the query's words in a QTextDocument over whatever formats the document already has.

    A highlighter's formats sit on top of the text without changing it or its char formats, so
    speaker tints and commitment underlines stay as they are underneath."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.terms: list[MatchTerm] = []
        self._palette = palette
        self._format: QTextCharFormat | None = None  # made when a word is first marked

    def set_terms(self, terms: list[MatchTerm]) -> None:
        if terms != self.terms:
            self.terms = list(terms)
            self.rehighlight()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._format = None
        if self.terms:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.terms:
            return
        if self._format is None:
            self._format = mark_format(self._palette)
        for start, end in utf16_spans(text, match_spans(text, self.terms)):
            self.setFormat(start, end - start, self._format)


def wrapping_document(font: QFont) -> QTextDocument:
    """A rich-text document for a cell: no margin, wrapping at words (or anywhere if it must)."""
    from PySide6.QtGui import QTextOption
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(text_option)
    return document


def paint_marked_cell(painter: QPainter, option: QStyleOptionViewItem, text: str,
                      spans: list[tuple[int, int]]) -> None:
    """Draw an item like the style does, but its text wrapped with the spans marked.

    Only colours change, never the font, so the text wraps exactly as the plain size hint expects."""
    from PySide6.QtWidgets import QStyle  # here: PySide6 builds its QStyle class (~4 ms) when first used

    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    plain = QStyleOptionViewItem(option)
    plain.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    area = text_rect.adjusted(margin, 0, -margin, 0)
    background, foreground = match_colors(option.palette)
    document = wrapping_document(option.font)
    html = marked_html(text, spans, f"<span style='background-color:{background.name()};"
                                    f" color:{foreground.name()}'>", "</span>")
    document.setHtml(html.replace("\n", "<br>"))
    document.setTextWidth(max(area.width(), 1))
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
    top = area.top() + max(0, (area.height() - int(document.size().height())) // 2)
    painter.save()
    painter.translate(area.left(), top)
    context.clip = QRectF(0, 0, area.width(), area.bottom() - top + 1)
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.restore()
