"""People as unseen real news writes them, in more shapes: title words that are surnames, names with a short given
name ('Md.'), an Arabic article or a father's name, royal styles, honours' letters, names in brackets, shared and
respective titles, countries of several words, and what is no person (a street, a region, a corps).

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name


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


def test_things_named_with_their_initials_portfolios_and_headline_modifiers_are_no_people_or_sides() -> None:
    text = ("Prime ministers meet in Karsbrook\n\n"
            "The issues of peace, including Confidence Building Measures (CBMs), were discussed by Prime Minister "
            "Ivo Lark and the Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Dana Roe.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert "Confidence Building Measures" not in people
    assert people["Dana Roe"].title == "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates"
    assert "Prime" not in briefing.parties


def test_a_house_a_nickname_before_a_particle_an_honour_and_a_short_country_name() -> None:
    text = ("Leaders meet\n\n"
            'President Ivo "Kai" da Lark met the Speaker of the House of Advisors, Dana Roe, and Trinidad\'s '
            "Minister of Foreign Affairs Tor Velde. Dato’ Ana Berg bin Haji Holm also attended.")
    briefing = extract(text)
    people = people_by_name(briefing)
    assert people["Ivo da Lark"].title == "President"
    assert people["Dana Roe"].organization == "House of Advisors"
    assert (people["Tor Velde"].country, people["Tor Velde"].organization) == ("Trinidad and Tobago", None)
    assert (people["Ana Berg bin Haji Holm"].title, people["Ana Berg bin Haji Holm"].organization) == (None, None)


def test_a_name_after_a_title_of_a_place_ends_before_the_next_title() -> None:
    text = ("Talks\n\n"
            "Prime Minister of Norland Ivo Lark, Foreign Minister Tor Velde and Consul General Aoki met Governor "
            "Dana Roe on Monday.")
    people = people_by_name(extract(text))
    assert (people["Ivo Lark"].title, people["Tor Velde"].title) == ("Prime Minister of Norland", "Foreign Minister")
