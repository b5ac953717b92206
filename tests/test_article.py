"""The article loader: structure, offsets, encodings, segmentation traps and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import alignkit
from alignkit.reading import article as art_mod
from alignkit.reading.article import ArticleError, load_article, load_corpus, parse_article


def _spans_ok(a):
    for s in [*a.paragraphs, *a.captions, *a.sentences, *([a.headline] if a.headline else [])]:
        assert 0 <= s.start <= s.end <= len(a.text)
        assert a.text[s.start : s.end] == s.text


def test_seed_structure_matches_gold(seed_article, gold):
    doc = gold["document"]
    a = seed_article
    assert a.publisher == doc["publisher"]
    assert a.section == doc["section"]
    assert a.breadcrumb.text == doc["breadcrumb"]
    assert a.headline.text == doc["headline"]
    assert len(a.paragraphs) == doc["paragraphs"]
    assert [[c.start, c.end] for c in a.captions] == doc["captions"]
    assert len(a.body_sentences) == doc["body_sentences"]
    _spans_ok(a)


# SHA-256 of the project's reference copy of the seed (read-only, beside the repository).
SEED_SHA256 = "2edc74e71f04117d7f12f96c7902b1ff90115ffe8b5cc1ca04ef9d99fc0ef0b9"


def test_seed_is_byte_identical_to_reference():
    data = alignkit.SEED.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    ref = alignkit.SEED.parents[2] / "shared" / "seeds" / alignkit.SEED.name
    if ref.exists():  # where the reference itself is at hand, compare the bytes too
        assert data == ref.read_bytes()


def test_sentence_traps_do_not_split(seed_article, gold):
    for trap in gold["document"]["sentence_boundary_traps"]:
        holders = [s for s in seed_article.sentences if trap in s.text]
        assert len(holders) == 1


@pytest.mark.parametrize(
    "text, n",
    [
        ("Retired Lt. Gen. Keith Kellogg met Mr. Lee on Jan. 17 in Seoul. They talked.", 2),
        ("J. D. Vance spoke to U.S. officials. The talks ended.", 2),
        ("Sanctions hit the U.S. The response came fast.", 2),
        ("He visited the U.K. and France. Then he left.", 2),
        ("“Why now?” he asked. Nobody answered.", 2),
        ("Dr. Kim arrived at 5 p.m. on Friday. She left at once.", 2),
    ],
)
def test_segmentation_survives_abbreviations(text, n):
    a = parse_article(text)
    assert len(a.body_sentences) == n, [s.text for s in a.body_sentences]
    _spans_ok(a)


def test_markup_in_a_headline_is_not_a_breadcrumb():
    a = parse_article("Russia and Iran Sign <b>a Treaty</b> | Ltd\n\nThey signed it. It matters.")
    assert a.breadcrumb is None and a.section is None
    assert a.headline.text.startswith("Russia and Iran Sign")
    b = parse_article("Home » World › Asia\n\nTitle\n\nBody here. More.")
    assert b.section == "Asia" and b.headline.text == "Title"


def test_sentence_knows_its_paragraph():
    a = parse_article("Headline here\n\nOne. Two.\n\nThree here. Four there.")
    assert [(s.text, s.paragraph) for s in a.body_sentences] == [
        ("One.", 0),
        ("Two.", 0),
        ("Three here.", 1),
        ("Four there.", 1),
    ]


def test_header_keys_and_date_printed():
    a = parse_article(
        "Source: Wire Service\nDate: January 21, 2025\nAuthor: A. Writer\nURL: https://x.example/a\n"
        "World >> Asia\n\nTitle\n\nBody text here. More text."
    )
    assert a.metadata["source"] == "Wire Service"
    assert a.metadata["author"] == "A. Writer"
    assert a.section == "Asia"
    assert a.publication_date == dt.date(2025, 1, 21) and a.date_status == "printed"
    assert a.headline.text == "Title"


def test_no_header_crlf_bom_curly_quotes_non_ascii(tmp_path):
    body = (
        "\ufeffErdoğan met Zelenskyy in Kyiv — “a turning point,” he said.\r\n\r\n"
        "The talks’ outcome was unclear.\r\n"
    )
    p = tmp_path / "Türkiye Report!.txt"
    p.write_bytes(body.encode("utf-8"))
    a = load_article(p)
    assert a.id == "turkiye-report"
    assert "\r" not in a.text and not a.text.startswith("\ufeff")
    assert a.metadata == {} and a.headline is None
    assert [s.text for s in a.body_sentences][0].startswith("Erdoğan met Zelenskyy")
    assert len(a.paragraphs) == 2
    _spans_ok(a)


def test_publication_date_from_caller_and_header_wins():
    a = parse_article("Body text here.", publication_date="2025-02-01")
    assert a.publication_date == dt.date(2025, 2, 1) and a.date_status == "supplied"
    b = parse_article("Date: 2024-06-19\n\nTitle\n\nBody.", publication_date="2025-02-01")
    assert b.publication_date == dt.date(2024, 6, 19) and b.date_status == "printed"
    with pytest.raises(ArticleError, match="not a date"):
        parse_article("Body.", publication_date="someday")


def test_seed_date_is_an_estimate_never_printed(seed_article):
    assert seed_article.date_status == "estimated"
    assert "date" not in seed_article.metadata
    ev = seed_article.date_evidence["evidence"]
    assert seed_article.text[ev["start"] : ev["end"]] == ev["text"]


def test_caller_date_overrides_sidecar_estimate():
    a = load_article(alignkit.SEED, publication_date="2025-01-16")
    assert a.date_status == "supplied" and a.publication_date == dt.date(2025, 1, 16)


def test_load_corpus_stable_order(tmp_path):
    for name in ["b.txt", "a.txt", "c.txt", "notes.md", "skip.json"]:
        (tmp_path / name).write_text("Some body text. Another sentence.", encoding="utf-8")
    assert [a.id for a in load_corpus(tmp_path)] == ["a", "b", "c"]


# ---------------------------------------------------------------------------- bad input


def _raises(path, fragment):
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)
    return info.value


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    _raises(p, "empty")


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b" \n\n\t ")
    _raises(p, "empty")


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _raises(p, "binary")


def test_undecodable_bytes_report_offset(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes(b"Moscow talks. " + "Erdoğan".encode("latin-1", "replace") + b" \xff end")
    err = _raises(p, "byte offset")
    assert "0xff" in str(err) or "0x3f" in str(err)


def test_directory(tmp_path):
    _raises(tmp_path, "directory")


def test_missing_path(tmp_path):
    _raises(tmp_path / "nope.txt", "no such file")


def test_file_over_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(art_mod, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("word " * 50, encoding="utf-8")
    _raises(p, "limit")


def test_bad_sidecar_names_the_metadata_file(tmp_path):
    (tmp_path / "a.txt").write_text("Body text here.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.json: unreadable metadata file"):
        load_article(tmp_path / "a.txt")


def test_corpus_errors(tmp_path):
    with pytest.raises(ArticleError, match="no such folder"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    with pytest.raises(ArticleError):
        load_corpus(tmp_path)
    with pytest.warns(UserWarning, match="bad.txt"):
        assert [a.id for a in load_corpus(tmp_path, on_error="skip")] == ["good"]


_ALPHABET = st.sampled_from(
    list(string.ascii_letters + string.digits + " .,!?:;'\"-\n\r\t>|")
    + ["“", "”", "’", "—", "é", "ğ", "\ufeff", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=400))
def test_any_text_loads_consistently_or_raises_article_error(text):
    try:
        a = parse_article(text)
    except ArticleError:
        return
    _spans_ok(a)
    starts = [p.start for p in a.paragraphs]
    assert starts == sorted(starts)
    for s in a.sentences:
        if s.block == "body":
            p = a.paragraphs[s.paragraph]
            assert p.start <= s.start and s.end <= p.end
        elif s.block == "caption":
            c = a.captions[s.caption]
            assert c.start <= s.start and s.end <= c.end


# ------------------------------------------------------------ segmentation in linear time

# Spans of the shipped articles, fingerprinted before the sentence splitter was made linear
# (its token-before-a-full-stop search ran from the paragraph's start): unchanged since.
SHIPPED_FINGERPRINT = "0880e3f67a692b418b216921267af5c685caff8d835672d2f509007404cda214"


def _fingerprint(a):
    return [
        a.id,
        a.metadata,
        a.section,
        a.headline and (a.headline.start, a.headline.end),
        a.breadcrumb and (a.breadcrumb.start, a.breadcrumb.end),
        [(s.start, s.end) for s in a.paragraphs],
        [(s.start, s.end) for s in a.captions],
        [(s.start, s.end, s.index, s.block, s.paragraph, s.caption) for s in a.sentences],
    ]


def test_shipped_articles_segment_as_before():
    import json

    root = alignkit.SEED.parents[1]
    files = sorted([*root.glob("seeds/*.txt"), *root.glob("tests/articles/*.txt")])
    assert len(files) >= 9
    per_file = {
        p.name: hashlib.sha256(
            json.dumps(_fingerprint(load_article(p)), default=str).encode()
        ).hexdigest()[:16]
        for p in files
    }
    assert hashlib.sha256(json.dumps(per_file).encode()).hexdigest() == SHIPPED_FINGERPRINT


_WORDS = st.sampled_from(
    ["Russia", "Iran", "the", "talks", "U.S.", "Mr.", "Jan.", "J.", "Gen.", "p.m.", "5", "é"]
    + ["(photo", "Reuters", ")", "“Why", "now?”", "...", "!!", "x" * 300, "." * 200]
)
_GAPS = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u200b", "\n"])


@st.composite
def _articles(draw):
    def sentence():
        words = draw(st.lists(_WORDS, min_size=1, max_size=12))
        return "".join(w + draw(_GAPS) for w in words).rstrip() + draw(
            st.sampled_from([".", "?", "!", "", ".”", "..."])
        )

    def paragraph():
        return " ".join(sentence() for _ in range(draw(st.integers(1, 6))))

    header = draw(st.lists(st.sampled_from(["Source: Wire", "Date: 2025-01-15", "Author: A. B."])))
    parts = ["\n".join(header)] if header else []
    if draw(st.booleans()):
        parts.append("HOME >> World")
    parts += [paragraph() for _ in range(draw(st.integers(1, 5)))]
    return draw(st.sampled_from(["\n\n", "\n \n", "\r\n\r\n"])).join(parts)


@settings(max_examples=200, deadline=None)
@given(_articles())
def test_every_span_of_a_generated_article_indexes_its_text(text):
    try:
        a = parse_article(text)
    except ArticleError:
        return
    _spans_ok(a)
    for s in a.sentences:
        assert s.text.strip() == s.text and s.text
        holder = (
            a.paragraphs[s.paragraph]
            if s.block == "body"
            else a.captions[s.caption]
            if s.block == "caption"
            else a.headline
        )
        assert holder.start <= s.start <= s.end <= holder.end


def test_long_paragraphs_tokens_and_runs_still_split():
    # Cases that took seconds (quadratic) before: one paragraph of many sentences, a 40 KB
    # token before sentences, a run of 40,000 dots, a header value padded with blanks.
    many = parse_article(" ".join(f"Sentence number {i} is here." for i in range(4000)))
    assert len(many.sentences) == 4000
    token = parse_article("x" * 40_000 + " Then more. And more.")
    assert [s.text for s in token.sentences][1:] == ["And more."]
    dots = parse_article("Start " + "." * 40_000 + " End here. Done.")
    assert [s.text for s in dots.sentences][1:] == ["End here.", "Done."]
    head = parse_article("Source: a" + " " * 20_000 + "b  \n\nTitle\n\nBody here. More.")
    assert head.metadata["source"] == "a" + " " * 20_000 + "b"
    for a in (many, token, dots, head):
        _spans_ok(a)


# ------------------------------------------------------- special files, encodings, limits


def test_article_error_survives_pickling():
    # Workers (a process pool, Dask) send errors back pickled.
    import pickle

    err = ArticleError("/corpus/bad.txt", "the file is empty")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is ArticleError
    assert (back.path, back.problem, str(back)) == (err.path, err.problem, str(err))
    text = pickle.loads(pickle.dumps(ArticleError(None, "nothing pasted")))
    assert (text.path, str(text)) == ("<text>", "<text>: nothing pasted")


def _in_thread(fn, seconds=10):
    """fn's ArticleError (or a failure if it is still running after ``seconds``)."""
    import threading

    out = {}

    def run():
        try:
            fn()
        except BaseException as err:  # noqa: BLE001 - handed back to the test
            out["err"] = err

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "hung (blocked on open or read)"
    return out.get("err")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    err = _in_thread(lambda: load_article(fifo))
    assert isinstance(err, ArticleError) and "not a regular file" in str(err), err
    assert str(fifo) in str(err) and "named pipe" in str(err)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_not_articles(device):
    if not __import__("os").path.exists(device):
        pytest.skip(f"no {device}")
    err = _in_thread(lambda: load_article(device))
    assert isinstance(err, ArticleError) and "not a regular file" in str(err), err


def test_read_is_bounded_whatever_the_size_says(monkeypatch):
    # /proc files are regular files whose size reads as 0, however long they are.
    import os

    proc = "/proc/self/status"
    if not os.path.exists(proc) or os.stat(proc).st_size:
        pytest.skip("no zero-size /proc file here")
    monkeypatch.setattr(art_mod, "MAX_BYTES", 100)
    _raises(proc, "over the 100-byte limit")


def test_symlink_loop(tmp_path):
    import os

    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    _raises(tmp_path / "a.txt", "symbolic link loop")


@pytest.mark.parametrize(
    "content",
    ["\u00a0\u00a0\n\u200b\u2060\ufeff \u200c\u200d", "\ufeff\u3000\u202f\n\n\u200b"],
)
def test_invisible_characters_only_is_empty(tmp_path, content):
    p = tmp_path / "invisible.txt"
    p.write_text(content, encoding="utf-8")
    _raises(p, "empty")
    with pytest.raises(ArticleError, match="empty"):
        parse_article(content)


def test_zero_width_block_is_no_paragraph():
    a = parse_article("Title\n\nA body sentence. Another.\n\n\u200b\u200b")
    assert [p.text for p in a.paragraphs] == ["A body sentence. Another."]
    assert a.captions == [] and [s.text for s in a.sentences][-1] == "Another."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_with_bom_is_decoded(tmp_path, codec):
    text = "Erdoğan met Putin. “Talks,” he said.\n\nThey agreed.\n"
    p = tmp_path / "wide.txt"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(codec, "")
    p.write_bytes((bom + text).encode(codec))
    a = load_article(p)
    assert a.text == text and len(a.paragraphs) == 2
    _spans_ok(a)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named(tmp_path, codec):
    p = tmp_path / "wide.txt"
    p.write_bytes("Russia and Iran met. Talks went well.".encode(codec))
    err = _raises(p, "UTF-16")
    assert "save it as UTF-8" in str(err) and "binary" not in str(err)


def test_non_text_arguments_say_what_was_given():
    with pytest.raises(ArticleError, match="expected the article text as str, got bytes"):
        parse_article(b"Russia and Iran met.")
    with pytest.raises(ArticleError, match="got int"):
        alignkit.analyze_text(42)
    with pytest.raises(TypeError, match=r"expects an Article or a path .* got int"):
        alignkit.analyze(42)
    with pytest.raises(TypeError, match="got bytes: for text in memory"):
        alignkit.analyze(b"Russia and Iran met.")
    with pytest.raises(TypeError, match="expects a path"):
        load_article(None)
    with pytest.raises(ArticleError, match="use analyze_text"):
        alignkit.analyze("Russia and Iran met.\n\nTalks went well.")


def test_text_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(art_mod, "MAX_BYTES", 100)
    parse_article("é" * 50)  # 100 bytes in UTF-8: at the limit
    with pytest.raises(ArticleError, match=r"<text>: the text is 120 bytes in UTF-8, over the 100"):
        parse_article("é" * 60)  # 60 characters, 120 bytes
    with pytest.raises(ArticleError, match=r"pasted\.txt: .*101 characters"):
        parse_article("a" * 101, path="pasted.txt")
    with pytest.raises(ArticleError, match=r"<text upload>: .*over the 100-byte limit"):
        alignkit.analyze_text("Russia met Iran. " * 10, article_id="upload")


def test_file_ids_without_ascii_name(tmp_path):
    (tmp_path / "Россия.txt").write_text("Russia and Iran met. Talks.", encoding="utf-8")
    (tmp_path / "Иран.txt").write_text("Russia and Iran met. Talks.", encoding="utf-8")
    ids = [a.id for a in load_corpus(tmp_path)]
    assert len(set(ids)) == 2 and all(i.startswith("article-") for i in ids)


def test_corpus_ids_are_unique_in_file_name_order(tmp_path):
    for name in ["iran_russia.txt", "Iran Russia.txt", "iran-russia.txt", "iran-russia-2.txt"]:
        (tmp_path / name).write_text("Russia and Iran met. Talks.", encoding="utf-8")
    got = [(a.path.rsplit("/", 1)[-1], a.id) for a in load_corpus(tmp_path)]
    assert got == [
        ("Iran Russia.txt", "iran-russia"),
        ("iran-russia-2.txt", "iran-russia-2"),
        ("iran-russia.txt", "iran-russia-3"),
        ("iran_russia.txt", "iran-russia-4"),
    ]


def test_sentences_in_other_scripts_end_at_their_full_stops():
    # a capital in any script, or a letter of a script without case, starts a sentence;
    # a lower-case letter after a full stop does not ("e.g. this")
    art = parse_article(
        "Россия подписала договор. Иран тоже подписал. 中国同意了。俄罗斯也同意了。 "
        "Ελλάδα συμφώνησε. Then English, e.g. this one."
    )
    assert [s.text for s in art.sentences] == [
        "Россия подписала договор.",
        "Иран тоже подписал.",
        "中国同意了。",
        "俄罗斯也同意了。",
        "Ελλάδα συμφώνησε.",
        "Then English, e.g. this one.",
    ]
