"""Bytes → str: BOMs, BOM-less UTF-16, UTF-8 (a few bad bytes replaced), then a detector (GB18030, cp1252)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from briefing.ingest.article import IngestError

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The detector's first round: the legacy encodings our users' files actually come in.
PREFERRED = ["gb18030", "cp1252"]

# Declared charsets that name a subset of what we decode with (WHATWG's mapping, in short).
CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "utf8": "utf-8", "unicode": "utf-16",
}

# UTF-8 with a few bad bytes is still UTF-8 when its valid multi-byte characters outnumber the bad
# sequences this many times over; text in a legacy encoding (GB18030, EUC-KR, cp1251) forms a valid UTF-8
# sequence by chance at most one time in four or five, so it never gets near.
UTF8_EVIDENCE = 4
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_REPLACEMENT = "\ufffd"
_ENCODED_REPLACEMENT = _REPLACEMENT.encode("utf-8")
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    """A file's text and how many invalid UTF-8 byte sequences in it were replaced with U+FFFD."""

    text: str
    replaced: int = 0

    def warnings(self) -> list[str]:
        """The sentence to show the user when bytes were replaced; none otherwise."""
        if not self.replaced:
            return []
        plural = self.replaced != 1
        return [f"{self.replaced} invalid UTF-8 byte sequence{'s' if plural else ''} "
                f"{'were' if plural else 'was'} replaced with “{_REPLACEMENT}”"]


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a text file's bytes; IngestError when they are binary or in no encoding we can tell."""
    return decode_text(data, name, declared).text


def decode_text(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """As decode_bytes, also counting the bad bytes replaced in UTF-8 that is damaged in a few places."""
    if not data:
        raise IngestError("is empty", name)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if encoding == "utf-8":
                lenient = _lenient_utf8(body, with_bom=True)
                if lenient is not None:
                    return Decoded(_checked(lenient.text, name, encoding), lenient.replaced)
            return Decoded(_checked(_strict(body, encoding), name, encoding))
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return Decoded(_checked(utf16, name, "UTF-16"))
    if b"\x00" in data:
        raise IngestError("is a binary file, not text (it contains NUL bytes)", name)
    # Valid UTF-8 beyond ASCII is almost never an accident, so it outranks a (often stale) declaration;
    # so does UTF-8 with a few bad bytes among many good characters (a damaged download, a bad edit).
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(_checked(text, name, "utf-8"))
    lenient = _lenient_utf8(data)
    if lenient is not None:
        return Decoded(_checked(lenient.text, name, "utf-8"), lenient.replaced)
    encoding = _codec(declared)
    if encoding:
        text = _strict(data, encoding)
        if text is not None:
            return Decoded(_checked(text, name, encoding))
    encoding, text = detect(data)
    if text is None:
        raise IngestError("is not text in any encoding we can recognise (a binary file?)", name)
    return Decoded(_checked(text, name, encoding or "detected"))


def _lenient_utf8(data: bytes, with_bom: bool = False) -> Decoded | None:
    """UTF-8 with its invalid sequences replaced, when the good characters show it is UTF-8; else None.

    After a UTF-8 BOM, one bad sequence per hundred characters is still UTF-8."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT)
    if replaced <= 0:
        return None
    if with_bom:
        return Decoded(text, replaced) if replaced * 100 <= len(text) else None
    multibyte = len(text) - len(data.decode("ascii", errors="ignore")) - replaced
    return Decoded(text, replaced) if multibyte >= UTF8_EVIDENCE * replaced else None


def detect(data: bytes) -> tuple[str | None, str | None]:
    """Guess a legacy encoding with charset-normalizer: GB18030 / Windows-1252 first, then any."""
    from charset_normalizer import from_bytes

    for isolation in (PREFERRED, None):
        try:
            best = from_bytes(data, cp_isolation=isolation).best()
        except Exception:  # the detector is a heuristic: never let it take the import down
            best = None
        if best is not None:
            text = _strict(data, best.encoding)
            if text is not None:
                return best.encoding, text
    for encoding in PREFERRED:  # the detector declined; a strict decode still counts
        text = _strict(data, encoding)
        if text is not None:
            return encoding, text
    return None, None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML file declares in its first 4 KB (<meta charset>, <?xml encoding?>)."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().lower()
    label = CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A file that declares UTF-16 but has no BOM was handled above; UTF-7 is never trusted.
    return None if name in {"utf-16", "utf-32", "utf-7"} else name


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by NUL bytes falling on one side of each byte pair."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:65536]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # ASCII (digits, spaces, newlines) in UTF-16 puts a NUL in every pair, always on the same side;
    # even Chinese text has a few such characters.
    least = max(2, len(sample) // 200)
    if odd_nuls >= least and even_nuls <= odd_nuls * 0.1:
        encoding = "utf-16-le"
    elif even_nuls >= least and odd_nuls <= even_nuls * 0.1:
        encoding = "utf-16-be"
    else:
        return None
    text = _strict(data, encoding)
    if text is None or _control_ratio(text) > 0.01:
        return None
    return text


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    return bad / len(sample)


def _checked(text: str | None, name: str, encoding: str) -> str:
    """Reject a decode that yields control characters: binary data that happened to decode."""
    if text is None:
        raise IngestError(f"is not valid {encoding} text", name)
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise IngestError("is a binary file, not text", name)
    return text
