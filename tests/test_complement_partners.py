"""Arguments the surface and the parse must reach: a partner inside a verb's prepositional
complement, a subject before a time phrase, and strikes told by "hit" or "pound"
(sentences written for each class, about wars the development texts do not cover)."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text",
    [
        "Thailand agreed to a truce with Cambodia.",
        "Thailand agreed to a ceasefire with Cambodia on Monday.",
        "Thailand entered into talks with Cambodia over the temples.",
    ],
)
def test_the_partner_of_an_accord_the_verb_takes_through_a_preposition(text):
    assert ("KHM", "THA", "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone hit a building in Kyiv on Monday.",
        "Russian artillery pounded Ukrainian positions near the river.",
    ],
)
def test_a_states_arms_hitting_a_place_strike_its_state(text):
    assert edges(text) == {("RUS", "UKR", "-")}


def test_hitting_back_is_a_retort_not_a_strike():
    import alignkit

    an = alignkit.analyze_text("Russia hit back at the EU over the sanctions.")
    assert an.events["type"].tolist() == ["ACCUSE"]


@pytest.mark.parametrize(
    "when", ["on Monday", "on February 22", "last week", "earlier this month", "in 2024"]
)
def test_a_time_phrase_between_the_subject_and_its_verb(when):
    assert edges(f"Somalia {when} announced a defense agreement with Turkey.") == {
        ("SOM", "TUR", "+")
    }


def test_an_ambassador_recalled_from_where_he_is_posted():
    assert edges("Somalia recalled its ambassador in Ethiopia.") == {("ETH", "SOM", "-")}


def test_strikes_inside_a_state_aim_at_it():
    assert edges("Pakistan carried out retaliatory strikes inside Iran.") == {("IRN", "PAK", "-")}


@pytest.mark.parametrize(
    "text",
    [
        "The European Union adopted new sanctions on Iran.",
        "The U.S. Congress approved new sanctions on Iran.",
        "The EU agreed new sanctions against Iran.",
    ],
)
def test_adopting_sanctions_is_sanctioning_not_a_concession(text):
    assert {sign for *_, sign in edges(text)} == {"-"}


def test_a_states_legislature_acts_for_it():
    text = (
        "Venezuela's National Assembly approved the annexation, drawing condemnation from Guyana."
    )
    assert edges(text) == {("GUY", "VEN", "-")}


def test_a_named_foe_is_fought_where_it_is_not_the_place():
    text = "Uganda has fought the ADF in eastern Congo alongside Congolese troops."
    assert edges(text) == {("COD", "UGA", "+")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Colombia would not extradite the rebels to the United States.", {("COL", "USA", "-")}),
        ("Colombia did not extradite the rebels to the United States.", set()),
        ("Moscow would never abandon its Syrian friends.", set()),
    ],
)
def test_a_cooperation_refused_by_will_is_a_rejection_not_a_fact(text, expected):
    assert edges(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Spain does not recognise Kosovo.", "Spain has never recognised Kosovo's independence."],
)
def test_a_recognition_denied_is_a_refusal(text):
    assert edges(text) == {("ESP", "XKX", "-")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain engaged with Saudi Arabia on the peace process.", {("GBR", "SAU", "+")}),
        ("Egypt engaged Ethiopian officials on the dam.", {("EGY", "ETH", "+")}),
    ],
)
def test_engaging_with_a_state_or_its_officials_is_diplomacy(text, expected):
    assert edges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain engaged Saudi Arabia on the peace process.",
        "Britain tabled a resolution on Sudan with Norway.",
    ],
)
def test_diplomatic_engaging_and_tabling_are_no_attack_or_rejection(text):
    assert {sign for *_, sign in edges(text)} <= {"+"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ethiopia's port deal met with fierce opposition from Somalia.", {("ETH", "SOM", "-")}),
        ("Turkey received sharp criticism from Greece over the drilling.", {("GRC", "TUR", "-")}),
        ("The Israeli strike was met with condemnation from Qatar.", {("ISR", "QAT", "-")}),
    ],
)
def test_a_reaction_met_or_received_is_an_objection_not_a_meeting(text, expected):
    assert edges(text) == expected


def test_an_approval_drawn_aligns_the_one_it_comes_from():
    text = "Kenya's offer to lead the mission drew praise from the United States."
    assert edges(text) == {("KEN", "USA", "+")}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("In a phone call with Kenya's president, Blinken discussed the drought.", ("KEN", "USA")),
        (
            "Following a meeting with Sudan's army chief, Egypt's president pledged support.",
            ("EGY", "SDN"),
        ),
    ],
)
def test_a_fronted_meeting_phrase_is_the_clause_subjects(text, pair):
    assert (*pair, "+") in edges(text)


def test_a_state_named_inside_a_discussed_topic_is_no_partner():
    assert edges("Egypt and Sudan discussed the Ethiopian dam.") == {("EGY", "SDN", "+")}


def test_a_topic_discussed_with_a_state_makes_that_state_the_partner():
    text = "Blinken discussed Ethiopia's dam with Egypt's foreign minister."
    assert edges(text) == {("EGY", "USA", "+")}
