"""Classes of English that PLOVER-style one-sentence reports need, read in the nineteenth
session, each shown on sentences written for this file (other states, other wars): a
warning, an ultimatum or a reminder addressed to a party.
"""

from __future__ import annotations

from signed_edges import edges


def test_a_warning_or_an_ultimatum_addressed_to_a_party_threatens_it():
    assert edges("Chile issued a warning to Peru.") == {("CHL", "PER", "-")}
    assert edges("Ghana sent a stern ultimatum on Friday to Togo.") == {("GHA", "TGO", "-")}
    assert edges("Thailand gave a final warning to Laos over the dam.") == {("LAO", "THA", "-")}


def test_a_reminder_to_a_party_that_it_must_act_is_a_demand_on_it_alone():
    text = "Thailand issued a stern reminder to Laos that it must cooperate with Cambodia."
    assert edges(text) == {("LAO", "THA", "-")}


def test_a_warning_to_no_party_or_about_a_place_warns_no_state():
    assert edges("Chile issued a warning to travellers against visits to Peru.") == set()
    assert edges("Chile issued a warning against travel to Peru.") == set()
    assert edges("Chile issued a warning to its citizens about Peru.") == set()


def test_a_batch_a_wave_or_a_flotilla_of_a_states_forces_is_that_state():
    assert edges("A first batch of Nepalese peacekeepers arrived in Lebanon.") == {
        ("LBN", "NPL", "+")
    }
    assert edges("A fresh wave of Chadian troops crossed into Sudan.") == {("SDN", "TCD", "-")}
    text = "A flotilla of Chinese coast guard vessels entered Philippine waters."
    assert edges(text) == {("CHN", "PHL", "-")}


def test_people_handed_over_to_a_state_make_it_the_one_dealt_with():
    assert edges("Laos extradited two Thai dissidents to Thailand.") == {("LAO", "THA", "+")}
    assert edges("Chad handed over three Sudanese rebels to Khartoum.") == {("SDN", "TCD", "+")}
    # people of no state named with no state to receive them make no edge
    assert edges("Laos extradited two Thai dissidents.") == set()
