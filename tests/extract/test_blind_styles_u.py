"""Rules added after the u01–u08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import people_of as _people
from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_a_nickname_in_straight_quotes_and_the_latvian_minister() -> None:
    out = _run("Kerry and Quindio team up\n\nKerry agreed on 23 September 2026 to work with a delegation led by "
               "Quindio's governor, Juan Esteban \"Juancho\" Ospina Llano.\n\nMinister Ana Lupu Rusu met the Minister "
               "of Agriculture of the Republic of Latvia, Ilze Kalna Berzina.\n\nThe Latvian Minister emphasised "
               "that Latvia had gone through similar reforms.")
    assert "Juan Esteban Ospina Llano" in _people(out)
    assert _speaker(out, "The Latvian Minister") == "Ilze Kalna Berzina"


def test_council_procedure_gifts_and_a_named_chair() -> None:
    out = _run("Council backs twinning\n\nThe council met on 5 February 2026 with Tabor's deputy mayor, Petr Vondra "
               "Kova, watching.\n\nThe motion, proposed by Cllr Helen Marchant (Green) and seconded by Cllr Owen "
               "Prichard (Lab), was carried by 31 votes to 9.\n\nAfter the vote, Mr Vondra Kova was presented with a "
               "framed print by the chair of the council, Cllr Nadia Kowal Czyk.")
    assert _pledge(out, "The motion, proposed by") is None
    assert _speaker(out, "After the vote") is None
    people = _people(out)
    assert people["Owen Prichard"]["attended"] and people["Nadia Kowal Czyk"]["attended"]


def test_the_governor_named_only_in_the_next_sentence_and_made_the_remarks() -> None:
    out = _run("Kisumu courts Dutch investors\n\nKISUMU, Kenya, June 2 (Wire) - \"Kisumu is the natural gateway for "
               "Dutch agribusiness,\" the governor said on Tuesday. Governor Peter Otieno Ouma made the remarks after "
               "talks with a delegation from Gelderland.", published="2026-06-02")
    assert _speaker(out, "KISUMU") == "Peter Otieno Ouma"
    assert _speaker(out, "Governor Peter Otieno Ouma made") is None


def test_university_names_mayor_pro_tem_and_a_possessive_inside_a_title() -> None:
    out = _run("Science forum\n\nThe forum opened on 12 October 2026 with the President of Université Grenoble Alpes, "
               "Claire Monta Gnon, and Mayor Pro Tem Angela Ruiz-Medina.\n\nThe delegation was received by the "
               "director of the city's Economic Development Department, Marcus Hollo Way, before a session.")
    people = _people(out)
    assert {"Claire Monta Gnon", "Angela Ruiz-Medina", "Marcus Hollo Way"} <= set(people)
    assert "Grenoble Alpes" not in people and "Pro Tem Angela Ruiz-Medina" not in people


def test_a_bare_title_opening_a_sentence_and_a_numbered_paragraph_with_an_honorific() -> None:
    out = _run("Mayor meets delegation\n\nOn 17 June, Mayor of Chernivtsi Roman Klym Chuk met with delegation of "
               "Suceava.\n\nMayor stressed that partnership with Suceava is very important.\n\n"
               "4. Hon. Mutale Kapembwa thanked the Government of Malawi for the warm hospitality.")
    assert _speaker(out, "Mayor stressed") == "Roman Klym Chuk"
    assert _pledge(out, "4. Hon.") is None


def test_actors_after_a_time_phrase_under_a_motion_and_two_names_that_are_not_sides() -> None:
    out = _run("Council backs twinning\n\nMayor Dana Crowe Hill met Ambassador Ilkka Vester Inen on 9 March 2026.\n\n"
               "\u201cNext month the council will send the embassy a list of local firms,\u201d Mayor Crowe Hill said."
               "\n\nUnder the motion, the council will set up a twinning working group.\n\n"
               "He urged US Customs and Border Protection to open more lanes.")
    assert _pledge(out, "\u201cNext month")["actor"] != "Next"
    assert _pledge(out, "Under the motion")["actor"] != "both sides"
    assert _pledge(out, "He urged US Customs")["actor"] != "both sides"
