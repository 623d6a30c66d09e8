"""Dates as written → ISO; impossible and relative dates are not invented."""
from __future__ import annotations

import pytest

from medcollab_kg.dates import article_date, find_dates


@pytest.mark.parametrize("text, iso", [
    ("On November 22, 2024, the conference opened.", "2024-11-22"),
    ("LONDON, 3rd May 2023 - A deal.", "2023-05-03"),
    ("date 2026-01-22 MACAU, January 22 - A symposium.", "2026-01-22"),
    ("Published 2024-03-05T10:00:00Z. Text.", "2024-03-05"),
    ("CHARLOTTE, N.C. (Nov. 6, 2025) — A deal.", "2025-11-06"),
    ("University News | 26.09.2025\n\nA deal.", "2025-09-26"),  # day first, with dots
])
def test_article_date(text, iso):
    assert article_date(text) == iso


def test_month_and_year_is_a_partial_date():
    assert find_dates("In March 2024, she visited.") == [(3, "2024-03")]


@pytest.mark.parametrize("text", ["BEIJING, 2024-13-45 - News.", "On February 30, 2024, nothing happened.",
                                  "Version 2.31.12.2024 of the app.", "On 31.02.2024 nothing happened.",
                                  "The clinic opens later this year."])
def test_no_invented_dates(text):
    assert article_date(text) is None


def test_months_in_any_case_and_inside_words():
    text = "SEPT. 5, 2024; 7th OCTOBER 2025; xMay 1, 2022 and Jan 2021, not Mayday 2020."
    assert [iso for _, iso in find_dates(text)] == ["2024-09-05", "2025-10-07", "2022-05-01", "2021-01"]


@pytest.mark.parametrize("text", ["Signed on ſeptember 9, 2023.", "ſept. 9, 2023", "9 AUGUſT 2023"])
def test_unicode_case_variants_of_a_month_are_read_not_a_crash(text):
    """The patterns ignore case the Unicode way, so the long s matches 's': it must also be looked up."""
    assert [iso for _, iso in find_dates(text)] in (["2023-09-09"], ["2023-08-09"])
