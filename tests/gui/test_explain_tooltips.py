"""A draft's statement and commitment rows say, as a tooltip, why extraction found them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.library.articles import extract_text

ARTICLE = """Harbour towns agree on a ferry line

PORTOLANO, 3 March 2026 — Mayor Ada Vell of Portolano met Governor Bram Osk of Nordhavn on Tuesday.

"We will open a ferry line between our towns next spring," Ada Vell said.

Bram Osk said that Nordhavn hoped to send a trade mission in the autumn.
"""


def test_rows_of_a_draft_explain_themselves(qtbot, make_window, store) -> None:  # type: ignore[no-untyped-def]
    draft = extract_text(ARTICLE)
    assert draft.commitments and draft.statements
    [briefing_id] = store.add([draft]).ids
    window = make_window()
    assert window.select_id(briefing_id)
    commitments = window.commitments_pane.model
    tips = [commitments.data(commitments.index(row, 1), Qt.ItemDataRole.ToolTipRole)
            for row in range(commitments.rowCount())]
    assert any("Why extraction found it" in tip and "firm:" in tip for tip in tips), tips
    statements = window.statements_pane.model
    speaker = statements.index(0, 0)
    tip = statements.data(statements.index(0, 0, speaker), Qt.ItemDataRole.ToolTipRole)
    assert "Why extraction found it" in tip and "speaker:" in tip


def test_rows_a_person_made_have_no_reason(qtbot, make_window, stored_sample) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.select_id(stored_sample.id)
    commitments = window.commitments_pane.model
    moved = commitments.records[0]
    moved.start, moved.end = 0, 5  # no rule found anything there
    tip = commitments.data(commitments.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == moved.text
