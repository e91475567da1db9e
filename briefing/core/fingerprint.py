"""Fingerprints of an article's text, to know the same article when it comes again (duplicates)."""

from __future__ import annotations

import re
import unicodedata

_ASCII_BYTES = bytes(range(128))
_ASCII_WORDS = bytes(b if chr(b).isalnum() and b < 128 else 32 for b in range(256))  # the rest: spaces
_ASCII_SEPARATORS = bytes(b if b >= 128 or chr(b).isalnum() else 32 for b in range(256))  # UTF-8's other bytes kept
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
NEAR_SHARE = 0.9  # sentences two texts must share (of the shorter) to be the same article


def normalized(text: str | None) -> str:
    """Case, accents, punctuation and spacing folded away: 'Città, 2020!' and 'citta 2020' are equal.

    The words are the runs of letters and digits (str.isalnum: what the regex [^\\W_]+ finds),
    joined by one space. Every other character becomes a space in the UTF-8 bytes, where
    bytes.translate (the ASCII ones) and bytes.replace (each distinct other one) are quick."""
    folded = (text or "").casefold()
    if not folded.isascii():
        folded = _decomposed(folded)
    if folded.isascii():  # (often once the accents are gone)
        return b" ".join(folded.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    data = folded.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS)
    for char in set(_non_ascii(data)):
        if not char.isalnum():  # (a UTF-8 sequence is never part of another character's)
            data = data.replace(char.encode("utf-8", "surrogatepass"), b" ")
    return b" ".join(data.split()).decode("utf-8", "surrogatepass")


def _non_ascii(data: bytes) -> str:
    """The non-ASCII characters of UTF-8 text: the text without its ASCII bytes."""
    return data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _decomposed(folded: str) -> str:
    """NFKD without the combining marks, made one distinct non-ASCII character at a time (an ASCII
    one is its own NFKD): the same text, as NFKD decomposes each character alone and only reorders
    the marks, which all go."""
    changes = {}
    for char in set(_non_ascii(folded.encode("utf-8", "surrogatepass"))):
        plain = "".join(part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
        if plain != char:  # each part of a decomposition is its own NFKD, so the order of replacing is free
            changes[char] = plain
    if len(changes) > 8:  # (Korean, say) one pass over the text rather than one for each character
        return folded.translate({ord(char): plain for char, plain in changes.items()})
    for char, plain in changes.items():
        folded = folded.replace(char, plain)
    return folded


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
