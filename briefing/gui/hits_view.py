"""The search results list: a model of hits and a delegate drawing type, title, date and marked snippet."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefing.gui.colors import kind_color, match_colors, secondary_text
from briefing.gui.formatting import esc, long_date
from briefing.gui.marks import wrapping_document
from briefing.library.search_terms import (
    MatchTerm,
    hit_place,
    hit_type,
    marked_html,
    match_spans,
    plain_snippet,
    snippet_html,
    title_snippet,
)

if TYPE_CHECKING:  # the search code is imported when the first search runs
    from briefing.library import Hit

ModelIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 20
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 21
PADDING = 8
SNIPPET_LINES = 3


class HitsModel(QAbstractListModel):
    """The hits of the current search, in the order the store gave them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.speaker_of: Callable[[Hit], str] = lambda hit: ""  # who said a statement hit (set by the sidebar)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == SPEAKER_ROLE:
            return self.speaker_of(hit) if hit.kind == "statement" else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            speaker = self.speaker_of(hit) if hit.kind == "statement" else ""
            by = f" by {speaker}" if speaker else ""
            return f"{hit_type(hit.kind).capitalize()}{by}: {hit.title} — {plain_snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            date = f" ({long_date(hit.event_date)})" if hit.event_date else ""
            return f"{hit.title}{date}\nFound in {hit_place(hit.kind)}. Enter or click opens it."
        return None

    def hit_at(self, row: int) -> Hit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def set_hits(self, hits: list[Hit]) -> None:
        """Show these hits; a longer list that starts with the current one is appended, not reset."""
        old = self.hits
        if old and len(hits) > len(old) and hits[:len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(hits) - 1)
            self.hits = list(hits)
            self.endInsertRows()
            return
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def row_of(self, hit: Hit) -> int:
        key = (hit.briefing_id, hit.kind, hit.position)
        for row, other in enumerate(self.hits):
            if (other.briefing_id, other.kind, other.position) == key:
                return row
        return -1


class HitDelegate(QStyledItemDelegate):
    """Row layout: [type] date · speaker, then the title over the whole width, then up to three lines
    of snippet; matched words marked, a speaker: filter's name too.

    Laid-out snippets are cached: the view asks for size hints and paints the same rows often."""

    CACHE_SIZE = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str, str], QTextDocument] = {}
        self._font_cache: dict[str, tuple[QFont, QFont]] = {}
        self.terms: list[MatchTerm] = []  # words of the search, to mark in the speaker's name

    def clear_cache(self) -> None:
        self._documents.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        key = option.font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            title = QFont(option.font)
            title.setBold(True)
            chip = QFont(option.font)
            chip.setPointSizeF(max(option.font.pointSizeF() * 0.8, 6.0))
            chip.setBold(True)
            fonts = self._font_cache[key] = (title, chip)
        return fonts

    def _snippet(self, hit: Hit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        background, foreground = match_colors(option.palette)
        text = title_snippet(hit.snippet, hit.title) if hit.kind == "title" else hit.snippet
        key = (text, width, option.font.key(), background.name())
        cached = self._documents.get(key)
        if cached is not None:
            return cached
        if len(self._documents) >= self.CACHE_SIZE:
            self._documents.clear()
        mark_open = (f"<span style='background-color:{background.name()}; color:{foreground.name()};"
                     f" font-weight:600'>")
        document = wrapping_document(option.font)
        document.setHtml(snippet_html(text, mark_open, "</span>"))
        document.setTextWidth(max(width, 40))
        self._documents[key] = document
        return document

    def _snippet_height(self, document: QTextDocument, option: QStyleOptionViewItem) -> int:
        line = QFontMetrics(option.font).lineSpacing()
        return min(int(document.size().height() + 0.5), line * SNIPPET_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every row is as tall as a title and three snippet lines (like a mail list's previews).

        One height for all rows lets the view lay out only the rows it shows, and rows do not
        jump when the ranked page replaces the fast one."""
        title_font, _ = self._fonts(option)
        head = QFontMetrics(title_font).height()
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(self._width(option), PADDING + head + 2 + head + 4 + line * SNIPPET_LINES + PADDING)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return max(option.rect.width(), 200)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle  # here: PySide6 builds its QStyle class (~4 ms) when first used

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else secondary_text(palette)
        title_font, chip_font = self._fonts(opt)
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        head = QFontMetrics(title_font).height()
        painter.save()
        # the type chip
        chip_metrics = QFontMetrics(chip_font)
        label = hit_type(hit.kind).upper()
        chip = QRect(rect.left(), rect.top() + (head - chip_metrics.height() - 2) // 2,
                     chip_metrics.horizontalAdvance(label) + 10, chip_metrics.height() + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(hit.kind, palette))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setFont(chip_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        # the date and the speaker beside the chip, the title on a line of its own
        meta_left = chip.right() + 8
        self._paint_meta(painter, opt, hit, str(index.data(SPEAKER_ROLE) or ""),
                         QRect(meta_left, rect.top(), rect.right() - meta_left, head), muted)
        title_rect = QRect(rect.left(), rect.top() + head + 2, rect.width(), head)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = QFontMetrics(title_font).elidedText(hit.title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        rect.setTop(rect.top() + head + 2)
        # the snippet, clipped to whole lines
        document = self._snippet(hit, opt, rect.width())
        height = self._snippet_height(document, opt)
        painter.translate(rect.left(), rect.top() + head + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = QRectF(0, 0, rect.width(), height)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_meta(self, painter: QPainter, option: QStyleOptionViewItem, hit: Hit, speaker: str, rect: QRect,
                    muted: QColor) -> None:
        """"13 May 2020 · Jing Junhai": the speaker's name marked where a speaker: filter (or a word) matched it."""
        date = long_date(hit.event_date) if hit.event_date else ""
        if not (date or speaker):
            return
        background, foreground = match_colors(option.palette)
        mark_open = f"<span style='background-color:{background.name()}; color:{foreground.name()}'>"
        who = marked_html(speaker, match_spans(speaker, self.terms), mark_open, "</span>") if speaker else ""
        document = wrapping_document(option.font)
        document.setHtml(f"<span style='color:{muted.name()}'>{esc(date)}{' · ' if date and who else ''}</span>"
                         f"<span style='color:{muted.name()}'>{who}</span>")
        document.setTextWidth(-1)
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - document.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()


class HitsView(QListView):
    """The hits list; shows `placeholder` (why there are no hits, or what to type) when it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.hit_delegate = HitDelegate(self)
        self.setItemDelegate(self.hit_delegate)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_placeholder(self, text: str) -> None:
        if text != self.placeholder:
            self.placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(secondary_text(self.palette()))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.placeholder)
            painter.end()
