"""Title phrases written after a name: the appositive (', mayor of Y,'), and the body a title names ('Mayor X of Y')."""

from __future__ import annotations

from briefing.extract.lexicon import (
    COMMON_CAPS,
    HONORIFICS,
    ORG_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
    WEEKDAYS,
    entries,
    words,
)
from briefing.extract.sentences import Sentence, Token
from briefing.extract.titles import (
    ORG_HEADS,
    TITLE_MODIFIERS,
    another_title_after_and,
    is_acronym,
    is_country_word,
    is_title_word,
    join_tokens,
)

APPOS_SKIP = words("appositive_skip")
APPOS_STOP = words("appositive_stop")
APPOS_AND_STOP = words("appositive_and_stop")
APPOS_END_WORDS = words("appositive_end_words")
NEWS_MEDIA_NOUNS = frozenset(entries("news_media_nouns"))


def past_honours(tokens: list[Token], j: int) -> int:
    """The comma that opens the appositive after a name ending at j, past the letters of honours written between
    commas ('Dame X Y, ON, GCMG, Governor General of …')."""
    while (j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 2].text == ","
           and is_acronym(tokens[j + 1].text) and len(tokens[j + 1].text) <= 6):
        j += 2
    return j


def appositive_title(tokens: list[Token], j: int) -> int | None:
    """End index of a title appositive ', deputy mayor of X,' right after a name ending at j."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    seen = 0
    while k < len(tokens) and seen < 6:
        tok = tokens[k]
        if tok.text in (",", ".", ";", "(", ")"):
            return None
        if is_title_word(tok) and not tok.possessive:
            return k
        if tok.text in APPOS_STOP:
            return None
        if tok.text.lower() in APPOS_SKIP or tok.cap or tok.text.islower():
            seen += 1
            k += 1
            continue
        return None
    return None


def body_before(tokens: list[Token], end: int) -> str | None:
    """A capitalised organisation name ending just before `end` ('the Mongolia-Chile Business Council')."""
    k = end
    while k > 0 and (tokens[k - 1].cap or tokens[k - 1].text.lower() in ("of", "for", "and", "-")):
        k -= 1
    while k < end and not tokens[k].cap:
        k += 1
    if k >= end or tokens[end - 1].base not in ORG_WORDS:
        return None
    the = "the " if k > 0 and tokens[k - 1].text.lower() == "the" else ""
    return the + (join_tokens(tokens, k, end) or "")


def closes_appositive(tokens: list[Token], back: int, taken: set[int]) -> bool:
    """True when the title starting at `back` follows ', ' right after an earlier name (its appositive)."""
    k = back
    while k > 0 and tokens[k - 1].text.lower() in APPOS_SKIP:
        k -= 1
    return k >= 2 and tokens[k - 1].text == "," and k - 2 in taken


def title_tail(sent: Sentence, tokens: list[Token], a: int, comma: int) -> int | None:
    """End of a title part after the comma at `comma`, when the title carries on past it: the office in an
    attendee list ('Director General, Tourism Department;') or a list of portfolios ('minister of jobs,
    economy and trade,')."""
    k = comma + 1
    line_break = False
    while k < len(tokens) and tokens[k].text not in (",", ";", "(", ")", "—", "–", ".", ":"):
        if k > comma + 1 and "\n" in sent.text[tokens[k - 1].end - sent.start:tokens[k].start - sent.start]:
            line_break = True
            break
        k += 1
    seg = tokens[comma + 1:k]
    if not seg or len(seg) > 7:
        return None
    closed = (line_break or k == len(tokens) or tokens[k].text == ";"
              or (tokens[k].text == "." and k == len(tokens) - 1))
    head = tokens[a:comma]
    if (closed and all(t.cap or t.text in ("and", "of", "for", "&") for t in seg) and seg[-1].base in ORG_WORDS
            and not any(t.text in ("of", "at", "for", "in") for t in head)):
        return k
    words = [t.text for t in seg]
    if (len(words) <= 4 and len(words) >= 3 and words[-2] == "and" and all(w.isalpha() and w.islower() for w in words)
            and not any(w in SPEECH_VERBS or w in APPOS_END_WORDS or w.endswith(("ed", "ing")) for w in words)
            and any(t.text in ("of", "for") for t in head) and head[-1].text.islower()):
        return k
    return None


def appositive_text(sent: Sentence, tokens: list[Token], end: int) -> str | None:
    """The title written after the name: up to the next comma, ' and other', ' who' or the sentence end."""
    k = end + 1
    a = k
    while k < len(tokens):
        t = tokens[k].text
        if t == "(" and k > a and k + 2 < len(tokens) and tokens[k + 1].cap and tokens[k + 2].text == ")":
            k += 3  # 'Joint Secretary (Ports)'
            continue
        if t == "," and k > a:
            more = title_tail(sent, tokens, a, k)
            if more:
                k = more
                if k < len(tokens) and tokens[k].text == ",":
                    continue
                break
        if t in (",", ";", "(", ")", "—", "–") or (t == "." and k == len(tokens) - 1):
            if t == "," and k + 2 <= len(tokens) and is_country_word(tokens[k + 1].base) and (
                    k + 2 == len(tokens) or tokens[k + 2].text in (",", ".")):
                k += 2
            break
        if t in ("who", "whose", "which") or (t == "and" and k + 1 < len(tokens) and (
                tokens[k + 1].text.lower() in APPOS_AND_STOP or tokens[k + 1].text.rstrip(".") in HONORIFICS)):
            break  # '..., a member of X and Mr Y': the next person
        if t == "and" and k + 2 < len(tokens) and tokens[k + 1].text.islower() and _clause_verb(tokens[k + 2].text):
            break  # '..., President of X and discussions focused on …': a clause of its own
        if t == "and" and another_title_after_and(tokens, k, len(tokens)):
            break  # '..., Mayor of Chengdu and Hamilton Mayor Y'
        if t in ("at", "in", "on") and k > a and k + 1 < len(tokens) and (
                tokens[k + 1].text in ("his", "her", "their", "its") or tokens[k + 1].text.lower() in WEEKDAYS):
            break  # '..., President of X at his office on Thursday': where and when, not the title
        if t == "to" and k > a and k + 1 < len(tokens) and tokens[k + 1].text.isalpha() \
                and tokens[k + 1].text.islower() and tokens[k + 1].text not in ("the", "a", "an"):
            break  # '..., Minister of Foreign Affairs to present his copy': a purpose, not a posting
        if k > a + 1 and (t.lower() in SPEECH_VERBS or t in APPOS_END_WORDS
                          or (t.endswith("ed") and t.islower() and tokens[k - 1].cap)):
            if tokens[a].text == "the" and t not in APPOS_END_WORDS and tokens[0].text in PHRASE_OPENERS:
                return None  # 'In his talks with X, the Minister recalled …': the next clause's subject
            break  # 'X, councillor of Y were present', '... of Y attended the talks'
        k += 1
    if k > a and (tokens[k - 1].text.lower() in NEWS_MEDIA_NOUNS
                  or " ".join(t.text for t in tokens[max(a, k - 2):k]).lower() in NEWS_MEDIA_NOUNS):
        return None  # "…, Malaysia's official Bernama news agency said": the report's source
    return join_tokens(tokens, a, k)


def _clause_verb(word: str) -> bool:
    """A word that makes the words before it a clause's subject: a past verb or a form of 'be' or 'have'."""
    return word.islower() and (word.endswith("ed") or word in ("was", "were", "is", "are", "has", "have"))


OF_OBJECT_VERBS = words("of_object_verbs")
PHRASE_OPENERS = words("phrase_openers")
PLACE_KIND_NOUNS = words("place_kind_nouns")
BODY_NOUNS = words("body_words")


def _proper_body(tokens: list[Token], k: int) -> int | None:
    """End of a capitalised body or place name starting at k: 'Portolano', 'Harbour City', 'Ministry of
    Commerce and Industry' ('of', 'for', 'and' only inside an organisation's name, never before a title)."""
    n = len(tokens)
    end = None
    org = False
    while k < n:
        tok = tokens[k]
        if tok.cap and tok.text[:1].isalpha() and (end is None or tok.start - tokens[k - 1].end <= 1):
            if end is not None and is_title_word(tok):
                return None  # 'of Portolano Mayor ...': a title, not the body's name
            org = org or tok.base in ORG_HEADS
            end = k + 1
            k += 1
            if tok.possessive and not (k < n and tokens[k].cap):
                return None  # "of Nordhavn's ruling party": another body ('Nordhavn People's Government' is one)
            continue
        if end is not None and org and tok.text in ("of", "for", "and") and k + 1 < n and tokens[k + 1].cap \
                and not is_title_word(tokens[k + 1]) and not (k + 2 < n and tokens[k + 2].cap and tok.text == "and"):
            k += 1  # 'Ministry of Commerce', 'Ministry of Trade and Industry'; not 'Harbour City and Tom Lee'
            continue
        break
    return end


def body_after_name(tokens: list[Token], title_start: int, start: int, end: int) -> tuple[int, str, bool] | None:
    """Rule 'title, name, of X': the body or place a title before the name belongs to, written after the name.

    'Mayor Ada Vell of Portolano' -> 'Portolano'; 'Minister Li Wei of the Commerce Ministry' -> 'the Commerce
    Ministry'; 'Governor Bram Osk of the opposition party' -> 'the opposition party' (a body, no proper name).
    Returns (index after X, X as written with its 'the', whether X is a proper name), or None when there is
    no such X: the title is only an honorific ('Dr Ann Bell of Leeds'), 'of' is the verb's ('reminded Mayor
    Vell of ...'), or the words after 'of' are no name ('of the dangers', "of Nordhavn's plans").
    """
    n = len(tokens)
    if end + 1 >= n or tokens[end].text != "of" or tokens[start - 1].text in (",", "(", ":"):
        return None
    if not any((tokens[k].text.lower().rstrip(".") in TITLE_HEADS and tokens[k].text.rstrip(".") not in HONORIFICS)
               or ("-" in tokens[k].text and is_title_word(tokens[k])) for k in range(title_start, start)):
        return None  # 'Dr Ann Bell of Leeds': an honorific is no office of a body
    if title_start > 0 and tokens[title_start - 1].text.lower() in OF_OBJECT_VERBS:
        return None
    if any(tokens[k].text == "of" for k in range(title_start, start)):
        return None  # 'the Mayor of Portolano Ada Vell of ...': the title has its body already
    k = end + 1
    the = tokens[k].text.lower() == "the"
    if the:
        k += 1
    if k >= n:
        return None
    after = _proper_body(tokens, k)
    if after is not None:
        if tokens[k].base in COMMON_CAPS or is_title_word(tokens[k]):
            return None
        if after < n and tokens[after].text in PLACE_KIND_NOUNS:
            after += 1  # 'of Nordhavn province'
        elif after < n and tokens[after].text.isalpha() and tokens[after].text.islower() and (
                tokens[after].text in BODY_NOUNS or tokens[after].text in TITLE_MODIFIERS):
            return None  # 'of the Nordhavn regional council': the name is only part of the body's
        return after, ("the " if the else "") + (join_tokens(tokens, k, after) or ""), True
    if not the:
        return None
    j = k  # 'Governor X of the southwestern Chinese province of Sichuan': the place the kind of area names
    while j < n and j - k < 4 and tokens[j].text.isalpha() and (
            tokens[j].text.islower() or is_country_word(tokens[j].text)):
        if tokens[j].text in PLACE_KIND_NOUNS and j + 2 < n and tokens[j + 1].text == "of":
            named = _proper_body(tokens, j + 2)
            if named is not None and not is_title_word(tokens[j + 2]) and tokens[j + 2].base not in COMMON_CAPS:
                return named, join_tokens(tokens, j + 2, named) or "", True
            break
        j += 1
    j = k
    while j < n and j - k < 4 and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].text in BODY_NOUNS:
            if j + 1 < n and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower() \
                    and tokens[j + 1].text in BODY_NOUNS:
                j += 1
                continue
            return j + 1, "the " + " ".join(t.text for t in tokens[k:j + 1]), False
        j += 1
    return None
