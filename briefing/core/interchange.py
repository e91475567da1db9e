"""The interchange JSON form (briefing/1): validation, conversion and reading .json/.jsonl files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.core.model import LEGACY_STATUSES, Briefing, Commitment, Participant, Source, Statement, StatusEntry
from briefing.core.resources import SCHEMA_FILE, resource_path
from briefing.core.review import DRAFT

SCHEMA_ID = "briefing/1"
MAX_WHOLE = 2**63 - 1  # the largest whole number SQLite (and most JSON readers) can hold
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # only a file that has one can hold a lone surrogate
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


class InterchangeError(ValueError):
    """A file or record that is not valid briefing/1; the message names file, record and field."""

    def __init__(self, message: str, file: str | None = None, record: int | None = None,
                 field: str | None = None) -> None:
        parts = [p for p in (file, f"record {record}" if record is not None else None,
                             f"field {field}" if field else None) if p]
        text = ": ".join([*parts, message])  # one line: control characters in names are shown escaped
        super().__init__("".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text))
        self.file, self.record, self.field = file, record, field


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(_schema_text()))


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resource_path(SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """A compiled check of the same schema (schema_check: msgspec types made from it) that raises on a
    bad record, or None. It is only trusted to say "valid": a record it refuses goes to jsonschema,
    which has the last word and the message. It never fills in defaults (the record is left as read)."""
    from briefing.core.schema_check import checker

    return checker(_schema_text())


def _field_path(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def validate(data: Any, file: str | None = None, record: int | None = None) -> None:
    """Raise InterchangeError naming the first problem in `data`, or return quietly.

    A valid record (nearly all of them) is checked once by the compiled check; only one it refuses
    pays for jsonschema, which decides and collects and sorts every error to name the first."""
    fast = _fast_check()
    if fast is not None:
        try:
            fast(data)
            return
        except Exception:  # any refusal (or surprise) of the fast check: jsonschema decides
            pass
    validator = _validator()
    if validator.is_valid(data):
        return
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.path)))
    if not errors:  # pragma: no cover - is_valid and iter_errors agree
        return
    error = errors[0]
    field = _field_path(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        field = ".".join(p for p in (field, missing[0] if missing else "") if p)
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = [name for name in error.instance if name not in allowed]
        field = ".".join(p for p in (field, extra[0] if extra else "") if p)
    message = error.message if len(error.message) < 200 else error.message[:197] + "..."
    raise InterchangeError(message, file=file, record=record, field=field or "(top level)")


def _commitment(data: dict[str, Any]) -> Commitment:
    status = data.get("status")
    history = [StatusEntry(**{**entry, "status": LEGACY_STATUSES.get(entry["status"], entry["status"])})
               for entry in data.get("history") or []]
    return Commitment(**{**data, "status": LEGACY_STATUSES.get(status, status) if status else "not_rated",
                         "history": history})


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    """Build a Briefing from an already validated briefing/1 dict."""
    source = data.get("source") or {}
    tags = list(data.get("tags") or [])
    review = data.get("review")
    if review is None:  # written before review was a field: the old marker tag "draft" meant a draft
        review = DRAFT if DRAFT in tags else "reviewed"
        tags = [tag for tag in tags if tag != DRAFT]
    return Briefing(
        id=data.get("id"),
        title=data["title"],
        event_date=data.get("event_date"),
        event_kind=data.get("event_kind"),
        places=list(data.get("places") or []),
        parties=list(data.get("parties") or []),
        summary=data.get("summary"),
        tags=tags,
        review=review,
        reviewed_by=data.get("reviewed_by"),
        reviewed_at=data.get("reviewed_at"),
        source=Source(**{k: source.get(k) for k in ("url", "outlet", "published", "credit", "text")}),
        participants=[Participant(**{**p, "aliases": list(p.get("aliases") or [])})
                      for p in data.get("participants") or []],
        statements=[Statement(**s) for s in data.get("statements") or []],
        commitments=[_commitment(c) for c in data.get("commitments") or []],
    )


def briefing_to_dict(briefing: Briefing, with_id: bool = True) -> dict[str, Any]:
    """The briefing/1 dict of a Briefing, every field present, keys in schema order."""
    data: dict[str, Any] = {"schema": SCHEMA_ID}
    if with_id:
        data["id"] = briefing.id
    plain = asdict(briefing)
    for commitment in plain["commitments"]:
        if commitment["firmness"] is None:  # the schema has no null firmness: not rated yet
            del commitment["firmness"]
        if commitment["uid"] is None:  # not yet stored: the library gives it one
            del commitment["uid"]
        if not commitment["history"]:  # none, or not read from the library: files stay as before
            del commitment["history"]
    for key in ("title", "event_date", "event_kind", "places", "parties", "summary", "tags", "review",
                "reviewed_by", "reviewed_at", "source", "participants", "statements", "commitments"):
        data[key] = plain[key]
    return data


def dumps(briefings: list[Briefing] | Briefing, indent: int | None = 2) -> str:
    """One briefing as an object, several as a list."""
    if isinstance(briefings, Briefing):
        payload: Any = briefing_to_dict(briefings)
    else:
        payload = [briefing_to_dict(b) for b in briefings]
    return json.dumps(payload, ensure_ascii=False, indent=indent)


def read_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(record number, parsed JSON) for each record of a .json or .jsonl file.

    A .jsonl file is read a line at a time, so a file of any size is never held in memory."""
    name = str(path)
    if path.suffix.lower() == ".jsonl":
        yield from ((number, record) for number, record, _checked in _read_lines(path, name))
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InterchangeError("no such file", file=name) from None
    except OSError as exc:
        raise InterchangeError(f"cannot read: {exc.strerror or exc}", file=name) from None
    text = _utf8(data.removeprefix(b"\xef\xbb\xbf"), name)
    payload = _loads(text, name, None)
    records = enumerate(payload, start=1) if isinstance(payload, list) else iter([(1, payload)])
    suspect = _SURROGATE_ESCAPE.search(text) is not None
    for number, record in records:
        yield number, _whole_characters(record, name, number) if suspect else record


def _read_lines(path: Path, name: str, fast: bool = False) -> Iterator[tuple[int, Any, bool]]:
    """Records of a .jsonl file, split on "\n" only: U+2028 and U+0085 are characters inside JSON strings.

    (number, record, checked): with `fast`, a line is first read by the compiled check of the schema
    (schema_check), in one pass, and `checked` says whether the record is already known to keep to it.
    A line it refuses (or that may hold half a character) is read the plain way."""
    reader = None
    if fast:
        from briefing.core.schema_check import as_plain, json_reader

        reader = json_reader(_schema_text())
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise InterchangeError("no such file", file=name) from None
    except OSError as exc:
        raise InterchangeError(f"cannot read: {exc.strerror or exc}", file=name) from None
    with stream:
        number = 0
        while True:
            try:
                raw = stream.readline()
            except OSError as exc:
                raise InterchangeError(f"cannot read: {exc.strerror or exc}", file=name) from None
            if not raw:
                return
            number += 1
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if reader is not None and _SURROGATE_ESCAPE_BYTES.search(raw) is None:
                try:
                    record = as_plain(reader.decode(raw))
                except Exception:  # any refusal: read the plain way, and checked by jsonschema
                    pass
                else:
                    yield number, record, True
                    continue
            line = _utf8(raw, name, number)
            if not line.strip():
                continue
            record = _loads(line, name, number)
            yield number, _whole_characters(record, name, number) if _SURROGATE_ESCAPE.search(line) else record, False


class _TooLarge(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _whole(digits: str) -> int:
    """A JSON integer, refused past 2^63 - 1 (and before Python's own limit on digits)."""
    if len(digits.lstrip("-")) > 19 or abs(value := int(digits)) > MAX_WHOLE:
        raise _TooLarge(digits)
    return value


def _fraction(digits: str) -> int | float:
    """A JSON number with a fraction or exponent: a whole one (5.0, 1e3) as an int, as the schema reads it."""
    value = float(digits)
    return _whole(str(int(value))) if value.is_integer() else value


def _not_json(constant: str) -> None:
    raise ValueError(f"{constant} is not a JSON value")


def _loads(text: str, name: str, record: int | None) -> Any:
    """Parse one JSON text; every way it can fail is an InterchangeError naming the file (and record)."""
    try:
        return json.loads(text, parse_int=_whole, parse_float=_fraction, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if record is None else f"column {exc.colno}"
        raise InterchangeError(f"not JSON: {exc.msg} ({where})", file=name, record=record) from None
    except _TooLarge as exc:
        shown = exc.digits if len(exc.digits) <= 40 else f"{exc.digits[:10]}…({len(exc.digits)} digits)"
        raise InterchangeError(f"the number {shown} is too large (whole numbers go up to {MAX_WHOLE})",
                               file=name, record=record) from None
    except RecursionError:
        raise InterchangeError("not a briefing: the JSON is nested too deeply to read", file=name,
                               record=record) from None
    except ValueError as exc:  # NaN, Infinity: Python reads them, JSON has no such values
        raise InterchangeError(f"not JSON: {exc}", file=name, record=record) from None


def _utf8(data: bytes, name: str, record: int | None = None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                               "interchange files are UTF-8", file=name, record=record) from None


def _whole_characters(record: Any, name: str, number: int) -> Any:
    """The record, unless one of its strings holds a lone surrogate ("\\ud800" read from the JSON)."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(record, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            found = _LONE_SURROGATE.search(value)
            if found:
                raise InterchangeError(f"holds \\u{ord(found.group()):04x}, half of a character without its other "
                                       "half (a damaged file?)", file=name, record=number,
                                       field=_field_path(path) or "(top level)")
        elif isinstance(value, dict):
            stack.extend((item, (*path, key)) for key, item in value.items())
            stack.extend((key, path) for key in value)
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
    return record


def iter_file(path: Path | str) -> Iterator[Briefing]:
    """Each briefing of a .json/.jsonl file in turn, validated as it is read (for streaming imports:
    a bad record raises InterchangeError when it is reached, after the ones before it were yielded)."""
    path = Path(path)
    records = (_read_lines(path, str(path), fast=True) if path.suffix.lower() == ".jsonl"
               else ((number, data, False) for number, data in read_records(path)))
    for record, data, checked in records:
        if checked:
            yield briefing_from_dict(data)
            continue
        try:
            validate(data, file=str(path), record=record)
        except RecursionError:  # nested deep enough that describing the problem runs out of stack
            raise InterchangeError("not a briefing: the JSON is nested too deeply to read", file=str(path),
                                   record=record) from None
        yield briefing_from_dict(data)


def load_file(path: Path | str) -> list[Briefing]:
    """Every briefing in a .json/.jsonl file, all validated first; raises InterchangeError on the first bad one."""
    return list(iter_file(path))
