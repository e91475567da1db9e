"""Fingerprints of an article's text, to know the same article when it comes again (duplicates)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")  # only these can hold combining marks
_ASCII_WORDS = bytes(b if chr(b).isalnum() and b < 128 else 32 for b in range(256))  # the rest: spaces
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
NEAR_SHARE = 0.9  # sentences two texts must share (of the shorter) to be the same article


def normalized(text: str | None) -> str:
    """Case, accents, punctuation and spacing folded away: 'Città, 2020!' and 'citta 2020' are equal."""
    folded = unicodedata.normalize("NFKD", (text or "").casefold())
    if not folded.isascii():
        folded = _NOT_ASCII.sub(_without_marks, folded)  # marks can only be among the non-ASCII characters
    if folded.isascii():  # (often once the accents are gone) bytes.translate is the quick way to the same words
        return b" ".join(folded.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    return " ".join(_WORD.findall(folded))


def _without_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def text_key(text: str | None) -> str | None:
    """A short key of the normalized text (None for an empty text): equal keys, the same article."""
    plain = normalized(text)
    import hashlib  # here: loading OpenSSL costs ~4 ms of a start-up that writes nothing

    return hashlib.sha1(plain.encode("utf-8")).hexdigest()[:20] if plain else None


def sentence_keys(text: str | None) -> set[str]:
    """The text's sentences, each normalized (sentences of fewer than four words are left out)."""
    keys = set()
    for sentence in _SENTENCE_END.split(text or ""):
        plain = normalized(sentence)
        if plain.count(" ") >= 3:
            keys.add(plain)
    return keys


def nearly_same(first: str | None, second: str | None, share: float = NEAR_SHARE) -> bool:
    """At least `share` of the sentences of the shorter text are in the other one."""
    a, b = sentence_keys(first), sentence_keys(second)
    if not a or not b:
        return False
    return len(a & b) >= share * min(len(a), len(b))
