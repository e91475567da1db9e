"""Titles, ranks and portfolios as unseen real news writes them, and the people they belong to: a chamber's side,
a rank or a portfolio before the title, a country before a style, initials without a stop, a paper named with
'The', a counterpart after 'and', a demonym in its French form.

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name


def test_the_opposition_a_leader_leads_is_no_body_and_no_side() -> None:
    text = ("Leaders meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Prime Minister Ivo Lark of Norway met President Dana Roe of Chile in Karsbrook "
            "on Tuesday.\n\nLeader of the Opposition Eva Stone also met Roe.")
    briefing = extract(text)
    stone = people_by_name(briefing)["Eva Stone"]
    assert (stone.title, stone.organization) == ("Leader of the Opposition", None)
    assert "Opposition" not in briefing.parties


def test_a_country_before_a_style_is_the_persons_country_not_a_title() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 18 — Prime Minister Ivo Lark of Norway met Kuwaiti Sheikh Ana Berg in Karsbrook "
            "on Tuesday.\n\nBerg said the talks went well.")
    berg = people_by_name(extract(text))["Ana Berg"]
    assert (berg.title, berg.country) == (None, "Kuwait")


def test_a_rank_or_an_adjective_that_opens_a_title_is_no_body() -> None:
    text = ("State visit to Karsbrook\n\n"
            "KARSBROOK, March 18 — President Dana Roe of Chile began a state visit to Karsbrook on Tuesday. "
            "Among those who greeted her were Presidential Spokesman Tor Velde, Air Chief Marshal Kai Holm and "
            "Karsbrook Group Chairman Eva Stone.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[n].organization for n in ("Tor Velde", "Kai Holm", "Eva Stone")] == [None, None, "Karsbrook Group"]
    assert not {"Air", "Presidential"} & set(briefing.parties)


def test_the_last_portfolio_of_a_list_is_no_given_name() -> None:
    text = ("Ministers meet\n\n"
            "KARSBROOK, March 18 — Minister for Industry, Commerce and Supplies Ivo Lark met his Chilean "
            "counterpart Dana Roe on Tuesday.\n\nLark said trade will grow.")
    lark = people_by_name(extract(text))["Ivo Lark"]
    assert lark.title == "Minister for Industry, Commerce and Supplies"


def test_a_title_ends_where_a_clause_begins_after_and() -> None:
    text = ("Ministers meet\n\nKARSBROOK, March 18 — Foreign Minister Ivo Lark met with Dana Roe, President of Chile "
            "and discussions focused on issues of mutual concern.")
    assert people_by_name(extract(text))["Dana Roe"].title == "President of Chile"


def test_a_paper_named_with_the_is_no_person() -> None:
    text = ("Ministers meet\n\nKARSBROOK, March 18 — Foreign Minister Ivo Lark met with Dana Roe on Monday.\n\n"
            "Lark will sign two projects, The Karsbrook Post reported.\n\n"
            "The Vellmo Herald reported that Roe will visit in May.")
    briefing = extract(text)
    assert set(people_by_name(briefing)) == {"Ivo Lark", "Dana Roe"}


def test_a_portfolio_after_for_is_no_person() -> None:
    text = ("Ministers meet\n\nKARSBROOK, March 18 — Foreign Minister Ivo Lark met with Dana Roe on Monday.\n\n"
            "Lark also met Under Secretary of State for Arms Control and International Security, Eva Stone.")
    people = people_by_name(extract(text))
    assert "Arms Control" not in people
    assert people["Eva Stone"].title == "Under Secretary of State for Arms Control and International Security"


def test_a_portfolio_before_minister_is_no_body() -> None:
    text = ("President leaves for Chile\n\nKARSBROOK, March 18 — President Ivo Lark left for Chile on Tuesday. He is "
            "accompanied by War Veterans Affairs Minister Dana Roe, Power Development Minister Tor Velde and "
            "Karsbrook Development Authority Chairman Eva Stone.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[n].organization for n in ("Dana Roe", "Tor Velde", "Eva Stone")] == [
        None, None, "Karsbrook Development Authority"]


def test_a_counterpart_named_with_a_bare_initial_is_a_person() -> None:
    text = ("Vellmo VP holds talks with Lark\n\n"
            "KARSBROOK, March 18 — Vellmo Vice President Dana Roe held talks with her Karsbrook counterpart "
            "M Ivo Lark on Wednesday.\n\nLark said the talks went well.")
    briefing = extract(text)
    assert people_by_name(briefing)["M Ivo Lark"].title == "Karsbrook counterpart"
    assert "Lark" not in briefing.parties


def test_a_middle_initial_without_a_stop_stays_in_the_name() -> None:
    text = ("Envoy pays courtesy call\n\n"
            "Norwegian Ambassador in Karsbrook Ivo T Lark today paid a courtesy call on Agriculture Minister "
            "Dana Roe at her office.\n\nThe ambassador said his country will help.")
    lark = people_by_name(extract(text))["Ivo T Lark"]
    assert (lark.title, lark.country) == ("Norwegian Ambassador in Karsbrook", "Norway")


def test_queen_consort_is_one_title_and_a_parade_no_person() -> None:
    text = ("King welcomes leader\n\nPresident Ivo Lark of Chile was warmly greeted by the monarch and the Queen "
            "Consort on Horse Guards Parade.\n\nQueen Consort Ana Berg also attended.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Ana Berg"}
    assert people["Ana Berg"].title == "Queen Consort"


def test_a_counterpart_after_and_is_of_its_own_country() -> None:
    text = ("Presidents of Chile, Peru confirm ties\n\n"
            "Santiago, Nov 27 (EFE).- Chilean President Ivo Lark and Peruvian counterpart Dana Roe met here Tuesday "
            "to confirm the health of bilateral relations.\n\nLark said relations are good.")
    roe = people_by_name(extract(text))["Dana Roe"]
    assert (roe.title, roe.country) == ("Peruvian counterpart", "Peru")
    text = ("Mayors meet\n\nChilean President Ivo Lark and Karsbrook counterpart Dana Roe met on Tuesday. "
            "President Eva Stone met her Trinidad and Tobago counterpart Kai Holm.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Karsbrook counterpart"
    assert people["Kai Holm"].title == "Trinidad and Tobago counterpart"


def test_a_demonym_in_its_french_form_names_the_country() -> None:
    text = ("President arrives in Karsbrook\n\nBeninoise President Ivo Lark arrived in Karsbrook on Wednesday for a "
            "state visit.\n\nLark said the visit will boost trade.")
    assert people_by_name(extract(text))["Ivo Lark"].country == "Benin"


def test_a_charge_daffaires_with_the_initial_a_is_a_person() -> None:
    text = ("Envoy meets minister\n\nKARSBROOK, Jan 29 — US Charge d'Affaires Ana A. Berg Wednesday called on "
            "Minister Dana Roe. She also met Director for Gulf Affairs Ivo I. Lark.\n\nThe minister thanked Berg.")
    people = people_by_name(extract(text))
    berg, lark = people["Ana A. Berg"], people["Ivo I. Lark"]
    assert (berg.title, berg.organization, berg.country) == ("US Charge d'Affaires", None, "United States")
    assert lark.country is None  # 'Gulf' is no region of one country


def test_a_participle_opening_the_sentence_is_no_part_of_the_title() -> None:
    text = ("Acting President receives ambassadors\n\n"
            "Acting President Ana Berg on Wednesday received the Ambassadors of Chile and Norway.\n\n"
            "Receiving Ambassador of Chile Ivo Lark, Acting President Berg said relations have flourished.\n\n"
            "Meeting Norwegian Ambassador Dana Roe, Acting President Berg affirmed the ties.")
    people = people_by_name(extract(text))
    assert (people["Ivo Lark"].title, people["Dana Roe"].title) == ("Ambassador of Chile", "Norwegian Ambassador")
    assert (people["Ivo Lark"].organization, people["Dana Roe"].organization) == (None, None)


def test_a_post_of_two_words_stays_in_the_envoys_title() -> None:
    text = ("Sister cities celebrate\n\nKARSBROOK, April 24 — Mayor Ivo Lark met Vice Mayor Dana Roe of Vellmo on "
            "Tuesday.\n\nNorwegian Consul General in New York Ana Berg said the ties are strong.")
    berg = people_by_name(extract(text))["Ana Berg"]
    assert berg.title == "Norwegian Consul General in New York"


def test_a_post_in_a_territory_of_two_words_stays_in_the_title() -> None:
    text = ("Envoy meets governor\n\nKARSBROOK, March 3 — Consul General in Hong Kong Ivo Lark met Governor Dana "
            "Roe on Monday. Lark said trade would grow.\n\nMacau Secretary for Economy Tor Velde also attended.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Consul General in Hong Kong"
    assert people["Tor Velde"].country == "Macao"

def test_a_bodys_remit_before_its_acronym_is_no_person() -> None:
    text = ("Karsbrook, Vellmo sign MoU\n\nThe MoU was signed by Ivo Lark, Minister of Ports, and Dana Roe, "
            "Minister of Harbours.\n\nThe Head of the Vellmo Agency for Subsoil Use (VASU) also attended.")
    assert set(people_by_name(extract(text))) == {"Ivo Lark", "Dana Roe"}


def test_an_office_named_by_its_holders_title_or_a_side_is_no_body() -> None:
    text = ("Karsbrook, Vellmo sign MoU\n\nThe MoU was signed by Ivo Lark, Co-chair of the Karsbrook Side of the "
            "commission, and Dana Roe, Director of the Office of the Prime Minister.")
    people = people_by_name(extract(text))
    assert (people["Ivo Lark"].organization, people["Dana Roe"].organization) == (None, None)


def test_the_prc_is_china() -> None:
    text = "Presidents meet\n\nPresident of the PRC Ivo Lark received President of Mongolia Dana Roe today."
    lark = people_by_name(extract(text))["Ivo Lark"]
    assert (lark.title, lark.country) == ("President of the PRC", "China")


def test_a_royal_rank_after_a_ministers_title_is_no_part_of_the_office() -> None:
    text = ("Crown Prince meets President\n\nSaudi Crown Prince Ivo Lark met Venezuelan President Dana Roe at "
            "Al-Salam Palace in Jeddah. The meeting was attended by Minister of Energy Prince Tor Velde and Minister "
            "of the National Guard Prince Kai Holm.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[n].title for n in ("Ivo Lark", "Tor Velde", "Kai Holm")] == [
        "Saudi Crown Prince", "Minister of Energy", "Minister of the National Guard"]
    assert "National Guard Prince" not in briefing.parties


def test_cambodian_honorifics_open_no_name_and_sen_may_end_one() -> None:
    text = ("PMs talk\n\nCambodian Prime Minister Samdech Techo Ivo Sen congratulated the new Prime Minister of "
            "Vellmo, Dana Roe, over the phone. Samdech Thipadei Tor Velde also called.")
    people = people_by_name(extract(text))
    assert {"Ivo Sen", "Dana Roe", "Tor Velde"} <= set(people)
    assert people["Ivo Sen"].title == "Cambodian Prime Minister"


def test_a_person_named_by_surname_takes_the_given_name_written_once() -> None:
    text = ("PM arrives in Karsbrook\n\nIvo Lark lands in Karsbrook on Wednesday for a three-day visit.\n\n"
            "Prime Minister Dana Roe said Mr Lark's visit comes at a good time. The Prime Minister met Mr Lark.")
    people = people_by_name(extract(text))
    assert "Ivo Lark" in people and "Lark" not in people


def test_a_pair_after_a_shared_title_is_the_person_named_later_by_surname() -> None:
    text = ("Ministers meet\n\nThe joint press conference of the Foreign Ministers of Norway and Chile Ivo Lark and "
            "Dana Roe, after their meeting in Oslo, turned into a fierce row.\n\nThe row began after a statement from "
            "Mr. Lark. Mr. Lark said the talks were open.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Dana Roe"}
    assert (people["Ivo Lark"].title, people["Ivo Lark"].spoke) == ("Foreign Minister of Norway", True)


def test_a_counterpart_named_with_two_initials_in_one_word_is_a_person() -> None:
    text = ("Ministers meet\n\nForeign Minister Dana Roe held talks with his Chilean counterpart AK Ivo Lark at the "
            "state guest house. Principal Secretary to CM Tor Velde attended.")
    people = people_by_name(extract(text))
    assert people["AK Ivo Lark"].country == "Chile"
    assert "CM Tor Velde" not in people


def test_a_word_before_a_residence_or_office_is_no_person() -> None:
    text = ("Ministers meet\n\nThe meeting took place at the Foreign Secretary’s official Karsbrook residence, where "
            "Foreign Secretary Ivo Lark hosted Minister Dana Roe.")
    assert set(people_by_name(extract(text))) == {"Ivo Lark", "Dana Roe"}


def test_a_chief_whip_and_a_chain_of_countries_are_no_people() -> None:
    text = ("Ministers meet\n\nForeign Minister Ivo Lark met Foreign Minister Dana Roe to promote "
            "Japan-U.S.-Philippines cooperation on Monday.\n\nMr Tor Velde, Chief Whip of the Government of "
            "Karsbrook, was present.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Dana Roe", "Tor Velde"}
    assert people["Tor Velde"].organization == "Government of Karsbrook"


def test_a_style_of_several_words_is_no_part_of_the_title() -> None:
    text = ("King receives President\n\nCustodian of the Two Holy Mosques King Ivo Lark received President Dana Roe "
            "of Chile in Riyadh on Monday.")
    briefing = extract(text)
    lark = people_by_name(briefing)["Ivo Lark"]
    assert (lark.title, lark.organization) == ("King", None)
    assert "Two Holy Mosques" not in briefing.parties


def test_general_after_a_minister_is_a_rank_but_after_a_consul_part_of_the_office() -> None:
    text = ("PM hosts talks\n\nThai Prime Minister General Ivo Lark will host talks with Vietnamese Prime Minister "
            "Dana Roe. Director General Tor Velde and Consul General Kai Holm attended.")
    people = people_by_name(extract(text))
    assert [people[n].title for n in ("Ivo Lark", "Tor Velde", "Kai Holm")] == [
        "Thai Prime Minister", "Director General", "Consul General"]


def test_a_country_joined_by_and_opens_the_title_whole() -> None:
    text = ("Ministers meet\n\nGuyana’s Minister of Foreign Affairs Ivo Lark met Trinidad and Tobago’s Minister of "
            "Foreign Affairs Dana Roe in Port of Spain. Trinidad and Tobago Prime Minister Tor Velde welcomed them.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert {people[n].country for n in ("Dana Roe", "Tor Velde")} == {"Trinidad and Tobago"}
    assert "Tobago" not in briefing.parties


def test_honorable_is_a_form_of_address_and_baroness_a_title() -> None:
    text = ("Leaders meet\n\nPrime Minister Ivo Lark met the Honorable Dana R. Roe at the residence. "
            "Baroness Ana Berg, Member of the House of Lords, also attended.")
    people = people_by_name(extract(text))
    assert people["Dana R. Roe"].title is None
    assert "Ana Berg" in people


def test_a_persons_possessive_before_a_title_is_no_body() -> None:
    text = ("Presidents meet\n\nPolish President Ivo Lark met NATO Secretary-General Dana Roe, joined by Lark's "
            "chief-of-staff Tor Velde.")
    assert people_by_name(extract(text))["Tor Velde"].organization is None


def test_a_venue_before_a_country_adjective_is_no_part_of_the_title() -> None:
    text = ("Leaders meet\n\nKARSBROOK — President Dana Roe met on Thursday at Karsbrook Palace Norwegian Foreign "
            "Minister Ivo Lark. Lark said trade will grow.")
    lark = people_by_name(extract(text))["Ivo Lark"]
    assert (lark.title, lark.organization, lark.country) == ("Norwegian Foreign Minister", None, "Norway")


def test_a_duty_before_a_title_names_no_body() -> None:
    text = ("Envoy meets Prime Minister\n\nKARSBROOK — Ambassador Ivo Lark met Prime Minister Dana Roe on Monday. "
            "Political counselor Mrs. Ana Berg also attended the meeting.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ana Berg"].organization is None
    assert "Political" not in briefing.parties


def test_a_relation_adjective_in_the_headline_is_no_side() -> None:
    text = ("Norland and Vellmo ministers meet to assess the Bi-national agenda\n\nKARSBROOK — Norway's Foreign "
            "Minister Ivo Lark met Chile's Foreign Minister Dana Roe on Monday to review the Bi-national agenda. "
            "Lark said the Bi-national Cabinet will meet in May.")
    assert "Bi-national" not in extract(text).parties


def test_sultan_between_two_words_of_a_name_is_part_of_the_name() -> None:
    text = ("Envoy meets mayor\n\nKARSBROOK — Saudi Arabia's Ambassador to Norway Ivo Sultan Al Lark Al Roe met Mayor "
            "Dana Berg on Monday. Malaysian King Sultan Tor Sultan Kai Holm also attended.")
    people = people_by_name(extract(text))
    assert people["Ivo Sultan Al Lark Al Roe"].title == "Saudi Arabia's Ambassador to Norway"
    assert people["Tor Sultan Kai Holm"].title == "Malaysian King"


def test_sheikh_after_a_given_name_is_part_of_the_name_not_after_a_rulers_title() -> None:
    text = ("Leaders meet\n\nKARSBROOK — President Ivo Lark of Vellmo met President Dana Sheikh Roe of Norland on "
            "Tuesday. His Highness the Amir Sheikh Tor Velde received them later, with the Father of the Nation "
            "Karsbrook Sheikh Kai Holm in mind.\n\nPresident Dana Sheikh Roe said the talks went well.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Dana Sheikh Roe"].title == "President of Norland"
    assert "Tor Velde" in people and "Kai Holm" in people
    assert "Norland" in briefing.parties and not any("Dana" in party for party in briefing.parties)


def test_a_royal_rank_after_a_rulers_title_is_no_part_of_it() -> None:
    text = ("Leaders meet\n\nKARSBROOK — Prime Minister Ivo Lark paid a courtesy call to Sultan of Norland Sultan Dana "
            "Roe on Saturday. Founding President Tor Velde also attended.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].title, people["Dana Roe"].organization) == ("Sultan of Norland", "Norland")
    assert people["Tor Velde"].organization is None


def test_chief_diplomat_is_a_title() -> None:
    text = ("Ministers meet\n\nKARSBROOK — Minister for Foreign Affairs Ana Berg met the Norwegian Foreign "
            "Minister Ivo Lark on Monday. \"We hope for progress,\" Chief Diplomat Berg said.")
    assert set(people_by_name(extract(text))) == {"Ana Berg", "Ivo Lark"}


def test_a_message_from_one_holder_to_another_gives_no_title_with_to() -> None:
    text = ("Envoy visits Karsbrook\n\nKARSBROOK — Norwegian Foreign Minister Ivo Lark met President Dana Roe on "
            "Monday. \"I passed on a message from my President to President Roe,\" Lark said. Additional Secretary "
            "to the Prime Minister Tor Velde also attended.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "President"
    assert people["Tor Velde"].title == "Additional Secretary to the Prime Minister"


def test_a_title_after_the_body_of_another_title_starts_a_title_of_its_own() -> None:
    text = ("Leaders meet\n\nKARSBROOK — Chairman of the State Administration Council Prime Minister Ivo Lark "
            "received Norland Ambassador Dana Roe on Tuesday.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].organization == "State Administration Council"


def test_the_family_name_he_after_a_posting_opens_a_name_and_speaks_after_a_comma() -> None:
    text = ("PM meets envoy\n\nKARSBROOK — Prime Minister Ivo Lark met Chilean Ambassador to Norway He Wei on Monday. "
            "Lark said ties were strong. For his part, He said Chile is willing to work with Norway.")
    briefing = extract(text)
    assert people_by_name(briefing)["He Wei"].title == "Chilean Ambassador to Norway"
    assert [s.speaker for s in briefing.statements if s.text.startswith("For his part")] == ["He Wei"]


def test_a_style_between_the_comma_and_the_next_name_keeps_the_titles_apart() -> None:
    text = ("Leaders welcomed\n\nSheikh Ivo Lark, Deputy Prime Minister and Minister of Interior, Sheikh Dana Roe, "
            "Deputy Prime Minister and Minister of Presidential Affairs, and Sheikh Tor Velde, Minister of Foreign "
            "Affairs, were also among the welcoming party.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Deputy Prime Minister and Minister of Presidential Affairs"


def test_a_posting_and_a_home_office_joined_by_and_are_two_peoples_titles() -> None:
    text = ("US envoy pays farewell call on PM Roe\n\nThe US Ambassador and Prime Minister Dana Roe discussed issues "
            "of mutual interest\n\nKARSBROOK — US Ambassador to Norland Ivo Lark on Friday paid a farewell call on "
            "Prime Minister Dana Roe at the PM Office.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Prime Minister"
    assert people["Dana Roe"].country is None


def test_cambodian_forms_of_address_and_a_former_office_name_no_body() -> None:
    text = ("PM receives former counterpart\n\nPHNOM PENH — Samdech Akka Moha Sena Padei Techo Ivo Lark, Prime "
            "Minister of the Kingdom of Cambodia, received H.E. Dana Roe, Former Prime Minister of New Zealand, and "
            "Tor Velde, President of Democratic Republic of Congo, on Monday.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark"].title == "Prime Minister of the Kingdom of Cambodia"
    assert people["Dana Roe"].organization is None
    assert people["Tor Velde"].country == "Democratic Republic of the Congo"
    assert briefing.parties == ["Cambodia", "New Zealand", "Democratic Republic of the Congo"]


def test_two_portfolios_joined_by_and_make_one_title() -> None:
    text = ("Ministers meet\n\nKARSBROOK — Chilean Deputy Prime Minister Ivo Lark has met with Norwegian Foreign and "
            "Trade Minister Dana Roe and Enterprise, Trade and Minister for Defence Tor Velde.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].title, people["Dana Roe"].country) == ("Norwegian Foreign and Trade Minister", "Norway")
    assert people["Tor Velde"].title == "Minister for Defence"


def test_viet_nam_written_with_its_accents_is_a_country() -> None:
    text = ("Chairman hosts envoy\n\nHÀ NỘI — Chairman Dana Roe hosted Norway's Ambassador to Việt Nam Ivo Lark on "
            "Monday. Lark said ties were strong.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Norway's Ambassador to Việt Nam"


def test_a_general_rank_before_a_name_is_the_persons_title() -> None:
    text = ("Army chiefs meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Senior General Ivo Lark met Major General Dana Roe of Vellmo in Karsbrook on "
            "Tuesday. General Tor Velde, Brigadier General Kai Holm and Maj. Gen. Ana Berg also attended, as did "
            "Consul General Eva Stone.\n\nLark said the two armies would train together.")
    people = people_by_name(extract(text))
    assert {name: people[name].title for name in people} == {
        "Ivo Lark": "Senior General", "Dana Roe": "Major General", "Tor Velde": "General",
        "Kai Holm": "Brigadier General", "Ana Berg": "Maj. Gen.", "Eva Stone": "Consul General"}
    assert people["Dana Roe"].organization is None


def test_a_rank_after_an_office_is_not_part_of_it_and_an_office_says_more_than_a_rank() -> None:
    text = ("Senior General Ivo Lark receives Vellmo delegation\n\n"
            "KARSBROOK, March 18 — The armies will hold joint drills, said Commander-in-Chief of Defence Services "
            "Senior General Ivo Lark at a meeting with Lieutenant General Dana Roe, Director for Border Affairs, "
            "on Tuesday.\n\nPresent were Prime Minister General Tor Velde and Air Chief Marshal Kai Holm.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].title, people["Ivo Lark"].organization) == (
        "Commander-in-Chief of Defence Services", None)
    assert [people[name].title for name in ("Dana Roe", "Tor Velde", "Kai Holm")] == [
        "Director for Border Affairs", "Prime Minister", "Air Chief Marshal"]
    assert not any("General" in party for party in briefing.parties)
    assert [c.actor for c in briefing.commitments] == ["Ivo Lark"]


def test_a_two_word_demonym_and_titles_after_counterpart_give_the_country() -> None:
    text = ("Police chiefs meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Norland Police Chief Ivo Lark met his Saudi Arabian counterpart Lt Gen. Dana Roe "
            "on Tuesday, and his Filipino counterpart, Interior Secretary Kai Holm, on Wednesday.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[name].country for name in ("Dana Roe", "Kai Holm")] == ["Saudi Arabia", "Philippines"]
    assert "Saudi Arabian" not in briefing.parties


def test_two_words_joined_before_affairs_are_a_portfolio_not_a_body() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 18 — Assistant Secretary of Coastal and Island Affairs Ivo Lark met Dana Roe, "
            "Premier of the Vellmo Region and Envoy for Cultural Relations, on Tuesday.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark"].organization is None
    assert "Coastal" not in briefing.parties


def test_a_title_head_with_a_comma_opens_no_body() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 18 — Governor Ivo Lark met Dana Roe of Vellmo on Tuesday.\n\nOther members of the "
            "delegation include Honorable Kai Holm, Chairman, Assembly's Committee on Trade and Transport and Ana "
            "Berg, Deputy Chief Bureau of Protocol.")
    briefing = extract(text)
    assert not any(party.startswith("Chairman") for party in briefing.parties)


def test_a_title_with_a_comma_before_and_is_the_earlier_persons_not_the_next_ones() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 18 — Governor Ivo Lark met Dana Roe of Vellmo on Tuesday.\n\nOther members of the "
            "delegation include Honorable Kai Holm, Chairman, Assembly's Committee on Trade and Transport and Ana "
            "Berg, Deputy Chief Bureau of Protocol. Minister of Economy Eva Stone and Minister of Transport and "
            "Roads Tor Velde also attended.")
    people = people_by_name(extract(text))
    assert people["Ana Berg"].title == "Deputy Chief Bureau of Protocol"


def test_a_body_with_its_initials_before_a_title_is_part_of_it_once() -> None:
    text = ("GFF ready to support Norland\n\n"
            "KARSBROOK, March 18 — Prime Minister Ivo Lark on Sunday met Global Farming Fund (GFF) chief Dana Roe "
            "in Karsbrook. The GFF said talks would go on. Department of Foreign Affairs (DFA) Secretary Kai Holm "
            "also attended.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Dana Roe"].title, people["Dana Roe"].organization) == (
        "Global Farming Fund (GFF) chief", "Global Farming Fund")
    assert people["Kai Holm"].title == "Secretary"
    assert "Global Farming Fund" in briefing.parties and "GFF" not in briefing.parties  # one side, written out


def test_an_abbreviated_title_in_capitals_is_no_given_name() -> None:
    text = ("Minister calls on Vellmo PM\n\n"
            "KARSBROOK, March 18 — External Affairs Minister Ivo Lark called on Prime Minister Dana Roe on "
            "Tuesday.\n\nDuring his visit, EAM Lark conveyed the greetings of his President.")
    people = people_by_name(extract(text))
    assert "EAM Lark" not in people
    assert "EAM Lark" in people["Ivo Lark"].aliases


def test_an_office_after_the_and_before_a_rank_is_the_other_persons() -> None:
    text = ("Navy chief received at State House\n\n"
            "KARSBROOK, March 18 — Admiral I.V. Lark, the chief of Naval Staff of the Norland Navy yesterday paid a "
            "courtesy call on President Dana Roe.\n\nSpeaking to the press after meeting the Vellmo Head of State "
            "Admiral Lark said the visit renewed old ties.")
    lark = people_by_name(extract(text))["Lark"]
    assert lark.title != "Vellmo Head of State" and lark.country != "Vellmo"


def test_new_before_a_demonym_an_adviser_of_a_portfolio_and_a_governments_unit_name_no_side() -> None:
    text = ("Leaders issue joint communique\n\n"
            "KARSBROOK, March 18 — New Norwegian President Ivo Lark met New Mexico Governor Dana Roe, Homeland "
            "Security Advisor Kai Holm, Deputy Head of the Government's Administration Ana Berg and Eva Stone, Head of "
            "the GCC and Regional Affairs Department, on Tuesday.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark"].title == "Norwegian President"
    assert people["Dana Roe"].title == "New Mexico Governor"
    assert [people[n].organization for n in ("Kai Holm", "Ana Berg")] == [None, None]
    assert not any(p in briefing.parties for p in ("Homeland Security", "Government's Administration", "GCC and"))


def test_a_title_before_a_comma_never_runs_over_an_earlier_name() -> None:
    text = ("Norland and Vellmo support one another\n\n"
            "On Tuesday, Prime Minister Ivo Lark had talks over the telephone with Vellmo President of the Republic "
            "Dana Roe, Kai Holm, the Prime Minister's press chief informed the news agency.")
    briefing = extract(text)
    holm = people_by_name(briefing)["Kai Holm"]
    assert "Dana Roe" not in (holm.title or "") and not any("Dana Roe" in p for p in briefing.parties)


def test_an_org_head_alone_is_no_place_to_find_a_country_by() -> None:
    text = ("Finance Minister meets Global Bank VP\n\n"
            "The Minister for Finance, Ivo Lark, met the Vice President of the Global Bank Northern Region, Dana Roe, "
            "at the Embassy of Norway. The Governor of the State Bank of Norway, Kai Holm, also attended.")
    assert people_by_name(extract(text))["Dana Roe"].country is None


def test_a_grand_duchy_is_a_state_no_person() -> None:
    text = ("Prime Minister hosts counterpart\n\n"
            "The Prime Minister of the Republic of Norland, Ivo Lark, today hosted the Prime Minister of the Grand "
            "Duchy of Vellmo, Dana Roe who is on an official visit to Norland.")
    people = people_by_name(extract(text))
    assert "Grand Duchy" not in people
    assert people["Dana Roe"].title == "Prime Minister of the Grand Duchy of Vellmo"


def test_he_in_capitals_is_his_excellency_no_part_of_the_title() -> None:
    text = ("Leaders discuss water\n\n"
            "The President HE Dr. Ivo Lark and Vellmo's Dana Roe this week discussed water infrastructure.")
    assert people_by_name(extract(text))["Ivo Lark"].title == "President"


def test_an_office_after_the_and_before_a_rank_stays_when_the_name_is_an_object() -> None:
    text = ("President receives defence minister\n\n"
            "KARSBROOK, March 18 — President Ivo Lark received the Vellmo State Councilor and Minister of National "
            "Defense General Dana Roe who is in Norland on an official visit.")
    roe = people_by_name(extract(text))["Dana Roe"]
    assert roe.title == "Vellmo State Councilor and Minister of National Defense"
