"""Speakers: who a speech verb belongs to, by name, title, pronoun or position, and why (the trace)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import (
    ACTION_OBJECTS,
    MONTH_NAMES_RE,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    TITLE_HEADS,
    WEEKDAY_NAMES_RE,
    entries,
    listed,
    with_upper,
    word_regex,
    words,
)
from briefing.extract.mentions import find_title_mentions, local_roles_of, name_starts, unnamed_role_opening
from briefing.extract.name_index import FormIndex, name_forms, shared_parts, titled_owner
from briefing.extract.person import Person
from briefing.extract.sentences import Sentence

_VERB_RE = re.compile(r"\b(?:made (?:a |an )?(?!the |these |those )(?:[\w\-]+ )?" + word_regex(entries("speech_nouns"))
                      + r"|" + word_regex([*SPEECH_PHRASES, *SPEECH_VERBS]) + r")\b")


# 'Alghuwairi said …', 'Diop, in turn, said …': a sentence naming its own speaker, one the article has not
# introduced, carries on no one else's words
OWN_SPEAKER_RE = re.compile(r"^(?!(?:" + listed("pronoun_subjects") + r")\b)[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}"
                             r"(?:,[^,“”\"]{1,40},)?\s+(?:also\s+|further\s+|then\s+|later\s+)?"
                             + word_regex(sorted(SPEECH_VERBS)) + r"\b")


def has_speech_verb(text: str) -> bool:
    """Does the text hold a speech or stance verb ('said', 'stressed', 'pointed out')?"""
    return _VERB_RE.search(text) is not None


# 'called on the Governor to act' is a call to act; 'called on him at his office' is a courtesy visit
# After 'called on X': 'to <verb>' makes it a call to act, unless the verb is a courtesy ('to congratulate him') or
# follows an 'and <verb>ed' of the sentence's own ('called on X and held talks to take forward …': a visit)
CALL_TO_ACT = (r"(?:(?! and (?:[a-z]+ed|" + listed("event_done_verbs") + r")\b)[^.;:]){0,60}?\bto\s+(?!"
               + word_regex(entries("courtesy_purposes")) + r"\b)[a-z]")
CALL_TO_ACT_RE = re.compile(CALL_TO_ACT)
ASIDE_OPENERS = words("aside_openers")
_IN_ASIDE_RE = re.compile(r",\s*(?:" + "|".join(sorted(ASIDE_OPENERS)) + r")\b[^,;“”\"]*$")
_NAME_REST_RE = re.compile(r"(?:\s+(?:" + listed("name_rest_particles") + r"|[A-Z][\w’'\-]*))*\s*,")
_COLON_HEAD_RE = re.compile(with_upper(r"((?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'.\-]*):\s*$"))
_ACCORDING_PRONOUN_RE = re.compile(r"According to (him|her),")
_STANCE_RE = re.compile(r"(?:For|In the " + listed("stance_frame_nouns") + r" of)\s+")
_ACCORDING_RE = re.compile(with_upper(r"\b[Aa]ccording to\s+(?:(?:the|[A-Z][\w\-]*\.?|[a-z][\w\-]*)\s+){0,4}$"))
_STYLE_RE = re.compile(r"\b(?:His|Her) (" + listed("style_titles") + r")\b(?!\s+(?:" + listed("style_followers")
                       + r"|[A-Z][a-z]+\s+[A-Z]))")
# 'the former said', 'the latter became …': not 'the former President of X' or 'the former regime' (no verb after)
_FORMER_RE = re.compile(r"\b[Tt]he (former|latter)\b(?! \w+ (?:of|for)\b)(?! (?!" + listed("former_latter_verbs")
                        + r"\b)\w+(?<!ed)(?<!s)(?<!ing)\b)")
_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
TOPIC_BRIEF_VERBS = words("topic_brief_verbs")
_TOPIC_ON_RE = re.compile(r"(?: [\w’'\-]+){0,4}? (?:on|about) (?!" + WEEKDAY_NAMES_RE + ")")
_GAP_WORDS = words("speaker_gap_words")
# 'X on Sunday said', 'X on March 3 told': when, between the subject and its verb
_WHEN_GAP_RE = re.compile(r"^on (?:" + WEEKDAY_NAMES_RE + r"|" + MONTH_NAMES_RE + r" \d{1,2}|\d{1,2} " + MONTH_NAMES_RE
                          + r")(?: " + listed("day_parts") + r")?$")
_COORD_RE = re.compile(r"^[a-z]+(?:ed|s)\b[^.;“”\"]*?,? and$")
_WELCOME_RE = re.compile(r"\b" + listed("welcome_verbs") + r"\b")
OBJECT_ACTION_VERBS = words("object_action_verbs")  # 'presented his guest with a carpet': an action
CALL_ON_PHRASES = entries("call_on_phrases")  # 'called on': a call to act or a courtesy visit
_BEHALF_RE = re.compile(r"\bon behalf of\b", re.I)
# A heading that names whose quotes follow: 'Quotes attributable to Minister Jane Roe'
_ATTRIBUTION_HEAD_RE = re.compile(r"^" + listed("attribution_heads") + " " + listed("attribution_head_links") + r"\b")
_PARENS_RE = re.compile(r"^\([^()]{1,40}\)")
# 'Governor X, who was represented by his deputy, Y, said': the clause's subject, not the deputy, speaks
_RELATIVE_GAP_RE = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:who|whose|which)\b[^;“”\"]{0,200},\s*$")
# 'Mrs Liu met Prime Minister X on Thursday, who said ...': 'who' speaks for the name just before it
_WHO_SAID_RE = re.compile(r"^[^,;“”\"]{0,40},\s*who\s+(?:also\s+|further\s+)?$")
_INVERTED_GAP = words("inverted_gap_words")
_PARTICIPLE_GAP_RE = re.compile(r"^[a-z]+(?:ed|s)\b[^.;“”\"]*,$")
# whom the subject met, or did something to: 'A reciprocated greetings to B, stressing …'
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being)\s+$")
# 'X was informed by Y of …', 'X was briefed in detail by Secretary Y': Y speaks
_PASSIVE_SPEECH_RE = re.compile(r"\b(?:was|were|been|being)\s+" + listed("passive_speech_verbs")
                                + r"\s+(?:[a-z]+\s+){0,2}?by\s+((?:[A-Z][\w.’'\-]*\s+|of\s+){0,6})")
_MET_RE = re.compile(r"\b(?:" + word_regex(entries("meeting_verbs")) + r"|with|[a-z]{3,}ed(?= [a-z]+ to\b))\b")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    person: Person | None
    pronoun: str | None = None

    def written(self, text: str, offset: int) -> str:
        """The mention as `text` (which starts at `offset`) writes it, without a possessive ('the Governor's')."""
        return POSSESSIVE_END_RE.sub("", text[self.start - offset:self.end - offset])


POSSESSIVE_END_RE = re.compile(r"['’]s$|(?<=s)['’]$")


def resolution(mention: Mention, sent: Sentence, person: Person) -> str:
    """How a mention names its person: 'named', a name form, a title or role noun, or a pronoun in focus."""
    form = sent.text[mention.start - sent.start:mention.end - sent.start]
    if mention.pronoun:
        return f"pronoun '{form}' → {person.name}, the person in focus"
    if form == person.name:
        return f"named '{form}'"
    if form[:1].islower() or form.startswith(("The ", "the ")) or form.split()[0].lower() in TITLE_HEADS:
        return f"title '{form}' → {person.name}, the participant with that role"
    return f"name form '{form}' → {person.name}"


FOCUS_SIZE = 64


class Speech:
    """Finds speakers; keeps the pronoun focus (who 'he' or 'she' is) while reading on."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.forms = FormIndex(name_forms(people))
        self.focus: list[Person] = []
        self.shared = shared_parts(people)
        self.shared_forms = FormIndex({part: owners[0] for part, owners in self.shared.items()})
        self.pair: tuple[Person, Person] | None = None
        self.roles = local_roles_of(people)  # once per article, not per sentence
        self.name_starts = name_starts(people)
        self.why: tuple[str, str] = ("", "")  # the rule and the resolution step of the last speaker found
        self.seen: dict[int, int] = {}  # where each person (by id) was last named or spoke, read so far
        self.genders: dict[int, str] = {}  # the gender a pronoun gave a person the text did not
        self.together: set[int] = set()  # who spoke jointly ('A and B reaffirmed …'): there, with no statement

    def mentions(self, sent: Sentence, text: str) -> list[Mention]:
        """Names, title-only forms and subject pronouns in the sentence `text`."""
        found = [Mention(start, end, person) for start, end, person, _ in self.forms.scan(sent)]
        for person, start, end in find_title_mentions(sent, self.people, self.seen, self.roles, self.name_starts):
            if text[start - sent.start:end - sent.start].strip() and not any(
                    f.start <= start < f.end for f in found):
                found.append(Mention(start, end, person))
        if self.shared:
            for start, end, _, form in self.shared_forms.scan(sent):
                if any(f.start <= start < f.end for f in found):
                    continue
                owners = self.shared[form]
                who = titled_owner(owners, text[:start - sent.start]) or self._latest(owners, start)
                if who is not None:
                    found.append(Mention(start, end, who))
        if "His " in text or "Her " in text:
            for m in _STYLE_RE.finditer(text):  # a bare 'His Highness' after 'His Highness Sheikh X' was named
                at = sent.start + m.start()
                who = next((p for p in self.people if p.style == m.group(1).lower() and p.first < at), None)
                if who is not None and not any(f.start <= sent.start + m.start() < f.end for f in found):
                    found.append(Mention(sent.start + m.start(), sent.start + m.end(), who))
        named: list[Person] = []
        for x in sorted(found, key=lambda x: x.start):
            if x.person is not None and not any(x.person is p for p in named):
                named.append(x.person)
        if self.pair and ("former" in text or "latter" in text):
            for m in _FORMER_RE.finditer(text):
                who = self.pair[0] if m.group(1) == "former" else self.pair[1]
                found.append(Mention(sent.start + m.start(), sent.start + m.end(), who))
        if len(named) >= 2:
            self.pair = (named[0], named[1])  # whom 'the former' and 'the latter' refer to next
        for m in _PRONOUN_RE.finditer(text):
            at = sent.start + m.start()
            if not any(f.start <= at < f.end for f in found):  # not the family name 'He' of 'He Lifeng'
                family = self._family_he(text, m, at)
                found.append(Mention(at, sent.start + m.end(), family, None if family else m.group().lower()))
        found.sort(key=lambda x: x.start)
        return found

    def _family_he(self, text: str, m: re.Match[str], at: int) -> Person | None:
        """'For his part, He said': a capital 'He' after a comma is the family name of 'He Wei', named before."""
        if m.group() != "He" or not text[:m.start()].rstrip().endswith(","):
            return None
        return next((p for p in self.people if len(p.tokens) >= 2 and p.tokens[0] == "He" and p.first < at), None)

    def _latest(self, owners: list[Person], pos: int) -> Person | None:
        """The owner of a shared name part meant at `pos`: the only one introduced so far, else the latest seen."""
        known = [p for p in owners if p.first < pos]
        if len(known) == 1:
            return known[0]
        seen = [p for p in known if self.seen.get(id(p), -1) >= 0]
        return max(seen, key=lambda p: self.seen.get(id(p), -1)) if seen else None

    def resolve(self, pronoun: str) -> Person | None:
        want = "f" if pronoun == "she" else "m"
        for person in self.focus:
            if self.genders.get(id(person), person.gender) in (None, want):
                self.genders[id(person)] = want
                return person
        return None

    def saw(self, person: Person, at: int) -> None:
        """`person` was named (or spoke) up to `at`: the latest seen, for a shared name or a title."""
        self.seen[id(person)] = at

    def note(self, person: Person) -> None:
        """`person` becomes the focus; the list stays short (the pronouns of a long text point near)."""
        focus = [p for p in self.focus[:FOCUS_SIZE] if p is not person]
        focus.insert(0, person)
        self.focus = focus

    def _verbs(self, text: str) -> list[re.Match[str]]:
        verbs = [m for m in _VERB_RE.finditer(text) if not (  # 'X briefed the envoy on the region': a topic only
            m.group() in TOPIC_BRIEF_VERBS and _TOPIC_ON_RE.match(text, m.end()) and " that " not in text[m.end():])
                 and not _PASSIVE_BEFORE_RE.search(text, 0, m.start())]  # 'X was welcomed by Y': X said nothing
        if "ehalf" in text and _BEHALF_RE.search(text):
            verbs.extend(_WELCOME_RE.finditer(text))
            verbs.sort(key=lambda m: m.start())
        return verbs

    def speaker(self, sent: Sentence, text: str, mentions: list[Mention]) -> Person | None:
        """The person a speech verb outside quotes belongs to: subject before it, or 'said X' after it."""
        self.why = ("", "")
        if _ATTRIBUTION_HEAD_RE.match(text):
            first = next((x for x in mentions if x.person is not None), None)
            return self._found(first, sent, "an attribution heading ('Quotes from X')")
        head = _COLON_HEAD_RE.match(text)
        if head and sent.quotes:  # 'Tartu Deputy Mayor Siim Kõiv: “…”'
            inside = [x for x in mentions if x.person is not None and x.end - sent.start <= head.end(1)]
            if inside and inside[-1].end - sent.start == head.end(1):
                return self._found(inside[-1], sent, "a name and a colon before a quote")
        by_pronoun = _ACCORDING_PRONOUN_RE.match(text)
        if by_pronoun:  # 'According to him, the voivodeship will send ...'
            who = self.resolve("she" if by_pronoun.group(1) == "her" else "he")
            self.why = ("'according to' a pronoun", f"'{by_pronoun.group(1)}' → the person in focus")
            return who
        stance = _STANCE_RE.match(text)
        if stance:  # 'For Benítez, the cities are one area', 'In the opinion of the Gobernador, ...'
            first = next((x for x in mentions if x.person is not None), None)
            if first is not None and first.start - sent.start == stance.end() \
                    and _NAME_REST_RE.match(text, first.end - sent.start):
                return self._found(first, sent, "a stance frame ('For X, ...')")
        unnamed_subject = text.startswith("The ") and unnamed_role_opening(text, self.people) is not None
        own = OWN_SPEAKER_RE.match(text)
        if own and not any(x.person is not None and x.start - sent.start < own.end() for x in mentions):
            return None  # 'Alghuwairi said he hopes …': a speaker the article has not introduced
        for m in _PASSIVE_SPEECH_RE.finditer(text):
            by = next((x for x in mentions if x.start - sent.start >= m.start(1)), None)
            if by is not None and by.person is not None and by.start - sent.start <= m.end(1):
                return self._found(by, sent, "a passive speech verb and its 'by'")
        for m in self._verbs(text):
            if m.group() in OBJECT_ACTION_VERBS and _object_is_action(text, m.end()):
                continue
            if m.group().startswith(CALL_ON_PHRASES) and not CALL_TO_ACT_RE.match(text, m.end()):
                continue  # 'who called on him at his office': a visit, not words
            vstart = sent.start + m.start()
            before = [x for x in mentions if x.end <= vstart]
            if before:
                cand = before[-1]
                if _joint_subject(text, sent.start, before, m.start()):
                    self.together.update(id(x.person) for x in before[-2:] if x.person is not None)
                    return None  # 'Mayor A and Governor B said in a joint statement': the two sides, no one person
                participle = m.group().endswith("ing")
                for other in before[:-1]:
                    if other.person is not None and _RELATIVE_GAP_RE.match(text[other.end - sent.start:m.start()]):
                        return self._found(other, sent, f"speech verb '{m.group()}' after a relative clause")
                first = before[0]
                first_who = first.person or (self.resolve(first.pronoun) if first.pronoun else None)
                after_met = text[cand.end - sent.start:m.start()].rstrip()
                if (len(before) > 1 and first_who is not None and first.start - sent.start < 60
                        and (after_met.endswith(",") if participle else after_met.endswith(" and"))
                        and m.start() - (cand.end - sent.start) < 80  # (', Governor of X, on Monday, reaffirming')
                        and _MET_RE.search(text, first.end - sent.start, cand.start - sent.start)):
                    # 'A held meetings with B and C, reaffirming …', 'A met with B of X and announced': who met them
                    return self._found(first, sent, f"'{m.group()}' after whom the subject met", first_who)
                for k, other in enumerate(reversed(before)):
                    gap = text[other.end - sent.start:m.start()]
                    if k == 0 and other.person is not None and _WHO_SAID_RE.match(gap):
                        return self._found(other, sent, f"'who {m.group()}' after a name")
                    if _IN_ASIDE_RE.search(text, 0, other.start - sent.start):
                        continue  # 'X, while welcoming the visiting minister, said': the object of the aside
                    if _gap_ok(gap, participle, nearest=k == 0 or _IN_ASIDE_RE.search(
                            text, 0, before[-1].start - sent.start) is not None):
                        who = other.person or (self.resolve(other.pronoun) if other.pronoun and not unnamed_subject
                                                else None)  # 'The Vice President ... said he': not one we know
                        pair = before[:len(before) - k]
                        if who is not None and _joint_subject(text, sent.start, pair, other.end - sent.start):
                            self.together.update(id(x.person) for x in pair[-2:] if x.person is not None)
                            return None  # 'A and B exchanged views …, emphasizing': the two of them
                        if who is not None:
                            return self._found(other, sent, f"speech verb '{m.group()}' after its subject", who)
                    if k >= 3:
                        break
                if _ACCORDING_RE.search(text[:cand.start - sent.start]) and cand.person is not None:
                    return self._found(cand, sent, "'according to' a name")
            after = [x for x in mentions if x.start >= sent.start + m.end()]
            if after and m.group() in SPEECH_VERBS:
                cand = after[0]
                gap = text[m.end():cand.start - sent.start].split()
                lead = text[:m.start()].rstrip()  # ('"…," said X'; not 'The premier also assured X that …')
                if cand.person is not None and len(gap) <= 8 and lead.rstrip(". ")[-1:] in ",\"”’'–—-" and all(
                        w.lower().strip(".") in TITLE_HEADS or w[:1].isupper() or w in _INVERTED_GAP for w in gap):
                    return self._found(cand, sent, f"speech verb '{m.group()}' before its speaker")
        for x in mentions:
            if x.person is not None and _ACCORDING_RE.search(text[:x.start - sent.start]):
                return self._found(x, sent, "'according to' a name")
        return None

    def _found(self, mention: Mention | None, sent: Sentence, rule: str, who: Person | None = None) -> Person | None:
        """The mention's person (or `who`), noting the rule and the resolution step in `why`."""
        person = who or (mention.person if mention is not None else None)
        if mention is not None and person is not None:
            self.why = (rule, resolution(mention, sent, person))
        return person

    def subject(self, sent: Sentence, mentions: list[Mention]) -> Person | None:
        """A person named in the first words of the sentence, taken as its subject."""
        for x in mentions:
            if x.start - sent.start > 60:
                break
            if x.person is not None:
                return x.person
        return None


# 'A and B', 'A and Fukui Prefecture Lieutenant Governor Mr. B', 'A and his Colombian counterpart B'
_JOINT_GAP_RE = re.compile(r"^\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:[A-Z][\w.\-]*|counterparts?)\s+){0,6}$")


def _joint_subject(text: str, offset: int, before: list[Mention], verb: int) -> bool:
    """Two different people joined by 'and' right before the speech verb."""
    if len(before) < 2:
        return False
    first, second = before[-2], before[-1]
    if first.person is None or second.person is None or first.person is second.person:
        return False
    gap = text[second.end - offset:verb].strip()
    if gap not in ("", "also", "jointly") and not _WHEN_GAP_RE.match(gap):
        return False
    return bool(_JOINT_GAP_RE.match(text[first.end - offset:second.start - offset]))


def _object_is_action(text: str, pos: int) -> bool:
    words = text[pos:pos + 40].split()
    if words[:1] and words[0].lower() in ("his", "her", "their", "the") and "with" in [w.lower() for w in words[2:4]]:
        return True  # 'presented his guest with a carpet': a gift, not words
    if len(words) >= 2 and words[0][:1].isupper() and words[1] == "with":
        return True  # 'presented Dunford with a lantern'
    if words[:1] in (["a"], ["an"]) and re.search(r"\bto (?:the|his|her|their|each)\b", text[pos:pos + 80]):
        return True  # 'presented a Sindhi ajrak and cap to the visiting mayor'
    if words[:1] == ["with"]:
        return True  # 'was presented with a framed print'
    return bool(words) and words[0].strip(",.").lower() in ACTION_OBJECTS


_OWN_SUBJECT_END_RE = re.compile(r",\s*(?:the\s+|some\s+|local\s+|state\s+)?[a-z]+(?:\s+[a-z]+)?$")


def _gap_ok(gap: str, participle: bool = False, nearest: bool = True) -> bool:
    """True when the words between a name and a speech verb still let the name be the verb's subject."""
    g = _PARENS_RE.sub("", gap.strip(), count=1).strip()  # 'Councillor Erik Haugland (Conservative), who ...'
    if not g:
        return nearest
    parts = g.split()
    while parts and parts[-1].strip(",") in _GAP_WORDS:
        parts.pop()
    if all(w.islower() and w.endswith("ly") or w in _GAP_WORDS for w in parts):
        parts = []  # 'She also highly commended': manner adverbs only
    g = " ".join(parts)
    if not g:
        return nearest
    lead = 0
    while lead < len(parts) - 1 and parts[lead] in _GAP_WORDS:
        lead += 1  # 'also discussed X and congratulated': the coordination starts after 'also'
    if _COORD_RE.match(" ".join(parts[lead:])) and len(g) < 160:
        return True
    if participle and _PARTICIPLE_GAP_RE.match(g) and len(g) < 240:
        return True
    if g == "," or _WHEN_GAP_RE.match(g):
        return nearest
    if g.startswith(","):
        for k, ch in enumerate(g[1:], 1):
            if ch == ",":
                rest = g[k + 1:].strip()
                if not rest:
                    aside = g[1:k].split()
                    # ', while welcoming the visiting minister,': a name inside such an aside is not the subject
                    return len(g) < 300 and (nearest or bool(aside) and aside[0] in ASIDE_OPENERS)
                if _COORD_RE.match(rest) and len(rest) < 120:
                    return True
    if not nearest:
        return False
    if g.split()[0] in ("of", "from", "at") and len(g) < 160:
        # '… at the Ministry and discussed ties, local media': the verb has a subject of its own after the comma
        return not bool(_VERB_RE.search(g)) and not _OWN_SUBJECT_END_RE.search(g)
    if g.split()[0] in ("while", "when") and len(g) < 80 and "," not in g:
        return not bool(_VERB_RE.search(g))  # 'Naqvi while talking on this occasion stated'

    return g in ("'s", "’s")
