"""Readers: each format, the publication date's source, boilerplate removal and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.graph.model import Article
from diplograph.ingest.readers import (
    FieldMap,
    ReadError,
    clean_text,
    infer_published,
    parse_date,
    read_paths,
    read_text,
)

DATA = Path(__file__).parent / "data" / "readers"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def read(*paths, **kw) -> list[Article | ReadError]:
    return list(read_paths([str(p) for p in paths], **kw))


def articles(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results) -> list[ReadError]:
    return [r for r in results if isinstance(r, ReadError) and not r.note]


# ---------------------------------------------------------------- formats

def test_text_with_front_matter_and_boilerplate():
    (art,) = read(DATA / "front_matter.txt")
    assert art.id == "kim-moscow"
    assert art.title == "It's Official: Kim Jong-un Will Visit Russia in May"
    assert art.published == dt.date(2015, 1, 29) and art.published_source == "metadata"
    assert art.url.startswith("https://thediplomat.com/2015/01/")
    assert art.publisher == "The Diplomat"
    text = art.text
    assert "The Koreas" not in text                      # section label
    assert "Credit: Wikimedia Commons" not in text       # photo credit
    assert text.count("It's Official") == 1              # repeated headline dropped, first kept
    assert "will travel to Moscow in May 2015." in text
    assert art.content_hash and len(art.content_hash) == 64


def test_plain_text_keeps_everything_but_removed_lines():
    raw = (DATA / "dateline.txt").read_text(encoding="utf-8")
    (art,) = read(DATA / "dateline.txt")
    removed = {"By Jane Doe", "Advertisement", "Read more: Ethiopia's new leader visits Eritrea", "Share this article"}
    expected = "".join(ln for ln in raw.splitlines(keepends=True) if ln.strip() not in removed)
    assert art.text == expected
    assert art.title == "Ethiopia and Eritrea declare war has come to an end"
    assert art.id == "dateline"


def test_published_inferred_from_the_top_of_the_text():
    (art,) = read(DATA / "dateline.txt")
    assert art.published == dt.date(2018, 7, 9) and art.published_source == "inferred"


def test_given_date_wins_over_metadata():
    (art,) = read(DATA / "front_matter.txt", published=dt.date(2015, 2, 1))
    assert art.published == dt.date(2015, 2, 1) and art.published_source == "given"
    (art,) = read(DATA / "front_matter.txt", published="2015-02-02")
    assert art.published == dt.date(2015, 2, 2) and art.published_source == "given"


def test_fallback_date_only_where_none_is_found():
    res = read(DATA / "front_matter.txt", DATA / "folder" / "2015" / "kim.txt", fallback_published="2016-01-01")
    assert [(a.published, a.published_source) for a in res] == [
        (dt.date(2015, 1, 29), "metadata"), (dt.date(2016, 1, 1), "given")]


def test_bad_published_argument():
    (err,) = read(DATA / "front_matter.txt", published="not a date")
    assert isinstance(err, ReadError) and "--published" in err.message


def test_no_date_anywhere_is_none():
    (art,) = read(DATA / "folder" / "2015" / "kim.txt")
    assert art.published is None and art.published_source is None


def test_markdown():
    (art,) = read(DATA / "article.md")
    assert art.title == "Pelosi leaves Taiwan"
    assert art.published == dt.date(2022, 8, 3) and art.published_source == "metadata"
    assert art.publisher == "Example Times"
    assert "**" not in art.text and "](" not in art.text and "#" not in art.text and "*live-fire*" not in art.text
    assert "Speaker Nancy Pelosi left Taiwan on Wednesday, the Associated Press reported." in art.text
    assert "Photo: Example Times" not in art.text


def test_html():
    (art,) = read(DATA / "article.html")
    assert art.title == "Canada expels Indian diplomat"
    assert art.published == dt.date(2023, 9, 18) and art.published_source == "metadata"
    assert art.url == "https://news.example.org/world/canada-expels-indian-diplomat"
    assert art.publisher == "Example News"
    assert "Canada has expelled a senior Indian diplomat hours after" in art.text
    assert "shot dead outside of a Sikh temple" in art.text
    for junk in ("Home", "Advertisement", "By Jane Doe", "Wikimedia", "Copyright", "All rights reserved"):
        assert junk not in art.text, junk


def test_json_list_with_a_record_without_text():
    res = read(DATA / "records.json")
    arts = articles(res)
    assert [a.id for a in arts] == ["aus-chn", "records-3"]
    assert arts[0].publisher == "PerthNow" and arts[0].published == dt.date(2020, 12, 16)
    assert arts[1].published == dt.date(2022, 8, 12)  # RFC 2822 date in "publishedAt"
    (err,) = errors(res)
    assert "record 2" in err.message and "no text" in err.message and err.path.endswith("records.json")


def test_json_single_record_with_custom_fields():
    fields = FieldMap(text="body", title="headline", published="meta.day")
    (art,) = read(DATA / "single.json", fields=fields)
    assert art.title == "Turkey objects" and art.published == dt.date(2022, 5, 16)
    assert art.text.startswith("President Recep Tayyip Erdogan")


def test_json_record_without_text_is_an_error():
    (err,) = read(DATA / "notext.json")
    assert isinstance(err, ReadError) and "no text" in err.message
    assert str(err).startswith(str(DATA / "notext.json"))


def test_jsonl_bad_line_is_reported_with_its_number_and_the_rest_is_read():
    res = read(DATA / "records.jsonl")
    assert [a.id for a in articles(res)] == ["one", "four"]
    errs = errors(res)
    assert [(e.line, "JSON" in e.message) for e in errs] == [(2, True), (3, False)]
    assert str(errs[0]).startswith(f"{DATA / 'records.jsonl'}:2: not valid JSON")


def test_rss_feed():
    res = read(DATA / "feed.rss")
    (art,) = articles(res)
    assert art.title == "Armenia, Azerbaijan and Russia sign peace deal"
    assert art.published == dt.date(2020, 11, 10) and art.published_source == "metadata"
    assert art.publisher == "Example World News"
    assert art.id == "news-example-org-2020-11-10-karabakh-peace-deal"
    assert "<" not in art.text and "agreed to sign a peace deal." in art.text
    assert "Shushi" in art.text
    (err,) = errors(res)
    assert "entry 2" in err.message and "no text" in err.message


def test_atom_feed():
    (art,) = read(DATA / "feed.atom")
    assert art.id == "urn-example-hanoi-2019"
    assert art.published == dt.date(2019, 2, 28)
    assert art.text == "Talks between Trump and Kim Jong Un ended abruptly and without a deal."


def test_feed_sniffed_without_extension(tmp_path):
    p = tmp_path / "download"
    p.write_bytes((DATA / "feed.atom").read_bytes())
    (art,) = read(p)
    assert art.title == "Hanoi summit ends without a deal"


def test_folder_recursive_sorted_hidden_skipped_unknown_noted():
    res = read(DATA / "folder")
    assert [a.id for a in articles(res)] == ["2015-kim", "2020-barley-1"]
    notes = [r for r in res if isinstance(r, ReadError) and r.note]
    assert len(notes) == 1 and "scan.pdf" in notes[0].path and "unknown extension" in notes[0].message
    assert not errors(res)
    assert all("hidden" not in a.text for a in articles(res))


def test_stdin(monkeypatch):
    data = "---\ntitle: From stdin\npublished: 2020-12-16\n---\nAustralia will take China to the WTO tonight.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    (art,) = read("-")
    assert art.title == "From stdin" and art.published == dt.date(2020, 12, 16) and art.id == "stdin"


def test_article_id_argument():
    (art,) = read(DATA / "front_matter.txt", article_id="my-id")
    assert art.id == "my-id"
    res = read(DATA / "records.jsonl", article_id="my-id")
    assert any(isinstance(r, ReadError) and "--id" in r.message for r in res)
    assert [a.id for a in articles(res)] == ["one", "four"]


def test_read_text():
    art = read_text("Kim will visit Moscow in May.\n", published="2015-01-29", article_id="x")
    assert art.id == "x" and art.published_source == "given" and art.text == "Kim will visit Moscow in May.\n"
    with pytest.raises(ValueError, match="empty"):
        read_text("  \n")


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is absent")
def test_dev_articles_read_cleanly():
    arts = articles(read(*sorted(DEV.glob("*.txt"))))
    assert len(arts) == len(list(DEV.glob("*.txt")))
    kim = next(a for a in arts if a.id == "kim-moscow-2015")
    assert "The Koreas" not in kim.text and "Credit:" not in kim.text
    assert kim.text.count("It’s Official") == 1
    for a in arts:
        if a.id != "kim-moscow-2015":  # nothing else in the dev texts is boilerplate
            assert a.text == (DEV / f"{a.id}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- bad input

def one_error(path, **kw) -> ReadError:
    res = read(path, **kw)
    assert len(res) == 1 and isinstance(res[0], ReadError), res
    assert str(path) in str(res[0])
    return res[0]


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in one_error(p).message
    p.write_bytes(b"  \n\n\t ")
    assert "empty" in one_error(p).message


def test_empty_after_boilerplate(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_text("Advertisement\nShare this article\n", encoding="utf-8")
    assert "no article text" in one_error(p).message


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    msg = one_error(p).message
    assert "binary" in msg and "offset 8" in msg


def test_invalid_utf8_reports_the_byte_offset(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\u00e9 talks in Z\u00fcrich.".encode("latin-1"))
    msg = one_error(p).message
    assert "invalid UTF-8 at byte offset 3" in msg and "0xe9" in msg


def test_utf8_bom_and_utf16_bom_are_read(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfKim will visit Moscow in May.\n")
    (art,) = read(p)
    assert art.text == "Kim will visit Moscow in May.\n"
    p16 = tmp_path / "utf16.txt"
    p16.write_bytes("Kim will visit Moscow in May.\n".encode("utf-16"))
    (art,) = read(p16)
    assert art.text == "Kim will visit Moscow in May.\n"


def test_html_without_body():
    assert "without a body" in one_error(DATA / "nobody.html").message


def test_invalid_json(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"text": "a",\n "title": }', encoding="utf-8")
    err = one_error(p)
    assert err.line == 2 and "not valid JSON" in err.message


def test_json_of_the_wrong_shape(tmp_path):
    p = tmp_path / "numbers.json"
    p.write_text("[1, 2]", encoding="utf-8")
    res = read(p)
    assert len(errors(res)) == 2 and "not an object" in errors(res)[0].message


def test_file_over_max_bytes_is_refused_without_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # a sparse 50 MB file
        fh.truncate(50 * 1024 * 1024)
    msg = one_error(p).message
    assert "52,428,800 bytes" in msg and "20,000,000" in msg and "--max-bytes" in msg
    p2 = tmp_path / "small.txt"
    p2.write_text("Kim will visit Moscow.\n" * 100, encoding="utf-8")
    assert "over the limit" in one_error(p2, max_bytes=1000).message


def test_ten_thousand_sentence_article_is_returned(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text(" ".join(f"Sentence {i} says Kim will visit Moscow." for i in range(10_000)), encoding="utf-8")
    (art,) = read(p)
    assert art.text.count("Kim will visit") == 10_000


def test_unreadable_paths(tmp_path):
    assert "no such file" in one_error(tmp_path / "missing.txt").message
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert "broken symbolic link" in one_error(link).message
    f = tmp_path / "plain.txt"
    f.write_text("Text.", encoding="utf-8")
    assert "no such file" in one_error(f / "child.txt").message


def test_fifo_is_refused_not_waited_on(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in one_error(fifo).message


def test_bad_front_matter(tmp_path):
    p = tmp_path / "fm.txt"
    p.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    err = one_error(p)
    assert "front matter" in err.message and err.line is not None


def test_bad_inputs_do_not_stop_the_rest(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    res = read(bad, DATA / "front_matter.txt", tmp_path / "missing.txt")
    assert [type(r).__name__ for r in res] == ["ReadError", "Article", "ReadError"]


def test_random_bytes_never_raise(tmp_path):
    import random

    rnd = random.Random(7)
    for i, ext in enumerate([".txt", ".html", ".json", ".jsonl", ".rss", ".md", ""] * 6):
        p = tmp_path / f"r{i}{ext}"
        p.write_bytes(bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 400))))
        for r in read(p):
            assert isinstance(r, Article | ReadError)


# ---------------------------------------------------------------- helpers

def test_clean_text_boilerplate_lines():
    text = ("World\nSummit ends without a deal\nBy Jane Doe and John Roe\n\nThe talks ended.\n"
            "Photo: AFP\nREUTERS/Jason Lee\nAdvertisement\nRelated: Another story\nShare on Twitter\n"
            "Summit ends without a deal\nReporting by Jane Doe; Editing by John Roe\nThe end.\n")
    out, headline = clean_text(text)
    assert headline == "Summit ends without a deal"
    assert out == "Summit ends without a deal\n\nThe talks ended.\nThe end.\n"


def test_clean_text_keeps_real_sentences():
    text = ("Venezuela, Colombia aim to restore relations\n\nPhotographs of the meeting were released. "
            "Related talks will follow.\nBy Monday, the deal was done.\n")
    out, _ = clean_text(text)
    assert out == text


def test_short_headline_is_not_a_section_label():
    text = "Kim Visits Moscow\nA first trip abroad since taking power\n\nKim arrived on Monday.\n"
    out, headline = clean_text(text)
    assert out == text and headline == "Kim Visits Moscow"
    text = "Brexit chaos\nMay's deal voted down again\n\nThe vote was lost.\n"
    assert clean_text(text) == (text, "Brexit chaos")
    text = "Middle East\nIsrael and Hamas agree a truce\n\nThe truce began on Friday.\n"
    out, headline = clean_text(text)
    assert out == text[len("Middle East\n"):] and headline == "Israel and Hamas agree a truce"


def test_published_stamp_lines_but_not_sentences():
    text = "Talks end\nPublished: 29 January 2015\nUpdated 3 hours ago\nPublished reports said the talks failed.\n"
    out, _ = clean_text(text)
    assert out == "Talks end\nPublished reports said the talks failed.\n"


def test_parse_date_forms():
    assert parse_date("2015-01-29") == dt.date(2015, 1, 29)
    assert parse_date("2015-01-29T10:00:00Z") == dt.date(2015, 1, 29)
    assert parse_date("Thu, 29 Jan 2015 10:00:00 GMT") == dt.date(2015, 1, 29)
    assert parse_date("January 29, 2015") == dt.date(2015, 1, 29)
    assert parse_date(dt.date(2015, 1, 29)) == dt.date(2015, 1, 29)
    assert parse_date("soon") is None and parse_date(None) is None and parse_date(2015) is None


def test_infer_published_only_full_dates_near_the_top():
    assert infer_published("Headline\nPublished 29 January 2015\n\nText.") == dt.date(2015, 1, 29)
    assert infer_published("Headline\n\nIn May 2015 Kim will visit.") is None
    body = "\n".join(["Line."] * 20) + "\nJanuary 29, 2015"
    assert infer_published(body) is None


def test_readerror_str():
    assert str(ReadError("a.jsonl", 3, "not valid JSON")) == "a.jsonl:3: not valid JSON"
    assert str(ReadError("a.txt", None, "empty file")) == "a.txt: empty file"


def test_json_records_round_trip(tmp_path):
    recs = [{"id": f"r{i}", "text": f"Article {i} text.", "published": f"2020-01-0{i + 1}"} for i in range(3)]
    p = tmp_path / "many.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    arts = articles(read(p))
    assert [(a.id, a.published.day) for a in arts] == [("r0", 1), ("r1", 2), ("r2", 3)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_read_text_on_random_unicode(text):
    try:
        art = read_text(text, published="2015-01-29")
    except ValueError as exc:
        assert "<stdin>" in str(exc)
        return
    kept = art.text.splitlines(keepends=True)
    assert all(line in text for line in kept)  # cleaning only removes whole lines
