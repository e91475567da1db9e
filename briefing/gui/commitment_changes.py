"""The Commitments view's status form: a new status with its note, date and evidence, the briefing
shown linked as progress, suggestions for it, and the commitments it is already progress on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from briefing.gui.commitment_history import UndoableTrack, links_html
from briefing.library import LibraryError
from briefing.library.tracking import STATUS_ORDER, TrackEdit, status_word

TRACK_CHOICES = tuple(key for key in STATUS_ORDER if key != "not_rated")


class LinkLabel(QLabel):
    """A label of links that Tab reaches: coming in by Tab (or Shift+Tab) it selects its first (last)
    link at once, so Enter follows it; Tab again goes to the next link, then on."""

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        tab = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.reason() in tab and "href" in self.text():
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)


def status_form(view: Any) -> QFormLayout:
    """The form beside the history, its widgets made as the view's attributes (in the order Tab follows)."""
    view.new_status = QComboBox(view)
    for key in TRACK_CHOICES:
        view.new_status.addItem(status_word(key).capitalize(), key)
    view.note = QLineEdit(view)
    view.note.setPlaceholderText("what happened")
    view.when = QLineEdit(view)
    view.when.setPlaceholderText("YYYY-MM-DD (today if empty)")
    view.evidence = QLineEdit(view)
    view.evidence.setPlaceholderText("a briefing id or a web address")
    view.set_button = QPushButton("Set Stat&us", view)
    view.set_button.clicked.connect(view.set_status)
    view.link_button = QPushButton("&Link Briefing Shown as Progress", view)
    view.link_button.setToolTip("Attach the briefing the main window shows as progress on this commitment")
    view.link_button.clicked.connect(view.link_shown)
    view.suggest_button = QPushButton("Su&ggest for Briefing Shown", view)
    view.suggest_button.setToolTip("Open commitments of the same parties that the briefing shown may be "
                                   "progress on, the ones sharing most words first")
    view.suggest_button.clicked.connect(view.suggest)
    form = QFormLayout()
    form.addRow("&New status", view.new_status)
    form.addRow("Not&e", view.note)
    form.addRow("&Date", view.when)
    form.addRow("Ev&idence", view.evidence)
    buttons = QHBoxLayout()
    for button in (view.set_button, view.link_button, view.suggest_button):
        buttons.addWidget(button)
    form.addRow(buttons)
    view.message = QLabel(view)
    view.message.setWordWrap(True)
    form.addRow(view.message)
    view.links = LinkLabel(view)  # the other way of evidence links, for the briefing the window shows
    view.links.setWordWrap(True)
    view.links.setTextFormat(Qt.TextFormat.RichText)
    view.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                       | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    view.links.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches its links, Enter follows one
    view.links.setAccessibleName("Earlier commitments the briefing shown is progress on")
    view.links.linkActivated.connect(view._show_linked)
    form.addRow(view.links)
    return form


class StatusChanges:
    """The view's changes through the library, each one step on its undo stack, and the evidence links
    of the briefing the main window shows (a part of CommitmentsView, which holds the widgets)."""

    library: Any
    model: Any
    current_briefing: int | None
    _linked: list[Any]

    def set_current_briefing(self, briefing_id: int | None) -> None:
        """The main window shows this briefing: it is what Link and Suggest use, and the view says
        which earlier commitments it is already progress on."""
        self.current_briefing = briefing_id
        self._linked: list[Any] = []
        if briefing_id is not None:
            try:
                self._linked = self.library.progress_links(briefing_id)
            except LibraryError:
                self._linked = []
        self.links.setText(links_html(briefing_id, self._linked) if briefing_id is not None else "")

    def _show_linked(self, link: str) -> None:
        commitment_id = int(link.split(":", 1)[1])
        if not self.select_commitment(commitment_id):
            rows = [row for _, row in self._linked if row.id == commitment_id][:1]
            self.model.beginResetModel()
            self.model.rows, self.model._more = rows, False
            self.model.endResetModel()
            self.count_label.setText("a commitment the briefing shown is progress on; change a filter to see all")
            self.select_commitment(commitment_id)

    def _open_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("briefing:"):
            self.open_briefing.emit(int(text.split(":", 1)[1]))

    # --- changing -------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)

    def run(self, change: Any, uid: str | None) -> bool:
        """Make a change through the library; a refusal is one sentence below the form."""
        try:
            change()
        except LibraryError as error:
            self.say(str(error))
            return False
        self.reload(uid)
        self.set_current_briefing(self.current_briefing)
        self.changed.emit()
        return True

    def set_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        made: list[TrackEdit] = []
        if self.run(lambda: made.append(self.library.track(
                row.id, self.new_status.currentData(), note=self.note.text(), date=self.when.text().strip() or None,
                evidence=self.evidence.text().strip() or None)), row.uid):
            self.undo_stack.push(UndoableTrack(self, made[0]))
            done = self.library.describe_track(made[0], f"#{row.id}")  # a back-dated entry may not change it
            self.say(f"{done[0].upper()}{done[1:]} (Undo takes it back).")
            for line in (self.note, self.when, self.evidence):
                line.clear()

    def link_shown(self) -> None:
        row = self.selected()
        if row is None or self.current_briefing is None:
            self.say("Show a later briefing in the main window first, then link it as progress here.")
            return
        made: list[TrackEdit] = []
        if self.run(lambda: made.append(self.library.link_progress(self.current_briefing, row.id,
                                                                   note=self.note.text() or None)), row.uid):
            self.undo_stack.push(UndoableTrack(self, made[0]))
            self.say(f"Linked briefing {self.current_briefing} as progress (Undo takes it back).")

    def suggest(self) -> None:
        if self.current_briefing is None:
            self.say("Show a briefing in the main window first.")
            return
        try:
            found = self.library.suggest_progress(self.current_briefing)
        except LibraryError as error:
            self.say(str(error))
            return
        self.model.beginResetModel()
        self.model.rows = [suggestion.commitment for suggestion in found]
        self.model._more = False
        self.model.endResetModel()
        try:
            title = f"“{self.library.get(self.current_briefing).title}”"
        except LibraryError:
            title = f"briefing {self.current_briefing}"
        self.count_label.setText(f"{len(found)} suggestion{'s' if len(found) != 1 else ''} for {title}; "
                                 "change a filter to see all again")
        self.say("Select one and Link Briefing Shown as Progress." if found else
                 "No open commitment of the same parties shares words with this briefing.")
