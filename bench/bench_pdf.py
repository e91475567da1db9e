"""Benchmark of the PDF export: one briefing (target <= 0.3 s) and a 100-briefing book (target <= 10 s).

Run: .venv/bin/python bench/bench_pdf.py [--book-size N] [--runs N]
It builds its own synthetic briefings (about the size of a real one: a 4 KB article, a dozen
statements, eight commitments) and prints timings; it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.export import export_pdf

WORDS = ("cooperation exchange province region industry automobile innovation center project platform "
         "agriculture equipment infrastructure friendship government delegation investment trade "
         "technology support development agreement partnership research energy transport culture").split()
KINDS = ("video conference", "meeting", "talks", "signing ceremony", "forum", "visit")
FIRMNESS = ("firm", "proposal", "hope")


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_briefing(rng: random.Random, number: int, cjk: bool = False) -> Briefing:
    people = [Participant(name=f"Person {number}-{i} Surname", aliases=[f"Surname{i}"],
                          title=f"minister of {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                          organization=f"Ministry of {rng.choice(WORDS).capitalize()}",
                          country=rng.choice(["China", "Italy", "France", "Brazil", "Kenya"]),
                          attended=i < 4, spoke=i < 3) for i in range(5)]
    paragraphs = [" ".join(sentence(rng, rng.randint(12, 28)) for _ in range(rng.randint(3, 6)))
                  for _ in range(7)]
    if cjk:
        paragraphs[0] = "吉林省长春市与意大利艾米利亚-罗马涅大区举行视频会议。" + paragraphs[0]
    text = "\n".join(paragraphs)
    statements = []
    for i in range(12):
        said = sentence(rng, rng.randint(15, 35))
        statements.append(Statement(speaker=people[i % 3].name, text=said,
                                    kind="direct" if i % 4 == 0 else "reported", continuation=i % 3 == 2))
    commitments = [Commitment(actor=rng.choice([p.name for p in people[:3]] + ["both sides"]),
                              text=sentence(rng, rng.randint(15, 30)), firmness=rng.choice(FIRMNESS),
                              due=f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" if i % 3 == 0 else None)
                   for i in range(8)]
    return Briefing(
        title=f"{rng.choice(KINDS).capitalize()} on {rng.choice(WORDS)} {rng.choice(WORDS)} cooperation "
              f"between region {number} and its partners" + (" 吉林省" if cjk else ""),
        event_date=(datetime.date(2020, 1, 1) + datetime.timedelta(days=number * 9)).isoformat(),
        event_kind=rng.choice(KINDS), places=["Changchun", "Bologna"], parties=["Region A", "Region B"],
        summary=" ".join(sentence(rng, 20) for _ in range(5)), tags=["industry", "trade"],
        source=Source(outlet="Daily Outlet", url="https://example.org/news/1", published="2020-05-14",
                      credit="Photo/Staff", text=text),
        participants=people, statements=statements, commitments=commitments,
    )


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float], target: float, path: Path) -> None:
    best, median = min(times), statistics.median(times)
    verdict = "ok" if median <= target else "OVER TARGET"
    size = path.stat().st_size / 1024
    print(f"{label:<34} first {times[0]:7.3f} s   median {median:7.3f} s   best {best:7.3f} s   "
          f"target {target:5.1f} s  {verdict}   ({size:,.0f} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book-size", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20200513)
    one = synthetic_briefing(rng, 1)
    book = [synthetic_briefing(rng, n, cjk=n % 10 == 0) for n in range(args.book_size)]
    cjk = synthetic_briefing(rng, 2, cjk=True)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        single = timed(lambda: export_pdf([one], out / "one.pdf"), args.runs)
        report("one briefing", single, 0.3, out / "one.pdf")
        chinese = timed(lambda: export_pdf([cjk], out / "cjk.pdf"), args.runs)
        report("one briefing with Chinese text", chinese, 0.3, out / "cjk.pdf")
        books = timed(lambda: export_pdf(book, out / "book.pdf"), max(1, args.runs // 2))
        report(f"{args.book_size}-briefing book", books, 10.0, out / "book.pdf")
        letter = timed(lambda: export_pdf(book, out / "book-letter.pdf", page_size="Letter"), 1)
        report(f"{args.book_size}-briefing book, Letter", letter, 10.0, out / "book-letter.pdf")


if __name__ == "__main__":
    main()
