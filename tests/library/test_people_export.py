"""The profile sheet as the library fills it from a person's or party's page: order, counts, dates."""

from __future__ import annotations

from briefing.library.people_export import party_sheet, person_sheet
from briefing.library.people_pages import Encounter, PartyPage, PersonPage, PersonRow, Promised, Said, TitleSpan


def _person(statements: list[Said], commitments: list[Promised], titles: list[TitleSpan]) -> PersonPage:
    row = PersonRow(7, "Ada Vell", "Mayor", None, "Portolano", 2, "2024-01-05", "2024-03-09")
    encounters = [Encounter(1, "Harbour talks", "2024-01-05", "meeting", "Ada Vell", "Mayor"),
                  Encounter(2, "Rail forum", "2024-03-09", "forum", "Ada Vell", "Mayor")]
    return PersonPage(row, ["Ada Vell"], titles, encounters, statements, commitments, ["Portolano"])


def _promise(number: int, briefing_id: int, position: int, status: str = "not_rated") -> Promised:
    return Promised(number, briefing_id, "2024-01-05" if briefing_id == 1 else "2024-03-09", position, "Ada Vell",
                    f"Pledge {number}.", "firm", status, None, None)


def test_statements_of_one_event_keep_their_order_newest_event_first() -> None:
    said = [Said(1, "2024-01-05", 0, "Ada Vell", "First at the harbour.", "direct"),
            Said(1, "2024-01-05", 1, "Ada Vell", "Second at the harbour.", "direct"),
            Said(2, "2024-03-09", 0, "Ada Vell", "First at the forum.", "direct"),
            Said(2, "2024-03-09", 3, "Ada Vell", "Second at the forum.", "direct")]
    sheet = person_sheet(_person(said, [_promise(1, 1, 0), _promise(2, 1, 1), _promise(3, 2, 0)], []))
    assert [row.text for row in sheet.statements] == ["First at the forum.", "Second at the forum.",
                                                      "First at the harbour.", "Second at the harbour."]
    assert [row.text.split(" (")[0] for row in sheet.commitments] == ["Ada Vell: Pledge 3.", "Ada Vell: Pledge 1.",
                                                                       "Ada Vell: Pledge 2."]
    assert [row.text for row in sheet.open_commitments] == ["Ada Vell: Pledge 3.", "Ada Vell: Pledge 1.",
                                                            "Ada Vell: Pledge 2."]


def test_commitments_are_counted_in_words() -> None:
    def counted(commitments: list[Promised]) -> str:
        return dict(person_sheet(_person([], commitments, [])).facts)["Commitments"]
    assert counted([]) == "No commitments recorded"
    assert counted([_promise(1, 1, 0)]) == "1 commitment, 1 open"
    assert counted([_promise(1, 1, 0), _promise(2, 1, 1, "delivered"), _promise(3, 2, 0, "dropped")]) \
        == "3 commitments, 1 open"
    assert counted([_promise(1, 1, 0, "delivered")]) == "1 commitment, none open"
    party = PartyPage("Portolano", [], [], [])
    assert dict(party_sheet(party).facts)["Commitments"] == "No commitments recorded at its events"


def test_titles_over_time_say_when_a_date_is_unknown() -> None:
    titles = [TitleSpan("Mayor", None, None), TitleSpan("Deputy Mayor", "2020-02-01", "2020-02-01"),
              TitleSpan("Councillor", "2018-01-01", "2019-05-01"), TitleSpan("Envoy", "2021-01-01", None)]
    text = dict(person_sheet(_person([], [], titles)).facts)["Titles over time"]
    assert "?" not in text
    assert text == ("Mayor (date unknown); Deputy Mayor (2020-02-01); Councillor (2018-01-01 to 2019-05-01); "
                    "Envoy (2021-01-01)")
