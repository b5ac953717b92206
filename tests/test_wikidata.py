"""Wikidata ids of codebook people: format, one stored source per id, no id shared (issue 15).

`data/codebook/people.csv` carries a person's Q-id only when a stored source states it for
that person; `data/codebook/wikidata_sources.csv` names that source. People with an empty
`wikidata` cell are the unverified ones (data/README.md).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

CODEBOOK = Path(__file__).resolve().parents[1] / "data" / "codebook"
QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SOURCE_COLUMNS = ["id", "wikidata", "source", "checked", "notes"]


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(CODEBOOK / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in reader]
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return _read("people.csv")[1]


@pytest.fixture(scope="module")
def sources() -> list[dict[str, str]]:
    header, rows = _read("wikidata_sources.csv")
    assert header == SOURCE_COLUMNS
    return rows


def test_every_wikidata_cell_is_a_q_id(people):
    bad = [(p["id"], p["wikidata"]) for p in people if p["wikidata"]]
    bad = [(i, q) for i, q in bad if not QID.match(q)]
    assert not bad


def test_no_two_people_share_a_q_id(people):
    counts = Counter(p["wikidata"] for p in people if p["wikidata"])
    assert not {q: n for q, n in counts.items() if n > 1}


def test_every_person_with_a_q_id_has_a_source(people, sources):
    by_id = {s["id"]: s for s in sources}
    missing = [
        p["id"]
        for p in people
        if p["wikidata"]
        and not (
            p["id"] in by_id
            and by_id[p["id"]]["wikidata"] == p["wikidata"]
            and by_id[p["id"]]["source"]
        )
    ]
    assert not missing


def test_every_source_row_names_a_person_with_that_q_id(people, sources):
    qid_of = {p["id"]: p["wikidata"] for p in people}
    bad = [(s["id"], s["wikidata"]) for s in sources if qid_of.get(s["id"]) != s["wikidata"]]
    assert not bad


def test_source_rows_are_well_formed(sources):
    ids = Counter(s["id"] for s in sources)
    assert not {i: n for i, n in ids.items() if n > 1}
    for s in sources:
        assert QID.match(s["wikidata"]), s
        assert s["source"], s
        assert DATE.match(s["checked"]), s


def test_readme_states_the_unverified_count(people):
    readme = (CODEBOOK.parent / "README.md").read_text(encoding="utf-8")
    found = re.search(r"\*\*Unverified: (\d+) of (\d+) people\.\*\*", readme)
    assert found, "data/README.md must state the unverified count"
    unverified = sum(1 for p in people if not p["wikidata"])
    assert (int(found.group(1)), int(found.group(2))) == (unverified, len(people))
