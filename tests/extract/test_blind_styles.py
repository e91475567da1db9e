"""Rules added after the m01–m08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from briefing.core import briefing_to_dict
from briefing.extract import extract


def _run(text: str) -> dict:
    return briefing_to_dict(extract(text))


def test_long_names_with_bin_particles_and_styles() -> None:
    out = _run("Minister meets visitors\n\nHis Excellency Minister of Ports Sheikh Dr. Salim bin Nasser bin Ali "
               "Al Harthy met today with the visiting delegation.\n\nHis Excellency the Minister affirmed the "
               "importance of maritime cooperation.")
    person = next(p for p in out["participants"] if p["name"] == "Salim bin Nasser bin Ali Al Harthy")
    assert person["title"] == "Minister of Ports"
    assert [s["speaker"] for s in out["statements"]] == [person["name"]]


def test_regnal_number_and_place_before_a_name() -> None:
    out = _run("Pact signed\n\nThe president of the Regional Council of Souss-Massa-Draa Nord, Karim Alaoui, "
               "said the region would send engineers.\n\nThe ceremony was attended by the king's envoy, "
               "Nana Yaw Mensah III, and others.")
    names = {p["name"] for p in out["participants"]}
    assert "Karim Alaoui" in names and "Nana Yaw Mensah III" in names
    assert not any("Souss" in n for n in names)


def test_quote_block_signed_on_the_line_below() -> None:
    out = _run("Province signs agreement\n\nNews release\n\nMinister of Trade Jane Roe and Secretary Ana Ruiz "
               "Lopez signed a memorandum today in Regina.\n\n“This agreement opens doors. Our exporters are "
               "ready.”\nJane Roe, Minister of Trade\n\n“We will send a delegation in the spring.”\n"
               "Ana Ruiz Lopez, Secretary of Economic Development")
    by = {s["text"]: s["speaker"] for s in out["statements"]}
    assert by["“This agreement opens doors."] == "Jane Roe"
    assert by["“We will send a delegation in the spring.”"] == "Ana Ruiz Lopez"


def test_party_chief_and_cllr() -> None:
    out = _run("Cities sign agreement\n\nWang Lei, secretary of the CPC Suzhou Municipal Committee, met the "
               "guests on Monday.\n\nThe Party chief proposed that the two cities set up a joint office.")
    assert [s["speaker"] for s in out["statements"]] == ["Wang Lei"]
    out = _run("Twinning renewed\n\nThe Mayor of Exeter, Cllr Jo Marsh, hosted the reception on Monday.\n\n"
               "Cllr Marsh said the council would fund a youth exchange.")
    assert [p["name"] for p in out["participants"]] == ["Jo Marsh"]


def test_unnamed_sources_and_background_calls_are_not_commitments() -> None:
    out = _run("Ports agree\n\nGovernor Ali Hassan Nyale met Commissioner Rose Mbwana on Thursday.\n\n"
               "A county official, who asked not to be named, said the sides had discussed a ferry.\n\n"
               "The two countries have quarrelled over tariffs, and business groups have long called for "
               "closer coordination.\n\n\"Ports do not stop at borders, and neither should information,\" "
               "Nyale said.")
    assert out["commitments"] == []
