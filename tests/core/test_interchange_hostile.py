"""Hostile interchange files: each ends in briefings or one InterchangeError sentence, never another exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core import InterchangeError, load_file, read_records
from briefing.core.interchange import MAX_WHOLE, iter_file
from tests.ingest.hostile import INTERCHANGE_FILES, sample_record, write_corpus

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                      HealthCheck.function_scoped_fixture])


def one_sentence(path: Path) -> str:
    with pytest.raises(InterchangeError) as caught:
        load_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and len(message) < 400, message
    return message


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_lone_surrogate_is_named_with_its_field(tmp_path: Path, suffix: str) -> None:
    text = json.dumps({**sample_record(), "title": "broken \ud800 title"})  # json.dumps writes it as \\ud800
    assert "\\ud800" in text
    message = one_sentence(write(tmp_path / f"surrogate{suffix}", text + "\n"))
    assert "record 1: field title: holds \\ud800, half of a character" in message


def test_a_lone_surrogate_deep_in_a_record(tmp_path: Path) -> None:
    record = sample_record()
    record["statements"][1]["text"] = "said \udfff"
    message = one_sentence(write(tmp_path / "deep.json", json.dumps([sample_record(), record])))
    assert "record 2: field statements[1].text: holds \\udfff" in message


def test_paired_surrogate_escapes_are_one_character(tmp_path: Path) -> None:
    path = write(tmp_path / "emoji.json", json.dumps({**sample_record(), "title": "Signing 🤝 ceremony"}))
    assert "\\ud83e\\udd1d" in path.read_text(encoding="utf-8")
    assert load_file(path)[0].title == "Signing 🤝 ceremony"


@pytest.mark.parametrize("number", [2**63, 2**64, -(2**70), 10**30])
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_integers_beyond_64_bits_are_refused(tmp_path: Path, number: int, suffix: str) -> None:
    record = sample_record()
    record["statements"][0]["start"] = number
    message = one_sentence(write(tmp_path / f"big{suffix}", json.dumps(record) + "\n"))
    assert f"the number {number} is too large" in message


def test_the_largest_64_bit_integer_is_read(tmp_path: Path) -> None:
    assert MAX_WHOLE == 2**63 - 1
    path = write(tmp_path / "id.json", json.dumps({**sample_record(), "id": MAX_WHOLE}))
    assert next(read_records(path))[1]["id"] == MAX_WHOLE


def test_thousands_of_digits_are_refused_before_python_converts_them(tmp_path: Path) -> None:
    text = json.dumps({**sample_record(), "id": 0}).replace('"id": 0', '"id": ' + "7" * 5000)
    message = one_sentence(write(tmp_path / "digits.json", text))
    assert "is too large" in message and "5000 digits" in message


@pytest.mark.parametrize("number", ["1e400", "1.5e308", "3e19"])
def test_huge_whole_floats_are_refused_or_not_integers(tmp_path: Path, number: str) -> None:
    text = json.dumps(sample_record()).replace('"start": ', f'"start": {number}, "x": ', 1)
    one_sentence(write(tmp_path / "float.json", text))


def test_a_whole_float_offset_is_read_as_an_integer(tmp_path: Path) -> None:
    record = sample_record()
    text = json.dumps(record).replace(f'"start": {record["statements"][0]["start"]}',
                                      f'"start": {record["statements"][0]["start"]}.0', 1)
    start = load_file(write(tmp_path / "float.json", text))[0].statements[0].start
    assert start == record["statements"][0]["start"] and isinstance(start, int)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(tmp_path: Path, constant: str) -> None:
    text = json.dumps({**sample_record(), "id": 0}).replace('"id": 0', f'"id": {constant}')
    assert f"{constant} is not a JSON value" in one_sentence(write(tmp_path / "nan.json", text))


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
@pytest.mark.parametrize("depth", [990, 100_000])
def test_nesting_100000_deep(tmp_path: Path, suffix: str, depth: int) -> None:
    message = one_sentence(write(tmp_path / f"deep{suffix}", "[" * depth + "]" * depth + "\n"))
    assert "nested too deeply" in message or "is not of type 'object'" in message


def test_nesting_inside_a_field(tmp_path: Path) -> None:
    text = json.dumps({**sample_record(), "tags": 0}).replace('"tags": 0', '"tags": ' + "[" * 980 + "]" * 980)
    message = one_sentence(write(tmp_path / "tags.json", text))
    assert "tags" in message or "nested too deeply" in message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_json_lines_split_on_newline_only(tmp_path: Path, separator: str) -> None:
    """str.splitlines() would cut these records apart; each is valid JSON holding the character."""
    records = [{**sample_record(), "title": f"first{separator}title", "summary": f"a{separator}b"},
               {**sample_record(), "title": "second"}]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    assert separator in text
    path = tmp_path / "lines.jsonl"
    path.write_bytes(text.encode("utf-8"))
    briefings = load_file(path)
    assert [b.title for b in briefings] == [f"first{separator}title", "second"]
    assert briefings[0].summary == f"a{separator}b"


def test_a_carriage_return_between_tokens_is_whitespace_not_a_line_end(tmp_path: Path) -> None:
    path = tmp_path / "cr.jsonl"
    path.write_bytes(json.dumps(sample_record(), separators=(",\r", ":\r")).encode() + b"\n")
    assert len(load_file(path)) == 1


def test_json_lines_with_crlf_endings(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(json.dumps(sample_record()).encode() + b"\r\n" for _ in range(3)))
    assert len(load_file(path)) == 3


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_not_utf8(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"latin{suffix}"
    path.write_bytes((json.dumps({**sample_record(), "title": "café"}, ensure_ascii=False) + "\n").encode("cp1252"))
    assert "not UTF-8 text (byte 0xe9" in one_sentence(path)


def test_the_whole_hostile_corpus(tmp_path: Path) -> None:
    for path in write_corpus(tmp_path, INTERCHANGE_FILES):
        try:
            briefings = load_file(path)
        except InterchangeError as error:
            assert str(error).startswith(f"{path}: ") and "\n" not in str(error), str(error)
        else:
            assert briefings == [], path.name  # only the empty list is a (harmless) result


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)
FIELDS = ["title", "summary", "places", "tags", "source", "participants", "statements", "commitments", "id",
          "event_date", "schema"]


def _dump(value: object) -> str:
    return json.dumps(value, allow_nan=True)


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=4), st.sampled_from([".json", ".jsonl"]))
def test_random_json_fields_on_a_briefing(tmp_path: Path, changes: dict, suffix: str) -> None:
    text = _dump({**sample_record(), **changes})
    path = tmp_path / f"random{suffix}"
    path.write_text(text + "\n", encoding="utf-8")
    try:
        briefings = list(iter_file(path))
    except InterchangeError as error:
        assert "\n" not in str(error)
        return
    assert len(briefings) == 1 and briefings[0].title
    for item in briefings[0].statements + briefings[0].commitments:
        assert all(x is None or (isinstance(x, int) and 0 <= x <= MAX_WHOLE) for x in (item.start, item.end))


@FUZZ
@given(JSON_VALUES.map(_dump) | st.text(max_size=300), st.sampled_from([".json", ".jsonl"]))
def test_random_json_documents(tmp_path: Path, document: str, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    try:
        load_file(path)
    except InterchangeError as error:
        assert "\n" not in str(error)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([".json", ".jsonl"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        load_file(path)
    except InterchangeError as error:
        assert "\n" not in str(error)
