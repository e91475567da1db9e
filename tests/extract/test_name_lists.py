"""Names in attendee lists and presence lines (resources/lexicon/en/list_openers.txt, presence_after.txt, ...)."""

from __future__ import annotations

from briefing.extract import extract

from .lookup import people_by_name

HEAD = ("Alba and Borin discuss cooperation\n\n"
        "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n")


def people(line: str) -> dict[str, object]:
    return people_by_name(extract(HEAD + line + "\n", published="2025-03-05"))


def test_a_list_opened_by_included() -> None:
    found = people("The delegation included Tomas Wirt, Ilse Marow and Pekka Sandell.")
    assert {"Tomas Wirt", "Ilse Marow", "Pekka Sandell"} <= set(found)
    assert all(found[n].attended for n in ("Tomas Wirt", "Ilse Marow", "Pekka Sandell"))


def test_names_after_a_plural_title() -> None:
    found = people("Provincial leaders Ruth Kessel and Aran Dovey attended the meeting.")
    assert {"Ruth Kessel", "Aran Dovey"} <= set(found)


def test_a_name_with_a_presence_line() -> None:
    found = people("Nilo Farre was present at the meeting.")
    assert "Nilo Farre" in found and found["Nilo Farre"].attended


def test_a_name_after_a_title_and_comma_before_a_place() -> None:
    found = people("Lint also met the Minister for Police, Dario Spenk in Borin.")
    assert "Dario Spenk" in found


def test_witnesses_attend_even_when_former() -> None:
    """'witnessed by A, former deputy minister': the witnesses were there (README D9)."""
    found = people("The signing was witnessed by Ambassador Kira Lund and Felix Amar, former deputy minister.")
    assert found["Kira Lund"].attended and found["Felix Amar"].attended
