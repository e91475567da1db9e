"""Who a bare role is, and who only sent greetings: a month as a surname, a role written bare against one marked
by country, an office named by its holder, a title after a name inside an opening phrase, greetings of an
absent leader.

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name, pledge, said


def test_a_month_after_a_given_name_and_a_title_is_a_surname() -> None:
    text = ("Leaders meet in Karsbrook\n\nKARSBROOK, March 3 — Prime Minister Olga May of Norway met President "
            "Dana Roe of Chile on Monday. Roe said Chile will open a consulate in May.")
    people = people_by_name(extract(text))
    assert people["Olga May"].title == "Prime Minister of Norway"
    assert set(people) == {"Olga May", "Dana Roe"}


def test_a_role_written_bare_is_the_holder_whose_title_is_bare() -> None:
    text = ("Envoy calls on Prime Minister\n\nKARSBROOK, March 3 — The Norwegian Ambassador Ivo Lark called on "
            "Prime Minister Dana Roe on Monday. The Ambassador conveyed the greetings of Norwegian Prime Minister "
            "Olga Velde and said trade was growing. The Prime Minister thanked the Ambassador for the message "
            "from Prime Minister Olga Velde.")
    briefing = extract(text)
    assert said(briefing, "The Prime Minister thanked") == "Dana Roe"


def test_greetings_of_a_leader_do_not_bring_the_leader() -> None:
    text = ("Envoy calls on Prime Minister\n\nKARSBROOK, March 3 — The Norwegian Ambassador Ivo Lark called on "
            "Prime Minister Dana Roe on Monday. The Ambassador conveyed the greetings of Norwegian Prime Minister "
            "Olga Velde and said trade was growing. Prime Minister Olga Velde also knew Karsbrook well.")
    velde = people_by_name(extract(text))["Olga Velde"]
    assert not velde.attended


def test_a_role_in_an_office_its_holder_names_is_not_the_persons() -> None:
    text = ("Ministers meet\n\nKARSBROOK, March 3 — Norwegian Minister of Foreign Affairs Ivo Lark met Chilean "
            "Minister of Foreign Affairs Dana Roe on Monday. Director General of the Office of the Minister of "
            "Foreign Affairs Tor Velde also attended.\n\nThe foreign minister congratulated Roe on the new port.")
    briefing = extract(text)
    assert said(briefing, "The foreign minister congratulated") != "Tor Velde"


def test_a_title_after_a_name_in_an_opening_phrase_belongs_to_the_subject() -> None:
    text = ("Minister receives envoys\n\nKARSBROOK, March 3 — The Karsbrook Minister for Foreign Affairs, "
            "Honourable Ivo Lark on Monday received the credentials of two envoys. In his interaction with the "
            "Ambassador-designate from Norland, His Excellency Mr. Tor Velde, the Honourable Minister recalled the "
            "ties between the two countries.")
    people = people_by_name(extract(text))
    assert people["Tor Velde"].title != "Honourable Minister"
    assert "the Honourable Minister" not in people["Tor Velde"].aliases


def test_the_former_before_a_noun_is_no_person() -> None:
    text = ("Leaders meet\n\nKARSBROOK, March 3 — Prime Minister Ivo Lark met President Dana Roe of Norland on "
            "Monday. Lark said the former regime had left debts. The latter said Norland will build a port.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert "the former" not in people["Ivo Lark"].aliases
    assert said(briefing, "The latter said") == "Dana Roe"


def test_elect_after_a_title_belongs_to_the_title() -> None:
    text = ("Leaders meet\n\nKARSBROOK, March 3 — Prime Minister Ivo Lark met President Elect Dana Roe of Norland on "
            "Monday. Lark said trade would grow.")
    roe = people_by_name(extract(text))["Dana Roe"]
    assert roe.title == "President Elect of Norland"


def test_a_part_of_the_world_is_no_place_of_the_event_and_no_side() -> None:
    text = ("Norland leader ends trip to Central Asia\n\nKARSBROOK, March 3 — President Ivo Lark of Norland met "
            "Kazakh President Dana Roe in Karsbrook on Monday, at the end of his trip to Central Asia. They spoke "
            "of the conflict in the Middle East.\n\nLark said his trip to Central Asia had been fruitful.")
    briefing = extract(text)
    assert "Central Asia" not in briefing.parties
    assert not {"Central Asia", "Middle East"} & set(briefing.places)


def test_a_speakers_nation_named_by_its_part_of_the_world_is_the_speakers_country() -> None:
    text = ("Ministers meet\n\nKARSBROOK, March 3 — Minister Ivo Lark of Norway met Minister Dana Roe of Palau in "
            "Karsbrook on Monday. Roe said his small Pacific island nation is committed to supporting Norway.")
    assert pledge(extract(text), "Roe said his small") == ("Palau", "firm")


def test_malaysian_honorifics_are_no_part_of_the_name_and_keep_the_counterpart() -> None:
    text = ("Leaders meet\n\nKARSBROOK, March 3 — Prime Minister Ivo Lark and his Malaysian counterpart Dato' Seri "
            "Dana Roe met at Istana Negara, the official residence, on Wednesday. Datuk Seri Tor Velde said trade "
            "will grow.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].title, people["Dana Roe"].country) == ("Malaysian counterpart", "Malaysia")
    assert "Tor Velde" in people
    assert "Istana Negara" not in people


def test_a_nickname_between_doubled_apostrophes_is_no_part_of_the_name() -> None:
    text = ("Ministers call on President\n\nKARSBROOK — Foreign Minister Ivo Lark paid a courtesy call on President "
            "Dana ''Dee'' Roe Jr. on Monday. The President welcomed the ministers. ''I am glad,'' Roe said.")
    briefing = extract(text)
    assert people_by_name(briefing)["Dana Roe Jr"].title == "President"
    assert said(briefing, "The President welcomed") == "Dana Roe Jr"


def test_a_group_named_by_a_plural_title_is_no_person() -> None:
    text = ("Presidents meet\n\nKARSBROOK — President Ivo Lark met President Dana Roe of Chile on Monday. Afterward, "
            "they will go to the Cabinet Room where the ministers accompanying President Roe will join them.")
    assert "the ministers accompanying President" not in people_by_name(extract(text))["Dana Roe"].aliases


def test_a_name_spelled_otherwise_later_is_the_same_person() -> None:
    text = ("Leaders meet\n\nKARSBROOK — President Ivo Lark met Prime Minister Kassym-Jomart Velde on Monday.\n\n"
            "Trade between the two countries has grown, Kassym-Zhomart Velde noted.")
    briefing = extract(text)
    assert [p.name for p in briefing.participants] == ["Ivo Lark", "Kassym-Jomart Velde"]
    assert said(briefing, "Trade between") == "Kassym-Jomart Velde"


def test_names_a_letter_apart_in_a_short_word_stay_two_people() -> None:
    text = ("Ministers meet\n\nKARSBROOK — Minister Maria Lark met Minister Mario Lark of Vellmo on Monday. "
            "Maria Lark said trade would grow.")
    assert {"Maria Lark", "Mario Lark"} <= set(people_by_name(extract(text)))


def test_a_mongolian_name_in_its_two_forms_is_one_person() -> None:
    text = ("Leaders meet\n\nULAANBAATAR — President Khurelbat Ulziibat met Prime Minister Ivo Lark on Monday. "
            "President U.Khurelbat said the two countries will expand trade.")
    briefing = extract(text)
    assert [p.name for p in briefing.participants] == ["Khurelbat Ulziibat", "Ivo Lark"]
    assert said(briefing, "President U.Khurelbat said") == "Khurelbat Ulziibat"


def test_seri_is_a_form_of_address_only_after_another() -> None:
    text = ("Leaders meet\n\nKARSBROOK — Prime Minister Datuk Seri Ivo Lark met President Dana Roe on Monday. Lark "
            "said the next talks will be held in Bandar Seri Begawan next month.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Dana Roe"}
    assert people["Ivo Lark"].title == "Prime Minister"


def test_a_role_before_a_name_in_apposition_is_that_persons() -> None:
    text = ("Leaders meet\n\nCANBERRA — Prime Minister Ivo Lark welcomed the Prime Minister of Norway, the Hon Dana "
            "Roe MP, to Canberra on Monday. Prime Minister Roe said trade will grow.")
    people = people_by_name(extract(text))
    assert "the Prime Minister of Norway" in people["Dana Roe"].aliases
    assert "the Prime Minister of Norway" not in people["Ivo Lark"].aliases


def test_a_plural_noun_before_a_title_is_no_part_of_a_form_of_the_name() -> None:
    text = ("President receives envoys\n\nKARSBROOK — President Ivo Lark received the credentials of three "
            "ambassadors on Monday. Speaking after receiving the credentials President Lark assured the envoys of "
            "cooperation. The external affairs minister Dana Roe also attended.")
    people = people_by_name(extract(text))
    assert "the credentials President" not in people["Ivo Lark"].aliases


def test_a_word_before_a_medium_noun_is_no_person() -> None:
    text = ("Leaders meet\n\nKARSBROOK — President Ivo Lark met President Dana Roe on Wednesday. In a short statement "
            "on the official Chirper page of President Roe, the two leaders said they held talks.")
    assert "Chirper" not in people_by_name(extract(text))


def test_hh_before_a_name_is_a_form_of_address() -> None:
    text = ("Leaders meet\n\nKARSBROOK — The Crown Prince of Norland HH Sheikh Ivo Lark received Foreign Minister "
            "Dana Roe on Sunday. Lark said the ties are strong.")
    people = people_by_name(extract(text))
    assert not any("HH" in alias for alias in people["Ivo Lark"].aliases)


def test_forms_of_address_before_a_name_leave_the_title_with_its_place() -> None:
    text = ("Leaders meet\n\nKARSBROOK — Prime Minister Datuk Seri Ivo Lark of Norland received President Dana Roe on "
            "Monday. Lark said trade will grow.")
    assert people_by_name(extract(text))["Ivo Lark"].title == "Prime Minister of Norland"


def test_a_name_after_a_phrase_with_a_role_is_the_next_clauses_subject() -> None:
    text = ("Minister visits Karsbrook\n\nKARSBROOK — Norland President Ivo Lark on Tuesday received Vellmo's Foreign "
            "Minister Dana Roe. Prior to her meeting with the president, Roe met Prime Minister Tor Velde.")
    people = people_by_name(extract(text))
    assert "the president" not in people["Dana Roe"].aliases


def test_a_participle_after_an_object_belongs_to_the_subject() -> None:
    text = ("Minister meets Crown Prince\n\nKARSBROOK: The Crown Prince of Norway, Ivo Lark, on Tuesday received "
            "Shaikh Dana Roe, Minister of Foreign Affairs.\n\nDuring the meeting, Shaikh Dana conveyed the greetings "
            "of His Highness Shaikh Tor Velde, Crown Prince of Vellmo, to Prince Ivo.\n\nThe Norwegian Crown Prince "
            "reciprocated greetings to Shaikh Tor Velde, stressing his country's keenness to boost relations.")
    briefing = extract(text)
    assert said(briefing, "The Norwegian Crown Prince") == "Ivo Lark"
    assert pledge(briefing, "The Norwegian Crown Prince") == ("Norway", "firm")


def test_a_family_name_in_capitals_closes_the_name() -> None:
    text = ("Envoy visits President\n\nKARSBROOK — Ambassador Tor Velde paid a courtesy visit to H.E. Ivo Dana LARK, "
            "President of the Republic of Norland at his Executive Mansion Office on Thursday.\n\n"
            "\"We are partners,\" President LARK said.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Dana LARK"].title == "President of the Republic of Norland"
    assert people["Ivo Dana LARK"].spoke
    assert "Mansion" not in " ".join(briefing.parties)


def test_a_role_after_of_the_in_a_title_is_anothers() -> None:
    text = ("Envoy visits President\n\nKARSBROOK — Dana Roe, Representative of the President of the Vellmo "
            "Commission in Norland, paid a courtesy visit to President Ivo Lark on Thursday. Roe outlined the "
            "vision of the Commission.\n\nThe President thanked the Commission for its support.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert "the President" not in people["Dana Roe"].aliases
    assert [s.speaker for s in briefing.statements if s.text.startswith("The President")] == ["Ivo Lark"]


def test_the_day_between_a_subject_and_said_keeps_the_subject_the_speaker() -> None:
    text = ("Governor meets envoys\n\nKARSBROOK — Norland Governor Ivo Lark on Sunday said Prime Minister Dana Roe "
            "has given the provinces new rights to promote trade. Vellmo President Tor Velde and his Norland "
            "counterpart Ana Berg on Monday pledged to renew ties. The two leaders said trade would grow.")
    briefing = extract(text)
    assert said(briefing, "KARSBROOK — Norland Governor Ivo Lark on Sunday") == "Ivo Lark"
    assert pledge(briefing, "The two leaders said") == ("both sides", "firm")


def test_calling_on_someone_and_discussing_ways_to_act_is_a_visit() -> None:
    text = ("Envoy calls on President\n\nKARSBROOK — Foreign Secretary Ivo Lark on October 5 called on Norland "
            "President Dana Roe and discussed ways to further advance the partnership. Lark also called on Prime "
            "Minister Tor Velde and held discussions to take forward the ties.")
    briefing = extract(text)
    assert briefing.commitments == []
    assert briefing.statements == []


def test_a_plural_title_over_two_countries_each_with_its_name() -> None:
    text = ("FMs meet\n\nMinisters of Foreign Affairs of Norway Ivo Lark and Chile Dana Roe held a bilateral meeting "
            "on the margins of the summit.\n\nIn addition, Lark and Roe exchanged views on the upcoming Fourth "
            "Consultative Meeting of Heads of States, emphasizing its significance.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark"].title == "Minister of Foreign Affairs of Norway"
    assert people["Dana Roe"].title == "Minister of Foreign Affairs of Chile"
    assert set(people) == {"Ivo Lark", "Dana Roe"}
    assert said(briefing, "In addition") is None  # the two of them, no one speaker


def test_a_plural_title_over_a_list_of_countries_and_names() -> None:
    text = ("FMs meet\n\nMinisters of Foreign Affairs of Latvia, Ivo Lark, Estonia, Dana Roe, Lithuania, Tor Velde, "
            "and Poland, Ana Berg, met in Karsbrook on January 31 to discuss security.")
    people = people_by_name(extract(text))
    assert {name: p.country for name, p in people.items()} == {
        "Ivo Lark": "Latvia", "Dana Roe": "Estonia", "Tor Velde": "Lithuania", "Ana Berg": "Poland"}
    assert people["Ana Berg"].title == "Minister of Foreign Affairs of Poland"


def test_no_role_mention_reaches_back_over_a_preposition() -> None:
    text = ("President receives envoys\n\nPresident Dana Roe received five new ambassadors at State House on Monday."
            "\n\n\"The discussion between President and new ambassadors focused on ties,\" said Mr Ivo Lark.")
    assert people_by_name(extract(text))["Dana Roe"].aliases == []


def test_an_apostrophe_opening_a_name_is_no_part_of_the_title() -> None:
    text = "PM meets FM\n\nKai Holm met with Norway Prime Minister 'Ivo Lark on Monday. Lark said ties were strong."
    assert people_by_name(extract(text))["Ivo Lark"].title == "Norway Prime Minister"


def test_a_verb_after_whom_the_subject_met_is_the_subjects() -> None:
    text = ("Secretary visits Norland\n\nKARSBROOK — While in Karsbrook, Foreign Secretary Ivo Lark met with Foreign "
            "Minister Dana Roe of Norway and announced the opening of an embassy in Norway.\n\nHe took part in a panel "
            "with Chilean Foreign Minister Tor Velde and State Minister of Norway, Ana Berg, warning that the war "
            "could harm trade.")
    briefing = extract(text)
    assert said(briefing, "KARSBROOK — While in Karsbrook") == "Ivo Lark"
    assert said(briefing, "He took part") == "Ivo Lark"


def test_a_country_after_from_right_after_a_name_is_the_persons() -> None:
    text = ("Envoys present credentials to President Lark\n\nPresident Ivo Lark has received letters of credence from "
            "five new ambassadors.\n\nHis Excellency Dana Roe from Chile was the first to present his credentials to "
            "the President.")
    briefing = extract(text)
    assert people_by_name(briefing)["Dana Roe"].country == "Chile"
    assert "Chile" in briefing.parties


def test_a_role_written_with_a_portfolio_is_no_holder_of_another() -> None:
    text = ("Delegation arrives\n\nKARSBROOK — Federal Minister for Interior Ivo Lark welcomed a delegation from "
            "Norway on Monday. The interior minister held a meeting with Foreign Minister Dana Roe and the Norwegian "
            "energy minister.")
    assert "the Norwegian energy minister" not in people_by_name(extract(text))["Ivo Lark"].aliases


def test_a_role_inside_an_opening_participle_phrase_is_not_the_subjects() -> None:
    text = ("President meets FM\n\nASTANA — President of Norland Ivo Lark received Minister of Foreign Affairs of "
            "Russia Dana Roe on Monday.\n\nGreeting the Russian Foreign Minister, Lark highlighted the development "
            "of ties.")
    people = people_by_name(extract(text))
    assert "the Russian Foreign Minister" not in people["Ivo Lark"].aliases


def test_the_heads_of_the_agencies_of_two_countries_each_named_in_turn() -> None:
    text = ("Lark and Roe discussed the preparations\n\nThe heads of the foreign affairs agencies of Norway and the "
            "United States, Ivo Lark and Dana Roe, during a telephone conversation, discussed the preparations.")
    people = people_by_name(extract(text))
    assert {name: p.country for name, p in people.items()} == {"Ivo Lark": "Norway", "Dana Roe": "United States"}


def test_a_role_of_one_country_is_not_a_holder_whose_title_names_another() -> None:
    text = ("Foreign Minister meets the President of Georgia\n\n"
            "TBILISI, March 3 -- The President of Georgia, Ana Berg, received Foreign Minister Ivo Lark of Armenia "
            "on Tuesday.\n\nLark conveyed the greetings of the President of Armenia to President Berg.\n\n"
            "Berg asked Lark to convey her best wishes to Kai Holm, President of Armenia.")
    berg = people_by_name(extract(text))["Ana Berg"]
    assert berg.title == "President of Georgia"
    assert "the President of Armenia" not in berg.aliases


def test_a_noun_before_former_is_no_part_of_a_role_mention() -> None:
    text = ("Ministers meet in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Foreign Minister Ivo Lark met Dana Roe, the Foreign Minister of Vellmo, on "
            "Tuesday.\n\nLark praised the role former President Kai Holm played in the peace process.")
    holm = people_by_name(extract(text))["Kai Holm"]
    assert (holm.title, holm.aliases, holm.attended) == ("President", [], False)


def test_a_participle_opening_the_sentence_is_no_given_name() -> None:
    text = ("Ministers meet in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Foreign Minister Ivo Lark met his Vellmo counterpart Dana Roe on Tuesday.\n\n"
            "Echoing Lark, Roe, highlighting the ties with Norland, said the two countries would open a new border "
            "crossing.\n\n\"The new bridge is open,\" Lark said.\n\n"
            "Sterling Brown, the mayor, said the city was ready.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert "Echoing Lark" not in people
    assert "Sterling Brown" in people
    assert said(briefing, "\"The new bridge") == "Ivo Lark"


def test_a_family_name_after_al_dash_is_the_same_person_but_not_in_a_royal_chain() -> None:
    text = ("President meets delegation\n\n"
            "KARSBROOK, March 3 -- President Ivo Dana al-Lark met a delegation from Vellmo on Tuesday. Minister Kai "
            "Holm Al-Berg Al-Stone also attended.\n\nPresident Lark said the talks were useful.\n\n"
            "His Highness the Amir Sheikh Stone sent his greetings.")
    people = people_by_name(extract(text))
    assert "Lark" not in people and "President Lark" in people["Ivo Dana al-Lark"].aliases
    assert "Sheikh Stone" not in people["Kai Holm Al-Berg Al-Stone"].aliases


def test_a_later_title_with_the_country_before_it_says_more() -> None:
    text = ("Prime Minister Ivo Lark arrives in Karsbrook, meets counterpart Dana Roe\n\n"
            "KARSBROOK, March 3 -- Prime Minister Ivo Lark arrived on Tuesday.\n\n"
            "Norway Prime Minister Ivo Lark on Wednesday met his counterpart Dana Roe.\n\n"
            "Foreign Minister Kai Holm said talks went well. Met Chinese Foreign Minister Kai Holm on Thursday.")
    people = people_by_name(extract(text))
    assert (people["Ivo Lark"].title, people["Ivo Lark"].country) == ("Norway Prime Minister", "Norway")
    assert people["Kai Holm"].title == "Foreign Minister"


def test_a_role_written_with_a_country_gives_its_holder_that_country_unless_in_a_phrase() -> None:
    text = ("Ministers meet in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Foreign Minister Ivo Lark met Prime Minister Dana Roe on Tuesday.\n\n"
            "The Norwegian Foreign Minister said the talks were useful. Lark handed over an invitation from the "
            "Chilean Prime Minister.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].country == "Norway"
    assert people["Dana Roe"].country is None


def test_a_given_name_cut_to_its_initial_is_the_same_person() -> None:
    text = ("Talks in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Minister Ivo Lark met the Head of the Norland Bureau Dana Roe on Tuesday.\n\n"
            "High-ranking Norland officer D. Roe also emphasized the cooperation.")
    people = people_by_name(extract(text))
    assert "D. Roe" not in people and "D. Roe" in people["Dana Roe"].aliases
