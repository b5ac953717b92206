"""A state that asks another to act against a third stands against the third. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Ukraine urged the UN to sanction Belarus.", ("BLR", "UKR", "-")),
        ("Somalia called on the African Union to sanction Ethiopia.", ("ETH", "SOM", "-")),
        ("Ecuador asked Washington to pressure Colombia.", ("COL", "ECU", "-")),
    ],
)
def test_the_asker_of_a_hostile_act_stands_against_its_target(text, pair):
    assert pair in edges(text)


def test_asking_to_end_an_act_asks_for_no_act_on_its_victim():
    # Chile's blockade is there; Peru asks it ended, it wants no blockade of Bolivia
    assert not {
        e
        for e in edges("Peru urged Chile to end its blockade of Bolivia.")
        if "PER" in e[:2] and "BOL" in e[:2]
    }


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Cambodia asked Malaysia to help.", ("KHM", "MYS", "+")),
        ("Somalia invited Turkey to mediate.", ("SOM", "TUR", "+")),
        ("Sudan appealed to Egypt to help end the war.", ("EGY", "SDN", "+")),
    ],
)
def test_a_favour_of_help_asked_is_a_request_to_the_one_asked(text, pair):
    assert pair in edges(text)


def test_urging_to_help_is_no_favour_asked():
    assert not edges("Kenya urged Uganda to help.")
