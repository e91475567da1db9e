"""Commitments: sentences saying a side will do something, with actor and firmness (firm/proposal/hope)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import COUNTRIES
from briefing.extract.people import Person
from briefing.extract.sentences import Sentence

HOPE_RE = re.compile(r"\b(?:[Hh]opefully|hoped|hopes? that|hopes? to|hoping|wished|wishes to|wish to|"
                     r"expressed (?:his |her |their |the |its |a |strong )?hopes?|looks? forward to|"
                     r"looked forward to|looking forward to)\b")
PROPOSAL_RE = re.compile(r"\b(?:proposed|proposes|proposing|suggested|suggests|called (?:on|for|upon)|"
                         r"calls (?:on|for|upon)|urged|urges|urging|recommended|recommends|should|"
                         r"(?:encouraged|encourages|asked|asks|requested|requests|invited (?=\w+(?: \w+){0,5} "
                         r"to (?!visit))|appealed to)\b(?=(?:\s[\w'’\-]+){0,7}?\sto\s))")
FIRM_RE = re.compile(r"\b(?:will|shall|is to|are to|agreed(?: \w+)? to|agreed that|agreed on|committed to|"
                     r"commit to|commits to|pledged|pledges|vowed|vows|vowing|promised|promises|ready to|"
                     r"willing to|prepared to|determined to|decided to|resolved to|undertook to|intends? to|"
                     r"plans? to|signed to|to be (?:established|set up|built|launched|opened|created))\b|"
                     r"(?<=\w)['’]ll\b")
WOULD_RE = re.compile(r"\bwould\b(?! like| have| be (?:able|expected))")
REPORTING_RE = re.compile(r"\b(?:said|says|told|noted|stated|added|affirmed|announced|confirmed|assured|"
                          r"explained|stressed|emphasi[sz]ed|hoped|hope|expressed|pledged|promised|"
                          r"believed|expected|according to)\b")
ORDINAL_RE = re.compile(r"^(?:\(?\d\)|\d\.|First|Second|Third|Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|"
                        r"Lastly|Finally),?\s+([a-z]+)\b")
NOT_VERBS = frozenset("the we it they he she there this that a an our both in on at for with as to their its "
                      "his her all each some".split())
EXCLUDE_RE = re.compile(
    r"\b(?:is|are|was|were) (?:expected|likely|projected|forecast|estimated|predicted) to\b|"
    r"\bwill (?:likely|probably)\b|\bwill have (?:the best|a good|good|better|the best|more|little|no) chances?\b|"
    r"\b(?:will |shall )?(?:remain|stay|be) (?:in force|valid|in effect|effective)\b|\bvalid (?:for|until)\b|"
    r"\bwill expire\b|\bwill (?:be held|take place|be hosted by)\b|\bis to be (?:held|convened)\b|"
    r"\b(?:aim|goal|purpose|objective|idea|task|plan) (?:is|was) to\b|"
    r"\bwill (?:also )?(?:visit|tour|travel|leave|depart|arrive|return|fly)\b")
BOTH_RE = re.compile(r"\b(?:two|both|each other|jointly|together|sides|all parties|each side|the parties|"
                     r"mutual|bilateral|they|their|we|our|us)\b|\b[a-z]+ (?:cities|regions|countries|councils|"
                     r"provinces|governments|authorities)\b", re.I)
DOCUMENT_RE = re.compile(r"\b(?:memorandum|mou|agreement|letter|document|declaration|plan|accord|task force|"
                         r"working group|joint committee|partnership|programme|program|treaty|protocol)\b", re.I)
UNDER_RE = re.compile(r"^(?:[A-Z]+,[^–—-]*[–—-]+\s*)?Under (?:the|this|these|that) ")
GENERIC_RE = re.compile(r"^(?:[\"“]\s*)?(?:A|An|Any|Every|No|Nobody|Anyone|Everyone|Those who)\b")
OWN_WORDS = ("province", "region", "state", "country", "city", "agency", "department", "council", "government",
             "prefecture", "municipality", "commission", "alliance", "association", "port", "university",
             "ministry", "committee", "bureau", "office", "aimag", "county", "organisation", "organization",
             "administration", "authority", "institute", "company", "side", "board", "network", "centre",
             "center", "federation")


CLAUSE_RE = re.compile(r"\bthat\s|\b(?:said|says|added|noted|affirmed|stated|stressed|hoped|announced)\s+|"
                       r"[“\"]|:\s|\bUnder [^,]+,\s")
QUICK_RE = re.compile(r"\b(?:will|shall|is to|are to|agree|commit|pledg|vow|promis|ready|willing|prepared|"
                      r"determined|decided|resolved|undert|intend|plan|sign|to be|would|hop|wish|look|propos|"
                      r"suggest|call|urg|recommend|should|encourag|ask|request|invit|appeal|First|Second|Third|"
                      r"Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|Lastly|Finally|\d\.|\(\d\))|['’]ll\b")


OWN_RE = re.compile(r"\b(?:" + "|".join(OWN_WORDS) + r")\b")
WE_RE = re.compile(r"\b(?:we|our|us)\b")
PART_RE = re.compile(r",\s*for (?:its|his|her|their|our) part\s*,?|,[^,]*,")
LEAD_ADV_RE = re.compile(r"^(?:[A-Z][a-z]+ly|[Tt]he \w+ (?:also|further)|According to [^,]+)\b,?\s*")
CAPS_RE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w’'\-.]*(?:\s+(?:of|for|and|de)\s+|\s+)?)+")
DET_RE = re.compile(r"^(?:the|its|his|her|their|this)\s+", re.I)


@dataclass(slots=True)
class Pledge:
    sentence: Sentence
    actor: str
    firmness: str


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding position `pos` starts: after 'that', a reporting verb, a quote or a colon."""
    best = 0
    for m in CLAUSE_RE.finditer(text, 0, pos):
        best = m.end()
    return best


def _cues(text: str) -> list[tuple[int, int, str]]:
    cues: list[tuple[int, int, str]] = []
    blocked = [(m.start(), m.end()) for m in EXCLUDE_RE.finditer(text)]
    reporting = REPORTING_RE.search(text)
    for regex, firmness in ((HOPE_RE, "hope"), (PROPOSAL_RE, "proposal"), (FIRM_RE, "firm")):
        for m in regex.finditer(text):
            if any(a <= m.start() < b for a, b in blocked):
                continue
            cues.append((m.start(), m.end(), firmness))
    for m in WOULD_RE.finditer(text):
        if reporting and reporting.start() < m.start() and not any(a <= m.start() < b for a, b in blocked):
            cues.append((m.start(), m.end(), "firm"))
    first = ORDINAL_RE.match(text)
    if first and first.group(1) not in NOT_VERBS and not first.group(1).endswith(("ed", "ing", "ly", "s")):
        cues.append((0, first.end(), "proposal"))
    cues.sort()
    return cues


def find_commitments(sentences: list[Sentence], speakers: dict[int, Person], parties: list[str],
                     people: list[Person], text: str) -> list[Pledge]:
    """Sentences that commit a side to future action; `speakers` maps sentence index to the speaker."""
    found: list[Pledge] = []
    full_text = text
    last_speaker: Person | None = None
    for sent in sentences:
        speaker = speakers.get(sent.index, last_speaker)
        if sent.index in speakers:
            last_speaker = speakers[sent.index]
        text = sent.text
        if len(sent.tokens) < 5 or not QUICK_RE.search(text) or not any(c.islower() for c in text):
            continue
        for start, end, firmness in _cues(text):
            clause = _clause_start(text, start)
            subject = text[clause:start].strip(" ")
            opener = max(text.rfind("“", 0, start), text.rfind('"', 0, start), 0)
            if firmness == "firm" and GENERIC_RE.match(text[opener:start].lstrip("“\" ")):
                continue
            actor = _actor(text, start, end, firmness, subject, speaker, parties, people, full_text)
            found.append(Pledge(sent, actor, firmness))
            break
    return found


AGREE_RE = re.compile(r"^(?:agreed|committed|commit|pledged|pledges|vowed|vows|decided|resolved|undertook|signed)")


def _actor(text: str, start: int, end: int, firmness: str, subject: str, speaker: Person | None,
           parties: list[str], people: list[Person], full: str) -> str:
    cue = text[start:end]
    if UNDER_RE.match(text) or (ORDINAL_RE.match(text) and start == 0) or cue.startswith("to be "):
        return "both sides"
    if firmness == "proposal" or cue.lower().startswith("hopefully") or re.match(r"(?:hoped|hopes|expressed)", cue):
        target = _after(text, end)
        if target:
            return _resolve(target, speaker, parties, people, full)
    if AGREE_RE.match(cue) and " and " in subject:
        return "both sides"
    if cue.startswith("vowing") or subject.endswith(",") and len(subject.split()) > 6:
        first = re.match(r"\s*((?:[A-Z][\w’'\-]*\s*)+)", subject)
        subject = first.group(1) if first else ""
    return _resolve(subject, speaker, parties, people, full)


def _after(text: str, end: int) -> str:
    """The noun phrase after a proposal or hope verb: 'that the two cities set up' -> 'the two cities'."""
    rest = text[end:end + 160]
    rest = re.sub(r"^[\s,]*(?:(?:that|the hope that|hope that)\s+)?", "", rest)
    m = re.match(r"((?:[\w'’\-]+\s+){0,8}?)(?:to|will|would|should|can|could|shall|is|are|be|[a-z]+ed|"
                 r"(?:set|work|make|take|hold|sign|send|build|help|promote|develop|exchange|expand|deepen|"
                 r"strengthen|carry|launch|establish|create|adopt|cooperate|coordinate|continue|study|"
                 r"share|harmonise|harmonize|consider|explore|join|jointly|open|provide|support|increase|"
                 r"invest|visit))\b", rest)
    return m.group(1).strip() if m else ""


def _resolve(phrase: str, speaker: Person | None, parties: list[str], people: list[Person], text: str) -> str:
    """Turn a subject phrase into an actor: 'both sides', a person, a named body or the speaker's side."""
    phrase = PART_RE.sub(" ", phrase).strip(" ,")
    if "," in phrase:
        phrase = phrase.rsplit(",", 1)[1].strip()
    phrase = LEAD_ADV_RE.sub("", phrase)
    words = phrase.split()
    if not words:
        return _speaker_side(speaker)
    low = phrase.lower()
    if BOTH_RE.search(phrase) or DOCUMENT_RE.search(phrase):
        if not WE_RE.search(low) or speaker is None:
            return "both sides"
        return _speaker_side(speaker)
    if low in ("he", "she", "i") or low.endswith((" he", " she")):
        return speaker.name if speaker else "both sides"
    bare = DET_RE.sub("", phrase)
    own_m = OWN_RE.search(bare.lower())
    own = own_m.group() if own_m else None
    if own and (bare[:1].islower() or len(bare.split()) == 1) and bare.lower() != phrase.lower():
        return _own(own, speaker, parties, text)
    caps = CAPS_RE.findall(phrase)
    caps = [c.strip() for c in caps if c.strip() and c.strip() not in ("The", "He", "She", "It", "Under")]
    if caps:
        name = re.sub(r"['’]s$", "", caps[-1])
        name = re.sub(r"^The\s+", "", name)
        if name in COUNTRIES:
            country = COUNTRIES[name]
            side = next((p.organization for p in people if p.country == country and p.organization), None)
            return side or country
        for party in parties:
            if name.lower() in party.lower():
                return party
        return name
    if own:
        return _own(own, speaker, parties, text)
    return _speaker_side(speaker)


PLACE_OWN = frozenset("province region state country city prefecture aimag county municipality side government "
                      "administration".split())


def _own(word: str, speaker: Person | None, parties: list[str], text: str) -> str:
    """'the province', 'the agency', 'her association': the speaker's body, else the body so named in the text."""
    if speaker is not None:
        if word == "country" and speaker.country:
            return speaker.country
        if speaker.organization and (word in speaker.organization.lower() or word in PLACE_OWN):
            return speaker.organization
    m = re.search(r"\b((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\s+)+)(?i:" + word + r")\b|\b" + word.capitalize()
                  + r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]*)+)", text)
    if m:
        found = m.group().strip()
        return re.sub(r"^(?:The|In|On|At)\s+", "", found)
    if speaker is not None and speaker.organization:
        return speaker.organization
    for party in parties:
        if word in party.lower():
            return party
    return _speaker_side(speaker)


def _speaker_side(speaker: Person | None) -> str:
    if speaker is None:
        return "both sides"
    return speaker.organization or speaker.name
