"""Plural nouns that speak as a group when they are the subject of a cue and no actor is
named there: ``Police said``, ``Witnesses said``, ``Western analysts say``, ``Experts
say``. Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, name, cue",
    [
        ("Police said the suspect fled north toward the border with Togo.", "police", "said"),
        ("Witnesses said the shelling of Avdiivka began at dawn.", "witnesses", "said"),
        ("Villagers said soldiers burned the houses near Tillaberi.", "villagers", "said"),
        ("Experts say the Kakhovka dam could fail within days.", "experts", "say"),
    ],
)
def test_a_group_noun_speaks(text, name, cue):
    got = said(text, "name", "cue")
    assert [(n.lower(), c) for n, c in got] == [(name, cue)]
