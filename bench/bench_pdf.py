"""Benchmark of the PDF export: one briefing (target <= 0.3 s) and a 100-briefing book (target <= 10 s).

Run: .venv/bin/python bench/bench_pdf.py [--book-size N] [--runs N] [--book-runs N]
It builds its own synthetic briefings (about the size of a real one: a 4 KB article, a dozen
statements, eight commitments) and prints timings beside the bare reference, plain reportlab
Paragraphs of the same text on the same page size, timed in turn in the same run, the order
alternating from run to run (goal: <= 2x). Each row gives the median and the minimum wall-clock time
and the median CPU time of both, with their ratios (and the median ratio of the runs taken side by
side), and the machine's load before and after;
it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.core.resources import resources_dir
from briefing.export import export_pdf
from briefing.export.follow_up import GROUP_ORDER, OVERDUE, FollowUp, FollowUpItem, export_follow_up
from briefing.export.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size_points
from briefing.export.profile import ProfileSheet, export_profile
from briefing.export.profile import Row as ProfileRow

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


def synthetic_follow_up(rng: random.Random, count: int = 120) -> FollowUp:
    """A busy party's follow-up report: `count` commitments over every status, a third overdue."""
    statuses = [status for status in GROUP_ORDER if status != OVERDUE]
    items = tuple(FollowUpItem(
        id=number, actor=f"Person {number % 7} Surname", text=sentence(rng, rng.randint(15, 30)),
        status=rng.choice(statuses), overdue=number % 3 == 0, firmness=rng.choice(FIRMNESS),
        due=f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", due_text="by the end of the year",
        event_title=f"Talks on {rng.choice(WORDS)} {rng.choice(WORDS)} cooperation", event_date="2025-05-13",
        last_date="2026-01-15", last_note=sentence(rng, 10) if number % 2 else None,
        evidence="https://example.org/news/2" if number % 5 == 0 else None) for number in range(1, count + 1))
    return FollowUp(party="Region A", with_party="Region B", as_of=datetime.date(2026, 3, 1), items=items)


def follow_up_tables(report: FollowUp) -> list[tuple[str, list[list[str]], list[float]]]:
    """The report's rows as plain text, table by table, for the bare reference."""
    out = []
    for group, items in report.groups():
        rows = [["No.", "Commitment", "Source event", "Due", "Last update"]]
        rows += [[f"#{i.id}", f"{i.actor}: {i.text} ({i.firmness})", f"{i.event_title} {i.event_date}",
                  f"{i.due} ({i.due_text})", " ".join(x for x in (f"{i.status}, {i.last_date}", i.last_note,
                                                                   i.evidence and f"Evidence: {i.evidence}") if x)]
                 for i in items]
        out.append((f"{group} ({len(items)})", rows, [0.06, 0.40, 0.22, 0.12, 0.20]))
    return out


def synthetic_profile(rng: random.Random) -> ProfileSheet:
    """A counterpart met often: 40 events, 60 statements, 40 commitments (10 open)."""
    def rows(count: int, words: int, detail: str, extra: str = "") -> list[ProfileRow]:
        return [ProfileRow(date=f"202{number % 6}-0{number % 9 + 1}-1{number % 10}",
                           text=sentence(rng, rng.randint(words // 2, words)), detail=detail, extra=extra)
                for number in range(count)]

    return ProfileSheet(
        kind="person", name="Person 1-0 Surname", subtitle="Minister of trade, Ministry of Industry",
        facts=[("NAMES", "Person 1-0 Surname, Surname0"), ("TITLES", "Minister of trade (2020 to 2025)"),
               ("ORGANIZATION", "Ministry of Industry"), ("COUNTRY", "Italy"), ("PARTIES", "Region A, Region B")],
        encounters=rows(3, 14, "minister of trade"), open_commitments=rows(10, 30, "In progress", "2026-06-30"),
        events=rows(40, 14, "minister of trade"), statements=rows(60, 30, "Talks on trade"),
        commitments=rows(40, 30, "Delivered", "2025-06-30"))


def profile_tables(sheet: ProfileSheet) -> list[tuple[str, list[list[str]], list[float]]]:
    """The sheet's rows as plain text, table by table (as many rows as it prints), for the bare reference."""
    def table(rows: list[ProfileRow], heads: list[str]) -> list[list[str]]:
        return [heads, *([r.date or "", r.text, r.detail, r.extra][:len(heads)] for r in rows)]

    return [("Facts", [list(fact) for fact in sheet.facts], [0.22, 0.78]),
            ("Last three encounters", table(sheet.encounters[:3], ["Date", "Event", "As"]), [0.16, 0.52, 0.32]),
            ("Open commitments", table(sheet.open_commitments[:6], ["Made", "Commitment", "Status", "Due"]),
             [0.14, 0.56, 0.14, 0.16]),
            ("Events", table(sheet.events[:60], ["Date", "Event", "As"]), [0.16, 0.52, 0.32]),
            ("Commitments", table(sheet.commitments[:60], ["Made", "Commitment", "Status", "Due"]),
             [0.14, 0.56, 0.14, 0.16]),
            ("Statements", table(sheet.statements[:60], ["Date", "Said", "At"]), [0.14, 0.58, 0.28])]


BARE_CJK = "BareCJK"
_CJK_RUN = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")


@cache
def bare_cjk_font() -> str:
    """The bare reference's font for Chinese text: the same bundled TrueType file, registered once per
    process with reportlab's own TTFont (as the app does), embedded as a subset where the text uses it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(BARE_CJK, str(resources_dir() / "fonts" / "wqy-microhei.ttc"), subfontIndex=0))
    return BARE_CJK


def bare_markup(text: str | None) -> str:
    """`text` escaped, with its Chinese runs in the CJK font (the same fonts where the text needs them)."""
    from xml.sax.saxutils import escape

    escaped = escape(text or "")
    if escaped.isascii():
        return escaped
    return _CJK_RUN.sub(lambda m: f'<font name="{bare_cjk_font()}">{m.group()}</font>', escaped)


@cache
def bare_styles() -> dict[str, Any]:
    """reportlab's sample styles, each with a twin that breaks lines between CJK characters."""
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    sheet = getSampleStyleSheet()
    out: dict[str, Any] = {}
    for name in ("Title", "Heading1", "Heading2", "BodyText"):
        out[name] = sheet[name]
        out[name + "-cjk"] = ParagraphStyle(name + "-cjk", parent=sheet[name], wordWrap="CJK")
    return out


def bare_para(text: str | None, style: str) -> Any:
    from reportlab.platypus import Paragraph

    markup = bare_markup(text)
    return Paragraph(markup, bare_styles()[style + ("-cjk" if "<font" in markup else "")])


def bare_doc(path: Path, page_size: str) -> Any:
    """A SimpleDocTemplate with the app's page size and margins (the same line width)."""
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(str(path), pagesize=page_size_points(page_size), leftMargin=MARGIN_X,
                             rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)


def plain_reportlab(briefings: list[Briefing], path: Path, page_size: str = "A4") -> None:
    """The bare reference: the same text as plain reportlab Paragraphs (sample styles, one
    SimpleDocTemplate, the same page size and margins, the CJK font where the text has Chinese), each
    briefing on a new page (a book's cover and contents lines first); no tables, header, footer, page
    count, page numbers in the contents, or bookmarks."""
    from reportlab.platypus import PageBreak

    story: list = []
    if len(briefings) > 1:
        story += [bare_para("Briefing book", "Title"), bare_para(f"{len(briefings)} briefings", "BodyText"),
                  PageBreak(), bare_para("Contents", "Heading1")]
        story += [bare_para(f"{b.event_date or ''} {b.title}", "BodyText") for b in briefings]
    for b in briefings:
        if story:
            story.append(PageBreak())
        story += [bare_para(b.title, "Heading1"), bare_para(" · ".join(
            [b.event_date or "", b.event_kind or "", *b.places, *b.parties, *b.tags]), "BodyText")]
        story += [bare_para("Summary", "Heading2"), bare_para(b.summary, "BodyText")]
        firm = [c for c in b.commitments if c.firmness == "firm"][:6]
        if firm:
            story.append(bare_para("Outcomes", "Heading2"))
            story += [bare_para(f"{c.actor}: {c.text}", "BodyText") for c in firm]
        story.append(bare_para("Participants", "Heading2"))
        story += [bare_para(", ".join(x for x in (p.name, *p.aliases, p.title, p.organization, p.country) if x),
                            "BodyText") for p in b.participants]
        story.append(bare_para("Statements", "Heading2"))
        story += [bare_para(f"{s.speaker}: {s.text}", "BodyText") for s in b.statements]
        story.append(bare_para("Commitments", "Heading2"))
        story += [bare_para(f"{c.actor}: {c.text} ({c.firmness}, {c.status}, {c.due or '-'})", "BodyText")
                  for c in b.commitments]
        source = b.source
        story.append(bare_para("Source", "Heading2"))
        story.append(bare_para(" · ".join(x for x in (source.outlet, source.url, source.published, source.credit)
                                          if x), "BodyText"))
        story += [bare_para(p, "BodyText") for p in (source.text or "").split("\n") if p.strip()]
    bare_doc(path, page_size).build(story)


def bare_tables(title: str, tables: list[tuple[str, list[list[str]], list[float]]], path: Path,
                page_size: str = "A4") -> None:
    """The bare reference of a report: a title, then per table a heading and a plain reportlab Table of
    the same rows (BodyText Paragraphs, the same column shares, a repeated header row and a grid)."""
    from reportlab.platypus import Table

    width = page_size_points(page_size)[0] - 2 * MARGIN_X
    story: list = [bare_para(title, "Title")]
    for heading, rows, shares in tables:
        table = Table([[bare_para(cell, "BodyText") for cell in row] for row in rows],
                      colWidths=[width * share for share in shares], repeatRows=1)
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story += [bare_para(heading, "Heading2"), table]
    bare_doc(path, page_size).build(story)


@dataclass
class Timings:
    """Wall-clock and CPU seconds of each run of one job."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, action: Callable[[], object]) -> None:
        gc.collect()  # the garbage of the other job's run is not this run's to collect
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        self.cpu.append(time.process_time() - cpu)
        self.wall.append(time.perf_counter() - wall)


def paired(ours: Callable[[], object], bare: Callable[[], object], runs: int) -> tuple[Timings, Timings]:
    """Timings of ours and of the bare reference, taken in turn and in alternating order (ours first,
    then bare first), so that a busy moment and the cost of going second fall on both alike."""
    mine, reference = Timings(), Timings()
    for run in range(runs):
        for timings, action in ((mine, ours), (reference, bare))[::1 if run % 2 == 0 else -1]:
            timings.add(action)
    return mine, reference


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def report(label: str, ours: Timings, bare: Timings, target: float | None, path: Path, bare_path: Path) -> None:
    """One line of the table: medians and minimums, the ratios of the medians (and of the minimums)."""
    median, bare_median = statistics.median(ours.wall), statistics.median(bare.wall)
    cpu, bare_cpu = statistics.median(ours.cpu), statistics.median(bare.cpu)
    ratio, best_ratio, cpu_ratio = median / bare_median, min(ours.wall) / min(bare.wall), cpu / bare_cpu
    # each run of ours beside the bare run taken next to it: a busy spell weighs on both of a pair
    paired_ratio = statistics.median(mine / theirs for mine, theirs in zip(ours.wall, bare.wall))
    verdict = "ok" if (target is None or median <= target) and max(ratio, cpu_ratio) <= 2 else "OVER TARGET"
    goal = "≤ 2×" + (f", ≤ {target:g} s" if target is not None else "")
    print(f"| {label:<34} | {len(ours.wall):>2} | {median:6.3f} s ({min(ours.wall):.3f}) | "
          f"{bare_median:6.3f} s ({min(bare.wall):.3f}) | {ratio:4.2f}× ({best_ratio:4.2f}×; {paired_ratio:4.2f}×) | "
          f"{cpu:6.3f} s / {bare_cpu:6.3f} s | {cpu_ratio:4.2f}× | {goal} {verdict} | "
          f"{path.stat().st_size / 1024:,.0f} KB / {bare_path.stat().st_size / 1024:,.0f} KB |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book-size", type=int, default=100)
    parser.add_argument("--runs", type=int, default=30, help="runs of each small case (one briefing, reports)")
    parser.add_argument("--book-runs", type=int, default=5, help="runs of each book (A4 and Letter)")
    parser.add_argument("--only", default="", help="only the rows whose label holds this text")
    args = parser.parse_args()
    rng = random.Random(20200513)
    one = synthetic_briefing(rng, 1)
    book = [synthetic_briefing(rng, n, cjk=n % 10 == 0) for n in range(args.book_size)]
    cjk = synthetic_briefing(rng, 2, cjk=True)
    report_data, sheet = synthetic_follow_up(rng), synthetic_profile(rng)
    warm = Path(tempfile.gettempdir())  # imports and fonts (CJK too, parsed once per process), for both alike
    export_pdf([cjk], warm / "bench-warm-up.pdf")
    plain_reportlab([cjk], warm / "bench-warm-up-plain.pdf")
    print(f"Before: {load()}")
    print("| figure | runs | Briefing, median (min) | plain reportlab, median (min) | ratio, median (min; pairs) | "
          "CPU median, Briefing / reportlab | CPU ratio | goal | file sizes |\n|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        Job = tuple[str, Callable[[Path], object], Callable[[Path], object], float | None, int]
        jobs: list[Job] = [
            ("one briefing", lambda p: export_pdf([one], p), lambda p: plain_reportlab([one], p), 0.3, args.runs),
            ("one briefing with Chinese text", lambda p: export_pdf([cjk], p), lambda p: plain_reportlab([cjk], p),
             0.3, args.runs),
            (f"{args.book_size}-briefing book", lambda p: export_pdf(book, p), lambda p: plain_reportlab(book, p),
             10.0, max(1, args.book_runs)),
            (f"{args.book_size}-briefing book, Letter", lambda p: export_pdf(book, p, page_size="Letter"),
             lambda p: plain_reportlab(book, p, "Letter"), 10.0, max(1, args.book_runs)),
            (f"follow-up report, {len(report_data.items)} commitments", lambda p: export_follow_up(report_data, p),
             lambda p: bare_tables(report_data.title, follow_up_tables(report_data), p), None, args.runs),
            ("profile sheet, 40 events", lambda p: export_profile(sheet, p),
             lambda p: bare_tables(sheet.name, profile_tables(sheet), p), None, args.runs),
        ]
        for number, (label, ours_job, bare_job, target, runs) in enumerate(jobs):
            if args.only not in label:
                continue
            ours_path, bare_path = out / f"{number}.pdf", out / f"{number}-plain.pdf"
            ours, bare = paired(lambda j=ours_job, p=ours_path: j(p), lambda j=bare_job, p=bare_path: j(p), runs)
            report(label, ours, bare, target, ours_path, bare_path)
    print(f"After: {load()}. Medians and minimums of wall-clock time; 'pairs' is the median of each run's "
          f"ratio to the bare run taken next to it. CPU is the process's own time, which a busy machine disturbs "
          f"less. Each pair of runs alternates which of the two goes first.")


if __name__ == "__main__":
    main()
