"""A person of an article as the extraction reads them: name, title, body, country, roles and the forms found."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.extract.sentences import NAME_ARTICLES


@dataclass
class Person:
    name: str
    tokens: tuple[str, ...]
    first: int
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)  # the forms found while the names are read
    visitor: bool = False  # the guest side's leader, whom 'the visiting dignitary' means
    style: str | None = None  # 'highness' for 'His Highness Sheikh X', whom a later bare 'His Highness' means
    regional: bool = False  # the country is known only from the region of the body or title ('Fujian Province')
    body: str | None = None  # a body named by common nouns with the title ('of the opposition party'): no side
    nickname: str | None = None  # "Joko 'Jokowi' Widodo": later written 'Jokowi'
    spellings: list[str] = field(default_factory=list)  # the name spelled otherwise ('Filipe' for 'Felipe Nyusi')

    def name_parts(self) -> list[str]:
        parts: list[str] = []
        for tok in self.tokens:
            parts.append(tok)
            if "." in tok:
                parts.extend(p for p in tok.split(".") if len(p) > 2)
        articled = [tok for tok in self.tokens if tok.partition("-")[0].lower() in NAME_ARTICLES and "-" in tok]
        if articled == [self.tokens[-1]] and articled[0].partition("-")[2][:1].isupper():
            parts.append(articled[0].partition("-")[2])  # 'Sisi' of 'Abdel Fattah al-Sisi' (not of 'Al-X Al-Sabah')
        if self.nickname is not None:
            parts.append(self.nickname)
        return parts
