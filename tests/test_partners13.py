"""Partners named in apposition are the partners of the one whose act the clause tells, not
of each other; partners a copula names are each other's (issue 23). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Austin thanked partners Bahrain, Canada and France.", {"BHR", "CAN", "FRA"}),
        (
            "The minister welcomed our allies and partners Chile, Peru and Ghana.",
            {"CHL", "PER", "GHA"},
        ),
    ],
)  # fmt: skip
def test_listed_partners_are_not_each_others(text, listed):
    assert not {e for e in edges(text) if set(e[:2]) <= listed}


def test_the_thanker_keeps_its_partners():
    assert ("BHR", "USA", "+") in edges("Austin thanked partners Bahrain, Canada and France.")


def test_partners_a_copula_names_are_each_others():
    assert ("BHR", "CAN", "+") in edges("Bahrain, Canada and France are partners.")
