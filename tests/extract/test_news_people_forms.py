"""People as unseen real news writes their names and titles: accents dropped or a nickname used in a later mention,
forms of address joined by 'the', a weekday after a name or a title's place, counterparts, lists after a plural title,
the names of courts and parliaments, portfolios that name no body.

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name


def test_a_name_written_later_without_its_accents_is_the_same_person() -> None:
    text = ("Remarks after talks with the President of Norland\n\n"
            "Your Excellency, President Inês Velloço;\n\n"
            "I wish to extend a very warm welcome to our guest, President Velloco, and her delegation.\n\n"
            "President Velloco said Norland will open a consulate in Karsbrook next year.\n\n"
            "Ms Velloço thanked the people of Velmia.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert set(people) == {"Inês Velloço"}
    assert people["Inês Velloço"].title == "President"
    assert [s.speaker for s in briefing.statements] == ["Inês Velloço", "Inês Velloço"]


def test_a_lone_surname_without_its_accent_finds_the_full_name() -> None:
    text = ("Mayors meet\n\n"
            "Mayor Dana Roé of Karsbrook met Governor Ivo Lark in Vellmo on Monday.\n\n"
            "Roe said the port will open a new ferry line in May.")
    briefing = extract(text)
    assert set(people_by_name(briefing)) == {"Dana Roé", "Ivo Lark"}
    assert [s.speaker for s in briefing.statements] == ["Dana Roé"]


def test_forms_of_address_joined_by_the_leave_the_title_before_the_comma() -> None:
    text = ("Prime ministers meet\n\n"
            "Prime Minister, the Most Hon. Tor Velde, said the agreement will help both islands.\n\n"
            "During talks with Prime Minister of Velmia, Dr. the Hon. Ivo Lark, and his delegation, the two sides "
            "agreed to open a joint office.")
    people = people_by_name(extract(text))
    assert people["Tor Velde"].title == "Prime Minister"
    assert people["Ivo Lark"].title == "Prime Minister of Velmia"


def test_a_weekday_after_the_place_of_a_title_is_no_part_of_it() -> None:
    text = ("Foreign ministers agree on a summit\n\n"
            "Foreign Ministers Ivo Lark of Chile and Dana Roe of Peru Friday agreed to hold a summit in April.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Foreign Minister of Peru"
    assert people["Ivo Lark"].title == "Foreign Minister of Chile"


def test_a_name_ending_like_an_abstract_noun_is_still_a_name() -> None:
    text = ("President receives new ambassadors\n\n"
            "President Tor Velde met the ambassadors of Chile and Ghana in Karsbrook on Friday.\n\n"
            "At a meeting with the Ambassador of Ghana Ivo Clement Lark, President Velde said trade had grown.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Clement Lark"].title == "Ambassador of Ghana"
    assert people["Ivo Clement Lark"].country == "Ghana"
    assert not any("Lark" in alias for alias in people["Tor Velde"].aliases)


def test_a_role_inside_a_longer_title_before_a_name_is_nobody_else() -> None:
    text = ("Ministers meet\n\n"
            "Minister of Foreign Affairs Ivo Lark met the Governor of Vellmo, Tor Velde, in Karsbrook on Monday.\n\n"
            "The meeting was attended by the Director General of the Office of the Minister of Foreign Affairs "
            "Dana Roe.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Director General of the Office of the Minister of Foreign Affairs"
    assert not any("Roe" in alias for alias in people["Ivo Lark"].aliases)


def test_a_crown_prince_names_no_body_and_his_country_is_a_side() -> None:
    text = ("Saudi Crown Prince, Velmian Prime Minister discuss ties\n\n"
            "RIYADH, March 7 -- Saudi Crown Prince Ivo bin Lark met Velmian Prime Minister Dana Roe in Riyadh on "
            "Wednesday. The Saudi Crown Prince said the two countries will open a joint fund.")
    briefing = extract(text)
    prince = people_by_name(briefing)["Ivo bin Lark"]
    assert (prince.title, prince.organization, prince.country) == ("Saudi Crown Prince", None, "Saudi Arabia")
    assert "Saudi Crown" not in briefing.parties and "Saudi Arabia" in briefing.parties


def test_an_official_country_name_with_a_curly_apostrophe_is_the_country() -> None:
    text = ("Ministers meet in Karsbrook\n\n"
            "Foreign Minister of the People’s Republic of China Ivo Lark met Velmian Trade Minister Dana Roe in "
            "Karsbrook on Monday.")
    lark = people_by_name(extract(text))["Ivo Lark"]
    assert (lark.organization, lark.country) == (None, "China")


def test_a_cabinet_is_no_persons_name() -> None:
    text = ("Foreign Minister and First Binational Cabinet between Velmia and Norland: “It is a new chapter”\n\n"
            "The Foreign Minister, Ivo Lark, described the First Binational Cabinet between Velmia and Norland as a "
            "\"new chapter\". It will take place in Karsbrook, and will be led by the Presidents of both countries, "
            "Tor Velde and Dana Roe. The Minister said that ten agreements will be signed.")
    briefing = extract(text)
    assert "Binational Cabinet" not in people_by_name(briefing)
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark"] * len(briefing.statements)


def test_a_delegation_of_a_plural_title_names_no_body() -> None:
    text = ("Senate chairman meets chief minister\n\n"
            "KARSBROOK, March 3 -- A delegation of Senators led by Chairman Senate Ivo Lark met Vellmo Chief Minister "
            "Dana Roe and discussed matters of mutual interest.\n\n"
            "Lark said the Senate will back the new port.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ivo Lark"].organization != "Senators"
    assert "Senators" not in briefing.parties


def test_the_honourable_between_a_title_and_a_name_is_no_part_of_the_title() -> None:
    text = ("Prime ministers meet in Karsbrook\n\n"
            "KARSBROOK, 15 September 2023 - Prime Minister the Honourable Ivo Lark met Velmia Prime Minister the "
            "Honourable Dana Roe yesterday in Karsbrook.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Prime Minister"
    assert people["Dana Roe"].title == "Velmia Prime Minister"


def test_an_appositive_title_ends_before_during() -> None:
    text = ("Minister meets a visiting minister\n\n"
            "Trade Minister Ivo Lark on Thursday met Dana Roe, Velmia's Minister of Fisheries during her three-day "
            "visit to the country, and reviewed cooperation in fishing.")
    assert people_by_name(extract(text))["Dana Roe"].title == "Velmia's Minister of Fisheries"


def test_a_weekday_right_after_a_name_ends_it() -> None:
    text = ("Prime ministers hold talks\n\n"
            "KARSBROOK, Jul 19 – Velmia’s Prime Minister Ivo Lark Monday held talks with his Norland counterpart, "
            "Dana Roe, on trade.\n\n"
            "“We made significant progress,” Lark told reporters.\n\n"
            "Lark described the agenda as a heavy one.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ivo Lark"].title == "Velmia’s Prime Minister"
    assert {s.speaker for s in briefing.statements} == {"Ivo Lark"}


def test_a_secretary_of_state_named_by_surname_holds_no_one_elses_title() -> None:
    text = ("Foreign ministers speak by phone\n\n"
            "Minister for Foreign Affairs Ivo Lark held a telephone talk with Dana Roe, Secretary of State of "
            "Norland.\n\n"
            "Minister Lark was briefed by Secretary of State Roe on the recent meeting between Secretary of State Roe "
            "and Tor Velde, Deputy Chairman of the Workers’ Party in Velmia.")
    people = people_by_name(extract(text))
    assert people["Tor Velde"].title == "Deputy Chairman of the Workers’ Party in Velmia"
    assert "Secretary Roe" in people["Dana Roe"].aliases
    assert not any(alias.startswith("State ") for alias in people["Dana Roe"].aliases)


def test_a_chancellery_is_no_persons_name() -> None:
    text = ("Ambassador received in Karsbrook\n\n"
            "Ambassador Ivo Lark was received by Premier Dana Roe as well as the Head of State Chancellery, "
            "Dr. Tor Velde, Minister of State for Federal Affairs.")
    assert "Chancellery" not in people_by_name(extract(text))


def test_a_body_named_with_a_country_after_with_is_part_of_the_title() -> None:
    text = ("Speaker meets a parliamentary delegation\n\n"
            "The Speaker of the National Assembly of the Republic of Serbia Ivo Lark met a delegation of Velmian MPs "
            "today.\n\n"
            "The Head of the Velmian Parliamentary Friendship Group with Serbia Tor Ibrahim Velde conveyed the "
            "greetings of his Speaker.")
    people = people_by_name(extract(text))
    velde = people["Tor Ibrahim Velde"]
    assert velde.title == "Head of the Velmian Parliamentary Friendship Group with Serbia"
    assert velde.organization == "Velmian Parliamentary Friendship Group"
    assert people["Ivo Lark"].organization == "National Assembly of Serbia"


def test_a_portfolio_before_minister_is_no_body_and_no_side() -> None:
    text = ("Minister meets a visiting minister\n\n"
            "External Affairs Minister Ivo Lark on Thursday met Dana Roe, Velmia's Minister of Fisheries, in "
            "Karsbrook.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ivo Lark"].organization is None
    assert "External Affairs" not in briefing.parties


def test_a_capitalised_verb_opening_a_tweet_is_no_home_side() -> None:
    text = ("Minister meets a visiting minister\n\n"
            "Trade Minister Ivo Lark on Thursday met Dana Roe, Velmia's Minister of Fisheries. \"A productive meeting. "
            "Appreciated the talks on fishing. Look forward to working with her closely,\" Lark wrote in a tweet.\n\n"
            "Lark also met the former mayor. \"Appreciated his support for our ties,\" Lark wrote in a tweet.")
    actors = [c.actor for c in extract(text).commitments]
    assert actors and "Appreciated" not in actors


def test_the_governors_of_two_places_each_with_a_name_are_both_found() -> None:
    text = ("Two states strengthen ties with Norland\n\n"
            "VELMIA - The governors of Velmia, Tor Jiménez Velde, and Karsbrook, Ana Villegas Roe, held a meeting "
            "with the Norland Ambassador, Ivo Lark, where they agreed to keep working together.\n\n"
            "Jimenez said the two states will open a joint office.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Tor Jiménez Velde"].title == "Governor of Velmia"
    assert people["Ana Villegas Roe"].title == "Governor of Karsbrook"
    assert [s.speaker for s in briefing.statements] == ["Tor Jiménez Velde"]


def test_a_plural_title_abbreviation_opens_a_list_of_names() -> None:
    text = ("Premier to lead a delegation\n\n"
            "Premier Ivo Lark will be accompanied by MECs Dana Roe for Economic Development and Tor Velde for "
            "Agriculture.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "MEC"
    assert not any(name.startswith("MECs") for name in people)


def test_a_nickname_in_single_quotes_is_the_same_person_and_no_part_of_the_name() -> None:
    text = ("Velmia president to send ministers abroad\n\n"
            "KARSBROOK -- President Tor 'Torry' Velde plans to send his ministers to other countries to follow up "
            "on the talks.\n\n"
            "\"We have to follow up,\" Torry said on Sunday.")
    briefing = extract(text)
    assert set(people_by_name(briefing)) == {"Tor Velde"}
    assert "Torry" in people_by_name(briefing)["Tor Velde"].aliases
    assert [s.speaker for s in briefing.statements] == ["Tor Velde"]
    assert [c.actor for c in briefing.commitments][:1] == ["Tor Velde"]


def test_a_demonym_and_a_portfolio_or_a_prime_ministers_office_name_no_body() -> None:
    text = ("Velmia and Norland sign 2 agreements, 5 MoUs\n\n"
            "KARSBROOK - Velmia and Norland signed two agreements and five MoUs on Sunday. Chilean External Affairs "
            "Minister Ivo Lark met Prime Minister Dana Roe, and PM's Press Secretary Tor Velde briefed reporters.\n\n"
            "The MoUs will be carried out by the two ministries, Velde said.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark"].organization is None
    assert people["Tor Velde"].organization is None
    assert "MoUs" not in briefing.parties and "PM Press" not in briefing.parties


def test_a_form_of_address_before_a_comma_leaves_the_title_after_it() -> None:
    text = ("Karsbrook hosts a state dinner\n\n"
            "His Excellency, President Tor Maada Velde and First Lady Ana Velde hosted a state dinner for the "
            "President of Norland, Ivo Lark.\n\n"
            "During the dinner, President Velde proposed a toast and welcomed President Lark.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Tor Maada Velde"].title == "President"
    assert [s.speaker for s in briefing.statements] == ["Tor Maada Velde"]
    assert briefing.commitments == []


def test_a_name_suffix_alone_is_no_form_of_the_name() -> None:
    text = ("Governor and ministry partner to boost trade\n\n"
            "KARSBROOK — Governor Ivo G. Lark Jr. met with Norland’s Minister of Commerce Dana Roe today.\n\n"
            "“Norland is a valued partner,” said Governor Lark.")
    assert "Jr" not in people_by_name(extract(text))["Ivo G. Lark Jr"].aliases


def test_a_parliaments_own_name_is_no_persons_name() -> None:
    text = ("Speaker of the Parliament visits Velmia\n\n"
            "At the invitation of the Speaker of the Lok Sabha of the Velmian Parliament Ivo Lark, a delegation led "
            "by the Speaker of the Norland Parliament Dana Roe visited Velmia.")
    people = people_by_name(extract(text))
    assert "Lok Sabha" not in people
    assert people["Ivo Lark"].title == "Speaker of the Lok Sabha of the Velmian Parliament"


def test_each_addressed_name_after_a_plural_title_holds_the_singular_title() -> None:
    text = ("Karsbrook to host a delegation from Vellmo\n\n"
            "The delegation will consist of Vellmo Mayor Mr. Ivo Lark, Assembly Members Mr. Tor Velde, Ms. Ana Roe "
            "and Mr. Kai Berg.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[n].title for n in ("Tor Velde", "Ana Roe", "Kai Berg")] == ["Assembly Member"] * 3
    assert people["Tor Velde"].organization is None
    assert "Assembly Members" not in briefing.parties


def test_a_court_named_diwan_is_a_body_before_a_name() -> None:
    text = ("Amir receives ministers\n\n"
            "The meeting was attended by Undersecretary at the Amiri Diwan Ivo Lark and Advisor at the Amiri Diwan "
            "Tor Velde.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].organization == "Amiri Diwan"
    assert people["Tor Velde"].title == "Advisor at the Amiri Diwan"


def test_a_counterpart_without_an_office_is_titled_as_the_article_names_them() -> None:
    text = ("Leaders hold talks\n\n"
            "KARSBROOK – Chile’s Prime Minister Ivo Lark held talks with his Trinidad and Tobago counterpart, "
            "Dr. the Hon. Tor Velde, on Monday. Lark also spoke by phone with his Peruvian counterpart Dana Roe.")
    people = people_by_name(extract(text))
    velde, roe = people["Tor Velde"], people["Dana Roe"]
    assert (velde.title, velde.organization, velde.country) == (
        "Trinidad and Tobago counterpart", None, "Trinidad and Tobago")
    assert (roe.title, roe.country) == ("Peruvian counterpart", "Peru")


def test_a_surname_after_a_general_title_is_a_person_called_by_the_whole_title() -> None:
    text = ("Visit to Karsbrook\n\n"
            "Consul General Aoki paid a courtesy call on Karsbrook Mayor Ivo Lark.\n\n"
            "Consul General Aoki explained the new border measures.")
    briefing = extract(text)
    aoki = people_by_name(briefing)["Aoki"]
    assert (aoki.title, aoki.aliases) == ("Consul General", ["Consul General Aoki"])
    assert any(s.speaker == "Aoki" for s in briefing.statements)


def test_a_name_may_end_in_a_syllable_that_is_also_a_word() -> None:
    text = ("Provinces sign pact\n\n"
            "Vellmo province Governor Kim Jin Sun met Governor Dana Roe.\n\n"
            "In a press statement, Kim said that Vellmo and Karsbrook share an understanding.")
    briefing = extract(text)
    assert people_by_name(briefing)["Kim Jin Sun"].title == "Governor"
    assert [s.speaker for s in briefing.statements] == ["Kim Jin Sun"]


def test_a_surname_that_is_a_title_word_ends_a_name_after_a_title() -> None:
    text = ("Karsbrook hosts games\n\n"
            "Prime Minister Tor Velde met Mayor Andrew King on Monday.\n\n"
            "King said the city would host the games. Judge Ana Bishop said the courts were ready.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Andrew King"].title, people["Ana Bishop"].title) == ("Mayor", "Judge")
    assert [s.speaker for s in briefing.statements] == ["Andrew King", "Ana Bishop"]


def test_and_before_a_place_and_a_title_opens_the_next_persons_title() -> None:
    text = ("Mayors meet\n\n"
            "A meeting between Ivo Lark, Mayor of the city of Vellmo and Karsbrook Mayor Tor Velde took place. "
            "Dana Roe, Deputy Prime Minister and Interior Minister, attended.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Mayor of the city of Vellmo"
    assert people["Tor Velde"].title == "Karsbrook Mayor"
    assert people["Dana Roe"].title == "Deputy Prime Minister and Interior Minister"


def test_a_name_is_named_by_the_forms_written_not_by_its_single_words() -> None:
    text = ("Talks in Karsbrook\n\n"
            "Foreign Minister Jean-Yves Le Lark met Ambassador Ivo R. Velde and Senator Ana Roe Berg on Monday.\n\n"
            "\"We agree,\" Le Lark said. Roe Berg said the talks went well. "
            "Lark and Velde signed the Al Vellmo Accord.")
    people = people_by_name(extract(text))
    assert people["Jean-Yves Le Lark"].aliases == ["Le Lark", "Lark"]
    assert people["Ivo R. Velde"].aliases == ["Velde"]
    assert people["Ana Roe Berg"].aliases == ["Roe Berg"]


def test_a_capitalised_particle_inside_a_name_names_no_one_alone() -> None:
    text = ("Emir receives envoy\n\n"
            "Emir Sheikh Tor bin Hamad Al Velde received Ambassador Dana Roe on Monday.\n\n"
            "The two sides recalled the Al Vellmo Declaration, Roe said.")
    briefing = extract(text)
    assert "Al" not in people_by_name(briefing)["Tor bin Hamad Al Velde"].aliases


def test_royal_styles_are_no_title_body_or_name() -> None:
    text = ("King receives envoy\n\n"
            "AMMAN — His Majesty King Tor on Monday received Coordinator for the Middle East and North Africa "
            "Dana Roe at the palace.\n\n"
            "The meeting, attended by HRH Crown Prince Ivo, covered cooperation. Director of the Office of His Majesty "
            "Ana Berg attended the meeting.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Tor"].title, people["Tor"].organization) == ("King", None)
    assert (people["Ivo"].title, people["Ivo"].organization) == ("Crown Prince", None)
    assert people["Dana Roe"].title == "Coordinator for the Middle East and North Africa"
    assert people["Ana Berg"].title == "Director of the Office of His Majesty"
    assert not {"Majesty", "HRH"} & set(briefing.parties)


def test_two_capitalised_words_after_a_title_and_of_are_its_place() -> None:
    text = ("Talks\n\n"
            "Prime Minister Ivo Lark held talks with Sheikh Tor bin Zayed Al Velde, Crown Prince of Abu Dhabi and "
            "Deputy Supreme Commander of the Armed Forces.")
    people = people_by_name(extract(text))
    assert "Abu Dhabi" not in people
    assert people["Tor bin Zayed Al Velde"].title.startswith("Crown Prince of Abu Dhabi")


def test_a_given_name_written_short_is_part_of_the_name_and_ends_no_sentence() -> None:
    text = ("Talks\n\n"
            "The Prime Minister visited Norland, President's press secretary Md. Tor Velde said. "
            "Md Tor Velde added that the visit went well.")
    briefing = extract(text)
    velde = people_by_name(briefing)["Md Tor Velde"]
    assert velde.aliases == ["Md. Tor Velde"]
    assert [s.speaker for s in briefing.statements] == ["Md Tor Velde"] * 2
    assert "Md" not in people_by_name(briefing)


def test_a_two_word_demonym_names_its_country() -> None:
    text = ("Summit agreed\n\n"
            "South Korean President Ivo Lark met Dana Roe, the North Korean leader.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].country, people["Ivo Lark"].organization) == ("South Korea", None)
    assert people["Dana Roe"].country == "North Korea"
    assert briefing.parties == ["South Korea", "North Korea"]


def test_a_person_is_called_by_the_title_as_written_before_the_surname() -> None:
    text = ("Prime Minister visits Karsbrook\n\n"
            "KARSBROOK – The Honourable Ivo Lark, Prime Minister of Norland paid his first official visit to "
            "Karsbrook on Monday.\n\n"
            "Prime Minister Lark met Karsbrook County Mayor Dana Roe. County Mayor Roe welcomed him.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Prime Minister of Norland"
    assert "Prime Minister Lark" in people["Ivo Lark"].aliases
    assert "Mayor Roe" in people["Dana Roe"].aliases


def test_countries_named_in_several_words_stay_whole() -> None:
    text = ("Envoy accredited to T&T\n\n"
            "Ambassador Dana Roe presented her letters to the President of Trinidad and Tobago, Ivo Lark. "
            "She later met the Governor-General of Papua New Guinea Tor Velde, President of Bosnia and Herzegovina "
            "Ana Berg and the Prime Minister of Antigua and Barbuda, Kai Holm.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].country, people["Ivo Lark"].organization) == ("Trinidad and Tobago", None)
    assert people["Tor Velde"].country == "Papua New Guinea"
    assert people["Ana Berg"].country == "Bosnia and Herzegovina"
    assert people["Kai Holm"].country == "Antigua and Barbuda"
    assert "T" not in briefing.parties


def test_a_title_before_a_styled_name_and_after_its_honours_is_the_persons() -> None:
    text = ("Envoy presents credentials\n\n"
            "Ambassador Ivo Lark presented his credentials to Governor-General, His Excellency the Most Hon. "
            "Sir Tor Velde, on May 13. He had presented his letters to Her Excellency, the Most Honourable Dame "
            "Dana Roe, ON, GCMG, Governor General of Norland. He called on the Honourable Ana Berg, MP, Minister "
            "of Foreign Affairs to present his copy.")
    people = people_by_name(extract(text))
    assert people["Tor Velde"].title == "Governor-General"
    assert people["Dana Roe"].title == "Governor General of Norland"
    assert people["Ana Berg"].title == "Minister of Foreign Affairs"


def test_a_street_is_no_person() -> None:
    text = ("Talks\n\n"
            "President Ivo Lark met Ambassador Dana Roe this morning at the Office of the President on "
            "Tor Velde Drive. The President told the visiting Ambassador that the two sides would work together.")
    briefing = extract(text)
    assert "Tor Velde Drive" not in people_by_name(briefing)
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark"]


def test_a_corps_and_a_region_of_the_world_are_no_person() -> None:
    text = ("Envoys meet\n\n"
            "Ivo Lark, the dean of the Diplomatic Corps of Karsbrook, received Ambassador Tor Velde. Also present "
            "was the Director for Latin America of the Vellmo Economic Forum, Ambassador Dana Roe.")
    people = people_by_name(extract(text))
    assert "Diplomatic Corps" not in people and "Latin America" not in people
    assert people["Ivo Lark"].organization == "Diplomatic Corps"
    assert people["Dana Roe"].organization == "Vellmo Economic Forum"


def test_a_capitalised_plural_title_shared_by_places_gives_each_name_its_title() -> None:
    text = ("Speaker receives ambassadors\n\n"
            "The Speaker Ivo Lark received in separate meetings today, Monday, the Ambassadors of Australia, "
            "Dana Roe, Spain, Tor Velde and Czech Republic, Ana Berg.\n\n"
            "The President will meet Mr. Lark on Friday. Later the President of the Republic, Kai Holm, met the "
            "Presidents of Peru, Eva Stone; and Canada, Jon Marsh.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert [people[n].title for n in ("Dana Roe", "Tor Velde", "Ana Berg")] == [
        "Ambassador of Australia", "Ambassador of Spain", "Ambassador of Czech Republic"]
    assert (people["Eva Stone"].title, people["Jon Marsh"].title) == ("President of Peru", "President of Canada")


def test_the_role_that_commits_is_its_holder_named_so_far() -> None:
    text = ("President visits Karsbrook\n\n"
            "President Ivo Lark met Governor Dana Roe in Karsbrook on Monday.\n\n"
            "The President will open a trade office in Karsbrook next year.\n\n"
            "Later he met the Presidents of Peru, Eva Stone; and Canada, Jon Marsh.")
    briefing = extract(text)
    assert [c.actor for c in briefing.commitments if "trade office" in c.text] == ["Ivo Lark"]


def test_a_surname_with_a_lower_case_article_is_part_of_the_name() -> None:
    text = ("Speaker receives envoy\n\n"
            "The Parliament Speaker Ivo al-Lark received Ambassador Dana Roe on Monday.\n\n"
            "Al-Lark said the two sides would work together.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ivo al-Lark"].title == "Parliament Speaker"
    assert [s.speaker for s in briefing.statements] == ["Ivo al-Lark"]


def test_counterparts_of_two_sides_are_each_one_sides() -> None:
    text = ("Minister meets counterparts\n\n"
            "Foreign Minister Ivo Lark on July 12 discussed the regional situation with her Australian and Indian "
            "counterparts Dana Roe and S. Tor Velde at a trilateral meeting in Karsbrook.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].title, people["Dana Roe"].country) == ("Australian counterpart", "Australia")
    assert (people["S. Tor Velde"].title, people["S. Tor Velde"].country) == ("Indian counterpart", "India")


def test_titles_of_several_shapes_name_no_body_or_side() -> None:
    text = ("Norland, Vellmo FMs mull ties\n\n"
            "Foreign Ministers of Norland and Vellmo, Ivo Lark and Dana Roe, met in Karsbrook on Monday.\n\n"
            "They later met President Tor Velde, Fourth President Ana Berg and the Commonwealth Chief Observer, "
            "the former President, Kai Holm. Lark also met Eva Th. Stone, the President of Iceland. Lark said "
            "Karsbrook would one day host the Commonwealth Games.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].title, people["Dana Roe"].title) == (
        "Foreign Minister of Norland", "Foreign Minister of Vellmo")
    assert people["Ana Berg"].organization is None
    assert people["Eva Th Stone"].title == "President of Iceland"
    assert not {"Observer", "Commonwealth Games"} & set(people)
    assert not {"FMs", "Fourth"} & set(briefing.parties)


def test_a_fathers_name_after_bin_is_another_person() -> None:
    text = ("Emir receives envoy\n\n"
            "Crown Prince Tor bin Ivo met Ambassador Dana Roe on Monday. The Ambassador carried a letter from "
            "King Ivo, who said the two countries were close.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo"].title == "King" and people["Tor bin Ivo"].title == "Crown Prince"
    assert "King Ivo" not in people["Tor bin Ivo"].aliases


def test_a_negotiator_is_titled_and_a_portfolio_of_wealth_is_no_name() -> None:
    text = ("Talks\n\n"
            "Norland's chief negotiator Ivo Lark met the Vellmo Minister of Animal Wealth Dana Roe on Friday.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Norland's chief negotiator"
    assert people["Dana Roe"].title == "Vellmo Minister of Animal Wealth"


def test_a_name_in_brackets_after_a_title_holds_it() -> None:
    text = ("Courtesy calls on the Dean\n\n"
            "The Norland High Commissioner (H.E. Ivo Lark) received the Heads of Mission. Those who called on him "
            "included: Ambassador of Vellmo (H.E. Dana Roe); and Ambassador of Belgium (Tor Velde).")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Norland High Commissioner"
    assert (people["Dana Roe"].title, people["Tor Velde"].country) == ("Ambassador of Vellmo", "Belgium")
