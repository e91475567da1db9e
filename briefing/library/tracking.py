"""Following commitments across events: statuses with a history, overdue, evidence links (a part of Library)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core import Briefing
from briefing.core.review import YEAR_GUESSED
from briefing.library.errors import LibraryError, as_library_error
from briefing.store import Store
from briefing.store import people as people_sql

if TYPE_CHECKING:  # reportlab is loaded when a report is first made, not when the window starts; the
    # commitments' SQL (and the search code it uses) when the window first lists or saves commitments
    from briefing.export.follow_up import FollowUp
    from briefing.store.commitments import CommitmentFilter, CommitmentRow
    from briefing.store.status_history import HistoryEntry

# What a person can rate a commitment; "not rated" is only what it is until someone does.
TRACK_STATUSES = ("not_started", "in_progress", "delivered", "partly_delivered", "stalled", "dropped")
PAGE = 200
SUGGESTIONS_READ = 2000  # the newest open commitments of each party that suggestions are sought among
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def __getattr__(name: str) -> Any:
    """ORDERS (the commitment orders) and STATUS_ORDER (how statuses sort: what needs chasing first,
    settled ones last), read from the store's commitments module when first asked for (PEP 562)."""
    if name in ("ORDERS", "STATUS_ORDER"):
        from briefing.store import commitments as tracked
        return tuple(tracked.ORDERS) if name == "ORDERS" else tracked.STATUS_ORDER
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def status_word(status: str) -> str:
    """'partly_delivered' as a person writes it: 'partly delivered'."""
    return status.replace("_", " ")


def status_key(text: str) -> str:
    """A status as typed ('Partly delivered', 'partly-delivered') as the key it stands for; raises
    LibraryError listing the valid ones."""
    key = re.sub(r"[\s\-]+", "_", text.strip().lower())
    if key not in TRACK_STATUSES:
        raise LibraryError(f"“{text}” is not a status; use one of: {', '.join(map(status_word, TRACK_STATUSES))}")
    return key


def filter_status_key(text: str) -> str:
    """A status to filter by, as typed ('not rated' too, which no one sets); raises LibraryError
    listing every status, in the order they sort."""
    from briefing.store import commitments as tracked
    key = re.sub(r"[\s\-]+", "_", text.strip().lower())
    if key not in tracked.STATUS_ORDER:
        raise LibraryError(f"“{text}” is not a status; use one of: {', '.join(map(status_word, tracked.STATUS_ORDER))}")
    return key


def today() -> str:
    return Date.today().isoformat()


@dataclass(frozen=True)
class TrackEdit:
    """One status change of one commitment, as an undoable edit: applying adds the history entry
    (made at `entered_at`, which names it), reverting takes it back out."""

    text: str
    briefing_id: int
    uid: str
    date: str
    status: str
    note: str | None
    evidence_briefing_id: int | None
    evidence_url: str | None
    entered_at: str
    before_status: str

    @property
    def changes_anything(self) -> bool:
        return True


@dataclass(frozen=True)
class Suggestion:
    """An open earlier commitment that a briefing may be progress on, with the words they share."""

    commitment: CommitmentRow
    shared: tuple[str, ...]


_STOP = frozenset("""about after also among between both cooperation further have into more other said sides
their there these they this those through will with would shall should could which while where when were been
being from that than then them what each such only over under upon very well year years make made""".split())


def words(text: str | None) -> set[str]:
    """The telling words of a text (lower case, four letters or more, common ones left out)."""
    return {w for w in re.findall(r"\w{4,}", (text or "").lower()) if w not in _STOP and not w.isdigit()}


class Tracking:
    """The Library's commitment tracker (`store`, `match_on_read` and the `_` methods are the Library's)."""

    store: Store
    match_on_read: int
    _reading: Callable[..., Any]
    _retrying: Callable[..., Any]
    _writable: Callable[[], None]

    # --- reading ---------------------------------------------------------------------------------

    def commitments(self, party: str | None = None, actor: str | None = None, status: str | list[str] | None = None,
                    firmness: str | list[str] | None = None, overdue: bool = False, since: str | None = None,
                    until: str | None = None, text: str | None = None, with_party: str | None = None,
                    order: str = "newest", limit: int = PAGE, offset: int = 0) -> list[CommitmentRow]:
        """A page of the library's commitments that pass the filters (each matched as a part of
        the text, without regard to case; status and firmness may be several), in `order`."""
        from briefing.store import commitments as tracked
        query = self.commitment_filter(party=party, actor=actor, status=status, firmness=firmness, overdue=overdue,
                                       since=since, until=until, text=text, with_party=with_party)
        if order not in tracked.ORDERS:
            raise LibraryError(f"“{order}” is not a commitment order; use one of: {', '.join(tracked.ORDERS)}")
        return self._reading(lambda: tracked.commitment_page(self.store.conn, query, order, limit, offset))

    def commitment_filter(self, party: str | None = None, actor: str | None = None,
                          status: str | list[str] | None = None, firmness: str | list[str] | None = None,
                          overdue: bool = False, since: str | None = None, until: str | None = None,
                          text: str | None = None, with_party: str | None = None,
                          date_names: tuple[str, str] = ("since", "until")) -> CommitmentFilter:
        """The filter the arguments make (checked: a wrong status or date is one sentence, naming the
        date by `date_names`: the fields or options the dates came from)."""
        from briefing.store.commitments import CommitmentFilter
        statuses = [status] if isinstance(status, str) else list(status or [])
        keys = tuple(filter_status_key(s) for s in statuses)
        firm = (firmness,) if isinstance(firmness, str) else tuple(firmness or ())
        for value, name in zip((since, until), date_names, strict=True):
            if value:
                iso_date(value, name)
        return CommitmentFilter(party=party, with_party=with_party, actor=actor, statuses=keys, firmness=firm,
                                overdue=overdue, since=since, until=until, text=text, today=today(),
                                people=self._people_for_parties(party, with_party))

    def _people_for_parties(self, *parties: str | None) -> bool:
        """Whether a party filter may read the People directory (as search's party: does), brought up
        to date first (up to `match_on_read` changed briefings: the view filters as one types)."""
        conn = self.store.conn
        if not self._reading(lambda: people_sql.has_directory(conn)):
            return False
        if any(party and party.strip() for party in parties):
            self.refresh_people(limit=self.match_on_read)  # type: ignore[attr-defined]
        return True

    def count_commitments(self, query: CommitmentFilter | None = None, at_most: int | None = None) -> int:
        """How many commitments pass the filter; with `at_most`, counted up to at_most + 1 only (a
        number above `at_most` means "more than at_most", said at once while the whole count runs)."""
        from briefing.store import commitments as tracked
        from briefing.store.commitments import CommitmentFilter
        return self._reading(lambda: tracked.commitment_count(self.store.conn, query or CommitmentFilter(), at_most))

    def commitment_page(self, query: CommitmentFilter, order: str = "newest", limit: int = PAGE,
                        offset: int = 0) -> list[CommitmentRow]:
        from briefing.store import commitments as tracked
        return self._reading(lambda: tracked.commitment_page(self.store.conn, query, order, limit, offset))

    def commitment(self, commitment_id: int | str) -> CommitmentRow:
        """The commitment with this id (the number `briefing commitments` shows) or uid."""
        from briefing.store import commitments as tracked
        key: int | str = commitment_id
        if isinstance(key, str) and key.strip().isdigit():
            key = int(key)
        found = self._reading(lambda: tracked.commitment_by_id(self.store.conn, key, today()))
        if found is None:
            raise LibraryError(f"no commitment with id {commitment_id}")
        return found

    def history(self, commitment_id: int | str) -> list[HistoryEntry]:
        """The commitment's status changes, oldest first; the last is its current status."""
        from briefing.store import status_history as history_sql
        uid = self.commitment(commitment_id).uid
        return self._reading(lambda: history_sql.history(self.store.conn, uid))

    def last_entries(self, rows: list[CommitmentRow]) -> dict[str, HistoryEntry]:
        from briefing.store import status_history as history_sql
        return self._reading(lambda: history_sql.last_entries(self.store.conn, [row.uid for row in rows]))

    def progress_links(self, briefing_id: int) -> list[tuple[HistoryEntry, CommitmentRow]]:
        """The other way of evidence links: the earlier commitments this briefing is progress on."""
        from briefing.store import commitments as tracked
        from briefing.store import status_history as history_sql
        entries = self._reading(lambda: history_sql.linked_from(self.store.conn, briefing_id))
        rows = self._reading(lambda: tracked.commitments_by_uid(self.store.conn,
                                                                [e.commitment_uid for e in entries], today()))
        return [(entry, rows[entry.commitment_uid]) for entry in entries if entry.commitment_uid in rows]

    def suggest_progress(self, briefing_id: int, limit: int = 10) -> list[Suggestion]:
        """Open commitments of the same parties made at earlier events, that this briefing may be
        progress on, the ones sharing most words with it first."""
        from briefing.store.commitment_filters import OPEN_STATUSES
        from briefing.store.commitments import CommitmentFilter
        briefing = self.get(briefing_id)  # type: ignore[attr-defined]
        mine = words(" ".join([briefing.title, briefing.summary or "",
                               *(c.text for c in briefing.commitments), *(s.text for s in briefing.statements)]))
        seen: dict[int, Suggestion] = {}
        for party in briefing.parties or [""]:
            query = CommitmentFilter(party=party or None, statuses=OPEN_STATUSES, until=briefing.event_date,
                                     exclude=(briefing_id,), today=today())
            for row in self.commitment_page(query, "newest", limit=SUGGESTIONS_READ):
                shared = mine & words(row.text)
                if shared and row.id not in seen:
                    seen[row.id] = Suggestion(row, tuple(sorted(shared)))
        newest_first = sorted(seen.values(), key=lambda s: (s.commitment.event_date or "", s.commitment.id),
                              reverse=True)
        return sorted(newest_first, key=lambda s: -len(s.shared))[:limit]  # most words shared first

    def follow_up(self, party: str, with_party: str | None = None) -> FollowUp:
        """The follow-up report's content: every commitment made at events of `party` (and of
        `with_party` too, when given), with its latest history entry; LibraryError when none is."""
        from briefing.export.follow_up import FollowUp, FollowUpItem
        from briefing.store import commitments as tracked

        if not party or not party.strip():
            raise LibraryError("name a party for the follow-up report")
        query = self.commitment_filter(party=party.strip(), with_party=(with_party or "").strip() or None)
        rows: list[CommitmentRow] = []
        while True:
            page = self.commitment_page(query, "newest", limit=5000, offset=len(rows))
            rows += page
            if len(page) < 5000:
                break
        if not rows:
            pair = f"both “{party}” and “{with_party}”" if with_party else f"“{party}”"
            raise LibraryError(f"no commitment in the library was made at an event with {pair} among its parties")
        last = self.last_entries(rows)
        marks = self._reading(lambda: tracked.event_marks(self.store.conn, sorted({row.briefing_id for row in rows})))
        items = []
        for row in sorted(rows, key=lambda r: (r.due or "9999", r.event_date or "", r.id)):
            entry = last.get(row.uid)
            review, tags = marks.get(row.briefing_id, (None, []))
            items.append(FollowUpItem(row.id, row.actor, row.text, row.status, row.overdue, row.firmness, row.due,
                                      row.due_text, row.event_title, row.event_date,
                                      entry.date if entry else None, entry.note if entry else None,
                                      (entry.evidence_title or entry.evidence_url) if entry else None,
                                      event_draft=review == "draft", event_year_guessed=YEAR_GUESSED in tags))
        return FollowUp(party.strip(), query.with_party, Date.today(), tuple(items))

    def export_follow_up(self, party: str, path: Path, with_party: str | None = None,
                         page_size: str | None = None) -> Path:
        """Write the follow-up report of a party (or a pair) to `path`: .pdf or .csv."""
        from briefing.export.follow_up import export_follow_up
        from briefing.library.exporting import default_page_size, refuse_read_only

        report = self.follow_up(party, with_party)
        try:
            refuse_read_only(Path(path))
            return export_follow_up(report, path, page_size or default_page_size())
        except ValueError as error:
            raise as_library_error(error) from None
        except OSError as error:
            raise LibraryError(f"{path}: cannot write ({error.strerror or error})") from None

    # --- writing ---------------------------------------------------------------------------------

    def track(self, commitment_id: int | str, status: str, note: str | None = None, date: str | None = None,
              evidence: int | str | None = None) -> TrackEdit:
        """Set a commitment's status, as a new entry of its history (nothing is overwritten); returns
        the edit, which `revert` takes back. Raises LibraryError in one sentence on a bad input."""
        self._writable()
        key = status_key(status)
        row = self.commitment(commitment_id)
        when = iso_date(date) if date else today()
        if when > today():
            raise LibraryError(f"the date {when} is in the future; a status says what has happened")
        evidence_id, url = self._evidence(evidence, row)
        if row.event_date and when < row.event_date:
            raise LibraryError(f"the date {when} is before the commitment was made ({row.event_date})")
        entered = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        edit = TrackEdit(f"Set status to {status_word(key)}", row.briefing_id, row.uid, when, key,
                         (note or "").strip() or None, evidence_id, url, entered, row.status)
        self.apply(edit)  # type: ignore[attr-defined]
        return edit

    def describe_track(self, edit: TrackEdit, commitment_id: int | str) -> str:
        """What a status change did, truthfully: the commitment's status now, or (an entry dated
        before a later one) the status it keeps and the date of the entry that gives it."""
        from briefing.store import status_history as history_sql
        entries = self._reading(lambda: history_sql.history(self.store.conn, edit.uid))
        latest = entries[-1] if entries else None
        if latest is None or latest.entered_at == edit.entered_at:
            return f"commitment {commitment_id} is {status_word(edit.status)} as of {edit.date}"
        return (f"commitment {commitment_id} entered {status_word(edit.status)} as of {edit.date}; its status stays"
                f" {status_word(latest.status)}, from a later entry of {latest.date}")

    def link_progress(self, briefing_id: int, commitment_id: int | str, note: str | None = None,
                      status: str | None = None) -> TrackEdit:
        """Link a later briefing as progress on an earlier commitment: a history entry with the
        briefing as evidence, dated the briefing's event (status: given, else in progress)."""
        evidence = self.get(briefing_id)  # type: ignore[attr-defined]
        row = self.commitment(commitment_id)
        chosen = status or ("in_progress" if row.status in ("not_rated", "not_started") else row.status)
        when = evidence.event_date if evidence.event_date and evidence.event_date <= today() else None
        return self.track(commitment_id, chosen, note or f"progress reported in “{evidence.title}”", when, briefing_id)

    def _evidence(self, evidence: int | str | None, row: CommitmentRow) -> tuple[int | None, str | None]:
        from briefing.store import status_history as history_sql
        if evidence is None or (isinstance(evidence, str) and not evidence.strip()):
            return None, None
        text = str(evidence).strip()
        if text.isdigit():
            if not self.exists(int(text)):  # type: ignore[attr-defined]
                raise LibraryError(f"no briefing with id {text} to cite as evidence")
            if int(text) == row.briefing_id:
                raise LibraryError("a commitment's own briefing cannot be the evidence of its progress")
            dated = self._reading(lambda: history_sql.event_date_of(self.store.conn, int(text)))
            if dated and row.event_date and dated < row.event_date:
                raise LibraryError(f"briefing {text} ({dated}) is dated before the commitment was made"
                                   f" ({row.event_date}): evidence is a later briefing")
            return int(text), None
        if _URL.match(text):
            return None, text
        raise LibraryError(f"evidence is a briefing id or a web address (http…), not “{text[:60]}”")

    def apply_track(self, edit: TrackEdit) -> int:
        from briefing.store import status_history as history_sql
        def write() -> None:
            with self.store.db.atomic():
                history_sql.add_entry(self.store.conn, edit.uid, edit.date, edit.status, edit.note,
                                      edit.evidence_briefing_id, edit.evidence_url, edit.entered_at)
        self._writable()
        self._retrying(write)
        return edit.briefing_id

    def revert_track(self, edit: TrackEdit) -> int:
        from briefing.store import status_history as history_sql
        def write() -> None:
            with self.store.db.atomic():
                history_sql.remove_entry(self.store.conn, edit.uid, edit.entered_at, edit.before_status)
        self._writable()
        self._retrying(write)
        return edit.briefing_id

    def update_keeping_history(self, briefing: Briefing, edited_from: Briefing | None = None) -> None:
        """Replace a stored briefing; a status changed in it (in a briefing's Commitments pane, say)
        becomes an entry of that commitment's history, in the same transaction. With `edited_from`
        (the briefing as the editing began), a status the editor left alone keeps what was set
        meanwhile elsewhere (the Commitments view, `briefing track`)."""
        from briefing.store import status_history as history_sql
        from briefing.store.commitment_filters import NOT_RATED
        conn = self.store.conn
        with self.store.db.atomic():
            before = history_sql.stored_statuses(conn, briefing.id or 0)
            if edited_from is not None:
                began = {c.uid: c.status for c in edited_from.commitments if c.uid}
                for commitment in briefing.commitments:
                    uid = commitment.uid or ""
                    if uid in before and began.get(uid) == commitment.status != before[uid]:
                        commitment.status = before[uid]
            self.store.update(briefing)
            changed = [c for c in briefing.commitments if c.uid in before and before[c.uid] != c.status]
            if not changed:
                return
            entered = datetime.now(timezone.utc).isoformat(timespec="microseconds")
            for commitment in changed:
                if commitment.status == NOT_RATED:  # rated once, a commitment stays rated
                    history_sql.keep_status_of_history(conn, commitment.uid or "")
                else:
                    history_sql.add_entry(conn, commitment.uid or "", today(), commitment.status, None, None,
                                          None, entered)


def iso_date(value: str, name: str | None = None) -> str:
    """`value` as a YYYY-MM-DD date; LibraryError in one sentence naming it `name` (a field, an
    option) when it is not: 2021-02-30 is not a day of the calendar, 'May 5' is not a date at all."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return Date.fromisoformat(text).isoformat()
        except ValueError:
            raise LibraryError(f"{text} is not a day of the calendar") from None
    said = f"{name} {value}" if name else f"“{value}”"
    raise LibraryError(f"{said} is not a date (write YYYY-MM-DD)")


_COMMON_FIRST = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\w*[A-Z]\w*[A-Z]")


def due_phrase(text: str) -> str:
    """A due date as extraction found it, to follow 'due': 'This year' as 'this year'; a month,
    a day or a name in capitals ('May 2022', 'COP28') as written."""
    text = text.strip()
    if not text or _COMMON_FIRST.match(text):
        return text
    return text[0].lower() + text[1:]
