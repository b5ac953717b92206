"""Relations of issue 23 read in the eighteenth session on batches Q to W (other wars): a
state linked by another to a harm is accused by it. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("A Kenyan government spokesman, speaking on Monday, linked Somalia directly to the "
         "renewed fighting along the border.", ("KEN", "SOM", "-")),
        ("Colombia tied Venezuela to the bombings in Cucuta.", ("COL", "VEN", "-")),
        ("Ethiopia is linking Egypt to the unrest in the Amhara region, officials said.",
         ("EGY", "ETH", "-")),
    ],
)  # fmt: skip
def test_a_state_linked_to_a_harm_is_accused(text, edge):
    es = edges(text)
    assert edge in es and (*edge[:2], "+") not in es, es


@pytest.mark.parametrize(
    "text",
    [
        "Iran has been linked to the violence in Iraq.",
        "Kenya and Tanzania linked their power grids last year.",
    ],
)
def test_a_link_that_lays_no_blame_is_no_accusation(text):
    assert not any(e[2] == "-" for e in edges(text)), edges(text)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("The raids by Chadian troops, including the strike on Bol, are a violation of "
         "Nigeria's sovereignty.", ("NGA", "TCD", "-")),
        ("The shelling by Tajik troops, notably the attack on Batken, is a violation of "
         "Kyrgyzstan's territorial integrity.", ("KGZ", "TJK", "-")),
        ("The incursions by the Rwanda Defence Force (RDF), including the seizure of a "
         "border post, are a violation of Burundi's sovereignty.", ("BDI", "RWA", "-")),
    ],
)  # fmt: skip
def test_a_subject_before_a_parenthesis_of_examples_does_the_act(text, edge):
    assert edge in edges(text), edges(text)


def test_parties_inside_the_parenthesis_stay_the_subject():
    es = edges("Several governments, including Ghana and Togo, have condemned Burkina Faso.")
    assert {("BFA", "GHA", "-"), ("BFA", "TGO", "-")} <= es, es


@pytest.mark.parametrize(
    ("text", "edge", "not_edge"),
    [
        ("Chile praised the efforts of Brazil to convene Peru and Bolivia for talks.",
         ("BOL", "BRA", "+"), ("BOL", "CHL", "+")),
        ("Italy commended the efforts of Algeria to convene Mali and Niger for talks.",
         ("DZA", "MLI", "+"), ("ITA", "MLI", "+")),
        ("Italy commended Tunisia's announcement to support the Libyan coast guard.",
         ("LBY", "TUN", "+"), ("ITA", "LBY", "+")),
    ],
)  # fmt: skip
def test_the_owner_of_an_intention_does_its_act(text, edge, not_edge):
    es = edges(text)
    assert edge in es and not_edge not in es, es


def test_a_mediator_between_an_army_and_rebels_backs_neither():
    es = edges("Kenya offered to facilitate talks between the Sudanese Armed Forces and the "
               "Rapid Support Forces.")  # fmt: skip
    assert ("KEN", "SDN", "-") not in es, es


def test_help_to_rebels_alone_still_backs_them():
    es = edges("Rwanda supplied weapons to the M23 rebels, who attacked Congolese troops.")
    assert ("COD", "RWA", "-") in es, es


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("The Rwandan-led mission in the Central African Republic began its patrols.",
         ("CAF", "RWA", "+")),
        ("The mission to Somalia, led by Uganda, will grow to 5,000 troops.",
         ("SOM", "UGA", "+")),
        ("Ministers hailed the arrival of the first units of the regional mission in "
         "Mozambique and praised Rwanda's leadership of this mission.", ("MOZ", "RWA", "+")),
        ("A regional mission arrived in Liberia on Monday. This effort is led by Nigeria, "
         "officials said.", ("LBR", "NGA", "+")),
    ],
)  # fmt: skip
def test_the_leader_of_a_mission_helps_the_state_it_serves(text, edge):
    es = edges(text)
    assert edge in es and (*edge[:2], "-") not in es, es


@pytest.mark.parametrize(
    "text",
    [
        "The French-led coalition in the Sahel struck a convoy.",
        "Nigeria led the talks in Ghana.",
        "The force is led by Nigeria.",
    ],
)
def test_no_mission_or_no_served_state_gives_no_leader_edge(text):
    assert not any(e[2] == "+" for e in edges(text)), edges(text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Reporters were briefed on Lavrov's upcoming trip to Mali and Niger.",
         {("MLI", "RUS", "+"), ("NER", "RUS", "+")}),
        ("The Indian foreign minister's travel to Nepal begins on Sunday.", {("IND", "NPL", "+")}),
    ],
)  # fmt: skip
def test_a_journey_to_a_state_is_a_visit(text, pairs):
    assert pairs <= edges(text), edges(text)


def test_a_travel_ban_is_no_visit():
    assert ("IRN", "USA", "+") not in edges("Washington imposed a travel ban on Iran.")


def test_three_states_set_off_by_commas_alone_are_a_list():
    es = edges("Reporters were briefed on Lavrov's upcoming trip to Mali, Niger, Chad, Sudan.")
    assert {("MLI", "RUS", "+"), ("NER", "RUS", "+"), ("RUS", "TCD", "+")} <= es, es
    assert ("RUS", "SDN", "+") in es, es


def test_two_states_set_off_by_a_comma_stay_apart():
    es = edges("Russia sent troops to Mali, Nigerien officials said.")
    assert not any("NER" in e[:2] for e in es), es


def test_in_support_of_supports_no_party_before_it():
    ev = alignkit.analyze_text("Eritrea attacked Ethiopia in support of the rebels.",
                               publication_date="2024-05-01").events  # fmt: skip
    assert not (ev.type == "SUPPORT").any(), ev[["source", "target", "type"]]


def test_in_solidarity_with_still_supports_the_party_after_it():
    assert ("GHA", "TGO", "+") in edges("Ghana marched in solidarity with Togo.")


def test_their_governments_are_the_pair_named_before():
    es = edges("The envoy met the presidents of Chad and Niger, and their governments have "
               "accepted Ghana's proposal to end the dispute.")  # fmt: skip
    assert {("GHA", "NER", "+"), ("GHA", "TCD", "+")} <= es, es


def test_their_joint_statement_is_shared_by_the_states_before_it():
    es = edges("Chile praised the mediation of Peru and Bolivia and endorsed their joint "
               "statement on the border.")  # fmt: skip
    assert ("BOL", "PER", "+") in es, es
