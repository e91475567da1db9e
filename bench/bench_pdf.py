"""Benchmark of the PDF export: one briefing (target <= 0.3 s) and a 100-briefing book (target <= 10 s).

Run: .venv/bin/python bench/bench_pdf.py [--book-size N] [--runs N]
It builds its own synthetic briefings (about the size of a real one: a 4 KB article, a dozen
statements, eight commitments) and prints timings beside the bare reference, plain reportlab
Paragraphs of the same text on the same page size, timed in turn in the same run (goal: <= 2x);
it is a benchmark, not a test.
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
from briefing.export.pdf_styles import page_size_points

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


def plain_reportlab(briefings: list[Briefing], path: Path, page_size: str = "A4") -> None:
    """The bare reference: the same text as plain reportlab Paragraphs (sample styles, one
    SimpleDocTemplate, the same page size), each briefing on a new page; no tables, fonts, header,
    footer, page count, contents or bookmarks."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    sheet = getSampleStyleSheet()
    h1, h2, body = sheet["Heading1"], sheet["Heading2"], sheet["BodyText"]
    story: list = []
    for number, b in enumerate(briefings):
        if number:
            story.append(PageBreak())
        story += [Paragraph(escape(b.title), h1), Paragraph(escape(" · ".join(
            [b.event_date or "", b.event_kind or "", *b.places, *b.parties, *b.tags])), body)]
        story += [Paragraph("Summary", h2), Paragraph(escape(b.summary or ""), body), Paragraph("Participants", h2)]
        story += [Paragraph(escape(", ".join(x for x in (p.name, *p.aliases, p.title, p.organization, p.country)
                                             if x)), body) for p in b.participants]
        story.append(Paragraph("Statements", h2))
        story += [Paragraph(escape(f"{s.speaker}: {s.text}"), body) for s in b.statements]
        story.append(Paragraph("Commitments", h2))
        story += [Paragraph(escape(f"{c.actor}: {c.text} ({c.firmness}, {c.status}, {c.due or '-'})"), body)
                  for c in b.commitments]
        source = b.source
        story.append(Paragraph("Source", h2))
        story.append(Paragraph(escape(" · ".join(x for x in (source.outlet, source.url, source.published,
                                                            source.credit) if x)), body))
        story += [Paragraph(escape(p), body) for p in (source.text or "").split("\n") if p.strip()]
    SimpleDocTemplate(str(path), pagesize=page_size_points(page_size)).build(story)


def paired(ours: Callable[[], object], bare: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Timings of ours and of the bare reference, taken in turn so a busy moment falls on both."""
    mine, reference = [], []
    for _ in range(runs):
        mine += timed(ours, 1)
        reference += timed(bare, 1)
    return mine, reference


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float], bare: list[float], target: float, path: Path, bare_path: Path) -> None:
    median, bare_median = statistics.median(times), statistics.median(bare)
    ratio = median / bare_median
    verdict = "ok" if median <= target and ratio <= 2 else "OVER TARGET"
    print(f"| {label:<32} | {median:7.3f} s (best {min(times):.3f}, first {times[0]:.3f}) | "
          f"{bare_median:7.3f} s (best {min(bare):.3f}) | {ratio:5.2f}× | ≤ 2×, ≤ {target:g} s {verdict} | "
          f"{path.stat().st_size / 1024:,.0f} KB / {bare_path.stat().st_size / 1024:,.0f} KB |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book-size", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20200513)
    one = synthetic_briefing(rng, 1)
    book = [synthetic_briefing(rng, n, cjk=n % 10 == 0) for n in range(args.book_size)]
    cjk = synthetic_briefing(rng, 2, cjk=True)
    export_pdf([one], Path(tempfile.gettempdir()) / "bench-warm-up.pdf")  # imports and fonts, for both alike
    plain_reportlab([one], Path(tempfile.gettempdir()) / "bench-warm-up-plain.pdf")
    print("| figure | Briefing (median) | plain reportlab (median) | ratio | goal | file sizes |\n"
          "|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        jobs = [
            ("one briefing", [one], "A4", 0.3, args.runs),
            ("one briefing with Chinese text", [cjk], "A4", 0.3, args.runs),
            (f"{args.book_size}-briefing book", book, "A4", 10.0, max(1, args.runs // 2)),
            (f"{args.book_size}-briefing book, Letter", book, "Letter", 10.0, 1),
        ]
        for number, (label, items, size, target, runs) in enumerate(jobs):
            ours_path, bare_path = out / f"{number}.pdf", out / f"{number}-plain.pdf"
            ours, bare = paired(lambda i=items, p=ours_path, z=size: export_pdf(i, p, page_size=z),
                                lambda i=items, p=bare_path, z=size: plain_reportlab(i, p, z), runs)
            report(label, ours, bare, target, ours_path, bare_path)


if __name__ == "__main__":
    main()
