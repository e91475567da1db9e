"""Rules added after the w01–w08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_local_titles_particles_at_a_sentence_start_and_according_to_him() -> None:
    out = _run("Regency meets Dutch city\n\nBanyuwangi Regent Wardoyo received Alderman Marieke van Dalen on 19 May "
               "2026.\n\nThe Bupati said the regency would build two coffee units.\n\n"
               "Van Dalen said Deventer had cut landfill waste by 70 percent.\n\n"
               "Vice-Marshal Tomasz Wojci Kowski met the akim.\n\n"
               "According to him, the voivodeship will send a team of mine rescuers in November.\n\n"
               "During the visit, the delegation will get acquainted with the work of the university.")
    assert _speaker(out, "The Bupati said") == "Wardoyo"
    assert _speaker(out, "Van Dalen said") == "Marieke van Dalen"
    assert _speaker(out, "According to him") == "Tomasz Wojci Kowski"
    assert _pledge(out, "During the visit") is None


def test_maori_honorifics_name_people() -> None:
    out = _run("Twin towns\n\nThe mayors met at the marae on 8 April 2026.\n\nKaumātua Wiremu Tāwhai led the "
               "whaikōrero, and Whaea Mereana Paewai led the karanga.")
    names = {p["name"] for p in out["participants"]}
    assert {"Wiremu Tāwhai", "Mereana Paewai"} <= names
