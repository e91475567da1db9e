"""Rules added after the x01–x08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_the_taoiseach_and_a_travel_schedule() -> None:
    out = _run("Taoiseach meets Premier\n\nThe Taoiseach, Dónal Breath Nach TD, today met the Premier of Newfoundland, "
               "Gerald Whelan Hayes, in Dublin.\n\nThe Taoiseach confirmed that the Government would open a new office "
               "in St John's.\n\nThe Premier will travel to Waterford on Thursday, where he will meet local leaders.",
               published="2026-03-04")
    assert _speaker(out, "The Taoiseach confirmed") == "Dónal Breath Nach"
    assert _pledge(out, "The Premier will travel") is None


def test_an_executive_governor_is_the_governor() -> None:
    out = _run("Ondo and Bahia sign\n\nThe Executive Governor of Ondo State, Dr. Babatunde Aki Nwale, met the "
               "Bahian delegation on 12 May 2026.\n\nAccording to the Governor, Ondo State produces 250,000 tonnes "
               "of cocoa a year.")
    assert _speaker(out, "According to the Governor") == "Babatunde Aki Nwale"


def test_austrian_and_belgian_titles_and_the_rest_of_a_region_s_name() -> None:
    out = _run("Carinthia and Friuli talk\n\nKlagenfurt (LPD). Landeshauptmann Markus Grad Nitzer received the "
               "President of the Autonomous Region of Friuli Venezia Giulia, Luca Moran Dini, on 8 June 2026.\n\n"
               "The border triangle of Carinthia, Friuli and Slovenia was discussed.\n\n"
               "The mayor of Quebec City, Genevieve La Pointe, and the bourgmestre of Liege, Olivier De Thier, "
               "signed a protocol.")
    names = {p["name"] for p in out["participants"]}
    assert {"Markus Grad Nitzer", "Luca Moran Dini", "Olivier De Thier"} <= names
    assert "Venezia Giulia" not in names
