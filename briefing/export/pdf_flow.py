"""Page-flow rules of the PDF: a heading stays on the page where what it heads begins (keep-with-next)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

HUGE = 0xFFFFFF
"""The height a KeepWithNext gives when wrapped: the frame then always asks it to split itself."""


def _stack_height(items: Sequence[Flowable], canvas: Any, width: float, height: float, at_top: bool) -> float:
    """How tall `items` stand one under the other, with the space before and after each as a frame adds it."""
    used = 0.0
    for number, item in enumerate(items):
        if number or not at_top:
            used += item.getSpaceBefore()
        used += item.wrapOn(canvas, width, height)[1] + item.getSpaceAfter()
    return used


class KeepWithNext(Flowable):
    """`leading` flowables (a heading, a note under it) that go on the page where `following` starts.

    When `following` fits, all stand together; when it splits, its first part stays with the heading
    (a table's header and first row, two lines of a paragraph); when not even that fits, the whole
    group moves to the next page, never leaving the heading alone at the foot of one. It behaves as
    reportlab's KeepTogether does, but a long table still starts on the page of its heading."""

    def __init__(self, leading: Sequence[Flowable], following: Flowable) -> None:
        super().__init__()
        self.leading = list(leading)
        self.following = following

    def __repr__(self) -> str:
        return f"KeepWithNext({self.leading!r}, {self.following!r})"

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.leading[0].getSpaceBefore() if self.leading else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, HUGE

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        canvas = getattr(self, "canv", None)
        # the frame took the group's space before (the first leading's) off availHeight already
        used = _stack_height(self.leading, canvas, availWidth, availHeight, at_top=True)
        room = availHeight - used - self.following.getSpaceBefore()
        if room > 0:
            if isinstance(self.following, KeepWithNext):
                self.following._frame, self.following.canv = frame, canvas  # type: ignore[attr-defined]
                parts = self.following.split(availWidth, room)
                if parts:
                    return [*self.leading, *parts]
            else:
                if self.following.wrapOn(canvas, availWidth, room)[1] <= room:
                    return [*self.leading, self.following]
                parts = self.following.splitOn(canvas, availWidth, room)
                if parts:
                    return [*self.leading, *parts]
        if at_top:  # a fresh page cannot do better: let the following flowable split as it can
            return [*self.leading, self.following]
        return []  # the frame moves the whole group to the next page

    def draw(self) -> None:  # never drawn itself: it always splits into its parts
        pass


def keep_with_next(leading: Sequence[Flowable], rest: Sequence[Flowable]) -> list[Flowable]:
    """`leading` kept with the first flowable of `rest` (see KeepWithNext), then the rest."""
    if not rest:
        return list(leading)
    return [KeepWithNext(leading, rest[0]), *rest[1:]]
