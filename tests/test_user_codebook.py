"""A user codebook checked on load, read as a spreadsheet saves it, and let go when edited
(issue 21, "User codebook")."""

from __future__ import annotations

import gc
import os
import weakref

import pytest

import alignkit
from alignkit.reading.codebook import CodebookError, load_codebook

PEOPLE = "id,name,aliases,country\n"
TEXT = "Ana Ruiz met officials in Moscow. Russia condemned China.\n"


def _folder(tmp_path, name, content, encoding="utf-8"):
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    data = content.encode(encoding) if isinstance(content, str) else content
    (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,Russia,VEN\n",
         r"people.csv line 2: 'Russia' already names 'RUS'"),
        ("countries.csv", "id,name\nXRU,Russia\n",
         r"countries.csv line 2: 'Russia' already names 'RUS'"),
        ("people.csv", PEOPLE + "dot,.,,VEN\n",
         "people.csv line 2: the name or alias '.' holds no"),
        ("people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,,rus\n",
         "people.csv line 2: country 'rus' is not a country id .* .did you mean 'RUS'"),
        ("people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,,ZZZ\n", "country 'ZZZ' is not a country id"),
        ("roles.csv", "role,office,country\nminister,x,VEN\n", "roles.csv line 2: no person"),
        ("people.csv", PEOPLE + 'ana-ruiz,"Ana Ruiz,,VEN\nben,Ben Ode,,VEN\n',
         "people.csv line 2: a quote left open"),
        ("people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,,VEN\nben,\"Ben\nOde\",,VEN\n",
         "people.csv line 3: a cell runs over several lines"),
        ("people.csv", PEOPLE + "ana-ruiz,Ana Ruiz," + "x" * 200_000 + ",VEN\n",
         "people.csv line 2: not valid CSV .field larger than field limit"),
    ],
)  # fmt: skip
def test_a_bad_user_codebook_is_an_error_naming_file_and_row(tmp_path, name, content, problem):
    if name == "roles.csv":
        _folder(tmp_path, "people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,,VEN\n")
    folder = _folder(tmp_path, name, content)
    with pytest.raises(CodebookError, match=problem) as err:
        load_codebook(extra=folder)
    assert str(folder / name) in str(err.value)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_a_codebook_not_in_utf8_is_the_kits_error(tmp_path, encoding):
    folder = _folder(tmp_path, "people.csv", PEOPLE + "jose,José Ruíz,,VEN\n", encoding)
    with pytest.raises(CodebookError, match="people.csv: not UTF-8 text"):
        load_codebook(extra=folder)


def test_a_spreadsheet_csv_with_a_bom_reads(tmp_path):
    folder = _folder(tmp_path, "people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,Ruiz,VEN\n", "utf-8-sig")
    cb = load_codebook(extra=folder)
    assert cb.actors["ana-ruiz"].country == "VEN"
    an = alignkit.analyze_text(TEXT, codebook=cb, publication_date="2024-05-01")
    assert "ana-ruiz" in set(an.mentions["actor"]) and an.network.has_edge("CHN", "RUS")


def test_an_edited_user_codebook_lets_the_old_one_go(tmp_path):
    folder = _folder(tmp_path, "people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,Ruiz,VEN\n")
    cb = load_codebook(extra=folder)
    assert load_codebook(extra=folder) is cb  # unchanged: the same codebook
    alignkit.analyze_text(TEXT, codebook=cb)  # its matchers are built
    old = weakref.ref(cb)
    for k in range(3):
        (folder / "people.csv").write_text(
            PEOPLE + f"ana-ruiz,Ana Ruiz,Ruiz,VEN\nben-{k},Ben Ode{k},,VEN\n", encoding="utf-8"
        )
        os.utime(folder / "people.csv", ns=(k + 10**18, k + 10**18))
        cb = load_codebook(extra=folder)
        assert f"ben-{k}" in cb.actors
        alignkit.analyze_text(TEXT, codebook=cb)
    gc.collect()
    assert old() is None  # neither the loader's cache nor a matcher cache holds it


@pytest.mark.parametrize("processes", [1, 2])
def test_a_user_codebook_reaches_a_corpus_run(tmp_path, processes):
    folder = _folder(tmp_path, "people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,Ruiz,VEN\n")
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in ("a", "b", "c"):
        (texts / f"{name}.txt").write_text(f"Talks {name}\n\n{TEXT}", encoding="utf-8")
    for codebook in (folder, load_codebook(extra=folder)):
        corpus = alignkit.analyze_corpus(
            texts, processes=processes, chunksize=1, progress=False, codebook=codebook
        )
        row = corpus.actors.set_index("actor").loc["ana-ruiz"]
        assert row["articles"] == 3 and bool(row["codebook"]) and row["country"] == "VEN"
        assert corpus.name("ana-ruiz") == "Ana Ruiz"
    plain = alignkit.analyze_corpus(texts, processes=1, progress=False)
    assert "ana-ruiz" not in set(plain.actors["actor"])
    with pytest.raises(CodebookError, match="a user codebook must be a folder"):
        alignkit.analyze_corpus(texts, processes=1, progress=False, codebook=tmp_path / "none")


def test_the_article_box_reads_with_a_user_codebook(tmp_path):
    from alignkit.notebook import widgets

    folder = _folder(tmp_path, "people.csv", PEOPLE + "ana-ruiz,Ana Ruiz,Ruiz,VEN\n")
    box = widgets.article_input(TEXT, run=True, codebook=folder)
    assert box.error == "" and "ana-ruiz" in set(box.analysis.mentions["actor"])
    box.codebook.value = str(tmp_path / "nowhere")
    box.run()
    assert "a user codebook must be a folder" in box.error
    box.codebook.value = ""
    box.run()
    assert "ana-ruiz" not in set(box.analysis.mentions["actor"])
