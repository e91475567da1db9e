"""Word lists the extractor's rules rely on, loaded from resources/lexicon/en/ (titles, organisation words, speech
verbs, countries, dates), and the regex helpers that compile them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract import wordlists

# Capital letters for regex classes: ASCII, Latin-1 and the accented capitals of Latin Extended (Ł, Đ, Š, Ẵ).
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())


def word_regex(words: Iterable[str]) -> str:
    """An alternation of `words` folded into a trie (same matches as 'a|b|c', several times faster in `re`)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + ")"


def with_upper(pattern: str) -> str:
    """`pattern` with every A-Z class widened to all capitals in UPPER."""
    return pattern.replace("A-ZÀ-ÖØ-Þ", "A-Z").replace("A-ZÀ-Ý", "A-Z").replace("A-Z", UPPER)


# Heads of a person's title, lower-cased; a capitalised form before a name ("Governor X") counts too.
TITLE_HEADS = wordlists.words("title_heads")

# Words that only make a title more junior; "the governor" is not the vice governor.
RANK_MODIFIERS = wordlists.words("rank_modifiers")

# Honorifics stripped from names ("Dr Mariana Jitam" -> "Mariana Jitam").
HONORIFICS = wordlists.words("honorifics")

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = wordlists.words("abbreviations")

# Capitalised words that name organisations, offices, places or things, never a person's name.
ORG_WORDS = wordlists.words("org_words")

# Capitalised function and discourse words that can open a sentence but are not names.
COMMON_CAPS = wordlists.words("common_caps")

NAME_PARTICLES = wordlists.words("name_particles")

# Capitalised surname particles that may be a single letter ("Seán Ó Briain").
CAP_PARTICLES = wordlists.words("cap_particles")

# Lower-case nouns that follow a place name ("Tra Vinh city") and so mark it as a place.
PLACE_NOUNS = wordlists.words("place_nouns")

SPEECH_VERBS = wordlists.words("speech_verbs")  # resources/lexicon/en/speech_verbs.txt


SPEECH_PHRASES = wordlists.entries("speech_phrases")  # "pointed out", "called for": the verb with the next word

# Objects that turn a speech-like verb into a plain action ("presented gifts").
ACTION_OBJECTS = wordlists.words("action_objects")

ADVERBS = wordlists.words("adverbs")

MONTHS = {k: int(v) for k, v in wordlists.keyed("month_numbers").items()}

WEEKDAYS = {k: int(v) for k, v in wordlists.keyed("weekday_numbers").items()}

# Countries with the adjectives and short forms that point to them.
COUNTRIES: dict[str, str] = {}
for _name, _forms in wordlists.keyed("countries").items():
    COUNTRIES[_name] = _name
    for _form in filter(None, (f.strip() for f in _forms.split(","))):
        COUNTRIES[_form] = _name

# Country names that are also common first names, never used to split a name.
AMBIGUOUS_COUNTRIES = frozenset({"Jordan", "Georgia", "Israel", "Chad"})

# Multi-word country names, split into words, for spotting them inside capitalised runs.
COUNTRY_WORD_SEQS = [tuple(name.split()) for name in COUNTRIES if " " in name]

CREDIT_PREFIXES = ("photo", "photos", "image", "images", "picture", "pictures", "video", "reporting by",
                   "editing by", "writing by", "additional reporting", "reported by", "written by",
                   "edited by", "by ", "source:", "sources:", "editor:", "reporter:", "photographer:",
                   "text by", "story by", "compiled by", "translated by", "(reporting", "(editing",
                   "(writing", "(additional", "(editor", "(photo", "(source", "credit:", "credits:")
