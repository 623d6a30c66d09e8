"""Time bounds: a period read from a question, --since and --until checked, and whether a date falls within."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from medcollab_kg.errors import UsageError


@dataclass(frozen=True, slots=True)
class Period:
    """A time filter read from a question ("in 2024", "since March 2023"); bounds are YYYY or YYYY-MM."""
    since: str | None
    until: str | None
    text: str  # as asked, for messages: "in 2024"

    def holds(self, date: str | None) -> bool:
        return in_period(date, self.since, self.until)


DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_date(value: str | None, option: str) -> str | None:
    """A --since or --until value: YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists (not 2020-13, 2021-02-30)."""
    if value is None:
        return None
    if DATE_RE.fullmatch(value):
        year, month, day = (value.split("-") + ["01", "01"])[:3]
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError as exc:
            raise UsageError(f"{option} '{value}' is not a date ({exc}). "
                             "Fix: use YYYY, YYYY-MM or YYYY-MM-DD.") from None
        return value
    raise UsageError(f"{option} '{value}' is not a date. Fix: use YYYY, YYYY-MM or YYYY-MM-DD.")


def in_period(date: str | None, since: str | None, until: str | None) -> bool:
    """Partial dates ('2024-03') count when their period overlaps [since, until]; undated items never do."""
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or date >= since[: len(date)]) and (until is None or date[: len(until)] <= until)
