"""The smaller cases of issue 21: upload ids, a corpus's download links, an export into the
working folder, undecodable file names, identical texts under several names."""

from __future__ import annotations

import datetime as dt

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
