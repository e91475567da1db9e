"""Title phrases around a name: before it ('Deputy Mayor', 'the head of the X Agency,'), after it (', mayor of Y,')."""

from __future__ import annotations

from briefing.extract.lexicon import (
    ABBREVIATIONS,
    AMBIGUOUS_COUNTRIES,
    COMMON_CAPS,
    COUNTRIES,
    COUNTRY_WORD_SEQS,
    HONORIFICS,
    ORG_WORDS,
    PAIRED_HONORIFICS,
    PLACE_NOUNS,
    PORTFOLIO_WORDS,
    RANK_MODIFIERS,
    TITLE_HEADS,
    VENUE_WORDS,
    words,
)
from briefing.extract.sentences import Token

CONNECTORS = words("title_connectors")
HOME_OFFICE_HEADS = words("home_office_heads")
POSTED_TITLE_WORDS = words("posted_title_words")  # 'Ambassador', 'Consul': 'to <place>' after them is the post
_LINKING_PREPOSITIONS = frozenset(("to", "from", "by", "with"))  # ("of", "in": TITLE_PREPS, a place follows)
TITLE_PREPS = words("title_prepositions")
VERB_BEFORE = words("verb_before")
# Words that end a title appositive: '<name>, <title> and other delegates', '<title> were present', '<title> met'
# Lower-case words that belong to the title they precede: 'regional councillor', 'deputy akim', 'state secretary'
TITLE_MODIFIERS = RANK_MODIFIERS | words("title_modifiers")
CLAUSE_PARTICIPLES = words("clause_participles")
LOWER_TITLE_STOP = words("lower_title_stop")
ORG_HEADS = words("org_heads")
RANK_AFTER_OFFICES = words("rank_after_offices")  # 'Prime Minister General X': a rank


TITLE_ABBREVIATIONS = words("title_abbreviations")


def honorific_at(tokens: list[Token], k: int) -> bool:
    """A form of address at k: 'Dr', 'Hon', or 'Seri' right after another ("Dato' Seri")."""
    text = tokens[k].text.rstrip(".")
    if text in HONORIFICS:
        return True
    j = k - 1 if k and tokens[k - 1].text not in ("'", "’") else k - 2
    while j > 0 and tokens[j].text in PAIRED_HONORIFICS:  # ('Samdech Akka Moha Sena Padei Techo X')
        j -= 1
    return text in PAIRED_HONORIFICS and j >= 0 and tokens[j].text.rstrip(".") in HONORIFICS


def is_title_word(tok: Token) -> bool:
    return is_title_word_text(tok.base) or tok.base in HONORIFICS or tok.base in TITLE_ABBREVIATIONS


def is_title_word_text(word: str) -> bool:
    """A title head, or one opening or ending a hyphenated title ('Minister-President', 'Vice-Chancellor')."""
    low = word.lower().rstrip(".")
    parts = low.split("-")
    return low in TITLE_HEADS or ("-" in low and (parts[0] in TITLE_HEADS or parts[-1] in TITLE_HEADS))


def is_initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


RANK_HEADS = words("military_rank_heads")
MILITARY_RANKS = words("military_ranks") | RANK_HEADS


def military_rank(title: str | None) -> bool:
    """A title that is only a military rank: 'General', 'Major General', 'Lt. Col.', 'Vice-Senior General'."""
    parts = [part for word in (title or "").lower().replace(".", " ").split() for part in word.split("-")]
    return bool(parts) and parts[-1] in RANK_HEADS and all(part in MILITARY_RANKS for part in parts)


def rank_after_office(words: list[str]) -> int:
    """How many words at the end of a title are the holder's military rank after an office ('Commander-in-Chief of
    Defence Services Senior General': 2; 'Prime Minister General': 1), not part of it ('Consul General': 0)."""
    n = 0
    while n < min(3, len(words) - 1) and military_rank(" ".join(words[len(words) - n - 1:])):
        n += 1
    before = words[-n - 1].lower().rstrip(".-") if n else ""
    if not n or not words[-1][:1].isupper() or (before in TITLE_HEADS and before not in RANK_AFTER_OFFICES):
        return 0  # ('Consul General', 'Air Chief Marshal', 'Secretary- General': one title)
    return n if any(is_title_word_text(word) for word in words[:-n]) else 0


def own_rank(tokens: list[Token], start: int, title: str | None, verb_after: bool) -> str | None:
    """'after meeting the Seychellois Head of State Admiral X said': an office after 'the' and before a rank and a
    name that a verb follows is the other person's, whom the clause names (the comma left out); the name's title is
    the rank ('received the Minister of Defense General X who …' keeps the office)."""
    words = (title or "").split()
    n = rank_after_office(words) if verb_after and start > 0 and tokens[start - 1].text.lower() == "the" else 0
    return " ".join(words[-n:]) if n else title


def military_general(tokens: list[Token], k: int) -> bool:
    """'General' at k as a military rank before a name ('General X', 'Major General X', 'Senior General X'),
    not the second word of an office ('Consul General X', 'Attorney General X': a title word before it)."""
    return (tokens[k].text == "General" and k + 1 < len(tokens) and tokens[k + 1].cap
            and (k == 0 or not is_title_word(tokens[k - 1]) or tokens[k - 1].text.lower() in RANK_AFTER_OFFICES))


def title_opens_sentence(tokens: list[Token], k: int) -> bool:
    """Only an article and a few adjectives stand before the title at k ('The new Canadian Ambassador'), not a
    clause ('After meeting the Mayor')."""
    before = tokens[:k]
    return len(before) <= 3 and all(t.text in ("The", "the") or (t.text.islower() and not t.text.endswith("ing"))
                                    for t in before)


def title_at(tokens: list[Token], k: int) -> bool:
    """A title word at k, unless it is a verb: 'will host Tamil Nadu students', 'to head the office'."""
    tok = tokens[k]
    if military_general(tokens, k):
        return True
    if not is_title_word(tok):
        return False
    if tok.cap or k == 0 or tokens[k - 1].text.lower() not in VERB_BEFORE:
        return True
    return k >= 2 and tokens[k - 1].text.lower() == "to" and tokens[k - 2].text.lower() == "according"


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_country_word(word: str) -> bool:
    return word in COUNTRIES and word not in AMBIGUOUS_COUNTRIES


COUNTERPART_WORDS = words("counterpart_words")


def counterpart_before(tokens: list[Token], comma: int) -> bool:
    """'his counterpart from X, <name>': the clause before the comma names the person by a counterpart noun."""
    k = comma - 1
    while k >= 0 and comma - k <= 8 and tokens[k].text not in (",", ".", ";", "(", ")"):
        if tokens[k].text.lower() in COUNTERPART_WORDS:
            return True
        k -= 1
    return False


def lower_title(tokens: list[Token], end: int, taken: set[int] | frozenset[int] = frozenset()) -> int | None:
    """Start of a lower-case title phrase ending just before `end`: 'the county's chief officer for trade, <name>'
    (never over a name already read: `taken`)."""
    found = last = None
    k = end - 1
    while k >= 0 and end - k <= 10 and k not in taken:
        tok = tokens[k]
        low = tok.text.lower()
        if tok.text == ")" and (aside := open_paren(tokens, k)) is not None:
            k = aside - 1
            continue
        if tok.possessive and found is not None and tok.text[:1].islower() and k > 0 \
                and tokens[k - 1].text.lower() == "the":
            return k  # 'the county's chief officer for trade, <name>'
        if tok.possessive and found is None and tok.text[:1].islower() and k > 1 \
                and tokens[k - 1].text.lower() == "the" and tokens[k - 2].text in TITLE_PREPS:
            k -= 2  # 'the director of the city's Economic Development Department, <name>'
            continue
        if not tok.text[:1].isalpha() or tok.possessive:
            break
        if low in LOWER_TITLE_STOP and not (low == "the" and k > 0 and tokens[k - 1].text in TITLE_PREPS):
            break
        if is_title_word(tok):
            found = k
            last = k if last is None else last
        k -= 1
    if found is None or (last is not None and last + 1 < end and tokens[last + 1].text not in TITLE_PREPS):
        return None  # 'her official visit in X, <name>': the title word qualifies a noun after it; no title
    return k + 1


def open_paren(tokens: list[Token], close: int) -> int | None:
    """Index of the '(' of a short aside '(prefeito)', '(IPPUC)' whose ')' is at `close`."""
    for k in range(close - 1, max(-1, close - 6), -1):
        if tokens[k].text == "(":
            return k if k < close - 1 else None
        if tokens[k].text in (")", ",", ".", ";"):
            return None
    return None


_JOINED_COUNTRIES = [seq for seq in COUNTRY_WORD_SEQS if "of" in seq or "and" in seq]


def _country_ending_at(tokens: list[Token], k: int) -> int | None:
    """Start of a country's name with 'of' or 'and' that ends at token k ('United States of America', 'Trinidad and
    Tobago'), or None."""
    for seq in _JOINED_COUNTRIES:
        first = k - len(seq) + 1
        if first >= 0 and all(tokens[first + i].base == word for i, word in enumerate(seq)):
            return first
    return None


def _post_to(tokens: list[Token], k: int) -> bool:
    """'Consul General to Chengdu': a 'to' at k after an envoy's title opens the post, part of the title."""
    return tokens[k].text == "to" and any(t.text.lower() in POSTED_TITLE_WORDS for t in tokens[max(0, k - 2):k])


def scan_title(tokens: list[Token], end: int, taken: set[int]) -> int | None:
    """Index where a title phrase ending just before `end` starts, or None when none is written there."""
    found = None
    k = end - 1
    while k >= 0 and (tokens[k].text == "." or honorific_at(tokens, k)):
        k -= 1  # 'Hon. X', 'Dr X': the honorific stands between the title and the name
    if k >= 0 and (tokens[k].text in _LINKING_PREPOSITIONS or (tokens[k].text == "and" and k + 1 < end)) \
            and not _post_to(tokens, k):
        # 'a letter from the Vice President to Hon. X': no title ends in 'to'; '… Council and Mr X': the
        # honorific opens another person. The honorific alone may be the title
        return k + 1 if k + 1 < end and is_title_word(tokens[k + 1]) else None
    k = end - 1
    steps = 0
    while k >= 0 and steps < 16 and k not in taken:
        tok = tokens[k]
        low = tok.text.lower()
        if tok.text == ")" and (aside := open_paren(tokens, k)) is not None:
            k = aside - 1  # 'the mayor (prefeito) of Curitiba, <name>': the aside is not the title's end
            steps += 1
            continue
        if tok.text == "." and k > 0 and (tokens[k - 1].text in ABBREVIATIONS or is_initial(tokens[k - 1])
                                          or tokens[k - 1].text + "." in COUNTRIES):
            pass
        elif title_at(tokens, k) and not (tok.possessive and k == end - 1):
            found = k
        elif tok.text == ",":
            if not (k + 1 < end and tokens[k + 1].cap) or found is not None:
                break
        elif low == "to" and found is not None and k and tokens[k - 1].text.lower() == tokens[found].text.lower():
            break  # 'a message from my President to President X': the title starts after 'to'
        elif low == "and" and found is not None and any(t.possessive for t in tokens[k + 1:min(k + 5, end)]):
            break  # 'met the governor and Ontario's Minister of X, <name>': the title starts at 'Ontario's'
        elif low == "and" and found is not None and another_title_after_and(tokens, k, end):
            break  # 'X, Mayor of Chengdu and Hamilton Mayor <name>': the title starts at 'Hamilton'
        elif not (tok.cap or low in CONNECTORS or low in PLACE_NOUNS or tok.text in "'’-"
                  or _post_to(tokens, k) or _body_with(tokens, k)):
            break  # ('Consul General to Chengdu X': an envoy's post is part of the title)
        k -= 1
        steps += 1
    if found is None or (tokens[end - 1].text == "and" and any(t.text == "," for t in tokens[found:end])):
        return None  # '…, Chairman, X's Committee on Trade and Transport and Ana Berg': the title is the earlier name's
    start = found
    while start > 0 and start - 1 not in taken:
        prev = tokens[start - 1]
        if is_country_word(tokens[start].base) and (tokens[start].possessive or prev.base.lower() in VENUE_WORDS):
            break  # '… at Bayan Palace Qatar’s Deputy Prime Minister X', 'at Carthage Palace Algerian Minister Y'

        if prev.text == "." and start >= 2 and tokens[start - 2].text + "." in COUNTRIES:
            start -= 2  # 'The U.S. Ambassador': the stop is the country's abbreviation's
            continue
        if prev.text == ")" and (aside := open_paren(tokens, start - 1)) is not None \
                and (named := _initials_start(tokens, aside, taken)) is not None:
            start = named  # 'International Monetary Fund (IMF) chief X': the body and its initials
            continue
        if prev.text == "and" and start >= 2 and tokens[start - 2].cap and tokens[start].cap \
                and tokens[start - 2].text.lower() in PORTFOLIO_WORDS and not is_title_word(tokens[start]):
            start -= 2  # 'Hungarian Foreign and Trade Minister X': two portfolios of one minister
            continue
        if prev.text in ("of", "and"):
            country = _country_ending_at(tokens, start)  # 'United States of America Ambassador X'
            if country is None or any(k in taken for k in range(country, start)):
                break
            start = country
            continue
        if prev.text.lower() in CLAUSE_PARTICIPLES:
            break  # 'Receiving Ambassador X, …', 'Meeting Turkish Ambassador Y': the clause's verb
        if (prev.cap and prev.base not in COMMON_CAPS) or prev.text.lower() in TITLE_MODIFIERS and not (
                prev.text == "under" and tokens[start].cap):  # 'Under Secretary'; 'in Tokyo under Prime Minister X'
            start -= 1
        else:
            break
    return start


def office_initials(title: str | None, initials: str) -> bool:
    """The title writes these initials in brackets after the office they stand for: 'Chief of Army Staff (COAS)'
    for 'COAS' (not 'President of the X Chamber of Commerce (XCC)': a body's)."""
    before, bracket, _ = (title or "").partition(f"({initials})")
    words = before.split()
    for n in range(1, len(words) + 1):
        span = words[-n:]
        if initials.upper() in ("".join(w[0] for w in span).upper(), "".join(w[0] for w in span if w[0].isupper())):
            return bool(bracket) and span[0].lower() in TITLE_HEADS
    return False


def _initials_start(tokens: list[Token], paren: int, taken: set[int]) -> int | None:
    """Where the capitalised words before the '(' at `paren` start whose initials the brackets hold
    ('International Monetary Fund (IMF)'), or None ('Foreign Affairs (DFA)': a name cut short)."""
    letters = "".join(c for t in tokens[paren + 1:paren + 3] if t.text != ")" for c in t.text if c.isalpha())
    first = paren
    while first > 0 and first - 1 not in taken and tokens[first - 1].cap and paren - first < len(letters):
        first -= 1
    initials = "".join(t.text[0] for t in tokens[first:paren])
    return first if len(letters) >= 2 and initials.upper() == letters.upper() else None


def another_title_after_and(tokens: list[Token], k: int, end: int) -> bool:
    """'Mayor of Chengdu and Hamilton Mayor': the 'and' at k opens another person's title (a place, then a title
    head), not a second office of one person ('Deputy Prime Minister and Interior Minister') or a portfolio
    ('Minister of Culture and Tourism')."""
    if k == 0 or k + 2 >= end:
        return False
    if is_title_word(tokens[k - 1]):  # ('the US Ambassador and Prime Minister X': a posting and a home office)
        return tokens[k - 1].text.lower() in POSTED_TITLE_WORDS and any(
            tokens[n].text.lower() in HOME_OFFICE_HEADS for n in range(k + 1, min(k + 3, end)))
    first = tokens[k + 1]
    if not first.cap or is_title_word(first) or first.text.lower() in TITLE_MODIFIERS:
        return False
    for n in range(k + 2, min(k + 4, end)):
        if not tokens[n].cap:
            return False
        if is_title_word(tokens[n]) and tokens[n].base not in HONORIFICS:
            return True
    return False


def _body_with(tokens: list[Token], k: int) -> bool:
    """'with' inside a body's name: 'the Parliamentary Friendship Group with Serbia'."""
    return (tokens[k].text == "with" and 0 < k < len(tokens) - 1 and tokens[k - 1].base in ORG_WORDS
            and tokens[k + 1].cap)


def _opening_mark(tokens: list[Token], k: int) -> bool:
    """An apostrophe glued to the next word: "Prime Minister 'Aisake X" (the mark is the name's)."""
    return tokens[k].text in ("'", "‘", "’") and k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end


def join_tokens(tokens: list[Token], a: int, b: int) -> str | None:
    while a < b and tokens[a].text.lower() in ("the", "a", "an", "and", "of", ","):
        a += 1
    while b > a and (tokens[b - 1].text in (",", "and", "of", "the") or _opening_mark(tokens, b - 1)):
        b -= 1
    if a >= b:
        return None
    text = ""
    for k in range(a, b):
        if k > a and tokens[k].start > tokens[k - 1].end:
            text += " "
        text += tokens[k].text
    return text
