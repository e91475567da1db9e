"""Find people's names in sentences: capitalised runs, split from titles, kept only with a person cue."""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefing.extract import lexicon
from briefing.extract.appositives import (
    appositive_text,
    appositive_title,
    body_after_name,
    body_before,
    closes_appositive,
    past_honours,
)
from briefing.extract.lexicon import (
    ADDRESS_LINKS,
    ADDRESS_WORDS,
    CAP_PARTICLES,
    COMMON_CAPS,
    HONORIFIC_LINKS,
    HONORIFICS,
    HONOURS,
    NAME_PARTICLES,
    ORG_WORDS,
    PAIRED_HONORIFICS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    STYLE_WORDS,
    WEEKDAYS,
)
from briefing.extract.name_lists import (
    LIST_OPENERS,
    before_address,
    counterpart_named,
    list_opener_at,
    listed_title_of,
    shared_title_names,
)
from briefing.extract.name_runs import (
    NAME_ABBREVIATIONS,
    PLACE_AFTER,
    PLURAL_TITLES,
    POSTNOMINALS,
    bare_initials,
    capital_surname_end,
    country_marks,
    family_name_word,
    is_stop,
    month_first_name,
    name_words,
    nickname_tokens,
    owner_name_end,
    participle_opening,
    place_prefix,
    presence_after,
    regnal_end,
    sentence_runs,
    speech_after,
    time_after,
    title_word_in_name,
    title_word_surname,
    verb_after_name,
)
from briefing.extract.sentences import NAME_ARTICLES, Sentence
from briefing.extract.title_styles import STYLES
from briefing.extract.titles import (
    COUNTERPART_WORDS,
    ORG_HEADS,
    TITLE_PREPS,
    counterpart_before,
    honorific_at,
    is_country_word,
    is_initial,
    is_title_word,
    join_tokens,
    lower_title,
    military_rank,
    own_rank,
    scan_title,
    title_at,
    title_opens_sentence,
)

BY_VERBS = lexicon.words("by_verbs")
WITH_NOUNS = lexicon.words("with_nouns")
MEETING_VERBS = lexicon.words("meeting_verbs")
LONE_VENUES = lexicon.VENUE_WORDS - lexicon.words("venue_surnames")  # 'an Executive Mansion release'
RUN_ENDS = frozenset([",", ".", ";", ")", ":", "and", "who", "whose", *lexicon.entries("run_end_verbs")])


def _only_address(title: str) -> bool:
    """'His Excellency Mr.', 'Dr.': styles and forms of address, no office."""
    return all(w.rstrip(".").lower() in STYLES or w.rstrip(".'’") in HONORIFICS | PAIRED_HONORIFICS
               or w.rstrip(".") in HONOURS or w in HONORIFIC_LINKS for w in title.split())


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
    body: str | None = None  # 'the opposition party' of 'Governor Bram Osk of the opposition party'
    nickname: str | None = None  # 'Jokowi' of "Joko 'Jokowi' Widodo"


def find_names(sent: Sentence, places: set[tuple[str, ...]], speakers: frozenset[str] | set[str] = frozenset()
               ) -> list[NameHit]:
    """Names of people in one sentence, each kept only when a title, appositive or speech verb supports it."""
    tokens = sent.tokens
    hits: list[NameHit] = []
    taken: set[int] = set()
    met_ends: set[int] = set()  # where a name met ('met A B') ends: 'and C D' after it is met too
    shared = shared_title_names(sent.text)
    for i, j in sentence_runs(sent):
        while j - i > 2 and tokens[j - 1].text in POSTNOMINALS:
            j -= 1  # 'Sarah Whitfield MLA': letters after the name are not part of it
        if j - i > 2 and tokens[j - 1].text.endswith("day") and tokens[j - 1].text.lower() in WEEKDAYS:
            j -= 1  # 'Prime Minister X Y Monday held talks': the day the news puts after the name
        words = [t.base for t in tokens[i:j]]
        countries = country_marks(words)
        if i >= 2 and tokens[i - 1].text in ("and", "&") and tokens[i - 2].cap:
            # ('President of Bosnia and Herzegovina X Y': the run after 'and' ends a country's name)
            countries = {k - 2 for k in country_marks([tokens[i - 2].base, tokens[i - 1].text, *words]) if k >= 2}
        last_stop = i - 1
        for k in range(i, j):
            after = tokens[k + 1] if k + 1 < j else None
            initial = k > i and (is_initial(tokens[k - 1]) or tokens[k - 1].text in NAME_ABBREVIATIONS) and (
                tokens[k].start == tokens[k - 1].end)  # 'H. N. Rao', 'Md. Joynal Abedin'
            particle = k > i and tokens[k - 1].text in NAME_PARTICLES and is_title_word(tokens[k])  # 'bin Sultan'
            # 'Michael W. Marine': after a given name and a middle initial, a word that names bodies is a surname
            particle = particle or (k >= i + 3 and tokens[k - 1].text == "." and is_initial(tokens[k - 2])
                                    and not is_initial(tokens[k - 3]) and tokens[k].base in ORG_WORDS
                                    and not is_title_word(tokens[k]))
            particle = particle or (k > i and tokens[k].text in ("A", "I") and after is not None  # 'Natalie A. Baker'
                                    and after.text == "." and after.start == tokens[k].end
                                    and tokens[k - 1].text[1:].islower())
            of_state = k > 0 and tokens[k].text == "State" and tokens[k - 1].text == "of"  # 'Secretary of State X'
            paired = tokens[k].text in PAIRED_HONORIFICS and honorific_at(tokens, k)  # ("Dato' Seri X")
            if k - i in countries or of_state or paired or (is_stop(tokens[k], after, initial) and not particle
                                      and not (k == j - 1 and k > i and regnal_end(tokens, k))
                                      and not (k == j - 1 and k > i and owner_name_end(tokens[k], tokens[k - 1]))
                                      and not month_first_name(tokens, k, j)
                                      and not family_name_word(tokens, k, j)
                                      and not title_word_surname(tokens, k, j)
                                      and not title_word_in_name(tokens, i, k, j)
                                      and not capital_surname_end(tokens, k, j)):
                last_stop = k
        prefix = place_prefix(words[last_stop + 1 - i:], places)
        start = last_stop + 1 + prefix
        start += participle_opening(tokens, start, j)  # 'Echoing Holguin, Patino said'
        while start < j and tokens[start].text in NAME_PARTICLES:
            start += 1
        if start >= 2 and len(tokens[start - 1].text) == 2 and tokens[start - 1].text.isupper() \
                and tokens[start - 2].text.lower() in COUNTERPART_WORDS:
            start -= 1  # 'his Bangladeshi counterpart AK Abdul Momen': two initials written as one word
        end = j
        while end > start and tokens[end - 1].text in NAME_PARTICLES:
            end -= 1
        nick = nickname_tokens(tokens, start, end)
        counted = sum(tokens[k].text not in NAME_PARTICLES and tokens[k].text != "." and k not in nick
                      and tokens[k].text.lower() not in NAME_ARTICLES for k in range(start, end))  # ('Al Qahtani')
        if start >= end or end - start > 10 or counted > 5 or (end - start == 1 and (
                tokens[start].base in ORG_HEADS or tokens[start].base.lower() in LONE_VENUES)):
            continue  # 'Faisal bin Abdullah bin Jassim Al Thani': particles do not count; 'the Governor House'
        name = name_words(tokens, start, end, nick)
        in_at = start > 1 and (tokens[start - 1].text in TITLE_PREPS or (  # ('Consul General in New York X Y')
            start > 2 and tokens[start - 2].text == "in" and tokens[start - 1].cap and is_stop(tokens[start - 1])))
        if (len(name) >= 3 and not nick and in_at
                and tokens[start + 1].text not in NAME_PARTICLES  # 'in Rio de Janeiro': one place, no name
                and tuple(name[1:]) not in places and scan_title(tokens, start, taken) is not None):
            # 'Consul General in Shanghai Anders Holmgren': the run starts with the title's place
            start += 1
            name = name[1:]
        if tuple(name) in places or (end < len(tokens) and (tokens[end].text in PLACE_NOUNS | {"provincial"} or (
                len(name) == 1 and tokens[end].text in lexicon.THING_NOUNS))):  # 'the official London residence'
            continue
        if end + 1 < len(tokens) and tokens[end].text == "(" and ((tokens[end + 1].text.rstrip("s") == "".join(
                w[0] for w in name if w[:1].isupper()) and scan_title(tokens, start, taken) is None)
                or (start > 0 and tokens[start - 1].text in ("for", "of") and tokens[end + 1].text.isupper())):
            continue  # 'Confidence Building Measures (CBMs)', 'the Agency for Subsoil Use (ROSNEDRA)': a thing's name
        if (len(name) == 2 and start > 1 and tokens[start - 1].text == "of" and title_at(tokens, start - 2)
                and (end == len(tokens) or tokens[end].text in (",", ".", ";", "and"))):
            continue  # 'Crown Prince of Abu Dhabi and …': the place a title is of
        dotted = len(name) == 1 and "." in name[0] and name[0].split(".")[-1][:1].isupper()
        bare = bare_initials(name)
        if bare and scan_title(tokens, start, taken) is None and not (
                start > 0 and tokens[start - 1].text.lower() in COUNTERPART_WORDS):
            continue  # 'K Natwar Singh' is a name only where a title stands before it ('Minister K Natwar Singh')
        rest = name[bare:]
        if (any(len(w) < 2 and w not in CAP_PARTICLES and w not in NAME_PARTICLES
                and not (0 < n < len(rest) - 1 and w.isupper()) for n, w in enumerate(rest))  # ('Brent T Christensen')
                or not all(w[:1].isupper() or w in NAME_PARTICLES or "-" in w for w in name)):
            continue
        title_start = scan_title(tokens, start, taken)
        title_adjacent = start > 0 and (title_at(tokens, start - 1 if tokens[start - 1].text != "." else start - 2)
                                        or (start > 1 and tokens[start - 1].text == "State"
                                            and tokens[start - 2].text == "of")
                                        or (start > 1 and tokens[start - 1].text == "General"
                                            and title_at(tokens, start - 2)))  # 'Consul General Aoki'
        multi = len(name) >= 2 or dotted
        prev = tokens[start - 1].text if start > 0 else ""
        cue = False
        if title_start is not None and (multi or title_adjacent):
            cue = True
        appos_at = past_honours(tokens, end)
        appos = appositive_title(tokens, appos_at) if multi else None
        if appos is not None:
            cue = True
        lone_said = (not multi and end + 1 < len(tokens) and tokens[end].text == ","
                     and speech_after(tokens, end + 1))  # 'the head of the X Agency, Ratnawati, said'
        comma = start - 1  # the comma before the name, past the honorifics after it ('…, H.E. Mr. X Y')
        while comma > 0 and (tokens[comma].text == "." or tokens[comma].text.rstrip(".") in ADDRESS_WORDS
                             or tokens[comma].text in STYLE_WORDS
                             or (tokens[comma].cap and tokens[comma].text.lower() in STYLES)  # ('…, Sheikh X Y')
                             or (tokens[comma].text in ADDRESS_LINKS
                                 and (tokens[comma + 1].text.rstrip(".") in ADDRESS_WORDS
                                      or tokens[comma + 1].text in HONORIFIC_LINKS
                                      or tokens[comma + 1].text in STYLE_WORDS))):
            comma -= 1  # ('Prime Minister, the Most Hon. X Y', '…, Dr. the Hon. X Y', '…, His Excellency X Y')
        if comma < 0 or tokens[comma].text != ",":
            comma = start - 1
        title_end = start
        if (multi or lone_said) and tokens[comma].text == "," and start > 0 and (
                end >= len(tokens) or tokens[end].text in RUN_ENDS | POSTNOMINALS | PLACE_AFTER
                or time_after(tokens, end)):
            back = scan_title(tokens, comma, taken)
            if back is None and comma >= 1:
                back = lower_title(tokens, comma, taken)
            if back is not None and closes_appositive(tokens, back, taken):
                # 'A B, minister of X, C D, councillor of Y': the title before the comma is A B's
                cue = True
                title_start = None
            elif back is not None or (comma >= 1 and is_title_word(tokens[comma - 1])):
                cue = True
                title_start = back if back is not None else comma - 1
                title_end = comma + 1
            elif counterpart_before(tokens, comma):
                cue = True  # 'hosted his counterpart from X's Y municipality, <name>,
                named = counterpart_named(tokens, comma)
                if named is not None and (title_start is None
                                          or _only_address(join_tokens(tokens, title_start, start) or "")):
                    title_start, title_end = named, comma  # 'her Norland counterpart, Dr. X Y': 'Norland counterpart'
        elif multi and prev == "," and end < len(tokens) and verb_after_name(tokens[end]):
            back = scan_title(tokens, start - 1, taken)
            if back is not None and title_opens_sentence(tokens, back):
                cue = True  # 'The new High Commissioner to Ghana, Dana Roe has reiterated …'
                title_start = back
        paren = start - 1  # 'The Samoa High Commissioner (H.E. X Y)': the name in brackets after its title
        while paren > 0 and (tokens[paren].text == "." or tokens[paren].text.rstrip(".") in ADDRESS_WORDS):
            paren -= 1
        if (not cue and multi and paren > 0 and tokens[paren].text == "(" and end < len(tokens)
                and tokens[end].text == ")"):
            back = scan_title(tokens, paren, taken)
            if back is not None:
                cue, title_start, title_end = True, back, paren
        strong = cue
        if not cue and not multi and start == 0 and speech_after(tokens, end) and any(
                t.text in ("her", "his") for t in tokens[end:end + 8]):
            cue = True  # 'Ngutter also expressed her appreciation': a person named by the surname alone
        if not cue and multi:
            before = tokens[start - 2].text.lower() if start >= 2 else ""
            inverted = prev.lower() in SPEECH_VERBS and before in (",", "”", '"', "’", "'")
            said = speech_after(tokens, end) or inverted or (before, prev) == ("according", "to")
            of_said = end < len(tokens) and tokens[end].text == "of" and any(
                t.text.lower() in SPEECH_VERBS for t in tokens[end:end + 20])
            by_with = (prev == "by" and before in BY_VERBS) or (prev == "with" and before in WITH_NOUNS)
            if prev.lower() in COUNTERPART_WORDS:  # 'met his Malian counterpart Abdoulaye Diop'
                by_with = True
                named = counterpart_named(tokens, start)
                if named is not None and title_start is None:
                    title_start, title_end = named, start
            by_with = by_with or prev in MEETING_VERBS  # 'The CM met Abdulnasser Alshaali and …'
            who = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text == "who"
            listed = prev in LIST_OPENERS or presence_after(tokens, end)  # 'The delegation included A B, ...'
            cue = said or of_said or by_with or who or listed  # 'Monique Ferrand, who has chaired ...'
            if not cue and len(name) == 2 and (name[0] in speakers or name[-1] in speakers) \
                    and tokens[end - 1].base not in PLACE_NOUNS and tokens[end - 1].base not in ORG_WORDS:
                cue = True  # 'Gary Pruitt, a retired steelworker' when the article later has 'Gary said'
        if not cue and multi and shared and " ".join(name) in shared:
            cue = True  # 'the governors of A, X Y, and B, Z W'
        lead = before_address(tokens, start - 1) if start > 0 else -1  # past 'Mr.' in 'Members Mr. A, Ms. B'
        if (title_start is not None and 0 < lead < start - 1 and tokens[lead].text.lower() in COUNTERPART_WORDS
                and _only_address(join_tokens(tokens, title_start, start) or "")):
            named = counterpart_named(tokens, lead + 1)  # 'his Malaysian counterpart Datuk Seri X Y'
            title_start, title_end = (named, lead + 1) if named is not None else (title_start, title_end)
        lead_text = tokens[lead].text if lead >= 0 else ""
        opener = lead if lead_text.lower() in PLURAL_TITLES else (
            list_opener_at(tokens, lead, taken) if lead_text in (",", "and") else None)
        if not cue and multi and (opener is not None or prev == "and" and start - 2 in met_ends):
            cue = True  # 'MPs Rui Sá Carneiro, Marta Quintela and Filipa Moutinho Reis', 'met A B and C D'
        addressed = opener is not None and title_start is not None and _only_address(
            join_tokens(tokens, title_start, start) or "")
        listed_title = (listed_title_of(tokens, opener, taken) if opener is not None
                        and (title_start is None or addressed)  # ('Members Mr. A, Ms. B')
                        and tokens[opener].text.lower() in PLURAL_TITLES else None)  # each of 'councilors A, B' is one
        if cue and multi and prev in MEETING_VERBS | {"and"}:
            met_ends.add(end - 1)
        if not cue:
            continue
        if (prev in ("of", "in") and title_start is not None and title_start < start - 1 and end + 2 < len(tokens)
                and tokens[end].text == "," and tokens[end + 1].cap and tokens[end + 2].cap
                and tokens[end + 1].base not in COMMON_CAPS and tokens[end + 1].base not in ORG_WORDS
                and not is_country_word(tokens[end + 1].base) and not tokens[end + 1].possessive):
            continue  # 'the president of the Regional Council of Tangier-Tetouan-Al Hoceima, Omar Benjelloun': a place
        if title_start is None and ((start == i and prev.lower() == "the")
                                    or (start == i + 1 and tokens[i].text == "The")):
            continue  # 'the Karsbrook Post reported', 'The Karsbrook Post reported': a paper, a body
        if (start > i > 0 and tokens[i - 1].text in ("of", "at", "for") and not is_title_word(tokens[i])
                and tokens[i].text.lower() not in PLURAL_TITLES
                and end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap
                and not any(is_title_word(t) for t in tokens[end + 1:end + 4])  # (', Foreign Minister Y')
                and not (title_start is not None and i <= title_start < start)):  # ('of Vellmo Mayor X Y, …')
            continue  # 'President of Université Grenoble Alpes, <name>': the rest of a body's or place's name
        if (i > 0 and tokens[i - 1].text in ("of", "at", "for") and title_start is not None and title_start < i - 1
                and end + 1 < len(tokens) and tokens[end].text == "," and not tokens[end + 1].cap
                and closes_appositive(tokens, title_start, taken)):
            continue  # 'Federico Ayala, chief executive of Cumbre Andina, said': the company, not a second person
        title = (listed_title or shared.get(" ".join(name))) if title_start is None else listed_title
        if title_start is not None and title_start < start and not (listed_title and addressed):
            title = own_rank(tokens, title_start, join_tokens(tokens, title_start, title_end),
                             end < len(tokens) and (verb_after_name(tokens[end]) or tokens[end].text in SPEECH_VERBS))
        appos_title = appositive_text(sent, tokens, appos_at) if appos is not None else None
        if title and appos_title and (title.rstrip(".") in HONORIFICS or (" " in title and _only_address(title))):
            # 'Mr. X, the Speaker' and 'His Excellency Mr. X, the Speaker': the appositive is the title
            title = None
        full = title
        comma = title_start - 1 if title_start is not None else -1
        if comma > 0 and tokens[comma].text.lower() == "the" and title and title.rstrip(".") in ADDRESS_WORDS:
            comma -= 1  # '..., the Honourable X'
        if title and title_start is not None and title_start >= start - 4 and comma > 0 \
                and tokens[comma].text == ",":
            # 'the Chair of the Regional Council, Councillor Aroha Te Rangi-Walker': the fuller title is before
            back = scan_title(tokens, comma, taken)
            if back is None:
                back = lower_title(tokens, comma, taken)
            if back is not None and not any(k in taken for k in range(back, comma)) \
                    and not (back > 0 and tokens[back - 1].text.lower() == "as"):  # 'her post as X, Governor Y'
                full = join_tokens(tokens, back, comma) or title  # never a title that holds an earlier name
                if _only_address(full):
                    full = title  # 'His Excellency, President X Y': the form of address is no fuller title
        if full and title_start is not None and title_start >= 3 and tokens[title_start - 1].text == "whose" \
                and tokens[title_start - 2].text == ",":
            body = body_before(tokens, title_start - 2)
            if body:
                full = f"{full} of {body}"  # 'the X Council, whose chairwoman, <name>'
        of_body = None
        if title and full == title and appos is None and title_start is not None and title_start < start:
            after = body_after_name(tokens, title_start, start, end)
            if after is not None:
                head = title.split()
                while len(head) > 1 and (head[-1].rstrip(".'’") in HONORIFICS | PAIRED_HONORIFICS):
                    head.pop()  # 'Governor Mr. X of Fergana Region': 'Governor of Fergana Region' ("Datuk Seri" too)
                full = f"{' '.join(head)} of {after[1]}"  # rule 'title, name, of X': 'Mayor Ada Vell of Portolano'
                of_body = None if after[2] else after[1].removeprefix("the ")
        if (full and appos_title and full == title and end < len(tokens) and tokens[end].text == ","
                and ((len(full.split()) == 1 and appos_title[:1].isupper()) or military_rank(full))):
            full = None  # 'Ambassador X, State Minister of Foreign Affairs,': the appositive says more
        nickname = next((tokens[k].text for k in sorted(nick) if tokens[k].cap), None) if nick else None
        hits.append(NameHit(tuple(name), tokens[start].start, tokens[end - 1].end,
                            _country_in_capitals(full or appos_title), _country_in_capitals(title), sent.index, strong,
                            of_body, nickname))
        taken.update(range(start, end))
    return [_without_other_names(hit, hits) for hit in hits]


def _country_in_capitals(title: str | None) -> str | None:
    """'AUSTRALIAN High Commissioner' (a lead's first word in capitals, as some papers print it): 'Australian …'."""
    if title is None:
        return None
    first, _, rest = title.partition(" ")
    if len(first) > 3 and first.isupper() and is_country_word(first.capitalize()):
        return first.capitalize() + (" " + rest if rest else "")
    return title


def _without_other_names(hit: NameHit, hits: list[NameHit]) -> NameHit:
    """A title never holds another person's name. 'led by Mayor A B, City Manager C D, …' is a list: A B's title is
    the one before the name. 'A B, Secretary of X met with C D' (a stop missing): the title ends before 'met'."""
    if not hit.title or hit.title == hit.title_before:
        return hit
    for other in hits:
        name = " ".join(other.tokens)
        if other is hit or len(other.tokens) < 2 or name not in hit.title:
            continue
        before = hit.title[:hit.title.index(name)].rstrip()
        if " to " in f" {before} ":
            return replace(hit, title=before)  # 'adviser to the Prime Minister X': the title names X's post
        if other.title_before and before.endswith(other.title_before):
            return replace(hit, title=hit.title_before)  # a list of titled names
        words = before.split()
        while words and words[-1][:1].islower():
            words.pop()  # '… Committee met with'
        return replace(hit, title=" ".join(words) or hit.title_before)
    return hit
