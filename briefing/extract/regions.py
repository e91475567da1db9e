"""A country's first-level regions (ISO 3166-2, via pycountry): 'Fujian Province' names China."""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.lexicon import COMMON_CAPS, entries, with_upper, without_accents, words
from briefing.extract.titles import COUNTRIES, POSTED_TITLE_WORDS

REGION_TYPE_WORDS = words("region_type_words")  # 'Province', 'Sheng', '-do': the kind of region, not its name
REGION_KINDS = frozenset(entries("region_kinds"))  # the kinds of region whose names are told apart by country
NOT_REGION_NAMES = words("not_region_names")  # 'West', 'Central': a region's name that is a common word
_LETTERS_RE = re.compile(r"[a-z]+")
_CAPS_RUN_RE = re.compile(with_upper(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"))  # 'Ústí', 'Åland' too
_LONGEST = 4  # words in the longest region name looked up


def region_key(name: str) -> str:
    """A region's name without accents, case, punctuation or the kind of region: 'Gyeonggi-do' -> 'gyeonggi'."""
    plain = without_accents(name).lower()
    return " ".join(w for w in _LETTERS_RE.findall(plain.replace("'", "").replace("’", ""))
                    if w not in REGION_TYPE_WORDS)


def _country_of_record(record: object) -> str | None:
    """The extractor's name of a pycountry country ('Korea, Republic of' -> 'South Korea'), if it knows it."""
    for attribute in ("common_name", "name", "official_name"):
        name = getattr(record, attribute, None)
        if name and name in COUNTRIES:
            return COUNTRIES[name]
    return None


@cache
def region_countries() -> dict[str, str]:
    """Each first-level region's key and its country, for the names only one country's region holds and that
    are neither a country nor a common word. Empty when pycountry cannot be read."""
    try:
        import pycountry

        countries = {c.alpha_2: _country_of_record(c) for c in pycountry.countries}
        regions = [(s.name, s.country_code) for s in pycountry.subdivisions
                   if s.parent_code is None and s.type in REGION_KINDS]
    except Exception:  # a broken install: the regions place no one, nothing else changes
        return {}
    holders: dict[str, set[str | None]] = {}
    for name, code in regions:
        key = region_key(name.split("[")[0])  # 'Cardiff [Caerdydd GB-CRD]'
        if key:
            holders.setdefault(key, set()).add(countries.get(code))
    country_words = {region_key(name) for name in COUNTRIES}
    return {key: next(iter(held)) for key, held in holders.items()
            if len(held) == 1 and None not in held and len(key) > 3 and key not in country_words
            and not (" " not in key and (key in NOT_REGION_NAMES or key.title() in COMMON_CAPS))}


def place_named(name: str) -> bool:
    """The words are a country's name or adjective, or a first-level region's name ('Solomon Islands', 'New
    Mexico')."""
    return name in COUNTRIES or region_key(name) in region_countries()


@cache
def also_a_region(name: str) -> bool:
    """Is a country's name also a first-level region's elsewhere ('Georgia', a state of the United States)?"""
    key = region_key(name)
    try:
        import pycountry

        return any(region_key(s.name.split("[")[0]) == key for s in pycountry.subdivisions if s.parent_code is None)
    except Exception:  # a broken install: the name is taken as it stands
        return False


POSTING_RE = re.compile(r"\s(?:in|to|at)\s")


def home_region_country(title: str | None, organization: str | None) -> str | None:
    """The country of the region a person's body or title names as theirs: not the post of an envoy ('Consul
    General in Shanghai') nor a place the title is held in or to ('Minister-president of Bavaria in Jinan')."""
    if title and any(word.strip(".,").lower() in POSTED_TITLE_WORDS for word in title.split()):
        return None
    return region_country(organization) or region_country(POSTING_RE.split(title or "", maxsplit=1)[0])


def region_country(phrase: str | None) -> str | None:
    """The country of the first region a phrase's capitalised words name ('Governor of Fujian Province' ->
    'China'), or None."""
    known = region_countries()
    for run in _CAPS_RUN_RE.findall(phrase or ""):
        parts = run.split()
        for size in range(min(_LONGEST, len(parts)), 0, -1):
            for start in range(len(parts) - size + 1):
                country = known.get(region_key(" ".join(parts[start:start + size])))
                if country:
                    return country
    return None
