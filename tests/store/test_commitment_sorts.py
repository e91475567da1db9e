"""Pages of commitments by status: read status by status, they hold the rows SQLite's sort gives, page by page."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment
from briefing.store import Store
from briefing.store import commitments as tracked
from briefing.store.commitments import STATUS_ORDER, CommitmentFilter

STATUSES = ("not_rated", "stalled", "delivered", "in_progress", "dropped", "not_started", "partly_delivered")


@pytest.fixture
def store(tmp_path: Path, sample: Briefing) -> Store:
    opened = Store(tmp_path / "lib.sqlite")
    for number in range(40):
        briefing = copy.deepcopy(sample)
        briefing.title = f"Talks {number}"
        briefing.event_date = f"20{10 + number % 13:02d}-0{1 + number % 9}-1{number % 7}"
        briefing.parties = ["Jilin province", "Bavaria"] if number % 4 == 0 else ["Jilin province", "Ontario"]
        briefing.commitments = [
            Commitment(actor="both sides" if n % 2 else "Jilin",
                       text=f"Commitment {number}-{n} on {'ferry' if n % 3 else 'trade'}.",
                       status=STATUSES[(number + n) % len(STATUSES)], firmness=("firm", "hope")[n % 2],
                       due=f"20{18 + n}-01-31" if (number + n) % 3 else None) for n in range(5)]
        opened.add(briefing)
    yield opened
    opened.close()


def ids(store: Store, query: CommitmentFilter, limit: int = 1000, offset: int = 0) -> list[int]:
    return [row.id for row in tracked.commitment_page(store.conn, query, "status", limit, offset)]


def by_rank(store: Store, keep: object) -> list[int]:
    """The rows `keep` passes, sorted in Python as ORDERS['status'] says: rank, then newest event first."""
    rows = [row for row in tracked.commitment_page(store.conn, CommitmentFilter(today="2026-12-06"), "oldest",
                                                    limit=10_000) if keep(row)]  # type: ignore[operator]
    rank = {status: number for number, status in enumerate(STATUS_ORDER)}
    rows.sort(key=lambda r: (r.event_date or "", r.briefing_id, -r.position), reverse=True)
    rows.sort(key=lambda r: rank.get(r.status, len(STATUS_ORDER)))
    return [row.id for row in rows]


CASES = [({"overdue": True}, lambda r: r.overdue),
         ({"text": "ferry"}, lambda r: "ferry" in r.text),
         ({"party": "Bavaria"}, lambda r: "Bavaria" in r.parties),
         ({"statuses": ("stalled", "delivered", "not_rated")},
          lambda r: r.status in ("stalled", "delivered", "not_rated")),
         ({"statuses": ("in_progress",)}, lambda r: r.status == "in_progress"),
         ({"firmness": ("hope",), "since": "2014-01-01"}, lambda r: r.firmness == "hope" and r.event_date >= "2014"),
         ({"actor": "both", "overdue": True}, lambda r: r.actor == "both sides" and r.overdue)]


@pytest.mark.parametrize(("fields", "keep"), CASES)
def test_status_groups_give_the_sorted_rows_page_by_page(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                         fields: dict, keep: object) -> None:
    query = CommitmentFilter(today="2026-12-06", **fields)
    want = by_rank(store, keep)
    assert len(want) > 10 and len({row for row in want}) == len(want)
    monkeypatch.setattr(tracked, "FEW_EVENTS", 0)  # no filter is small: every status is read on its own
    assert tracked._by_status_groups(store.conn, query)
    assert ids(store, query) == want
    pages = [ids(store, query, 7, offset) for offset in range(0, len(want) + 7, 7)]
    assert [i for page in pages for i in page] == want  # offsets that skip whole statuses, or part of one
    monkeypatch.setattr(tracked, "_ranked_only", lambda conn: False)  # SQLite's plan: one sort of them all
    assert not tracked._by_status_groups(store.conn, query)
    assert ids(store, query) == want and ids(store, query, 7, 14) == want[14:21]


def test_small_filters_and_unknown_statuses_are_sorted_at_once(store: Store) -> None:
    pair = CommitmentFilter(today="2026-12-06", party="Bavaria", overdue=True)
    assert not tracked._by_status_groups(store.conn, pair)  # ten events: one sort of their rows is quicker
    assert tracked._by_status_groups(store.conn, CommitmentFilter(today="2026-12-06", statuses=("stalled",)))
    assert not tracked._by_status_groups(store.conn, CommitmentFilter(today="2026-12-06"))  # no filter: the index
    overdue = CommitmentFilter(today="2026-12-06", overdue=True)
    with store.conn:  # a status another version wrote sorts last, after every known one
        store.conn.execute("update commitments set status = 'postponed' where id in (select min(id) from commitments"
                           " where due < '2026-12-06' and status = 'stalled')")
    assert not tracked._by_status_groups(store.conn, overdue)
    rows = tracked.commitment_page(store.conn, overdue, "status", 1000)
    assert rows[-1].status == "postponed" and [row.id for row in rows] == by_rank(store, lambda r: r.overdue)


def by_actor(store: Store, keep: object) -> list[int]:
    """The rows `keep` passes, sorted in Python as ORDERS['actor'] says: actor (any case), then newest first."""
    rows = [row for row in tracked.commitment_page(store.conn, CommitmentFilter(today="2026-12-06"), "oldest",
                                                    limit=10_000) if keep(row)]  # type: ignore[operator]
    rows.sort(key=lambda r: (r.event_date or "", r.briefing_id, -r.position), reverse=True)
    rows.sort(key=lambda r: r.actor.casefold())
    return [row.id for row in rows]


@pytest.mark.parametrize(("fields", "keep"), [
    ({"actor": "both"}, lambda r: r.actor.casefold() == "both sides"),
    ({"actor": "i", "overdue": True}, lambda r: "i" in r.actor.casefold() and r.overdue),
    ({"actor": "JILIN", "text": "ferry"}, lambda r: r.actor.casefold() == "jilin" and "ferry" in r.text)])
def test_actor_runs_give_the_sorted_rows_page_by_page(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                      fields: dict, keep: object) -> None:
    with store.conn:  # two spellings of one actor are one run of the sort
        store.conn.execute("update commitments set actor = 'JILIN' where id % 4 = 0 and actor = 'Jilin'")
    query = CommitmentFilter(today="2026-12-06", **fields)
    want = by_actor(store, keep)
    assert len(want) > 10
    assert tracked._actor_groups(store.conn, query) is not None
    assert ids_by(store, query, "actor") == want
    pages = [ids_by(store, query, "actor", 9, offset) for offset in range(0, len(want) + 9, 9)]
    assert [i for page in pages for i in page] == want
    monkeypatch.setattr(tracked, "ACTOR_RUNS", 0)  # too many actors: SQLite sorts them all at once
    assert tracked._actor_groups(store.conn, query) is None
    assert ids_by(store, query, "actor") == want


def ids_by(store: Store, query: CommitmentFilter, order: str, limit: int = 1000, offset: int = 0) -> list[int]:
    return [row.id for row in tracked.commitment_page(store.conn, query, order, limit, offset)]


def by_due(store: Store, keep: object) -> list[int]:
    rows = [row for row in tracked.commitment_page(store.conn, CommitmentFilter(today="2026-12-06"), "oldest",
                                                    limit=10_000) if keep(row)]  # type: ignore[operator]
    rows.sort(key=lambda r: (r.event_date or "", r.briefing_id, -r.position), reverse=True)
    rows.sort(key=lambda r: (r.due is None, r.due or ""))
    return [row.id for row in rows]


@pytest.mark.parametrize(("fields", "keep"), [
    ({"since": "2014-01-01", "until": "2018-12-31"}, lambda r: "2014" <= r.event_date < "2019"),
    ({"party": "Bavaria", "since": "2012-01-01"}, lambda r: "Bavaria" in r.parties and r.event_date >= "2012"),
    ({"party": "Jilin"}, lambda r: "Jilin province" in r.parties),
    ({"party": "Jilin", "overdue": True, "firmness": ("hope",)},
     lambda r: "Jilin province" in r.parties and r.overdue and r.firmness == "hope")])
def test_spans_and_parties_by_due_and_actor_in_every_plan(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                          fields: dict, keep: object) -> None:
    query = CommitmentFilter(today="2026-12-06", **fields)
    want = {"due": by_due(store, keep), "actor": by_actor(store, keep)}
    for plan in ("as chosen", "walked", "sorted"):
        if plan == "walked":  # no span or party counts as small: the order's index is walked
            monkeypatch.setattr(tracked, "FEW_EVENTS", 0)
            monkeypatch.setattr(tracked, "WALK_SECONDS", 10.0)
            monkeypatch.setattr(tracked, "MAX_WALK_SECONDS", 10.0)
        if plan == "sorted":  # every span and party is small: SQLite's plan sorts what they leave
            monkeypatch.setattr(tracked, "FEW_EVENTS", 10_000)
        for order, rows in want.items():
            assert ids_by(store, query, order) == rows, (plan, order)
            assert ids_by(store, query, order, 11, 22) == rows[22:33], (plan, order)
