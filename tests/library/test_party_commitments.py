"""A party's commitments are one set everywhere: its page, `briefing person`, its profile sheet, the party filter."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from briefing.core import Briefing, Commitment, Participant
from briefing.library import Library
from briefing.library.people_export import party_sheet
from briefing.library.people_pages import PartyPage


def event(sample: Briefing, title: str, parties: list[str], people: list[Participant],
          actors: list[str]) -> Briefing:
    """The sample's text under another title, with these parties, participants and commitments' actors."""
    briefing = copy.deepcopy(sample)
    briefing.id, briefing.title, briefing.parties, briefing.participants = None, title, parties, people
    briefing.statements = []
    briefing.commitments = [Commitment(actor=actor, text=f"{actor} will act ({title}, {number}).")
                            for number, actor in enumerate(actors)]
    briefing.source.text = f"{briefing.source.text} ({title})"
    return briefing


@pytest.fixture
def made_up(tmp_path: Path, sample: Briefing) -> Library:
    """Jilin named on one event (beside Città di Modena), present through a participant's organisation on a
    second, absent from a third; each event's commitments by several sides."""
    library = Library.open(tmp_path / "made-up.sqlite", claim=False)
    library.save(event(sample, "Harbour talks", ["Città di Modena", "Jilin province"],
                       [Participant("Lia Conti", organization="Città di Modena", country="Italy")],
                       ["Città di Modena", "both sides", "Jilin province", "Lia Conti"]))
    library.save(event(sample, "Rail forum", ["Bavaria"],
                       [Participant("Wen Bo", organization="Jilin Provincial Government", country="China")],
                       ["Bavaria", "Wen Bo", "the two sides"]))
    library.save(event(sample, "Ontario visit", ["Ontario"], [], ["Ontario"]))
    yield library
    library.close()


@pytest.fixture
def seeded(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "sample.sqlite", claim=False, seed_sample=True)
    yield library
    library.close()


def filtered(library: Library, party: str) -> set[int]:
    return {row.id for row in library.commitments(party=party, limit=10_000)}


def counted(output: str) -> int:
    found = re.search(r"^(\d+) commitments?(?: at its events)?\b", output, re.M)
    assert found, f"no count of commitments in: {output!r}"
    return int(found.group(1))


def agree(library: Library, name: str, party: str, tmp_path: Path) -> set[int]:
    """The commitments of `name`'s party page, checked against every other place that shows them."""
    page = library.page(name)
    assert isinstance(page, PartyPage)
    shown = {c.commitment_id for c in page.commitments}
    assert shown == filtered(library, party)
    db = str(library.path)
    assert {c.briefing_id for c in page.commitments} <= {e.briefing_id for e in page.encounters}
    person = CliRunner().invoke(cli, ["person", name, "--db", db])
    listed = CliRunner().invoke(cli, ["commitments", "--party", party, "--limit", "1000", "--db", db])
    assert person.exit_code == 0 and listed.exit_code == 0, person.output + listed.output
    assert counted(person.output) == len(shown) == int(listed.output.split()[-2])
    said = f"{len(shown)} commitment{'s' if len(shown) != 1 else ''} at its events, "
    assert dict(party_sheet(page).facts)["Commitments"].startswith(said)
    pdf = library.export_profile(name, tmp_path / "sheet.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert said in " ".join(text.split())
    return shown


def test_the_sample_party_page_lists_every_commitment_of_its_event(seeded: Library, tmp_path: Path) -> None:
    shown = agree(seeded, "Jilin", "Jilin", tmp_path)
    assert len(shown) == 7  # five of both sides, Italy's and Emilia-Romagna's
    page = seeded.page("Jilin")
    assert {c.actor for c in page.commitments} == {"both sides", "Italy", "Emilia-Romagna"}
    shown_by_cli = CliRunner().invoke(cli, ["person", "Jilin", "--db", str(seeded.path)]).output
    assert "7 commitments at its events, 7 open:" in shown_by_cli
    assert "not rated: Italy: He said that the country" in shown_by_cli  # each line says who made it


def test_a_made_up_library_agrees_in_every_place(made_up: Library, tmp_path: Path) -> None:
    jilin = agree(made_up, "Jilin", "Jilin", tmp_path)
    assert len(jilin) == 4 + 3  # named on Harbour talks; its official at the Rail forum; not in Ontario
    # 'province' starts no word of 'Jilin Provincial Government': the Rail forum is not Jilin province's
    assert len(agree(made_up, "party:Jilin province", "Jilin province", tmp_path)) == 4
    modena = agree(made_up, "party:citta", "citta", tmp_path)  # accents and case folded as the filter folds them
    assert len(modena) == 4
    assert len(agree(made_up, "Ontario", "Ontario", tmp_path)) == 1
