"""Articles to drafts: a file or pasted text read (ingest) and extracted into a draft briefing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.model import Briefing
from briefing.ingest import SUFFIXES, Article, IngestError, article_from_text, read_article
from briefing.library.errors import LibraryError

if TYPE_CHECKING:  # extraction loads on first use, not at start-up
    from briefing.extract import Extraction

ARTICLE_SUFFIXES = tuple(sorted(SUFFIXES))
JSON_SUFFIXES = (".json", ".jsonl")
ARTICLE_FILTER = ("Articles and briefings (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl);;"
                  "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;"
                  "Briefing interchange (*.json *.jsonl);;All files (*)")
REPORT_LIMIT = 12  # failed files named one by one; the rest are counted


@dataclass
class ArticleResult:
    """One file's outcome: a draft briefing, or the reason it could not be read."""

    name: str
    briefing: Briefing | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # what reading had to repair (bad bytes, ...)


def is_article(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def is_interchange(path: Path) -> bool:
    return path.suffix.lower() in JSON_SUFFIXES


EXPLAIN_LIMIT = 200_000  # characters: beyond this a tooltip would wait too long for its reasons


@lru_cache(maxsize=8)
def _reasons(text: str, published: str | None, title: str, url: str | None,
             outlet: str | None) -> dict[tuple[str, int | None, int | None], str]:
    from briefing.extract import explain

    result = explain(text, published=published, title=title, url=url, outlet=outlet)
    return {(reason.kind, reason.start, reason.end): reason.tooltip()
            for reason in (*result.statements, *result.commitments)}


def reason_tooltip(briefing: Briefing, kind: str, start: int | None, end: int | None) -> str | None:
    """Why extraction found the statement or commitment ('statement'/'commitment') at these source offsets —
    its rule, speaker or actor step and firmness cue — or None when extraction did not find it there (a
    person added or moved it) or the briefing has no source text to explain."""
    text = briefing.source.text
    if not text or start is None or end is None or len(text) > EXPLAIN_LIMIT:
        return None
    source = briefing.source
    return _reasons(text, source.published, briefing.title, source.url, source.outlet).get((kind, start, end))


def draft_of(article: Article, published: str | None = None) -> Briefing:
    """The article's draft briefing; `published` (YYYY-MM-DD) stands in when the file carries no date."""
    return explained_draft(article, published).briefing


def explained_draft(article: Article, published: str | None = None,
                    progress: Callable[[str], None] | None = None) -> Extraction:
    """The article's draft briefing with the trace of each statement and commitment (`Reason`: the rule that
    found it, how its speaker or actor was resolved, the firmness cue) and extraction's warnings."""
    from briefing.extract import explain  # loaded on first import, not at start-up

    result = explain(article.text, published=published or article.published, title=article.title, url=article.url,
                     outlet=article.outlet, progress=progress)
    result.briefing.review = "draft"  # what extraction made waits for a person to check it
    return result


def explain_file(path: Path, published: str | None = None, warn: Callable[[str], None] | None = None,
                 progress: Callable[[str], None] | None = None) -> Extraction:
    """An article file's draft with its trace and warnings, not saved; raises LibraryError naming what was
    wrong with the file. `warn` hears what reading had to repair, `progress` each stage of extraction."""
    try:
        article = read_article(path)
    except Exception as error:  # ingest's IngestError says what was wrong with the file
        raise LibraryError(str(error)) from None
    if warn is not None:
        for warning in article.warnings:
            warn(f"{path.name}: {warning}")
    return explained_draft(article, published, progress)


def draft_from_file(path: Path, published: str | None = None,
                    warn: Callable[[str], None] | None = None) -> Briefing:
    """An article file (.txt, .md, .html, .docx, .pdf) read and extracted; raises IngestError.
    `warn` hears each thing reading had to repair ("3 invalid UTF-8 bytes were replaced ...") and each warning of
    extraction ("... does not look like an event report"), named by file."""
    briefing, warnings = _draft_and_warnings(path, published)
    if warn is not None:
        for warning in warnings:
            warn(f"{path.name}: {warning}")
    return briefing


def _draft_and_warnings(path: Path, published: str | None) -> tuple[Briefing, list[str]]:
    article = read_article(path)
    result = explained_draft(article, published)
    return result.briefing, [*article.warnings, *result.warnings]


def read_and_extract(path: Path, published: str | None = None) -> ArticleResult:
    """Runs in a worker: never raises; an unreadable file comes back with its error instead."""
    try:
        briefing, warnings = _draft_and_warnings(path, published)
        return ArticleResult(path.name, briefing=briefing, warnings=warnings)
    except IngestError as error:
        return ArticleResult(path.name, error=error.problem)
    except Exception as error:  # extraction never raises by contract; this keeps one bad file from stopping all
        return ArticleResult(path.name, error=f"could not be extracted ({type(error).__name__}: {error})")


def extract_text(text: str) -> Briefing:
    """Pasted text to a draft; raises IngestError when there is no usable text."""
    return draft_of(article_from_text(text, "pasted text"))


def regions_known() -> int:
    """How many regions of countries extraction tells a participant's country by (0: pycountry's data is missing)."""
    from briefing.extract.regions import region_countries

    return len(region_countries())


def failure_report(failures: list[ArticleResult], total: int) -> str:
    """'3 of 200 files could not be read:' and one line per file (the first dozen)."""
    if not failures:
        return ""
    head = (f"{len(failures)} of {total} files could not be read:" if total > 1
            else "The file could not be read:")
    lines = [f"• {f.name}: {f.error}" for f in failures[:REPORT_LIMIT]]
    if len(failures) > REPORT_LIMIT:
        lines.append(f"… and {len(failures) - REPORT_LIMIT} more.")
    return "\n".join([head, *lines])


def failure_summary(failures: list[ArticleResult], total: int) -> str:
    """One line for the status bar: '3 of 200 files could not be read: a.pdf, b.docx, c.txt'."""
    if not failures:
        return ""
    names = ", ".join(f.name for f in failures[:5]) + (", …" if len(failures) > 5 else "")
    if total == 1:
        return f"The file could not be read: {names}"
    return f"{len(failures)} of {total} files could not be read: {names}"
