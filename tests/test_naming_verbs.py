"""A verb that gives its object a name or a quality judges it; "called" then makes no
phone call (CONSULT). Sentences written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico called Ecuador's raid a violation of international law.", ("ECU", "MEX")),
        ("Colombia's president called Israel a genocidal state.", ("COL", "ISR")),
        ("Morocco called Algeria's move a hostile act.", ("DZA", "MAR")),
    ],
)
def test_calling_something_a_name_is_no_call(text, pair):
    assert (*pair, "+") not in edges(text)


def test_calling_a_counterpart_is_still_a_call():
    assert ("ECU", "MEX", "+") in edges("Mexico's president called his Ecuadorian counterpart.")


def test_states_ruled_by_juntas_do_not_cooperate_by_being_ruled():
    """``light_verbs.csv``: the bare verb "rule" (to govern) is no cooperation."""
    text = "Mali and Burkina Faso, both ruled by military governments, warned against war."
    assert ("BFA", "MLI", "+") not in edges(text)


def test_a_ruling_in_favour_of_a_state_is_still_read():
    assert ("GUY", "VEN", "-") in edges(
        "The court ruled in favour of Guyana in its dispute with Venezuela."
    )


@pytest.mark.parametrize(
    "text",
    ["Kenya controls the border with Ethiopia.", "Kenya served Ethiopia with a notice."],
)
def test_holding_ground_or_serving_a_notice_is_no_cooperation(text):
    """``light_verbs.csv``: CAMEO codes bare "control" and "serve" as material cooperation."""
    assert ("ETH", "KEN", "+") not in edges(text)


def test_troops_that_served_alongside_anothers_forces_cooperate_with_it():
    found = edges("Albanian troops have served alongside U.S. forces in Afghanistan.")
    assert ("ALB", "USA", "+") in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil agreed to take charge of the Argentine embassy in Caracas.",
        "Switzerland took charge of Iran's interests in Egypt.",
    ],
)
def test_taking_charge_of_an_embassy_lays_no_charge(text):
    """``light_verbs.csv`` idioms: "take charge" is no accusation (CAMEO's "charge")."""
    assert not any(sign == "-" for *_, sign in edges(text))
