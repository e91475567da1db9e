"""The compiled check (msgspec types made from the schema) says "valid" only when jsonschema does; same data read."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.interchange import MAX_WHOLE, InterchangeError, _schema_text, _validator, iter_file
from briefing.core.schema_check import UnknownKeyword, as_plain, checker, json_reader, record_type
from tests.ingest.hostile import sample_record

READER = json_reader(_schema_text())
CHECK = checker(_schema_text())


def read_fast(data: Any) -> Any | None:
    """What the compiled check reads of the record's JSON line, or None when it refuses it."""
    try:
        return as_plain(READER.decode(json.dumps(data, ensure_ascii=False).encode("utf-8")))
    except Exception:
        return None


def checked_fast(data: Any) -> bool:
    try:
        CHECK(data)
        return True
    except Exception:
        return False


def assert_agrees(data: Any) -> None:
    """Either the check refuses the record, or jsonschema accepts it and the data read are json.loads'."""
    read = read_fast(data)
    if read is not None:
        assert _validator().is_valid(data), data
        assert read == json.loads(json.dumps(data))
    if checked_fast(data):
        assert _validator().is_valid(data), data


def changed(path: list[Any], value: Any) -> dict[str, Any]:
    record = copy.deepcopy(sample_record())
    place = record
    for step in path[:-1]:
        place = place[step]
    place[path[-1]] = value
    return record


CASES = [
    ([["title"], ""], False), ([["title"], 5], False), ([["title"], None], False),
    ([["schema"], "briefing/2"], False), ([["extra"], 1], False),
    ([["event_date"], "2020-1-1"], False), ([["event_date"], None], True), ([["event_date"], "2020-01-31"], True),
    ([["id"], True], False), ([["id"], MAX_WHOLE], True), ([["review"], "maybe"], False), ([["review"], "draft"], True),
    ([["participants", 0, "attended"], 1], False), ([["participants", 0, "nickname"], "x"], False),
    ([["participants", 0, "name"], ""], False), ([["participants"], {}], False),
    ([["statements", 0, "kind"], "quoted"], False), ([["statements", 0, "start"], -1], False),
    ([["statements", 0, "start"], 5.5], False), ([["statements", 0, "text"], "a\0b"], True),
    ([["commitments", 0, "firmness"], None], False), ([["commitments", 0, "status"], "fulfilled"], True),
    ([["commitments", 0, "uid"], "u" * 65], False), ([["commitments", 0, "uid"], "u" * 64], True),
    ([["commitments", 0, "history"], [{"date": "2025-01-02", "status": "stalled", "evidence_briefing": 0}]], False),
    ([["commitments", 0, "history"], [{"date": "2025-01-02", "status": "stalled", "evidence_briefing": 3}]], True),
    ([["source", "published"], "yesterday"], False), ([["source", "text"], "😀 \u2028 é"], True),
]


@pytest.mark.parametrize(("change", "valid"), CASES, ids=[str(case[0]) for case in CASES])
def test_each_change_is_judged_as_jsonschema_judges_it(change: list[Any], valid: bool) -> None:
    data = changed(*change)
    assert _validator().is_valid(data) is valid
    assert (read_fast(data) is not None) is valid
    assert checked_fast(data) is valid
    assert_agrees(data)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False)
                           | st.text(max_size=12) | st.sampled_from(["2024-05-06", "draft", "firm", "briefing/1"]),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                     max_size=3), max_leaves=6)


def places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += places(value, (*path, index))
    return found


SAMPLE_PLACES = places(sample_record())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLE_PLACES), JSON_VALUES, st.booleans())
def test_no_change_anywhere_is_called_valid_unless_jsonschema_agrees(path: tuple[Any, ...], value: Any,
                                                                     drop: bool) -> None:
    data = copy.deepcopy(sample_record())
    place = data
    for step in path[:-1]:
        place = place[step]
    if drop:
        del place[path[-1]]
    else:
        place[path[-1]] = value
    assert_agrees(data)


@pytest.mark.parametrize("whole", [MAX_WHOLE + 1, -MAX_WHOLE - 1])
def test_a_whole_number_past_64_bits_is_left_to_the_plain_reading_which_names_it(tmp_path: Path, whole: int) -> None:
    assert read_fast(changed(["id"], whole)) is None
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(changed(["id"], whole)) + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="too large"):
        list(iter_file(path))


def test_a_keyword_the_types_cannot_say_makes_no_check() -> None:
    schema = json.loads(_schema_text())
    schema["properties"]["title"]["format"] = "uri"
    with pytest.raises(UnknownKeyword):
        record_type(json.dumps(schema))


def test_a_line_the_check_refuses_but_the_schema_allows_is_read_the_plain_way(tmp_path: Path) -> None:
    whole_float = changed(["statements", 0, "start"], 5.0)  # 5.0 is the integer 5 to JSON Schema
    emoji = changed(["title"], "A title \U0001F600")  # written as a surrogate pair escape
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(whole_float) + "\n" + json.dumps(emoji) + "\n", encoding="utf-8")
    assert "\\ud83d" in path.read_text(encoding="utf-8")
    first, second = iter_file(path)
    assert first.statements[0].start == 5 and isinstance(first.statements[0].start, int)
    assert second.title == "A title \U0001F600"
