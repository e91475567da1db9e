"""The speaker's home side when the title names none, and titles whose adjectives name no body."""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name, pledge

HOME = ("Governor meets delegation from Borin\n\n"
        "Governor Mara Lint met a delegation from Borin Prefecture headed by the prefecture deputy Party "
        "secretary Oren Vale on Monday.\n\n"
        "Helping Borin is a duty of Carra, said Mara Lint. Carra has built close ties with Borin over the years, "
        "Lint said. We shall keep sending engineers to Borin, she added.\n")


def test_home_side_is_the_place_the_speakers_own_words_name() -> None:
    draft = extract(HOME, published="2025-03-05")
    assert pledge(draft, "We shall keep") == ("Carra", "firm")


def test_a_lone_party_word_is_no_organisation_and_the_delegation_gives_the_side() -> None:
    vale = people_by_name(extract(HOME, published="2025-03-05"))["Oren Vale"]
    assert vale.organization == "Borin Prefecture"


def test_a_place_named_once_is_no_home_side() -> None:
    text = HOME.replace("a duty of Carra", "a duty of ours").replace("Carra has built", "We have built")
    actor = pledge(extract(text, published="2025-03-05"), "We shall keep")
    assert actor is not None and actor[0] != "Carra"


def test_title_adjectives_name_no_body() -> None:
    text = ("Envoy calls on minister\n\n"
            "British High Commissioner Tom Ardent and Parliamentary Secretary Jane Roe met on Monday in Borin.\n")
    people = people_by_name(extract(text, published="2025-03-05"))
    assert people["Tom Ardent"].organization is None and people["Jane Roe"].organization is None


CALL = ("British envoy calls on minister\n\n"
        "British High Commissioner Tom Ardent called on Minister Jane Roe of Borin on Monday.\n\n")


def test_a_country_short_form_stays_as_written() -> None:
    line = "He added that UK is committed to supporting Borin's ports."
    assert pledge(extract(CALL + line, published="2025-03-05"), "He added") == ("UK", "firm")


def test_her_country_is_the_country_as_the_title_writes_it() -> None:
    text = ("US envoy meets minister\n\nUS Ambassador Mara Lint met Minister Oren Vale of Borin on Monday.\n\n"
            "The US Ambassador also stated her country’s readiness to train Borin's coast guard.")
    assert pledge(extract(text, published="2025-03-05"), "The US Ambassador") == ("US", "firm")


def test_a_place_owning_the_subject_is_the_actor() -> None:
    line = "“Carra’s experience with ferries will be shared with Borin next year,” Roe said."
    actor = pledge(extract(CALL + line, published="2025-03-05"), "“Carra")
    assert actor is not None and actor[0] == "Carra"


def test_a_colleague_naming_a_speakers_home_side_shares_it() -> None:
    text = ("Carra and Borin meet\n\nPremier Mara Lint and Mayor Oren Vale of Borin City met on Monday. Secretary "
            "Tom Ardent joined the Premier.\n\n"
            "“Carra can share much with Borin, and Carra can learn,” Ms Lint said.\n\n"
            "“The Carra-Borin relationship is strong and now we are taking it further,” Mr Ardent said.\n")
    assert pledge(extract(text, published="2025-03-05"), "“The Carra-Borin") == ("Carra", "firm")


def test_the_place_a_document_is_named_for_in_the_headline_is_no_side() -> None:
    text = ("Lark, Roe ratify Declaration of Karsbrook at first Norway-Chile Cabinet\n\nKARSBROOK — Norwegian Prime "
            "Minister Ivo Lark and his Chilean counterpart Dana Roe signed the Declaration of Karsbrook on Friday. "
            "The Declaration of Karsbrook sets out ten goals.")
    assert "Karsbrook" not in extract(text).parties


def test_demonyms_in_their_other_spellings_name_the_country() -> None:
    text = ("Leaders meet\n\nThe Colombian and Ecuadorean presidents, Ivo Lark and Dana Roe, respectively, met in "
            "the border town of Karsbrook on December 11. Azeri Minister Tor Velde also attended.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].country, people["Tor Velde"].country) == ("Ecuador", "Azerbaijan")


def test_a_unit_of_a_government_stands_for_its_place_or_country_not_itself() -> None:
    text = ("Consul meets provincial officials\n\nKARSBROOK — Norwegian Consul General Ivo Lark met Dana Roe, Director "
            "of the Vellmo Provincial Foreign Affairs Office, on Monday. Tor Velde, Deputy Director-General of the "
            "Department of Asian Affairs of the Foreign Ministry, also attended. Lark said trade will grow.")
    parties = extract(text).parties
    assert "Vellmo" in parties
    assert not any("Office" in p or "Department" in p for p in parties)


def test_a_name_in_the_headline_written_with_accents_is_no_side() -> None:
    text = ("Szíjvelde meets officials in Karsbrook\n\nKARSBROOK — Minister of Foreign Affairs Ivo Szijvelde of Norway "
            "met Secretary Dana Roe of Chile on Monday. Szijvelde said trade will grow. Szíjvelde also met Roe's "
            "deputy.")
    assert "Szíjvelde" not in extract(text).parties


def test_a_rulers_title_that_is_also_a_given_name_is_no_side() -> None:
    text = ("Amir, Lark vow to bolster ties\n\nKARSBROOK — His Highness the Amir Sheikh Tor Velde held talks with "
            "President of Norway Ivo Lark on Wednesday. His Highness the Amir welcomed Lark. The Amir said trade will "
            "grow.")
    briefing = extract(text)
    assert "Amir" not in briefing.parties
    assert people_by_name(briefing)["Tor Velde"].organization is None


def test_a_headline_ending_in_a_stop_gives_the_side_without_it() -> None:
    text = ("Minister signs new air service agreement with Norland.\n\nSUVA — Minister of Foreign Affairs Ivo Lark "
            "signed an air service agreement with Norland. Flights will start next year, reported Karsbrook Times. "
            "Lark said Fiji values its ties with Norland.")
    briefing = extract(text)
    assert "Norland" in briefing.parties and "Norland." not in briefing.parties
    assert "Karsbrook Times" not in people_by_name(briefing)


def test_the_countries_between_which_a_headline_says_the_event_is_are_sides() -> None:
    text = ("Joint Statement Between the Republic of Chile and Norway\n\nPresident Ivo Lark and Prime Minister Dana "
            "Roe had their first meeting today. Chile and Norway welcomed the Next Steps in Strategic Partnership. "
            "Chile and Norway will act together.")
    briefing = extract(text)
    assert briefing.parties == ["Chile", "Norway"]
    assert briefing.places == []


def test_consultations_and_diplomats_in_a_headline_are_no_sides() -> None:
    text = ("Chile, Norway hold 5th Foreign Office Consultations\n\nKARSBROOK — The 5th Foreign Office Consultations "
            "between Chile and Norway were held on Monday. Secretary Ivo Lark of Chile and Deputy Secretary Dana Roe "
            "of Norway led the Foreign Office Consultations.")
    assert extract(text).parties == ["Chile", "Norway"]
    text = ("Diplomats of Chile and Norway discussed cooperation in Karsbrook\n\nKARSBROOK — Diplomats of Chile and "
            "Norway met on Monday. Ambassador Ivo Lark of Chile met Ambassador Dana Roe of Norway. Diplomats agreed.")
    assert "Diplomats" not in extract(text).parties


def test_the_portfolios_after_a_place_in_a_headline_are_no_part_of_the_side() -> None:
    text = ("Norland Foreign and Trade Minister meets Chilean counterpart\n\nKARSBROOK — Norland Foreign and Trade "
            "Minister Ivo Lark held talks with Chile's Foreign Minister Dana Roe on Monday. Norland and Chile will "
            "open consulates. Norland welcomed the talks.")
    parties = extract(text).parties
    assert "Norland Foreign" not in parties and "Norland" in parties


def test_a_topic_after_the_field_of_is_no_side_and_no_place() -> None:
    text = ("Norland and Vellmo sign a Memorandum of Understanding on Cooperation in the Field of Coastal Training\n\n"
            "Norland and Vellmo have signed a Memorandum of Understanding on Cooperation in the Field of Coastal "
            "Training between their coast guards. The memorandum was signed by Minister Ivo Lark of Norland and "
            "Minister Dana Roe of Vellmo.\n\nCoastal Training courses will start next year.")
    briefing = extract(text)
    assert "Coastal Training" not in briefing.parties
    assert not any("Field" in place for place in briefing.places)


def test_the_initials_of_another_persons_body_are_no_home_side() -> None:
    text = ("Minister receives new agency head\n\n"
            "KARSBROOK, March 3 -- Minister of Health Ivo Lark on Tuesday received Dana Roe, the Global Food Agency "
            "Country Representative to Norland.\n\n"
            "Lark said the ministry has kept a close relationship with GFA for years, and that GFA advice is "
            "respected.\n\nHe however pledged government's commitment to the campaign against hunger.")
    assert pledge(extract(text, published="2025-03-20"), "He however") == ("Ivo Lark", "firm")


def test_the_initials_of_an_office_are_its_holder_and_no_side() -> None:
    text = ("CNS, Vellmo commander discuss security cooperation\n\n"
            "KARSBROOK, March 3 -- Chief of Naval Staff (CNS) Admiral Ivo Lark met Vellmo Commander Dana Roe on "
            "Tuesday. President of the Norland Chamber of Trade (NCT) Kai Holm also attended.\n\n"
            "The CNS will hold further meetings with Vellmo commanders. The NCT will work with all parties.")
    briefing = extract(text, published="2025-03-20")
    assert "CNS" not in briefing.parties
    assert pledge(briefing, "The CNS") == ("Ivo Lark", "firm")
    assert pledge(briefing, "The NCT")[0] != "Kai Holm"


def test_two_countries_the_lead_names_with_between_are_the_sides_when_nothing_else_gives_them() -> None:
    text = ("Pres. Lark holds talks with visiting delegation\n\n"
            "President Ivo Lark on Thursday welcomed a delegation to a meeting at his office, stressing a need for "
            "cooperation between Norway and the United States, a release said.\n\n"
            "The delegation was headed by Dana Roe. Norway and the United States have long been partners, Lark "
            "said.")
    assert set(extract(text, published="2025-03-20").parties) == {"Norway", "United States"}


def test_a_participle_opening_a_sentence_is_no_side_and_no_subject() -> None:
    text = ("Norland, Vellmo to cooperate on supply chains\n\n"
            "KARSBROOK, March 3 -- Norland and Vellmo have agreed to cooperate on supply chains.\n\n"
            "Noting the host nation's mines, minister Ivo Lark declared his intention to pursue cooperation with "
            "Vellmo. Stressing that both countries share values, Lark said they will make joint efforts toward "
            "peace.\n\nStressing the role of trade, Lark said Norland proposed a fund.")
    briefing = extract(text, published="2025-03-20")
    assert "Stressing" not in {c.actor for c in briefing.commitments}
    assert pledge(briefing, "Stressing that both") == ("both sides", "firm")


def test_what_a_document_is_for_or_on_in_a_headline_is_no_side() -> None:
    text = ("Norland, Vellmo Sign Bilateral Agreements for Mutual Legal Assistance\n\n"
            "KARSBROOK, March 3 -- Attorney General Ivo Lark of Norland and Justice Minister Dana Roe of Vellmo "
            "signed agreements for Mutual Legal Assistance on Tuesday. Mutual Legal Assistance will speed up "
            "cases.")
    assert "Mutual Legal Assistance" not in extract(text, published="2025-03-20").parties


def test_a_letter_of_credence_is_no_side() -> None:
    text = ("Ambassador of Norland presents his Letter of Credence to President Dana Roe\n\n"
            "KARSBROOK, March 3 -- Ambassador Ivo Lark presented his Letter of Credence to President Dana Roe on "
            "Tuesday. The Letter of Credence was received at the Palace.")
    parties = extract(text, published="2025-03-20").parties
    assert "Letter" not in parties and "Credence" not in parties


def test_a_single_letter_in_a_headline_is_no_side() -> None:
    text = ("Additional $15.1M as budget support from Norway to Chile\n\n"
            "KARSBROOK, March 3 -- Norway will give Chile $15.1M in budget support, Prime Minister Ivo Lark of Norway "
            "said after meeting President Dana Roe of Chile. The $15.1M will be paid this year.")
    assert "M" not in extract(text, published="2025-03-20").parties


def test_the_leader_of_the_nation_names_no_body_nation() -> None:
    text = ("President of Norland meets Vellmo Defence Minister\n\n"
            "KARSBROOK, March 3 -- The Founder of Peace, Leader of the Nation, President of Norland Ivo Lark "
            "received the Vellmo Defence Minister Dana Roe on Tuesday.")
    briefing = extract(text, published="2025-03-20")
    assert "Nation" not in briefing.parties
