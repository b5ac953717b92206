"""Groups of people who act for states: "U.S. officials", "leaders from A and B", "the army
chiefs of A and B" (sentences written for the class, about wars the development texts do
not cover)."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize("officials", ["U.S. officials", "US officials", "The U.S. officials"])
def test_officials_of_a_state_act_for_it(officials):
    assert edges(f"{officials} accused Cambodia of violating the truce.") == {("KHM", "USA", "-")}


@pytest.mark.parametrize(
    "group",
    [
        "Leaders from South Sudan and Uganda",
        "Military leaders from South Sudan and Uganda",
        "Senior officials from South Sudan and Uganda",
        "The army chiefs of South Sudan and Uganda",
    ],
)
def test_a_group_from_two_states_acts_for_both(group):
    assert edges(f"{group} agreed to a ceasefire.") == {("SSD", "UGA", "+")}


def test_a_group_from_two_states_speaks_for_both_not_as_a_nameless_group():
    an = alignkit.analyze_text("Leaders from Chad and Niger said the border would reopen.")
    assert sorted(an.statements["speaker"]) == ["NER", "TCD"]


def test_officials_of_no_named_state_stay_a_group_without_a_state():
    an = alignkit.analyze_text("Officials said the border would reopen.")
    row = an.actors.set_index("actor").loc["officials"]
    assert (row["type"], row["country"]) == ("group", "")


@pytest.mark.parametrize("group", ["The two neighbours", "The neighbours", "The two rivals"])
def test_a_pair_named_again_by_a_noun_of_states(group):
    text = f"Kyrgyzstan and Tajikistan signed a border deal. {group} fought a war in 2022."
    an = alignkit.analyze_text(text)
    rows = an.events[["source", "target", "type"]].itertuples(index=False, name=None)
    assert ("KGZ", "TJK", "FIGHT") in set(rows)
