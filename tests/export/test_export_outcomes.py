"""Outcomes on paper name their person: 'He said that the country will …' prints as '<Name> said that <Country>
will …' in the Outcomes of the PDF and Markdown, while the commitments table and the source keep the words.

Every sentence here is invented for these tests (made-up people and towns)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.core.outcomes import countries, outcome_text, readable_outcome
from briefing.export import markdown_text, render_pdf

SAID = "He said that the country will open a ferry desk in Vellmo next spring."
HOPED = "They hoped for more ferries."
SOURCE = f"Mayors of Karsbrook and Vellmo met on Monday.\n\nDag Rune thanked the hosts. {SAID} {HOPED}"


def _briefing() -> Briefing:
    said, hoped = SOURCE.index(SAID), SOURCE.index(HOPED)
    return Briefing(
        title="Karsbrook and Vellmo mayors meet", parties=["Karsbrook", "Vellmo"],
        participants=[Participant(name="Dag Rune", title="mayor of Vellmo", country="Norway", attended=True)],
        statements=[Statement(speaker="Dag Rune", text=SAID, start=said, end=said + len(SAID))],
        commitments=[Commitment(actor="Vellmo", text=SAID, firmness="firm", start=said, end=said + len(SAID)),
                     Commitment(actor="both sides", text=HOPED, firmness="firm", start=hoped,
                                end=hoped + len(HOPED))],
        source=Source(text=SOURCE),
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_outcomes_in_the_pdf_name_the_speaker_and_the_source_keeps_its_words() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(_briefing())))
    text = _normal(" ".join(page.extract_text() for page in reader.pages))
    outcomes = text[text.index("Outcomes"):text.index("Participants")]
    assert "Vellmo: Dag Rune said that Norway will open a ferry desk in Vellmo next spring." in outcomes
    assert "Both sides: They hoped for more ferries." in outcomes  # nobody to name: the words as they are
    rest = text[text.index("Participants"):]
    assert SAID in rest  # the statements, the commitments table and the source text keep the sentence


def test_outcomes_in_markdown_name_the_speaker() -> None:
    text = markdown_text([_briefing()])
    assert "- **Vellmo:** Dag Rune said that Norway will open a ferry desk in Vellmo next spring." in text
    assert SAID in text


def test_outcome_text_falls_back_to_the_sentence() -> None:
    briefing = _briefing()
    said, hoped = briefing.commitments
    assert readable_outcome(briefing, hoped) is None
    assert outcome_text(briefing, hoped) == HOPED
    briefing.participants[0].country = None
    assert outcome_text(briefing, said) == (
        "Dag Rune said that the country will open a ferry desk in Vellmo next spring.")


def test_countries_know_adjectives() -> None:
    assert countries()["Italian"] == "Italy" and countries()["Norway"] == "Norway"
