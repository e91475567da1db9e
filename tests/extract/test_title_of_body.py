"""Rule 'title, name, of X': 'Mayor Ada Vell of Portolano' gives the person the title's body or place."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.appositives import body_after_name
from briefing.extract.sentences import Sentence, tokenize
from briefing.extract.titles import scan_title

from .lookup import people_by_name, pledge

DAY = "2026-03-05"


def _body(line: str, name: str) -> tuple[str, bool] | None:
    """X after `name` in `line` by the rule, with whether it is a proper name (title as the rules find it)."""
    tokens = Sentence(0, len(line), 0, 0, line, tokens=tokenize(line)).tokens
    start = next(k for k, t in enumerate(tokens) if t.start == line.index(name))
    end = next(k for k, t in enumerate(tokens) if t.end == line.index(name) + len(name)) + 1
    title = scan_title(tokens, start, set())
    assert title is not None
    found = body_after_name(tokens, title, start, end)
    return None if found is None else (found[1], found[2])


@pytest.mark.parametrize(("line", "name", "body"), [
    ("Mayor Ada Vell of Portolano met him.", "Ada Vell", ("Portolano", True)),
    ("Governor Bram Osk of Nordhavn province spoke.", "Bram Osk", ("Nordhavn province", True)),
    ("Minister Li Wei of the Commerce Ministry spoke.", "Li Wei", ("the Commerce Ministry", True)),
    ("Deputy Minister Li Wei of the Ministry of Trade and Industry spoke.", "Li Wei",
     ("the Ministry of Trade and Industry", True)),
    ("Governor Bram Osk of the opposition party spoke.", "Bram Osk", ("the opposition party", False)),
    ("Governor Bram Osk of the Nordhavn People's Government spoke.", "Bram Osk",
     ("the Nordhavn People's Government", True)),
])
def test_the_body_after_the_name(line: str, name: str, body: tuple[str, bool]) -> None:
    assert _body(line, name) == body


@pytest.mark.parametrize(("line", "name"), [
    ("Dr Ada Vell of Portolano spoke.", "Ada Vell"),  # an honorific is no office of a body
    ("He reminded Mayor Ada Vell of Portolano's pledge.", "Ada Vell"),  # the verb's 'of'
    ("Mayor Ada Vell of Nordhavn's ferry board spoke.", "Ada Vell"),  # another body's possessor
    ("Mayor Ada Vell of the old days spoke.", "Ada Vell"),  # no body noun
    ("Mayor of Portolano Ada Vell of Nordhavn spoke.", "Ada Vell"),  # the title has its body already
    ("Mayor Ada Vell of Portolano and Governor Bram Osk met.", "Ada Vell"),  # fine: only 'Portolano'
])
def test_no_body_or_only_the_name(line: str, name: str) -> None:
    found = _body(line, name)
    assert found is None or found == ("Portolano", True)


def test_of_and_a_second_titled_name_is_not_the_body() -> None:
    assert _body("Mayor Tom Lee of Harbour City and Governor Bram Osk met.", "Tom Lee") == ("Harbour City", True)


def test_a_regional_body_named_after_the_place_is_left_alone() -> None:
    assert _body("Mayor Ada Vell of the Portolano regional council spoke.", "Ada Vell") is None


FERRY = ("PORTOLANO, 3 March 2026 — Mayor Ada Vell of Portolano met Governor Bram Osk of Nordhavn on Tuesday.\n\n"
         "\u201cWe will open a ferry line between our towns next spring,\u201d Ada Vell said.\n\n"
         "Bram Osk said that Nordhavn hoped to send a trade mission in the autumn.\n")


def test_the_title_body_is_the_organisation_and_a_side() -> None:
    draft = extract(FERRY, published=DAY)
    people = people_by_name(draft)
    assert people["Ada Vell"].organization == "Portolano" and people["Ada Vell"].title == "Mayor of Portolano"
    assert people["Bram Osk"].organization == "Nordhavn"
    assert draft.parties == ["Portolano", "Nordhavn"]


def test_we_is_the_speakers_side_from_the_title_body() -> None:
    assert pledge(extract(FERRY, published=DAY), "\u201cWe will open") == ("Portolano", "firm")


def _person(line: str, name: str):  # noqa: ANN202
    draft = extract("PORTOLANO, 3 March 2026 — " + line + "\n", published=DAY)
    return draft, people_by_name(draft)[name]


def test_a_country_body_is_the_country() -> None:
    draft, ruiz = _person("President Ana Ruiz of Chile met Mayor Tom Lee of Harbour City on Monday.", "Ana Ruiz")
    assert ruiz.organization is None and ruiz.country == "Chile" and ruiz.title == "President of Chile"
    assert people_by_name(draft)["Tom Lee"].organization == "Harbour City"


def test_a_university_is_the_organisation() -> None:
    _, bell = _person("Professor Ann Bell of Leeds University met Mayor Ada Vell on Monday.", "Ann Bell")
    assert bell.organization == "Leeds University"


def test_a_ministry_is_the_organisation() -> None:
    _, li = _person("Minister Li Wei of the Commerce Ministry met Mayor Ada Vell on Monday.", "Li Wei")
    assert li.organization == "Commerce Ministry" and li.title == "Minister of the Commerce Ministry"


def test_the_title_before_the_name_keeps_its_place() -> None:
    _, vell = _person("The Mayor of Portolano Ada Vell met Governor Bram Osk on Monday.", "Ada Vell")
    assert vell.organization == "Portolano"


def test_a_common_noun_body_is_the_organisation_but_no_side() -> None:
    draft, osk = _person("Mayor Ada Vell of Portolano met Governor Bram Osk of the opposition party on Monday.",
                         "Bram Osk")
    assert osk.organization == "opposition party"
    assert draft.parties == ["Portolano"]


def test_of_state_is_part_of_the_title() -> None:
    draft, kim = _person("Secretary Ann Kim of State met Mayor Ada Vell of Portolano on Monday.", "Ann Kim")
    assert kim.title == "Secretary of State" and kim.organization is None
    assert draft.parties == ["Portolano"]


def test_a_portfolio_is_part_of_the_title() -> None:
    _, li = _person("Minister Li Wei of Foreign Affairs met Mayor Ada Vell on Monday.", "Li Wei")
    assert li.title == "Minister of Foreign Affairs" and li.organization is None


def test_an_honorific_gives_no_body() -> None:
    _, bell = _person("Dr Ann Bell of Leeds University met Mayor Ada Vell of Portolano on Monday.", "Ann Bell")
    assert bell.organization is None
