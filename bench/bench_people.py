"""People directory benchmark: Library.people/person/search beside bare SQLite queries on the same data, in one run.

Usage: python bench/bench_people.py [--briefings 100000] [--db PATH] [--runs 5]
Makes (or reuses, with --db) a library of N synthetic briefings with about four participants each
(~400,000 at 100,000), drawn from a pool of people in 40 countries who recur across events: a
tenth of them written as 'Governor Surname', some with aliases, titles changing over the years.
It times building the directory from nothing (what an upgrade does once), rebuilding it (beside a bare
copy of person_mentions into a fresh table with the same indexes), keeping it up to date after one
briefing is saved, opening the directory, filtering it, a person's page and the search
filters person: and party:, each beside a bare query on the same data (a flat copy of the people
rows, and a GROUP BY over the raw participants). It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bare import median_ms  # noqa: E402
from briefing.core import Briefing, Participant, Source, Statement  # noqa: E402
from briefing.library import Library  # noqa: E402

COUNTRIES = [f"Country{n}" for n in range(40)]
SURNAMES = ("Jing Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Rossi Russo Ferrari "
            "Esposito Bianchi Romano Colombo Ricci Marino Greco Muller Schmidt Schneider Fischer Weber Meyer Wagner "
            "Becker Schulz Hoffmann Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Tanaka Suzuki Sato Takahashi "
            "Watanabe Ito Yamamoto Nakamura Kobayashi Kato").split()
GIVEN = ("Junhai Wei Fang Min Jie Lei Yan Jun Hong Ying Marco Luca Giulia Anna Paolo Sara Franco Elena Hans Petra "
         "Klaus Sabine Jurgen Monika Minho Jisoo Hyun Seo Daiki Yuki Haruto Emi Kenji Aiko Omar Leila Samir Nadia "
         "Pierre Claire Louis Amelie Ivan Olga Dmitri Irina Carlos Lucia Pablo Sofia").split()
TITLES = ("governor", "vice governor", "mayor", "minister", "ambassador", "party secretary", "consul general",
          "director", "chairman", "deputy mayor")
PER_COUNTRY = 1000
RUNS_NOTE = "median of {runs} runs"


def pool() -> list[tuple[str, str, str]]:
    """(given, surname, country) of every person the events draw from; Chinese-style order in half the countries."""
    rng = random.Random(1)
    people = []
    for index, country in enumerate(COUNTRIES):
        seen: set[tuple[str, str]] = set()
        while len(seen) < PER_COUNTRY:
            seen.add((rng.choice(GIVEN), rng.choice(SURNAMES)))
        people += [(given, surname, country) for given, surname in sorted(seen)]
        if index % 2:
            people[-PER_COUNTRY:] = [(g, s, c + "|east") for g, s, c in people[-PER_COUNTRY:]]
    return people


def make_briefing(number: int, people: list[tuple[str, str, str]]) -> Briefing:
    rng = random.Random(number)
    home, away = rng.sample(range(len(COUNTRIES)), 2)
    year = rng.randint(2005, 2026)
    chosen = [people[home * PER_COUNTRY + rng.randint(0, PER_COUNTRY - 1)] for _ in range(2)]
    chosen += [people[away * PER_COUNTRY + rng.randint(0, PER_COUNTRY - 1)] for _ in range(rng.randint(1, 3))]
    participants = []
    for given, surname, country in dict.fromkeys(chosen):
        country, _, east = country.partition("|")
        full = f"{surname} {given}" if east else f"{given} {surname}"
        title = TITLES[(zlib.crc32(full.encode()) + year // 4) % len(TITLES)]  # a title that changes every few years
        name = f"{title.title()} {surname}" if rng.random() < 0.1 else full
        aliases = [surname] if name == full and rng.random() < 0.3 else []
        if any(p.name == name for p in participants):
            continue
        participants.append(Participant(name=name, aliases=aliases, title=title, country=country,
                                        organization=f"Government of {country}"))
    text = f"Talks {number}: " + ", ".join(p.name for p in participants) + "."
    return Briefing(title=f"Talks {number}", event_kind="talks", parties=[COUNTRIES[home], COUNTRIES[away]],
                    event_date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    source=Source(text=text), participants=participants,
                    statements=[Statement(speaker=participants[0].name, text=text)])


def build(path: Path, count: int) -> None:
    people = pool()
    started = time.perf_counter()
    with Library.open(path, claim=False, seed_sample=False) as library:
        library.store.add_stream(make_briefing(n, people) for n in range(count))
        print(f"stored {count:,} briefings in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        library.refresh_people()
        print(f"built the People directory from nothing (as an upgrade does once) in "
              f"{time.perf_counter() - started:.1f} s")
        conn = library.store.conn
        with conn:
            conn.execute("drop table if exists bare_people")
            conn.execute("create table bare_people as select * from people")
        conn.execute("analyze")


def bare_copy(conn: sqlite3.Connection) -> None:
    """The bare tool doing a rebuild's writes: person_mentions copied into a fresh table, its indexes made."""
    with conn:
        conn.execute("drop table if exists bare_mentions")
        conn.execute("create table bare_mentions as select * from person_mentions where 0")
        conn.execute("insert into bare_mentions select * from person_mentions order by id")
        for number, columns in enumerate(("person_id, event_date", "briefing_id, name_key",
                                          "party, person_id, briefing_id")):
            conn.execute(f"create index bare_mentions_{number} on bare_mentions ({columns})")
    with conn:
        conn.execute("drop table bare_mentions")


def rebuild_row(library: Library, runs: int) -> None:
    """Rebuilding the whole directory (min and median of `runs`, alternating with the bare copy)."""
    ours: list[float] = []
    theirs: list[float] = []
    for turn in range(runs):
        jobs = [(ours, library.rebuild_people), (theirs, lambda: bare_copy(library.store.conn))]
        for times, job in jobs if turn % 2 == 0 else reversed(jobs):
            began = time.perf_counter()
            job()
            times.append(time.perf_counter() - began)
    print(f"{'rebuild the directory (s)':34} {min(ours):8.1f} {min(theirs):8.1f} {min(ours) / min(theirs):6.1f}"
          f"   min; median {statistics.median(ours):.1f} s beside {statistics.median(theirs):.1f} s")


def import_row(path: Path, count: int) -> None:
    """Bringing the directory up to date after `count` new briefings (what an import of up to
    REFRESH_AFTER_WRITE records does in the same command), on a copy of the library, beside plain INSERTs
    of the same participants into a fresh table with an index of their names."""
    import shutil

    people = pool()
    copy = path.with_name(path.stem + "-import-copy.sqlite")
    with Library.open(path, claim=False) as library:
        library.store.conn.execute("pragma wal_checkpoint(truncate)")
    shutil.copyfile(path, copy)
    first = 10 ** 7  # numbers of briefings the bench library does not hold
    with Library.open(copy, claim=False) as library:
        library.store.add_stream(make_briefing(first + n, people) for n in range(count))
        began = time.perf_counter()
        library.refresh_people()
        ours = time.perf_counter() - began
        conn = library.store.conn
        rows = conn.execute("select p.briefing_id, p.position, p.name, p.aliases, p.title, p.organization, p.country"
                            " from participants p where p.briefing_id > (select max(id) from briefings) - ?",
                            [count]).fetchall()
        began = time.perf_counter()
        with conn:
            conn.execute("create table bare_new (briefing_id, position, name, aliases, title, organization, country)")
            conn.executemany("insert into bare_new values (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("create index bare_new_name on bare_new (name)")
        theirs = time.perf_counter() - began
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    print(f"{f'directory after {count:,} new (s)':34} {ours:8.2f} {theirs:8.2f} {ours / theirs:6.1f} {len(rows):8,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild-runs", type=int, default=2, help="runs of the whole rebuild (0: skip it)")
    parser.add_argument("--import-n", type=int, default=5000,
                        help="briefings added to a copy of the library before the directory is refreshed (0: skip)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="briefing-bench-people-")) / "bench.sqlite"
    if not path.exists():
        build(path, args.briefings)
    runs = args.runs
    with Library.open(path, claim=False) as library:
        bare = sqlite3.connect(path)
        stats = library.stats()
        people = len(library.people())
        print(f"{stats['briefings']:,} briefings, {stats['participants']:,} participants, {people:,} people ({path})")
        print(f"{'case':34} {'ms':>8} {'bare ms':>8} {'ratio':>6} {'rows':>8}   ({RUNS_NOTE.format(runs=runs)})")

        def row(name: str, job: Callable[[], object], reference: Callable[[], object]) -> None:
            ours, theirs = median_ms(job, runs), median_ms(reference, runs)
            found = job()
            size = len(found) if isinstance(found, list) else len(getattr(found, "hits", [])) or 1
            print(f"{name:34} {ours:8.1f} {theirs:8.1f} {ours / theirs:6.2f} {size:8,}")

        flat = "select id, name, title, organization, country, events, first_seen, last_seen from bare_people"
        grouped = ("select name, count(*), max(title), max(country) from participants group by name"
                   " order by name collate nocase")
        def opened(words: str = "", cold: bool = False) -> list[int]:
            """What the People view does: every id in name order, then the first screen of rows. `cold`:
            nothing kept from before (the name order is kept per file version once read; a filter is typed
            in a directory already open, so the filters below find it kept)."""
            if cold:
                import contextlib
                import importlib

                from briefing.store import people_queries

                getattr(people_queries, "_ORDER_CACHE", {}).clear()  # (absent before schema 8)
                with contextlib.suppress(ImportError):  # (the cache shared with the party filters since)
                    importlib.import_module("briefing.store.kept_reads").forget()
            ids = library.people_ids(words)
            library.people_rows(ids[:200])
            return ids

        row("open the directory (view)", lambda: opened(cold=True),
            lambda: bare.execute(flat + " order by name collate nocase").fetchall())
        row("  … beside GROUP BY participants", lambda: opened(cold=True), lambda: bare.execute(grouped).fetchall())
        row("every row at once (Library.people)", library.people,
            lambda: bare.execute(flat + " order by name collate nocase").fetchall())
        for words, like in (("wang", "% wang%"), ("governor", "% governor%"), ("country7", "% country7%"),
                            ("jing junhai", "% jing junhai%")):
            row(f"filter '{words}' (view)", lambda w=words: opened(w),  # type: ignore[misc]
                lambda k=like: bare.execute(flat + " where search like ? or parties like ? order by name collate"
                                            " nocase", [k, k]).fetchall())
        target = library.people("governor")[0]
        row(f"person page ({target.events} events)", lambda: library.person(target.id),
            lambda: bare.execute("select p.*, s.* from participants p join statements s on s.briefing_id ="
                                 " p.briefing_id where p.name = ?", [target.name]).fetchall())
        row(f"search person:{target.name.split()[0]}", lambda: library.search(f'person:"{target.name}"', limit=20),
            lambda: bare.execute("select b.id, b.title from briefings b join participants p on p.briefing_id = b.id"
                                 " where p.name = ? order by b.id desc limit 20", [target.name]).fetchall())
        row("search party:Country7 (fast page)", lambda: library.search("party:Country7", limit=20, order="fast"),
            lambda: bare.execute("select id, title from briefings where parties like '%Country7%'"
                                 " order by id desc limit 20").fetchall())
        row("search party:Country7 (by date)", lambda: library.search("party:Country7", limit=20),
            lambda: bare.execute("select id, title from briefings where parties like '%Country7%'"
                                 " order by id desc limit 20").fetchall())
        if args.rebuild_runs:
            rebuild_row(library, args.rebuild_runs)
        briefing = library.get(library.ids("id")[len(library.ids("id")) // 2])
        row("save one briefing (+ directory)", lambda: library.save(briefing),
            lambda: library.store.update(briefing))
        titles = iter(f"special envoy {n}" for n in range(10 ** 6))

        def edited() -> Briefing:
            briefing.participants[0].title = next(titles)  # a participant edited: matched again
            return briefing
        row("save, participant edited (+ dir.)", lambda: library.save(edited()),
            lambda: library.store.update(edited()))
        bare.close()
    if args.import_n:
        import_row(path, args.import_n)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this run: {peak:.0f} MB")


if __name__ == "__main__":
    main()
