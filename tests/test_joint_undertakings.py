"""States told as members or participants of one undertaking, and a visitor's itinerary
(issue 23): ``Chilean and Peruvian participants``, ``a commission made up of officials
from A and B``, ``a tour of the region that will include A and B``. Sentences written for
these tests, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The workshop drew Chilean, Peruvian and Bolivian participants to Lima.",
         [("BOL", "CHL"), ("CHL", "PER"), ("BOL", "PER")]),
        ("Nearly 300 trainees from Ghana, Togo and Benin finished the course on Friday.",
         [("BEN", "GHA"), ("GHA", "TGO"), ("BEN", "TGO")]),
        ("Participating nations included Senegal and Gambia, the army said.",
         [("GMB", "SEN")]),
    ],
)  # fmt: skip
def test_participants_of_several_states_take_part_together(text, pairs):
    found = edges(text)
    for pair in pairs:
        assert (*pair, "+") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The border commission is made up of two officials from Peru and two from Ecuador "
         "and three experts from the Chilean government.", ("CHL", "PER")),
        ("A coalition whose members include Norway and Iceland patrols the fishing grounds.",
         ("ISL", "NOR")),
        ("The task force, which includes the Philippines and Vietnam, met in Hanoi.",
         ("PHL", "VNM")),
        ("A force of 1,200 soldiers from Rwanda and Burundi will guard the gas fields.",
         ("BDI", "RWA")),
        ("Colombia and Ecuador are both members of the regional task force on trafficking.",
         ("COL", "ECU")),
    ],
)  # fmt: skip
def test_the_states_a_body_is_made_up_of_cooperate(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel is a region comprising Mali, Niger and Chad.",  # a region, no body
        "The mission included visits to Mali and Niger.",  # visits, not members
        "Malian participants arrived while Nigerien officials stayed home.",  # one state each
        "Mali and Niger are members of the Security Council this year.",  # no joint body
    ],
)
def test_co_listed_states_without_a_joint_body_are_not_paired(text):
    found = edges(text)
    assert not {e for e in found if {"MLI", "NER"} == set(e[:2])}


@pytest.mark.parametrize(
    ("text", "visitor", "stops"),
    [
        ("Japan's foreign minister Yoko Kamikawa is on the first leg of a tour of Africa "
         "that will include Kenya and Nigeria.", "JPN", ("KEN", "NGA")),
        ("Mr Lavrov's stop in Cairo was part of a regional tour during which he also met "
         "leaders in Jordan and Iraq.", "RUS", ("JOR", "IRQ")),
        ("During a trip with stops in Fiji and Samoa, the Australian foreign minister "
         "signed two agreements.", "AUS", ("FJI", "WSM")),
    ],
)  # fmt: skip
def test_a_visitor_visits_each_stop_of_a_tour_and_the_stops_are_not_paired(text, visitor, stops):
    found = edges(text)
    for stop in stops:
        assert (*sorted((visitor, stop)), "+") in found
    assert not {e for e in found if set(stops) == set(e[:2])}


@pytest.mark.parametrize(
    ("text", "visitor", "stops"),
    [
        ("Mr Lavrov's stop in Cairo opens a regional tour that will also take him to Jordan "
         "and Iraq.", "RUS", ("IRQ", "JOR")),
        ("Kenyan President William Ruto's itinerary includes Ghana and Togo.", "KEN",
         ("GHA", "TGO")),
    ],
)  # fmt: skip
def test_the_stops_a_tour_takes_its_traveller_to(text, visitor, stops):
    found = edges(text)
    for stop in stops:
        assert (*sorted((visitor, stop)), "+") in found


def test_a_place_of_a_war_named_during_a_trip_is_no_stop():
    found = edges("On a tour of the Gulf during which he discussed the war in Sudan, Mr "
                  "Lavrov met the Emir of Qatar.")  # fmt: skip
    assert not {e for e in found if "SDN" in e[:2]}


@pytest.mark.parametrize(
    "text", ["The group of", "He began a tour that will include", "Ghana sent participants from"]
)
def test_a_phrase_that_ends_the_text_names_no_member_or_stop(text):
    assert not edges(text)
