"""People and speech word lists moved out of the rules' code: each entry, on a one-line fixture, still does its work."""

from __future__ import annotations

import re

import pytest

from briefing.extract import (
    actors,
    cuewords,
    extract,
    mentions,
    people,
    people_lists,
    person_titles,
    speaker_sides,
    speakers,
    speech,
)
from briefing.extract.sentences import is_credit_line


@pytest.mark.parametrize("head", ["Quotes", "Quote", "Comments", "Comment", "Remarks", "Remark", "Statement"])
@pytest.mark.parametrize("link", ["attributable", "attributed", "from", "by"])
def test_attribution_headings(head: str, link: str) -> None:  # attribution_heads.txt, attribution_head_links.txt
    assert speakers._ATTRIBUTION_HEAD_RE.match(f"{head} {link} Minister Jane Roe")
    assert speech._BARE_INTRO_RE.match(f"{head} {link} Minister Jane Roe")


def test_speech_object_verbs() -> None:  # speech_object_verbs.txt
    assert speech._BARE_INTRO_RE.match("The minister told the assembly:")


@pytest.mark.parametrize("words", ["Both sides", "both sides", "They", "they", "Participants", "participants",
                                   "Organisers", "organisers", "Organizers", "organizers"])
def test_joint_speakers(words: str) -> None:  # joint_speakers.txt
    assert speech._SIDES_RE.search(f"so {words} agreed")


@pytest.mark.parametrize("modifier", ["joint", "official"])
def test_unnamed_source_modifiers(modifier: str) -> None:  # unnamed_source_modifiers.txt
    assert speech._UNNAMED_SOURCE_RE.search(f"the {modifier} statement said")


@pytest.mark.parametrize("noun", ["Organisers", "organisers", "Organizers", "organizers"])
@pytest.mark.parametrize("verb", ["said", "say", "added"])
def test_organiser_sources(noun: str, verb: str) -> None:  # organiser_nouns.txt, organiser_speech_verbs.txt
    assert speech._UNNAMED_SOURCE_RE.search(f"so {noun} {verb} ")


@pytest.mark.parametrize("particle", ["y", "e", "i", "de", "del", "da", "do", "dos", "van", "von", "der"])
def test_name_rest_particles(particle: str) -> None:  # name_rest_particles.txt
    assert speakers._NAME_REST_RE.match(f" {particle} Cruz, said")


@pytest.mark.parametrize("noun", ["opinion", "view", "words", "eyes"])
def test_stance_frame_nouns(noun: str) -> None:  # stance_frame_nouns.txt
    assert speakers._STANCE_RE.match(f"In the {noun} of ")


@pytest.mark.parametrize("style", ["Highness", "Excellency", "Majesty"])
def test_style_titles(style: str) -> None:  # style_titles.txt
    assert speakers._STYLE_RE.search(f"His {style} said")
    assert people.STYLED_BEFORE_RE.search(f"met Her {style} ")


@pytest.mark.parametrize("honorific", ["Sheikh", "Sheikha", "Dr", "Mr", "Mrs", "Ms", "Prince", "Princess", "Sayyid",
                                       "Dr.", "Mr.", "Mrs.", "Ms."])
def test_style_followers(honorific: str) -> None:  # style_followers.txt
    assert people.STYLED_BEFORE_RE.search(f"met His Highness {honorific} ")
    if not honorific.endswith("."):
        assert not speakers._STYLE_RE.search(f"His Highness {honorific} said")


@pytest.mark.parametrize("verb", ["welcomed", "welcomes", "greeted", "greets"])
def test_welcome_verbs(verb: str) -> None:  # welcome_verbs.txt
    assert speakers._WELCOME_RE.search(f"Lint {verb} the guests")


@pytest.mark.parametrize("noun", ["aimag", "province", "city", "region", "county", "state", "district"])
def test_place_of_nouns(noun: str) -> None:  # place_of_nouns.txt
    assert person_titles.organization_of(f"Governor of Alba {noun}") == f"Alba {noun}"


@pytest.mark.parametrize("word", ["Federal", "National", "Regional", "Provincial", "Municipal", "State"])
def test_level_adjectives(word: str) -> None:  # level_adjectives.txt
    assert person_titles.organization_of(f"Alba {word} Governor") == "Alba"


@pytest.mark.parametrize("noun", ["delegation", "visitors", "guests", "team", "mission"])
def test_affiliation_nouns(noun: str) -> None:  # affiliation_nouns.txt
    m = person_titles.AFFILIATION_RE.search(f"the {noun} from Alba")
    assert m and m.group("a") == "Alba"


@pytest.mark.parametrize("noun", ["province", "region", "county", "state", "city", "prefecture"])
def test_affiliation_area_nouns(noun: str) -> None:  # affiliation_area_nouns.txt
    assert person_titles.AFFILIATION_RE.search(f"the team from Alba {noun}").group("a") == f"Alba {noun}"
    assert person_titles.AFFILIATION_RE.search(f"the team from Alba {noun} of Borin").group("a") == "Borin"


@pytest.mark.parametrize("phrase", ["was received by", "were hosted by", "was welcomed by", "called on", "paid a call",
                                    "paid a visit", "paid a courtesy call", "paid a courtesy visit"])
def test_guest_verbs(phrase: str) -> None:  # guest_passive_verbs.txt, guest_phrases.txt
    assert people_lists.GUEST_VERBS_RE.search(f"Lint {phrase} Vale")


def test_area_heads() -> None:  # area_heads.txt
    assert mentions.AREA_HEADS == {
        "region": ("governor", "akim", "hokim", "president"), "province": ("governor", "akim", "hokim"),
        "oblast": ("governor", "akim", "hokim"), "state": ("governor", "premier"), "city": ("mayor", "akim", "hokim"),
        "municipality": ("mayor",), "district": ("mayor", "akim", "hokim", "governor"),
        "county": ("mayor", "governor")}


@pytest.mark.parametrize("word", ["CPC", "CCP", "Communist Party", "Party"])
def test_party_words(word: str) -> None:  # party_words.txt
    assert mentions.PARTY_RE.search(f"Secretary of the Alba {word} Committee")


@pytest.mark.parametrize("noun", ["city", "province", "region", "state", "country", "government"])
def test_side_of_nouns(noun: str) -> None:  # side_of_nouns.txt
    assert cuewords.names_a_side(f"The {noun} of Alba") == "Alba"


@pytest.mark.parametrize("line", ["Photo: Jane Roe", "Image: Alba Press", "Picture: Jane Roe", "Video: Alba TV",
                                  "Reporting by Jane Roe", "Editing by Jane Roe", "Writing by Jane Roe",
                                  "Additional reporting Jane Roe", "Reported by Jane Roe", "Written by Jane Roe",
                                  "Edited by Jane Roe", "Source: Alba Press", "Sources: Alba Press",
                                  "Editor: Jane Roe", "Reporter: Jane Roe", "Text by Jane Roe", "Story by Jane Roe",
                                  "Compiled by Jane Roe", "Translated by Jane Roe", "Credit: Jane Roe",
                                  "Credits: Jane Roe", "By Jane Roe",
                                  *(f"({w} by Jane Roe; with Sam Lee of the Alba Times)"
                                    for w in ("Reporting", "Editing", "Writing", "Additional", "Editor", "Photo",
                                              "Source"))])
def test_credit_prefixes(line: str) -> None:  # credit_prefixes.txt, credit_words.txt
    assert is_credit_line(line)


@pytest.mark.parametrize("level", ["provincial", "regional", "state", "city", "municipal", "national", "federal",
                                   "local"])
def test_government_levels(level: str) -> None:  # government_levels.txt
    assert re.fullmatch(actors.SIDE_RE, f"the {level} government")


@pytest.mark.parametrize("adverb", ["also", "further", "then"])
def test_speaking_adverbs(adverb: str) -> None:  # speaking_adverbs.txt
    assert speaker_sides.SPEAKING_RE.search(f"so Vale {adverb} said").group(1) == "Vale"


@pytest.mark.parametrize("adverb", ["also", "later", "then"])
def test_lone_speaker_adverbs(adverb: str) -> None:  # lone_speaker_adverbs.txt
    assert people.LONE_SPEAKER_RE.search(f"so Vale {adverb} told").group(1) == "Vale"


@pytest.mark.parametrize("word", ["provincial", "municipal"])
def test_chain_joiners(word: str) -> None:  # chain_joiners.txt
    assert person_titles.organization_of(f"Head of the Alba {word} Port Office") == f"Alba {word} Port Office"


@pytest.mark.parametrize("body", ["Bank of Alba", "Alba and Borin Council", "Fund for Alba",
                                  "Office of the Alba Council", "Banco de Alba"])
def test_chain_joiners_of_names(body: str) -> None:  # chain_joiners.txt: of, and, for, the, de
    assert person_titles._chains(body) == [body.split()]


@pytest.mark.parametrize("head", ["Secretary", "Director"])
def test_general_title_heads(head: str) -> None:  # general_title_heads.txt: 'Director General' is no director
    assert person_titles.roles_of(f"{head} General of Alba Ports") == set()


@pytest.mark.parametrize("verb", ["led", "headed"])
def test_leader_verbs(verb: str) -> None:  # leader_verbs.txt
    assert person_titles.LED_BY_RE.search(f"from Alba, {verb} by Lint")


def test_role_heads_before_general_and_after_party() -> None:  # general_role_heads.txt, party_heads.txt
    head = ("Alba and Borin discuss cooperation\n\n"
            "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n")
    lines = {"consul": "Lint met Consul General Ana Roe of Borin. The consul general said the port would grow.",
             "chief": "Lint met Ana Roe, secretary of the CPC Alba Committee. The Party chief said the port "
                      "would grow.",
             "secretary": "Lint met Li Wei, secretary of the Borin Trade Board. The secretary general said the port "
                          "would grow.",
             "party secretary": "Lint met Ana Roe, secretary of the CPC Alba Committee, and Li Wei, secretary of the "
                                "Borin Trade Board. The Party secretary said the port would grow."}
    for what, line in lines.items():
        b = extract(head + line + "\n", published="2025-03-05")
        expected = "Li Wei" if what == "secretary" else "Ana Roe"  # 'the secretary general': the role and 'general'
        assert [s.speaker for s in b.statements if s.text.startswith("The ")] == [expected], what
