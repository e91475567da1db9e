"""Rules added after the s01–s08 blind batch, each on a small invented snippet."""

from __future__ import annotations

from tests.extract.lookup import people_of as _people
from tests.extract.lookup import pledge_of as _pledge
from tests.extract.lookup import run as _run
from tests.extract.lookup import speaker_of as _speaker


def test_dash_attributions_a_german_title_and_a_chair_named_with_who() -> None:
    out = _run("Twin towns meet\n\nLYON \u2013 The festival opened on 19 September 2025, attended by the Mayor of "
               "Lyon, Paul Renard Vidal, and the Oberbürgermeisterin of Mainz, Greta Hahn Albers.\n\n"
               "\u201cOur grandparents chose friendship. We owe it to them.\u201d \u2014 said Mayor Paul Renard "
               "Vidal.\n\n\u201cEurope is built in schools.\u201d \u2014 added Ms Hahn Albers.\n\n"
               "Nadine Morel Roux, who has chaired the twinning committee since 2011, received a medal.")
    assert _speaker(out, "\u201cOur grandparents") == "Paul Renard Vidal"
    assert _speaker(out, "We owe it to them.\u201d \u2014 said") == "Paul Renard Vidal"
    assert _speaker(out, "\u201cEurope is built") == "Greta Hahn Albers"
    assert "Nadine Morel Roux" in _people(out)


def test_particles_in_names_stance_openers_and_an_invitation_to_a_place() -> None:
    out = _run("Border meeting\n\nThe Intendente of Encarnación, Ramón Soto y Duarte, and the Gobernador of "
               "Misiones, Matías de los Ríos, met on 11 August 2025.\n\n"
               "For Soto y Duarte, the two cities are \u201ca single metropolitan area with a border in it\u201d.\n\n"
               "In the opinion of the Gobernador, the main obstacle is the double inspection.\n\n"
               "At the end, the Gobernador invited the Intendente to Posadas in October.")
    assert "Matías de los Ríos" in _people(out)
    assert _speaker(out, "For Soto y Duarte") == "Ramón Soto y Duarte"
    assert _speaker(out, "In the opinion of") == "Matías de los Ríos"
    assert _pledge(out, "At the end, the Gobernador invited") is None


def test_colon_attributions_and_a_transcript() -> None:
    out = _run("Cities sign plan\n\nThe plan was signed on 15 January 2026 by Mayor Kadri Lepp Saar and Mayor "
               "Jarmo Kivi Lahti.\n\nMayor Lepp Saar: \u201cOur residents do almost everything online. Now we "
               "want those services to work across the sea.\u201d\n\nThe following exchange between a reporter "
               "and Mayor Kivi Lahti is taken from the transcript:\n\nQ: Who will pay for the app?\n\n"
               "A: The cost will be shared equally between the two cities. We will also ask the EU for support.")
    assert _speaker(out, "Mayor Lepp Saar:") == "Kadri Lepp Saar"
    assert _speaker(out, "Now we want") == "Kadri Lepp Saar"
    assert _speaker(out, "Q: Who will pay") is None and _pledge(out, "Q: Who will pay") is None
    assert _speaker(out, "A: The cost") == "Jarmo Kivi Lahti"
    assert _pledge(out, "A: The cost")["firmness"] == "firm"


def test_a_report_day_in_the_lead_anchors_a_dateline_without_a_year() -> None:
    out = _run("Border commission revived\n\nACCRA, July 3 \u2013 Ghana and Togo agreed to revive their commission "
               "after talks in Accra on Wednesday between Minister Kofi Asare Mensah and Minister Afi Kpodo Amah, the "
               "ministry said on Thursday.")
    assert out["event_date"] == "2025-07-02"


def test_a_list_of_mps_the_former_and_the_latter_and_a_company_in_a_title() -> None:
    out = _run("MPs visit\n\nSpeaker Ana Lopes Tavares received a delegation on 22 April 2025.\n\n"
               "The delegation was made up of MPs Rui Sá Carneiro, Marta Quintela and Filipa Moutinho Reis.\n\n"
               "Minister Owen Price Hale and Minister Itziar Goiko Etxea met later.\n\n"
               "The former said Welsh universities had lost partners.\n\n"
               "The latter replied that the two governments would open a joint call in the spring.\n\n"
               "Federico Ayala Sosa, chief executive of Cumbre Andina, said the winery would hire 25 workers.\n\n"
               "During their stay, the MPs will also be received by the Prime Minister.")
    people = _people(out)
    assert {"Rui Sá Carneiro", "Marta Quintela", "Filipa Moutinho Reis", "Federico Ayala Sosa"} <= set(people)
    assert "Cumbre Andina" not in people
    assert _speaker(out, "The former said") == "Owen Price Hale"
    assert _speaker(out, "The latter replied") == "Itziar Goiko Etxea"
    assert _pledge(out, "The latter replied")["actor"] == "both sides"
    assert _pledge(out, "During their stay") is None


def test_a_third_agreement_will_and_under_the_agreement_a_named_company_will() -> None:
    out = _run("Deals signed\n\nGovernor Ana Ruiz Pena met Minister Priya Raman Nair in Toronto on 30 September 2025."
               "\n\nA third agreement, a memorandum between the two clusters, will provide for joint trials.\n\n"
               "Under the agreement, Lakeshore will bring 40,000 cases of wine into Ontario.")
    assert _pledge(out, "A third agreement")["actor"] == "both sides"
    assert _pledge(out, "Under the agreement, Lakeshore")["actor"] == "Lakeshore"


def test_a_headline_signing_is_a_signing_ceremony_unless_it_happened_during_a_meeting() -> None:
    signed = _run("Tartu and Turku sign three-year plan on digital services\n\nThe mayors of Tartu and Turku, "
                  "Kadri Lepp Saar and Jarmo Kivi Lahti, met at Tartu Town Hall on 15 January 2026.")
    assert signed["event_kind"] == "signing ceremony"
    met = _run("Tra Linh and Chung sign MoU on farming\n\nChairman Le Van Thinh received a delegation led by "
               "Vice Governor Park Sung-ho on 19 September 2024, during which the two sides signed a memorandum.")
    assert met["event_kind"] == "meeting"
