"""A participant's country from the region their body or title names (ISO 3166-2 regions, via pycountry).

The sentences are invented for these tests; the regions are real, as the rule needs them.
"""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.regions import home_region_country, region_countries, region_country, region_key


@pytest.mark.parametrize(("phrase", "country"), [
    ("Governor of Fujian Province", "China"),
    ("CPC Shandong Provincial Committee", "China"),
    ("Gyeonggi Province Governor", "South Korea"),  # 'Gyeonggi-do' in the standard
    ("Osun State", "Nigeria"),
    ("Vice Governor of Aichi Prefecture", "Japan"),
    ("Western Cape Government", "South Africa"),
    ("Espirito Santo state government", "Brazil"),  # written without its accent
    ("Punjab", None),  # a region of two countries
    ("Georgia", None),  # a country's name too
    ("West", None),  # a common word
    ("Tabor", None),  # a municipality: towns of other countries share such names
    ("Karsbrook City Council", None),
    (None, None),
])
def test_a_region_names_its_country(phrase: str | None, country: str | None) -> None:
    assert region_country(phrase) == country


def test_the_key_drops_the_kind_of_region_and_the_accents() -> None:
    assert region_key("Gyeonggi-do") == region_key("Gyeonggi Province") == "gyeonggi"
    assert region_key("Espírito Santo") == "espirito santo"
    assert len(region_countries()) > 1000


@pytest.mark.parametrize(("title", "organization", "country"), [
    ("Vice Governor of Aichi Prefecture in Jiangsu", None, "Japan"),  # where the title is held is not home
    ("Consul General of Japan in Fujian", None, None),  # an envoy's title names the post
    ("Ambassador to Osun State", None, None),
    ("Secretary-General", "CPC Fujian Provincial Committee", "China"),
])
def test_a_home_region_is_the_persons_own(title: str, organization: str | None, country: str | None) -> None:
    assert home_region_country(title, organization) == country


ARTICLE = ("On 3 March 2026, Vice Governor Lin Haoyu of Fujian Province met Mayor Anna Berg of Karsbrook, "
           "Norway, and Chen Wei, an official of the Ministry of Commerce of China.\n\n"
           "Berg said China will open a trade office in Karsbrook next year.")


def test_a_participant_gets_the_country_of_their_region() -> None:
    briefing = extract(ARTICLE)
    people = {p.name: p for p in briefing.participants}
    assert people["Lin Haoyu"].country == "China"
    assert people["Anna Berg"].country == "Norway"
    # a country's name stands for the country's own body, never a region's
    assert [c.actor for c in briefing.commitments] == ["Ministry of Commerce of China"]


def test_without_the_region_data_extraction_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pycountry", None)  # a broken install: importing it fails
    region_countries.cache_clear()
    try:
        people = {p.name: p for p in extract(ARTICLE).participants}
        assert people["Lin Haoyu"].country is None and people["Anna Berg"].country == "Norway"
        assert region_countries() == {}
    finally:
        monkeypatch.undo()
        region_countries.cache_clear()
    assert region_country("Fujian Province") == "China"


def test_a_region_whose_name_starts_with_a_capital_outside_ascii_is_found() -> None:
    assert region_country("President of the Île-de-France Region") == "France"
