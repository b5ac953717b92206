"""Fighting told on a border past its verb: "Clashes erupted on the border between
Thailand and Cambodia" (the two states of the border fight); not when the fighting names
its own sides ("clashes between police and protesters"). Sentences written for issue 23,
none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Clashes erupted on the border between Thailand and Cambodia.", ("KHM", "THA")),
        ("Fierce fighting broke out on Tuesday along the border between Kyrgyzstan and "
         "Tajikistan.", ("KGZ", "TJK")),
        ("Heavy fighting raged near the Armenia-Azerbaijan border.", ("ARM", "AZE")),
    ],
)  # fmt: skip
def test_fighting_told_on_a_border_past_its_verb_is_between_its_states(text, pair):
    assert (*pair, "-") in edges(text)


def test_fighting_with_its_own_sides_is_not_the_borders_states():
    text = "Clashes between police and protesters erupted on the border between Kenya and Uganda."
    assert ("KEN", "UGA", "-") not in edges(text)


def test_a_peaceful_act_on_a_border_is_no_fight():
    assert not edges("Trade flourished along the border between Kenya and Uganda.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Heavy clashes erupted overnight between soldiers at two posts along the border "
         "between Ecuador and Peru.", ("ECU", "PER")),
        ("Skirmishes went on for hours between patrols in several villages near the "
         "frontier between Eritrea and Ethiopia.", ("ERI", "ETH")),
        ("Violent clashes broke out in the past three days between troops at three points "
         "along the disputed border between the Republic of Armenia and the Republic of "
         "Azerbaijan.", ("ARM", "AZE")),
    ],
)  # fmt: skip
def test_a_border_told_down_a_chain_of_places_is_where_the_fighting_is(text, pair):
    """The parser hangs each place phrase on the noun before it ("at two posts along the
    border"): the border a chain of places ends in is still where the fighting is."""
    assert (*pair, "-") in edges(text)


def test_fighting_in_a_capital_is_not_on_a_border_visited_after():
    text = (
        "Clashes erupted in the capital after a minister's trip to the border between "
        "Chad and Sudan."
    )
    assert ("SDN", "TCD", "-") not in edges(text)
