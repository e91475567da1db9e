"""Rules added after the q01–q08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_a_local_word_for_the_title_in_brackets() -> None:
    out = _run("Towns sign letter\n\nThe mayor (burgemeester) of Leiden, Anna de Wit Hoorn, and the head of "
               "the Leiden Housing Office (LHO), Pieter Ruys Smit, met the visitors on 3 May 2025.\n\n"
               "\u201cLeiden has always looked outward to the world,\u201d said the burgemeester.\n\n"
               "The letter of intent provides for the exchange of planners between the towns.")
    people = {p["name"]: p for p in out["participants"]}
    assert {"Anna de Wit Hoorn", "Pieter Ruys Smit"} <= set(people)
    assert people["Pieter Ruys Smit"]["title"].startswith("head of the Leiden Housing Office")
    assert _speaker(out, "\u201cLeiden has always") == "Anna de Wit Hoorn"
    pledge = _pledge(out, "The letter of intent provides for")
    assert pledge is not None and (pledge["actor"], pledge["firmness"]) == ("both sides", "firm")


def test_a_name_part_inside_a_place_name_is_not_the_person() -> None:
    out = _run("Port forum\n\nThe forum was held in Lima on 6 May 2025.\n\n"
               "Paulo Henrique Assis, president of the port authority, said the port would open a new berth.\n\n"
               "Rita Cordeiro Lemos, the state secretary for transport of São Paulo, called on the federal "
               "government to cut port fees.")
    assert _speaker(out, "Rita Cordeiro Lemos") == "Rita Cordeiro Lemos"
    assert "Paulo" not in next(p for p in out["participants"] if p["name"] == "Paulo Henrique Assis")["aliases"]


def test_opened_and_moderated_by_are_there_and_who_said_speaks() -> None:
    out = _run("Chamber forum\n\nA trade forum was held in Oslo on 6 May 2025.\n\n"
               "Organisers said 200 people came.\n\n"
               "The forum was opened by the chamber\u2019s president, Ole Brekke Lund, and by the Consul General "
               "of Chile in Oslo, Marta Ruiz Toro, who said Chile wanted more Norwegian investment.\n\n"
               "The panel was moderated by Kari Holm Dahl, director of trade at the chamber.")
    people = {p["name"]: p for p in out["participants"]}
    assert people["Ole Brekke Lund"]["attended"] and people["Kari Holm Dahl"]["attended"]
    assert _speaker(out, "The forum was opened by") == "Marta Ruiz Toro"


def test_a_single_name_after_a_title_and_comma_and_a_numeric_weekday_date() -> None:
    out = _run("Province meets delegation\n\nSEMARANG \u2013 Governor Budiman received the Dutch delegation on "
               "Wednesday (8/10) in Semarang.\n\nMeanwhile, the head of the provincial planning agency, Wulandari, "
               "said the new sea wall had protected 2,000 homes.\n\nWulandari added that the agency would map "
               "the coast by December.")
    assert _speaker(out, "Meanwhile, the head") == "Wulandari"
    assert _speaker(out, "Wulandari added") == "Wulandari"
    assert out["event_date"] == "2025-10-08"
    assert "date-year-guessed" in out["tags"]


def test_numeric_weekday_date_resolves_against_the_publication_date() -> None:
    out = _run("Province meets delegation\n\nGovernor Budiman received the delegation on Friday (7/3).",
               published="2025-03-08")
    assert out["event_date"] == "2025-03-07" and "date-year-guessed" not in out["tags"]


def test_a_joint_statement_and_a_statement_said_are_nobody_s_words() -> None:
    out = _run("Leaders agree\n\nMayor Dan Ortiz and Governor Luz Pardo Vega met in Juarez on 27 February 2025.\n\n"
               "Mayor Ortiz and Governor Pardo said in a joint statement that a task force would report by June.\n\n"
               "\"Every hour a truck waits at the bridge is money lost on both sides,\" the statement said.\n\n"
               "Asked about staff, Ortiz said the city was in talks but that no officers had been promised.")
    assert _speaker(out, "Mayor Ortiz and Governor Pardo said") is None
    assert _speaker(out, "\"Every hour") is None
    assert _speaker(out, "Asked about staff") == "Dan Ortiz"
    assert _pledge(out, "Asked about staff") is None
    assert _pledge(out, "Mayor Ortiz and Governor Pardo said")["actor"] == "both sides"


def test_a_shared_title_means_the_speaker_in_focus() -> None:
    out = _run("Premiers call\n\nPrime Minister Ivo Marić held a phone call on 13 November 2025 with the Prime "
               "Minister of Slovenia, Nina Zupan.\n\nPrime Minister Marić thanked Prime Minister Zupan for the "
               "work of the joint commission.\n\nHe said that Croatia was ready to supply more gas.\n\n"
               "The Prime Minister also stressed the importance of the railway, which would cut travel time.\n\n"
               "The leaders agreed to stay in close touch.\n\n"
               "Minister of Economy Luka Horvat will travel to Ljubljana next week for talks.")
    assert _speaker(out, "The Prime Minister also stressed") == "Ivo Marić"
    assert _pledge(out, "The Prime Minister also stressed") is None
    assert _pledge(out, "The leaders agreed")["actor"] == "both sides"
    people = {p["name"]: p for p in out["participants"]}
    assert people["Luka Horvat"]["attended"] is False
