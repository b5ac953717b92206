"""An accord named as the topic of a dispute is no accord of the disputing parties: "A and
B are locked in a dispute over the port deal". Sentences written for issue 23, none taken
from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia and Somalia are locked in a dispute over the port deal.", ("ETH", "SOM")),
        ("Guyana and Venezuela remain at odds over the 1899 arbitral award and the border "
         "agreement.", ("GUY", "VEN")),
    ],
)  # fmt: skip
def test_an_accord_that_is_the_topic_of_a_dispute_is_not_theirs(text, pair):
    found = edges(text)
    assert (*pair, "-") in found
    assert (*pair, "+") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president urged Ethiopia and Somalia to resolve their dispute through "
        "dialogue.",
        "The African Union called on Sudan and South Sudan to settle their differences.",
    ],
)
def test_a_settlement_asked_for_tells_the_dispute_stands(text):
    """``unmet_acts.csv``: the settlement of the parties' own dispute, asked for, is the
    dispute now; the same settlement told as done is their agreement."""
    found = edges(text)
    pair = ("ETH", "SOM") if "Ethiopia" in text else ("SDN", "SSD")
    assert (*pair, "-") in found
    assert (*pair, "+") not in found


def test_a_settlement_told_as_done_is_an_agreement():
    assert ("ETH", "SOM", "+") in edges("Ethiopia and Somalia resolved their dispute.")


def test_an_accord_asked_for_that_ends_no_dispute_stays_one():
    assert ("ETH", "SOM", "+") in edges("The UN urged Ethiopia and Somalia to sign a trade deal.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia and Somalia spar over port deal as Egypt steps in", ("ETH", "SOM")),
        ("Chile quarrelled with Peru over the border.", ("CHL", "PER")),
        ("Serbia and Kosovo bickered over licence plates.", ("SRB", "XKX")),
    ],
)  # fmt: skip
def test_verbs_of_a_verbal_dispute_set_their_parties_at_odds(text, pair):
    found = edges(text)
    assert (*pair, "-") in found
    assert (*pair, "+") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The envoy urged Chad and Niger to normalize relations.",
        "Chad and Niger should normalise relations, the envoy said.",
        "If Chad and Niger restore diplomatic relations, trade could resume.",
    ],
)
def test_a_normalization_asked_for_or_supposed_tells_relations_are_not_normal(text):
    """``unmet_acts.csv``: a return to normal relations asked for, owed or supposed tells
    that the two are at odds now (issue 23)."""
    found = edges(text)
    assert ("NER", "TCD", "-") in found
    assert ("NER", "TCD", "+") not in found


def test_a_normalization_told_as_done_is_their_cooperation():
    found = edges("Chad and Niger normalized relations last year.")
    assert ("NER", "TCD", "+") in found
