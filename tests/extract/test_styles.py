"""House styles the dev set lacks: each test is one general rule, on sentences written for the test."""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name, pledge, said


def test_quote_split_around_the_attribution_keeps_its_commitment() -> None:
    b = extract('Ports meet\n\nGovernor Hana Lindgren of Vasterholm met the visitors on Friday.\n\n'
                '"We are ready," Lindgren said, "to open a trade office in the port next year."')
    assert said(b, '"We are ready,"') == "Hana Lindgren"
    assert pledge(b, '"We are ready,"')[1] == "firm"


def test_press_release_quote_blocks() -> None:
    text = ("Region signs skills pact\n\nThe regional government today signed a skills pact with Kestrel Bay.\n\n"
            "Skills Minister Aled Probert-Jones said:\n\n"
            '"This pact gives our apprentices a head start. The region will fund forty places a year."\n\n'
            "Quotes attributable to Harbour Commissioner Ines Varga\n\n"
            '"Our port needs welders more than it needs speeches."')
    b = extract(text)
    assert not any(s.text.endswith("said:") for s in b.statements)
    assert not any(s.text.startswith("Quotes attributable") for s in b.statements)
    assert said(b, '"This pact') == "Aled Probert-Jones"
    assert said(b, '"Our port') == "Ines Varga"
    assert pledge(b, "The region will fund")[1] == "firm"
    assert b.event_kind == "signing ceremony"


def test_names_with_particles_nicknames_and_places_in_titles() -> None:
    text = ("Talks in Tarrow\n\nMayor Ramon \u201cBoyet\u201d Salcedo of Tarrow met Seán Ó Muircheartaigh, "
            "chair of the Western Ports Board, and Laia Ferrer i Soler, minister of ports of the Estrela region, "
            "on Tuesday. Consul General in Tarrow Pieter van der Wal also attended.\n\n"
            "Ó Muircheartaigh said the board would publish new tariffs. Ferrer i Soler thanked the mayor.")
    people = people_by_name(extract(text))
    assert {"Ramon Salcedo", "Seán Ó Muircheartaigh", "Laia Ferrer i Soler", "Pieter van der Wal"} <= set(people)
    assert people["Pieter van der Wal"].attended


def test_lower_case_title_before_a_name_and_a_title_word_used_as_a_verb() -> None:
    text = ("Cities meet\n\nA message from the minister was read out by the agency's chief officer for trade, "
            "Lena Ortiz.\n\nThe city will host Baltic engineering students from next year.")
    people = people_by_name(extract(text))
    assert "Lena Ortiz" in people and people["Lena Ortiz"].attended
    assert not any(name.startswith("Baltic") for name in people)


def test_two_mayors_told_apart_by_place_and_a_shared_surname_by_recency() -> None:
    text = ("Mayors meet\n\nThe Mayor of Corran, Elin Park, and the Mayor of Dunmere, Tomasz Wrona, met on Monday.\n\n"
            '"Our rivers join here," the mayor of Dunmere said.\n\n'
            '"The bridge comes first," Park told reporters.\n\n'
            "Park Ji-ho, head of the Corran water board, said the board would test the river monthly.")
    b = extract(text)
    assert said(b, '"Our rivers') == "Tomasz Wrona"
    assert said(b, '"The bridge') == "Elin Park"
    assert said(b, "Park Ji-ho") == "Park Ji-ho"


def test_commitment_cues_beyond_will() -> None:
    text = ("Chamber meets delegation\n\nThe chamber's director, Omar Haddad, received the delegation today.\n\n"
            "Haddad affirmed the chamber's readiness to help investors open offices.\n\n"
            "It was agreed that a joint working group will be formed.\n\n"
            "Haddad also described the new ring road, which he said would cut travel times in half.\n\n"
            "He invited the guests to attend the spring fair.")
    b = extract(text)
    assert pledge(b, "Haddad affirmed")[1] == "firm"
    assert pledge(b, "It was agreed") == ("both sides", "firm")
    assert pledge(b, "Haddad also described") is None
    assert pledge(b, "He invited the guests") is None
    assert said(b, "He invited the guests") == "Omar Haddad"


def test_people_only_mentioned_with_greetings_or_a_message() -> None:
    text = ("Twinning renewed\n\nDeputy Mayor Arvo Kask conveyed the greetings of Mayor Liis Tamm, who could not "
            "travel, at the ceremony on Friday.\n\nA message from Minister Jaan Oja was read out by the council's "
            "protocol officer, Mari Saar. In the message, Oja said the ministry will support the twinning.")
    people = people_by_name(extract(text))
    assert not people["Liis Tamm"].attended and not people["Liis Tamm"].spoke
    assert not people["Jaan Oja"].attended and people["Jaan Oja"].spoke
    assert people["Mari Saar"].attended and not people["Mari Saar"].spoke
