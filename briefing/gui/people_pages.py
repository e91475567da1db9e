"""The People view's pieces without widgets: the lazy table model of people and their pages as HTML."""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from briefing.library import Library, LibraryError
from briefing.library.people_export import counted_commitments, title_span
from briefing.library.people_pages import PartyPage, PersonPage, PersonRow

FETCH_WINDOW = 200  # rows read at a time as the table scrolls
COLUMNS = ("Name", "Title", "Country or body", "Events", "Last seen")  # the body when no country is known
NAME, TITLE, COUNTRY, EVENTS, LAST_SEEN = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """The directory as a table over person ids in name order; rows are read a window at a time."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.ids: list[int] = []
        self._cache: dict[int, PersonRow] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self._cache = ids, {}
        self.endResetModel()

    def row(self, number: int) -> PersonRow:
        """The row at `number`, reading it and its neighbours (FETCH_WINDOW) when not cached yet."""
        person_id = self.ids[number]
        if person_id not in self._cache:
            window = self.ids[max(0, number - FETCH_WINDOW // 4):number + FETCH_WINDOW]
            self._cache.update(self.library.people_rows([i for i in window if i not in self._cache]))
        return self._cache[person_id]

    @property
    def rows(self) -> list[PersonRow]:
        return [self.row(number) for number in range(len(self.ids))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        try:
            row = self.row(index.row())
        except LibraryError:
            return None
        values = (row.name, row.title or "", row.country or row.organization or "", row.events, row.last_seen or "")
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


def column_widths(fonts: QFontMetrics, header_fonts: QFontMetrics) -> dict[int, int]:
    """Widths of the columns besides Name (which stretches), from the fonts: each as wide as its header
    or a typical value, whichever is wider, plus padding."""
    em = fonts.horizontalAdvance("m")
    samples = {TITLE: "m" * 14, COUNTRY: "United Kingdom", EVENTS: "9,999", LAST_SEEN: "2026-12-31"}
    return {column: max(fonts.horizontalAdvance(sample), header_fonts.horizontalAdvance(COLUMNS[column]) + 2 * em)
            + 2 * em for column, sample in samples.items()}


def page_html(page: PersonPage) -> str:
    """A person's page: who, names, titles over time, parties, events (links), commitments and statements."""
    person = page.person
    what = " · ".join(escape(part) for part in (person.title, person.organization, person.country) if part)
    lines = [f"<h2>{escape(person.name)}</h2>", f"<p>{what}</p>" if what else ""]
    others = [n for n in page.names if n != person.name]
    if others:
        lines.append(f"<p><b>Also named:</b> {escape(', '.join(others))}</p>")
    if page.parties:
        lines.append("<p><b>Represented:</b> " + ", ".join(_party_link(party) for party in page.parties) + "</p>")
    if page.titles:
        lines.append("<p><b>Titles over time</b></p><ul>" + "".join(
            f"<li>{escape(title_span(span))}</li>" for span in page.titles) + "</ul>")
    lines.append(f"<p><b>Events ({len(page.encounters)})</b></p><ul>" + "".join(
        f"<li>{escape(e.event_date or 'undated')} <a href='briefing:{e.briefing_id}'>{escape(e.event)}</a>"
        f" — as {escape(e.name)}</li>" for e in page.encounters) + "</ul>")
    if page.commitments:
        lines.append(f"<p><b>{escape(counted_commitments(page))}</b></p><ul>"
                     + "".join(f"<li>{escape(c.event_date or '')} [{escape(c.status.replace('_', ' '))}]"
                               f" {escape(c.text)}</li>" for c in page.commitments) + "</ul>")
    if page.statements:
        lines.append(f"<p><b>Statements ({len(page.statements)})</b></p><ul>" + "".join(
            f"<li>{escape(s.event_date or '')} {escape(s.text)}</li>" for s in page.statements[-50:]) + "</ul>")
    return "".join(lines)


def _party_link(name: str) -> str:
    return f"<a href='party:{escape(quote(name, safe=''))}'>{escape(name)}</a>"


def party_html(page: PartyPage) -> str:
    """A party's page: its events (links), its people (links) and its commitments with their status."""
    lines = [f"<h2>{escape(page.name.strip())}</h2>", "<p>Party: a government or organisation</p>"]
    lines.append(f"<p><b>Events ({len(page.encounters)})</b></p><ul>" + "".join(
        f"<li>{escape(e.event_date or 'undated')} <a href='briefing:{e.briefing_id}'>{escape(e.event)}</a></li>"
        for e in page.encounters) + "</ul>")
    if page.people:
        lines.append(f"<p><b>People ({len(page.people)})</b></p><ul>" + "".join(
            f"<li><a href='person:{p.id}'>{escape(p.name)}</a>{escape(f' — {p.title}' if p.title else '')}"
            f" ({p.events} event{'s' if p.events != 1 else ''})</li>" for p in page.people) + "</ul>")
    lines.append(f"<p><b>{escape(counted_commitments(page))}</b></p>")
    if page.commitments:
        lines.append("<ul>" + "".join(
            f"<li>{escape(c.event_date or 'undated')} [{escape(c.status.replace('_', ' '))}] {escape(c.actor)}:"
            f" {escape(c.text)}</li>" for c in page.commitments) + "</ul>")
    return "".join(lines)
