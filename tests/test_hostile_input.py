"""A hostile-input corpus through `briefing import|extract|search`: no traceback, one line, nothing written.

The files are built at test time (tests/ingest/hostile.py); the queries are below. Property tests feed
random bytes to every article importer, random JSON to the interchange reader and random strings to
search: the only outcomes are a result or the module's own error with a one-line message."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import cli
from briefing.ingest import SUFFIXES, IngestError, read_article
from briefing.library import Library
from briefing.store import Store
from briefing.store.query import parse
from tests.ingest.hostile import ARTICLE_FILES, INTERCHANGE_FILES, sample_record, write_corpus

# Files whose damage is repaired on the way in (bad UTF-8 bytes replaced, deep HTML read flat): each
# becomes one draft. Every other file in the corpus is refused and writes nothing.
REPAIRED = {"utf8-one-bad-byte.txt", "utf8-russian-bad-byte.txt", "utf8-truncated-sequence.md",
            "utf8-bom-bad-byte.txt", "deep-300.html", "deep-100000.html", "deep-spans.htm", "unclosed-tags.html",
            "bad-charset.html", "empty-list.json"}
QUERIES = [
    "party:\udcff", "kind:\udcffx", "status:\udcff", "tag:\udcfe\udcff", "firmness:\udcff", "speaker:Jing\udcff",
    "party:Jilin\udcc3\udca9", "Jilin \ud800", '"Jil\udcffin"', "\ud800\udc00", "after:\udcff", "Jil\udcff*",
    "speaker:\ud800", '"unterminated phrase', "NEAR(a b", "* OR *", "- -- ---", "OR AND NOT", "^Jilin", "{title}:x",
    'speaker:"', "party:", "after:9999-99-99 before:0000-13-01", "\x00Jilin\x00", "Jilin" * 2000,
    " ".join(f"w{i}" for i in range(200)), "🤝 吉林 Эмилия", "\u202eJilin\u202c", "title:Jilin source:x", "'; drop",
]
SEARCH_FUZZ = settings(max_examples=int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "80")), deadline=None,
                       suppress_health_check=[HealthCheck.too_slow])
BYTES_FUZZ = settings(max_examples=int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "80")), deadline=None,
                      suppress_health_check=[HealthCheck.too_slow])
ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates too, as a command line can pass them


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return write_corpus(folder / "articles", ARTICLE_FILES) + write_corpus(folder / "interchange", INTERCHANGE_FILES)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "hostile.sqlite"
    Store(path, seed_sample=True).close()
    return str(path)


def count(db: str) -> int:
    with Library.open(db, read_only=True, claim=False) as library:
        return library.count()


def assert_one_clear_outcome(result: Result, what: str) -> None:
    """Exit 0, 1 or 2; no exception but click's own exit; any error said in one line."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (what, repr(result.exception))
    assert result.exit_code in (0, 1, 2), (what, result.exit_code)
    assert "Traceback" not in result.output, what
    errors = [line for line in result.stderr.splitlines() if not line.startswith(("note: ", "to check"))]
    if result.exit_code == 2:  # click's usage error: usage lines, then one Error: line
        assert sum(line.startswith("Error:") for line in errors) == 1, (what, result.stderr)
    elif result.exit_code == 1:
        assert len(errors) == 1, (what, result.stderr)


def test_the_corpus_is_big_enough(corpus: list[Path]) -> None:
    assert len(corpus) + len(QUERIES) >= 40 and len(corpus) >= 40
    assert {path.name for path in corpus} >= REPAIRED


def test_import_of_each_hostile_file(corpus: list[Path], db: str) -> None:
    runner = CliRunner()
    for path in corpus:
        before = count(db)
        result = runner.invoke(cli, ["import", "--db", db, "--duplicates", "keep", str(path)])  # some share a text
        assert_one_clear_outcome(result, path.name)
        if path.name in REPAIRED:
            assert result.exit_code == 0, (path.name, result.output)
            assert count(db) == before + (0 if path.name == "empty-list.json" else 1), path.name
        else:
            assert result.exit_code == 1 and "nothing was imported" in result.stderr, (path.name, result.output)
            assert count(db) == before, path.name


def test_a_batch_with_one_hostile_file_writes_nothing(corpus: list[Path], db: str) -> None:
    good = [path for path in corpus if path.name == "utf8-one-bad-byte.txt"]
    for path in corpus:
        if path.name not in REPAIRED:
            result = CliRunner().invoke(cli, ["import", "--db", db, *map(str, good), str(path)])
            assert result.exit_code == 1 and count(db) == 1, path.name


def test_extract_of_each_hostile_file(corpus: list[Path]) -> None:
    runner = CliRunner()
    for path in corpus:
        result = runner.invoke(cli, ["extract", str(path)])
        assert_one_clear_outcome(result, path.name)


@pytest.mark.parametrize("query", QUERIES)
def test_search_with_each_hostile_query(db: str, query: str) -> None:
    before = count(db)
    result = CliRunner().invoke(cli, ["search", "--db", db, query])
    assert_one_clear_outcome(result, repr(query))
    json_result = CliRunner().invoke(cli, ["search", "--db", db, "--json", query])
    assert_one_clear_outcome(json_result, repr(query))
    assert count(db) == before


def _escaped_utf8(text: str) -> bool:
    try:
        text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return False
    return True


@pytest.mark.parametrize("query", [q for q in QUERIES if any("\ud800" <= ch <= "\udfff" for ch in q)])
def test_lone_surrogates_in_a_query_are_noted_and_replaced(query: str) -> None:
    parsed = parse(query)
    assert any("not valid UTF-8 text" in note for note in parsed.notes) != _escaped_utf8(query)
    text = " ".join([parsed.match_text() or "", parsed.excluded_text() or "", *parsed.filters.values()])
    text.encode("utf-8")  # nothing that SQLite cannot take is left in what reaches it


def test_a_surrogate_escaped_utf8_argument_reads_as_its_characters() -> None:
    argument = os.fsdecode("party:Émilie".encode()) if os.name != "nt" else "party:Émilie"
    assert parse(argument).filters == {"party": "Émilie"}
    broken = b"party:\xc3Jilin".decode("utf-8", "surrogateescape")  # a byte that is not UTF-8
    assert parse(broken).filters == {"party": "\ufffdJilin"}


@pytest.fixture(scope="module")
def search_library() -> Iterator[Library]:
    folder = Path(tempfile.mkdtemp(prefix="hostile-search-"))
    Store(folder / "lib.sqlite", seed_sample=True).close()
    with Library.open(folder / "lib.sqlite", read_only=True, claim=False) as library:
        yield library


FIELD_PREFIX = st.sampled_from(["", "speaker:", "party:", "kind:", "status:", "tag:", "firmness:", "after:",
                                "before:", "-", '"', "title:", "OR "])


@SEARCH_FUZZ
@given(st.lists(st.tuples(FIELD_PREFIX, st.text(ANY_CHARACTER, max_size=12)), max_size=5),
       st.sampled_from(["rank", "newest", "fast"]))
def test_random_strings_to_search(search_library: Library, parts: list[tuple[str, str]], order: str) -> None:
    text = " ".join(prefix + body for prefix, body in parts)
    result = search_library.search(text, order=order)
    assert result.hits or result.reason, repr(text)
    for line in [result.reason or "", *result.notes]:
        assert "\n" not in line


@BYTES_FUZZ
@given(st.binary(max_size=1500), st.sampled_from(sorted(SUFFIXES)))
def test_random_bytes_to_every_article_importer(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except IngestError as error:
            assert str(error).startswith(f"{path}: ") and "\n" not in str(error)
            return
    assert article.text.strip() and all("\n" not in warning for warning in article.warnings)


def test_json_lines_with_line_separators_in_strings_import_whole(db: str, tmp_path: Path) -> None:
    path = tmp_path / "separators.jsonl"
    titles = ["Talks\u2028in Parma", "Signing\u0085ceremony", "Visit\u2029to Jilin"]
    path.write_text("".join(json.dumps({**sample_record(), "title": t}, ensure_ascii=False) + "\n" for t in titles),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", "--db", db, str(path)])
    assert result.exit_code == 0 and "imported 3 briefings" in result.output, result.output
    shown = CliRunner().invoke(cli, ["show", "--db", db, "--json", "3"])
    assert json.loads(shown.output)["title"] == "Signing\u0085ceremony"
