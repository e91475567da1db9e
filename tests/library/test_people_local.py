"""Matching a changed briefing against the directory as it is gives what following every mention it may reach gives."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from briefing.core import Briefing, Participant
from briefing.library import Library, people_directory
from briefing.library.people_local import rule_keys
from briefing.library.people_rules import Mention, mention_keys
from briefing.store.people import mentions_of_briefings

NAMES = ["Jing Junhai", "Governor Jing", "Li Wei", "Wei Li", "Minister Li", "Mayor Kim", "Kim Dong", "Jing",
         "Vice Governor Li", "Di Stefano", "Manlio Di Stefano", "Governor Kim", "Kim Dong Yeon", "Li Jing"]
PLACES = [("China", None), ("China", "Jilin"), ("Korea", None), (None, "Jilin"), ("Italy", "Government"),
          (None, None)]


def participant(rng: random.Random, name: str) -> Participant:
    country, organization = rng.choice(PLACES[:-1] if rng.random() < 0.9 else PLACES)
    return Participant(name=name, country=country, organization=organization,
                       title=rng.choice([None, "mayor", "governor", "minister"]),
                       aliases=[name.split()[-1]] if " " in name and rng.random() < 0.2 else [])


def steps(seed: int, count: int = 70) -> list[tuple[str, int, Briefing | None]]:
    """What a user does, the same for each library: add, edit participants, delete (by the order of ids)."""
    rng = random.Random(seed)
    done: list[tuple[str, int, Briefing | None]] = []
    for number in range(count):
        chosen = rng.sample(NAMES, rng.randint(1, 4))
        people = [participant(rng, name) for name in chosen]
        done.append(("add", 0, Briefing(title=f"b{number}", event_date=f"20{10 + number % 9}-02-{number % 27 + 1:02d}",
                                        participants=people)))
        if number > 5 and rng.random() < 0.5:
            done.append(("edit", rng.randrange(number), None))
        if number > 5 and rng.random() < 0.1:
            done.append(("delete", rng.randrange(number), None))
        if number == count - 20:  # one merge, late: the saves after it that touch its people reach further
            done.append(("merge", rng.randrange(1000), None))
    return done


def run(path: Path, seed: int) -> Library:
    rng = random.Random(seed * 31)
    lib = Library.open(path, seed_sample=False)
    for kind, which, briefing in steps(seed):
        ids = lib.ids("id")
        if kind == "add":
            lib.save(briefing)
        elif kind == "edit" and ids:
            edited = lib.get(ids[which % len(ids)])
            change = rng.choice(["title", "rename", "drop", "add", "place"])
            first = edited.participants[0] if edited.participants else None
            if change == "title" and first:
                first.title = rng.choice(["governor", "party secretary", None])
            elif change == "rename" and first:
                first.name = rng.choice([n for n in NAMES if n not in {p.name for p in edited.participants}])
            elif change == "drop" and len(edited.participants) > 1:
                edited.participants.pop(rng.randrange(len(edited.participants)))
            elif change == "place" and first:
                first.country, first.organization = rng.choice(PLACES)
            else:
                names = {p.name for p in edited.participants}
                edited.participants.append(participant(rng, rng.choice([n for n in NAMES if n not in names])))
            lib.save(edited)
        elif kind == "delete" and ids:
            lib.delete([ids[which % len(ids)]])
        elif kind == "merge" and len(lib.people()) > 2:
            rows = lib.people()
            lib.apply(lib.merge_people([rows[which % len(rows)].id, rows[(which + 1) % len(rows)].id]))
    return lib


def directory(conn: sqlite3.Connection) -> dict[str, list]:
    return {"people": conn.execute("select * from people order by id").fetchall(),
            "mentions": conn.execute("select briefing_id, name_key, person_id from person_mentions"
                                     " order by briefing_id, name_key").fetchall(),
            "moves": conn.execute("select * from people_moves order by person_id").fetchall()}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_matching_only_the_people_touched_gives_what_following_every_mention_gives(
        tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    local = people_directory.settle_locally

    def counted(*args: object) -> bool:
        taken.append(local(*args))  # type: ignore[arg-type]
        return taken[-1]
    monkeypatch.setattr(people_directory, "settle_locally", counted)
    quick = run(tmp_path / "quick.sqlite", seed)
    monkeypatch.setattr(people_directory, "settle_locally", lambda *args: False)
    thorough = run(tmp_path / "thorough.sqlite", seed)
    assert directory(quick.store.conn) == directory(thorough.store.conn)
    assert sum(taken) > len(taken) // 3, "the local matching should serve most saves here"
    assert not all(taken), "some saves here reach further (merges, short names several people give)"
    groups = sorted(sorted(row[:2] for row in directory(quick.store.conn)["mentions"] if row[2] == person)
                    for person in {row[2] for row in directory(quick.store.conn)["mentions"]})
    quick.rebuild_people()
    rebuilt = directory(quick.store.conn)["mentions"]
    assert groups == sorted(sorted(row[:2] for row in rebuilt if row[2] == person)
                            for person in {row[2] for row in rebuilt})
    quick.close()
    thorough.close()


def test_rule_keys_of_a_stored_participant_are_its_mention_keys(tmp_path: Path) -> None:
    rng = random.Random(5)
    lib = Library.open(tmp_path / "lib.sqlite", seed_sample=False)
    for number in range(30):
        lib.save(Briefing(title=f"b{number}", participants=[participant(rng, name) for name in rng.sample(NAMES, 3)]))
    stored = mentions_of_briefings(lib.store.conn, lib.ids("id"))
    assert len(stored) == 90
    for mention in stored:
        assert rule_keys(mention) == mention_keys(Mention(mention.briefing_id, mention.position, mention.name,
                                                          mention.aliases, mention.title, mention.organization,
                                                          mention.country))
    lib.close()


@pytest.mark.parametrize(("seed", "batch"), [(5, 1000), (6, 1000), (5, 3)])
def test_a_batch_of_new_briefings_is_matched_as_a_rebuild_matches_it(tmp_path: Path, seed: int, batch: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_directory, "UPDATE_BATCH", batch)  # 3: matched a few at a time, one after another
    rng = random.Random(seed)
    families, places = ("Jing", "Li", "Rossi"), ("China", "Italy")
    people_pool = [Participant(name=f"{given} {family}", country=country) for family in families
                   for given in ("Junhai", "Wei", "Marco", "Anna") for country in places]
    people_pool += [Participant(name=f"Governor {family}", country=country, title="governor") for family in families
                    for country in places]  # several people of each country shorten to it: left alone

    def briefing(number: int) -> Briefing:
        chosen = {p.name: p for p in rng.sample(people_pool, 3)}
        return Briefing(title=f"b{number}", event_date=f"2020-03-{number % 28 + 1:02d}",
                        participants=list(chosen.values()))
    lib = Library.open(tmp_path / "lib.sqlite", seed_sample=False)
    lib.store.add_stream(briefing(n) for n in range(60))
    lib.refresh_people()
    taken: list[bool] = []
    local = people_directory.settle_locally
    monkeypatch.setattr(people_directory, "settle_locally", lambda *args: taken.append(local(*args)) or taken[-1])
    lib.store.add_stream(briefing(n) for n in range(60, 80))  # an import: twenty at once, matched in one refresh
    assert lib.refresh_people() == 20 and taken == [True] * len(range(0, 20, batch)), taken
    kept = directory(lib.store.conn)["mentions"]
    lib.rebuild_people()
    rebuilt = directory(lib.store.conn)["mentions"]
    assert sorted(sorted(r[:2] for r in kept if r[2] == p) for p in {r[2] for r in kept}) == \
        sorted(sorted(r[:2] for r in rebuilt if r[2] == p) for p in {r[2] for r in rebuilt})
    lib.close()
