"""What a person's title says: its roles, its body or place, the country, the gender; the title without styles."""

from __future__ import annotations

import re

from briefing.extract.lexicon import (
    ABBREVIATIONS,
    ADDRESS_WORDS,
    COUNTRIES,
    HONORIFIC_LINKS,
    ORG_WORDS,
    RANK_MODIFIERS,
    ROLE_MODIFIERS,
    TITLE_HEADS,
    WEEKDAYS,
    WORLD_REGIONS,
    keyed,
    listed,
    with_upper,
    words,
)
from briefing.extract.name_runs import PLURAL_TITLES, RULER_WORDS, singular_title
from briefing.extract.regions import (  # 'Ambassador to X': the country is the post
    POSTED_TITLE_WORDS,
    POSTING_RE,
    also_a_region,
)
from briefing.extract.titles import ORG_HEADS, TITLE_ABBREVIATIONS, is_country_word, military_rank

ROLE_ALIASES = keyed("role_aliases")
ROLE_HEADS = (TITLE_HEADS - words("not_role_heads")) | words("role_heads_extra")
ROLE_MODS = RANK_MODIFIERS | ROLE_MODIFIERS
CHAIN_JOINERS = words("chain_joiners")  # 'Governor of the Alba provincial government': words inside a body's name
GENERAL_TITLE_HEADS = words("general_title_heads")  # 'secretary general' is one title
FEMALE = words("female_words")
MALE = words("male_words")
HOLDERS_OFFICES = words("holders_offices")


def compound_role(word: str) -> bool:
    """'minister-president': a hyphenated title whose parts are titles is a role of its own."""
    return "-" in word and not word.startswith("vice-") and any(p in ROLE_HEADS for p in word.split("-"))


def roles_of(title: str | None) -> set[str]:
    """The roles a title names, with up to two rank words: 'Vice Governor of Alba' -> {'vice governor'}."""
    if not title:
        return set()
    words = [w.strip(".,'’").lower() for w in re.split(r"[\s,]+", title) if w.strip(".,'’")]
    roles = set()
    for k, word in enumerate(words):
        if k and word in HOLDERS_OFFICES and words[k + 1:k + 2] == ["of"]:
            break  # 'Director General of the Office of the Minister': the minister is someone else
        if word.startswith("(") and word.endswith(")") and k and words[k - 1] in ROLE_HEADS and word[1:-1].isalpha():
            roles.add(word[1:-1])  # 'mayor (prefeito)': the local word for the role names it too
            continue
        word = ROLE_ALIASES.get(word, word)
        base = word.split("-")[-1] if word.startswith("vice-") else word
        if base not in ROLE_HEADS and not compound_role(base):
            continue
        if roles and k >= 2 and words[k - 2] in ("of", "to") and words[k - 1] == "the":
            break  # 'Representative of the President of X', 'Adviser to the Minister': that role is another's
        if k + 1 < len(words) and words[k + 1] in ("general", "generals") and base in GENERAL_TITLE_HEADS:
            continue
        mods = []
        j = k - 1
        while j >= 0 and words[j] in ROLE_MODS and len(mods) < 2:
            mods.insert(0, words[j])
            j -= 1
        if word.startswith("vice-"):
            mods.append("vice")
        roles.add(" ".join([*mods, base]))
    return roles


def _chains(title: str) -> list[list[str]]:
    """Runs of capitalised words joined by 'of', 'and', 'for', 'the' (split before 'and <Title>')."""
    toks = re.findall(r"[\w’'\-.]+|,", title)
    chains: list[list[str]] = []
    run: list[str] = []
    for k, tok in enumerate([*toks, ","]):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        joiner = tok in CHAIN_JOINERS and run
        if tok == "and" and nxt.lower() in TITLE_HEADS:
            joiner = False
        if tok[:1].isupper() or joiner:
            possessive = tok.endswith(("'s", "’s", "s'", "s’")) and tok.rstrip("'’s") not in ("People",)
            run.append(re.sub(r"(?<=s)['’]$|['’]s$", "", tok) if possessive else tok)
            if possessive:
                chains.append(run)
                run = []
            continue
        chains.append(run)
        run = []
    result = []
    for chain in [piece for whole in chains for piece in _split_at_next_title(whole)]:
        while chain and chain[-1] in CHAIN_JOINERS:
            chain.pop()
        cut = 0
        for k, word in enumerate(chain):
            low = word.lower().rstrip(".")
            if (low in TITLE_HEADS or low in RANK_MODIFIERS or low == "general"
                    or ("-" in low and any(part in TITLE_HEADS for part in low.split("-")))):  # 'Vice-Chancellor'
                cut = k + 1
        while cut and cut < len(chain) and chain[cut] in ("of", "for", "the", "and", "to", "at"):
            cut += 1
        chain = chain[cut:] if cut < len(chain) else []
        if chain:
            result.append(chain)
    return result




def _split_at_next_title(chain: list[str]) -> list[list[str]]:
    """'Chairman of the State Council Prime Minister General' -> its two titles: the body a title is of ends where
    the next title starts."""
    for k in range(2, len(chain)):
        if chain[k - 1] in ORG_HEADS and (chain[k].lower() in TITLE_HEADS or chain[k].lower() in ROLE_MODS) \
                and "of" in chain[:k] and chain[0].lower() in TITLE_HEADS | ROLE_MODS \
                and any(word.lower() in TITLE_HEADS for word in chain[k:]):
            return [chain[:k], *_split_at_next_title(chain[k:])]
    return [chain]


def _without_region(body: str) -> str:
    """'Latin America of the World Economic Forum' -> 'World Economic Forum': the region is the post's."""
    region, of, rest = body.partition(" of ")
    if of and region.split()[-1] in WORLD_REGIONS and rest:
        return rest.removeprefix("the ")
    return body


EARLIER_OPENER_RE = re.compile(r"^(?:" + listed("earlier_title_words") + r")\s+", re.I)


def organization_of(title: str | None) -> str | None:
    """The body or place a title belongs to: an organisation name, 'of <place>', '<Place>'s', '<Place> Mayor'."""
    if not title:
        return None
    title = _without_name_openers(title.rstrip(" -–—"))  # 'Minister of Foreign Affairs- X': a dash as the end
    title = EARLIER_OPENER_RE.sub("", title)  # 'Former Prime Minister of X': a past office, no body 'Former'
    if any(word.strip(".,").lower() in POSTED_TITLE_WORDS for word in title.split()):
        title = POSTING_RE.split(title, maxsplit=1)[0]  # 'Consul General for X in the State of Georgia': a post
    if " of " in title:
        title = LONG_COUNTRY_RE.sub(country_named, title)  # 'United States of America': one place
    title = OF_STATE_RE.sub(r"\1", title)  # 'Secretary of State for Industry': 'State' is part of the title
    title = ACRONYM_AFTER_RE.sub("", title)  # 'the Lao National Chamber of Commerce (LNCCI)': the name, once
    chains = [c[:-1] if len(c) > 1 and c[-1].lower() in PLURAL_TITLES and c[-2] not in CHAIN_JOINERS else c
              for c in _chains(title)]  # 'Assembly Members' is no body; 'Council of Ministers' is one
    orgs = [c for c in chains if any(w in ORG_HEADS for w in c) and not _portfolio(" ".join(c), title)]
    if orgs and max(map(len, orgs)) > 1:  # 'deputy Party secretary': a lone 'Party' names no body
        return _without_region(" ".join(max(orgs, key=len)))
    for m in OF_PLACE_RE.finditer(title):
        place = m.group(1)
        owner, _, owned = place.partition(" ")
        if owned and re.search(r"['’]s?$", owner) and is_country_word(re.sub(r"['’]s?$", "", owner)):
            place = owned  # "of Laos' Xieng Khouang province": the country's province
        elif owned and re.sub(r"['’]s?$", "", owner) in ORG_HEADS:
            continue  # "Deputy Head of the Government's Administration": a unit of an unnamed government
        if MULTIWORD_COUNTRY_RE.match(title, m.start(1)):
            continue  # 'President of Trinidad and Tobago': a country
        if place.split()[-1].lower() in CHAMBER_SIDES or all(
                w.lower() in TITLE_HEADS or w.lower() in ROLE_MODS for w in place.split()):
            continue  # 'Leader of the Opposition', 'Co-chair of the Ethiopian Side', 'Office of the Prime Minister'
        rest = title[m.start(1):].split()
        if "and" in rest and rest[-1].lower() in PORTFOLIO_ENDS and all(
                w == "and" or (w[:1].isupper() and w not in ORG_HEADS and w.lower() not in TITLE_HEADS) for w in rest):
            continue  # 'Assistant Secretary of Insular and International Affairs': a portfolio, no body
        if not is_country_word(place) and not all(w in ORG_WORDS for w in place.split()) \
                and not _portfolio(place, title):  # 'Minister of External Relations of Brazil'
            return place + (" " + m.group(2) if m.group(2) else "")
    if MULTIWORD_COUNTRY_RE.match(title):
        return None  # 'Trinidad and Tobago counterpart': a country, no body
    lead: list[str] = []
    words = title.split()
    for k, word in enumerate(words):
        bare = re.sub(r"['’]s?$", "", word)
        low = bare.lower().rstrip(".,")  # ("PM's Press Secretary": a title's, no body)
        if (low in TITLE_HEADS or bare in TITLE_ABBREVIATIONS or low in PLURAL_TITLES or low in ROLE_MODS
                or not word[:1].isupper() or ("-" in low and any(part in TITLE_HEADS for part in low.split("-")))
                or (low in RANK_OPENERS and k + 1 < len(words) and words[k + 1].lower() in RANK_NEXT
                    and all(is_country_word(w) for w in lead))):
            break  # 'Minister-President', 'Vice-Chancellor' are titles, not places; 'Air Chief Marshal' a rank
        lead.append(re.sub(r"['’]s?$", "", word))
    after = words[len(lead)].lower() if len(lead) < len(words) else ""
    if lead and lead[-1].lower() in PORTFOLIO_ENDS and after in PORTFOLIO_HOLDERS:
        return None  # 'War Veterans Affairs Minister': a portfolio
    while lead and lead[-1] in LEVEL_ADJECTIVES | FUNCTION_ADJECTIVES:  # ('Political Counselor': a duty)
        lead.pop()
    place = " ".join(lead)
    if place and not is_country_word(place) and place not in COUNTRIES and place not in ORG_WORDS | RULER_WORDS and (
            lead[-1] in ORG_HEADS or not all(w in ORG_WORDS for w in _without_country_lead(lead))):
        return place  # ('National Assembly Chairman'; 'External Affairs Minister': a portfolio, no body)
    return None


def _without_country_lead(words: list[str]) -> list[str]:
    """The words after the country ones that open them ('Indian External Affairs' -> 'External Affairs')."""
    k = 0
    while k < len(words) - 1 and is_country_word(words[k]):
        k += 1
    return words[k:]


def _portfolio(words: str, title: str) -> bool:
    """'Minister of Police, Prisons and Fire Service', 'Minister for Civil Service': what a minister is minister of is
    a portfolio, not a body ('Minister of the Moscow Government' names one)."""
    return re.search(r"\b[Mm]inister (?:of|for) (?:[^,()]+, )*" + re.escape(words) + r"\b", title) is not None


LEVEL_ADJECTIVES = words("level_adjectives")
FUNCTION_ADJECTIVES = words("function_adjectives")
CHAMBER_SIDES = words("chamber_sides")
RANK_OPENERS = words("rank_openers")
PORTFOLIO_HOLDERS = words("portfolio_holders")
PORTFOLIO_ENDS = words("portfolio_ends")
RANK_NEXT = TITLE_HEADS | ROLE_MODS | {"commodore", "general"}
ACRONYM_AFTER_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")


def _country_names(names: list[str]) -> str:
    """Country names as one alternation, longest first, an apostrophe either way ("People's" or 'People’s')."""
    return "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))


# ('the' with it: 'Speaker of the National Assembly of the Republic of Serbia' names Serbia's assembly; 'T&T')
LONG_COUNTRY_RE = re.compile(r"(?:\b[Tt]he )?\b(?:" + _country_names([n for n in COUNTRIES if " of " in n or "&" in n])
                             + r")\b")
MULTIWORD_COUNTRY_RE = re.compile(r"\b(?:" + _country_names([n for n in COUNTRIES if " " in n]) + r")\b")


def country_named(found: re.Match[str]) -> str:
    """The country a LONG_COUNTRY_RE or MULTIWORD_COUNTRY_RE match names."""
    return COUNTRIES[found.group().removeprefix("the ").removeprefix("The ").replace("’", "'")]


OF_STATE_RE = re.compile(r"\b((?:[Ss]ecretary|[Mm]inister)(?:-[Gg]eneral)?) of State\b")
OF_PLACE_RE = re.compile(with_upper(r"\b(?:of|at) (?:the )?([A-ZÀ-ÖØ-Þ][\w’'\-.]*(?: [A-ZÀ-ÖØ-Þ][\w’'\-.]*)*)"
                                    r"(?: (" + listed("place_of_nouns") + "))?"))
AFFILIATION_RE = re.compile(with_upper(listed("affiliation_nouns") + r" (?:from|of) (?:the )?(?:[a-z]+ )*?"
                            r"(?:[A-Z][\w\-]* " + listed("affiliation_area_nouns") + " of )?"
                            r"(?P<a>[A-Z][\w\-]*(?: (?:of (?:the )?)?[A-Z][\w\-]*)*(?: "
                            + listed("affiliation_area_nouns") + ")?)|"
                            r"\b(?:his|her) (?P<b>[A-Z][\w\-]*(?: [A-Z][\w\-]*)*) counterpart"))


LED_BY_RE = re.compile(r"\b" + listed("leader_verbs") + r" by\b")


def affiliation_of(sentence: str, start: int) -> str | None:
    """'a delegation from X ..., led by <person>' or 'his X counterpart, <person>' gives the person's side."""
    for m in AFFILIATION_RE.finditer(sentence):
        if m.start() < start and (LED_BY_RE.search(sentence[m.end():start]) or m.group("b")):
            place = m.group("a") or m.group("b")
            if not is_country_word(place) and place.split()[-1].lower() not in PLURAL_TITLES:  # 'of Senators'
                return place
    return None


# 'his Malian counterpart Abdoulaye Diop', 'her Russian counterpart, Sergei Lavrov,': the words right before a name
COUNTERPART_SIDE_RE = re.compile(with_upper(r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir) )?([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}) "
                                            r"(?:" + listed("counterpart_words") + r"),?\s+"
                                            r"(?:[A-Z][\w'’]*\.?\s+){0,3}$"))  # ('… counterpart His Highness Prince X')


def counterpart_country(sentence: str, start: int) -> str | None:
    """The country of a person named right after 'his <Country> counterpart': 'his Malian counterpart X' is of Mali."""
    m = COUNTERPART_SIDE_RE.search(sentence, max(0, start - 60), start)
    return COUNTRIES[m.group(1)] if m and is_country_word(m.group(1)) else None


FROM_COUNTRY_RE = re.compile(with_upper(r"\s+from\s+(?:the\s+)?([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)"))


def country_after_name(sentence: str, end: int) -> str | None:
    """The country written right after a name: 'His Excellency X Y from Zambia presented …' is of Zambia."""
    m = FROM_COUNTRY_RE.match(sentence, end)
    if m is None:
        return None
    place = m.group(1) if is_country_word(m.group(1)) else m.group(1).split()[0]
    return COUNTRIES.get(place) if is_country_word(place) else None


CAP_PAIR_RE = re.compile(with_upper(r"[A-Z][\w\-.]*(?: [A-Z][\w\-.]*)?"))


# '<place> province, Norway' / '<place> of the Netherlands' and "Norway's <place>": the country of a place
COUNTRY_AFTER_RE = re.compile(with_upper(r"(?: [a-z]+| [A-Z][a-z]+)?(?:,| of| in) (?:the )?"
                                         r"([A-Z][\w\-]+(?: (?:of )?[A-Z][\w\-]+)?)"))
COUNTRY_BEFORE_RE = re.compile(with_upper(r"([A-Z][\w\-]+)['’]s? (?:[a-z]+ )?$"))


def country_of(title: str | None, text: str, org: str | None, seen: dict[str, str | None] | None = None) -> str | None:
    """The person's country from the title, else from the text around the organisation's place name; `seen`
    keeps each place's country for the article (many people share a place: one scan of the text each)."""
    source = title or ""
    spans = [(m.start(), m.end(), country_named(m)) for m in MULTIWORD_COUNTRY_RE.finditer(source)]
    if source:
        for found in CAP_PAIR_RE.finditer(source):
            word = found.group()
            if source[:found.start()].endswith(("to ", "to the ")) and not word.endswith(("'s", "’s")) and any(
                    w.lower() in POSTED_TITLE_WORDS for w in source[:found.start()].split()[-4:]):
                continue  # 'Ambassador to Pakistan' is of another country ('Adviser to the Pakistani PM' is not)
            inside = next((name for a, b, name in spans if a <= found.start() < b), None)
            if inside is not None:
                return inside  # 'Papua New Guinea', not 'Guinea'
            for cand in (word, word.split()[0]):
                if is_country_word(cand.rstrip(".")):
                    return COUNTRIES[cand.rstrip(".")]
                if cand.endswith(("'s", "’s")) and is_country_word(cand[:-2]):
                    return COUNTRIES[cand[:-2]]
                if (cand in COUNTRIES and source.startswith(("'s ", "’s "), found.start() + len(cand))
                        and not also_a_region(cand)):
                    return COUNTRIES[cand]  # "Jordan's Foreign Minister": no first name ("Georgia's" may be a state)
    for start, _, name in spans:  # 'Governor-General of Papua New Guinea': not Papua's
        if not source[:start].endswith(("to ", "to the ")):
            return name
    core = [w for w in (org or "").split() if w[:1].isupper() and w not in ORG_WORDS and not w.isupper()]
    if core and core != [w for w in core if w in ORG_HEADS]:  # ('World Bank X Region': no place, only 'Bank')
        place = " ".join(core[:3])
        if seen is None:
            return _place_country(place, text)
        if place not in seen:
            seen[place] = _place_country(place, text)
        return seen[place]
    return None


def _place_country(place: str, text: str) -> str | None:
    """The country the text writes with a place: 'X province, Norway', 'X of the Netherlands', "Norway's X"."""
    spots = []  # where the text writes the place (no regex per place: that would churn the shared regex cache)
    at = text.find(place)
    while at != -1:
        spots.append(at)
        at = text.find(place, at + len(place))
    for at in spots:
        m = COUNTRY_AFTER_RE.match(text, at + len(place))
        if m and "," in m.group(0) and OWNER_AFTER_RE.match(text, m.end(1)):
            continue  # 'A, Canada's B' / 'A, Lao province of B': the country goes with B
        if m:
            for c in (m.group(1), m.group(1).split()[0]):
                if is_country_word(c):
                    return COUNTRIES[c]
    for at in spots:
        m = COUNTRY_BEFORE_RE.search(text, max(0, at - 80), at)
        if m:
            return COUNTRIES[m.group(1)] if is_country_word(m.group(1)) else None
    return None


OWNER_AFTER_RE = re.compile(r"['’]s?\b| [a-z]")


def gender_of(title: str | None, hit_title: str | None) -> str | None:
    """'f' or 'm' when a word of the titles says so ('chairwoman', 'businessman'), else None."""
    words = {w.lower().strip(".") for w in (title or "").split() + (hit_title or "").split()}
    if words & FEMALE:
        return "f"
    if words & MALE:
        return "m"
    return None


OWNER_RE = re.compile(r"^(?:the )?([A-Z][\w\-.]*(?: [A-Z][\w\-.]*)*)['’]s? (?=\w)")


def clean_title(title: str | None) -> str | None:
    """The title without a leading organisation possessive ('the Regional Government's Economy Minister' ->
    'Economy Minister'; the body is kept as organization) and without the honorifics or ranks that open the
    name ('State Secretary Dr.', 'Governor of X Maj. Gen.'); a country or place possessive stays."""
    if not title:
        return title
    m = OWNER_RE.match(title)
    if m and m.group(1).split()[-1] in ORG_HEADS:
        title = title[m.end():]
    title = _without_name_openers(title.rstrip(" -–—"))
    last = title.rsplit(" ", 1)[-1]
    if last.lower() in PLURAL_TITLES and " of " not in title:  # 'Assembly Members Mr. X' (first of a list): one
        title = title[:len(title) - len(last)] + singular_title(last)
    if is_country_word(title):
        return None  # 'Kuwait Sheikh X', 'Kuwaiti Sheikh X': the country is the person's, the style no office
    return title or None


def _without_name_openers(title: str) -> str:
    """The title without the honorifics, ranks or initials that open the name after it ('Dr.', 'Maj. Gen.', 'H. E.')."""
    words = title.split()
    while len(words) > 1 and words[-1].endswith("day") and words[-1].lower() in WEEKDAYS:
        words.pop()  # 'Foreign Minister of Argentina Friday (agreed)': the day is no part of the title
    while len(words) > 1 and (words[-1].rstrip(".") in ADDRESS_WORDS or (
            words[-1].endswith(".") and words[-1].rstrip(".") in ABBREVIATIONS)
            or (len(words[-1]) == 2 and words[-1][0].isupper() and words[-1][1] == ".")):  # 'H. E.' spaced
        if not any(w.lower().rstrip(".") in TITLE_HEADS for w in words[:-1]) or military_rank(" ".join(words)):
            break  # ('Maj. Gen.' alone is the rank)
        words.pop()
        while len(words) > 1 and words[-1] in HONORIFIC_LINKS:
            words.pop()  # 'Prime Minister the Honourable'
    return " ".join(words)
