"""Relations of issue 23 read in the ninth session: the ground armed men hold in a state
(``their positions in eastern Chad``) and a state's adjective that opens the name of its
forces (``Rwandan Defense Forces``). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The mediators said Sudanese units must withdraw from their positions in eastern "
         "Chad.", ("SDN", "TCD")),
        ("Ethiopia insisted that Eritrean troops must withdraw from the areas they hold in "
         "Tigray, in northern Ethiopia.", ("ERI", "ETH")),
        ("Eritrean forces must withdraw from positions in northern Ethiopia.", ("ERI", "ETH")),
    ],
)  # fmt: skip
def test_a_withdrawal_asked_from_positions_in_a_state_tells_they_hold_its_ground(text, pair):
    assert (*pair, "-") in edges(text)


def test_positions_taken_in_a_debate_are_no_ground():
    assert not edges("Ghana and Kenya took similar positions in the debate.") & {
        ("GHA", "KEN", "-")
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The rebels and Eritrean Defense Forces must withdraw from Ethiopia.", ("ERI", "ETH")),
        ("CODECO and Rwandan Defense Forces must withdraw from eastern Congo.", ("COD", "RWA")),
        ("Kenya said the militias and Azerbaijani Armed Forces must withdraw from Armenia.",
         ("ARM", "AZE")),
    ],
)  # fmt: skip
def test_a_states_adjective_opening_its_forces_name_is_that_state(text, pair):
    assert (*pair, "-") in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Observers doubt the drones Iran received from Russia will fly soon.", ("IRN", "RUS")),
        ("Kenya welcomed the aid Somalia receives from Turkey.", ("SOM", "TUR")),
    ],
)  # fmt: skip
def test_help_named_before_the_clause_of_its_receipt_is_the_givers(text, pair):
    """ "the drones X received from Y": the thing given heads the clause telling who got it."""
    assert (*pair, "+") in edges(text)


def test_a_letter_named_before_its_receipt_is_no_help():
    assert not edges("Observers read the letter Iran received from Russia.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya's president spoke by phone with Turkish Minister of National Defense "
         "Yasar Guler to review joint naval patrols off Somalia.", ("KEN", "TUR")),
        ("Ghana's envoy met with Peruvian Minister of Defense John Doe to review the "
         "exercise.", ("GHA", "PER")),
    ],
)  # fmt: skip
def test_a_titled_name_the_parser_makes_a_subject_is_still_the_object_of_with(text, pair):
    """ "with [Minister of Defense John Doe] to discuss": the small parser takes the name for
    the subject of the infinitive; it is still whom the talks were with."""
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru thanked Chile for its steady help to Armenia in the face of Azerbaijan's "
         "renewed aggression.", ("ARM", "AZE")),
        ("Kenya pledged support for Somalia against al-Shabaab's attacks.",
         ("SOM", "al-shabaab")),
    ],
)  # fmt: skip
def test_an_armed_act_help_is_given_against_is_done_to_the_state_helped(text, pair):
    """ "support for X in the face of Y's war": the war the help is given against is Y's
    on X, though the act's phrase names no victim."""
    assert (*pair, "-") in edges(text)


def test_the_state_that_praises_help_is_not_the_one_helped():
    text = "Kenya praised Ghana's aid to Chad in the face of Sudan's brutal aggression."
    assert not {e for e in edges(text) if set(e[:2]) == {"GHA", "SDN"}}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Kenyan foreign minister met leaders in Ghana and Togo.", ("GHA", "KEN")),
        ("Ghana's president met senior officials in Afghanistan.", ("AFG", "GHA")),
        ("Peru's envoy held talks with counterparts in Chile.", ("CHL", "PER")),
    ],
)  # fmt: skip
def test_office_holders_told_by_the_state_they_are_in_are_its(text, pair):
    assert (*pair, "+") in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's envoy met opposition leaders in Venezuela.",
        "Kenya's envoy met religious leaders in Nigeria.",
    ],
)
def test_leaders_of_another_kind_in_a_state_are_not_its(text):
    assert not {e for e in edges(text) if e[2] == "+"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Eritrea and Ethiopia signed a truce after two years of bloody fighting.",
         ("ERI", "ETH")),
        ("Peru and Ecuador reopened their border crossings following months of clashes.",
         ("ECU", "PER")),
    ],
)  # fmt: skip
def test_a_fight_told_after_what_two_states_did_is_theirs(text, pair):
    assert (*pair, "-") in edges(text)


def test_a_fight_told_after_help_to_a_third_is_not_the_helpers():
    text = "Kenya and Ghana sent food to Sudan after months of fighting."
    assert ("GHA", "KEN", "-") not in edges(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Niger held the border town thanks to the help of Chadian soldiers.", ("NER", "TCD")),
        ("Haiti has failed to curb gang violence despite the assistance of police from "
         "Kenya.", ("HTI", "KEN")),
    ],
)  # fmt: skip
def test_help_the_subject_had_despite_or_thanks_to_is_given_to_it(text, pair):
    assert (*pair, "+") in edges(text)
