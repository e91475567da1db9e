"""The store's side of the tracker: party lookups kept by triggers, pages across plans, history through the trash."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment
from briefing.store import Store
from briefing.store import commitments as tracked
from briefing.store import status_history as history_sql
from briefing.store.commitments import CommitmentFilter


@pytest.fixture
def store(tmp_path: Path, sample: Briefing) -> Store:
    opened = Store(tmp_path / "lib.sqlite")
    for number in range(30):
        briefing = copy.deepcopy(sample)
        briefing.title = f"Talks {number}"
        briefing.event_date = f"20{10 + number % 15:02d}-0{1 + number % 9}-1{number % 10}"
        briefing.parties = ["Jilin province", "Bavaria"] if number % 3 == 0 else ["Jilin province", "Ontario"]
        briefing.commitments = [Commitment(actor="both sides", text=f"Commitment {number}-{n} on trade.",
                                           status="stalled" if n == number % 4 else "not_rated",
                                           due=f"20{20 + n}-01-31" if n % 2 else None) for n in range(4)]
        opened.add(briefing)
    yield opened
    opened.close()


def page(store: Store, order: str = "newest", **fields: object) -> list[int]:
    query = CommitmentFilter(today="2026-12-06", **fields)  # type: ignore[arg-type]
    return [row.id for row in tracked.commitment_page(store.conn, query, order, limit=1000)]


def expected(store: Store, order: str, keep: object) -> list[int]:
    rows = [row for row in tracked.commitment_page(store.conn, CommitmentFilter(today="2026-12-06"), "oldest",
                                                    limit=1000) if keep(row)]  # type: ignore[operator]
    if order == "newest":
        rows.sort(key=lambda r: (r.event_date or "", r.briefing_id, -r.position), reverse=True)
    return [row.id for row in rows]


def test_party_lookups_follow_every_write(store: Store) -> None:
    assert store.conn.execute("select count(*) from briefing_parties").fetchone()[0] == 60
    assert len(page(store, party="bavaria")) == 40 and len(page(store, party="ontario", with_party="jilin")) == 80
    briefing = store.get(1)
    briefing.parties = ["Ontario"]
    store.update(briefing)
    assert len(page(store, party="bavaria")) == 36 and len(page(store, party="jilin")) == 116
    store.trash([4])
    assert len(page(store, party="bavaria")) == 32
    store.untrash([row.trash_id for row in store.trashed()])
    assert len(page(store, party="bavaria")) == 36


def test_every_plan_gives_the_same_rows_in_the_same_order(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [({"statuses": ("stalled",)}, lambda r: r.status == "stalled"),
             ({"overdue": True}, lambda r: r.overdue),
             ({"party": "Bavaria", "overdue": True}, lambda r: "Bavaria" in r.parties and r.overdue),
             ({"party": "Jilin", "statuses": ("stalled",), "text": "trade"}, lambda r: r.status == "stalled"),
             ({"since": "2015-01-01", "until": "2019-12-31"}, lambda r: "2015" <= (r.event_date or "") < "2020")]
    for fields, keep in cases:
        walked = page(store, **fields)
        for name, value in (("WALK_SECONDS", -1.0), ("MAX_WALK_SECONDS", -1.0), ("PROGRESS_STEPS", 1),
                            ("FEW_EVENTS", 0)):  # every walk runs out of time at once: SQLite's plan
            monkeypatch.setattr(tracked, name, value)
        planned = page(store, **fields)
        monkeypatch.setattr(tracked, "FEW_EVENTS", 10_000)  # every party is small: its events first
        few = page(store, **fields)
        monkeypatch.undo()
        assert walked == planned == few == expected(store, "newest", keep), fields
    dated = page(store, "due", overdue=False)
    dues = [tracked.commitment_by_id(store.conn, i).due for i in dated]  # type: ignore[union-attr]
    assert dues == sorted(d for d in dues if d) + [None] * dues.count(None)
    assert page(store, "due")[60:70] == [i for i in dated][60:70]
    second = tracked.commitment_page(store.conn, CommitmentFilter(today="2026-12-06"), "due", limit=10, offset=55)
    assert [row.id for row in second] == dated[55:65]


def test_history_survives_the_trash(store: Store) -> None:
    uid = store.get(2).commitments[0].uid or ""
    with store.conn:
        history_sql.add_entry(store.conn, uid, "2024-01-01", "delivered", "done", None, None, "2024-01-01T00:00:00")
    store.trash([2])
    assert tracked.commitment_by_id(store.conn, uid) is None
    store.untrash([row.trash_id for row in store.trashed()])
    row = tracked.commitment_by_id(store.conn, uid)
    assert row is not None and row.status == "delivered" and [e.note for e in history_sql.history(store.conn, uid)] == [
        "done"]


def test_a_bounded_count_stops_one_past_its_bound(store: Store) -> None:
    """The Commitments view says "1,000+" at once from a count bounded so, then the whole count."""
    for fields in ({}, {"party": "bavaria"}, {"statuses": ("stalled",)}, {"text": "trade"},
                   {"party": "Jilin", "overdue": True}, {"party": "Atlantis"}):
        query = CommitmentFilter(today="2026-12-06", **fields)  # type: ignore[arg-type]
        total = tracked.commitment_count(store.conn, query)
        assert total == len(page(store, **fields))
        for bound in (0, 1, 5, total - 1, total, total + 10):
            assert tracked.commitment_count(store.conn, query, at_most=bound) == min(total, max(bound, 0) + 1), fields


def test_a_walk_out_of_time_under_a_filter_leaving_many_rows_walks_again(store: Store,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy machine may run a walk out of time where SQLite's plan would sort every row the filter leaves
    (overdue by actor at 100,000 briefings: over a second): with more rows than RARE_ROWS it walks again."""
    budgets: list[float] = []
    walk = tracked._walk_page

    def timed(*args: object) -> object:
        budgets.append(args[-1])  # type: ignore[arg-type]
        return walk(*args) if args[-1] == tracked.DENSE_WALK_SECONDS else None  # the first walk runs out
    monkeypatch.setattr(tracked, "_walk_page", timed)
    want = {order: page(store, order, overdue=True) for order in ("actor", "newest")}
    for rare_rows, walks in ((10, 2), (1000, 1)):  # many rows: walked again; few: SQLite's plan sorts them
        monkeypatch.setattr(tracked, "RARE_ROWS", rare_rows)
        for order in ("actor", "newest"):
            budgets.clear()
            assert page(store, order, overdue=True) == want[order], (rare_rows, order)
            assert len(budgets) == walks and (walks == 1 or budgets[-1] == tracked.DENSE_WALK_SECONDS)


def test_rated_statuses_walk_only_the_events_holding_them(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rated statuses narrowed by overdue (or walked for too long) are walked by date through the events the
    index of rated ones names, in place of sorting all their rows: the same rows, page by page."""
    walks: list[bool] = []
    walk = tracked._walk_page

    def recorded(*args: object, rated_events: bool = False) -> object:
        walks.append(rated_events)
        return walk(*args, rated_events=rated_events)  # type: ignore[arg-type]
    monkeypatch.setattr(tracked, "_walk_page", recorded)
    monkeypatch.setattr(tracked, "FEW_EVENTS", 0)  # no party of this small library counts as few events
    for fields, keep in (({"statuses": ("stalled",), "overdue": True}, lambda r: r.status == "stalled" and r.overdue),
                         ({"statuses": ("stalled", "not_started"), "overdue": True, "party": "Bavaria"},
                          lambda r: r.status == "stalled" and r.overdue and "Bavaria" in r.parties)):
        want = expected(store, "newest", keep)
        walks.clear()
        assert page(store, **fields) == want and want, fields
        assert walks == [True], fields
        query = CommitmentFilter(today="2026-12-06", **fields)  # type: ignore[arg-type]
        pages = [[row.id for row in tracked.commitment_page(store.conn, query, "newest", 3, offset)]
                 for offset in range(0, len(want) + 3, 3)]
        assert [i for chunk in pages for i in chunk] == want
