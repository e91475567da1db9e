"""An import's search text is made from the briefings it writes (search_values), exactly as the view reads it back."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.core import Briefing, Commitment, Participant, Source, Statement
from briefing.store import Store
from briefing.store.index import SEARCH_COLUMNS, SEARCH_VIEW, search_values
from tests.store.test_store import assert_index_matches_text
from tests.synthetic import synthetic_briefing

SEP = "\x1e"  # the view's row separator, which it replaces inside a row


def awkward() -> Briefing:
    """Every value the view treats specially: empty strings, None, the row separator, aliases, dues."""
    return Briefing(
        title="Awk" + SEP + "ward", parties=["", "Jilin" + SEP + "Province", ""], places=[""], summary=None,
        source=Source(text="Text with a" + SEP + "separator.\nAnd — dashes, “quotes”, Città, ﬁ ligatures."),
        participants=[Participant(name="A", aliases=["", "Al" + SEP]),
                      Participant(name="B", title="", organization=None, country="Italy" + SEP),
                      Participant(name="", aliases=[], title="Minister", organization="", country="")],
        statements=[Statement(speaker="", text=""), Statement(speaker="A" + SEP, text="said" + SEP + "so")],
        commitments=[Commitment(actor="", text="", due_text=""),
                     Commitment(actor="B", text="build" + SEP, due_text="by " + SEP + "May"),
                     Commitment(actor="both sides", text="meet", due_text=None)],
    )


def with_chinese_in(field: str) -> Briefing:
    """A synthetic briefing with Chinese characters in one field the view reads."""
    briefing = synthetic_briefing(3)
    han = "吉林省长春"
    if field == "source":
        briefing.source.text = f"{han} {briefing.source.text}"
    elif field in ("title", "summary"):
        setattr(briefing, field, f"{getattr(briefing, field)} {han}")
    elif field in ("parties", "places"):
        getattr(briefing, field).append(han)
    elif field.startswith("participant."):
        person = briefing.participants[0]
        name = field.split(".")[1]
        if name == "aliases":
            person.aliases = [han]
        else:
            setattr(person, name, han)
    elif field.startswith("statement."):
        setattr(briefing.statements[0], field.split(".")[1], han)
    else:
        briefing.commitments = briefing.commitments or [Commitment(actor="Jilin", text="to meet")]
        setattr(briefing.commitments[0], field.split(".")[1], han)
    return briefing


CHINESE_FIELDS = ["title", "summary", "source", "parties", "places", "participant.name", "participant.aliases",
                  "participant.title", "participant.organization", "participant.country", "statement.speaker",
                  "statement.text", "commitment.actor", "commitment.text", "commitment.due_text"]


def view_row(store: Store, briefing_id: int) -> tuple[str | None, ...]:
    columns = ", ".join(f"[{name}]" for name in SEARCH_COLUMNS)
    return tuple(store.conn.execute(f"select {columns} from [{SEARCH_VIEW}] where rowid = ?", [briefing_id]).fetchone())


def test_search_values_are_what_the_view_reads(tmp_path: Path, sample: Briefing) -> None:
    briefings = [sample, awkward(), *(synthetic_briefing(n) for n in range(30)),
                 *(with_chinese_in(field) for field in CHINESE_FIELDS)]
    with Store(tmp_path / "lib.sqlite") as store:
        for briefing in briefings:
            made = search_values(briefing)
            [briefing_id] = store.add_many([copy.deepcopy(briefing)])
            store.conn.execute("delete from search_cjk where id = ?", [briefing_id])  # the view's unsegmented text
            assert made == view_row(store, briefing_id), briefing.title


def test_a_stream_indexes_exactly_the_text_the_view_reads(tmp_path: Path, sample: Briefing) -> None:
    """Written as one stream (search text made, not read back), the index holds the words the view
    gives, and Chinese in any field is found as when the index is rebuilt from the view."""
    briefings = [sample, awkward(), *(with_chinese_in(field) for field in CHINESE_FIELDS),
                 *(synthetic_briefing(n) for n in range(60))]
    with Store(tmp_path / "lib.sqlite") as store:
        ids = store.add_stream(copy.deepcopy(b) for b in briefings)
        assert_index_matches_text(store)
        found = [h.briefing_id for h in store.search("长春", limit=100).hits]
        assert set(found) == {i for i, b in zip(ids, briefings) if "长春" in repr(b)}
        assert len(found) >= len(CHINESE_FIELDS)
        cjk_rows = store.conn.execute("select * from search_cjk order by id").fetchall()
        from briefing.store.index import rebuild_index

        rebuild_index(store.conn)
        assert store.conn.execute("select * from search_cjk order by id").fetchall() == cjk_rows
        assert [h.briefing_id for h in store.search("长春", limit=100).hits] == found


@pytest.mark.parametrize("change", ["nul", "number", "number statement"])
def test_text_the_view_may_read_otherwise_is_read_from_the_view(tmp_path: Path, change: str) -> None:
    briefing = synthetic_briefing(5)
    if change == "nul":
        briefing.statements[0].text = "before\0after"
    elif change == "number":
        briefing.parties = [2024]  # type: ignore[list-item]
    else:
        briefing.statements[0].text = 2024  # type: ignore[assignment]
    assert search_values(briefing) is None
    with Store(tmp_path / "lib.sqlite") as store:
        store.add_stream([briefing, synthetic_briefing(6)])
        assert_index_matches_text(store)
