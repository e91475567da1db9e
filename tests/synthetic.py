"""Synthetic briefings for tests: each records in its title how many children it has."""

from __future__ import annotations

import random

from briefing.core import Briefing, Commitment, Participant, Source, Statement

WORDS = (
    "cooperation province region trade investment automobile industry exchange agreement "
    "delegation ministry culture tourism energy innovation port logistics health education"
).split()


def synthetic_briefing(number: int, seed: int = 0) -> Briefing:
    rng = random.Random(number * 7919 + seed)
    people = rng.randint(2, 6)
    statements = rng.randint(1, 12)
    commitments = rng.randint(0, 6)
    text = " ".join(rng.choice(WORDS) for _ in range(300))
    names = [f"Person{number}x{i} Surname{i}" for i in range(people)]
    return Briefing(
        title=f"synthetic {number} p{people} s{statements} c{commitments}",
        event_date=f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        event_kind=rng.choice(["meeting", "talks", "video conference", "forum"]),
        places=["Changchun"], parties=[f"Region {rng.randint(1, 50)}", "Province B"],
        summary=" ".join(rng.choice(WORDS) for _ in range(40)),
        source=Source(text=text, outlet="Synthetic Daily"),
        participants=[Participant(name=n, title="delegate") for n in names],
        statements=[Statement(speaker=rng.choice(names), text=" ".join(rng.choice(WORDS) for _ in range(20)))
                    for _ in range(statements)],
        commitments=[Commitment(actor="both sides", text=" ".join(rng.choice(WORDS) for _ in range(15)),
                                firmness="firm") for _ in range(commitments)],
    )


def expected_counts(title: str) -> tuple[int, int, int]:
    _, _, p, s, c = title.split()
    return int(p[1:]), int(s[1:]), int(c[1:])
