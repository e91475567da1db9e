"""The Commitments view: opened from View, filtered, a status set there is one undoable step."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from briefing.core import Briefing, Commitment
from briefing.gui.commitments_model import STATUS
from briefing.library.tracking import today


def open_view(window, qtbot):  # type: ignore[no-untyped-def]
    window.commitments_action.trigger()
    view = window.commitments_view
    qtbot.waitExposed(view)
    return view


def test_view_lists_filters_and_counts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, qtbot)
    assert view.model.rowCount() == 7 and view.count_label.text() in ("counting…", "7 commitments")
    qtbot.waitUntil(lambda: view.count_label.text() == "7 commitments")
    view.actor.setText("emilia")
    view.apply_filter()
    assert [row.actor for row in view.model.rows] == ["Emilia-Romagna"]
    view.since.setText("May 2020")
    view.apply_filter()
    assert view.message.text() == "From May 2020 is not a date (write YYYY-MM-DD)" and view.model.rowCount() == 1
    view.since.clear()
    view.actor.clear()
    view.overdue.setChecked(True)
    view.apply_filter()
    assert view.model.rowCount() == 0


def test_a_long_count_says_its_bound_first(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A filter leaving many commitments shows "N+ … counting…" from a bounded count, then the whole count."""
    from briefing.gui import commitments_view

    monkeypatch.setattr(commitments_view, "COUNT_AT_ONCE", 3)
    view = open_view(window, qtbot)
    qtbot.waitUntil(lambda: view.count_label.text() == "7 commitments")
    said: list[str] = []
    shown = view.count_label.setText
    monkeypatch.setattr(view.count_label, "setText", lambda text: (said.append(text), shown(text)))
    view.actor.setText("e")
    view.apply_filter()
    qtbot.waitUntil(lambda: said[-1:] != ["counting…"] and "counting" not in said[-1])
    total = view.library.count_commitments(view.model.query)
    assert total > 3 and said == ["counting…", "3+ commitments, counting…", f"{total} commitments"]
    view.actor.setText("emilia")
    view.apply_filter()
    qtbot.waitUntil(lambda: said[-1] == "1 commitment")
    assert said[-2:] == ["counting…", "1 commitment"]  # a count within the bound is said once


def test_setting_a_status_is_one_undoable_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, qtbot)
    view.table.selectRow(0)
    row = view.selected()
    view.new_status.setCurrentIndex(view.new_status.findData("stalled"))
    view.note.setText("no budget yet")
    view.set_status()
    assert view.library.commitment(row.id).status == "stalled"
    assert view.message.text() == f"Commitment #{row.id} is stalled as of {today()} (Undo takes it back)."
    assert view.model.index(0, STATUS).data() == "Stalled" and "no budget yet" in view.history.toPlainText()
    assert view.undo_stack.count() == 1 and view.undo_action.text().replace("&", "") == "Undo Set status to stalled"
    view.undo_action.trigger()
    assert view.library.commitment(row.id).status == "not_rated" and view.library.history(row.id) == []
    view.redo_action.trigger()
    assert view.library.commitment(row.id).status == "stalled" and len(view.library.history(row.id)) == 1
    view.evidence.setText("next door")
    view.set_status()
    assert "a briefing id or a web address" in view.message.text() and view.undo_stack.count() == 1


def test_link_the_briefing_shown_as_progress(window, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    later: Briefing = copy.deepcopy(store.get(store.ids()[0]))
    later.id = None
    later.title = "Silk EV innovation center opens"
    later.event_date = "2021-04-01"
    later.source.url = "https://example.org/silk"
    later.commitments = [Commitment(actor="Jilin province", text="Jilin will staff the Silk EV center.")]
    later_id = store.save(later)
    window.refresh_library()
    assert window.select_id(later_id)
    view = open_view(window, qtbot)
    assert view.current_briefing == later_id
    view.suggest()
    assert view.model.rows and all(row.briefing_id != later_id for row in view.model.rows)
    view.table.selectRow(0)
    earlier = view.selected()
    view.link_shown()
    (entry,) = store.history(earlier.id)
    assert entry.evidence_briefing_id == later_id and "Silk EV innovation center opens" in view.history.toPlainText()
    with qtbot.waitSignal(view.open_briefing) as opened:
        view.history.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl(f"briefing:{later_id}"))
    assert opened.args == [later_id]


def test_sorting_by_due_date(window, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    briefing = store.get(store.ids()[0])
    briefing.commitments[3].due = "2030-01-31"
    store.save(briefing)
    view = open_view(window, qtbot)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.model.order == "due" and view.model.rows[0].due == "2030-01-31"


def test_a_dropped_commitment_past_its_due_is_not_overdue(window, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    briefing = store.get(store.ids()[0])
    briefing.commitments[0].due = "2021-01-31"
    store.save(briefing)
    view = open_view(window, qtbot)
    (row,) = [r for r in view.model.rows if r.due == "2021-01-31"]
    view.table.selectRow(view.model.row_of(row.id))
    view.new_status.setCurrentIndex(view.new_status.findData("dropped"))
    view.set_status()
    number = view.model.row_of(row.id)
    assert view.model.index(number, STATUS).data() == "Dropped" and "overdue" not in view.history.toPlainText()


def test_the_status_column_sorts_in_the_tracker_order(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, qtbot)
    first, second = view.model.rows[0], view.model.rows[1]
    view.library.track(first.id, "delivered")
    view.library.track(second.id, "stalled")
    view.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [row.status for row in view.model.rows]
    assert view.model.order == "status" and statuses[0] == "stalled" and statuses[-1] == "delivered"


def test_mnemonics_are_unique_and_tab_order_follows_the_layout(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    view = open_view(window, qtbot)
    keys: list[str] = []
    for widget in view.findChildren(QLabel) + view.findChildren(QAbstractButton):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        found = re.search(r"&([^&])", widget.text().replace("&&", ""))
        if found:
            keys.append(found.group(1).lower())
    assert len(keys) >= 14 and len(keys) == len(set(keys)), sorted(keys)
    chain = [view.party, view.with_party, view.actor, view.words, view.status, view.firmness, view.since, view.until,
             view.overdue, view.table, view.history, view.new_status, view.note, view.when, view.evidence,
             view.set_button, view.link_button, view.suggest_button, view.links]
    for before, after in zip(chain, chain[1:], strict=False):
        assert before.nextInFocusChain() is after or _next_focusable(before) is after, (before, after)


def _next_focusable(widget):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as _Qt

    step = widget.nextInFocusChain()
    while step is not widget and not (step.focusPolicy() & _Qt.FocusPolicy.TabFocus):
        step = step.nextInFocusChain()
    return step


def test_the_commitment_column_takes_the_room_at_800_px(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.commitments_model import TEXT

    view = open_view(window, qtbot)
    view.resize(800, 600)
    qtbot.waitUntil(lambda: view.width() <= 820)
    qtbot.wait(50)
    widths = {column: view.table.columnWidth(column) for column in range(view.model.columnCount())}
    viewport = view.table.viewport().width()
    assert sum(widths.values()) <= viewport + 2, widths
    assert widths[TEXT] >= 0.3 * viewport and widths[TEXT] == max(widths.values()), widths
    header = view.table.horizontalHeader()
    assert widths[STATUS] <= max(view.table.sizeHintForColumn(STATUS), header.sectionSizeHint(STATUS)) + 2, widths


def test_suggestions_name_the_briefing_escape_closes_links_by_keyboard(window, qtbot, store) -> None:  # type: ignore[no-untyped-def]
    later: Briefing = copy.deepcopy(store.get(store.ids()[0]))
    later.id = None
    later.title = "Silk EV innovation center opens"
    later.event_date = "2021-04-01"
    later.source.url = "https://example.org/silk"
    later.commitments = []
    later_id = store.save(later)
    window.refresh_library()
    assert window.select_id(later_id)
    view = open_view(window, qtbot)
    view.suggest()
    count = len(view.model.rows)
    assert view.count_label.text() == (f"{count} suggestion{'s' if count != 1 else ''} for “Silk EV innovation "
                                       "center opens”; change a filter to see all again")
    view.table.selectRow(0)
    earlier = view.selected()
    view.link_shown()
    assert f"#{earlier.id}" in view.links.text()
    flags = view.links.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert view.links.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.apply_filter()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.suggest_button.setFocus()
    qtbot.keyClick(view.suggest_button, Qt.Key.Key_Tab)  # Tab from the last button reaches the link ...
    assert view.links.hasFocus()
    with qtbot.waitSignal(view.links.linkActivated, timeout=1000):
        qtbot.keyClick(view.links, Qt.Key.Key_Return)  # ... and Enter follows it
    assert view.selected().id == earlier.id
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.isVisible()
