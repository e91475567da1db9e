"""People and their words as unseen real news writes them: family names that are also common words, …

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.extract import extract

from .lookup import people_by_name


@pytest.mark.parametrize("family", ["He", "Sun"])
def test_a_family_name_that_is_a_common_word_opens_a_name_after_a_title(family: str) -> None:
    text = ("Vice Premier meets a trade delegation\n\n"
            f"Chinese Vice Premier {family} Lanfeng met Norland's Minister of Trade Tom Berg in Beijing on Tuesday.\n\n"
            f"{family} Lanfeng said China is ready to deepen cooperation with Norland in green energy.\n\n"
            "Minister Berg thanked his hosts. He said Norland will send a business delegation next spring.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert set(people) == {f"{family} Lanfeng", "Tom Berg"}
    assert people[f"{family} Lanfeng"].title == "Chinese Vice Premier"
    speakers = [s.speaker for s in briefing.statements]
    assert speakers == [f"{family} Lanfeng", "Tom Berg", "Tom Berg"]


def test_the_pronoun_he_and_a_sentence_opening_sun_stay_what_they_are() -> None:
    text = ("Mayors meet\n\n"
            "Mayor Ivo Lark met Governor Dana Roe in Karsbrook on Monday. He said the port will open in May.\n\n"
            "Sun Valley farmers joined the talks. Mayor Lark thanked them.")
    briefing = extract(text)
    assert set(people_by_name(briefing)) == {"Ivo Lark", "Dana Roe"}
    assert [s.speaker for s in briefing.statements][:1] == ["Ivo Lark"]


def test_a_rank_word_after_a_title_is_no_ones_name() -> None:
    text = ("Ambassador meets the Governor Lieutenant\n\n"
            "On May 9, Ambassador Ivo Lark met the Honourable Dana Roe, Governor Lieutenant of Karsbrook.\n\n"
            "The Governor Lieutenant welcomed Ambassador Lark and said that Karsbrook will open a trade office.")
    briefing = extract(text)
    assert set(people_by_name(briefing)) == {"Ivo Lark", "Dana Roe"}
    assert [s.speaker for s in briefing.statements] == ["Dana Roe"]  # 'the Governor Lieutenant' is her


@pytest.mark.parametrize("portfolio", ["Defense", "Health", "Interior", "Agriculture"])
def test_a_portfolio_before_a_ministers_title_is_no_organisation(portfolio: str) -> None:
    text = ("Ministers meet\n\n"
            f"Colombian {portfolio} Minister Ivo Lark met Venezuelan Foreign Minister Dana Roe in Bogota on "
            "Wednesday.\n\nLark said the two countries will work together.")
    briefing = extract(text)
    lark = people_by_name(briefing)["Ivo Lark"]
    assert (lark.title, lark.organization, lark.country) == (f"Colombian {portfolio} Minister", None, "Colombia")
    assert f"Colombian {portfolio}" not in briefing.parties


def test_a_title_opens_with_its_countrys_possessive_not_the_place_before_it() -> None:
    text = ("Amir receives the minister\n\n"
            "VELLMO: The Amir of Vellmo received yesterday at Bayan Palace Norway’s Deputy Prime Minister and "
            "Minister of Foreign Affairs Sheikh Ivo bin Lark Al Dana.\n\nThe two sides discussed ferries.")
    person = people_by_name(extract(text))["Ivo bin Lark Al Dana"]
    assert (person.title, person.organization) == ("Norway’s Deputy Prime Minister and Minister of Foreign Affairs",
                                                   None)


def test_a_long_headline_above_a_date_line_is_the_title_and_a_site_menu_is_not() -> None:
    text = ("Government\nOpen Governance\nServices\nInvestment\nTourism\nNavigator\n\n"
            "Mr. Ivo Lark Paid an Exchange Visit to Vellmo with a Delegation of Ferry Operators\nUpdated:2019.04.16\n\n"
            "From April 7th to 9th, Mr. Ivo Lark, Governor of Karsbrook Province, paid an exchange visit to Vellmo.\n\n"
            "Mr. Ivo Lark said Karsbrook will open a ferry line to Vellmo.")
    briefing = extract(text)
    assert briefing.title == "Mr. Ivo Lark Paid an Exchange Visit to Vellmo with a Delegation of Ferry Operators"
    assert set(people_by_name(briefing)) == {"Ivo Lark"}


@pytest.mark.parametrize("top", ["BAKU, Norland, December 19. ", "Vellmo (Nordland) [Norland], April 16 (Wire): "])
def test_a_title_made_from_a_lead_leaves_out_its_dateline(top: str) -> None:
    text = top + "Norland's Foreign Minister Ivo Lark met the new Ambassador of Vellmo Dana Roe.\n\nThey agreed."
    assert extract(text).title.startswith("Norland's Foreign Minister Ivo Lark met")


@pytest.mark.parametrize("title", ["United States of America Ambassador to Nigeria",
                                   "Ambassador of the United States of America to Nigeria"])
def test_a_countrys_long_name_with_of_is_one_country_in_a_title(title: str) -> None:
    text = (f"Envoy visits Oyo\n\nThe {title}, Mr. Ivo Lark, says his country will work with Oyo State.\n\n"
            "Lark said the visit was not just a courtesy call.")
    briefing = extract(text)
    lark = people_by_name(briefing)["Ivo Lark"]
    assert (lark.title, lark.organization, lark.country) == (title, None, "United States")
    assert "America" not in briefing.parties


def test_a_role_without_its_article_after_an_opening_phrase_is_the_person_holding_it() -> None:
    text = ("Vice President receives the Prime Minister\n\n"
            "Vice President Ivo Lark has paid a courtesy call on the Norwegian Prime Minister Dana Roe today.\n\n"
            "During the call, Vice President welcomed the Norwegian Prime Minister to Karsbrook.\n\n"
            "On the Norwegian side: Tor Velde, Minister of Ports, was there.")
    briefing = extract(text)
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark"]
    assert "Minister" not in people_by_name(briefing)["Dana Roe"].aliases  # 'Tor Velde, Minister of Ports': his title


@pytest.mark.parametrize(("met", "later"), [
    ("Peru's Foreign Minister Dana Roe met her Colombian counterpart Ivo Lark in Lima on Monday.",
     "The Colombian minister said the two countries will reopen the border crossing."),
    ("Foreign Affairs Cabinet Secretary Dana Roe held a meeting with her United States counterpart Ivo Lark.",
     "“We have a very important partnership,” the United States Secretary said when he received Roe."),
])
def test_a_counterpart_named_without_a_title_holds_the_same_kind_of_office(met: str, later: str) -> None:
    briefing = extract(f"Ministers meet\n\n{met}\n\n{later}")
    lark = people_by_name(briefing)["Ivo Lark"]
    assert lark.title is not None and lark.title.endswith(" counterpart")  # as the article wrote it, no office made up
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark"]


def test_an_envoys_post_is_no_organisation_and_a_dash_does_not_end_a_title() -> None:
    text = ("Delegation signs a memorandum\n\n"
            "The head of the delegation, Honorary Consul General for Norway in the State of Karsbrook, Ms. Dana Roe, "
            "said the memorandum will open trade.\n\n"
            "The Minister of Foreign Affairs- Ivo Lark has welcomed the memorandum.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Dana Roe"].organization, people["Dana Roe"].country) == (None, "Norway")
    assert (people["Ivo Lark"].title, people["Ivo Lark"].organization) == ("Minister of Foreign Affairs", None)
    assert not {"State of Karsbrook", "Foreign Affairs-", "Honorary"} & set(briefing.parties)


def test_a_fuller_title_written_later_replaces_the_first_short_one() -> None:
    text = ("Minister meets envoy\n\nForeign Minister Ivo Lark with High Commissioner Dana Roe.\n\n"
            "Foreign Minister Ivo Lark met the High Commissioner of Australia Dana Roe on Monday.\n\n"
            "Roe said Australia will fund the new ferry.")
    roe = people_by_name(extract(text))["Dana Roe"]
    assert (roe.title, roe.country) == ("High Commissioner of Australia", "Australia")


def test_governors_listed_with_their_places_take_the_singular_title_and_a_link_line_is_no_statement() -> None:
    text = ("Provinces sign a pact\n\n"
            "The agreement was signed by Governors Ivo Lark Jr of Karsbrook and Dana Roe of Vellmo on Friday.\n\n"
            "Foreign Ministers Tor Velde of Brazil and Ada Brun of Argentina were there too.\n\n"
            "According to Lark, the pact is a win for both provinces. (READ: What to eat in Karsbrook)\n\n"
            "Roe said Vellmo will send furniture makers.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo Lark Jr"].title == "Governor of Karsbrook"
    assert people["Dana Roe"].title == "Governor of Vellmo"
    assert (people["Ada Brun"].title, people["Ada Brun"].country) == ("Foreign Minister of Argentina", "Argentina")
    assert [s.text for s in briefing.statements if s.text.startswith("(")] == []


def test_an_actor_written_with_a_title_before_the_name_is_that_person() -> None:
    text = ("Mayor meets envoys\n\nMayor Ivo Lark received the envoys of Vellmo on Monday.\n\n"
            "On Tuesday, Karsbrook Harbour Mayor Ivo Lark will meet the port's board.")
    assert [c.actor for c in extract(text).commitments] == ["Ivo Lark"]


def test_pm_in_capitals_is_a_title_and_in_a_time_is_not() -> None:
    text = ("Ministers meet\n\nMinister for Foreign Affairs, Ivo Lark, mentioned the agreements to strengthen.\n\n"
            "“We have agreed to meet more often. We want what we agree upon to get done,” said Deputy PM Tor Velde.\n\n"
            "PM Dana Roe said the talks ran until 5 pm. Mayor Ada Brun was there.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Tor Velde"].title, people["Dana Roe"].title, people["Ada Brun"].title) == \
        ("Deputy PM", "PM", "Mayor")
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark", "Tor Velde", "Tor Velde", "Dana Roe"]


def test_a_title_and_a_comma_before_a_name_and_its_verb_make_a_person() -> None:
    text = ("Envoy meets minister\n\n"
            "The new Canadian High Commissioner to Ghana, Dana Roe has reiterated Canada's commitment to Ghana.\n\n"
            "After meeting the Mayor, Tor Velde has left for Vellmo. Jordan's Foreign Minister Ivo Lark was there.\n\n"
            "Georgia's Governor Ada Brun met them in Atlanta.")
    people = people_by_name(extract(text))
    assert (people["Dana Roe"].title, people["Dana Roe"].country) == ("Canadian High Commissioner to Ghana", "Canada")
    assert "Tor Velde" not in people  # a clause, not a title, stands before the comma
    assert people["Ivo Lark"].country == "Jordan"  # a country that is also a first name, written as an owner
    assert people["Ada Brun"].country is None  # … but 'Georgia' is also a state of another country


@pytest.mark.parametrize("country", ["U.S.", "U.S"])
def test_a_dotted_country_opens_a_title_and_a_middle_initial_keeps_a_surname_that_names_bodies(country: str) -> None:
    text = (f"Ambassador visits province\n\nThe {country} Ambassador to Vietnam Ivo W. Marine on Monday paid a "
            "working visit to Dong Nai province.\n\nThe Ambassador said the United States will support the province.")
    briefing = extract(text)
    marine = people_by_name(briefing)["Ivo W. Marine"]
    assert (marine.title, marine.country) == (f"{country} Ambassador to Vietnam", "United States")
    assert [s.speaker for s in briefing.statements] == ["Ivo W. Marine"]


def test_two_people_speaking_jointly_were_there_though_neither_has_the_statement() -> None:
    text = ("Ministers meet\n\nPeru's Foreign Minister Dana Roe met Colombia's Foreign Minister Ivo Lark in Lima.\n\n"
            "Minister Roe and Colombian counterpart Tor Velde reaffirmed the bilateral commitments.\n\n"
            "Governor Ada Brun and Fukui Prefecture Lieutenant Governor Mr. Bo Dahl announced a memorandum.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert briefing.statements == []  # collective sentences are no one's statement
    assert all(people[name].attended for name in ("Tor Velde", "Ada Brun", "Bo Dahl"))
    assert people["Tor Velde"].country == "Colombia"


def test_initials_glued_to_a_surname_are_the_same_person_and_a_title_alone_as_actor_is_its_holder() -> None:
    text = ("Minister meets ambassador\n\n"
            "On December 24, Minister of Foreign Affairs B. Oyunaa received the Ambassador of Norway Ivo Lark.\n\n"
            "Foreign Minister B.Oyunaa emphasized the interest in cooperating in education.\n\n"
            "The Ambassador conveyed greetings and expressed his commitment to work for closer relations.\n\n"
            "Ambassador Lark also agreed to open a cultural centre. Foreign Secretary Prof.G.L.Dahl was there.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert {"B. Oyunaa", "Ivo Lark", "G. L. Dahl"} <= set(people) and "B.Oyunaa" not in people
    assert [s.speaker for s in briefing.statements][:2] == ["B. Oyunaa", "Ivo Lark"]
    assert [c.actor for c in briefing.commitments] == ["Ivo Lark", "Ivo Lark"]


@pytest.mark.parametrize("occasion", ["meeting", "ceremony", "talks"])
def test_an_occasion_before_a_title_without_a_comma_is_no_part_of_the_title(occasion: str) -> None:
    text = ("Vellmo and Norland agree to expand port cooperation\n\n"
            "The Governor of Vellmo, Ivo Lark, received Norland's Ambassador Dana Roe in Karsbrook on Monday.\n\n"
            f"At the {occasion} Vice President Tor Velde of the Vellmo Chamber said the port would open a desk.\n\n"
            "The new Vice President also thanked the Governor.")
    people = people_by_name(extract(text))
    assert people["Tor Velde"].title == "Vice President of the Vellmo Chamber"
    assert not any(occasion in alias for alias in people["Tor Velde"].aliases)


@pytest.mark.parametrize("address", ["Her Excellency Ms.", "His Excellency Mr.", "Her Excellency Madam"])
def test_a_style_and_a_courtesy_form_before_a_name_leave_the_title_to_the_appositive(address: str) -> None:
    text = ("Ambassador calls on the Speaker\n\n"
            "KARSBROOK, March 3 - Ambassador Ivo Lark paid a courtesy call on Governor Tor Velde on Monday.\n\n"
            f"{address} Dana Roe, the Speaker of the Vellmo Parliament, welcomed the delegation.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Speaker of the Vellmo Parliament"


def test_forms_of_address_are_no_title_and_a_later_title_replaces_them() -> None:
    text = ("Vellmo and Norland sign a tourism plan\n\n"
            "Rt Hon Dana Roe\nMinister of Foreign Affairs\n24 November 2024\nMedia statement\n\n"
            "Foreign Minister Dana Roe hosted talks with Norland's Premier Fr. Ivo Lark in Karsbrook today.\n\n"
            "The meeting between H.E Tor Velde and Minister Roe covered trade. Mayor Herr Bo Dahl also attended.\n\n"
            "Mr Roe said the talks were useful.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert set(people) == {"Dana Roe", "Ivo Lark", "Tor Velde", "Bo Dahl"}
    assert people["Dana Roe"].title == "Foreign Minister" and "Minister" not in people["Dana Roe"].aliases
    assert people["Tor Velde"].title is None and people["Tor Velde"].organization is None
    assert people["Ivo Lark"].title == "Norland's Premier"
    assert not {"Rt", "H.E", "Fr"} & set(briefing.parties)


def test_a_title_that_ends_in_staff_or_duty_keeps_it() -> None:
    text = ("Ministers meet\n\n"
            "Norland Foreign Minister Ivo Lark met Chief of Army Staff Dana Roe in Karsbrook on Monday.\n\n"
            "Officer on Special Duty Bo Dahl and Chief of Defence Staff Ada Brun also attended.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Dana Roe", "Bo Dahl", "Ada Brun"}
    assert [people[n].title for n in ("Dana Roe", "Bo Dahl", "Ada Brun")] == [
        "Chief of Army Staff", "Officer on Special Duty", "Chief of Defence Staff"]


def test_a_portfolio_in_the_headline_is_no_side() -> None:
    text = ("Norland – Minister Roe speaks with Vellmo’s Minister of Foreign Affairs\n\n"
            "Norland's Minister of Trade Dana Roe met Ivo Lark, Vellmo's Minister of Foreign Affairs, in Karsbrook.\n\n"
            "The two ministers agreed to meet again. Foreign Affairs officials of both sides also attended.")
    assert "Foreign Affairs" not in extract(text).parties


def test_a_title_word_that_qualifies_a_noun_before_a_comma_is_no_title() -> None:
    text = ("Premier receives ambassador\n\n"
            "Monday, 6 October 2025, Karsbrook: In the framework of her official visit in Karsbrook, Norland "
            "Ambassador Dana Roe was received by the Premier, Ivo Lark.\n\n"
            "The county's chief officer for trade, Tor Velde, also attended.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "Norland Ambassador"
    assert people["Tor Velde"].title == "county's chief officer for trade"


@pytest.mark.parametrize("title", ["MEC for Provincial Treasury", "MLA for Karsbrook North", "MEP"])
def test_a_members_title_written_in_capitals_opens_a_name(title: str) -> None:
    text = ("Council meets a delegation\n\n"
            f"The Provincial Executive Council led by {title} Dana Roe met a delegation from Vellmo in Karsbrook.\n\n"
            "Roe said the province will open an office in Vellmo.")
    briefing = extract(text)
    assert [(p.name, p.title) for p in briefing.participants] == [("Dana Roe", title)]
    assert [s.speaker for s in briefing.statements] == ["Dana Roe"]


def test_a_name_with_glued_initials_after_a_place_is_a_mention_of_its_person() -> None:
    text = ("Karsbrook and Vellmo to enhance their cooperation\n\n"
            "Karsbrook /AGENCY/ Mayor of Karsbrook S.Batbold held a meeting with his Norland counterpart Ivo Lark "
            "on October 9 in Vellmo.\n\nPresent at the meeting were S.Delgermaa, Ambassador of Mongolia.")
    people = people_by_name(extract(text, published="2017-10-10"))
    assert people["S. Batbold"].attended and people["S. Batbold"].aliases == ["S.Batbold"]


def test_a_place_after_a_title_ends_at_a_form_of_address() -> None:
    text = ("Mayor visits the twin town\n\n"
            "Mayor Ivo Lark attended a ceremony in Vellmo on 4 June.\n\n"
            "The Mayor of Vellmo Herr Tor Velde and the council expressed pleasure in hearing the speech. "
            "He also thanked the guests.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Tor Velde"].title == "Mayor of Vellmo"
    assert not any("Velde" in alias for alias in people["Ivo Lark"].aliases)
    assert [s.speaker for s in briefing.statements][-1] == "Tor Velde"


@pytest.mark.parametrize("adjective", ["AUSTRALIAN", "CHINESE", "NORWEGIAN"])
def test_a_country_word_printed_in_capitals_to_open_the_lead_is_the_country(adjective: str) -> None:
    text = ("Envoy admires the province during visit\n\n"
            f"{adjective} High Commissioner Dana Roe says her recent trip to Vellmo highlighted its diversity.\n\n"
            "Roe met Governor Ivo Lark in Karsbrook.")
    briefing = extract(text)
    roe = people_by_name(briefing)["Dana Roe"]
    assert roe.title == f"{adjective.capitalize()} High Commissioner" and roe.organization is None
    assert adjective not in briefing.parties


@pytest.mark.parametrize("office", ["Prime Minister", "Chief Minister"])
def test_the_prime_or_chief_minister_is_never_a_plain_minister(office: str) -> None:
    text = ("Vellmo and Norland sign a memorandum\n\n"
            "Minister of Culture and Tourism Dana Roe and her Norland counterpart signed the memorandum.\n\n"
            f"Ms Roe said the {office} of Norland had told her the trade link was overdue.")
    roe = people_by_name(extract(text))["Dana Roe"]
    assert not any(office in alias for alias in roe.aliases)


@pytest.mark.parametrize("time", ["on Thursday", "yesterday", "last March"])
def test_a_time_after_a_name_that_follows_a_title_and_a_comma_ends_the_name(time: str) -> None:
    text = ("Chief Minister meets envoys\n\n"
            "Chief Minister Ivo Lark on Friday met the Ambassadors of Norland and Vellmo in Karsbrook.\n\n"
            f"Lark had also met the Ambassador of Argentina in India, Hugo Javier Gobbi {time}.")
    people = people_by_name(extract(text, published="2023-04-28"))
    gobbi = people["Hugo Javier Gobbi"]
    assert gobbi.title == "Ambassador of Argentina in India" and not gobbi.attended


def test_full_names_right_after_a_meeting_verb_are_people_met_and_bodies_are_not() -> None:
    text = ("Chief Minister meets envoys\n\n"
            "Chief Minister Ivo Lark on Friday met the Ambassadors of Norland and Vellmo in Karsbrook.\n\n"
            "The CM met Abdul Rahim Said and Nguyen Thanh Hai respectively at Karsbrook House.\n\n"
            "Lark also received Karsbrook Port officials and welcomed Norland Airlines to the city.")
    people = people_by_name(extract(text))
    assert set(people) == {"Ivo Lark", "Abdul Rahim Said", "Nguyen Thanh Hai"}
    assert people["Nguyen Thanh Hai"].attended


def test_what_a_minister_is_minister_of_is_no_organisation() -> None:
    text = ("Ministers meet\n\n"
            "Norland's Minister of Police, Prisons and Fire Service Ivo Lark met Vellmo's Minister for Civil Service "
            "Dana Roe and the Director of the Karsbrook Fire Service, Tor Velde, in Karsbrook.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].organization, people["Dana Roe"].organization) == ("Norland", "Vellmo")  # the sides
    assert people["Tor Velde"].organization == "Karsbrook Fire Service"
    assert not {"Prisons and Fire Service", "Civil Service"} & set(briefing.parties)


def test_official_country_names_and_a_courtesy_form_inside_a_title() -> None:
    text = ("Ministers talk by telephone\n\n"
            "Minister of External Relations of the Federative Republic of Brazil Ivo Lark spoke with Norland's "
            "Minister of Trade Dana Roe on Monday. Governor Mr. Tor Velde of Fergana Region also joined the call.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].organization, people["Ivo Lark"].country) == (None, "Brazil")
    assert people["Tor Velde"].title == "Governor of Fergana Region"
    assert "Federative Republic" not in briefing.parties and "External Relations" not in briefing.parties


def test_a_spaced_his_excellency_after_a_title_and_an_official_name_in_the_headline() -> None:
    text = ("Foreign Ministers' Telephone Conversation between Norland and the Islamic Republic of Iran\n\n"
            "On May 18, Norland's Minister for Foreign Affairs Ivo Lark gave a telephone call to Minister for Foreign "
            "Affairs of the Islamic Republic of Iran H. E. Mr. Dana Roe. Minister Roe thanked him.")
    briefing = extract(text, published="2009-05-18")
    roe = people_by_name(briefing)["Dana Roe"]
    assert (roe.title, roe.organization, roe.country) == (
        "Minister for Foreign Affairs of the Islamic Republic of Iran", None, "Iran")
    assert not any("Islamic Republic" in p or "H. E." in p for p in briefing.parties)


def test_a_title_between_two_listed_names_is_the_first_ones() -> None:
    text = ("Delegation visits Vellmo\n\n"
            "A delegation from Karsbrook visited Vellmo on October 14, 2023.\n\n"
            "It included Ivo Lark, the Governor of Karsbrook, Dana Roe, the Vice Speaker of the Assembly, and "
            "Tor Velde, the Chairman of the Friendship Association.\n\n"
            "On 9 October, the Mayor of Vellmo, Bo Dahl, received them.")
    people = people_by_name(extract(text, published="2023-10-20"))
    assert "the Governor of Karsbrook" not in people["Dana Roe"].aliases
    assert people["Bo Dahl"].title == "Mayor of Vellmo"


def test_an_envoys_post_in_a_city_before_the_name_is_part_of_the_title() -> None:
    text = ("Mayors meet\n\n"
            "Norland Consul-General to Karsbrook Ivo Lark and the Vellmo Consul-General to Auckland Dana Roe will "
            "attend. Governor Bo Dahl met China's new ambassador to Norland Tor Velde.\n\n"
            "A letter from the Vice President to Hon. Ada Brun was read.")
    people = people_by_name(extract(text))
    assert people["Ivo Lark"].title == "Norland Consul-General to Karsbrook"
    assert people["Dana Roe"].title == "Vellmo Consul-General to Auckland"
    assert "Tor Velde" in people and "Norland Tor Velde" not in people
    assert people["Ada Brun"].title is None


def test_a_plural_title_over_two_places_and_two_names_is_each_ones_in_turn() -> None:
    text = ("Governors meet\n\n"
            "The governors of Karsbrook and Velmia, Ivo Lark and Dana Roe, held a meeting in Karsbrook.\n\n"
            "The Velmian governor expressed the desire for joint growth of both states.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert (people["Ivo Lark"].title, people["Dana Roe"].title) == ("Governor of Karsbrook", "Governor of Velmia")
    assert [s.speaker for s in briefing.statements] == ["Dana Roe"]


def test_a_country_of_several_words_in_a_title_is_the_country_not_a_region_of_its_first_word() -> None:
    text = ("Presidents of Norland and Papua New Guinea Discuss Cooperation\n\n"
            "Governor-General of Papua New Guinea (PNG) Ivo Lark met Norland's President Dana Roe in Port Moresby.\n\n"
            "Lark said PNG values the friendship with Norland.")
    briefing = extract(text)
    assert people_by_name(briefing)["Ivo Lark"].country == "Papua New Guinea"
    assert "Presidents" not in briefing.parties and "Indonesia" not in briefing.parties


def test_a_shorter_written_name_is_the_same_person_and_an_agency_credit_is_no_statement() -> None:
    text = ("Minister meets ambassador\n\n"
            "Karsbrook, October 4 (ANI/WAM): Ivo bin Tor Al Lark, Norland Minister of State for Trade, met with "
            "Vellmo Ambassador Dana Roe.\n\n"
            "Ivo Al Lark welcomed the ambassador. He said: \"Our relations are growing.\" (ANI/WAM)")
    briefing = extract(text, published="2023-10-04")
    people = people_by_name(briefing)
    assert set(people) == {"Ivo bin Tor Al Lark", "Dana Roe"}
    assert people["Ivo bin Tor Al Lark"].aliases == ["Ivo Al Lark"]
    assert [s.text for s in briefing.statements if "ANI" in s.text] == []


def test_a_title_and_a_comma_before_honorifics_and_the_name_is_the_persons() -> None:
    text = ("Regional Minister calls on envoys\n\n"
            "The Karsbrook Regional Minister, Ivo Lark, paid a courtesy call on the Ambassador of the Federal Republic "
            "of Germany to Ghana, H.E. Mr. Tor Velde, on Monday 19th April, 2021.")
    velde = people_by_name(extract(text, published="2021-04-21"))["Tor Velde"]
    assert (velde.title, velde.country) == ("Ambassador of the Federal Republic of Germany to Ghana", "Germany")


def test_a_level_adjective_alone_before_a_title_is_no_organisation() -> None:
    text = ("Mayor welcomes delegation\n\n"
            "Mayor Ivo Lark of Karsbrook and Local MP Dana Roe welcomed the Vellmo delegation at the Guildhall.")
    briefing = extract(text)
    assert people_by_name(briefing)["Dana Roe"].organization is None and "Local" not in briefing.parties


def test_each_name_after_a_plural_title_holds_the_singular_title() -> None:
    text = ("Sister cities sign a pact\n\n"
            "The signing was witnessed by Ambassador Ivo Lark, councilors Dana Roe, Tor Velde, and Bo Dahl. "
            "The Speaker Ada Brun and Karsbrook provincial leaders Kim Sol and Lee Han attended the meeting.")
    people = people_by_name(extract(text))
    assert [people[n].title for n in ("Dana Roe", "Tor Velde", "Bo Dahl")] == ["councilor"] * 3
    assert people["Kim Sol"].title == people["Lee Han"].title == "Karsbrook provincial leader"


def test_a_title_takes_the_place_a_kind_of_area_names_after_the_name() -> None:
    text = ("Governor meets ambassador\n\n"
            "Governor Ivo Lark of the southwestern Chinese province of Karsbrook met the Norland Ambassador "
            "Dana Roe. Mayor Tor Velde of the opposition party also came.")
    people = people_by_name(extract(text))
    assert (people["Ivo Lark"].title, people["Ivo Lark"].organization) == ("Governor of Karsbrook", "Karsbrook")
    assert people["Tor Velde"].title == "Mayor of the opposition party"


def test_the_venue_after_a_title_with_its_body_is_no_part_of_it() -> None:
    text = ("Mayors meet\n\n"
            "Mayor Ivo Lark was received by Dana Roe, mayor of Karsbrook at the Municipal Palace, on Monday. "
            "Tor Velde, Director at the Vellmo City Hall, also attended.")
    people = people_by_name(extract(text))
    assert people["Dana Roe"].title == "mayor of Karsbrook"
    assert people["Tor Velde"].title == "Director at the Vellmo City Hall"
