"""The Qt-free helpers behind the hits view and the marks: snippets, query words, spans."""

from __future__ import annotations

from briefing.library.search_terms import (
    MatchTerm,
    empty_reason,
    hit_type,
    match_spans,
    query_terms,
    result_details,
    result_heading,
    snippet_html,
    title_snippet,
    utf16_spans,
)
from briefing.store.search import SearchResult


def test_snippets_are_escaped_before_marks_become_tags() -> None:
    assert snippet_html("a <b> \x02Hongqi\x03 & co", "<m>", "</m>") == "a &lt;b&gt; <m>Hongqi</m> &amp; co"
    assert snippet_html("\x02open", "<m>", "</m>") == "<m>open</m>"  # unbalanced: closed at the end
    assert snippet_html("stray\x03 end", "<m>", "</m>") == "stray end"


def test_hit_types() -> None:
    assert [hit_type(k) for k in ("title", "summary", "source", "statement", "commitment", "participant")] == \
        ["text", "text", "text", "statement", "commitment", "participant"]


def test_query_terms_take_words_phrases_and_the_speaker() -> None:
    terms = query_terms('"new ferry" harb* -Hongqi speaker:Stef OR port')
    assert MatchTerm("new") in terms and MatchTerm("ferry") in terms
    assert MatchTerm("harb", prefix=True) in terms
    assert MatchTerm("stef", prefix=True) in terms
    assert MatchTerm("port", prefix=True) in terms  # the last word typed is a prefix
    assert all(term.word != "hongqi" for term in terms)  # exclusions are not marked
    assert query_terms("   ") == []


def test_spans_fold_case_and_diacritics_and_honour_prefixes() -> None:
    text = "Città di Castello and the HARBOUR; harbours."
    assert match_spans(text, query_terms("citta harbour ")) == [(0, 5), (26, 33)]
    assert match_spans(text, query_terms("harb")) == [(26, 33), (35, 43)]


def test_chinese_is_found_inside_longer_runs() -> None:
    text = "吉林省长春市 hosted talks"
    assert match_spans(text, query_terms("长春")) == [(3, 5)]


def test_utf16_spans_count_astral_characters_twice() -> None:
    text = "😀 port"
    spans = match_spans(text, query_terms("port "))
    assert spans == [(2, 6)] and utf16_spans(text, spans) == [(3, 7)]


def test_headings_and_details() -> None:
    result = SearchResult(hits=[], notes=["after: needs a date"], reason="no briefing matches x", order="rank")
    assert result_heading(result, 0, False, False) == "No hits"
    assert result_details(result) == ["After: needs a date"]
    assert empty_reason(result).startswith("No briefing matches x.")
    assert result_heading(result, 20, True, True) == "20+ hits · by relevance · ranking…"
    assert result_details(None, "boom") == ["The search failed: boom"]


def test_title_hits_separate_the_title_from_parties_and_places() -> None:
    title = "Talks on the \x02port\x03 between Jilin and Umbria"
    snippet = title + " Jilin province Umbria"
    assert title_snippet(snippet, "Talks on the port between Jilin and Umbria") == title + " · Jilin province Umbria"
    assert title_snippet("…the port between", "Talks on the port between") == "…the port between"
