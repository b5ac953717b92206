"""Relations of issue 23 read in the twentieth session: a state's stance told by praising
or blaming an act, an effort or a role, and hostility or help told by a noun phrase.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Britain also recognises the efforts of His Highness the Amir of Kuwait to convene "
         "the presidents of Sudan and Chad for discussions.",
         {("GBR", "KWT", "+"), ("KWT", "SDN", "+"), ("KWT", "TCD", "+")}),
        ("Canada commended the efforts of His Majesty the King of Morocco to host talks "
         "between Mali and Niger.", {("CAN", "MAR", "+"), ("MAR", "MLI", "+")}),
    ],
)  # fmt: skip
def test_an_honorific_styles_the_title_whose_state_acts(text, wanted):
    es = edges(text)
    assert wanted <= es, es
    assert not {e for e in es if "GBR" in e and "SDN" in e}, es


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("The Peruvian raid on the camp has also raised tensions with Ecuador.",
         ("ECU", "PER", "-")),
        ("Chad's decision to close the border stoked tensions with Sudan, diplomats said.",
         ("SDN", "TCD", "-")),
        ("Japan and South Korea discussed the threat posed by North Korea.", ("JPN", "PRK", "-")),
    ],
)  # fmt: skip
def test_a_strain_caused_or_a_threat_named_sets_states_at_odds(text, edge):
    assert edge in edges(text), edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya faces the threat posed by the war in Somalia.",
        "The drought has raised tensions with herders in Ethiopia.",
    ],
)
def test_a_threat_or_strain_without_a_state_behind_it_makes_no_edge(text):
    assert not edges(text), edges(text)
