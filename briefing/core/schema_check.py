"""A compiled check of the interchange schema: msgspec types made from the JSON schema, which stays the one truth.

msgspec reads a record's JSON and checks it against these types in one pass in C (about five times
quicker than json.loads followed by a compiled JSON-schema check). It is only trusted to say "valid":
a record it refuses is read again the plain way, and jsonschema has the last word and words the error.
The types are made from the schema file when first needed; a keyword they do not know makes no check.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any, Literal, Union

MAX_WHOLE = 2**63 - 1  # as interchange.MAX_WHOLE: the largest whole number SQLite can hold
_WORDS_ONLY = {"description", "examples", "default", "title", "$schema", "$id"}  # say nothing about validity
_CHECKED = {"type", "properties", "required", "additionalProperties", "items", "enum", "const", "minLength",
            "maxLength", "pattern", "minimum"}


class UnknownKeyword(ValueError):
    """The schema uses a keyword these types cannot say: the check is not made (jsonschema alone decides)."""


def _simple(kind: str, schema: dict[str, Any]) -> Any:
    import msgspec

    base = {"string": str, "integer": int, "boolean": bool, "null": type(None), "number": float}.get(kind)
    if base is None:
        raise UnknownKeyword(f"type {kind!r}")
    limits: dict[str, Any] = {}
    if kind == "string":
        names = {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"}
        limits = {names[key]: schema[key] for key in names if key in schema}
    elif kind == "integer":  # read as SQLite reads it: no wider than 64 bits
        limits = {"ge": max(schema.get("minimum", -MAX_WHOLE), -MAX_WHOLE), "le": MAX_WHOLE}
    elif kind == "number" and "minimum" in schema:
        limits = {"ge": schema["minimum"]}
    return Annotated[base, msgspec.Meta(**limits)] if limits else base


def _type(schema: dict[str, Any], name: str) -> Any:
    unknown = set(schema) - _WORDS_ONLY - _CHECKED
    if unknown:
        raise UnknownKeyword(", ".join(sorted(unknown)))
    if "const" in schema:
        return Literal[schema["const"]]  # type: ignore[valid-type]
    if "enum" in schema:
        return Literal[tuple(schema["enum"])]  # type: ignore[valid-type]
    kinds = schema.get("type")
    if kinds is None:
        raise UnknownKeyword(f"{name}: no type")
    options = []
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        if kind == "object":
            options.append(_struct(schema, name))
        elif kind == "array":
            options.append(list[_type(schema["items"], f"{name}_item")] if "items" in schema else list)
        else:
            options.append(_simple(kind, schema))
    return Union[tuple(options)] if len(options) > 1 else options[0]  # noqa: UP007 - made at run time


def _struct(schema: dict[str, Any], name: str) -> Any:
    import msgspec

    if schema.get("additionalProperties", True) is not False:
        raise UnknownKeyword(f"{name}: an object open to other fields")
    required = set(schema.get("required", ()))
    fields: list[tuple[Any, ...]] = []
    for key, part in schema.get("properties", {}).items():
        kind = _type(part, f"{name}_{key}")
        fields.append((key, kind) if key in required else (key, kind | msgspec.UnsetType, msgspec.UNSET))
    fields.sort(key=len)  # the required ones first, as Python's dataclass-like structs want
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True)


@lru_cache(maxsize=1)
def record_type(schema_text: str) -> Any:
    """The msgspec type of one record of the schema given as JSON text; raises UnknownKeyword."""
    return _type(json.loads(schema_text), "Record")


def json_reader(schema_text: str) -> Any:
    """A msgspec JSON decoder of checked records (decode(bytes) raises on any problem), or None when
    msgspec is missing or the schema says what the types cannot."""
    try:
        import msgspec

        return msgspec.json.Decoder(record_type(schema_text))
    except (ImportError, UnknownKeyword):  # pragma: no cover - a dependency; the plain way gives every answer
        return None


def checker(schema_text: str) -> Any:
    """A function that raises unless a record already read (a dict) keeps to the schema, or None."""
    try:
        import msgspec

        kind = record_type(schema_text)
    except (ImportError, UnknownKeyword):  # pragma: no cover
        return None

    def check(data: Any) -> None:
        msgspec.convert(data, kind, strict=True)

    return check


def as_plain(record: Any) -> dict[str, Any]:
    """A checked record as json.loads would give it: dicts, lists and values (absent fields left out)."""
    import msgspec

    return msgspec.to_builtins(record)  # type: ignore[no-any-return]
