"""Find people's names in sentences: capitalised runs, split from titles, kept only with a person cue."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.extract.lexicon import (
    ABBREVIATIONS,
    AMBIGUOUS_COUNTRIES,
    CAP_PARTICLES,
    COMMON_CAPS,
    COUNTRIES,
    COUNTRY_WORD_SEQS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_NOUNS,
    RANK_MODIFIERS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    TITLE_HEADS,
)
from briefing.extract.sentences import Sentence, Token

CONNECTORS = frozenset("of for the and on to at in de du la des del provincial municipal regional national "
                       "state city county general federal".split())
APPOS_SKIP = frozenset("a an the his her its their also now currently then former newly".split())
APPOS_STOP = frozenset("and or by who which whose with in at on to from for of that as is was were has had "
                       "said says but while".split())
BY_VERBS = frozenset("led headed chaired signed hosted attended accompanied presided received joined co-chaired "
                     "co-hosted moderated opened".split())
WITH_NOUNS = frozenset("met meet meets talks meeting call conversation conference together".split())
RUN_ENDS = frozenset([",", ".", ";", ")", ":", "and", "who", "whose", "said", "says"])
OPEN_NICK = frozenset('“"‘')
CLOSE_NICK = frozenset('”"’')
TITLE_PREPS = frozenset("in of at to for".split())
VERB_BEFORE = frozenset("will would shall should can could may might must to also jointly and or not".split())
# Words that end a title appositive: '<name>, <title> and other delegates', '<title> were present', '<title> met'
APPOS_AND_STOP = frozenset("other others a an the several some many various their his her its senior "
                           "representatives officials members delegates guests leaders".split())
HONOURS = frozenset("Honourable Honorable Hon Excellency".split())
APPOS_END_WORDS = frozenset("was were is are has have had will would also together jointly met made held took "
                            "attended joined visited signed discussed exchanged toured witnessed participated "
                            "presided led gave delivered opened agreed welcomed received hosted inspected".split())
# Lower-case words that belong to the title they precede: 'regional councillor', 'deputy akim', 'state secretary'
TITLE_MODIFIERS = RANK_MODIFIERS | frozenset("provincial municipal regional state county city district federal "
                                             "national prime senior first principal".split())
LOWER_TITLE_STOP = frozenset("the a an his her its their by with from was were is are has had".split())


@dataclass(slots=True)
class NameHit:
    """A name found in a sentence, with the title phrase written next to it."""
    tokens: tuple[str, ...]
    start: int
    end: int
    title: str | None
    title_before: str | None
    sentence: int
    strong: bool


def is_title_word(tok: Token) -> bool:
    word = tok.base.lower().rstrip(".")
    if word in TITLE_HEADS or tok.base in HONORIFICS:
        return True
    if "-" in word:  # Minister-President, Vice-Chancellor
        parts = word.split("-")
        return parts[0] in TITLE_HEADS or parts[-1] in TITLE_HEADS
    return False


def _initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


def _title_at(tokens: list[Token], k: int) -> bool:
    """A title word at k, unless it is a verb: 'will host Tamil Nadu students', 'to head the office'."""
    tok = tokens[k]
    if not is_title_word(tok):
        return False
    if tok.cap or k == 0 or tokens[k - 1].text.lower() not in VERB_BEFORE:
        return True
    return k >= 2 and tokens[k - 1].text.lower() == "to" and tokens[k - 2].text.lower() == "according"


REGNAL = frozenset("II III IV V VI VII VIII IX X Jr Sr".split())


def _regnal(tokens: list[Token], k: int) -> bool:
    """A regnal or generational number closing a name: 'Nana Kofi Boateng II'."""
    prev = tokens[k - 1]
    return (tokens[k].text in REGNAL and prev.cap and not prev.possessive and prev.base not in ORG_WORDS
            and not is_title_word(prev) and not is_acronym(prev.base))


# Month names that are also first names: 'State Secretary Jan Riedel', 'Councillor June Ashby'
MONTH_NAMES = frozenset("Jan June April".split())


def _month_first_name(tokens: list[Token], k: int, j: int) -> bool:
    """A month word that starts a name: a capitalised word (no number) follows within the run, after a title."""
    if tokens[k].text not in MONTH_NAMES or k + 1 >= j or not tokens[k + 1].cap or tokens[k + 1].text[:1].isdigit():
        return False
    return k > 0 and (is_title_word(tokens[k - 1]) or tokens[k - 1].base in ORG_WORDS or tokens[k - 1].text == ",")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_country_word(word: str) -> bool:
    return word in COUNTRIES and word not in AMBIGUOUS_COUNTRIES


def _is_stop(tok: Token) -> bool:
    base = tok.base
    return (tok.possessive or base in ORG_WORDS or base in COMMON_CAPS or is_title_word(tok)
            or is_acronym(base) or is_country_word(base) or tok.text == ".")


def learn_places(sentences: list[Sentence]) -> set[tuple[str, ...]]:
    """Capitalised phrases the text itself marks as places ('Tra Vinh city', 'Gangwon's government')."""
    places: set[tuple[str, ...]] = set()
    for sent in sentences:
        for i, j in sentence_runs(sent):
            if j < len(sent.tokens):
                nxt = sent.tokens[j].text
                words = tuple(t.base for t in sent.tokens[i:j] if t.base not in COMMON_CAPS)
                if not words:
                    continue
                if nxt in PLACE_NOUNS or (sent.tokens[j - 1].possessive and nxt in PLACE_NOUNS | {"provincial"}):
                    places.add(words)
            if i > 0 and sent.tokens[i - 1].text in ("in", "from") and j - i >= 2:
                places.add(tuple(t.base for t in sent.tokens[i:j]))
    return places


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
            abbrev_dot = t.text == "." and gap == 0 and (prev.text in ABBREVIATIONS or _initial(prev)) and next_cap
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
    return (tokens[j].start - tokens[j - 1].end == 1 and nick.start == tokens[j].end and nick.cap
            and tokens[j + 2].start == nick.end and after.start - tokens[j + 2].end == 1 and after.cap
            and after.text[0].isalpha())


def _nickname_tokens(tokens: list[Token], a: int, b: int) -> set[int]:
    """Indexes of quote marks and the nickname between them within tokens[a:b]."""
    skip: set[int] = set()
    for k in range(a, b - 2):
        if tokens[k].text in OPEN_NICK and tokens[k + 2].text in CLOSE_NICK and k > a:
            skip.update((k, k + 1, k + 2))
    return skip


POSTNOMINALS = frozenset("MLA MLC MHA MP MPP MNA MSP MS TD OBE MBE CBE AO AM AC JP KC QC".split())
COUNTERPART_WORDS = frozenset("counterpart counterparts".split())


def _counterpart_before(tokens: list[Token], comma: int) -> bool:
    """'his counterpart from X, <name>': the clause before the comma names the person by a counterpart noun."""
    k = comma - 1
    while k >= 0 and comma - k <= 8 and tokens[k].text not in (",", ".", ";", "(", ")"):
        if tokens[k].text.lower() in COUNTERPART_WORDS:
            return True
        k -= 1
    return False


def _lower_title(tokens: list[Token], end: int) -> int | None:
    """Start of a lower-case title phrase ending just before `end`: 'the county's chief officer for trade, <name>'."""
    found = None
    k = end - 1
    while k >= 0 and end - k <= 8:
        tok = tokens[k]
        low = tok.text.lower()
        if tok.text == ")" and (aside := _open_paren(tokens, k)) is not None:
            k = aside - 1
            continue
        if tok.possessive and found is not None and tok.text[:1].islower() and k > 0 \
                and tokens[k - 1].text.lower() == "the":
            return k  # 'the county's chief officer for trade, <name>'
        if not tok.text[:1].isalpha() or tok.possessive:
            break
        if low in LOWER_TITLE_STOP and not (low == "the" and k > 0 and tokens[k - 1].text in TITLE_PREPS):
            break
        if is_title_word(tok):
            found = k
        k -= 1
    if found is None:
        return None
    return k + 1


def _place_prefix(words: list[str], places: set[tuple[str, ...]]) -> int:
    """Length of the longest known place phrase that starts the word list."""
    best = 0
    for k in range(len(words) - 1, 0, -1):
        if tuple(words[:k]) in places:
            return k
    return best


_SEQ_FIRST = frozenset(seq[0] for seq in COUNTRY_WORD_SEQS)


def _country_marks(words: list[str]) -> set[int]:
    marks: set[int] = set()
    if not _SEQ_FIRST.intersection(words):
        return marks
    for seq in COUNTRY_WORD_SEQS:
        m = len(seq)
        for k in range(len(words) - m + 1):
            if tuple(words[k:k + m]) == seq:
                marks.update(range(k, k + m))
    return marks


def _open_paren(tokens: list[Token], close: int) -> int | None:
    """Index of the '(' of a short aside '(prefeito)', '(IPPUC)' whose ')' is at `close`."""
    for k in range(close - 1, max(-1, close - 6), -1):
        if tokens[k].text == "(":
            return k if k < close - 1 else None
        if tokens[k].text in (")", ",", ".", ";"):
            return None
    return None


def _scan_title(tokens: list[Token], end: int, taken: set[int]) -> int | None:
    """Index where a title phrase ending just before `end` starts, or None when none is written there."""
    found = None
    k = end - 1
    steps = 0
    while k >= 0 and steps < 16 and k not in taken:
        tok = tokens[k]
        low = tok.text.lower()
        if tok.text == ")" and (aside := _open_paren(tokens, k)) is not None:
            k = aside - 1  # 'the mayor (prefeito) of Curitiba, <name>': the aside is not the title's end
            steps += 1
            continue
        if tok.text == "." and k > 0 and (tokens[k - 1].text in ABBREVIATIONS or _initial(tokens[k - 1])):
            pass
        elif _title_at(tokens, k) and not (tok.possessive and k == end - 1):
            found = k
        elif tok.text == ",":
            if not (k + 1 < end and tokens[k + 1].cap) or found is not None:
                break
        elif not (tok.cap or low in CONNECTORS or low in PLACE_NOUNS or tok.text in "'’-"):
            break
        k -= 1
        steps += 1
    if found is None:
        return None
    start = found
    while start > 0 and start - 1 not in taken:
        prev = tokens[start - 1]
        if (prev.cap and prev.base not in COMMON_CAPS) or prev.text.lower() in TITLE_MODIFIERS:
            start -= 1
        else:
            break
    return start


def _speech_after(tokens: list[Token], j: int) -> bool:
    k = j
    while k < len(tokens) and tokens[k].text.lower() in ("also", "further", "then", "later", "again"):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].text.lower()
    if word in SPEECH_VERBS:
        return True
    pair = word + " " + tokens[k + 1].text.lower() if k + 1 < len(tokens) else word
    return pair in SPEECH_PHRASES


def _appositive_title(tokens: list[Token], j: int) -> int | None:
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


def find_names(sent: Sentence, places: set[tuple[str, ...]]) -> list[NameHit]:
    """Names of people in one sentence, each kept only when a title, appositive or speech verb supports it."""
    tokens = sent.tokens
    hits: list[NameHit] = []
    taken: set[int] = set()
    for i, j in sentence_runs(sent):
        while j - i > 2 and tokens[j - 1].text in POSTNOMINALS:
            j -= 1  # 'Sarah Whitfield MLA': letters after the name are not part of it
        words = [t.base for t in tokens[i:j]]
        countries = _country_marks(words)
        last_stop = i - 1
        for k in range(i, j):
            if k - i in countries or (_is_stop(tokens[k]) and not (k == j - 1 and k > i and _regnal(tokens, k))
                                      and not _month_first_name(tokens, k, j)):
                last_stop = k
        prefix = _place_prefix(words[last_stop + 1 - i:], places)
        start = last_stop + 1 + prefix
        while start < j and tokens[start].text in NAME_PARTICLES:
            start += 1
        end = j
        while end > start and tokens[end - 1].text in NAME_PARTICLES:
            end -= 1
        if start >= end or end - start > 8 or sum(tokens[k].text not in NAME_PARTICLES for k in range(start, end)) > 5:
            continue  # 'Faisal bin Abdullah bin Jassim Al Thani': particles do not count
        nick = _nickname_tokens(tokens, start, end)
        name = [tokens[k].text for k in range(start, end) if k not in nick]
        if (len(name) >= 3 and not nick and start > 1 and tokens[start - 1].text in TITLE_PREPS
                and tuple(name[1:]) not in places and _scan_title(tokens, start, taken) is not None):
            # 'Consul General in Shanghai Anders Holmgren': the run starts with the title's place
            start += 1
            name = name[1:]
        if tuple(name) in places or (end < len(tokens) and tokens[end].text in PLACE_NOUNS | {"provincial"}):
            continue
        dotted = len(name) == 1 and "." in name[0] and name[0].split(".")[-1][:1].isupper()
        if (any(len(w) < 2 and w not in CAP_PARTICLES and w not in NAME_PARTICLES for w in name)
                or not all(w[:1].isupper() or w in NAME_PARTICLES for w in name)):
            continue
        title_start = _scan_title(tokens, start, taken)
        title_adjacent = start > 0 and _title_at(tokens, start - 1 if tokens[start - 1].text != "." else start - 2)
        multi = len(name) >= 2 or dotted
        prev = tokens[start - 1].text if start > 0 else ""
        cue = False
        if title_start is not None and (multi or title_adjacent):
            cue = True
        appos = _appositive_title(tokens, end) if multi else None
        if appos is not None:
            cue = True
        lone_said = (not multi and end + 1 < len(tokens) and tokens[end].text == ","
                     and _speech_after(tokens, end + 1))  # 'the head of the X Agency, Ratnawati, said'
        if (multi or lone_said) and prev == "," and (end >= len(tokens)
                                                      or tokens[end].text in RUN_ENDS | POSTNOMINALS):
            back = _scan_title(tokens, start - 1, taken)
            if back is None and start >= 2:
                back = _lower_title(tokens, start - 1)
            if back is not None and _closes_appositive(tokens, back, taken):
                # 'A B, minister of X, C D, councillor of Y': the title before the comma is A B's
                cue = True
                title_start = None
            elif back is not None or (start >= 2 and is_title_word(tokens[start - 2])):
                cue = True
                title_start = back if back is not None else start - 2
            elif _counterpart_before(tokens, start - 1):
                cue = True  # 'hosted his counterpart from X's Y municipality, <name>,
        strong = cue
        if not cue and multi:
            before = tokens[start - 2].text.lower() if start >= 2 else ""
            inverted = prev.lower() in SPEECH_VERBS and before in (",", "”", '"', "’", "'")
            said = _speech_after(tokens, end) or inverted or (before, prev) == ("according", "to")
            of_said = end < len(tokens) and tokens[end].text == "of" and any(
                t.text.lower() in SPEECH_VERBS for t in tokens[end:end + 20])
            by_with = (prev == "by" and before in BY_VERBS) or (prev == "with" and before in WITH_NOUNS)
            cue = said or of_said or by_with
        if not cue:
            continue
        if (prev in ("of", "in") and title_start is not None and title_start < start - 1 and end + 2 < len(tokens)
                and tokens[end].text == "," and tokens[end + 1].cap and tokens[end + 2].cap
                and tokens[end + 1].base not in COMMON_CAPS and tokens[end + 1].base not in ORG_WORDS
                and not is_country_word(tokens[end + 1].base) and not tokens[end + 1].possessive):
            continue  # 'the president of the Regional Council of Tangier-Tetouan-Al Hoceima, Omar Benjelloun': a place
        if start == i and prev.lower() == "the" and title_start is None:
            continue
        title = None
        if title_start is not None and title_start < start:
            title = _join(tokens, title_start, start)
        appos_title = _appositive_text(sent, tokens, end) if appos is not None else None
        if title and appos_title and title.rstrip(".") in HONORIFICS:
            title = None
        full = title
        comma = title_start - 1 if title_start is not None else -1
        if comma > 0 and tokens[comma].text.lower() == "the" and title.rstrip(".") in HONORIFICS | HONOURS:
            comma -= 1  # '..., the Honourable X'
        if title and title_start is not None and title_start >= start - 4 and comma > 0 \
                and tokens[comma].text == ",":
            # 'the Chair of the Regional Council, Councillor Aroha Te Rangi-Walker': the fuller title is before
            back = _scan_title(tokens, comma, taken)
            if back is None:
                back = _lower_title(tokens, comma)
            if back is not None:
                full = _join(tokens, back, comma) or title
        if full and title_start is not None and title_start >= 3 and tokens[title_start - 1].text == "whose" \
                and tokens[title_start - 2].text == ",":
            body = _body_before(tokens, title_start - 2)
            if body:
                full = f"{full} of {body}"  # 'the X Council, whose chairwoman, <name>'
        hits.append(NameHit(tuple(name), tokens[start].start, tokens[end - 1].end, full or appos_title,
                            title, sent.index, strong))
        taken.update(range(start, end))
    return hits


def _body_before(tokens: list[Token], end: int) -> str | None:
    """A capitalised organisation name ending just before `end` ('the Mongolia-Chile Business Council')."""
    k = end
    while k > 0 and (tokens[k - 1].cap or tokens[k - 1].text.lower() in ("of", "for", "and", "-")):
        k -= 1
    while k < end and not tokens[k].cap:
        k += 1
    if k >= end or tokens[end - 1].base not in ORG_WORDS:
        return None
    the = "the " if k > 0 and tokens[k - 1].text.lower() == "the" else ""
    return the + (_join(tokens, k, end) or "")


def _closes_appositive(tokens: list[Token], back: int, taken: set[int]) -> bool:
    """True when the title starting at `back` follows ', ' right after an earlier name (its appositive)."""
    k = back
    while k > 0 and tokens[k - 1].text.lower() in APPOS_SKIP:
        k -= 1
    return k >= 2 and tokens[k - 1].text == "," and k - 2 in taken


def _join(tokens: list[Token], a: int, b: int) -> str | None:
    while a < b and tokens[a].text.lower() in ("the", "a", "an", "and", "of", ","):
        a += 1
    while b > a and tokens[b - 1].text in (",", "and", "of", "the"):
        b -= 1
    if a >= b:
        return None
    text = ""
    for k in range(a, b):
        if k > a and tokens[k].start > tokens[k - 1].end:
            text += " "
        text += tokens[k].text
    return text


def _title_tail(sent: Sentence, tokens: list[Token], a: int, comma: int) -> int | None:
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


def _appositive_text(sent: Sentence, tokens: list[Token], end: int) -> str | None:
    """The title written after the name: up to the next comma, ' and other', ' who' or the sentence end."""
    k = end + 1
    a = k
    while k < len(tokens):
        t = tokens[k].text
        if t == "(" and k > a and k + 2 < len(tokens) and tokens[k + 1].cap and tokens[k + 2].text == ")":
            k += 3  # 'Joint Secretary (Ports)'
            continue
        if t == "," and k > a:
            more = _title_tail(sent, tokens, a, k)
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
        if t in ("who", "whose", "which") or (t == "and" and k + 1 < len(tokens)
                                               and tokens[k + 1].text.lower() in APPOS_AND_STOP):
            break
        if k > a + 1 and (t.lower() in SPEECH_VERBS or t in APPOS_END_WORDS
                          or (t.endswith("ed") and t.islower() and tokens[k - 1].cap)):
            break  # 'X, councillor of Y were present', '... of Y attended the talks'
        k += 1
    return _join(tokens, a, k)
