"""The flowables of one briefing: title block, facts, summary, outcomes, people, statements, commitments."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, HRFlowable, Table

from briefing.core.dates import long_date
from briefing.core.model import Briefing, Commitment, Statement
from briefing.core.outcomes import outcome_text
from briefing.core.review import topic_tags
from briefing.export.common import (
    SourceIndex,
    event_date_fact,
    firm_commitments,
    firmness_label,
    one_line,
    participant_line,
    speeches_by_speaker,
    status_label,
)
from briefing.export.pdf_canvas import AnchoredParagraph, Paragraph, RuledParagraph
from briefing.export.pdf_flow import keep_with_next
from briefing.export.pdf_fonts import FontChooser
from briefing.export.pdf_runs import Run, runs_paragraph
from briefing.export.pdf_styles import (
    ACCENT,
    Styles,
)
from briefing.export.pdf_tables import Cell, facts_table, grid_table

_URL = re.compile(r"^https?://[^\s\"'<>]+$")
OUTCOMES_LIMIT = 6
PARTICIPANT_SHARES = {"Name": 0.2, "Title": 0.33, "Organization": 0.23, "Country": 0.11, "Attendance": 0.13}
"""The participants table's columns and their shares of the width, in order."""
PARTICIPANT_FACTS = (("Title", "title"), ("Organization", "organization"), ("Country", "country"))
"""The columns left out when no participant has a value in them."""


class DirectSpeech(RuledParagraph):
    """A speech quoted directly: the rule in the accent colour (its sentences are set in italics)."""

    rule_color = ACCENT


@dataclass
class Section:
    """What the section builders share for one briefing."""

    briefing: Briefing
    fonts: FontChooser
    styles: Styles
    width: float
    key: str
    source: SourceIndex
    in_book: bool = False
    row_limit: float = 280.0
    """The tallest a table row may grow before its long cells continue in a further row."""

    def text(self, value: str | None, bold: bool = False) -> str:
        """User text, escaped and font-switched, on one line."""
        return self.fonts.markup(one_line(value), bold)

    def para(self, value: str | None, style_name: str, bold: bool = False) -> Paragraph:
        style = getattr(self.styles, style_name)
        return Paragraph(self.text(value, bold), style)

    def cite(self, items: Sequence[Statement | Commitment]) -> list[Run]:
        """The runs citing the source paragraphs of `items`: a no-break space (the citation never starts
        a line of its own) and the paragraph numbers; none when they cannot be placed."""
        found = self.source.cite(items)
        return [("", "\u00a0"), ("cite", found)] if found else []

    def runs(self, runs: list[Run], style_name: str, cls: type[Paragraph] = Paragraph,
             bullet: str | None = None) -> Paragraph:
        return runs_paragraph(runs, getattr(self.styles, style_name), self.fonts, cls, bulletText=bullet)

    def section(self, label: str, slug: str, body: list[Flowable], keep: int = 0) -> list[Flowable]:
        """A section: its heading (with the first `keep` flowables of `body`) never ends a page; it goes
        where the next flowable starts (a table's header and first row, a paragraph's first lines)."""
        heading = AnchoredParagraph(escape(label), self.styles.heading).configure(f"{self.key}-{slug}", label,
                                                                                   level=1)
        return keep_with_next([heading, *body[:keep]], body[keep:])

    def actor(self, value: str) -> str:
        """The actor's name on one line, beginning with a capital."""
        text = one_line(value)
        return text[:1].upper() + text[1:]

    def table(self, rows: list[list[Cell]], fractions: list[float]) -> Table:
        return grid_table(rows, [self.width * f for f in fractions], self.row_limit)

    def facts(self, rows: list[list[Cell]]) -> Table:
        return facts_table(rows, [64, self.width - 64], self.row_limit)


def title_block(s: Section) -> list[Flowable]:
    b = s.briefing
    kicker = "BRIEFING" + (f"  \u00b7  {one_line(b.event_kind).upper()}" if b.event_kind else "")
    title = AnchoredParagraph(s.text(b.title, bold=True), s.styles.title).configure(
        s.key, one_line(b.title), level=0, closed=s.in_book, running_title=one_line(b.title), opening=True,
        draft=b.is_draft)
    flow: list[Flowable] = [
        Paragraph(s.fonts.markup(kicker, bold=True), s.styles.kicker),
        title,
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4, spaceAfter=8),
    ]
    facts: list[tuple[str, str]] = [
        ("Date", event_date_fact(b)),
        ("Kind", one_line(b.event_kind).capitalize()),
        ("Places", "  \u00b7  ".join(one_line(p) for p in b.places if p.strip())),
        ("Parties", "  \u00b7  ".join(one_line(p) for p in b.parties if p.strip())),
        ("Topics", "  \u00b7  ".join(one_line(t) for t in topic_tags(b.tags))),
    ]
    rows = [[Paragraph(label.upper(), s.styles.fact_label),
             Paragraph(s.fonts.markup(value), s.styles.fact_value)] for label, value in facts if value]
    if rows:
        flow.append(s.facts(rows))
    return flow


def summary(s: Section) -> list[Flowable]:
    text = (s.briefing.summary or "").strip()
    if not text:
        return []
    parts = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return s.section("Summary", "summary", [s.para(p, "body") for p in parts])


def outcomes(s: Section) -> list[Flowable]:
    firm = firm_commitments(s.briefing)
    if not firm:
        return []
    flow: list[Flowable] = []
    for commitment in firm[:OUTCOMES_LIMIT]:
        runs = [("b", s.actor(commitment.actor) + ":"), ("", " " + one_line(outcome_text(s.briefing, commitment))),
                *s.cite([commitment])]
        flow.append(s.runs(runs, "outcome", bullet="\u2022"))
    if len(firm) > OUTCOMES_LIMIT:
        more = len(firm) - OUTCOMES_LIMIT
        flow.append(Paragraph(f"and {more} more firm commitment{'s' if more > 1 else ''}: see Commitments.",
                              s.styles.note))
    return s.section("Outcomes", "outcomes", flow)


def participants(s: Section) -> list[Flowable]:
    people = s.briefing.participants
    if not people:
        return s.section("Participants", "participants", [s.para("None recorded.", "note")])
    st = s.styles
    # a column no participant has a value in is left out; its width goes to the name and title
    shown = [(head, field) for head, field in PARTICIPANT_FACTS
             if any(one_line(getattr(person, field)) for person in people)]
    shares = dict(PARTICIPANT_SHARES)
    spare = sum(shares.pop(head) for head, field in PARTICIPANT_FACTS if (head, field) not in shown)
    wide = [head for head in ("Name", "Title") if head in shares]
    for head in wide:
        shares[head] += spare * PARTICIPANT_SHARES[head] / sum(PARTICIPANT_SHARES[w] for w in wide)
    rows: list[list[Cell]] = [[Paragraph(h, st.cell_head) for h in shares]]
    for person in people:
        name: list[Flowable] = [s.para(person.name, "cell_bold", bold=True)]
        aliases = [one_line(a) for a in person.aliases if a.strip()]
        if aliases:
            name.append(Paragraph("also " + s.fonts.markup(", ".join(aliases)), st.note))
        rows.append([name, *(s.para(getattr(person, field), "cell") for _, field in shown),
                     Paragraph("Attended" if person.attended else "Mentioned only", st.cell)])
    return s.section("Participants", "participants", [s.table(rows, list(shares.values()))])


def statements(s: Section) -> list[Flowable]:
    grouped = speeches_by_speaker(s.briefing)
    if not grouped:
        return s.section("Statements", "statements", [s.para("None recorded.", "note")])
    flow: list[Flowable] = []
    if any(st.kind == "direct" for st in s.briefing.statements):
        flow.append(Paragraph("Direct quotations are set in italics; other statements are reported speech. "
                              "\u00b6 numbers refer to the source text.", s.styles.note))
    else:
        flow.append(Paragraph("All statements are reported speech. \u00b6 numbers refer to the source text.",
                              s.styles.note))
    for speaker, speeches in grouped:
        names: list[Flowable] = [s.para(speaker, "speaker", bold=True)]
        role = participant_line(s.briefing, speaker)
        if role:
            names.append(s.para(role, "speaker_role"))
        said: list[Flowable] = []
        for speech in speeches:
            runs: list[Run] = []
            for number, statement in enumerate(speech.statements):  # direct quotations in italics
                runs += [("", " ")] if number else []
                runs.append(("i" if statement.kind == "direct" else "", one_line(statement.text)))
            kind = DirectSpeech if any(st.kind == "direct" for st in speech.statements) else RuledParagraph
            said.append(s.runs([*runs, *s.cite(speech.statements)], "speech", kind))
        flow.extend(keep_with_next(names, said))  # a speaker's name stays with their first words
    return s.section("Statements", "statements", flow, keep=1)


def _firmness_cell(s: Section, commitment: Commitment) -> Paragraph:
    """The firmness label: firm in bold green, a hope muted (by style, not markup: a table can then
    draw the one-line label as a string)."""
    style = {"firm": s.styles.cell_firm, "hope": s.styles.cell_hope}.get(commitment.firmness or "", s.styles.cell)
    return Paragraph(escape(firmness_label(commitment.firmness)), style)


def commitments(s: Section) -> list[Flowable]:
    items = s.briefing.commitments
    if not items:
        return s.section("Commitments", "commitments", [s.para("None recorded.", "note")])
    st = s.styles
    rows: list[list[Cell]] = [[Paragraph(h, st.cell_head) for h in
                                 ("#", "Actor", "Commitment", "Firmness", "Status", "Due")]]
    for number, commitment in enumerate(items, start=1):
        text: list[Flowable] = [s.runs([("", one_line(commitment.text)), *s.cite([commitment])], "cell")]
        if commitment.notes and commitment.notes.strip():
            text.append(Paragraph("<i>Note:</i> " + s.text(commitment.notes), st.note))
        rows.append([
            Paragraph(str(number), st.cell_number),
            Paragraph(s.fonts.markup(s.actor(commitment.actor), bold=True), st.cell_bold),
            text,
            _firmness_cell(s, commitment),
            Paragraph(escape(status_label(commitment.status)), st.cell),
            Paragraph(escape(commitment.due_label() or "\u2014"), st.cell),
        ])
    return s.section("Commitments", "commitments", [s.table(rows, [0.04, 0.18, 0.43, 0.1, 0.125, 0.125])])


def source(s: Section) -> list[Flowable]:
    src = s.briefing.source
    facts: list[tuple[str, str]] = []
    if src.outlet and src.outlet.strip():
        facts.append(("Outlet", s.text(src.outlet)))
    if src.url and src.url.strip():
        url = one_line(src.url)
        shown = s.fonts.markup(url)
        if _URL.match(url):
            shown = f'<a href="{escape(url, {chr(34): "&quot;"})}" color="#{ACCENT.hexval()[2:]}">{shown}</a>'
        facts.append(("URL", shown))
    if src.published:
        facts.append(("Published", escape(long_date(src.published))))
    if src.credit and src.credit.strip():
        facts.append(("Credit", s.text(src.credit)))
    if not facts:
        return []
    rows = [[Paragraph(label.upper(), s.styles.fact_label), Paragraph(value, s.styles.fact_value)]
            for label, value in facts]
    return s.section("Source", "source", [s.facts(rows)])


def source_text(s: Section) -> list[Flowable]:
    paragraphs = s.source.paragraphs()
    if not paragraphs:
        return []
    flow: list[Flowable] = [
        Paragraph("The original article, verbatim. Paragraph numbers (\u00b6) are the ones cited above.",
                  s.styles.note),
    ]
    for number, text in enumerate(paragraphs, start=1):
        flow.append(Paragraph(s.fonts.markup(text), s.styles.source_text, bulletText=f"\u00b6{number}"))
    return s.section("Source text", "source-text", flow, keep=1)


SECTIONS = (title_block, summary, outcomes, participants, statements, commitments, source, source_text)


def briefing_flowables(briefing: Briefing, fonts: FontChooser, styles: Styles, width: float,
                       height: float, key: str, in_book: bool = False) -> list[Flowable]:
    """Every flowable of one briefing, in reading order, for a frame of `width` x `height` points;
    `key` prefixes its bookmarks."""
    section = Section(briefing, fonts, styles, width, key, SourceIndex(briefing.source.text), in_book,
                      row_limit=height * 0.4)
    flow: list[Flowable] = []
    for build in SECTIONS:
        flow.extend(build(section))
    return flow
