"""Dates as written in press releases → ISO strings; relative dates are never invented."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# a month's first letter is looked for first: otherwise every name is tried at every position of the text
_MONTH = (r"(?=[" + "".join(sorted({m[0] for m in MONTHS})) + r"])"
          r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?")
PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?:\b|T)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    # "26.09.2025": day first, as European outlets write it with dots
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
]
YEAR = re.compile(r"(?:19|20)\d\d")  # in every pattern


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) for every absolute date in `text`; a month and year gives "YYYY-MM"."""
    if not YEAR.search(text):  # most sentences have no year, so no date: skip the slower patterns
        return []
    found: dict[int, str] = {}
    taken: list[range] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r for r in taken):
                continue
            taken.append(range(m.start(), m.end()))
            iso = _iso(m)
            if iso:
                found[m.start()] = iso
    return sorted(found.items())


def _iso(m: re.Match[str]) -> str | None:
    """ISO text for a match, or None for a date that does not exist ("2024-13-45", "February 30")."""
    parts = m.groupdict()
    # casefold, not lower: the patterns ignore case the Unicode way, so "ſeptember" (long s) matches too
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].casefold().rstrip(".")]
    try:
        day = date(int(parts["year"]), month, int(parts["day"]) if parts.get("day") else 1)
    except ValueError:
        return None
    return day.isoformat() if parts.get("day") else day.isoformat()[:7]


def first_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def article_date(text: str, *, opening_chars: int = 400) -> str | None:
    """The article's own date: a full date in its dateline or opening sentence, else None."""
    opening = text[:opening_chars]
    for _, iso in find_dates(opening):
        if len(iso) == 10:
            return iso
    return None
