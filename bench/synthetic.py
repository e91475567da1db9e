"""Synthetic briefings of realistic shape for the benchmarks: ~400-word articles, many speakers."""

from __future__ import annotations

import random

from briefing.core import Briefing, Commitment, Participant, Source, Statement

COMMON = (
    "the of and to in a on for with that is was said as by at from will be this two sides "
    "cooperation development province region trade investment exchange agreement meeting "
    "delegation ministry governor minister mayor president council secretary ambassador "
    "economic cultural industry energy innovation port logistics health education tourism "
    "agriculture technology projects partnership friendly mutual bilateral joint support "
    "promote strengthen deepen expand build establish further new future years city"
).split()
SYLLABLES = "ba be co da di fa ga jin jun hai la li lo ma mi na ni po ra ri sa si ta te va vi zo zhu xi".split()
CJK_PLACES = ["吉林省", "长春市", "吉林", "延边", "四平", "辽源", "通化", "白山"]
ITALIAN = ["Città di Bologna", "Forlì", "Cesena", "Reggio Emilia", "Modena", "Ferrara"]
KINDS = ["meeting", "talks", "video conference", "forum", "signing ceremony", "visit", "seminar"]


def _word(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return rng.choice(COMMON)
    # a long tail of rarer words: Zipf-like by drawing from a growing range
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + rng.choice(["", "s", "ed", "ing"])


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(_word(rng) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _name(rng: random.Random) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
    return f"{first} {last}"


def make_briefing(number: int, seed: int = 1) -> Briefing:
    rng = random.Random(number * 104729 + seed)
    people = [_name(rng) for _ in range(rng.randint(3, 8))]
    speakers = people[: rng.randint(2, len(people))]
    statements = [Statement(speaker=rng.choice(speakers), text=_sentence(rng, rng.randint(12, 30)),
                            kind=rng.choice(["reported", "direct"])) for _ in range(rng.randint(4, 12))]
    commitments = [Commitment(actor=rng.choice(["both sides", *speakers]), text=_sentence(rng, 18),
                              firmness=rng.choice(["firm", "proposal", "hope"]),
                              status=rng.choice(["not_rated", "in_progress", "fulfilled"]))
                   for _ in range(rng.randint(1, 6))]
    place = rng.choice(CJK_PLACES) if rng.random() < 0.1 else rng.choice(ITALIAN)
    body = [_sentence(rng, rng.randint(12, 28)) for _ in range(rng.randint(14, 20))]
    body.insert(rng.randrange(len(body)), f"The meeting was held in {place}.")
    body += [s.text for s in statements[:4]]
    parties = [f"{rng.choice(['Jilin', 'Emilia-Romagna', 'Bavaria', 'Ontario', 'Kyushu'])} "
               f"{rng.choice(['province', 'region', 'state'])}", rng.choice(["Italy", "China", "Germany"])]
    return Briefing(
        title=f"{rng.choice(KINDS).capitalize()} on {_word(rng)} {_word(rng)} between {parties[0]} and {parties[1]}",
        event_date=f"{rng.randint(2005, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        event_kind=rng.choice(KINDS), places=[place], parties=parties,
        summary=_sentence(rng, 40),
        source=Source(text=" ".join(body), outlet="Bench Daily", credit=f"Photo/{_name(rng)}"),
        participants=[Participant(name=n, title=rng.choice(["governor", "mayor", "minister", "councilor"]),
                                  organization=parties[i % 2]) for i, n in enumerate(people)],
        statements=statements, commitments=commitments,
    )
