"""Names in lists and pairs: a plural title over several names ('MPs A, B and C'), a title shared by two places
('the governors of A, X, and B, Y'), a counterpart named by the side ('his Norland counterpart, X')."""

from __future__ import annotations

import re

from briefing.extract import lexicon
from briefing.extract.lexicon import COMMON_CAPS, HONORIFICS
from briefing.extract.name_runs import PLURAL_TITLES, singular_title
from briefing.extract.person_titles import MULTIWORD_COUNTRY_RE
from briefing.extract.sentences import Token
from briefing.extract.titles import COUNTERPART_WORDS, honorific_at

LIST_OPENERS = lexicon.words("list_openers")
LEVEL_WORDS = lexicon.words("government_levels")  # 'provincial', 'municipal': a level that qualifies a title


PLURAL_TITLE_FORMS = sorted(PLURAL_TITLES | {w[:1].upper() + w[1:] for w in PLURAL_TITLES})  # ('the Ambassadors of')
# 'The mayors of Curitiba, Luciano Ducci, and Durban (South Africa), Obed Mlaba, signed': one title, two holders
SHARED_TITLE_RE = re.compile(lexicon.with_upper(
    r"\b[Tt]he ((?:[a-z]+ )?" + lexicon.alternation(PLURAL_TITLE_FORMS) + r") of "))
SHARED_TITLE_WORD_RE = re.compile(lexicon.alternation(PLURAL_TITLE_FORMS) + " of ")
_ITEM_SPLIT_RE = re.compile(r"[,;]\s*(?:and\s+)?|\s+and\s+")
_ASIDE_END_RE = re.compile(r"\s*\([^()]{1,30}\)$")  # 'Durban (South Africa)'


def shared_title_names(text: str) -> dict[str, str]:
    """The names a shared plural title holds in a sentence, each with its title ('the governors of A, X Y, and B,
    Z W': {'X Y': 'governor of A', 'Z W': 'governor of B'}); two pairs of place and name at least."""
    if text.count(",") < 2 or " and " not in text or SHARED_TITLE_WORD_RE.search(text) is None:
        return {}  # (quick looks for what every match holds)
    found: dict[str, str] = {}
    for m in SHARED_TITLE_RE.finditer(text):
        items = _ITEM_SPLIT_RE.split(text[m.end():])
        pairs: list[tuple[str, str]] = []
        for place, name in zip(items[0::2], items[1::2]):
            place = _ASIDE_END_RE.sub("", place.strip())
            words = []
            for word in name.split():
                if not word[:1].isupper():
                    break  # 'Z W met on Monday': the list ends with the name
                words.append(word.rstrip("."))
                if word.endswith(".") and len(word) > 2:
                    break  # the sentence's end
            if not place[:1].isupper() or len(place) > 40 or not 2 <= len(words) <= 5:
                break
            pairs.append((place, " ".join(words)))
            if len(words) < len(name.split()):
                break
        if len(pairs) >= 2:
            held = m.group(1)
            title = " ".join([*held.split()[:-1], singular_title(held.split()[-1])])
            found.update((name, f"{title[:1].upper()}{title[1:]} of {place}") for place, name in pairs)
    return found


def list_opener_at(tokens: list[Token], k: int, taken: set[int]) -> int | None:
    """Where the plural title or list opener stands when tokens[k] (',' or 'and') continues the list of names it
    opens ('MPs A, B and C'), else None."""
    while k > 0 and tokens[k].text in (",", "and"):
        k -= 1
        if tokens[k].text == "," and tokens[k + 1].text == "and":
            k -= 1  # 'A, B, and C'
        if k not in taken:
            return None
        while k > 0 and k in taken:
            k -= 1
        k = before_address(tokens, k)  # 'Members Mr. A, Ms. B'
        if tokens[k].text.lower() in PLURAL_TITLES or tokens[k].text in LIST_OPENERS:
            return k
    return None


def counterpart_named(tokens: list[Token], end: int) -> int | None:
    """Where 'Norland counterpart' starts when it ends just before `end` ('his Norland counterpart, X'): the
    counterpart noun and the capitalised words of the side before it."""
    k = end - 1
    if k < 1 or tokens[k].text.lower() not in COUNTERPART_WORDS:
        return None
    while k > 0 and ((tokens[k - 1].cap and not tokens[k - 1].possessive and tokens[k - 1].text not in ("His", "Her"))
                     or (tokens[k - 1].text in ("and", "&") and k >= 2 and tokens[k - 2].cap and k < end - 1
                         and MULTIWORD_COUNTRY_RE.fullmatch(" ".join(t.text for t in tokens[k - 2:k + 1])))):
        k -= 1  # ('his Trinidad and Tobago counterpart'; not 'President X and Peruvian counterpart')
    return k if k < end - 1 and tokens[k].cap else None


def before_address(tokens: list[Token], k: int) -> int:
    """The index at or before k that is no form of address or its stop ('Mr.', 'Ms.', "Dato'")."""
    while k > 0 and (tokens[k].text == "." or honorific_at(tokens, k)
                     or (tokens[k].text in ("'", "’") and tokens[k - 1].text in HONORIFICS)):
        k -= 1
    return k


def listed_title_of(tokens: list[Token], opener: int, taken: set[int]) -> str:
    """The title each name after a plural title holds: 'Shandong provincial leaders A and B' -> 'Shandong provincial
    leader' (the words before it that qualify it: capitalised ones and a level like 'provincial')."""
    k = opener
    while k > 0 and opener - k < 3 and k - 1 not in taken and (
            (tokens[k - 1].cap and tokens[k - 1].base not in COMMON_CAPS)
            or tokens[k - 1].text in LEVEL_WORDS):
        k -= 1
    return " ".join([*(t.text for t in tokens[k:opener]), singular_title(tokens[opener].text)])
