"""Commitment cues kept as data (resources/lexicon/en/commitment_*.txt and friends): one invented line per rule."""

from __future__ import annotations

import pytest

from briefing.extract import extract

from .lookup import pledge

LEAD = ("Alba and Borin discuss cooperation\n\n"
        "Governor Mara Lint of Alba province met Mayor Oren Vale of Borin city on Monday in Alba.\n\n")


def commitment(line: str) -> tuple[str, str | None] | None:
    """(actor, firmness) of the commitment made of `line` in a two-party article, or None."""
    return pledge(extract(LEAD + line + "\n", published="2025-03-05"), line[:25])


@pytest.mark.parametrize(("line", "firmness"), [
    # signing: a document signed with its content stated is a firm joint commitment (README §6, D5)
    ("The two delegations signed an agreement on the exchange of medical students.", "firm"),
    ("Lint and Vale signed a Joint Statement at the City Hall, setting out steps for port trade.", "firm"),
    # firm_x: declared interest, keenness, plans
    ("Lint said that Alba province was interested in opening a trade office in Borin.", "firm"),
    ("Vale affirmed the city's keenness to provide land for a joint school.", "firm"),
    ("It is planned to open a shared research centre, Lint said.", "firm"),
    ("Vale reiterated Borin's commitment to building a ferry link with Alba.", "firm"),
    # hope_x: 'would like to', the wish or will, 'expected X to', hoped-for developments (D13)
    ("We would like to send more engineers to Borin, Lint said.", "hope"),
    ("Vale expressed the wish that Alba joins the river forum.", "hope"),
    ("Lint expected the two sides to expand fruit trade.", "hope"),
    ("More student exchanges were expected to follow, Vale said.", "hope"),
    # proposal_x: a speaker's 'need to', necessity (D8); 'can' offered by a named side
    ("Lint stressed the need to strengthen cooperation between the two regions.", "proposal"),
    ("Vale noted that it is necessary to simplify visas between the two cities.", "proposal"),
    ("Alba can provide training for the city's nurses, Lint said.", "proposal"),
    # progressive: a joint plan in progress after 'we' (D4)
    ("Vale said that we are launching a joint fund for young firms.", "firm"),
])
def test_cue_gives_firmness(line: str, firmness: str) -> None:
    found = commitment(line)
    assert found is not None and found[1] == firmness, found


@pytest.mark.parametrize("line", [
    "The two delegations signed the agreement on Monday.",  # no stated content
    "Lint recalled that the two regions signed a memorandum on fishing in 2016.",  # an earlier step
    "Vale said that Borin was not interested in another feasibility study.",
    "The Port of Borin is expected to play a central role in the plan.",  # a forecast about a named body
    "The delegation is expected to visit the old harbour on Tuesday.",  # an itinerary item
    "This agreement will boost investment between Alba and Borin.",  # an effect prediction
    "It will shape the relationship for years to come, Lint said.",
    "The agreement runs for four years and can be renewed by either council.",  # 'can be', not an offer
    "Lint wished the new consul every success in his post.",
    "Lint praised what we are building in the harbour, Vale said.",  # a relative "what we are"
    "Lint said the challenges include the need to diversify the local economy.",  # a noun, not a speaker's need
    "The games will prove an enormous security challenge for Borin.",  # a forecast
    "The new harbour and the venues Alba is building are world class and will have a lasting legacy.",
    "Lint has maintained that the discharge will have little effect on the harbour.",
    "The delegation is expected to return to Alba on the same day.",  # a travel plan
])
def test_not_a_commitment(line: str) -> None:
    assert commitment(line) is None


def test_signing_is_both_sides() -> None:
    assert commitment("The two delegations signed an agreement on the exchange of medical students.") == (
        "both sides", "firm")


def test_inclusive_we_is_both_sides() -> None:
    """'We agreed ...' covers both sides (D2); an exclusive 'we' stays the speaker's side."""
    assert commitment("We agreed to keep the dialogue on river transport going, Lint said.") == ("both sides", "firm")
    actor, _ = commitment("We shall train fifty nurses for the province's hospitals, Lint said.") or ("", None)
    assert actor != "both sides"


@pytest.mark.parametrize(("line", "actor"), [
    # possessor: the side whose stance is reported
    ("Vale reiterated Borin's commitment to building a ferry link with Alba.", "Borin"),
    ("Lint assured the mayor of Alba's full support for the new school.", "Alba"),
    # hoped-for developments and agentless plans are both sides' affair
    ("More student exchanges were expected to follow, Vale said.", "both sides"),
    ("It is planned to open a shared research centre, Lint said.", "both sides"),
    ("Vale said the interaction will continue and the agreements will be implemented.", "both sides"),
    # a pair with a plural role, and a plural subject that plans
    ("The Alban and Borinese foreign ministers weighed plans for a joint fair.", "both sides"),
    ("This year the sides plan to widen trade in fruit.", "both sides"),
    # a speaker's need: joint when the action is between the sides, else the speaker's side
    ("Lint stressed the need to strengthen cooperation between the two regions.", "both sides"),
    # "I'd like to": the speaker (D3)
    ("Vale said: “I'd like to bring more students to Alba.”", "Oren Vale"),
])
def test_cue_actor(line: str, actor: str) -> None:
    """The actor is the side named (its longer form, 'Alba province' for 'Alba', counts too)."""
    found = commitment(line)
    assert found is not None and (found[0] == actor or actor in found[0].split()), found


def test_agentless_passive_goes_to_the_speakers_side() -> None:
    """'Concrete steps will be taken' in a side's speech: that side acts, never 'Concrete'."""
    found = commitment("Concrete steps will be taken in this field too, Vale said.")
    assert found is not None and found[0] != "Concrete"


@pytest.mark.parametrize(("line", "actor", "firmness"), [
    ("The agreement establishes a joint fund for student exchanges.", "both sides", "firm"),  # rule 'document'
    ("The agreement will enable students to study in each other's cities from next year.", "both sides", "firm"),
    ("The city of Borin is a model in water care and can pass on its experience, Lint said.", "Borin", "proposal"),
    ("The delegation assured that they would encourage more firms to invest in Alba.", "the delegation", "firm"),
    ("Lint said the Borin council should open a desk for Alban firms.", "Borin", "proposal"),  # the subject acts
    ("ALBA (Agency) – The Alban and Borinese trade ministers weighed plans for a joint fair.", "both sides", "firm"),
])
def test_more_cue_rules(line: str, actor: str, firmness: str) -> None:
    found = commitment(line)
    assert found is not None and found[1] == firmness and actor in found[0], found


@pytest.mark.parametrize("line", [
    "Lint called on Mayor Oren Vale of Borin to congratulate him on his election.",  # a courtesy call
    "Vale welcomed the province's willingness to engage with Borin.",  # the other side's stance
    "Lint said she looks forward to discussing port fees with Vale at the dinner.",  # the encounter's programme
    "Vale will host a dinner for the guests later on Monday.",
    "The action plan sets out the following steps:",
])
def test_more_non_commitments(line: str) -> None:
    assert commitment(line) is None


def test_a_call_for_joint_action_is_both_sides() -> None:
    assert commitment("Lint called for stronger exchanges between Alba and Borin to help young people.") == (
        "both sides", "proposal")


def test_the_invitee_acts() -> None:
    """README D6: 'invited the delegates to invest ...' -> the invitee."""
    found = commitment("Lint invited the delegates to invest in new areas such as fisheries.")
    assert found == ("the delegates", "proposal")


def test_interest_in_further_development_is_firm() -> None:
    found = commitment("Vale said that he is interested in further development of trade with Alba.")
    assert found is not None and found[1] == "firm"


@pytest.mark.parametrize("passage", [
    "The treaty will remain valid until 2030.",  # '|will|shall remain|stay|be valid|effective': optional first word
    "The delegates will also visit the port.",  # 'will|would |also visit|...': an optional middle word
    "The trade is projected to grow by a tenth.",  # 'is|are|was|were likely|projected|... to'
    "The talks will take place in Alba.",
])
def test_forecasts_and_schedules_commit_no_one(passage: str) -> None:
    from briefing.extract.firmness import firmness_of

    assert firmness_of(passage) is None
    assert firmness_of(passage.replace("The ", "Alba and Borin agreed that the ", 1)) == "firm"


@pytest.mark.parametrize(("passage", "firmness"), [
    ("The two mayors agreed at the talks on Wednesday to reopen the ferry line.", "firm"),  # 'agree ** to'
    ("The premiers committed on Thursday to doubling trade.", "firm"),  # 'committed * to'
    ("Alba and the EU plan to finish the talks.", "firm"),  # a pair before 'plan to': a verb
    ("The governorate's plan to promote tourism was shown.", None),  # a noun
    ("Vale said that Borin wanted to conclude the deal next year.", "hope"),  # a reported wish
    ("We wanted to show Borin the importance of the port.", None),  # a motive told in the past
])
def test_widened_and_reported_cues(passage: str, firmness: str | None) -> None:
    from briefing.extract.firmness import firmness_of

    assert firmness_of(passage) == firmness


def test_the_next_round_being_held_is_a_commitment_and_this_meeting_is_not() -> None:
    from briefing.extract.firmness import firmness_of

    assert firmness_of("The next round of consultations will be held in Borin on October 8.") == "firm"
    assert firmness_of("The talks will be held in Borin on October 8.") is None


def test_a_numbered_meeting_hosted_by_a_side_is_its_commitment() -> None:
    line = "Vale mentioned the 15th meeting of the Joint Commission, which will be hosted by Norway in May."
    assert commitment(line) == ("Norway", "firm")


def test_would_welcome_is_a_hope() -> None:
    assert commitment("Lint said that the provincial government would welcome more nurses from Borin.")[1] == "hope"


@pytest.mark.parametrize("subject", ["the visit by the Vellmo official", "this meeting", "the talks between the sides"])
def test_an_occasions_effect_is_no_commitment(subject: str) -> None:
    text = ("Premier receives Vellmo official\n\n"
            "Premier Ivo Lark received Governor Dana Roe of Vellmo in Karsbrook on Monday.\n\n"
            f"Lark said he believes that {subject} will contribute to closer ties.\n\n"
            "The visit will take place again in May, and Vellmo will open an office in Karsbrook next year.")
    texts = [c.text for c in extract(text, published="2025-03-04").commitments]
    assert not any("contribute" in t for t in texts)
    assert any("open an office" in t for t in texts)


def test_a_plural_title_opening_the_subject_names_no_side() -> None:
    text = ("Council hosts Vellmo delegation\n\n"
            "Governor Dana Roe of Karsbrook will on Tuesday meet a delegation from Vellmo led by Mayor Ivo Lark.\n\n"
            "Members of the media will be afforded the opportunity to interview the delegation after the meeting.")
    actors = [c.actor for c in extract(text, published="2025-03-03").commitments]
    assert actors and not any(a.startswith("Members") or a.endswith(" of") for a in actors)


@pytest.mark.parametrize("dateline", ["KARSBROOK, April 13 (Agency) -- ", "KARSBROOK, Jan 27 (APP):"])
def test_a_dateline_is_never_the_subject_of_a_commitment(dateline: str) -> None:
    text = ("Premier meets counterpart\n\n"
            f"{dateline}Norland Premier Ivo Lark met his Vellmo counterpart Dana Roe here Tuesday, pledging to boost "
            "trade.\n\nLark said Norland will open an office in Vellmo.")
    actors = [c.actor for c in extract(text, published="2025-04-14").commitments]
    assert actors and "KARSBROOK" not in actors and actors[0] == "Ivo Lark"


def test_a_named_pair_ending_in_a_place_kind_is_both_sides() -> None:
    text = ("Karsbrook and Velmia mark 30 years of ties\n\n"
            "Karsbrook and Norland's Velmia province will celebrate 30 years of their sister state relationship "
            "today, Premier Ivo Lark said.")
    assert [c.actor for c in extract(text).commitments] == ["both sides"]


def test_news_of_the_meeting_commits_no_side() -> None:
    text = ("Leaders meet in Karsbrook\n\n"
            "KARSBROOK, March 18 — Prime Minister Ivo Lark of Norway met President Dana Roe of Chile in Karsbrook "
            "on Tuesday.\n\nNews of the meeting will raise hopes of a ferry deal.\n\n"
            "Reports of the talks will lift the harbour's shares.\n\nLark will double the aid to Chile.")
    assert [c.actor for c in extract(text).commitments] == ["Ivo Lark"]


def test_a_plural_title_of_both_sides_commits_both() -> None:
    text = ("Ministers talk\n\nForeign Minister Ivo Lark of Norway held talks with his Chilean counterpart Dana Roe "
            "in Oslo.\n\nThe Heads of State of Norway and Chile are to attend the Forum. The Foreign Ministers of "
            "Norway and Chile will sign a treaty.")
    assert [c.actor for c in extract(text).commitments] == ["both sides", "both sides"]


def test_both_leaders_speaking_carry_no_earlier_speakers_side() -> None:
    text = ("Leaders meet in Karsbrook\n\nKARSBROOK, March 18 — Prime Minister Ivo Lark of Norway met President "
            "Dana Roe of Chile in Karsbrook on Tuesday.\n\nRoe said relations are good.\n\n"
            "Both leaders, noting the progress, said trade will grow.")
    assert [c.actor for c in extract(text).commitments] == ["both sides"]
