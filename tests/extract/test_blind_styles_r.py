"""Rules added after the r01–r08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from briefing.extract.dates import publication_date
from tests.extract.lookup import people_of as _people
from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_web_page_stamps_with_the_time_first_or_capital_months() -> None:
    assert publication_date(["Published: 09:15, 4 FEB 2025 | Updated: 10:02, 4 FEB 2025"]) == "2025-02-04"
    assert publication_date(["Updated 8:05 PM GMT, Wed January 8, 2025"]) == "2025-01-08"
    assert publication_date(["Published 3 March 2025"]) == "2025-03-03"
    assert publication_date(["Posted by the newsroom"]) is None


def test_a_quote_block_signed_below_with_a_title_first_and_the_date_in_the_second_paragraph() -> None:
    out = _run("Universities sign pact\n\nCampus News | 5 March 2025\n\nTwo universities have signed a memorandum "
               "that will enable student exchanges.\n\nThe agreement was signed on Tuesday in Perth by Professor Ann "
               "Lowe Hart and Professor Kai Berg Dahl.\n\n\u201cOur students will gain a great deal from this. We "
               "are proud of it.\u201d\n\nProfessor Ann Lowe Hart, Vice-Chancellor, Westfield University\n\n"
               "The signing was witnessed by the Consul of Norway, Liv Moe Strand.")
    assert _speaker(out, "\u201cOur students") == "Ann Lowe Hart"
    assert _speaker(out, "We are proud") == "Ann Lowe Hart"
    assert out["event_date"] == "2025-03-04"
    assert _people(out)["Liv Moe Strand"]["attended"] is True


def test_the_deputy_minister_and_talks_that_this_follows() -> None:
    out = _run("Ministers meet\n\nPretoria \u2013 The two countries agreed to set up a committee.\n\n"
               "This follows talks held in Pretoria on Tuesday between the Deputy Minister of Trade, Sipho Dube "
               "Nkosi, and the Secretary of State for Industry of Angola, Rosa Lima Tavares.\n\n"
               "The Deputy Minister said South Africa would send a trade mission to Luanda.\n\n"
               "\u201cTrade must flow both ways if the free trade area is to mean anything,\u201d she said.")
    people = _people(out)
    assert people["Sipho Dube Nkosi"]["attended"] and people["Rosa Lima Tavares"]["attended"]
    assert people["Rosa Lima Tavares"]["organization"] != "State for Industry of Angola"
    assert _speaker(out, "The Deputy Minister said") == "Sipho Dube Nkosi"
    assert _pledge(out, "\u201cTrade must flow") is None


def test_portfolio_words_stay_in_the_title() -> None:
    out = _run("Regions meet\n\nThe President of the Region, Vito Lauro Carli, met the delegation in Bari on "
               "14 October 2025.\n\nThe meeting was also attended by the Councillor for Transport and Sustainable "
               "Mobility, Pino Gatti Russo, and the Federal Minister for Industries and Production Amir Khan Lodhi.")
    names = set(_people(out))
    assert {"Pino Gatti Russo", "Amir Khan Lodhi"} <= names
    assert "Sustainable Mobility" not in names and not any(n.startswith("Production") for n in names)


def test_a_courtesy_call_and_the_visiting_dignitary() -> None:
    out = _run("Minister meets chairman\n\nISLAMABAD, Mar 5 (APP): Federal Minister Imran Ali Shah on Wednesday held "
               "a meeting with H.E. Mr. Pavel Orlov Ivanov, Chairman of the Minsk Regional Committee, who called on "
               "him at his office along with a delegation.\n\nThe Federal Minister, while welcoming the visiting "
               "dignitary, said that Pakistan valued its friends.\n\nThe visiting dignitary said that his region "
               "was ready to send a delegation to Karachi.")
    assert _speaker(out, "ISLAMABAD") is None and _pledge(out, "ISLAMABAD") is None
    assert _speaker(out, "The Federal Minister, while welcoming") == "Imran Ali Shah"
    assert _speaker(out, "The visiting dignitary said") == "Pavel Orlov Ivanov"


def test_a_resident_named_without_a_title_who_speaks_later_by_first_name() -> None:
    out = _run("Sister city visit\n\nKNOXVILLE \u2013 Mayor Rita Dunn welcomed a delegation from Muroran on "
               "Tuesday, October 14, 2025.\n\nAmong the crowd at the reception was Gary Pruitt, a retired "
               "steelworker.\n\n\u201cI still get a card every year,\u201d Gary said.\n\n"
               "Mayor Aoyagi presented Dunn with a glass lantern.")
    assert _speaker(out, "\u201cI still get") == "Gary Pruitt"
    assert _speaker(out, "Mayor Aoyagi presented") is None


def test_reaffirmed_commitment_is_a_joint_pledge() -> None:
    out = _run("Ministers meet in New York\n\nMinister Sara Dahl met Minister Omar Njoroge Kip on 21 September 2025."
               "\n\nThey reaffirmed their commitment to working together on the reform of the Council.")
    pledge = _pledge(out, "They reaffirmed")
    assert pledge is not None and (pledge["actor"], pledge["firmness"]) == ("both sides", "firm")


def test_actors_two_named_sides_a_proposed_joint_body_and_an_office_name_with_and() -> None:
    out = _run("Zhejiang and Norte meet\n\nGovernor Ana Ruiz Pena met Governor Li Wen Hao in Hangzhou on 3 May "
               "2025.\n\n"
               "He expressed the hope that Zhejiang and Norte would sign a friendship agreement soon.\n\n"
               "Ruiz said the provincial government and Norte would open a trade office next year.\n\n"
               "She proposed the creation of a binational working group on river transport.\n\n"
               "Li said that the Ministry of Industries and Production would facilitate joint ventures.")
    assert _pledge(out, "He expressed the hope")["actor"] == "both sides"
    assert _pledge(out, "Ruiz said the provincial government")["actor"] == "both sides"
    assert _pledge(out, "She proposed the creation")["actor"] == "both sides"
    assert _pledge(out, "Li said that the Ministry")["actor"] == "Ministry of Industries and Production"


def test_places_from_a_mixed_case_dateline_venues_with_particles_and_the_second_paragraph() -> None:
    out = _run("Ministers meet\n\nPretoria \u2013 Minister Ana Dube Silva met Minister Rui Costa Neto at the Palazzo "
               "della Regione on 3 May 2025 during the Africa-Europe Port and Logistics Forum.\n\n"
               "The signing took place at the Palácio 29 de Março, the seat of the city government.")
    assert out["places"][:3] == ["Pretoria", "Palazzo della Regione", "Palácio 29 de Março"]
    assert not any("Forum" in place or "Port" in place for place in out["places"])
