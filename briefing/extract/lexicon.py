"""Word lists the extractor's rules rely on (resources/lexicon/en/) and the regex helpers that compile them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from briefing.core.resources import resource_path

# Lists live in resources/lexicon/<language>/NAME.txt: one entry a line, '#' starts a comment, blank lines are
# skipped; a keyed list writes 'entry: value' on each line ('spring: 5'). Each is read once and cached.
LANGUAGE = "en"


@cache
def entries(name: str, language: str = LANGUAGE) -> tuple[str, ...]:
    """The entries of list `name`, in file order, with runs of spaces folded to one."""
    path = resource_path(f"lexicon/{language}/{name}.txt")
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(" ".join(line.split()))
    return tuple(out)


@cache
def words(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """List `name` as a set (every word of every line, for lists of single words)."""
    return frozenset(w for entry in entries(name, language) for w in entry.split())


@cache
def keyed(name: str, language: str = LANGUAGE) -> dict[str, str]:
    """List `name` of 'entry: value' lines as a mapping, in file order."""
    out: dict[str, str] = {}
    for entry in entries(name, language):
        key, _, value = entry.partition(":")
        out[key.strip()] = value.strip()
    return out


def alternation(items: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of `items` folded into a trie (the longest entry wins), a space matching
    `space` (any run of spaces by default: 'ahead of'); a trie tries far fewer branches than 'a|b|c'."""
    root: dict = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + ")"


def listed(name: str, language: str = LANGUAGE) -> str:
    """List `name` as a plain regex alternation in file order ('a|b|c': the first entry that matches wins); the
    keys of a keyed list."""
    items = entries(name, language)
    if items and all(":" in item for item in items):
        items = tuple(keyed(name, language))
    return "(?:" + "|".join(re.escape(e) for e in items) + ")"


def phrase_regex(name: str, language: str = LANGUAGE) -> str:
    """An alternation of the entries (or keys, for a keyed list) of list `name`."""
    items = entries(name, language)
    if items and all(":" in item for item in items):
        items = tuple(keyed(name, language))
    return alternation(items)


# Capital letters for regex classes: ASCII, Latin-1 and the accented capitals of Latin Extended (Ł, Đ, Š, Ẵ).
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what re's \w is in a str pattern


def word_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that start on a word boundary: re.compile(r"\b" + pattern.pattern).finditer(text),
    found faster. A leading \b stops `re` from scanning for the pattern's first characters; here it scans, and the
    boundary is checked where a match starts. `pattern` must not match an empty string."""
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        if (start > 0 and _word_char(text[start - 1])) == _word_char(text[start]):
            pos = start + 1
            continue
        yield m
        pos = m.end()


def word_regex(words: Iterable[str]) -> str:
    """An alternation of `words` folded into a trie (same matches as 'a|b|c', several times faster in `re`)."""
    return alternation(words, space=re.escape(" "))


def with_upper(pattern: str) -> str:
    """`pattern` with every A-Z class widened to all capitals in UPPER."""
    return pattern.replace("A-ZÀ-ÖØ-Þ", "A-Z").replace("A-ZÀ-Ý", "A-Z").replace("A-Z", UPPER)


# Heads of a person's title, lower-cased; a capitalised form before a name ("Governor X") counts too.
TITLE_HEADS = words("title_heads")

# Words that only make a title more junior; "the governor" is not the vice governor.
RANK_MODIFIERS = words("rank_modifiers")
PORTFOLIO_WORDS = words("portfolio_words")  # 'energy' of 'the energy minister'
ROLE_MODIFIERS = words("role_modifiers") | PORTFOLIO_WORDS  # 'Parliamentary Secretary', 'Trade Minister'
OFFICE_MODIFIERS = words("office_modifiers")  # 'prime' minister, 'Crown' Prince: an office of its own

# Honorifics stripped from names ("Dr Mariana Jitam" -> "Mariana Jitam").
HONORIFICS = words("honorifics")
PAIRED_HONORIFICS = words("paired_honorifics")  # 'Seri' of "Dato' Seri X": an honorific only after another
HONOURS = words("honours")  # 'Honourable', 'Excellency'
HONORIFIC_LINKS = words("honorific_links")  # 'the' of 'Dr. the Hon.'
ADDRESS_WORDS = HONORIFICS | HONOURS  # 'Dr', 'Hon', 'Honourable': forms of address before a name
VENUE_WORDS = words("venue_words")  # 'hall', 'palace', 'residence': a building where people meet
THING_NOUNS = VENUE_WORDS | words("medium_nouns")  # after one word, that word names the thing: 'London residence'
RELATION_NOUNS = frozenset(entries("relation_nouns"))  # the relationship itself: 'the interaction', 'partnership'

WORLD_REGIONS = words("world_regions")  # 'Asia', 'the Balkans': parts of the world, no country
STYLE_WORDS = words("style_titles")  # 'Excellency' of 'His Excellency', 'Majesty', 'Highness'
ADDRESS_LINKS = HONORIFIC_LINKS | {"His", "Her"}  # 'His Excellency the Most Hon. Sir X'

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = words("abbreviations")

# Capitalised words that name organisations, offices, places or things, never a person's name.
ORG_WORDS = words("org_words")

# Capitalised function and discourse words that can open a sentence but are not names.
COMMON_CAPS = words("common_caps")

NAME_PARTICLES = words("name_particles")

# Capitalised surname particles that may be a single letter ("Seán Ó Briain").
CAP_PARTICLES = words("cap_particles")

# Lower-case nouns that follow a place name ("Tra Vinh city") and so mark it as a place.
PLACE_NOUNS = words("place_nouns")

SPEECH_VERBS = words("speech_verbs")  # resources/lexicon/en/speech_verbs.txt


SPEECH_PHRASES = entries("speech_phrases")  # "pointed out", "called for": the verb with the next word

# Objects that turn a speech-like verb into a plain action ("presented gifts").
ACTION_OBJECTS = words("action_objects")

ADVERBS = words("adverbs")

MONTHS = {k: int(v) for k, v in keyed("month_numbers").items()}

WEEKDAYS = {k: int(v) for k, v in keyed("weekday_numbers").items()}

# Regex alternations of the capitalised month names and short forms ('Jan', 'Sept', 'September'), of the full
# weekday names ('Monday') and of their three-letter forms ('Mon'), from the two lists above.
MONTH_NAMES_RE = alternation(sorted(k.capitalize() for k in MONTHS))
WEEKDAY_NAMES_RE = alternation(sorted(k.capitalize() for k in WEEKDAYS if k.endswith("day")))
WEEKDAY_SHORT_RE = alternation(sorted(k.capitalize() for k in WEEKDAYS if len(k) == 3))

# Countries with the adjectives and short forms that point to them.
COUNTRIES: dict[str, str] = {}
for _name, _forms in keyed("countries").items():
    COUNTRIES[_name] = _name
    for _form in filter(None, (f.strip() for f in _forms.split(","))):
        COUNTRIES[_form] = _name

# Country names that are also common first names, never used to split a name.
AMBIGUOUS_COUNTRIES = words("ambiguous_countries")

# Multi-word country names, split into words, for spotting them inside capitalised runs.
COUNTRY_WORD_SEQS = [tuple(name.split()) for name in COUNTRIES if " " in name]

# Starts of a credit line ('Photo: ...', 'By Jane Roe'), lower case: a word of credit_words has a space after it.
CREDIT_BYLINES = tuple(word + " " for word in entries("credit_words"))
CREDIT_PREFIXES = (*entries("credit_prefixes"), *CREDIT_BYLINES)


def without_accents(text: str) -> str:
    """The text with its accents taken off ('Lourenço' -> 'Lourenco'); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
