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
