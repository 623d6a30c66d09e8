"""Find and read articles (text, Markdown, HTML, JSON and JSON Lines news dumps, stdin); no NLP.

Nothing read here is executed or unpickled: files are decoded as text, HTML goes
through trafilatura, dumps through `json`. A file that cannot be read becomes a
`Skipped` with a one-line reason, so one bad file never stops a build.
"""
from __future__ import annotations

import codecs
import email.utils
import hashlib
import json
import logging
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from medcollab_kg import dates
from medcollab_kg.errors import InputError
from medcollab_kg.models import Article, Skipped
from medcollab_kg.text import invisible

if TYPE_CHECKING:
    from trafilatura.settings import Document

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
EXPECTED = ".txt, .md, .html, .htm, .json or .jsonl"
DEFAULT_MAX_BYTES = 5_000_000
MAX_CHARS = 1_000_000  # spaCy's default nlp.max_length; longer texts make nlp() raise
STDIN = "-"

TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished")
URL_FIELDS = ("url", "link")
ARRAY_FIELDS = ("articles", "items", "data", "results", "documents")  # {"articles": [...]} dumps

# UTF-16 and UTF-32 without a byte order mark are rejected as binary (they are full of NUL bytes);
# letting the detector pick them turns short Latin-1 files into CJK nonsense.
NOT_DETECTED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Only metadata dates here: the dateline and first sentence are extraction's job, and
# htmldate's extensive search would guess a date from anywhere on the page.
HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True}
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
LOOKS_LIKE_HTML = re.compile(r"<(?:!doctype|html|head|body|p|div|article|br|h[1-6])\b", re.IGNORECASE)

# trafilatura logs parse failures; without a handler Python prints them on stderr. Skipped carries the reason.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class _Skip(Exception):
    """Internal: this input is skipped, for the reason given."""


def read_articles(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    text_fields: Sequence[str] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Skipped]:
    """Yield an Article for each readable article and a Skipped, with the reason, for the rest.

    `paths` are files, folders (read recursively, hidden entries left out) or "-" for one article
    on stdin. `text_fields` are JSON field names tried before text, body and content. A Skipped may name an
    article yielded earlier: a copy of it with more metadata came later, and replaces it.
    Raises InputError for a missing path or when nothing at all could be read.
    """
    sources = [str(p) for p in paths]
    max_bytes = min(max_bytes, MAX_READ)  # --max-bytes 99999999999999999999 means "no limit", not an overflow
    if not sources:
        raise InputError(f"No article paths given. Fix: name files or folders of {EXPECTED} news, or - for stdin.")
    for source in sources:
        if source != STDIN and not os.path.lexists(source):
            raise InputError(f"No such file or folder: '{shown_path(source)}'. Fix: check the path.")
    fields = tuple(dict.fromkeys([*text_fields, *TEXT_FIELDS]))
    names: set[str] = set()
    # The same article can come twice (a .txt and the dated HTML page): the copy with the most metadata (date,
    # title, URL) is kept, the first read on a tie. Articles are handed on as they are read, so when a better
    # copy comes later, a Skipped for the earlier one is yielded first: consumers drop what they took from it.
    kept: dict[str, Article] = {}  # dedup key → the copy kept so far
    skipped: list[Skipped] = []
    for source in sources:
        for item in _read_source(source, max_bytes=max_bytes, fields=fields, stdin=stdin):
            if isinstance(item, Article):
                key = _dedup_key(item.text)
                first = kept.get(key)
                if first is None or _metadata(item) > _metadata(first):
                    if first is not None:
                        better = ", ".join(k for k in ("date", "title", "url") if getattr(item, k))
                        retracted = Skipped(first.path, f"duplicate of {item.path}, kept for its {better}")
                        skipped.append(retracted)
                        yield retracted
                    item = kept[key] = _unique_name(item, names)
                else:
                    item = Skipped(item.path, f"duplicate of {first.path}")
            if isinstance(item, Skipped):
                skipped.append(item)
            yield item
    if not kept:
        shown = ", ".join(f"'{shown_path(s)}'" for s in sources)
        why = f" {len(skipped)} skipped, e.g. '{skipped[0].path}': {skipped[0].reason}." if skipped else ""
        raise InputError(f"No articles in {shown}.{why} Fix: pass files or folders of {EXPECTED} news.")


def find_files(folder: Path, unreadable: list[Skipped] | None = None) -> list[Path]:
    """Article files under `folder`, sorted so builds are reproducible.

    Hidden files and folders are left out; symlinked folders are followed once, so a link loop ends.
    Broken links with an article suffix are kept, so their reason shows in the summary. A folder that cannot
    be listed (no permission) is added to `unreadable` with the reason. The walk keeps its own stack, so
    no depth of folders exhausts Python's recursion limit.
    """
    found: list[Path] = []
    visited: set[tuple[int, int]] = set()
    stack: list[Path | str] = [folder]  # a str marks a file, kept in its place among the folders
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(Path(item))
            continue
        try:
            info = item.stat()
            with os.scandir(item) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append(Skipped(shown_path(item), f"unreadable folder: {exc.strerror or exc}"))
            continue
        if (info.st_dev, info.st_ino) in visited:
            continue
        visited.add((info.st_dev, info.st_ino))
        here: list[Path | str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                here.append(Path(entry.path))
            elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
                here.append(entry.path)
        stack.extend(reversed(here))  # popped in sorted order: depth first, as a recursive walk would go
    return found


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop
        return False


def _read_source(source: str, *, max_bytes: int, fields: tuple[str, ...], stdin: BinaryIO | None
                 ) -> Iterator[Article | Skipped]:
    if source == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes=max_bytes, fields=fields)
        return
    path = Path(source)
    if not path.is_dir():
        yield from read_file(path, name=shown_path(path.name), max_bytes=max_bytes, fields=fields)
        return
    unreadable: list[Skipped] = []
    files = find_files(path, unreadable)
    yield from unreadable
    if not files and not unreadable:
        yield Skipped(shown_path(source), f"no articles: expected {EXPECTED} files")
    for file in files:
        yield from read_file(file, name=shown_path(file.relative_to(path).as_posix()), max_bytes=max_bytes,
                             fields=fields)


def read_file(path: Path, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              fields: Sequence[str] = TEXT_FIELDS) -> Iterator[Article | Skipped]:
    """The article (or, for a dump, articles) in one file; a Skipped for whatever cannot be read."""
    name = name or shown_path(path.name)
    where = shown_path(path)  # how the file is named in the graph, the cache and the summary
    suffix = path.suffix.lower()
    try:
        if suffix not in SUFFIXES:
            raise _Skip(f"unsupported file type '{suffix or '(none)'}'; expected {EXPECTED}")
        try:
            info = path.stat()
        except OSError as exc:
            raise _Skip(f"unreadable: {exc.strerror or exc}") from None
        if not stat.S_ISREG(info.st_mode):
            raise _Skip("not a regular file")
        if suffix == ".jsonl":  # streamed, so --max-bytes limits each line rather than the file
            yield from read_jsonl(path, name=name, max_bytes=max_bytes, fields=fields, where=where)
            return
        if info.st_size > max_bytes:
            raise _Skip(f"larger than --max-bytes ({info.st_size} > {max_bytes} bytes); raise --max-bytes to read it")
        data = _read_bytes(path, max_bytes)
        text, warnings = decode(data, declared=html_charset(data) if suffix in HTML_SUFFIXES else None)
        if suffix in HTML_SUFFIXES:
            yield article_from_html(text, name=name, path=where, warnings=warnings)
        elif suffix == ".json":
            yield from articles_from_json(text, name=name, path=where, fields=fields, warnings=warnings)
        else:
            yield make_article(name, where, text, warnings=warnings, title=markdown_title(text, suffix))
    except _Skip as skip:
        yield Skipped(where, str(skip))


def read_stdin(stream: BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES, fields: Sequence[str] = TEXT_FIELDS
               ) -> Iterator[Article | Skipped]:
    """One article from stdin: plain text, or HTML or a JSON object when it looks like one."""
    try:
        data = _read_upto(stream, max_bytes + 1)
        if len(data) > max_bytes:
            raise _Skip(f"larger than --max-bytes ({max_bytes} bytes); raise --max-bytes to read it")
        text, warnings = decode(data)
        start = text.lstrip()[:1]
        if start == "<" and LOOKS_LIKE_HTML.search(text[:2000]):
            yield article_from_html(text, name="stdin", path=STDIN, warnings=warnings)
        elif start in ("{", "["):
            yield from articles_from_json(text, name="stdin", path=STDIN, fields=fields, warnings=warnings)
        else:
            yield make_article("stdin", STDIN, text, warnings=warnings)
    except OSError as exc:
        yield Skipped(STDIN, f"unreadable: {exc.strerror or exc}")
    except _Skip as skip:
        yield Skipped(STDIN, str(skip))


# The most --max-bytes means: a larger number (say 99999999999999999999) reads everything and cannot overflow.
MAX_READ = sys.maxsize - 1
CHUNK = 1 << 24


def _read_upto(handle: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes; read in chunks, so a huge limit never allocates a buffer of that size."""
    chunks, total = [], 0
    while total < limit:
        chunk = handle.read(min(CHUNK, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def shown_path(path: str | Path) -> str:
    """A path as text that can be encoded, stored and shown: bytes of a file name that are not UTF-8
    (b'caf\\xe9.txt', which Python holds as lone surrogates) are written as escapes, 'caf\\xe9.txt'."""
    text = os.fspath(path)
    if LONE_SURROGATE.search(text) is None:
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = _read_upto(handle, max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise _Skip(f"unreadable: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _Skip(f"larger than --max-bytes ({max_bytes} bytes); raise --max-bytes to read it")
    return data


# ---------------------------------------------------------------- decoding


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Bytes → text and warnings: UTF-8 or UTF-16/32 with a byte order mark, else the `declared`
    encoding (an HTML page's meta charset), else a detected legacy encoding."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding)), ()
            except UnicodeDecodeError:
                raise _Skip(f"starts with a {encoding.upper()} byte order mark but is not {encoding.upper()} text; "
                            "save it as UTF-8") from None
    if not data.strip():
        raise _Skip("empty")
    if b"\x00" in data:
        raise _Skip("binary file (NUL bytes); if it is UTF-16 text, save it as UTF-8 or with a byte order mark")
    try:
        return _check_text(data.decode("utf-8")), ()
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _check_text(data.decode(declared)), ()
        except (UnicodeDecodeError, LookupError):
            pass
        if _known(declared) and codecs.lookup(declared).name == "utf-8":
            # A page that says UTF-8 and is, but for a few stray bytes: read it as browsers do, the bytes replaced;
            # a detector would guess a legacy encoding from those bytes and garble every accented letter.
            text = data.decode("utf-8", "replace")
            bad = text.count("\ufffd")
            if bad <= max(2, len(data) // 200):
                return _check_text(text), (f"declared UTF-8, but {bad} byte(s) are not UTF-8; they were replaced "
                                           "with \ufffd",)
    try:
        import charset_normalizer  # here: only legacy encodings need it, and every command imports this module
    except ImportError as exc:
        raise _Skip(f"not UTF-8, and the encoding detector does not import ({exc.__class__.__name__}); "
                    "save the file as UTF-8") from None

    best = charset_normalizer.from_bytes(data, cp_exclusion=NOT_DETECTED).best()
    if best is None:
        raise _Skip("binary file or unknown text encoding; save it as UTF-8")
    encoding = codecs.lookup(best.encoding).name
    text = _check_text(str(best))
    return text, (f"not UTF-8; decoded as {encoding} (detected). If the text looks wrong, save the file as UTF-8.",)


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def html_charset(data: bytes) -> str | None:
    """The encoding a page declares in <meta charset> (read as browsers do: Latin-1 means Windows-1252)."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", data[:4096], re.IGNORECASE)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    if name.replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32")):
        # A declaration that was readable as ASCII is not in UTF-16 or UTF-32: browsers read such a page as
        # UTF-8 (WHATWG encoding rules), and so does this; without a BOM it would decode to nonsense.
        return "utf-8"
    return "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name


# Unicode category Cc (C0 and C1 controls) except the whitespace ones: \t \n \v \f \r
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _check_text(text: str) -> str:
    """Reject text that is mostly control characters: a binary file that happened to decode."""
    head = text[:20_000]
    # "mostly": a tenth of the text; an article with a few stray escape sequences is text (they are removed)
    if len(CONTROLS.findall(head)) > max(8, len(head) // 10):
        raise _Skip("binary file (control characters)")
    return text


# ---------------------------------------------------------------- formats


def article_from_html(html: str, *, name: str, path: str, warnings: tuple[str, ...] = (),
                      meta: dict[str, str | None] | None = None) -> Article | Skipped:
    """Main text, title and date of a web page, with trafilatura; `meta` (from a dump) wins over the page's."""
    try:
        import trafilatura  # here: a slow import that only web pages need
    except ImportError as exc:  # a broken install (say lxml without lxml_html_clean): skip pages, build the rest
        return Skipped(path, f"cannot read HTML: the HTML reader does not import ({exc.__class__.__name__}: "
                             f"{exc}); reinstall medcollab-kg (pip install --force-reinstall medcollab-kg)")

    if not re.search(r"<(?:html|body)\b", html[:5000], re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"  # trafilatura ignores bare fragments
    # without as_dict=True, bare_extraction gives a Document (trafilatura 2), not the dict its annotation also allows
    try:
        doc = cast("Document | None", trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                                  date_extraction_params=HTML_DATE_PARAMS))
        if doc is None or not (doc.text or "").strip():  # short pages fall below trafilatura's thresholds
            doc = cast("Document | None", trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, favor_recall=True,
                date_extraction_params=HTML_DATE_PARAMS))
    except Exception as exc:  # noqa: BLE001  (a third-party parser: any failure means "cannot read this page")
        return Skipped(path, f"HTML could not be parsed ({exc.__class__.__name__})")
    if doc is None or not (doc.text or "").strip():
        return Skipped(path, "HTML page with no main text")
    found = {"title": doc.title, "date": iso_date(doc.date), "url": doc.url}
    merged = {k: (meta or {}).get(k) or v for k, v in found.items()}
    return make_article(name, path, cast(str, doc.text), warnings=warnings, **merged)  # text: not empty, checked above


def articles_from_json(text: str, *, name: str, path: str, fields: Sequence[str] = TEXT_FIELDS,
                       warnings: tuple[str, ...] = ()) -> Iterator[Article | Skipped]:
    """A .json dump: one article object, a list of them, or {"articles": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(path, f"invalid JSON: {exc.msg.removesuffix(' at')} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Skipped(path, "invalid JSON (nested too deeply)")
        return
    if isinstance(data, dict) and isinstance(data.get("graph"), dict) and data["graph"].get("format") == "medcollab-kg":
        yield Skipped(path, "a medcollab-kg graph file, not articles")
        return
    if isinstance(data, dict) and not any(f in data for f in fields):
        data = next((data[k] for k in ARRAY_FIELDS if isinstance(data.get(k), list)), data)
    if not isinstance(data, list):
        yield article_from_record(data, name=name, path=path, fields=fields, warnings=warnings)
        return
    if not data:
        yield Skipped(path, "empty list of articles")
    for index, record in enumerate(data, 1):
        yield article_from_record(record, name=f"{name}#{index}", path=f"{path}#{index}", fields=fields,
                                  warnings=warnings)


def read_jsonl(path: Path, *, name: str, max_bytes: int = DEFAULT_MAX_BYTES, fields: Sequence[str] = TEXT_FIELDS,
               where: str | None = None) -> Iterator[Article | Skipped]:
    """A JSON Lines dump, streamed: one article per line; a broken line is skipped, not the file."""
    shown = where or shown_path(path)
    empty = True
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(_lines(handle, max_bytes), 1):
                where = f"{shown}:{number}"
                if line is None:
                    yield Skipped(where, f"line larger than --max-bytes ({max_bytes} bytes)")
                    empty = False
                    continue
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if not line.strip():
                    continue
                empty = False
                try:
                    record = json.loads(line.rstrip(b"\r\n").decode("utf-8"))
                except UnicodeDecodeError:
                    yield Skipped(where, "not UTF-8; JSON Lines files must be UTF-8")
                except json.JSONDecodeError as exc:
                    yield Skipped(where, f"invalid JSON: {exc.msg.removesuffix(' at')} (column {exc.colno})")
                except RecursionError:
                    yield Skipped(where, "invalid JSON (nested too deeply)")
                else:
                    yield article_from_record(record, name=f"{name}:{number}", path=where, fields=fields)
    except OSError as exc:
        yield Skipped(shown, f"unreadable: {exc.strerror or exc}")
        return
    if empty:
        yield Skipped(shown, "empty")


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most max_bytes; None stands for a longer line, which is read past, never held whole."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def article_from_record(record: Any, *, name: str, path: str, fields: Sequence[str] = TEXT_FIELDS,
                        warnings: tuple[str, ...] = ()) -> Article | Skipped:
    """One object of a news dump: text under one of `fields`, with title, date and url."""
    if not isinstance(record, dict):
        return Skipped(path, f"not a JSON object but {type(record).__name__}")
    key = next((f for f in fields if record.get(f) not in (None, "")), None)
    if key is None:
        return Skipped(path, f"no article text: none of the fields {', '.join(fields)}; "
                             "name the field with --text-field")
    text = record[key]
    if not isinstance(text, str):
        return Skipped(path, f"field '{key}' is {type(text).__name__}, not text")
    raw_date = _first_string(record, DATE_FIELDS)
    meta = {"title": _first_string(record, TITLE_FIELDS), "date": iso_date(raw_date),
            "url": _first_string(record, URL_FIELDS)}
    if raw_date and not meta["date"]:
        warnings = (*warnings, f"date '{raw_date[:40]}' is not an absolute date; left out")
    if LOOKS_LIKE_HTML.search(text[:2000]):
        return article_from_html(text, name=name, path=path, warnings=warnings, meta=meta)
    return make_article(name, path, text, warnings=warnings, **meta)


def markdown_title(text: str, suffix: str) -> str | None:
    """The heading a Markdown article opens with ("# Title"), without its marks."""
    m = re.match(r"\s*#{1,6}[ \t]+(.+?)[ \t#]*(?:\n|$)", text) if suffix == ".md" else None
    return m.group(1).strip() if m else None


def _first_string(record: dict[str, Any], keys: Sequence[str]) -> str | None:
    return next((record[k].strip() for k in keys if isinstance(record.get(k), str) and record[k].strip()), None)


# ---------------------------------------------------------------- articles


def iso_date(value: str | None) -> str | None:
    """A metadata date as ISO ("2024-03-05", or "2024-03" / "2024" when that is all it says).

    Relative dates ("later this year", "yesterday") give None: nothing is invented.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", value)
    if m:
        return _valid(*m.groups())
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()  # RSS: "Tue, 05 Mar 2024 10:00 GMT"
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for _, found in dates.find_dates(value):  # "March 5, 2024", "5 March 2024", "March 2024"
        return _valid(*found.split("-"))
    return None


def _valid(year: str, month: str | None = None, day: str | None = None) -> str | None:
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(p for p in (year, month, day) if p)


DATE_STAMP = re.compile(r"date[:\s]+((?:19|20)\d\d-\d\d-\d\d)\b[ \t]*\n?", re.IGNORECASE)


def make_article(name: str, path: str, text: str, *, warnings: tuple[str, ...] = (), **meta: str | None
                 ) -> Article | Skipped:
    """An Article from decoded text, or a Skipped if there is no text or too much of it."""
    # Lone surrogates (from JSON "\ud800") cannot be encoded, hashed or cached; replace them. Control and
    # format characters are invisible: they would reach terminals, or make "Zhang\u200bWei" a name of its own.
    text = invisible(LONE_SURROGATE.sub("\ufffd", text))
    # one form per character, so "Verónica" typed two ways is one name
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return Skipped(path, "empty")
    if len(text) > MAX_CHARS:
        return Skipped(path, f"{len(text)} characters; the NLP pipeline reads at most {MAX_CHARS}. Split the article")
    meta = {k: invisible(LONE_SURROGATE.sub("\ufffd", v)) if v else None for k, v in meta.items()}
    # "date 2026-01-22 MACAU, …": a scraper's date field left at the top of the text is metadata
    stamp = DATE_STAMP.match(text)
    if stamp and dates.first_date(stamp.group(1)):
        meta["date"] = meta.get("date") or stamp.group(1)
        text = text[stamp.end():].lstrip() or text
    return Article(name=name, path=path, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   warnings=warnings, **meta)


def _metadata(article: Article) -> int:
    """How much an article's source tells besides its text: a date, a title, a link."""
    return sum(1 for value in (article.date, article.title, article.url) if value)


HEADLINE = re.compile(r"[^\n]{1,200}")  # a first line this short, ending without a full stop, is a headline
SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*$")


def _dedup_key(text: str) -> str:
    """Same words, same article: whitespace and line endings do not make a new one, and neither does a
    headline line on top (a page's text starts with its <h1>, the same story saved as text may not)."""
    first, _, rest = text.partition("\n")
    if rest.strip() and HEADLINE.fullmatch(first.strip()) and not SENTENCE_END.search(first.strip()):
        text = rest
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def _unique_name(article: Article, names: set[str]) -> Article:
    """Document ids come from names, so two 'news.txt' in different folders must not share one."""
    name = article.name
    if name in names:
        name = article.path
    base, n = name, 2
    while name in names:
        name, n = f"{base}~{n}", n + 1
    names.add(name)
    if name == article.name:
        return article
    return replace(article, name=name)
