"""The search language parsed into FTS5 MATCH text and filters; any input is accepted, never raises."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
CJK_CHAR = re.compile(f"([{CJK}])")
ZWSP = "\u200b"
SURROGATE = re.compile("[\ud800-\udfff]")
WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY = 2000
MAX_TERMS = 32
MIN_PREFIX = 3
FIELDS = ("speaker", "person", "party", "kind", "status", "firmness", "tag", "review", "after", "before")
TOKEN = re.compile(r'(-?)(?:(\w+):)?("[^"]*"?|\S+)', re.UNICODE)


def segment_cjk(text: str) -> str:
    """Wrap CJK characters in zero-width spaces so the unicode61 tokenizer indexes each as a token.

    Chinese is written without spaces and many names are two characters long: one token per
    character, queried as a phrase, finds any run of them. The marks are invisible and
    unsegment_cjk removes them from snippets."""
    return CJK_CHAR.sub(f"{ZWSP}\\1{ZWSP}", text) if CJK_CHAR.search(text) else text


def unsegment_cjk(text: str) -> str:
    return text.replace(ZWSP, "")


@dataclass
class Term:
    """One word or phrase: its tokens, and whether the last one is a prefix."""

    tokens: list[str]
    prefix: bool = False
    implicit: bool = False  # a prefix the user did not type: the last word of a query typed so far

    def fts(self, implicit_prefix: bool = True) -> str:
        tokens = []
        for token in self.tokens:
            tokens.extend(segment_cjk(token).replace(ZWSP, " ").split())
        prefix = self.prefix and (implicit_prefix or not self.implicit)
        return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


@dataclass
class Query:
    """A parsed search: AND of clauses (each an OR of terms), exclusions, filters, and notes for the user."""

    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def has_implicit_prefix(self) -> bool:
        return "speaker" in self.filters or any(t.implicit for clause in self.clauses for t in clause)

    def match_text(self, implicit_prefixes: bool = True, with_speaker: bool = True) -> str | None:
        """The FTS5 MATCH expression, or None when the query has no words to match.

        Without `implicit_prefixes`, words the user is still typing match only whole; without
        `with_speaker`, the speaker: filter is left out."""
        parts = ["(" + " OR ".join(term.fts(implicit_prefixes) for term in clause) + ")"
                 for clause in self.clauses]
        speaker = self.filters.get("speaker") if with_speaker else None
        if speaker:
            name = _term_from_text(speaker, prefix=True)
            name.implicit = True
            parts.append("speaker : " + name.fts(implicit_prefixes))
        return " AND ".join(parts) if parts else None

    def excluded_text(self) -> str | None:
        """MATCH text for the excluded words; briefings containing any of them are left out."""
        return " OR ".join(term.fts() for term in self.excluded) or None


def _term_from_text(text: str, prefix: bool = False) -> Term:
    return Term(WORD.findall(text.casefold()), prefix=prefix)


def parse(text: str, prefix_last: bool = True) -> Query:
    """Parse the user's query. `prefix_last` makes the last bare word a prefix (search as you type)."""
    query = Query()
    text = _valid_text(text, query)
    if len(text) > MAX_QUERY:
        query.notes.append(f"only the first {MAX_QUERY} characters of the query were used")
        text = text[:MAX_QUERY]
    pending_or = False
    last_bare: Term | None = None
    for match in TOKEN.finditer(text):
        negate, field_name, body = match.group(1) == "-", match.group(2), match.group(3)
        last_bare = None
        bare_field = re.fullmatch(r"(\w+):", body)
        if bare_field and bare_field.group(1).casefold() in FIELDS:
            _add_filter(query, bare_field.group(1).casefold(), "")
            continue
        if field_name and field_name.casefold() in FIELDS:
            _add_filter(query, field_name.casefold(), body.strip('"'))
            continue
        if field_name:
            body = f"{field_name} {body}"
        if body in ("OR", "|") and not negate:
            pending_or = bool(query.clauses)
            continue
        if body in ("AND", "NOT") and not negate:
            continue
        quoted = body.startswith('"')
        prefix = (not quoted and body.endswith("*")) or (quoted and body.endswith('"*'))
        term = _term_from_text(body, prefix=prefix)
        if not term.tokens:
            continue
        if negate:
            query.excluded.append(term)
        elif pending_or:
            query.clauses[-1].append(term)
        else:
            query.clauses.append([term])
        if not negate and not quoted and not field_name:
            last_bare = term
        pending_or = False
    if prefix_last and last_bare is not None and not text.endswith(" ") and _long_enough(last_bare):
        last_bare.prefix = last_bare.implicit = True
    if len(query.clauses) + len(query.excluded) > MAX_TERMS:
        query.notes.append(f"only the first {MAX_TERMS} words were used")
        query.clauses = query.clauses[:MAX_TERMS]
        query.excluded = query.excluded[:max(0, MAX_TERMS - len(query.clauses))]
    return query


def _valid_text(text: str, query: Query) -> str:
    """The query with lone surrogates (bytes that were not UTF-8, escaped by the command line) undone:
    escaped UTF-8 back to its characters, anything else replaced with U+FFFD, which SQLite can take."""
    if not SURROGATE.search(text):
        return text
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that stand for no byte
        text = SURROGATE.sub("\ufffd", text)
    if "\ufffd" in text:
        query.notes.append("the query held bytes that are not valid UTF-8 text; they were read as “\ufffd”")
    return text


def period_bound(value: str, end: bool) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (or with `end`, the last) day of that period."""
    found = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if not found:
        return None
    import calendar  # here: only a date in a query needs it, not a start-up

    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    month_start, month_end = (int(month), int(month)) if month else (1, 12)
    if not 1 <= month_start <= 12:
        return None
    if day:
        last = calendar.monthrange(year, month_start)[1]
        if not 1 <= int(day) <= last:
            return None
        return f"{year:04d}-{month_start:02d}-{int(day):02d}"
    if end:
        return f"{year:04d}-{month_end:02d}-{calendar.monthrange(year, month_end)[1]:02d}"
    return f"{year:04d}-{month_start:02d}-01"


def _long_enough(term: Term) -> bool:
    """A word typed so far matches as a prefix from 3 letters on (or any Chinese character):
    one or two letters would match a large part of the library and say little."""
    last = term.tokens[-1]
    return len(last) >= MIN_PREFIX or bool(CJK_CHAR.search(last))


def _add_filter(query: Query, name: str, value: str) -> None:
    value = value.strip()
    if not value:
        query.notes.append(f"{name}: needs a value, e.g. {name}:{_EXAMPLES[name]}")
        return
    if name in ("after", "before"):
        date = period_bound(value, end=(name == "after"))
        if date is None:
            query.notes.append(f"{name}: needs a date like {_EXAMPLES[name]} (ignored “{value}”)")
            return
        value = date
    query.filters[name] = value


_EXAMPLES = {"speaker": "Jing", "person": "Jing", "party": "Italy", "kind": "talks", "status": "delivered",
             "tag": "ferry", "review": "draft", "firmness": "firm", "after": "2020-01-31", "before": "2020-12-31"}
