"""Commitments view benchmark: Library.commitments beside a bare SQLite query on the same data, in one run.

Usage: python bench/bench_commitments.py [--briefings 100000] [--per 7] [--db PATH] [--runs 5]
Makes (or reuses, with --db) a library of N synthetic briefings with about `per` commitments each
(statuses, dues and parties spread as a tracked library has them, a tenth of them with history),
written through the real Store. The bare reference is one flat table of the same commitments
(event and parties copied in, no index) queried with the same filter, order and page size in
plain sqlite3. For each case it prints the time to the first page as a new filter gets it
('first ms', nothing of it found before: median/min), the same page asked again ('page ms', as the
next pages are), the count the view says at once ('count ms': up to COUNT_AT_ONCE, "1,000+"), the
whole count that follows it in the background ('whole ms'), the bare query's time (median/min),
the bare count(*) of the flat table, and first / bare (medians). The project's and the bare figures
are timed in turn, each going first every other run. It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bare import median_ms  # noqa: E402
from briefing.core import Briefing, Commitment, Participant, Source  # noqa: E402
from briefing.gui.commitments_view import COUNT_AT_ONCE  # noqa: E402
from briefing.library import Library  # noqa: E402

PARTIES = [f"{name} {kind}" for name in ("Jilin", "Emilia-Romagna", "Bavaria", "Ontario", "Kyushu", "Gauteng",
                                         "Hokkaido", "Catalonia", "Quebec", "Sichuan", "Lombardy", "Victoria")
           for kind in ("province", "region", "state", "prefecture", "city")]
WORDS = ("cooperation trade investment port logistics health education tourism agriculture energy innovation "
         "exchange delegation industry technology friendship culture science ferry railway airport hospital "
         "university festival museum vaccine battery automobile hydrogen forestry fisheries dairy").split()
STATUS_MIX = ["not_rated"] * 14 + ["not_started", "in_progress", "in_progress", "delivered", "delivered",
                                   "partly_delivered", "stalled", "dropped"]
PAGE = 200


def make_briefing(number: int, per: int) -> Briefing:
    rng = random.Random(number)
    parties = rng.sample(PARTIES, 2)
    year = rng.randint(2005, 2026)
    commitments = []
    for _ in range(rng.randint(per - 3, per + 3)):
        due = f"{year + rng.randint(0, 3)}-{rng.randint(1, 12):02d}-28" if rng.random() < 0.4 else None
        text = " ".join(rng.choice(WORDS) for _ in range(14))
        if rng.random() < 0.001:
            text += " zanzibarite"  # a rare word for the text search
        commitments.append(Commitment(actor=rng.choice([*parties, "both sides"]), text=text.capitalize() + ".",
                                      firmness=rng.choice(["firm", "proposal", "hope"]),
                                      status=rng.choice(STATUS_MIX), due=due))
    summary = " ".join(rng.choice(WORDS) for _ in range(30))
    return Briefing(title=f"Talks {number} between {parties[0]} and {parties[1]}", event_kind="talks",
                    event_date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", parties=parties,
                    summary=summary, source=Source(text=summary),
                    participants=[Participant(name=f"Person {number} {i}", organization=parties[i % 2])
                                  for i in range(4)], commitments=commitments)


def build(path: Path, count: int, per: int) -> None:
    started = time.perf_counter()
    with Library.open(path, claim=False, seed_sample=False) as library:
        library.store.add_stream(make_briefing(n, per) for n in range(count))
        conn = library.store.conn
        with conn:  # a tenth of the rated ones with a history entry, as tracking leaves them
            conn.execute("insert into commitment_history (commitment_uid, date, status, note, entered_at)"
                         " select uid, '2024-01-01', status, 'bench', '2024-01-01T00:00:00+00:00' from commitments"
                         " where status != 'not_rated' and id % 10 = 0")
            conn.execute("drop table if exists bare_commitments")
            conn.execute("create table bare_commitments as select c.id, c.actor, c.text, c.firmness, c.status, c.due,"
                         " c.due_text, c.briefing_id, c.position, b.title, b.event_date, b.parties"
                         " from commitments c join briefings b on b.id = c.briefing_id")
        conn.execute("analyze")
    print(f"built {count:,} briefings in {time.perf_counter() - started:.0f} s")


# (name, Library.commitments arguments, the bare query's WHERE and ORDER BY)
NEWEST = "event_date desc, briefing_id desc, position"
CASES: list[tuple[str, dict, str, str]] = [
    ("open (newest, no filter)", {}, "", NEWEST),
    ("status dropped, page 2", {"status": "dropped", "offset": PAGE}, "status = 'dropped'", NEWEST),
    ("sorted by due", {"order": "due"}, "", "coalesce(due, '9999'), event_date desc, briefing_id desc, position"),
    ("sorted by actor", {"order": "actor"}, "", "actor collate nocase, event_date desc, briefing_id desc, position"),
]
# Every filter below is timed with each sort (the view's columns: date, due, actor, status).
FILTERS: list[tuple[str, dict, str]] = [
    ("status stalled", {"status": "stalled"}, "status = 'stalled'"),
    ("status not rated", {"status": "not rated"}, "status = 'not_rated'"),
    ("overdue", {"overdue": True}, "due < date('now') and status not in ('delivered', 'dropped')"),
    ("party Jilin province", {"party": "Jilin province"}, "parties like '%Jilin province%'"),
    ("pair Jilin + Bavaria", {"party": "Jilin province", "with_party": "Bavaria state"},
     "parties like '%Jilin province%' and parties like '%Bavaria state%'"),
    ("actor both sides", {"actor": "both sides"}, "actor like '%both sides%'"),
    ("firmness hope", {"firmness": "hope"}, "firmness = 'hope'"),
    ("event dates 2010", {"since": "2010-01-01", "until": "2010-12-31"},
     "event_date between '2010-01-01' and '2010-12-31'"),
    ("text 'ferry' (common)", {"text": "ferry"}, "text like '%ferry%'"),
    ("text rare word", {"text": "zanzibarite"}, "text like '%zanzibarite%'"),
    ("overdue + party", {"overdue": True, "party": "Ontario region"},
     "due < date('now') and status not in ('delivered', 'dropped') and parties like '%Ontario region%'"),
    ("party of 5 names + overdue", {"party": "Ontario", "overdue": True},
     "parties like '%Ontario%' and due < date('now') and status not in ('delivered', 'dropped')"),
    ("... + stalled + 2 words", {"party": "Ontario", "overdue": True, "status": "stalled", "text": "hydrogen ferry"},
     "parties like '%Ontario%' and due < date('now') and status = 'stalled' and text like '%hydrogen%'"
     " and text like '%ferry%'"),
]
RANK = "case status " + " ".join(f"when '{s}' then {n}" for n, s in enumerate(
    ("stalled", "not_started", "in_progress", "partly_delivered", "not_rated", "delivered", "dropped"))) + " else 7 end"
SORTS = {"date": ("newest", NEWEST),
         "due": ("due", "coalesce(due, '9999'), event_date desc, briefing_id desc, position"),
         "actor": ("actor", "actor collate nocase, event_date desc, briefing_id desc, position"),
         "status": ("status", f"{RANK}, status, event_date desc, briefing_id desc, position")}
CASES += [(f"{name} / {sort}", {**arguments, "order": order}, where, bare_order)
          for name, arguments, where in FILTERS for sort, (order, bare_order) in SORTS.items()]


def paired(job: Callable[[], object], reference: Callable[[], object], runs: int) -> tuple[tuple[float, float], ...]:
    """((min, median) ms of `job`, (min, median) ms of `reference`), timed in turn, each going first
    every other run (a loaded machine weighs on both alike)."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(runs):
        for side in ((0, 1) if run % 2 == 0 else (1, 0)):
            began = time.perf_counter()
            (job, reference)[side]()
            times[side].append((time.perf_counter() - began) * 1000)
    return tuple((min(each), statistics.median(each)) for each in times)


def forget() -> None:
    """Forget the party filters' events found before: 'first ms' is a filter's first page as typed."""
    import importlib

    for name in ("briefing.store.kept_reads", "briefing.store.commitment_filters",
                 "briefing.store.commitments"):  # (where it was before)
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for cache in ("_KEPT", "_EVENTS_CACHE"):  # (its name before)
            if hasattr(module, cache):
                getattr(module, cache).clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=100_000)
    parser.add_argument("--per", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="time only the cases whose name holds this text")
    parser.add_argument("--no-window", action="store_true", help="leave out the window figures")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="briefing-bench-commitments-")) / "bench.sqlite"
    if not path.exists():
        build(path, args.briefings, args.per)
    with Library.open(path, claim=False, read_only=True) as library:
        bare = sqlite3.connect(path)
        total = library.count_commitments()
        print(f"{library.count():,} briefings, {total:,} commitments ({path})")
        print(f"{'case':37} {'first ms':>13} {'page ms':>7} {'count ms':>8} {'whole ms':>8} {'bare ms':>13}"
              f" {'bare count':>10} {'ratio':>6} {'rows':>9}")
        for name, arguments, where, order in CASES:
            if args.only not in name:
                continue
            options = dict(arguments)
            sort = options.pop("order", "newest")
            skip = options.pop("offset", 0)
            query = library.commitment_filter(**options)
            page = median_ms(lambda: library.commitment_page(query, sort, PAGE, skip), args.runs)  # noqa: B023
            sql = (f"select * from bare_commitments {'where ' + where if where else ''}"
                   f" order by {order} limit {PAGE} offset {skip}")
            first, reference = paired(lambda: (forget(), library.commitment_page(query, sort, PAGE, skip)),  # noqa: B023
                                      lambda: bare.execute(sql).fetchall(), args.runs)  # noqa: B023
            count = median_ms(lambda: library.count_commitments(query, COUNT_AT_ONCE), args.runs)  # noqa: B023
            counting = f"select count(*) from bare_commitments{' where ' + where if where else ''}"
            whole, bare_count = paired(lambda: library.count_commitments(query),  # noqa: B023
                                       lambda: bare.execute(counting).fetchall(), args.runs)  # noqa: B023
            rows = library.count_commitments(query)
            print(f"{name:37} {first[1]:6.1f}/{first[0]:6.1f} {page:7.1f} {count:8.1f} {whole[1]:8.1f}"
                  f" {reference[1]:6.1f}/{reference[0]:6.1f} {bare_count[1]:10.1f} {first[1] / reference[1]:6.2f}"
                  f" {rows:9,}")
        search_figures(library, bare, args.runs, args.only)
        bare.close()
        if not args.no_window:
            window_figures(library, args.runs)


# search's party: filter on the same library: (query, the bare FTS5 MATCH or None, the party)
SEARCHES = [("party:Jilin", None, "Jilin"), ('party:"Ontario region"', None, "Ontario region"),
            ("party:Jilin ferry", "ferry", "Jilin"), ("party:Bavaria hydrogen port", "hydrogen port", "Bavaria")]


def search_figures(library: Library, bare: sqlite3.Connection, runs: int, only: str) -> None:
    """The search box's party: filter, its first page (20 hits) in each order as a new filter gets it,
    beside the bare query: the briefings' parties read with instr (by date), or the FTS5 table asked
    the words with the same test of the parties (by rank)."""
    from briefing.store.index import SEARCH_FTS

    print(f"{'search':37} {'order':>8} {'ms':>8} {'bare ms':>9} {'ratio':>6} {'hits':>6}")
    for text, words, party in SEARCHES:
        if only not in "search " + text:
            continue
        if words is None:
            sql, values = ("select id, title from briefings where instr(lower(parties), lower(?)) > 0"
                           " order by event_date desc limit 20", [party])
        else:
            sql, values = (f"select f.rowid, b.title from [{SEARCH_FTS}] f join briefings b on b.id = f.rowid where"
                           f" [{SEARCH_FTS}] match ? and instr(lower(b.parties), lower(?)) > 0 order by f.rank"
                           " limit 20", [" ".join(f'"{word}"' for word in words.split()), party])
        reference = median_ms(lambda: bare.execute(sql, values).fetchall(), runs)  # noqa: B023
        for order in ("fast", "rank", "newest"):
            def job() -> object:
                forget()
                return library.search(text, limit=20, order=order)  # noqa: B023
            took = median_ms(job, runs)
            hits = len(library.search(text, limit=20, order=order).hits)
            print(f"search {text:30} {order:>8} {took:8.1f} {reference:9.1f} {took / reference:6.2f} {hits:6}")


def window_figures(library: Library, runs: int) -> None:
    """The Commitments view opened to its first page painted, beside an empty QMainWindow shown."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    from briefing.gui.commitments_view import CommitmentsView

    app = QApplication.instance() or QApplication([])
    kept: list[object] = []

    def view() -> None:
        shown = CommitmentsView(library)
        shown.show()
        app.processEvents()
        shown.close_reader()
        kept.append(shown)

    def empty() -> None:
        shown = QMainWindow()
        shown.show()
        app.processEvents()
        kept.append(shown)

    opened, reference = median_ms(view, runs), median_ms(empty, runs)
    print(f"Commitments view to its first page painted: {opened:.0f} ms (an empty QMainWindow: {reference:.0f} ms)")


if __name__ == "__main__":
    main()
