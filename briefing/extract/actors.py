"""Who takes on a commitment: a person, a named body, the speaker's side (home side included), or both sides."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.extract.lexicon import (
    COMMON_CAPS,
    COUNTRIES,
    HONORIFICS,
    MONTHS,
    RELATION_NOUNS,
    WEEKDAYS,
    WORLD_REGIONS,
    alternation,
    entries,
    listed,
    phrase_regex,
    with_upper,
)
from briefing.extract.name_runs import PLURAL_TITLES
from briefing.extract.own_sides import as_written, has_joint, own_side
from briefing.extract.person import Person
from briefing.extract.person_titles import ROLE_HEADS, ROLE_MODS
from briefing.extract.speakers import Mention
from briefing.extract.titles import ORG_HEADS, office_initials

OWN_WORDS = entries("own_body_words")
OWN_RE = re.compile(r"\b(?:" + "|".join(OWN_WORDS) + r")\b")
WE_RE = re.compile(r"\b(?:we|our|us)\b")
PART_RE = re.compile(r",\s*for (?:its|his|her|their|our) part\s*,?|,[^,]*,")
NICKNAME_RE = re.compile(r"\s['‘“\"][A-Z][\w\-]*['’”\"](?=\s)")  # "Joko 'Jokowi' Widodo": the name without it
LEAD_ADV_RE = re.compile(r"^(?:[A-Z][a-z]+ly|[Tt]he \w+ (?:also|further)|According to [^,]+)\b,?\s*")
TRAILING_JOINER_RE = re.compile(r"\s+(?:of|for|and|de)$")  # 'Members of' (the media): the joiner is not the name's
CAPS_RE = re.compile(with_upper(r"(?:[A-ZÀ-ÖØ-Þ][\w’'\-.]*(?:\s+(?:of|for|and|" + listed("place_name_particles")
                                + r")\s+|\s+)?)+"))  # 'Dar es Salaam'; 'de', 'do' as in 'Rio Grande do Sul'
DET_RE = re.compile(r"^(?:the|its|his|her|their|this)\s+", re.I)
SIDE_RE = (r"(?:the\s+)?(?:" + listed("government_levels") + r"\s+government|"
           r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")
TWO_SIDES_RE = re.compile(with_upper(r"^" + SIDE_RE + r"\s+and\s+" + SIDE_RE + r"$"))
OF_AND_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*\s+and\b")  # 'Ministry of Industries and Production'
GROUP_NOUNS = alternation(entries("group_nouns"))
GROUP_AFTER_RE = re.compile(r"\s+(" + GROUP_NOUNS + r")\b")
COUNTRY_GROUP_RE = re.compile(with_upper(r"^(?:the\s+)?([A-Z][\w\-]+)\s+(" + GROUP_NOUNS + r")\b"))
BOTH_RE = re.compile(r"\b" + alternation(entries("joint_subject_words")) + r"\b|\b[a-z]+ "
                     + alternation(entries("joint_bodies")) + r"\b", re.I)
_NAME = r"[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*"
# 'Fiji's commitment to', 'assured him of KRG's full support', 'her country's interest in'
POSSESSOR_RE = re.compile(r"(?:\b(?:the\s+)?(" + _NAME + r")|\b((?:his|her|their|its|our)\s+[a-z]+))['’]s?\s+"
                          r"(?:[a-z]+\s+)?" + alternation(entries("stance_nouns")) + r"\b")
RELATION_RE = re.compile(r"\b" + alternation(sorted(RELATION_NOUNS)) + r"\b", re.I)
PASSIVE_RE = re.compile(r"\s+(?:also\s+)?be\s+" + alternation(entries("agentless_passives"))
                        + r"\b(?![^,.;]{0,60}\bby\b)")
PAIR_ROLES_PLURALS = alternation(entries("joint_role_plurals"))
PAIR_ROLES_RE = re.compile(with_upper(r"^(?:[Tt]he\s+)?" + _NAME + r"\s+and\s+" + _NAME + r"\s+(?:[a-z\-]+\s+)?"
                                      + PAIR_ROLES_PLURALS + r"\b"))
_SIDE = r"((?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
TITLES_OF_PAIR_RE = re.compile(with_upper(r"^(?:[Tt]he\s+)?(?:[A-Z][\w\-]*\s+){0,2}?([A-Z][a-z]+)(?:\s+of\s+State)?"
                                           r"\s+of\s+" + _SIDE + r"\s+and\s+" + _SIDE + "$"))
INCLUSIVE_WE_RE = re.compile(r"\b" + phrase_regex("inclusive_we_markers") + r"\b", re.I)
DOCUMENT_RE = re.compile(r"\b" + alternation(entries("joint_documents")) + r"\b", re.I)


@dataclass(slots=True)
class Context:
    speaker: Person | None
    parties: list[str]
    people: list[Person]
    text: str
    sides: dict[int, str]
    bodies: dict[str, str | None] = field(default_factory=dict)
    line: str = ""  # the sentence being read
    at: int = 0  # where it starts in the text
    joint: dict[str, bool] = field(default_factory=dict)  # 'a joint committee' named in the text, per word
    role_subject: str | None = None  # 'the Vice President of X' opening a sentence no participant spoke
    mentions: Sequence[Mention] = ()  # the people the sentence names, by any form ('the Chilean President')
    steps: list[str] = field(default_factory=list)  # how the last actor was found, innermost step first

    def by(self, step: str, actor: str) -> str:
        """`actor`, noting the resolution step that gave it (the --explain trace)."""
        self.steps.append(step)
        return actor

    def _speaker_side(self, country: bool) -> str:
        speaker = self.speaker
        if speaker is None:
            return self.by("no speaker: both sides", "both sides")
        for label, value in (("organisation", speaker.organization), ("home side", self.sides.get(id(speaker))),
                             ("country", speaker.country if country else None)):
            if value:
                return self.by(f"the speaker's {label}", value)
        return self.by("the speaker", speaker.name)

    def own_side(self) -> str:
        """The speaker's government or body for 'we' and agentless passives: organisation, side, country, name."""
        return self._speaker_side(country=True)

    def side(self) -> str:
        """The speaker's own side: organisation, else the side the speaker committed earlier, else the name."""
        return self._speaker_side(country=False)


ABSTRACT_ENDINGS = tuple(entries("abstract_noun_endings"))
ASIDE_RE = re.compile(r"\s*\([^()]*,[^()]*\)")  # a bracketed list inside a subject
CLAUSE_VERB_RE = re.compile(r"\s(?:have|has|had|are|were|was|is|will|would|[a-z]{3,}ed)\b")


def two_sides_open(subject: str, ctx: Context) -> bool:
    """The clause opens with two people of the event or two of its parties joined by 'and' ('President A of X and
    President B of Y have reaffirmed … and promised', 'Tianjin in north China and Philadelphia … celebrated …,
    vowing'): what follows is the two sides'."""
    lead = CLAUSE_VERB_RE.split(subject, maxsplit=1)[0]
    if " and " not in lead:
        return False
    words = set(re.findall(r"[\w'’\-]+", lead))
    people = sum(1 for p in ctx.people if p.name in lead or (len(p.tokens) > 1 and p.tokens[-1] in words))
    return people >= 2 or sum(1 for party in ctx.parties if party in lead) >= 2


def _without_title(name: str) -> str:
    """A subject's name without the title words that open it ('Gyeonggi Province Governor Dong Yeon Kim' keeps
    what follows the last title word)."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if w.lower() in ROLE_HEADS or w.rstrip(".") in HONORIFICS),
               default=-1)
    return " ".join(words[last + 1:])


def _role_only(name: str) -> str | None:
    """The role a subject names with title words alone ('Ambassador', 'Vice Minister'), lower case, or None."""
    words = name.lower().split()
    if not words or not all(w in ROLE_HEADS or w in ROLE_MODS for w in words) or words[-1] not in ROLE_HEADS:
        return None
    return " ".join(words)


def _holds(person: Person, role: str) -> bool:
    head = role.split()[-1]
    return any(r.split()[-1] == head for r in person.roles)


def _role_holder(role: str, ctx: Context) -> str | None:
    """The one person with this role: the speaker when theirs, else the only participant holding it."""
    if ctx.speaker is not None and _holds(ctx.speaker, role):
        return ctx.speaker.name
    holders = [p for p in ctx.people if _holds(p, role)]
    if len(holders) > 1:  # 'The President will …' before another president is named: the one named so far
        holders = [p for p in holders if p.first < ctx.at]
    return holders[0].name if len(holders) == 1 else None


def _country_role_holder(name: str, ctx: Context) -> str | None:
    """The one person of that country with that role: "China's Foreign Minister", 'the Pakistan Prime Minister'."""
    words = name.split()
    for k in range(1, min(4, len(words))):
        country = COUNTRIES.get(re.sub(r"['’]s?$", "", " ".join(words[:k])))
        role = _role_only(" ".join(words[k:])) if country else None
        if role is not None:
            holders = [p for p in ctx.people if p.country == country and _holds(p, role)]
            return holders[0].name if len(holders) == 1 else None
    return None


def resolve(phrase: str, ctx: Context) -> str:
    """Turn a subject phrase into an actor: 'both sides', a person, a named body or the speaker's side."""
    speaker = ctx.speaker
    phrase = NICKNAME_RE.sub("", PART_RE.sub(" ", phrase)).strip(" ,")
    phrase = ASIDE_RE.sub("", phrase)  # 'the three corridors (A-B, C-D and E-F)': the list is no subject
    if "," in phrase:
        phrase = phrase.rsplit(",", 1)[1].strip()
    phrase = LEAD_ADV_RE.sub("", phrase)
    words = phrase.split()
    if not words:
        return ctx.by("no subject: the speaker's side", ctx.side())
    low = phrase.lower()
    if TWO_SIDES_RE.match(phrase) and not OF_AND_RE.search(phrase) and all(
            _known_side(part, ctx) for part in re.split(r"\s+and\s+", phrase, maxsplit=1)):
        return ctx.by("two named sides", "both sides")  # 'Zhejiang and Norte would sign'
    group = COUNTRY_GROUP_RE.match(phrase)
    if group and group.group(1) in COUNTRIES:
        return ctx.by("a country's group", group.group(1) + " " + group.group(2))  # 'Chilean regions'
    if _two_people(phrase, ctx):
        return ctx.by("two people of the event", "both sides")  # '… says Lark and President Dana Roe look forward'
    pair = TITLES_OF_PAIR_RE.match(phrase)
    if pair and pair.group(1).lower() in PLURAL_TITLES and all(_known_side(side, ctx) for side in pair.group(2, 3)):
        return ctx.by("a plural title of both sides", "both sides")  # 'The Heads of State of Norway and Chile'
    if PAIR_ROLES_RE.match(phrase) or relation_subject(phrase):
        return ctx.by("both sides' roles or their relation", "both sides")  # 'the Alban and Borinese ministers'
    if BOTH_RE.search(phrase) or DOCUMENT_RE.search(phrase):
        if not WE_RE.search(low) or speaker is None or INCLUSIVE_WE_RE.search(ctx.line):
            return ctx.by("joint subject or inclusive 'we'", "both sides")  # 'we will ... in both regions' (D2)
        return ctx.by("'we' of one side", ctx.own_side())
    if low in ("he", "she") and ctx.role_subject:
        return ctx.by(f"'{phrase}' → the role that opens the sentence", ctx.role_subject)
    if low in ("he", "she", "i") or low.endswith((" he", " she", " i")):
        return ctx.by(f"'{phrase}' → the speaker", speaker.name) if speaker else ctx.by("no speaker", "both sides")
    bare = DET_RE.sub("", phrase)
    own_m = OWN_RE.search(bare.lower())
    own = own_m.group() if own_m else None
    named_of = NAMED_OF_RE.match(bare)
    if own and named_of and bare.lower().startswith(own):
        return ctx.by(f"'{bare}' names its place", _party_named(named_of.group(1), ctx))  # 'the city of Karsbrook'
    if own and (bare[:1].islower() or len(bare.split()) == 1) and bare.lower() != phrase.lower():
        if bare.lower() == own and has_joint(own, ctx):
            return ctx.by("the sides' joint body", "both sides")  # 'the committee' of a joint committee
        return ctx.by(f"'{bare}' → the speaker's own {own}", own_side(own, ctx))
    owner = LEAD_POSSESSOR_RE.match(phrase)
    if owner and owner.group(1) not in COUNTRIES and not any(owner.group(1) in p.name for p in ctx.people):
        role = _role_only(owner.group(1))
        holder = _role_holder(role, ctx) if role is not None else None
        if holder is not None:  # "the Prime Minister's visit will help": whoever holds that role
            return ctx.by(f"the role '{owner.group(1)}' owns the subject → its holder", holder)
        return ctx.by("possessor of the subject", _party_named(owner.group(1), ctx))  # 'Durban's experience will
    caps = CAPS_RE.findall(phrase)
    caps = [c for c in (_trimmed_run(c) for c in caps) if c and not _no_side(c)]
    if caps:
        name = re.sub(r"['’]s$", "", _clause_subject(caps, phrase) or caps[-1])
        name = re.sub(r"^The\s+", "", name)
        if " " not in name and name.lower().endswith(ABSTRACT_ENDINGS) and name not in ORG_HEADS:
            return ctx.by(f"'{name}' is a matter, no side: the speaker's side", ctx.side())  # 'Migration, X said, will'
        if " and " in name and f" of {name}" not in phrase and all(  # ('leaders of Ghana and Nigeria': a group)
                COUNTRIES.get(part.removeprefix("the ")) in ctx.parties for part in name.split(" and ")):
            return ctx.by(f"the two sides' countries '{name}'", "both sides")  # 'Latvian and Estonian ministries'
        at = phrase.find(name)
        group = GROUP_AFTER_RE.match(phrase, at + len(name)) if at >= 0 else None
        if name in COUNTRIES and group:
            return ctx.by("a country's group", f"{name} {group.group(1)}")
        if name in COUNTRIES:
            country = COUNTRIES[name]
            side = next((p.organization for p in ctx.people if p.country == country and p.organization
                         and not p.regional), None)  # a region's body is not the country's
            return ctx.by(f"country '{name}'", side or (name if as_written(name, country) else country))
        for party in ctx.parties:
            if len(name) > 1 and re.search(rf"\b{re.escape(name.lower())}", party.lower()):  # 'I' is not in 'Russia'
                return ctx.by(f"'{name}' → the party", party)
        if own and bare.endswith(own) and speaker is not None and bare.lower() != phrase.lower():
            # 'the Basque city': a descriptive adjective, not a named side
            known = any(name.lower() in (p.organization or "").lower() or name.lower() in (p.title or "").lower()
                        for p in ctx.people)
            if not known and ctx.side() != speaker.name:
                return ctx.by(f"'{bare}' describes the speaker's side", ctx.side())
        role = _role_only(name)
        if role is not None:
            holder = _role_holder(role, ctx)
            if holder is not None:
                return ctx.by(f"the role '{name}' → its holder", holder)  # 'The Ambassador … expressed his …'
        holder = _country_role_holder(name, ctx)
        if holder is not None:
            return ctx.by(f"the country's role '{name}' → its holder", holder)  # "China's Foreign Minister will …"
        bare_name = _without_title(name)  # 'President Ivo Lark', 'High Commissioner Lark': Ivo Lark
        titled = [p for p in ctx.people if p.title == name]  # 'the Qatari Emir wished …': the one with that title
        person = next((p for p in ctx.people if name in (p.name, p.name.split()[-1]) or name in p.aliases), None) \
            or (titled[0] if len(titled) == 1 else None) \
            or next((p for p in ctx.people if bare_name in (p.name, p.name.split()[-1])), None) \
            or next((p for p in ctx.people if office_initials(p.title, name)), None) \
            or next((p for p in ctx.people if len(p.tokens) >= 2 and name.endswith(" " + p.name)
                     and " and " not in name), None)
        if person is not None:  # (the last: 'The Speaker of the National Assembly X Y has committed')
            return ctx.by(f"named person '{name}'", person.name)  # 'Rune will visit' → the full name
        mentioned = next((x.person for x in ctx.mentions if x.person is not None and x.pronoun is None
                          and re.sub(r"^[Tt]he\s+", "", x.written(ctx.line, ctx.at)) == name), None)
        if mentioned is not None:
            return ctx.by(f"'{name}' names a person of the event", mentioned.name)  # 'the Chilean President'
        return ctx.by(f"named subject '{name}'", name)
    if own:
        return ctx.by(f"'{bare}' → the speaker's own {own}", own_side(own, ctx))
    return ctx.by("no named subject: the speaker's side", ctx.side())


NAMED_OF_RE = re.compile(with_upper(r"^[a-z]+\s+of\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})$"))


def _clause_subject(caps: list[str], phrase: str) -> str | None:
    """In a long subject phrase that is a clause of its own, the country that opens it: 'Japan also expressed
    concern over the insecurity in the Sahel region with [promises to …]' is Japan's, not the Sahel's."""
    if len(phrase.split()) < 6 or not phrase.lstrip("‘’'\"“ ").startswith(caps[0]):
        return None
    first = re.sub(r"['’]s$", "", caps[0])
    return first if first in COUNTRIES else None


def _trimmed_run(run: str) -> str:
    """A capitalised run without its joiner at the end ('Members of') or a function word at the start ('As Seychelles
    will host': Seychelles)."""
    words = TRAILING_JOINER_RE.sub("", run.strip()).split()
    while len(words) > 1 and words[0] in COMMON_CAPS:
        words.pop(0)
    return " ".join(words)


def _no_side(caps: str) -> bool:
    """A capitalised word that names no side: 'The', 'For' (his part), 'This', a day ('Friday's visit') or month."""
    word = re.sub(r"['’]s$", "", caps)
    return (word in ("Under", "I") or word in COMMON_CAPS or word.lower() in WEEKDAYS or word.lower() in MONTHS
            or word.lower() in PLURAL_TITLES  # 'Members of the media will …': no side named
            or word in WORLD_REGIONS)  # 'his small Pacific island nation'


LEAD_POSSESSOR_RE = re.compile(with_upper(r"^(?:[Tt]he\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['’]s\s+[a-z]"))


def _party_named(name: str, ctx: Context) -> str:
    """A side the text names: the event's party that holds the name, else the name as written."""
    return next((party for party in ctx.parties if name.lower() in party.lower()), name)


def stance_possessor(text: str, start: int, end: int, ctx: Context) -> str | None:
    """Rule 'possessor': the side whose stance a cue reports ('reiterated Fiji's commitment to' -> Fiji)."""
    m = POSSESSOR_RE.search(text, max(0, start - 60), min(len(text), end + 60))
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    if text.startswith("assured", start) and " of " in name:
        name = name.rsplit(" of ", 1)[1]  # 'assured Turkey of Pakistan's support': Turkey is told, Pakistan stands
    return resolve(name, ctx)


def relation_subject(phrase: str) -> bool:
    """'the interaction', 'Exchanges in many more arenas': the relationship itself, no named side."""
    words = phrase.split()
    return bool(words) and not any(w[:1].isupper() for w in words[1:]) and RELATION_RE.search(phrase) is not None


_PEOPLE_PAIR_RE = re.compile(with_upper(r"([A-Z][\w’'\-]*)\s+and\s+(?:(?:his|her)\s+[a-z]+\s+)?"
                                         r"(?:[A-Z][\w’'\-.]*\s+){0,5}([A-Z][\w’'\-]*)$"))


def _two_people(phrase: str, ctx: Context) -> bool:
    """A subject that ends with two people of the event joined by 'and' ('Lark and Norland President Dana Roe')."""
    m = _PEOPLE_PAIR_RE.search(phrase)
    if m is None:
        return False
    first = next((p for p in ctx.people if p.tokens[-1] == m.group(1)), None)
    second = next((p for p in ctx.people if p.tokens[-1] == m.group(2)), None)
    return first is not None and second is not None and first is not second


def _known_side(part: str, ctx: Context) -> bool:
    """'Zhejiang', 'the provincial government': a side of the event, a country, or a government, not any name."""
    part = re.sub(r"^the\s+", "", part.strip(), flags=re.I)
    low = part.lower()
    return (low.endswith("government") or part in COUNTRIES
            or any(low in side.lower() or side.lower() in low for side in ctx.parties)
            or any(low in (p.organization or "").lower() or low in (p.title or "").lower() for p in ctx.people))
