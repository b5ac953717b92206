"""Acts two states share: named together as the subject, they act with each other only when
the act is mutual (an offer, a pledge or a reaction they share is aimed at someone else);
an armed operation *with* a state is done together with it. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Djibouti offered to mediate.",
        "Japan and Australia said they would send aid.",
        "Norway and Iceland pledged to help the refugees.",
    ],
)
def test_a_shared_intent_is_no_agreement_between_those_who_state_it(text):
    assert edges(text) == set()


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Somalia and Ethiopia reached a deal.", ("ETH", "SOM")),
        ("Pakistan and Afghanistan resumed negotiations.", ("AFG", "PAK")),
        ("Kenya and Uganda signed a trade deal.", ("KEN", "UGA")),
        ("Egypt and Sudan announced an agreement on the dam.", ("EGY", "SDN")),
    ],
)
def test_a_mutual_act_of_two_subjects_joins_them(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Egypt welcomed the agreement and called for calm.",
        "Brazil and Chile welcomed the talks.",
        "Peru and Chile praised the deal.",
    ],
)
def test_states_that_judge_an_act_are_not_its_parties(text):
    assert edges(text) == set()


def test_a_noun_inside_another_phrase_is_not_the_support_verbs_object():
    assert edges("Kenya hosts refugees from the conflict in Somalia.") == set()
    assert ("CHN", "TWN", "-") in edges("China staged large-scale drills around Taiwan.")


def test_a_denied_act_names_no_side_of_a_war():
    text = (
        "Ethiopia warned Eritrea over its troop build-up.\n\n"
        "Abiy said Ethiopia had no intention of invading anyone.\n\n"
        "Refugees fleeing the war in Sudan continued to cross into Ethiopia."
    )
    assert {e[:2] for e in edges(text)} == {("ERI", "ETH")}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Britain will conduct flight operations with Guyana this week.", ("GBR", "GUY")),
        ("Nigeria conducted airstrikes against Boko Haram with Chad.", ("NGA", "TCD")),
    ],
)
def test_an_armed_operation_with_a_state_is_done_together(text, pair):
    between_states = {e for e in edges(text) if e[0].isupper() and e[1].isupper()}
    assert between_states == {(*pair, "+")}


def test_an_armed_act_with_weapons_still_strikes_its_target():
    assert edges("Russia attacked Ukraine with Iranian drones.") == {("RUS", "UKR", "-")}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("U.S. and Philippine troops held drills on Friday.", ("PHL", "USA")),
        ("Kenyan and Ugandan warships staged drills off the coast.", ("KEN", "UGA")),
        ("French and Indian jets held an air exercise.", ("FRA", "IND")),
        ("Peru and Chile concluded a joint exercise on Friday.", ("CHL", "PER")),
    ],
)
def test_a_show_of_force_aimed_at_no_one_by_two_states_is_held_together(text, pair):
    assert edges(text) == {(*pair, "+")}


def test_a_show_of_force_near_a_third_state_stays_aimed_at_it():
    got = edges("Russian and Belarusian troops launched drills near the Polish border.")
    assert ("POL", "RUS", "-") in got
    assert edges("The UN urged both sides to exercise restraint.") == set()


@pytest.mark.parametrize(
    "text, members",
    [
        ("The US works with partners, including Peru.", {"PER"}),
        (
            "The EU will work with regional partners, in particular Brazil and Chile, "
            "to support a solution.",
            {"BRA", "CHL"},
        ),
        ("Kenya will cooperate with its neighbours, notably Uganda.", {"UGA"}),
    ],
)
def test_the_members_a_group_of_partners_lists_are_the_partners(text, members):
    got = edges(text)
    assert {b if a in ("USA", "EU", "KEN") else a for a, b, _ in got} == members
    assert {s for *_, s in got} == {"+"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile clashed. Brazil, which has close ties with both countries, "
        "offered to mediate.",
        "Peru and Chile clashed. Brazil has good relations with both nations.",
        "Peru and Chile clashed. Brazil held talks with the two sides.",
        "Brazil has close ties with both Peru and Chile.",
    ],
)
def test_both_countries_are_the_pair_named_together_before(text):
    got = edges(text)
    assert ("BRA", "CHL", "+") in got and ("BRA", "PER", "+") in got


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Russian mercenaries have fought alongside Malian troops.", ("MLI", "RUS", "+")),
        ("Turkish instructors trained Somali soldiers.", ("SOM", "TUR", "+")),
    ],
)
def test_fighters_and_trainers_a_state_sends_act_for_it(text, edge):
    assert edge in edges(text)


def test_a_purchase_of_arms_from_a_state_is_its_supply():
    assert edges("Argentina bought 24 F-16 fighter jets from Denmark.") == {("ARG", "DNK", "+")}
    assert edges("Kenya bought a house from a Ugandan businessman.") == set()


@pytest.mark.parametrize(
    "text, edge",
    [
        ("Saudi Arabia carried out airstrikes on Yemen.", ("SAU", "YEM", "-")),
        ("Israel carried out air strikes on Beirut.", ("ISR", "LBN", "-")),
        ("Israel mounted raids on Lebanon.", ("ISR", "LBN", "-")),
        ("Russia waged war on Ukraine.", ("RUS", "UKR", "-")),
    ],
)
def test_an_armed_act_carried_out_or_mounted_is_its_subjects(text, edge):
    assert edges(text) == {edge}


def test_a_carried_out_inquiry_is_no_act():
    assert edges("Kenya carried out an investigation into the attack on Somalia.") == set()


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The deal, signed by Niger and Mali, creates a joint force.", ("MLI", "NER")),
        ("The pact signed by Morocco and Israel in 2020 normalized ties.", ("ISR", "MAR")),
    ],
)
def test_an_agreement_told_as_signed_by_two_states_is_theirs(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "text, edge",
    [
        ("The US-led coalition bombed Iraq.", ("IRQ", "USA", "-")),
        ("The Saudi-led coalition carried out airstrikes on Yemen.", ("SAU", "YEM", "-")),
    ],
)
def test_a_force_a_state_leads_acts_for_it(text, edge):
    assert edges(text) == {edge}
