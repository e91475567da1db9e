"""The event itself: headline, kind, places and parties (attendance.py reads who attended, summary.py the summary)."""

from __future__ import annotations

import re

from briefing.extract.lexicon import (
    COMMON_CAPS,
    COUNTRIES,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    RELATION_NOUNS,
    TITLE_HEADS,
    VENUE_WORDS,
    WEEKDAY_NAMES_RE,
    WORLD_REGIONS,
    alternation,
    entries,
    keyed,
    listed,
    with_upper,
    without_accents,
    word_regex,
    words,
)
from briefing.extract.name_runs import PLURAL_TITLES
from briefing.extract.person import Person
from briefing.extract.person_titles import (
    FUNCTION_ADJECTIVES,
    LEVEL_ADJECTIVES,
    LONG_COUNTRY_RE,
    MULTIWORD_COUNTRY_RE,
    ROLE_MODS,
    RULER_WORDS,
    country_named,
)
from briefing.extract.summary import summary  # noqa: F401  (the summary is written there)
from briefing.extract.titles import TITLE_ABBREVIATIONS, is_acronym, is_country_word, office_initials


def _cue(cue: str) -> str:
    """A cue of the kinds list as a regex: 'meet*' matches 'meets', 'phone call' matches 'phone  call'."""
    open_end = cue.endswith("*")
    return r"\b" + re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+") + ("" if open_end else r"\b")


def _stems(name: str) -> str:
    """List `name` as a regex alternation; an entry ending in '*' matches any word it starts ('memorand*')."""
    return "(?:" + "|".join(re.escape(c.rstrip("*")) + (r"\w*" if c.endswith("*") else "") for c in entries(name)) + ")"


# (kind, rule) in the order they are tried (resources/lexicon/en/event_kinds.txt); 'called on the Governor' is a
# meeting too.
KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile("|".join(_cue(c.strip()) for c in cues.split(","))
                      + (r"|\bcall(?:s|ed)? on (?:the )?(?-i:[A-Z])" if kind == "meeting" else ""), re.I))
    for kind, cues in keyed("event_kinds").items()]
# 'TARAZ. KAZINFORM -': a place in capitals, then a stop and the agency's name
DATELINE_PLACE_RE = re.compile(with_upper(r"^(?P<caps>[A-ZÀ-Ý](?:[A-ZÀ-Ý '\-]|\.(?! ))+?)"
                                          r"(?:,|\s+[—–-]|:|\s+\(|\.\s+[A-Z]{3,}\b)|"
                                          r"^(?P<name>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})(?: \([A-Z]{2,6}\))? [-–—] "))
VENUE_RE = re.compile(with_upper(r"\b(?:at|in) (?:the )?(?P<venue>(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w’'\-]*)"
                                 r"(?:\s+(?:" + listed("venue_particles") + r"\s+){0,2}"
                                 r"(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w’'\-]*|\d{1,2}(?= de [A-Z])))*"
                                 r"(?:\s+" + listed("venue_heads") + ")?)"))
LOWER_VENUE_RE = re.compile(with_upper(r"\bat the (?P<venue>(?:[a-z\-]+ ){0,3}" + listed("lower_venue_heads")
                                       + r"(?: of (?:the )?[A-Z][\w’'\-]*"
                                       r"(?:\s+(?:of |for |and )?[A-Z][\w’'\-]*)*)?)\b"))
EVENT_NAME_RE = re.compile(r"\s*(?:and\s+(?:[A-Z][\w’'\-]*\s+)+)*" + alternation(sorted(words("event_words"))) + r"\b")
EVENT_WORDS, VENUE_PARTICLES = words("event_words"), words("venue_particles")
DOCUMENT_WORDS = frozenset(entries("documents"))
TOPIC_FIELDS = words("topic_field_nouns")  # 'in the Field of Diplomatic Training': a topic
NAMED_OF_RE = re.compile(r" of ([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*)")
# capitalised words, with the particles of a place's name between them ('Rio Grande do Sul')
CAP_RUN_RE = re.compile(with_upper(r"(?:[A-ZÀ-ÖØ-Þ][\w’'\-.]*\s*(?:" + listed("place_name_particles")
                                   + r"\s+(?=[A-Z]))?)+"))
# a document's name split at 'of' would leave a side of each half ('Memorandum of Understanding')
HEADLINE_DOCUMENT_RE = re.compile(r"\b" + word_regex([d for d in entries("documents") if " of " in d]) + r"\b",
                                  re.IGNORECASE)
HEADLINE_SPLIT_RE = re.compile(r",|\band\b|\bwith\b|\bof\b|\bby\b|\bat\b|\bin\b|\bon\b|\bfor\b|\bto\b")


SIGNING_RE = re.compile(r"\b" + _stems("signing_verbs") + r"\b[^.;]{0,60}?\b" + _stems("signed_documents") + r"\b|"
                        r"\b" + _stems("signed_subject_documents") + r"\b[^.;]{0,40}?\b(?:(?:was|were) )?signed\b|"
                        r"\b" + _stems("signing_phrases") + r"\b", re.I)

STRONG_MEETING_RE = re.compile(r"\b" + _stems("meeting_words") + r"\b", re.I)
# 'made this known after a closed-door meeting with the President': a meeting the body names, with whom
MEETING_WITH_RE = re.compile(r"\b(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}meeting with\b")
# 'received a delegation ..., during which the two sides signed an MoU': a meeting with a signing in it
SIGNED_DURING_RE = re.compile(r"\b(?:during|at|after) which\b[^.;]{0,60}\bsign", re.I)


def _kind_of(source: str, headline: bool) -> str | None:
    for kind, rule in KIND_RULES:
        if kind == "signing ceremony":
            if rule.search(source) and re.search(r"\bsign", source, re.I):
                return kind
            continue
        if kind == "visit" and not headline:
            continue
        if kind == "visit" and re.search(r"\bmeeting\b", source, re.I) and not re.search(
                r"\bvisits?\b|\btour\b|\bcourtesy call\b", source, re.I):
            continue  # 'CM chairs meeting with Saxon delegation': the delegation alone makes no visit
        if rule.search(source):
            return kind
    return None


def event_kind(headline: str, lead: str, rest: str = "", body: str = "") -> str:
    """The kind of event: from the headline, then the lead, then the paragraph after it, then the rest of
    the `body`; a signed document with no other cue is a signing."""
    from_headline = _kind_of(headline, True)
    if from_headline in ("video conference", "phone call", "forum"):
        return from_headline
    if from_headline in (None, "meeting", "talks"):
        for medium, rule in KIND_RULES[:2]:  # 'In a telephone conversation on Monday, ...': the medium is the kind
            if rule.search(lead) or rule.search(rest):
                return medium
    if SIGNING_RE.search(headline) and not SIGNED_DURING_RE.search(lead):
        return "signing ceremony"  # 'Tartu and Turku sign three-year plan': the signing is the news
    kind = from_headline or _kind_of(lead, False)
    if kind == "meeting" and not from_headline and SIGNING_RE.search(lead) and not STRONG_MEETING_RE.search(lead):
        return "signing ceremony"  # 'A visiting delegation signed an agreement on ...': the signing is the event
    if kind:
        return kind
    if SIGNING_RE.search(headline) or SIGNING_RE.search(lead):
        return "signing ceremony"
    kind = _kind_of(rest, False)
    if kind:
        return kind
    if SIGNING_RE.search(rest):
        return "signing ceremony"
    return "meeting" if MEETING_WITH_RE.search(body) else "other"  # '... after a closed-door meeting with ...'


def _titlecase(word: str) -> str:
    """'DAR ES SALAAM' -> 'Dar es Salaam': a particle of a place's name stays lower case."""
    words = [w[:1] + w[1:].lower() for w in word.split()]
    return " ".join(w.lower() if k and w.lower() in VENUE_PARTICLES else w for k, w in enumerate(words))


# Bodies that are sides or employers, not places: 'at the Ministry of X' names no venue, unless a building
# (VENUE_WORDS) is named: 'at the Ministry of X headquarters', 'the Government Office', 'City Hall'
BODY_WORDS = words("body_words")


def _is_body(venue: str) -> bool:
    """An organisation named without a building: not a place where the event happened."""
    words = [w.lower().strip("’'") for w in venue.split()]
    return any(w in BODY_WORDS for w in words) and not any(w in VENUE_WORDS for w in words)


def _two_countries(venue: str) -> bool:
    """'in the UK Pakistan had a friend': a country, then the next clause's subject, read as one name."""
    words = venue.split()
    return any(is_country_word(" ".join(words[:k])) and is_country_word(" ".join(words[k:]))
               for k in range(1, len(words)))


_WEEKDAY_END_RE = re.compile(r"\s+(?:" + WEEKDAY_NAMES_RE + r")$")


def places(lead: str, people: list[Person]) -> list[str]:
    """The dateline city and the venues and cities named with 'at' / 'in' in the lead paragraph."""
    found: list[str] = []
    m = DATELINE_PLACE_RE.match(lead)
    if m:
        found.append(_titlecase(m.group("caps").strip()) if m.group("caps") else m.group("name"))
    names = {p.name for p in people} | {t for p in people for t in p.tokens}
    for m in VENUE_RE.finditer(lead):
        venue = _WEEKDAY_END_RE.sub("", m.group("venue").strip())  # 'met in Buenos Aires Monday with …'
        named = NAMED_OF_RE.match(lead, m.end("venue")) if venue.split()[-1].islower() else None
        venue = named.group(1) if named else venue  # 'in the Colombian city of Ipiales': Ipiales
        first = venue.split()[0]
        if (EVENT_NAME_RE.match(lead, m.end("venue")) or venue.split()[-1] in EVENT_WORDS
                or venue.split()[-1].lower() in RELATION_NOUNS
                or any(w.lower() in DOCUMENT_WORDS for w in venue.split())):  # ('in the Joint Declaration of …')
            continue  # 'at the Netherlands-Brazil Port and Logistics Forum': an event, not a place
        if venue.endswith(("'s", "’s")) or venue.lower() in VENUE_WORDS:
            continue  # 'in Azerbaijan's capital': the place is what it owns; 'at the Office of …': no one place
        if (is_country_word(venue) or venue in COUNTRIES or first in COMMON_CAPS or venue in names
                or first.lower() in TOPIC_FIELDS  # 'in the Field of Diplomatic Training': a topic
                or _two_countries(venue)
                or any(tok in names for tok in venue.split()) or first.lower() in TITLE_HEADS
                or _is_body(venue) or venue in WORLD_REGIONS or venue.split()[-1] in WORLD_REGIONS):
            continue  # (nor a part of the world: 'the conflict in the Middle East', 'a trip to Central Asia')
        found.append(venue)
    found += [m.group("venue") for m in LOWER_VENUE_RE.finditer(lead)  # not 'the office of Chief Minister X'
              if not any(tok in names or tok.lower() in TITLE_HEADS for tok in m.group("venue").split()[1:])]
    result: list[str] = []
    for place in found:
        if place and not any(place.lower() == other.lower() for other in result):
            result.append(place)
    return result[:6]


AREA_NOUN_AFTER_RE = re.compile(r" " + listed("area_nouns_after") + r"\b")


def _with_area_noun(chunk: str, body: str) -> str:
    """'Borin' -> 'Borin Prefecture' when the body writes the headline's name with its area noun (a plain
    string search per name: a regex compiled per article's name would churn the shared regex cache)."""
    at = body.find(chunk)
    while at != -1:
        m = AREA_NOUN_AFTER_RE.match(body, at + len(chunk))
        if m:
            return body[at:m.end()]
        at = body.find(chunk, at + 1)
    return chunk


RELATION_ADJECTIVES = words("relation_adjectives")
GOVERNMENT_UNITS = words("government_units")


def _sides_of_run(caps: list[str]) -> list[list[str]]:
    """The sides a run of capitalised headline words names: itself, or for an event's name ('X-Y Joint
    Trade Meeting') the sides its first word joins with a hyphen (none when it joins none)."""
    if not caps or caps[-1] not in EVENT_WORDS:
        return [caps] if caps else []
    joined = caps[0].split("-")
    return [[part] for part in joined if part[:1].isupper()] if len(joined) > 1 else []


def parties(headline: str, body: str, people: list[Person], attended: frozenset[int]) -> list[str]:
    """Sides of the event: proper names in the headline (expanded from the body), then the bodies of
    the people who attended (`attended`: their ids)."""
    names = {without_accents(t) for p in people for t in p.tokens}  # ('Szijjártó' of 'Peter Szijjarto')
    chunks: list[str] = []
    written = headline
    headline = LONG_COUNTRY_RE.sub(country_named, headline)  # 'the Islamic Republic of Iran': Iran
    headline = MULTIWORD_COUNTRY_RE.sub(",", headline)  # no side of its own, nor two ('Trinidad and Tobago')
    headline = HEADLINE_DOCUMENT_RE.sub(",", headline)
    pieces = HEADLINE_SPLIT_RE.split(headline)
    delims = [m.group() for m in HEADLINE_SPLIT_RE.finditer(headline)]
    for k, piece in enumerate(pieces):
        if k and (delims[k - 1] in ("at", "in") or delims[k - 1] in ("of", "for", "on") and pieces[k - 1].split()
                  and pieces[k - 1].split()[-1].lower() in DOCUMENT_WORDS | TOPIC_FIELDS):
            continue  # (nor the place a document is named for: 'ratify Declaration of Lima'; 'the Field of X')
        for run in CAP_RUN_RE.findall(piece):
            caps = run.split()
            while len(caps) > 1 and (caps[0].endswith(("'s", "’s")) or is_country_word(caps[0])):
                caps = caps[1:]
            caps = [re.sub(r"['’]s?$|(?<=[a-z]{3})\.$", "", w) for w in caps]  # ('… with Vanuatu.': no stop)
            while len(caps) > 1 and caps[-1].lower() in PORTFOLIO_WORDS:
                caps = caps[:-1]  # ('Norland Foreign and Trade Minister meets …': Norland)
            for side in _sides_of_run(caps):
                if any(without_accents(w) in names for w in side) or any(
                        p in TITLE_HEADS for w in side for p in w.lower().split("-")):
                    continue
                if (side[0] in COMMON_CAPS | RELATION_ADJECTIVES | RULER_WORDS  # ('the Bi-national agenda', 'Amir')
                        or all(w in ORG_WORDS for w in side)  # 'Foreign Affairs': no one body
                        or all(w.removesuffix("s") in TITLE_ABBREVIATIONS for w in side)  # 'PM meets', 'FMs mull'
                        or all(w.lower() in ROLE_MODS for w in side)  # 'Prime ministers flock to X'
                        or (len(side) == 1 and side[0].lower() in PLURAL_TITLES)  # 'Presidents of X and Y meet'
                        or is_country_word(" ".join(side)) or side[-1] in WORLD_REGIONS):  # 'Central Asia'
                    continue
                chunk = " ".join(side)  # not named in the headline only ('X Make Arrangements'), nor 'Indo-Pacific'
                if body.count(chunk) < 2 or len(chunk) < 2 or set(re.split(r"[\s\-]", chunk)) <= WORLD_REGIONS \
                        or any(office_initials(p.title, chunk) for p in people):
                    continue
                chunks.append(_with_area_noun(chunk, body))
    result: list[str] = []
    for chunk in chunks:
        if chunk not in result:
            result.append(chunk)
    if len(result) >= 2:
        return result
    for person in people:
        unit = person.organization and GOVERNMENT_UNITS & set(person.organization.split())
        side = _unit_side(person) if unit else person.organization or person.country
        side = side if id(person) in attended else None
        if side and side == person.body:
            continue  # 'Governor X of the opposition party': a body, not a side of the event
        short = next((k for k, r in enumerate(result) if side and _initials_of(side, r) and len(r) < len(side)), None)
        if short is not None:
            result[short] = side  # 'KP' in the headline, 'Khyber Pakhtunkhwa' the governor's: the name written out
        elif side and not any(side.lower() in r.lower() or r.lower() in side.lower() or _initials_of(side, r)
                              for r in result):
            result.append(side)
    if len(result) < 2:  # 'Rwanda, Mozambique sign …' with no Rwandan named as such: the headline's own sides
        for country in _subject_countries(written, body):
            if not any(country.lower() in r.lower() or r.lower() in country.lower() for r in result):
                result.append(country)
    return result[:6]


COMPASS_WORDS = words("compass_words")
HEADLINE_SUBJECT_RE = re.compile(r"^(.*?)\s+(?!and\b)[a-z]")
BETWEEN_RE = re.compile(r"\b[Bb]etween (?:the )?(.+)$")
LEAD_BETWEEN_RE = re.compile(with_upper(r"\bbetween (?:the )?([A-Z][\w\-]*(?: [A-Z][\w\-]*)* and (?:the )?[A-Z][\w\-]*"
                                        r"(?: [A-Z][\w\-]*)*)"))


def _initials_of(name: str, other: str) -> bool:
    """One of the two is the other's initials: 'International Monetary Fund' and 'IMF'."""
    short, long = sorted((name, other), key=len)
    return " " not in short and short.isupper() and "".join(w[0] for w in long.split() if w[:1].isupper()) == short


def _unit_side(person: Person) -> str | None:
    """The side a unit of a government stands for: the place that opens its name ('Anhui Provincial Foreign Affairs
    Office': Anhui), else the person's country ('Department of Asian Affairs of the Foreign Ministry')."""
    lead: list[str] = []
    for word in (person.organization or "").split():
        if word in ORG_WORDS or word in GOVERNMENT_UNITS or word in LEVEL_ADJECTIVES:
            break
        lead.append(word)
    while lead and lead[-1] in ("and", "of", "for", "&"):
        lead.pop()  # 'GCC and Regional Neighbourliness Department': the words before 'and'
    place = " ".join(lead)
    if (not lead or is_acronym(place) or is_country_word(place) or place.endswith(("'s", "’s"))
            or any(w.lower() in TITLE_HEADS or w.lower() in ROLE_MODS or w in FUNCTION_ADJECTIVES for w in lead)):
        return person.country  # ('Political Bureau of …', "President's Office")
    return place


def _subject_countries(headline: str, body: str) -> list[str]:
    """The countries named before a headline's first lower-case word ('Rwanda, Mozambique sign …'), and in the body."""
    subject = m.group(1) if (m := HEADLINE_SUBJECT_RE.match(headline)) else ""
    subject += "," + between.group(1) if (between := BETWEEN_RE.search(headline)) else ""  # 'Joint Statement Between …'
    lead = body.split("\n\n", 2)[1] if body.count("\n\n") >= 1 else ""  # (after the headline)
    subject += "," + pair.group(1) if (pair := LEAD_BETWEEN_RE.search(lead)) else ""  # '… between Liberia and the US'
    forms = [country.group() for country in MULTIWORD_COUNTRY_RE.finditer(subject)]  # 'South Korean', 'Sri Lanka'
    tokens = MULTIWORD_COUNTRY_RE.sub(",", subject).split()
    for k, word in enumerate(tokens):
        before = tokens[k - 1].rstrip(".") if k else ""
        if len(before) == 1 or before.lower() in COMPASS_WORDS:
            continue  # 'E Kazakhstan Governor', 'South American directors': a region, no country
        forms += [re.sub(r"['’]s?$", "", form) for form in re.split(r"[,\-–/&]+", word)]
    found: list[str] = []
    for form in forms:
        country = COUNTRIES.get(form)
        if country and country not in found and body.count(form) + (form != country and body.count(country)) >= 2:
            found.append(country)
    return found
