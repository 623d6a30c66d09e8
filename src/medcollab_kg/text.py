"""Text that is safe to keep, show and hand to spreadsheets: what article text may not carry out of `kg`.

Article text is hostile input: it may hold escape sequences (which retitle a terminal window or clear the
screen), invisible format characters (which make "Zhang\u200bWei" a name of its own) and cells a spreadsheet
runs as formulas.
"""
from __future__ import annotations

import json
import re
from typing import Any, TypeVar

_T = TypeVar("_T")

# Unicode category Cf (format characters: zero-width spaces and joiners, bidirectional marks and overrides, the
# soft hyphen, the BOM, tags), as of Unicode 15.1; tests check it against the running Python's unicodedata.
FORMAT_CHARS = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
                "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")

# What ingest removes from article text: C0 and C1 controls but tab, newline, vertical tab, form feed and carriage
# return, DEL, and every format character. All are invisible in text: removing them loses nothing a reader sees
# (the soft hyphen included: "Univer\u00adsity" is read "University", and so it is matched).
INVISIBLE = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{FORMAT_CHARS}]")

# What a terminal must not receive inside JSON text: json.dumps escapes C0 controls itself, but not DEL, the C1
# controls (U+009B is a one-byte CSI), format characters (bidirectional overrides reorder what is shown) or the
# line and paragraph separators.
JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u2028\u2029{FORMAT_CHARS}]")

# OWASP's advice against CSV injection: a cell starting with one of these is a formula to Excel and LibreOffice
# (full-width forms included, which some spreadsheets fold), so it is written with a leading apostrophe, which
# spreadsheets show as text. A cell that already starts with apostrophes before one of them gets one more, so
# reading a file back (restore_formula) gives every cell exactly as it was.
FORMULA_START = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"
FORMULA = re.compile(f"'*[{re.escape(FORMULA_START)}]")


# What a terminal must not receive in data written raw (CSV on stdout): every control character but tab and
# newline (escape sequences start with ESC or a C1 CSI), format characters and the line and paragraph separators.
# Unlike printable(), other spaces (no-break, ideographic) are kept: CSV is data.
TERMINAL_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{FORMAT_CHARS}]")


def terminal_safe(text: str) -> str:
    """`text` with what TERMINAL_UNSAFE names replaced by U+FFFD."""
    return TERMINAL_UNSAFE.sub("\ufffd", text)


def invisible(text: str) -> str:
    """`text` without the characters INVISIBLE names."""
    return INVISIBLE.sub("", text)


def printable(text: str, keep: str = "\n\t") -> str:
    """`text` for a terminal: every character that is not printable (controls, format characters, separators)
    but those in `keep` becomes U+FFFD."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in keep else "\ufffd" for c in text)


def one_line(text: str) -> str:
    """printable() with newlines and tabs replaced too: a file name with a newline in it cannot forge a line of
    a summary or an error."""
    return printable(text, keep="")


def json_dumps(data: object, **options: Any) -> str:
    """json.dumps(ensure_ascii=False), with the characters JSON_UNSAFE names written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, **options)
    return JSON_UNSAFE.sub(lambda m: json.dumps(m.group())[1:-1], text)


def neutralise_formula(value: _T) -> _T | str:
    """A CSV cell a spreadsheet shows as text: "'" before a cell that would start a formula (OWASP)."""
    if isinstance(value, str) and FORMULA.match(value):
        return "'" + value
    return value


def restore_formula(value: str) -> str:
    """The cell neutralise_formula was given."""
    return value[1:] if value.startswith("'") and FORMULA.match(value, 1) else value
