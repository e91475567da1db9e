"""The interchange form: the sample validates, conversions are lossless, errors name the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.core import (
    InterchangeError,
    briefing_from_dict,
    briefing_to_dict,
    dumps,
    load_file,
    validate,
)


def test_sample_validates_and_has_the_curated_content(sample_dict: dict) -> None:
    validate(sample_dict)
    assert sample_dict["event_date"] == "2020-05-13"
    names = {p["name"]: p for p in sample_dict["participants"]}
    assert set(names) == {"Jing Junhai", "Manlio Di Stefano", "Vincenzo Colla", "Bayanqolu"}
    assert names["Bayanqolu"]["attended"] is False
    assert sample_dict["source"]["credit"] == "Photo/Zou Naishuo"
    assert "Photo/Zou Naishuo" in sample_dict["source"]["text"]


def test_offsets_point_at_the_quoted_sentences(sample_dict: dict) -> None:
    text = sample_dict["source"]["text"]
    for item in sample_dict["statements"] + sample_dict["commitments"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_source_text_is_the_seed_article_verbatim(sample_dict: dict) -> None:
    seed = Path(__file__).resolve().parents[3] / "shared" / "seed" / "jilin-emilia-romagna-video-conference.txt"
    if not seed.exists():
        pytest.skip("shared/seed is not beside the project")
    assert sample_dict["source"]["text"] == seed.read_text(encoding="utf-8")


def test_dict_round_trip_is_lossless(sample_dict: dict) -> None:
    assert briefing_to_dict(briefing_from_dict(sample_dict)) == sample_dict
    assert json.loads(dumps(briefing_from_dict(sample_dict))) == sample_dict


def test_missing_required_field_is_named(sample_dict: dict) -> None:
    del sample_dict["participants"][1]["name"]
    with pytest.raises(InterchangeError) as info:
        validate(sample_dict, file="x.json", record=3)
    message = str(info.value)
    assert "x.json" in message and "record 3" in message and "participants[1].name" in message


def test_wrong_type_and_unknown_field_are_named(sample_dict: dict) -> None:
    sample_dict["statements"][0]["kind"] = "shouted"
    with pytest.raises(InterchangeError, match=r"statements\[0\]\.kind"):
        validate(sample_dict)
    sample_dict["statements"][0]["kind"] = "direct"
    sample_dict["mood"] = "sunny"
    with pytest.raises(InterchangeError, match="field mood"):
        validate(sample_dict)


def test_jsonl_names_the_line(tmp_path: Path, sample_dict: dict) -> None:
    bad = dict(sample_dict, event_date="13 May")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in (sample_dict, sample_dict, bad)) + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        load_file(path)
    assert info.value.record == 3 and info.value.field == "event_date"
    assert "batch.jsonl" in str(info.value)


def test_list_file_and_broken_json(tmp_path: Path, sample_dict: dict) -> None:
    listing = tmp_path / "two.json"
    listing.write_text(json.dumps([sample_dict, sample_dict]), encoding="utf-8")
    assert len(load_file(listing)) == 2
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "briefing/1", ', encoding="utf-8")
    with pytest.raises(InterchangeError, match="broken.json: not JSON"):
        load_file(broken)
    with pytest.raises(InterchangeError, match="no such file"):
        load_file(tmp_path / "absent.json")


def test_a_commitment_not_yet_rated_for_firmness_round_trips() -> None:
    from briefing.core import Briefing, Commitment

    data = briefing_to_dict(Briefing(title="t", commitments=[Commitment(actor="a", text="x")]))
    validate(data)
    assert "firmness" not in data["commitments"][0]
    assert briefing_from_dict(data).commitments[0].firmness is None
