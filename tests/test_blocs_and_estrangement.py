"""States joined in a body, drawn closer or fallen out, as wire news tells them. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Burkina Faso, Mali and Niger formed a confederation.",
            {("BFA", "MLI", "+"), ("BFA", "NER", "+"), ("MLI", "NER", "+")},
        ),
        ("Kenya and Uganda established a joint force to patrol the border.", {("KEN", "UGA", "+")}),
        ("Niger formed an alliance with Chad.", {("NER", "TCD", "+")}),
        (
            "Eritrea and Egypt have drawn closer as both fall out with Ethiopia.",
            {("EGY", "ERI", "+"), ("EGY", "ETH", "-"), ("ERI", "ETH", "-")},
        ),
        ("Hungary has grown closer to Serbia.", {("HUN", "SRB", "+")}),
        ("The falling-out between Morocco and Algeria deepened.", {("DZA", "MAR", "-")}),
    ],
)
def test_bodies_formed_closeness_and_quarrels_between_states(text, pairs):
    assert pairs <= edges(text)


def test_warships_moving_closer_are_no_friendship():
    assert not edges("Russian warships moved closer to Japan.")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("India's test alarmed Pakistan.", ("IND", "PAK", "-")),
        ("Mali's decision frustrated France.", ("FRA", "MLI", "-")),
    ],
)
def test_an_act_that_alarms_or_frustrates_a_state_sets_it_against_the_doer(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Erdogan and Aliyev inaugurated a gas pipeline.", ("AZE", "TUR", "+")),
        ("Kenya and Uganda opened a railway line.", ("KEN", "UGA", "+")),
    ],
)
def test_states_opening_a_work_together_cooperate(text, pair):
    assert pair in edges(text)


def test_a_state_opening_its_own_bridge_is_no_act():
    assert not edges("Kenya opened a new bridge in Mombasa.")


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            'Kenya\'s foreign minister described relations with Tanzania as "excellent".',
            ("KEN", "TZA", "+"),
        ),
        ("Rabat described ties with Algiers as strained.", ("DZA", "MAR", "-")),
        ('Kenya signed a "historic" deal with Uganda.', ("KEN", "UGA", "+")),
    ],
)
def test_relations_told_good_or_bad_after_their_noun_and_scare_quotes(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Israel annexed the Golan Heights from Syria in 1981.", ("ISR", "SYR", "-")),
        ("Russia occupies part of Georgia.", ("GEO", "RUS", "-")),
    ],
)
def test_land_seized_from_a_state_or_a_part_of_it_occupied(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Paraguay reaffirmed its recognition of Taiwan.", ("PRY", "TWN", "+")),
        ("Spain's recognition of Palestine angered Israel.", ("ESP", "PSE", "+")),
    ],
)
def test_a_states_recognition_told_as_a_noun(text, pair):
    assert pair in edges(text)
