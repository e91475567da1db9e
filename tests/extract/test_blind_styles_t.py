"""Rules added after the t01–t08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import people_of as _people
from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_family_names_in_capitals_and_an_intention() -> None:
    out = _run("Governor holds talks\n\nMUNICH \u2014 Kagawa Governor OKADA Rintaro held talks with Minister Tobias "
               "Reindl Maier in Munich on 20 October 2025.\n\nOkada sought cooperation from Bavaria in developing "
               "hydrogen ferries.\n\nOkada expressed his intention to lead a delegation to Munich next autumn.")
    assert "OKADA Rintaro" in _people(out)
    assert _speaker(out, "Okada sought") == "OKADA Rintaro"
    assert _pledge(out, "Okada sought")["firmness"] == "proposal"
    assert _pledge(out, "Okada expressed his intention")["firmness"] == "firm"


def test_names_with_initials_and_an_honourable_title() -> None:
    out = _run("Minister meets delegation\n\nBengaluru: Hon'ble Chief Minister Shri H. N. Gowda received the "
               "delegation on 10 February 2026.\n\nWelcoming the delegation, the Hon'ble Chief Minister said that "
               "the State welcomes investment.\n\nDr. P. S. Raghu Rao, Additional Chief Secretary, made a "
               "presentation on the new policy.")
    people = _people(out)
    assert {"H. N. Gowda", "P. S. Raghu Rao"} <= set(people)
    assert _speaker(out, "Welcoming the delegation") == "H. N. Gowda"
    assert _speaker(out, "Dr. P. S. Raghu Rao") == "P. S. Raghu Rao"


def test_numbered_steps_that_start_with_a_verb_and_the_then_provost() -> None:
    out = _run("Regions sign memorandum\n\nGovernor Ana Holub Novak and Secretary Dana White Reed signed a memorandum "
               "in Pittsburgh on 2 December 2025.\n\nThe memorandum lists two next steps:\n\n"
               "1. Launch a supplier-matching program for manufacturers by June 2026.\n\n"
               "2. Host a joint manufacturing forum in Ostrava in the fall of 2026.\n\n"
               "In 1987 the then Provost, Duncan Reid McArthur, led the first delegation.")
    assert _pledge(out, "1. Launch")["firmness"] == "proposal"
    assert _pledge(out, "2. Host")["firmness"] == "proposal"
    assert _people(out)["Duncan Reid McArthur"]["attended"] is False


def test_on_the_14th_and_a_dateline_with_two_cities() -> None:
    out = _run("Province signs MOU\n\nJeollanam-do (Governor Park Seon-hwa) signed an MOU with Nova Scotia in Muan "
               "on the 14th, the province said.", published="2025-11-14")
    assert out["event_date"] == "2025-11-14"
    out = _run("Ministers speak by phone\n\nBEIJING/MEXICO CITY, March 4 (Wire) - Minister Zhou Hanlin and Secretary "
               "Ana Solis Carvajal discussed trade in a phone call on Tuesday.", published="2026-03-04")
    assert out["event_date"] == "2026-03-03"


def test_a_reported_would_in_a_relative_clause_and_has_already_promised() -> None:
    out = _run("Twin towns\n\nProvost Moira Hal Haldane welcomed President Grzegorz Malin Nowski on 13 September 2025."
               "\n\nMalin Nowski said Torun now wanted partners that would also buy its services.\n\n"
               "Provost Haldane has already promised to bring the pipers.")
    assert _pledge(out, "Malin Nowski said Torun") is None
    assert _speaker(out, "Provost Haldane has already") == "Moira Hal Haldane"


def test_his_highness_shared_surnames_told_apart_by_title_and_bin_sultan() -> None:
    out = _run("Deputy Ruler receives delegation\n\nRAS AL KHAIMAH, 3rd November, 2025 -- His Highness Sheikh "
               "Majid bin Sultan bin Khalid Al Qasimi, Deputy Ruler of Ras Al Khaimah, received H.E. Luca Ferra Resi, "
               "Vice-President of the Lombardy Region.\n\nHis Highness stressed the importance of trade.\n\n"
               "Guests included Vice Governor for Economic Affairs Lee Jae-sung, Director General of the Energy "
               "Bureau Lee Min-hee, and residents.\n\nVice Governor Lee told the guests about wind projects.\n\n"
               "Director General Lee said the bureau would send two engineers to Halifax.")
    assert "Majid bin Sultan bin Khalid Al Qasimi" in _people(out)
    assert _speaker(out, "His Highness stressed") == "Majid bin Sultan bin Khalid Al Qasimi"
    assert _speaker(out, "Vice Governor Lee told") == "Lee Jae-sung"
    assert _speaker(out, "Director General Lee said") == "Lee Min-hee"
    assert _pledge(out, "Director General Lee said")["actor"] == "Energy Bureau"
