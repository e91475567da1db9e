"""Capitalised runs in a sentence, the words that stop a name there (titles, bodies, countries, places) and the
words after a name that make it a person's."""

from __future__ import annotations

import re

from briefing.extract import lexicon
from briefing.extract.lexicon import (
    ABBREVIATIONS,
    COMMON_CAPS,
    COUNTRY_WORD_SEQS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    ORG_WORDS,
    RANK_MODIFIERS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    WEEKDAYS,
)
from briefing.extract.sentences import Sentence, Token
from briefing.extract.titles import is_acronym, is_country_word, is_initial, is_title_word

OPEN_NICK = frozenset(('“', '"', '‘', "'", "''"))
CLOSE_NICK = frozenset(('”', '"', '’', "'", "''"))
PLURAL_TITLES = lexicon.words("plural_titles")
# No part of a name: a part of the world ('North Africa X Y'), a style after His/Her ('His Majesty X Y'), a street
NOT_NAME_WORDS = lexicon.WORLD_REGIONS | lexicon.STYLE_WORDS | lexicon.words("street_words")
REGNAL = lexicon.words("regnal_suffixes")
NAME_ABBREVIATIONS = lexicon.words("name_abbreviations")  # 'Md. Joynal Abedin': a given name written short


def regnal_end(tokens: list[Token], k: int) -> bool:
    """A regnal or generational number closing a name: 'Nana Kofi Boateng II'."""
    prev = tokens[k - 1]
    return (tokens[k].text in REGNAL and prev.cap and not prev.possessive and prev.base not in ORG_WORDS
            and not is_title_word(prev) and not is_acronym(prev.base))


# Month names that are also first names: 'State Secretary Jan Riedel', 'Councillor June Ashby'
MONTH_NAMES = lexicon.words("month_first_names")


def month_first_name(tokens: list[Token], k: int, j: int) -> bool:
    """A month word that starts a name: a capitalised word (no number) follows within the run, after a title."""
    if tokens[k].text not in MONTH_NAMES or k + 1 >= j or not tokens[k + 1].cap or tokens[k + 1].text[:1].isdigit():
        return False
    return k > 0 and (is_title_word(tokens[k - 1]) or tokens[k - 1].base in ORG_WORDS or tokens[k - 1].text == ",")


WORD_FAMILY_NAMES = lexicon.words("word_family_names")


def family_name_word(tokens: list[Token], k: int, j: int) -> bool:
    """A name syllable that is also a common word ('He', 'Sun'): it opens a name between a title and a given name
    ('Vice Premier He Lifeng'), or ends one after two name words ('Governor Kim Jin Sun')."""
    if tokens[k].text not in WORD_FAMILY_NAMES or k == 0:
        return False
    if k == j - 1 and k >= 2:
        return all(_name_syllable(tokens[n]) for n in (k - 2, k - 1))
    posted = k >= 3 and tokens[k - 2].text in ("to", "in") and is_title_word(tokens[k - 3])  # 'Ambassador to X He Wei'
    if k + 1 >= j or not (is_title_word(tokens[k - 1]) or posted and is_country_word(tokens[k - 1].base)):
        return False
    given = tokens[k + 1]
    return given.text.isalpha() and given.text[1:].islower() and not is_stop(given)


TITLE_WORD_SURNAMES = lexicon.words("title_word_surnames") | lexicon.words("month_surnames")


def title_word_surname(tokens: list[Token], k: int, j: int) -> bool:
    """A title word or a month that is a surname: the run's last word, after a given name that follows a title
    ('Mayor Andrew King said', 'Prime Minister Theresa May')."""
    return (tokens[k].text in TITLE_WORD_SURNAMES and k == j - 1 and k >= 2 and _name_syllable(tokens[k - 1])
            and not tokens[k - 1].possessive and is_title_word(tokens[k - 2]))


TITLE_WORDS_IN_NAMES = lexicon.words("title_words_in_names")
RULER_WORDS = lexicon.words("ruler_words")


def title_word_in_name(tokens: list[Token], i: int, k: int, j: int) -> bool:
    """A title word between two words of a name that starts the run (from i to j): 'Hisham Sultan Al Qahtani',
    'Abdullah Sultan Ahmad Shah'; not after a ruler's title that is also a name ('the Amir Sheikh Tamim'), nor
    after a word that starts no name ('the Nation Bangabandhu Sheikh X')."""
    return (tokens[k].text in TITLE_WORDS_IN_NAMES and i < k < j - 1 and _name_syllable(tokens[k - 1])
            and (k - 1 == i or is_stop(tokens[k - 2]))
            and not tokens[k - 1].possessive and tokens[k - 1].text not in RULER_WORDS
            and tokens[k + 1].cap and tokens[k + 1].text[:1].isalpha()
            and not (k >= 2 and tokens[k - 2].text == "of"))  # ('Sultan of Norland Sultan X': a place before it)


def capital_surname_end(tokens: list[Token], k: int, j: int) -> bool:
    """A family name in capitals closing a name, after a given name ('President Ivo Dana LARK'): four letters
    or more, and no body's or country's word."""
    tok = tokens[k]
    return (k == j - 1 and k >= 1 and len(tok.text) >= 4 and tok.text.isalpha() and tok.text.isupper()
            and _name_syllable(tokens[k - 1]) and not tokens[k - 1].possessive and tok.text not in POSTNOMINALS
            and tok.base not in ORG_WORDS and tok.text.title() not in ORG_WORDS and not is_country_word(tok.base)
            and not is_country_word(tok.text.title()))


def _name_syllable(tok: Token) -> bool:
    return tok.text.isalpha() and tok.text[:1].isupper() and tok.text[1:].islower() and not is_stop(tok)


NOT_GIVEN = lexicon.ROLE_MODIFIERS | lexicon.OFFICE_MODIFIERS | lexicon.RANK_MODIFIERS  # 'Prime'


def given_name_of(surname: str, sentences: list[Sentence], taken: set[str]) -> str | None:
    """The one given name the text writes before a surname that names a person alone ('Mr Marape' and, once,
    'James Marape lands …'), or None when it writes none, or more than one; never a word of another's name."""
    given: set[str] = set()
    for sent in sentences:
        if surname not in sent.text:
            continue
        toks = sent.tokens
        given.update(toks[k - 1].text for k in range(1, len(toks)) if toks[k].text == surname
                     and _name_syllable(toks[k - 1]) and toks[k - 1].text not in taken
                     and toks[k - 1].text.lower() not in NOT_GIVEN)
    return next(iter(given)) if len(given) == 1 else None


# No one's name: an abstract noun of a portfolio ('… Health and Population X Y', 'for Compact Negotiations X Y') or
# an acronym written in mixed case ('the MoFA X Y')
_ABSTRACT_ENDINGS = tuple(lexicon.entries("abstract_noun_endings"))
_MIXED_ACRONYM_RE = re.compile(r"[A-Z][a-z][A-Z]+")


def _not_a_name(base: str) -> bool:
    if base.endswith(_ABSTRACT_ENDINGS):  # a stem of four letters or more: 'Development', 'Tourism'; not 'Clement'
        ending = next(e for e in _ABSTRACT_ENDINGS if base.endswith(e))
        return len(base) - len(ending) >= 4 and base[1:].islower()
    return len(base) >= 3 and base[-1].isupper() and _MIXED_ACRONYM_RE.fullmatch(base) is not None


def is_stop(tok: Token, after: Token | None = None, initial_before: bool = False) -> bool:
    base = tok.base
    return (tok.possessive or base in ORG_WORDS or base in COMMON_CAPS or is_title_word(tok)
            or _not_a_name(base) or base.lower() in RANK_MODIFIERS  # 'the Governor Lieutenant of X'
            or (is_acronym(base) and not _capital_family_name(tok, after)) or is_country_word(base)
            or ("-" in base and all(is_country_word(p) or is_country_word(p + ".") for p in base.split("-")))
            or (tok.text == "." and not initial_before) or tok.text.lower() in PLURAL_TITLES or base in NOT_NAME_WORDS)


def participle_opening(tokens: list[Token], start: int, end: int) -> bool:
    """'Echoing Holguin, Patino said': a participle opens the sentence before the name run, another subject after
    the comma (a name never starts so: 'Sterling Brown, the minister, said' keeps its given name)."""
    word = tokens[start].text if start == 0 else ""
    return (end - start >= 2 and len(word) >= 6 and word.endswith("ing") and word[1:].islower()
            and end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap
            and not is_title_word(tokens[end + 1]))


def singular_title(plural: str) -> str:
    """'councilors' -> 'councilor', 'MPs' -> 'MP', 'secretaries' -> 'secretary'."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _capital_family_name(tok: Token, after: Token | None) -> bool:
    """'FUJIMURA Tetsuya': a family name in capitals before a given name, as Japanese and Korean papers write."""
    return (after is not None and len(tok.text) >= 3 and tok.text.isalpha() and after.start == tok.end + 1
            and after.text[:1].isupper() and after.text[1:].islower() and after.text.isalpha()
            and not is_title_word(after) and after.base not in ORG_WORDS and after.base not in COMMON_CAPS)


def sentence_runs(sent: Sentence) -> list[tuple[int, int]]:
    """capital_runs of a sentence, computed once."""
    if sent.runs is None:
        sent.runs = capital_runs(sent.tokens)
    return sent.runs


def capital_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges of runs of capitalised words (with name particles and title abbreviation dots)."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not (tok.cap and tok.text[0].isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n:
            t, prev = tokens[j], tokens[j - 1]
            gap = t.start - prev.end
            next_cap = j + 1 < n and tokens[j + 1].cap and tokens[j + 1].start - t.end == 1
            word = t.cap and t.text[0].isalpha() and 1 <= gap <= 2
            k = j
            while k < n and tokens[k].text in NAME_PARTICLES and tokens[k].start - tokens[k - 1].end == 1:
                k += 1
            particle = (k > j and k < n and tokens[k].cap and tokens[k].start - tokens[k - 1].end == 1
                        and tokens[k].text[0].isalpha())
            abbrev_dot = t.text == "." and gap == 0 and (prev.text in ABBREVIATIONS or is_initial(prev)) and next_cap
            if word or particle or abbrev_dot:
                j += 1
            elif _nickname_at(tokens, j):
                j += 3
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _nickname_at(tokens: list[Token], j: int) -> bool:
    """A quoted nickname inside a name: Ramon “Monching” Villacruz."""
    if j + 3 >= len(tokens) or tokens[j].text not in OPEN_NICK or tokens[j + 2].text not in CLOSE_NICK:
        return False
    nick, after = tokens[j + 1], tokens[j + 3]
    if after.text in NAME_PARTICLES and j + 4 < len(tokens):
        after = tokens[j + 4]  # 'Luiz Inácio “Lula” da Silva'
    return (tokens[j].start - tokens[j - 1].end == 1 and nick.start == tokens[j].end and nick.cap
            and tokens[j + 2].start == nick.end and after.start - tokens[j + 2].end <= 4 and after.cap
            and after.text[0].isalpha())


def nickname_tokens(tokens: list[Token], a: int, b: int) -> set[int]:
    """Indexes of quote marks and the nickname between them within tokens[a:b]."""
    skip: set[int] = set()
    for k in range(a, b - 2):
        if tokens[k].text in OPEN_NICK and tokens[k + 2].text in CLOSE_NICK and k > a:
            skip.update((k, k + 1, k + 2))
    return skip


POSTNOMINALS = lexicon.words("postnominals")  # 'Sarah Whitfield MLA': letters after the name


def place_prefix(words: list[str], places: set[tuple[str, ...]]) -> int:
    """Length of the longest known place phrase that starts the word list."""
    best = 0
    for k in range(len(words) - 1, 0, -1):
        if tuple(words[:k]) in places:
            return k
    return best


_SEQS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _seq in COUNTRY_WORD_SEQS:
    _SEQS_BY_FIRST.setdefault(_seq[0], []).append(_seq)


def country_marks(words: list[str]) -> set[int]:
    """Positions of the words that write a country of several words ('Papua New Guinea') in `words`."""
    marks: set[int] = set()
    for k, word in enumerate(words):
        for seq in _SEQS_BY_FIRST.get(word, ()):
            if tuple(words[k:k + len(seq)]) == seq:
                marks.update(range(k, k + len(seq)))
    return marks


def name_words(tokens: list[Token], start: int, end: int, skip: set[int]) -> list[str]:
    """The words of a name, an initial kept with its dot ('H.', 'N.', 'Siddalingaiah')."""
    words: list[str] = []
    k = start
    while k < end:
        tok = tokens[k]
        if k in skip or (tok.text == "." and words and words[-1].endswith(".")):
            k += 1
            continue
        if ((is_initial(tok) or tok.text in NAME_ABBREVIATIONS) and k + 1 < end and tokens[k + 1].text == "."
                and tokens[k + 1].start == tok.end):
            words.append(tok.text if tok.text in NAME_ABBREVIATIONS else tok.text + ".")  # 'Md. X' is 'Md X'
            k += 2
            continue
        word = tok.base if k == end - 1 and tok.possessive else tok.text
        glued = _GLUED_INITIALS_RE.fullmatch(word)
        if glued and (glued.group(1) is None or glued.group(1) in HONORIFICS):
            # 'B.Battsetseg' is 'B. Battsetseg', written without the space ('Prof.G.L.Peiris': the style goes)
            words.extend([*(letter + "." for letter in glued.group(2).split(".")[:-1]), glued.group(3)])
        else:
            words.append(word)
        k += 1
    return words


_GLUED_INITIALS_RE = re.compile(r"(?:([A-Z][a-z]{1,4})\.)?((?:[A-Z]\.)+)([A-Z][a-z][\w'’\-]*)")


def owner_name_end(tok: Token, before: Token) -> bool:
    """'Dr Ivo Lark’s inaugural visit': a name's last word written as an owner, after another of its words."""
    return (tok.possessive and tok.text[:1].isupper() and before.cap and not is_stop(before)
            and not is_stop(tok._replace(possessive=False)))


def bare_initials(name: list[str]) -> int:
    """How many initials without a stop open the name ('K Natwar Singh', 'S Jaishankar'): 0 unless a word of
    two letters or more follows them."""
    lead = 0
    while lead < len(name) - 1 and len(name[lead]) == 1 and name[lead].isupper() and name[lead] not in ("A", "I"):
        lead += 1
    return lead if lead and len(name[lead]) > 1 else 0


# What follows a name: speech, a time, presence at the event, a verb of which it is the subject
SPEECH_LEAD_ADVERBS = lexicon.words("speech_lead_adverbs")


def speech_after(tokens: list[Token], j: int) -> bool:
    """A speech verb (or phrase) after the name ending before j, past adverbs ('X also said')."""
    k = j
    while k < len(tokens) and tokens[k].text.lower() in SPEECH_LEAD_ADVERBS:
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].text.lower()
    if word in SPEECH_VERBS:
        return True
    pair = word + " " + tokens[k + 1].text.lower() if k + 1 < len(tokens) else word
    return pair in SPEECH_PHRASES


PLACE_AFTER = lexicon.words("place_after")  # 'the Minister for Police, Bryan Kramer in Port Moresby'
PRESENCE_AFTER = lexicon.entries("presence_after")


def time_after(tokens: list[Token], j: int) -> bool:
    """'…, Hugo Gobbi on Thursday', '…, Ivo Lark yesterday': a time after a name ends it."""
    word = tokens[j].text.lower()
    if word in ("yesterday", "today", "tonight"):
        return True
    return (word in ("on", "last", "this", "next", "in") and j + 1 < len(tokens)
            and (tokens[j + 1].text.lower() in WEEKDAYS or tokens[j + 1].text.lower() in MONTHS))


def presence_after(tokens: list[Token], j: int) -> bool:
    """'Feng Fei was present at the meeting', '... also attended': the words after a name place a person there."""
    ahead = " ".join(t.text.lower() for t in tokens[j:j + 3])
    return any(ahead == p or ahead.startswith(p + " ") for p in PRESENCE_AFTER)


VERBS_AFTER_NAME = lexicon.words("verbs_after_name")


def verb_after_name(tok: Token) -> bool:
    """A verb that can follow a subject's name: 'has', 'will', or a past form ('reiterated')."""
    return tok.text in VERBS_AFTER_NAME or (tok.text.islower() and tok.text.endswith("ed") and len(tok.text) > 4)
