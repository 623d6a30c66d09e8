"""ingest: every input format, every kind of bad file, and what happens to each."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from medcollab_kg.errors import InputError
from medcollab_kg.ingest import iso_date, read_articles
from medcollab_kg.models import Article

NASTY = Path(__file__).parent / "fixtures" / "nasty"
NEWS = ("BEIJING, March 5, 2024 - Peking Union Medical College Hospital (PUMCH) signed a memorandum "
        "of understanding with the University of Macau on clinical research.\n")


def read(*paths, **options) -> tuple[dict[str, Article], dict[str, str]]:
    """Articles by path and skip reasons by path."""
    articles, skipped = {}, {}
    for item in read_articles(list(paths), **options):
        if isinstance(item, Article):
            articles[item.path] = item
        else:  # may replace an article read before: a later copy of it has more metadata
            articles.pop(item.path, None)
            skipped[item.path] = item.reason
    return articles, skipped


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


# ---------------------------------------------------------------- the nasty fixture folder


def test_nasty_folder_builds_from_the_good_files_and_says_why_for_the_rest():
    articles, skipped = read(NASTY)
    names = {a.name for a in articles.values()}
    assert {"latin1.txt", "utf16.txt", "utf8-bom.md", "page.html", "dump.jsonl:1", "dump.jsonl:5",
            "dump.json#1"} == names
    assert skipped[str(NASTY / "empty.txt")] == "empty"
    assert skipped[str(NASTY / "dump.jsonl") + ":2"].startswith("invalid JSON")
    assert "--text-field" in skipped[str(NASTY / "dump.jsonl") + ":4"]
    assert skipped[str(NASTY / "dump.jsonl") + ":6"] == "not a JSON object but list"
    assert all("\n" not in reason for reason in skipped.values())


def test_latin1_is_decoded_with_a_warning_naming_the_encoding():
    articles, _ = read(NASTY / "latin1.txt")
    article = articles[str(NASTY / "latin1.txt")]
    assert "Hôpitaux Universitaires de Genève" in article.text
    assert len(article.warnings) == 1
    assert "not UTF-8" in article.warnings[0] and "cp1252" in article.warnings[0]


def test_utf16_with_bom_and_utf8_with_bom_decode_without_warning():
    articles, _ = read(NASTY / "utf16.txt", NASTY / "utf8-bom.md")
    utf16 = articles[str(NASTY / "utf16.txt")]
    md = articles[str(NASTY / "utf8-bom.md")]
    assert utf16.text.startswith("BEIJING, May 8, 2024 – Peking Union Medical College Hospital")
    assert not md.text.startswith("\ufeff") and md.text.startswith("# Joint symposium")
    assert md.title == "Joint symposium"
    assert utf16.warnings == () and md.warnings == ()


def test_html_gives_main_text_title_and_metadata_date_without_scripts_or_navigation():
    articles, _ = read(NASTY / "page.html")
    page = articles[str(NASTY / "page.html")]
    assert page.title == "Mayo Clinic and Karolinska Institutet sign research agreement"
    assert page.date == "2023-09-14"
    assert "Dr. Gianrico Farrugia, President and CEO of Mayo Clinic" in page.text
    assert "researchers & clinicians" in page.text  # entities decoded
    for junk in ("document.title", "color: red", "Cookie settings", "Home | News", "\x1b"):
        assert junk not in page.text


def test_jsonl_dump_reads_fields_and_normalises_dates():
    articles, _ = read(NASTY / "dump.jsonl")
    first = articles[str(NASTY / "dump.jsonl") + ":1"]
    assert first.title == "Charité signs MoU with Tel Aviv Sourasky Medical Center"
    assert first.date == "2024-03-05"  # from an RFC 2822 "published"
    assert first.url == "https://example.org/a"
    assert first.text.startswith("BERLIN – Charité")


def test_relative_metadata_date_is_left_out_with_a_warning_not_invented():
    articles, _ = read(NASTY / "dump.jsonl")
    relative = articles[str(NASTY / "dump.jsonl") + ":5"]
    assert relative.date is None
    assert relative.title == "Relative date"  # "headline" is a title field
    assert any("later this year" in w for w in relative.warnings)


def test_text_field_option_reads_other_field_names():
    articles, skipped = read(NASTY / "dump.jsonl", text_fields=["story"])
    story = articles[str(NASTY / "dump.jsonl") + ":7"]
    assert story.text.startswith("The field name is unusual")
    assert story.date == "2022-06-30"
    assert str(NASTY / "dump.jsonl") + ":7" not in skipped


def test_json_dump_with_articles_list_and_html_content():
    articles, skipped = read(NASTY / "dump.json")
    first = articles[str(NASTY / "dump.json") + "#1"]
    assert first.text == "ABU DHABI – Cleveland Clinic and Mubadala opened a joint research center."
    assert first.date == "2021-06-03" and first.title == "Cleveland Clinic opens center with Abu Dhabi"
    assert "no article text" in skipped[str(NASTY / "dump.json") + "#2"]


def test_single_object_json_is_one_article(tmp_path):
    path = write(tmp_path / "one.json", json.dumps({"text": NEWS, "date": "2024-03-05T09:00:00Z"}))
    articles, _ = read(path)
    assert articles[str(path)].name == "one.json" and articles[str(path)].date == "2024-03-05"


def test_broken_json_file_is_skipped_with_position(tmp_path):
    path = write(tmp_path / "bad.json", '{"text": "unfinished')
    write(tmp_path / "good.txt", NEWS)
    articles, skipped = read(tmp_path)
    assert list(articles) == [str(tmp_path / "good.txt")]
    assert skipped[str(path)].startswith("invalid JSON: Unterminated string") and "line 1" in skipped[str(path)]


def test_our_own_graph_file_in_the_folder_is_not_read_as_articles(tmp_path):
    path = write(tmp_path / "graph.json", json.dumps({"graph": {"format": "medcollab-kg"}, "nodes": [], "edges": []}))
    write(tmp_path / "good.txt", NEWS)
    _, skipped = read(tmp_path)
    assert skipped[str(path)] == "a medcollab-kg graph file, not articles"


# ---------------------------------------------------------------- bad files made on the spot


def test_binary_files_are_skipped(tmp_path):
    png = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    noise = write(tmp_path / "noise.md", bytes((i * 37 + 11) % 256 for i in range(4096)).replace(b"\x00", b"\x01"))
    write(tmp_path / "good.txt", NEWS)
    articles, skipped = read(tmp_path)
    assert list(articles) == [str(tmp_path / "good.txt")]
    assert skipped[str(png)].startswith("binary file")
    assert skipped[str(noise)].startswith("binary file")


def test_utf16_without_bom_is_binary_with_a_hint(tmp_path):
    path = write(tmp_path / "a.txt", NEWS.encode("utf-16-le"))
    write(tmp_path / "good.txt", NEWS + "Again.")
    _, skipped = read(tmp_path)
    assert "byte order mark" in skipped[str(path)]


def test_whitespace_only_and_bom_only_files_are_empty(tmp_path):
    spaces = write(tmp_path / "spaces.txt", b"  \n\t\r\n")
    bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbf")
    write(tmp_path / "good.txt", NEWS)
    _, skipped = read(tmp_path)
    assert skipped[str(spaces)] == "empty" and skipped[str(bom)] == "empty"


def test_a_20_mb_file_is_skipped_by_size_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # sparse: the test does not write 20 MB
    write(tmp_path / "good.txt", NEWS)
    articles, skipped = read(tmp_path)
    assert len(articles) == 1
    assert skipped[str(big)].startswith("larger than --max-bytes (20971520 > 5000000 bytes)")


def test_max_bytes_option(tmp_path):
    path = write(tmp_path / "a.txt", NEWS)
    assert read(path, max_bytes=len(NEWS.encode()))[0]
    with pytest.raises(InputError, match="larger than --max-bytes"):
        read(path, max_bytes=len(NEWS.encode()) - 1)


def test_jsonl_max_bytes_limits_each_line_not_the_file(tmp_path):
    short = json.dumps({"text": NEWS})
    long = json.dumps({"text": NEWS * 50})
    path = write(tmp_path / "d.jsonl", f"{short}\n{long}\n{json.dumps({'text': NEWS + 'More.'})}\n")
    articles, skipped = read(path, max_bytes=len(short) + 10)
    assert sorted(articles) == [f"{path}:1", f"{path}:3"]
    assert skipped[f"{path}:2"].startswith("line larger than --max-bytes")


def test_text_over_the_nlp_limit_is_skipped(tmp_path):
    path = write(tmp_path / "long.txt", "word " * 250_000)
    write(tmp_path / "good.txt", NEWS)
    _, skipped = read(tmp_path, max_bytes=10_000_000)
    assert "the NLP pipeline reads at most 1000000" in skipped[str(path)]


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    bad = write(tmp_path / "locked.txt", NEWS)
    write(tmp_path / "good.txt", NEWS + "Other.")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    articles, skipped = read(tmp_path)
    assert skipped[str(bad)] == "unreadable: Permission denied"
    assert list(articles) == [str(tmp_path / "good.txt")]


def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever
    write(tmp_path / "good.txt", NEWS)
    _, skipped = read(tmp_path)
    assert skipped[str(fifo)] == "not a regular file"


def test_symlink_loops_end_and_are_reported(tmp_path):
    write(tmp_path / "news" / "good.txt", NEWS)
    (tmp_path / "news" / "loop.txt").symlink_to("loop.txt")  # a file link to itself
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")  # a folder link to its parent
    (tmp_path / "news" / "gone.md").symlink_to(tmp_path / "missing.md")
    articles, skipped = read(tmp_path / "news")
    assert list(articles) == [str(tmp_path / "news" / "good.txt")]
    assert "symbolic links" in skipped[str(tmp_path / "news" / "loop.txt")]
    assert skipped[str(tmp_path / "news" / "gone.md")] == "unreadable: No such file or directory"


def test_symlinked_folder_is_followed(tmp_path):
    write(tmp_path / "elsewhere" / "a.txt", NEWS)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "linked").symlink_to(tmp_path / "elsewhere")
    articles, _ = read(tmp_path / "news")
    assert [a.name for a in articles.values()] == ["linked/a.txt"]


def test_duplicates_are_skipped_naming_the_first(tmp_path):
    first = write(tmp_path / "a.txt", NEWS)
    crlf = write(tmp_path / "b.txt", NEWS.replace("\n", "\r\n") + "\n\n")
    copy = write(tmp_path / "c.jsonl", json.dumps({"text": NEWS}) + "\n")
    articles, skipped = read(tmp_path)
    assert list(articles) == [str(first)]
    assert skipped[str(crlf)] == f"duplicate of {first}"
    assert skipped[f"{copy}:1"] == f"duplicate of {first}"


DUPLICATES = Path(__file__).parent / "fixtures" / "duplicates"  # one story: as text, then as its dated page


def test_of_two_copies_the_one_with_more_metadata_is_kept_not_the_first_read():
    items = list(read_articles([DUPLICATES]))
    # the text copy is handed on as it is read, and withdrawn (a Skipped for the same path) when the page comes
    assert [(type(i).__name__, Path(i.path).name) for i in items] == [
        ("Article", "01-mou.txt"), ("Skipped", "01-mou.txt"), ("Article", "02-mou.html")]
    articles, skipped = read(DUPLICATES)
    (page,) = articles.values()
    assert page.path.endswith("02-mou.html")
    assert (page.date, page.url) == ("2024-05-20", "https://news.example.org/alpha-beta-mou") and page.title
    (reason,) = skipped.values()
    assert reason == f"duplicate of {page.path}, kept for its date, title, url"


def test_a_headline_line_on_top_does_not_hide_a_duplicate(tmp_path):
    write(tmp_path / "a.txt", "Alpha and Beta sign MoU\n\n" + NEWS)
    write(tmp_path / "b.jsonl", json.dumps({"text": NEWS, "date": "2024-03-05"}) + "\n")
    articles, skipped = read(tmp_path)
    assert list(articles) == [f"{tmp_path / 'b.jsonl'}:1"]
    assert skipped == {str(tmp_path / "a.txt"): f"duplicate of {tmp_path / 'b.jsonl'}:1, kept for its date"}


def test_the_kept_copy_gives_the_graph_its_date_and_link(tmp_path):
    from medcollab_kg.build import build_graph

    result = build_graph([DUPLICATES], graph_path=tmp_path / "g.json", model="blank")
    assert result.articles == 1 and [Path(s.path).name for s in result.skipped] == ["01-mou.txt"]
    (doc,) = [d for _, d in result.graph.nodes(data=True) if d["type"] == "Document"]
    assert (doc["date"], doc["url"]) == ("2024-05-20", "https://news.example.org/alpha-beta-mou")
    assert doc["path"].endswith("02-mou.html")


def test_same_file_name_in_two_folders_gets_two_document_names(tmp_path):
    write(tmp_path / "2023" / "news.txt", NEWS)
    write(tmp_path / "2024" / "news.txt", NEWS + "Second article.")
    articles, _ = read(tmp_path)
    assert sorted(a.name for a in articles.values()) == ["2023/news.txt", "2024/news.txt"]
    both, _ = read(tmp_path / "2023" / "news.txt", tmp_path / "2024" / "news.txt")
    assert len({a.name for a in both.values()}) == 2


def test_hidden_and_unsupported_files_in_folders_are_left_out(tmp_path):
    write(tmp_path / "good.txt", NEWS)
    write(tmp_path / ".graph.json.abc.tmp", "{")
    write(tmp_path / ".git" / "a.txt", NEWS + "x")
    write(tmp_path / "photo.png", b"\x89PNG")
    articles, skipped = read(tmp_path)
    assert list(articles) == [str(tmp_path / "good.txt")] and skipped == {}


def test_an_explicit_file_of_unknown_type_is_skipped_with_the_expected_types(tmp_path):
    odd = write(tmp_path / "notes.docx", b"PK\x03\x04")
    good = write(tmp_path / "good.txt", NEWS)
    _, skipped = read(odd, good)
    assert skipped[str(odd)] == "unsupported file type '.docx'; expected .txt, .md, .html, .htm, .json or .jsonl"


def test_folders_are_read_in_sorted_order(tmp_path):
    for name in ("b.txt", "a/z.txt", "a.md", "c.html"):
        write(tmp_path / name, f"<p>{name}: {NEWS}</p>" if name.endswith("html") else f"{name}: {NEWS}")
    articles, _ = read(tmp_path)
    assert [a.name for a in articles.values()] == ["a/z.txt", "a.md", "b.txt", "c.html"]


# ---------------------------------------------------------------- folders and paths


def test_missing_path_is_an_error_naming_it(tmp_path):
    with pytest.raises(InputError, match=r"No such file or folder: '.*nowhere'. Fix: check the path."):
        read(tmp_path / "nowhere")


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"No articles in '.*empty'.*Fix: pass files or folders of \.txt"):
        read(tmp_path / "empty")


def test_empty_folder_beside_a_good_one_is_skipped(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "news" / "a.txt", NEWS)
    articles, skipped = read(tmp_path / "empty", tmp_path / "news")
    assert len(articles) == 1
    assert skipped[str(tmp_path / "empty")].startswith("no articles: expected .txt")


def test_folder_of_only_bad_files_is_an_error_giving_an_example(tmp_path):
    write(tmp_path / "empty.txt", b"")
    with pytest.raises(InputError, match=r"1 skipped, e.g. '.*empty.txt': empty"):
        read(tmp_path)


# ---------------------------------------------------------------- stdin


def test_stdin_text():
    articles, _ = read("-", stdin=io.BytesIO(NEWS.encode()))
    assert articles["-"].name == "stdin" and articles["-"].text == NEWS.strip()


def test_stdin_html_and_json_are_recognised():
    html = f"<html><head><title>T</title></head><body><article><p>{NEWS}</p></article></body></html>"
    articles, _ = read("-", stdin=io.BytesIO(html.encode()))
    assert articles["-"].text == NEWS.strip() and articles["-"].title == "T"
    articles, _ = read("-", stdin=io.BytesIO(json.dumps({"body": NEWS, "date": "2024-03-05"}).encode()))
    assert articles["-"].text == NEWS.strip() and articles["-"].date == "2024-03-05"


def test_stdin_empty_or_too_big():
    with pytest.raises(InputError, match="'-': empty"):
        read("-", stdin=io.BytesIO(b""))
    with pytest.raises(InputError, match="larger than --max-bytes"):
        read("-", stdin=io.BytesIO(b"x" * 101), max_bytes=100)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("raw", "iso"), [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T23:30:00-05:00", "2024-03-05"),  # the date as published, not converted to UTC
    ("2024-03-05 10:00:00", "2024-03-05"),
    ("2024-03", "2024-03"),
    ("2024", "2024"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
    ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("Sept. 2023", "2023-09"),
    ("2024-02-30", None),
    ("February 30, 2024", None),
    ("later this year", None),
    ("yesterday", None),
    ("next Tuesday", None),
    ("", None),
])
def test_iso_date(raw, iso):
    assert iso_date(raw) == iso


def test_json_date_of_wrong_type_is_ignored(tmp_path):
    path = write(tmp_path / "d.jsonl", json.dumps({"text": NEWS, "date": 20240305, "title": ["x"]}) + "\n")
    articles, _ = read(path)
    assert articles[f"{path}:1"].date is None and articles[f"{path}:1"].title is None


def test_json_text_of_wrong_type_is_skipped(tmp_path):
    path = write(tmp_path / "d.jsonl", json.dumps({"text": ["a", "list"]}) + "\n" + json.dumps({"text": NEWS}) + "\n")
    _, skipped = read(path)
    assert skipped[f"{path}:1"] == "field 'text' is list, not text"


def test_lone_surrogates_in_json_do_not_break_hashing(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"text": "PUMCH \\ud800 signed", "title": "\\udfff"}\n')
    articles, _ = read(path)
    article = articles[f"{path}:1"]
    assert article.text == "PUMCH \ufffd signed" and article.title == "\ufffd"
    article.text.encode("utf-8")


def test_html_meta_charset_is_used_before_guessing(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            "<title>Café</title></head><body><article><p>Les Hôpitaux Universitaires de Genève signent un accord "
            "de coopération – « sans précédent ».</p></article></body></html>")
    path = write(tmp_path / "page.htm", page.encode("cp1252"))  # the en dash only exists in Windows-1252
    articles, _ = read(path)
    assert articles[str(path)].text == "Les Hôpitaux Universitaires de Genève signent un accord de coopération – " \
                                       "« sans précédent »."
    assert articles[str(path)].warnings == ()


def test_text_is_normalised_to_one_form_per_character(tmp_path):
    from medcollab_kg.ingest import make_article

    composed = make_article("a.txt", "a.txt", "Dr. Vero\u0301nica Elizondo signed.")
    assert "Verónica" in composed.text and "\u0301" not in composed.text


def test_a_leading_date_stamp_is_metadata():
    from medcollab_kg.ingest import make_article

    article = make_article("a.txt", "a.txt", "date 2026-01-22 MACAU, January 22 - A symposium was held.")
    assert article.date == "2026-01-22" and article.text.startswith("MACAU, January 22")
