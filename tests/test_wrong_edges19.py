"""Wrong edges of issue 23 read in the nineteenth session: a movement that acts for a state
only while it rules it, a measure named by the state it targets, a relation told as absent
or lacking, a bare ``link`` that asserts a tie, and states that each open relations with a
partner the text names by a plain noun. Every sentence is written for these tests."""

from __future__ import annotations

from signed_edges import edges

import alignkit


def _edges_on(text: str, date: str) -> set[tuple[str, str, str]]:
    an = alignkit.analyze_text(text, publication_date=date)
    return {
        (*sorted((a, b)), "+" if d["sign"] > 0 else "-") for a, b, d in an.network.edges(data=True)
    }


def test_a_movement_acts_for_the_state_only_while_it_rules_it():
    text = "Taliban fighters attacked a Tajik border post."
    assert _edges_on(text, "2012-03-04") == set()  # an insurgency: the group, not the state
    assert ("AFG", "TJK", "-") in _edges_on(text, "2023-03-04")
    assert ("AFG", "TJK", "-") in _edges_on(text, "1998-03-04")  # Kabul held 1996-2001


def test_a_sanctions_measure_named_by_its_target_is_no_stance_towards_it():
    said = "Kenya said it supports the resolution renewing the Chad and Sudan sanctions regimes."
    assert not {e for e in edges(said) if {"TCD", "SDN"} & set(e)}
    # a state supported in its own name stays supported
    assert ("KEN", "SDN", "+") in edges("Kenya said it strongly supports Sudan.")


def test_a_relation_told_as_absent_or_lacking_is_none():
    assert edges("The absence of normal relations between Chad and Sudan hurts trade.") == set()
    assert edges("The lack of diplomatic ties between Peru and Chile worries traders.") == set()
    assert edges("Bolivia and Chile lack diplomatic relations.") == set()
    assert ("BOL", "CHL", "+") in edges("Bolivia and Chile restored diplomatic relations.")


def test_a_bare_link_asserts_a_tie_and_makes_no_cooperation():
    # linking a state to unrest or smuggling accuses it (events.csv); it never cooperates
    for text in (
        "The Malian envoy linked Algeria to the unrest in the north.",
        "Officials in Lima linked Bolivia directly to the smuggling.",
        "The report linked the two ministries.",
    ):
        assert not any(sign == "+" for *_, sign in edges(text))


def test_states_that_each_open_relations_with_a_partner_are_not_partners_of_each_other():
    assert edges("Ghana and Togo restored ties with the kingdom.") == set()
    text = "Chile, Peru and Ecuador opened full diplomatic relations with the new state."
    assert edges(text) == set()
    # with no such partner, or with a qualifying phrase, the states deal with each other
    assert ("GHA", "TGO", "+") in edges("Ghana and Togo restored ties.")
    assert ("GHA", "TGO", "+") in edges("Ghana and Togo restored ties with the support of the UN.")
    assert ("GHA", "TGO", "+") in edges("Ghana and Togo held talks with their counterparts.")


def test_an_act_needed_of_its_parties_is_not_yet_done():
    text = "Norway stressed the need for Peru and Chile to resume talks on the border."
    assert ("CHL", "PER", "+") not in edges(text)
    text = "The rise in tension shows the importance for Ghana and Togo to engage in dialogue."
    assert ("GHA", "TGO", "+") not in edges(text)
    assert ("CHL", "PER", "+") not in edges("It is vital for Peru and Chile to restore ties.")
    # a need for a thing, not of the parties, leaves the sentence's acts as they are
    assert ("CHL", "PER", "+") in edges("Peru and Chile resumed talks on the need for calm.")
