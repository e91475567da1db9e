"""normalized (and so text_key, the duplicate fingerprint) folds text as the plain definition does."""

from __future__ import annotations

import random
import re
import unicodedata

from briefing.core.fingerprint import normalized, text_key

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _plain_normalized(text: str) -> str:
    """The definition: casefold, NFKD of the whole text, every combining mark dropped, words kept."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(ch for ch in folded if not unicodedata.combining(ch))))


SAMPLES = [
    "Città, 2020!", "Ålesund – Zürich – São Paulo", "ﬁnance ① ＦＵＬＬ width", "한국어 회담",
    "吉林省长春市 cooperation",
    "e\u0301\u0327 c\u0327\u0301 a\u0316\u0301\u0300", "\u1e69\u0323 \u0344x ǅ ẞ ß", "x\u034fy a\u034f\u0301",
    "Ελληνικά ΆΈΉ", "Москва́ й", "\u00bd \u2163 \u33a1 \u2122", "tab\there\nnew_line under_score",
    "lone \ud800 surrogate \udfff", "", "   ", "ascii only, plain words.",
]


def test_normalized_is_the_plain_definition_on_hand_picked_texts() -> None:
    for text in SAMPLES:
        assert normalized(text) == _plain_normalized(text), text


def test_normalized_is_the_plain_definition_on_random_unicode() -> None:
    chooser = random.Random(11)
    planes = [(0x20, 0x7f), (0xa0, 0x3000), (0x3000, 0xd7ff), (0xf900, 0x10000), (0x10000, 0x20000)]
    for _ in range(3000):
        parts = []
        for _ in range(chooser.randint(1, 30)):
            low, high = chooser.choice(planes)
            parts.append(chr(chooser.randrange(low, high)) if chooser.random() < 0.6 else chooser.choice(" abc.Z"))
        text = "".join(parts)
        assert normalized(text) == _plain_normalized(text), ascii(text)


def test_normalized_is_the_plain_definition_on_a_long_korean_text() -> None:
    text = "".join(chr(0xAC00 + (n * 37) % 11172) + (" " if n % 3 == 0 else "") for n in range(5000))
    assert normalized(text) == _plain_normalized(text)


def test_text_key_is_the_same_for_accented_and_plain_spellings() -> None:
    assert text_key("Città di Reggio nell'Emilia, Ålesund") == text_key("citta di reggio nell emilia alesund")
    assert text_key("吉林省 Città") == text_key("吉林省, citta!") != text_key("吉林 Città")
