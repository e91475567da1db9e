"""Statements and commitments as real news writes them: who speaks ('…, who said', 'This was expressed
…', a role no participant holds), what commits a side and who acts, and the event's kind.

Every sentence here is invented for these tests (made-up people, bodies and towns).
"""

from __future__ import annotations

import pytest

from briefing.extract import extract

from .lookup import pledge, said

UNNAMED_ROLE = ("Karsbrook welcomes Vellmo talks\n\n"
                "Mayor Ortwin Velde met Ambassador Dag Rune of Vellmo in Karsbrook on Monday.\n\n"
                "Rune said her country will support the new ferry line.\n\n"
                "Rune also delivered a letter from the Vice President of Vellmo to Hon. Velde.\n\n"
                "The Vice President of Vellmo thanks the Mayor and stated that he will support the ferry line.")


FERRY_TALKS = ("Karsbrook and Vellmo talk ferries\n\nMayor Dag Rune met Mayor Ivo Lark in Karsbrook on Monday."
               "\n\n")


def test_a_role_no_participant_holds_speaks_for_itself() -> None:
    briefing = extract(UNNAMED_ROLE)
    assert not any(s.text.startswith("The Vice President") for s in briefing.statements)
    pledge = next(c for c in briefing.commitments if c.text.startswith("The Vice President"))
    assert pledge.actor == "the Vice President of Vellmo"


def test_who_was_present_is_no_more_of_the_last_speakers_words() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday. Rune said "
            "Karsbrook will open a ferry line. Senior officers of the Vellmo Embassy, the city's harbour master "
            "Ada Vell and others were present on the occasion.")
    assert not any(s.text.startswith("Senior officers") for s in extract(text).statements)


def test_taking_the_opportunity_to_thank_is_speech() -> None:
    text = ("Mayor meets ambassador\n\nMayor Dag Rune met Ambassador Ivo Lark in Karsbrook on Monday.\n\n"
            "The Mayor used the opportunity to applaud the Ambassador for his support for the ferry line.")
    statement = next(s for s in extract(text).statements if "opportunity" in s.text)
    assert statement.speaker == "Dag Rune"


def test_who_said_after_a_name_speaks_for_that_name() -> None:
    text = ("Ambassador in Karsbrook\n\nAmbassador Ivo Lark met Mayor Dag Rune in Karsbrook on Monday.\n\n"
            "Lark met Governor Ada Vell on Tuesday, who said this was a good year for the two regions.")
    statement = next(s for s in extract(text).statements if "good year" in s.text)
    assert statement.speaker == "Ada Vell"


def test_this_was_said_points_back_at_the_last_speaker() -> None:
    text = ("Mayor welcomes ferry plan\n\nMayor Dag Rune has welcomed Vellmo's plan for a ferry line.\n\n"
            "This was expressed during his meeting with Ambassador Ivo Lark in Karsbrook this week.")
    statement = next(s for s in extract(text).statements if s.text.startswith("This was expressed"))
    assert statement.speaker == "Dag Rune" and not statement.continuation


def test_a_meeting_the_body_names_later_is_the_events_kind() -> None:
    text = ("Velde seeks ferry partnership between Karsbrook, Vellmo\n\n"
            "Governor Ortwin Velde has called on the leaders of Karsbrook and Vellmo to extend their ferry ties.\n\n"
            "He said the two ports should work more closely.\n\n"
            "Velde made this known after a closed-door meeting with Vellmo's President Ada Vell at her residence.")
    assert extract(text).event_kind == "meeting"
    festival = text.replace("after a closed-door meeting with", "at the ferry festival beside")
    assert extract(festival).event_kind == "other"


def test_praising_someones_willingness_is_no_undertaking() -> None:
    text = ("Mayor thanks departing consul\n\nMayor Dag Rune met Consul Ivo Lark in Karsbrook on Monday.\n\n"
            "Rune expressed his gratitude to Lark for his work, highlighting his dedication, effort, and "
            "willingness to collaborate.\n\nRune said Karsbrook will open a ferry line.")
    assert not any(c.text.startswith("Rune expressed his gratitude") for c in extract(text).commitments)
    text = text.replace("highlighting his dedication, effort, and willingness", "and expressed his willingness")
    assert any(c.text.startswith("Rune expressed his gratitude") for c in extract(text).commitments)


@pytest.mark.parametrize("sentence", [
    "Karsbrook and Vellmo have concluded arrangements to hold a joint ferry council in Vellmo next month.",
    "The talks ended with an agreement for a working group to meet in coming January.",
    "The two mayors signed agreements Thursday to open their ports to each other's ferries in 2027.",
])
def test_arrangements_and_agreements_for_an_action_commit_the_sides(sentence: str) -> None:
    text = FERRY_TALKS + sentence
    pledge = next(c for c in extract(text, published="2026-03-04").commitments if c.text == sentence)
    assert pledge.firmness == "firm" and pledge.due_text is not None


@pytest.mark.parametrize("follow_up", [
    "Currently, there are 700 Vellmo students studying in Karsbrook.",
    "To this end, the consulate will open a desk at the ferry terminal.",
])
def test_an_opener_of_a_paragraph_carries_on_the_speakers_words(follow_up: str) -> None:
    text = ("Consul visits ferry office\n\nConsul Ivo Lark met Director Dag Rune in Karsbrook on Monday.\n\n"
            "During the talks, Lark highlighted that Vellmo is the largest investor in the port.\n\n" + follow_up)
    statement = next(s for s in extract(text).statements if s.text == follow_up)
    assert statement.speaker == "Ivo Lark" and statement.continuation


def test_who_will_get_support_is_not_who_gives_it() -> None:
    text = ("Mayor meets consul\n\nMayor Dag Rune of Karsbrook met Consul Ivo Lark of Vellmo on Monday.\n\n"
            "Rune said that Vellmo ferry companies will get full support in Karsbrook.")
    pledge = next(c for c in extract(text).commitments if "full support" in c.text)
    assert pledge.actor == "Karsbrook"


def test_who_else_joined_is_not_more_of_the_speakers_words() -> None:
    text = ("Call on ports\n\nGovernor Elmar Tavares held a call with Mayor Joost Lind on Monday.\n\n"
            "Tavares said that the port of Karsbrook will double its ferry berths by 2028. "
            "The Vellmo consul general in Karsbrook, the honourable Marloes Verbeek, also joined the call.")
    assert [s.text[:8] for s in extract(text).statements] == ["Tavares "]


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("‚", "‘")])
def test_a_low_quotation_mark_opens_a_new_sentence(opening: str, closing: str) -> None:
    text = (FERRY_TALKS + f"Lark thanked the mayor for the welcome. {opening}We do not compete for the same "
            f"passengers. Our two ports share one sea,{closing} Lark said.")
    said = {s.text: s.speaker for s in extract(text).statements}
    assert said["Lark thanked the mayor for the welcome."] == "Ivo Lark"
    assert said[f"{opening}We do not compete for the same passengers."] == "Ivo Lark"


@pytest.mark.parametrize("verb", ["detailed", "advanced"])
def test_detailed_or_advanced_that_reports_speech(verb: str) -> None:
    text = FERRY_TALKS + f"In addition, Lark {verb} that Vellmo will open a ferry desk in September."
    assert [s.speaker for s in extract(text).statements] == ["Ivo Lark"]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("According to Mayor Lark, Vellmo would open a ferry desk in Karsbrook in the autumn.", "Vellmo"),
    ("A joint communique issued after the meeting said the two towns would hold a harbour drill in 2027.",
     "both sides"),
])
def test_a_reported_would_commits_its_subject(sentence: str, actor: str) -> None:
    text = FERRY_TALKS + sentence
    pledges = [c for c in extract(text, published="2026-03-04").commitments if c.text == sentence]
    assert [(c.actor, c.firmness) for c in pledges] == [(actor, "firm")]


@pytest.mark.parametrize("sentence", [
    "Vellmo wants to learn from the port of Karsbrook how to run its night ferries.",  # a wish, no undertaking
    "The memorandum of understanding will run for five years and may be extended.",  # how long it lasts
    "According to Lark, the investment will exceed 9 million euros.",  # a forecast of a sum
])
def test_a_wish_a_term_or_a_sum_commits_no_one(sentence: str) -> None:
    text = FERRY_TALKS + sentence
    assert not [c for c in extract(text, published="2026-03-04").commitments if c.text == sentence]


def test_a_speaker_the_article_never_introduced_carries_on_no_one_elses_words() -> None:
    briefing = extract(FERRY_TALKS + "Rune said the talks had been useful. Ostrander said he hopes the two towns will "
                       "share a timetable. Lark, in turn, said he was pleased with the visit.")
    speakers = {s.text.split()[0]: s.speaker for s in briefing.statements}
    assert speakers == {"Rune": "Dag Rune", "Lark,": "Ivo Lark"}


def test_i_after_an_opening_phrase_is_the_speaker_not_a_party_holding_the_letter() -> None:
    briefing = extract("Ministers talk ferries\n\nTransport Minister Orla Veltman hosted her Norwegian counterpart "
                       "Sigrun Halvorsdal in Karsbrook on Monday for talks on the ferry line.\n\n"
                       "Veltman said: “The talks were frank and useful. In this regard I look forward to hosting the "
                       "next round of talks in the spring.”")
    assert briefing.parties == ["Norway"]
    pledge = next(c for c in briefing.commitments if c.text.startswith("In this regard"))
    assert pledge.actor == "Orla Veltman"


def test_calling_on_someone_to_discuss_is_a_visit_not_a_call_to_act() -> None:
    briefing = extract("Envoy calls on mayor\n\nAmbassador Dag Rune called on Mayor Ivo Lark in Karsbrook on "
                       "Thursday to discuss ferry links and port fees.\n\nLark said the talks had been useful.")
    assert briefing.commitments == []


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Lark said the purpose of Friday's visit is to open a ferry office in Vellmo.", "Ivo Lark"),
    ("For his part, Rune hoped to visit the Karsbrook ferry yard again next year.", "Dag Rune"),
    ("Norway also voiced concern over the storms in the Vellmo region with promises to fund a new breakwater.",
     "Norway"),
])
def test_no_weekday_function_word_or_place_in_a_clause_is_an_actor(sentence: str, actor: str) -> None:
    pledges = extract(FERRY_TALKS + sentence).commitments
    assert [c.actor for c in pledges] == [actor]


def test_a_quote_whose_speaker_is_named_right_after_it_is_theirs() -> None:
    briefing = extract("Karsbrook and Vellmo talk ferries\n\nMayor Dag Rune of Karsbrook met Mayor Ivo Lark of "
                       "Vellmo in Karsbrook on Monday.\n\n\"Good talks on a good day,\" Rune said after the "
                       "meeting.\n\n\"Our ferry link is becoming a real partnership,\" Lark agreed.")
    speakers = [(s.text[:10], s.speaker) for s in briefing.statements]
    assert speakers == [("\"Good talk", "Dag Rune"), ("\"Our ferry", "Ivo Lark")]


def test_a_verb_with_its_own_subject_after_a_comma_is_not_the_named_persons() -> None:
    briefing = extract("Envoy calls on minister\n\nAmbassador Dag Rune has called on Foreign Minister Ivo Lark at "
                       "the Ministry of Foreign Affairs and discussed ferry links, local media reported on Friday.\n\n"
                       "Lark said the talks had been useful.")
    assert [s.speaker for s in briefing.statements] == ["Ivo Lark"]


def test_a_role_naming_a_country_is_never_a_person_of_another_country() -> None:
    briefing = extract("Ministers talk by phone\n\nOman's Foreign Minister Said Al Harthy received a call from the "
                       "Jordanian Deputy Prime Minister on Monday.\n\n"
                       "The Jordanian Minister expressed Jordan's solidarity with Oman over the storm damage.")
    assert [s.speaker for s in briefing.statements] == []


def test_a_participle_after_whom_the_subject_met_is_the_subjects_words() -> None:
    text = ("Talks\n\n"
            "Prime Minister Ivo Lark on Thursday held meetings with Foreign Minister Dana Roe and Fisheries Minister "
            "Tor Velde, reaffirming the enduring partnership between Karsbrook and Vellmo.")
    assert [s.speaker for s in extract(text).statements] == ["Ivo Lark"]


def test_the_title_that_commits_is_its_only_holder() -> None:
    text = ("Emir receives envoy\n\n"
            "Norland Emir Sheikh Ivo Lark received Ambassador Dana Roe on Monday.\n\n"
            "Welcoming the Ambassador, the Norland Emir wished him success in his mission and reiterated his hope "
            "to increase cooperation between the two countries.")
    assert [c.actor for c in extract(text).commitments] == ["Ivo Lark"]


def test_two_people_of_the_event_joined_as_the_subject_commit_both_sides() -> None:
    text = ("Leaders talk\n\n"
            "Prime Minister Ivo Lark spoke by phone with Norland President Dana Roe on Monday.\n\n"
            "The Prime Minister's Office says Lark and Norland President Dana Roe look forward to continuing their "
            "work on trade.")
    assert [c.actor for c in extract(text).commitments] == ["both sides"]


def test_a_participle_after_whom_the_subject_met_and_a_time_is_the_subjects_words() -> None:
    text = ("Talks\n\n"
            "Premier Ivo Lark met with his Norland counterpart Dana Roe here Tuesday, pledging to boost trade.")
    assert [s.speaker for s in extract(text).statements] == ["Ivo Lark"]


def test_the_city_of_a_named_place_commits_that_place() -> None:
    text = ("Talks\n\n"
            "Mayor Ivo Lark met Governor Dana Roe on Monday.\n\n"
            "Mayor Ivo Lark said the city of Karsbrook would host a joint investment fair next year.")
    assert [c.actor for c in extract(text).commitments] == ["Karsbrook"]


def test_a_subject_that_names_a_participant_by_another_form_is_that_person() -> None:
    text = ("Leaders meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Prime Minister Ivo Lark met President Dana Roe of Chile in Karsbrook on Tuesday."
            "\n\nThe Chilean President will open an embassy in Karsbrook next year.\n\n"
            "Kim Sun-ja, the city's envoy, attended. Kim will host a trade fair in May.")
    actors = {c.text.split()[1]: c.actor for c in extract(text).commitments}
    assert actors == {"Chilean": "Dana Roe", "will": "Kim Sun-ja"}


def test_his_administration_is_the_speakers_country_not_a_part_of_the_world() -> None:
    text = ("Leaders meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Norwegian Prime Minister Ivo Lark met President Dana Roe of Chile on Tuesday. "
            "Lark said Norway and Chile want peace in the Asia-Pacific region. Lark said he backs the new policy "
            "toward Asia. He also said his administration will contribute to regional peace.")
    assert [c.actor for c in extract(text).commitments][-1] == "Norway"


def test_a_countrys_role_is_the_one_person_of_that_country_holding_it() -> None:
    text = ("Chinese FM to visit Karsbrook\n\n"
            "KARSBROOK, March 22 — Chinese Foreign Minister Wang Yi will visit Karsbrook from March 25, where he "
            "will meet Mayor Ivo Lark.\n\nChina's Foreign Minister will push for new rail links.\n\n"
            "The Norwegian Foreign Minister will open a consulate, Lark said.")
    actors = [c.actor for c in extract(text).commitments][-2:]
    assert actors == ["Wang Yi", "Norwegian Foreign Minister"]  # no Norwegian holder: the role as written


def test_his_country_of_a_speaker_whose_country_is_not_said_is_the_speaker() -> None:
    text = ("Leaders meet\n\nKARSBROOK — Ivo Lark was received by Mayor Dana Roe on Monday. Lark said his country is "
            "committed to strengthening the bonds of friendship.")
    assert pledge(extract(text), "Lark said his country") == ("Ivo Lark", "firm")


def test_briefed_on_a_topic_is_no_statement_but_briefed_that_is() -> None:
    text = ("Governor meets envoy\n\nKARSBROOK — Governor Ivo Lark met Ambassador Dana Roe on Monday. Lark briefed "
            "also on the development of the region. Its backbone industry is metallurgy. Roe briefed reporters that a "
            "new consulate will open.")
    texts = [s.text for s in extract(text).statements]
    assert texts == ["Roe briefed reporters that a new consulate will open."]


def test_a_passive_names_its_speaker_after_by_and_the_subject_says_nothing() -> None:
    text = ("Envoys meet President\n\nKARSBROOK — President Ivo Lark received Norway's Ambassador Dana Roe and "
            "Chile's Ambassador Tor Velde on Monday. Earlier, Roe was welcomed by Foreign Minister Ana Berg at the "
            "airport. Velde, on the other hand, was informed by Lark of Norland's plans to open a consulate.")
    briefing = extract(text)
    assert said(briefing, "Earlier, Roe was welcomed") is None
    assert said(briefing, "Velde, on the other hand") == "Ivo Lark"


def test_a_subject_of_a_title_and_a_name_commits_the_person() -> None:
    text = ("Speaker meets envoy\n\nKARSBROOK — The Speaker of the National Assembly Ivo Lark has committed to "
            "ensuring that the parliaments of Norway and Chile are engaged in exchange programs.")
    assert pledge(extract(text), "KARSBROOK — The Speaker") == ("Ivo Lark", "firm")


def test_a_role_owning_the_subject_commits_its_holder() -> None:
    text = ("President hosts PM\n\nKARSBROOK — President Dana Roe held official talks with Prime Minister Ivo Lark on "
            "Monday. The President expressed his confidence that the Prime Minister's visit will help expand trade.")
    assert pledge(extract(text), "The President expressed") == ("Ivo Lark", "firm")


def test_an_honorific_with_a_stop_opens_the_subject_of_a_later_pledge() -> None:
    text = ("Minister welcomed in Karsbrook\n\n"
            "Hon. Dana Roe this afternoon reaffirmed Vellmo as Norland's long standing partner and promised to "
            "deliver a climate speech tomorrow.")
    assert pledge(extract(text, published="2025-03-20"), "Hon. Dana Roe") == ("Dana Roe", "firm")


def test_two_leaders_opening_the_clause_after_a_dateline_pledge_together() -> None:
    text = ("Norland and Vellmo reaffirm ties\n\n"
            "KARSBROOK, Vellmo -- President Ivo Lark of Norland and President Dana Roe of Vellmo have reaffirmed "
            "the ties between the two countries and promised to take them to a new level.\n\n"
            "Lark said the visit went well.")
    assert pledge(extract(text, published="2025-03-20"), "KARSBROOK") == ("both sides", "firm")


def test_assured_a_side_of_anothers_support_is_the_supporters_pledge() -> None:
    text = ("Leaders speak by phone\n\n"
            "KARSBROOK, March 3 -- Prime Minister Ivo Lark of Norland spoke with President Dana Roe of Vellmo on "
            "Tuesday.\n\nThe prime minister also assured Vellmo of Norland's support whenever needed.")
    assert pledge(extract(text, published="2025-03-20"), "The prime minister also") == ("Norland", "firm")


def test_the_government_of_a_speaker_whose_country_is_unsaid_is_the_speaker() -> None:
    text = ("Ministers meet in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Deputy Prime Minister Ivo Lark met Dana Roe, Cabinet Secretary for Trade, on "
            "Tuesday.\n\nLark has also reaffirmed that the government is committed to the peace agreement.")
    assert pledge(extract(text, published="2025-03-20"), "Lark has also") == ("Ivo Lark", "firm")


def test_a_process_that_will_facilitate_or_help_is_an_effect_not_a_pledge() -> None:
    text = ("Norland and Vellmo sign agreements\n\n"
            "KARSBROOK, March 3 -- Foreign Ministers Ivo Lark of Norland and Dana Roe of Vellmo signed agreements "
            "on Monday.\n\nRegional integration within the Coastal Community and Vellmo's role as a bridge "
            "between the Coastal Community and the Northern Market will facilitate greater cooperation.\n\n"
            "Lark said the delegation will help the two sides reach agreement on ports.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "Regional integration") is None
    assert pledge(briefing, "Lark said the delegation") is not None


def test_a_name_after_a_verb_that_takes_a_person_is_its_object_not_its_speaker() -> None:
    text = ("Leaders meet in Karsbrook\n\n"
            "KARSBROOK, March 3 -- Norland Prime Minister Ivo Lark met his Vellmo counterpart Dana Roe on Tuesday.\n\n"
            "The Vellmo premier also assured Lark that his country would continue to support Norland.\n\n"
            "\"We will open a new border crossing,\" said Lark.\n\n"
            "“By learning from each other, we can serve our citizens better”. said Hon. Roe.")
    briefing = extract(text, published="2025-03-20")
    assert said(briefing, "The Vellmo premier") != "Ivo Lark"
    assert said(briefing, "\"We will open") == "Ivo Lark"
    assert said(briefing, "“By learning") == "Dana Roe"


def test_signed_documents_in_plural_and_a_bracketed_list_name_no_actor() -> None:
    text = ("Norland, Vellmo sign energy deals\n\n"
            "KARSBROOK, March 3 -- Energy Minister Ivo Lark of Norland and Deputy Prime Minister Dana Roe of Vellmo "
            "signed ten energy deals on Tuesday.\n\nLark stressed the newly signed MoUs and contracts will soon be "
            "implemented. He said the three corridors (Karsbrook-Vellmo, Alba-Borin and Tarn-Moss) will open "
            "next year.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "Lark stressed")[0] == "both sides"
    assert pledge(briefing, "He said the three")[0] not in ("Alba-Borin and Tarn-Moss", "Tarn-Moss")


def test_two_countries_joined_are_both_sides_and_his_keenness_is_the_speakers() -> None:
    text = ("Norway, Chile ministers meet\n\n"
            "KARSBROOK, March 3 -- Norwegian and Chilean foreign ministries have expressed their readiness to "
            "continue cooperation, Foreign Minister Ivo Lark said after meeting Dana Roe.\n\n"
            "Lark highlighted the deep-rooted relations between Norway and Chile, stressing his keenness to "
            "develop the joint cooperation.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "KARSBROOK")[0] == "both sides"
    assert pledge(briefing, "Lark highlighted")[0] == "Ivo Lark"


def test_the_agent_of_a_passive_with_an_irregular_participle_acts() -> None:
    text = ("Leaders discuss migration\n\n"
            "KARSBROOK, March 3 -- Prime Minister Ivo Lark and his Vellmo counterpart Dana Roe discussed migration "
            "on Tuesday, placing the subject on the council's agenda, which will be taken by Norland.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "KARSBROOK")[0] == "Norland"


def test_a_matter_named_in_one_word_is_no_side() -> None:
    text = ("Leaders discuss migration\n\n"
            "KARSBROOK, March 3 -- Prime Minister Ivo Lark met his Vellmo counterpart Dana Roe on Tuesday.\n\n"
            "Migration, Roe announced, will be on the council's list. Terrorism will also be the focus of the "
            "next meeting, Lark said.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "Migration")[0] not in ("Migration", "Terrorism")
    assert pledge(briefing, "Terrorism")[0] != "Terrorism"


def test_a_document_that_will_strengthen_ties_is_an_effect_but_institutions_pledge() -> None:
    text = ("Norland and Vellmo sign MoU\n\n"
            "KARSBROOK, March 3 -- Minister Ivo Lark of Norland and Minister Dana Roe of Vellmo signed an MoU on "
            "Tuesday.\n\n\"The signing of this MoU will strengthen existing trade ties,\" Lark said. Further, military "
            "training institutions will strengthen their exchanges, the statement said.")
    briefing = extract(text, published="2025-03-20")
    assert pledge(briefing, "\"The signing") is None
    assert pledge(briefing, "Further, military") is not None
