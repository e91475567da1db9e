"""Rules added after the v01–v08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import people_of as _people
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_the_chief_minister_is_not_another_minister_and_a_list_keeps_its_titles_apart() -> None:
    out = _run("Mayor calls on CM\n\nKARACHI: Mayor Hakan Oz Yurt called on Sindh Chief Minister Syed Tanveer Jafri on "
               "27 January 2026.\n\nSindh Minister for Local Government Faisal Rasheed Memon, Chief Secretary Sindh "
               "Asif Nawaz Khuhro and Consul General Emre Kilic Arslan were also present.\n\n"
               "Welcoming the guests, the Chief Minister said that the two cities were gateways.\n\n"
               "The CM said that the Sindh government was building new bus lines.\n\n"
               "Later, the Chief Minister presented a Sindhi ajrak and cap to the visiting mayor.")
    assert _people(out)["Asif Nawaz Khuhro"]["title"] == "Chief Secretary Sindh"
    assert _speaker(out, "Welcoming the guests") == "Syed Tanveer Jafri"
    assert _speaker(out, "The CM said") == "Syed Tanveer Jafri"
    assert _speaker(out, "Later, the Chief Minister presented") is None


def test_german_quotation_marks_and_reported_that() -> None:
    out = _run("Minister-President meets Skane\n\nSchwerin \u2013 Minister-President Karin Lenz Berg met Chair Magnus "
               "Aker Lund on 21 April 2026.\n\n\u201eSkane is our closest neighbour across the water. For many "
               "people, Sweden begins at the ferry terminal,\u201c said Lenz Berg after the meeting.\n\n"
               "State Secretary Wiebke Harms Olde reported that eleven projects were under way.")
    assert _speaker(out, "\u201eSkane is") == "Karin Lenz Berg"
    assert _speaker(out, "For many people") == "Karin Lenz Berg"
    assert _speaker(out, "State Secretary Wiebke") == "Wiebke Harms Olde"
