"""The smaller cases of issue 21: upload ids, a corpus's download links, an export into the
working folder, undecodable file names, identical texts under several names."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

import alignkit
from alignkit.network.export import ExportError
from alignkit.notebook import widgets

TEXT = "Russia signed a cooperation agreement with Iran. Russia condemned China.\n"


def test_uploads_whose_names_give_one_slug_get_unique_ids():
    box = widgets.article_input()
    box.source.selected_index = 1
    names = ["Iran Russia.txt", "iran-russia.txt", "iran_russia.txt"]
    box.upload.value = tuple(
        {"name": n, "type": "text/plain", "size": len(TEXT), "content": memoryview(TEXT.encode()),
         "last_modified": dt.datetime(2025, 1, 15)}
        for n in names
    )  # fmt: skip
    box.run()
    ids = [a.article.id for a in box.analyses]
    assert ids == ["iran-russia", "iran-russia-2", "iran-russia-3"]


def test_links_of_a_corpus(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Date: 2024-05-0{len(name)}\n\nT\n\n{TEXT}")
    corpus = alignkit.analyze_corpus(tmp_path, processes=1, progress=False)
    box = widgets.links(corpus)
    names = {f.name for f in box.files}
    assert {"corpus.events.csv", "corpus.network.gexf", "corpus.network.png"} <= names
    assert "alignkit-export.json" not in names and 'download="corpus.events.csv"' in box.value
    events = next(f for f in box.files if f.name == "corpus.events.csv").data.decode("utf-8")
    assert events.count("\n") == len(corpus.events) + 1


def test_export_into_the_working_folder_is_refused(tmp_path, monkeypatch):
    an = alignkit.analyze_text(TEXT)
    empty = tmp_path / "work"
    empty.mkdir()
    monkeypatch.chdir(empty)
    for where in (".", str(empty), str(tmp_path)):
        with pytest.raises(ExportError, match="it is the working folder"):
            an.export(where)
    assert os.getcwd() == str(empty) and os.listdir(tmp_path) == ["work"]
    assert {p.name for p in an.export("out")} >= {"alignkit-export.json"}
    assert os.path.samefile(os.getcwd(), empty)


def test_an_undecodable_file_name_prints(tmp_path):
    bad = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")
    with open(bad, "wb") as f:
        f.write(b"\x00\x01binary")
    code = (
        "import sys, alignkit\n"
        "try:\n    alignkit.load_article(sys.argv[1])\n"
        "except alignkit.ArticleError as err:\n    print(err)\n"
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(
        [sys.executable, "-c", code, bad], capture_output=True, env=env, check=True
    ).stdout.decode("utf-8")
    assert "caf\\xe9.txt" in out and "binary" in out


def test_identical_texts_under_several_names_are_said_once(tmp_path):
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "e.txt").write_text("Iran condemned China.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"identical texts under several names \(a = b = c = d\)"):
        corpus = alignkit.analyze_corpus(tmp_path, processes=2, chunksize=1, progress=False)
    assert corpus.duplicates == [["a", "b", "c", "d"]]
