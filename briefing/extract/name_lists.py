"""Names in lists and pairs: a plural title over several names ('MPs A, B and C'), a title shared by two places
('the governors of A, X, and B, Y'), a counterpart named by the side ('his Norland counterpart, X')."""

from __future__ import annotations

import re

from briefing.extract import lexicon
from briefing.extract.lexicon import COMMON_CAPS, HONORIFICS
from briefing.extract.name_runs import PLURAL_TITLES, singular_title
from briefing.extract.sentences import Token
from briefing.extract.titles import COUNTERPART_WORDS

LIST_OPENERS = lexicon.words("list_openers")
LEVEL_WORDS = lexicon.words("government_levels")  # 'provincial', 'municipal': a level that qualifies a title


# 'The mayors of Curitiba, Luciano Ducci, and Durban (South Africa), Obed Mlaba, signed': one title, two holders
SHARED_TITLE_RE = re.compile(lexicon.with_upper(
    r"\b[Tt]he ((?:[a-z]+ )?" + lexicon.alternation(sorted(PLURAL_TITLES)) + r") of ([A-Z][^,()]{1,40}?)"
    r"(?: \([^()]{1,30}\))?, ([^,]{3,60}?),? and ([A-Z][^,()]{1,40}?)(?: \([^()]{1,30}\))?, ([^,]{3,60}?)(?=,| [a-z])"))
SHARED_TITLE_WORD_RE = re.compile(lexicon.alternation(sorted(PLURAL_TITLES)) + " of ")


def shared_title_names(text: str) -> set[str]:
    """The names a shared plural title holds in a sentence ('the governors of A, X Y, and B, Z W')."""
    if text.count(",") < 3 or " and " not in text or SHARED_TITLE_WORD_RE.search(text) is None:
        return set()  # (quick looks for what every match holds)
    return {m.group(k).strip() for m in SHARED_TITLE_RE.finditer(text) for k in (3, 5)}


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
                     or (tokens[k - 1].text in ("and", "&") and k >= 2 and tokens[k - 2].cap and k < end - 1)):
        k -= 1  # ('his Trinidad and Tobago counterpart')
    return k if k < end - 1 and tokens[k].cap else None


def before_address(tokens: list[Token], k: int) -> int:
    """The index at or before k that is no form of address or its stop ('Mr.', 'Ms.')."""
    while k > 0 and (tokens[k].text == "." or tokens[k].text.rstrip(".") in HONORIFICS):
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
