"""Shared read-only views for the panes: a wrapping table and a wrapping tree."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from briefing.gui.access import em
from briefing.gui.detail_models import SPAN_ROLE
from briefing.gui.hub import SignalHub
from briefing.gui.marks import paint_marked_cell
from briefing.library.search_terms import MatchTerm, match_spans

Mode = QHeaderView.ResizeMode
MIN_COLUMN_EMS = 5
MAX_WORD_EMS = 14  # a longer "word" (a URL) may wrap inside itself


Selection = QAbstractItemView.SelectionMode


def row_table(parent: QWidget, model: QAbstractItemModel,
              selection: Selection = Selection.SingleSelection) -> QTableView:
    """A read-only table of whole rows on one line each (the across-events views): columns resizable by hand."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(Mode.Interactive)
    return table


def select_and_reveal(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make `index` the current, selected row and scroll to it, again once rows have their heights."""
    if not index.isValid():
        return
    view.setCurrentIndex(index)
    center = QAbstractItemView.ScrollHint.PositionAtCenter  # with the rows around it for context
    view.scrollTo(index, center)
    persistent = QPersistentModelIndex(index)
    QTimer.singleShot(0, view, lambda: persistent.isValid() and view.scrollTo(QModelIndex(persistent), center))


class WrappingTable(QTableView):
    """A read-only, row-selecting table whose rows grow to show wrapped text in full.

    `widths` are in ems (widths of M), so columns grow with the font; Tab leaves the table. A table out
    of sight (a tab not shown) measures its words and rows when it is next shown, not at each briefing."""

    def __init__(self, model: QAbstractItemModel, modes: dict[int, Mode],
                 widths: dict[int, float] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on (WCAG 2.1.2)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.marking_delegate = WrappingDelegate(self)
        self.setItemDelegate(self.marking_delegate)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        for column, mode in modes.items():
            header.setSectionResizeMode(column, mode)
        self._stretching = [column for column, mode in modes.items() if mode == Mode.Stretch]
        self._word_widths: dict[int, int] = {}
        for column, width in (widths or {}).items():
            header.resizeSection(column, em(self, width))
        self._rows_waiting = self._words_waiting = False  # for when the table is next shown
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        model.modelReset.connect(self._relayout.start)
        model.modelReset.connect(self._model_reset)

    def _model_reset(self) -> None:
        if self.isVisible():
            self.fit_words()
        else:
            self._words_waiting = True

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text."""
        if self.isVisible():
            self.resizeRowsToContents()
        else:
            self._rows_waiting = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._words_waiting:
            self._words_waiting = False
            self.fit_words()
        if self._rows_waiting:
            self._rows_waiting = False
            self.resizeRowsToContents()
        super().showEvent(event)

    def fit_words(self) -> None:
        """Remember each column's longest word, so wrapping never has to cut one (at any font size)."""
        model, metrics = self.model(), self.fontMetrics()
        padding, cap = em(self, 1), em(self, MAX_WORD_EMS)
        self._word_widths = {}
        for column in range(model.columnCount()):
            words = {word for row in range(model.rowCount())
                     for word in str(model.index(row, column).data() or "").split()}
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            self._word_widths[column] = min(longest + padding, cap)
        self._fit_stretch()

    def _fit_stretch(self) -> None:
        """A stretching column squeezed below its longest word stops stretching and keeps that width
        (the table scrolls sideways); it stretches again once there is room."""
        header = self.horizontalHeader()
        for column in self._stretching:
            need = max(self._word_widths.get(column, 0), em(self, MIN_COLUMN_EMS))
            others = sum(header.sectionSize(c) for c in range(header.count())
                         if c != column and not header.isSectionHidden(c))
            room = self.viewport().width() - others
            if room >= need and header.sectionResizeMode(column) != Mode.Stretch:
                header.setSectionResizeMode(column, Mode.Stretch)
            elif room < need:
                header.setSectionResizeMode(column, Mode.Interactive)
                header.resizeSection(column, need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_stretch()


class WrappingDelegate(QStyledItemDelegate):
    """Size hints that wrap text to the width of its column, plus a little air above and below.

    QTreeView asks for size hints without the column width, so the width comes from the header.
    """

    PADDING = 6

    def __init__(self, view: QTableView | QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self.terms: list[MatchTerm] = []  # words of the active search, marked where they occur

    def set_terms(self, terms: list[MatchTerm]) -> None:
        if terms != self.terms:
            self.terms = list(terms)
            self._view.viewport().update()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) if self.terms else None
        spans = match_spans(text, self.terms) if isinstance(text, str) else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        paint_marked_cell(painter, opt, text, spans)

    def _column_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        view = self._view
        if isinstance(view, QTableView):
            return view.horizontalHeader().sectionSize(index.column())
        width = view.header().sectionSize(index.column())
        if index.column() == view.header().logicalIndex(0):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self._view
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.sectionResizeMode(index.column()) == Mode.ResizeToContents:
            natural = super().sizeHint(option, index)  # sized to its text: never wrap
            return QSize(natural.width(), natural.height() + self.PADDING)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(self._column_width(index), 40), 100000)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        # Qt's own sizeHint asks the view's style for the wrapped size of `opt` (after initStyleOption):
        # asking it here would make PySide6 build its QStyle class (~4 ms) before the first paint
        size = super().sizeHint(opt, index)
        return QSize(size.width(), size.height() + self.PADDING)


class WrappingTree(QTreeView):
    """A read-only tree whose items wrap long text over several lines."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.marking_delegate = WrappingDelegate(self)
        self.setItemDelegate(self.marking_delegate)
        self.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.header().sectionResized.connect(lambda *_: self._relayout.start())


class SpanPane(QWidget):
    """A pane whose rows are passages of the source: it marks search words in its view and asks,
    through the hub, for the Source pane to show a row's passage. Subclasses set `view` and `hub`."""

    view: QAbstractItemView
    hub: SignalHub

    def mark_terms(self, terms: list[MatchTerm]) -> None:
        """Highlight these words of the active search (none: no highlights)."""
        self.view.marking_delegate.set_terms(terms)  # type: ignore[attr-defined]

    def _point(self, index: QModelIndex, reveal: bool) -> None:
        span = index.data(SPAN_ROLE) if index.isValid() else None
        if span:
            self.hub.source_span_requested.emit(span[0], span[1], reveal)
