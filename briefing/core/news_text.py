"""What opens a news text pasted from a page: the site's furniture above the headline (a date line, a byline, the
site's name or address) and the dateline that opens a wire story's first sentence ('ISLAMABAD, Jan 13 (APP):').

Shared by ingestion (which line is the headline) and extraction (the headline, the lead, the title).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.core.dates import MONTHS, WEEKDAYS

# 'ISLAMABAD, Jan 13 (APP):', 'TAIPEI (Taiwan News) —', 'Gandhinagar (Gujarat) [India], April 16 (ANI):',
# 'October 3/2021(ENA) The …' (a date before an agency needs no dash), 'Pretoria –'
DATELINE_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]{3,}(?:[ '\-][A-ZÀ-ÖØ-Þ]{2,})*(?:,[^–—\-.]{1,30}?)?\s*(?:--|[-–—:])"
                         r"|[A-ZÀ-ÖØ-Þ][\w'’\-., ()\[\]]{1,40}\([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9}){0,2}\)"
                         r"\s*(?:--|[-–—:.])"
                         r"|[A-ZÀ-ÖØ-Þ][a-z]+ \d{1,2}(?:/\d{4})?\s*\([A-Z]{2,6}\)"
                         r"|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)? [–—:])(?:\s+|(?<=\):))(?=[A-Z\d\"“])")


def without_dateline(lead: str) -> str:
    """The lead sentence without a news dateline: 'MWANZA — ', 'GIJÓN, 12 April 2024 – ', 'Tra Vinh (MPN) - '."""
    return DATELINE_RE.sub("", lead, count=1)


def opens_with_dateline(line: str) -> bool:
    """'ISLAMABAD, Jan 13 (APP): The ambassador called on …' does: a place with a day or an agency. A
    headline may open with a label in capitals ('EXCLUSIVE: …'), which has neither."""
    found = DATELINE_RE.match(line)
    return found is not None and any(c.isdigit() or c == "(" for c in found.group())


# the words of a date line: the names of days and months (whole and cut to three letters) and what stands round them
_DATE_WORDS = frozenset(
    {name.lower() for name in (*MONTHS, *WEEKDAYS)} | {name[:3].lower() for name in (*MONTHS, *WEEKDAYS)}
    | set("tues thur thurs sept am pm gmt utc ist cet est pst updated published posted last on at ago minute "
          "minutes hour hours day days n° of the".split()))
_MONTH_WORDS = frozenset({name.lower() for name in MONTHS} | {name[:3].lower() for name in MONTHS} | {"sept"})
_DAY_NUMBER_RE = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d\d|\d{4}\.\d\d?\.\d\d?|\d\d?\.\d\d?\.\d{4})$")
_PIECE_RE = re.compile(r"[^\s,|/·•–—\-():]+")
_ADDRESS_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}/?$", re.I)
_FILE_PHOTO_RE = re.compile(r"^FILE(?: PHOTO)?\s*[-–—:]\s")
_PLACE_LINE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ]{3,}(?:[ \-][A-ZÀ-ÖØ-Þ]{2,}){0,3}(?:, [A-Z][a-z]{1,5}\.?)?\.?$")
_CREDIT_RE = re.compile(r"^(?:by|photo|image|images|source|video|credit|advertisement|share)\b", re.I)
# a picture's caption, signed at its end: '… on a tour of Pacific nations. Photo: RNZ/Jane Roe'
_CAPTION_END_RE = re.compile(r"\b(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile photo)s?(?: credit)?\s*:\s*[^.:]{2,60}$")
# … or signed after a dash: '… addresses a press conference. — Wire/File', '… meets the minister. – Palace photos'
_CAPTION_DASH_END_RE = re.compile(r"\s[–—]\s*(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} [Pp]hotos?|[A-Z][A-Za-z]+/File)$")
# a link to another page ('Next article: …', 'Read also: …'), the site's home in a trail ('Home - …') or its name
_NAVIGATION_RE = re.compile(r"^(?:(?:next|previous|related|read more|read also|also read|see also)"
                            r"(?: (?:article|story|post|news))?\s*:|home\s+[-–|»>/]\s|(?:the )?official "
                            r"(?:web ?site|portal|web portal)\b)", re.I)


def is_page_furniture(line: str) -> bool:
    """A line a page prints above (or beside) its headline: a date or time ('Friday, 14 July 2017',
    '5:09 pm on 29 November 2006', 'Faizan Hashmi 6 minutes ago Thu 19th December 2019 | 10:55 PM'), a byline or
    credit ('By Jane Roe, Wire', 'Image'), the site's address ('UrduPoint.com'), or a label ('Information for the
    Press N°:')."""
    line = line.strip()
    words = line.split()
    if _FILE_PHOTO_RE.match(line):
        return True  # 'FILE - The minister at a meeting in 2019': an agency's caption under an archive picture
    if _CAPTION_DASH_END_RE.search(line) or _NAVIGATION_RE.match(line):
        return True
    if not words or len(words) > 16:
        return False
    if _ADDRESS_RE.match(line) or (_CREDIT_RE.match(line.lstrip("[(")) and len(words) <= 8
                                    and not line.endswith(".")):
        return True
    if line[:1] in "[(" and line[-1:] in ")]" and len(words) <= 8:
        return True  # '(MENAFN- Jordan News Agency)', '[Source: Fiji Government/ Facebook]'
    if _PLACE_LINE_RE.match(line):
        return True  # 'ROCHESTER, Minn.', 'ASTANA.': a dateline on a line of its own
    if line.count(" > ") >= 2 or line.count(" » ") >= 2:
        return True  # 'Home > Relations > Political Relations': the page's trail
    if line.endswith(":") and len(words) <= 6 or _CAPTION_END_RE.search(line):
        return True
    pieces = _PIECE_RE.findall(line)
    dated = [p for p in pieces if p.lower().rstrip(".") in _DATE_WORDS or _DAY_NUMBER_RE.match(p.rstrip("."))]
    rest = [p for p in pieces if p not in dated]
    has_number = any(c.isdigit() for c in line)
    if not has_number or not dated:
        return False
    if not rest:
        return True
    if len(rest) > 3 or not all(p[:1].isupper() for p in rest):
        return False
    # a name may stand before the date of a byline line: 'Jane Roe 6 minutes ago Thu 19th December 2019'; a place
    # in capitals before a dateline's date: 'BAKU, Azerbaijan, December 19.'
    return len(dated) >= 3 or (rest[0].isupper() and len(rest[0]) >= 3
                               and any(p.lower().rstrip(".") in _MONTH_WORDS for p in dated))


_BULLETS = "•·▪►"


def headline_start(lines: list[str], headline_like: Callable[[str], bool]) -> int:
    """Index of the first of `lines` that can be the headline: after the page's furniture, and after a site's
    name or motto of three words or fewer that stands above a longer headline ('Business Standard')."""
    k = 0
    while k < len(lines) and k < 6:
        line = lines[k]
        if is_page_furniture(line) or line.lstrip()[:1] in _BULLETS:
            k += 1
            continue
        if k + 1 < len(lines) and len(lines[k + 1]) >= 20 and line.endswith(" " + lines[k + 1].strip()):
            k += 1  # 'Home Travel Mayor received the envoy' above 'Mayor received the envoy': the trail glued on
            continue
        menu, entries = k, 0
        while menu < len(lines) and len(lines[menu].split()) <= 3 and not lines[menu].endswith("."):
            entries += not is_page_furniture(lines[menu])
            menu += 1
        if entries >= 3 and menu < len(lines) and len(lines[menu].split()) >= 4 and headline_like(lines[menu]):
            k = menu  # 'Government', 'Services', 'Investment', …: the site's menu, one entry a line
            break
        if len(line.split()) <= 3 and headline_like(line) and any(
                len(other.split()) >= 4 and headline_like(other) and not is_page_furniture(other)
                for other in lines[k + 1:k + 3]):
            k += 1
            continue
        break
    return k
