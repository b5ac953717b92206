"""A state that asks another to act against a third stands against the third. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges

import alignkit


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


def test_a_briefers_honorific_label_is_not_the_president_of_that_surname():
    text = (
        "Source: https://www.state.gov/briefings/x (U.S. Department of State, Department "
        "Press Briefing)\nDate: 2025-04-10\n\nDepartment Press Briefing\n\n"
        "MR. LEE: Good afternoon. We welcome Brazil's efforts.\n\n"
        "QUESTION: Anything on Chile?\n\nMR. LEE: We support Chile's government."
    )
    an = alignkit.analyze(alignkit.parse_article(text))
    assert set(an.statements.speaker) == {"lee"}
    assert ("BRA", "USA") in {tuple(sorted(e)) for e in an.network.edges()}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The United States will hold Russia accountable.", ("RUS", "USA", "-")),
        ("The Netherlands said it would hold Russia responsible.", ("NLD", "RUS", "-")),
    ],
)
def test_a_state_held_accountable_is_blamed(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Guyana briefed Brazil on the situation.", ("BRA", "GUY", "+")),
        ("Kenya informed Uganda of its decision.", ("KEN", "UGA", "+")),
    ],
)
def test_a_state_briefed_or_informed_is_consulted(text, pair):
    assert pair in edges(text)


def test_a_council_briefing_on_a_state_is_no_consultation_of_it():
    an = alignkit.analyze_text("Remarks at a UN Security Council Briefing on Libya.")
    assert not len(an.events)


def test_the_state_a_warning_is_said_to_is_its_target():
    text = "Egypt warned Ethiopia that filling the dam without an agreement was a red line."
    assert ("EGY", "ETH", "-") in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Somalia's accusations against Kenya have strained ties.", ("KEN", "SOM", "-")),
        ("Kenya denied Somali accusations of meddling.", ("KEN", "SOM", "-")),
        (
            "Chad denied Sudanese claims that it allowed weapons to cross its territory.",
            ("SDN", "TCD", "-"),
        ),
        ("Sudan complained about Chadian support for the RSF.", ("SDN", "TCD", "-")),
    ],
)
def test_accusations_and_complaints_told_as_nouns_and_their_denials(text, pair):
    assert pair in edges(text)


def test_denying_ones_own_act_opposes_no_one():
    assert not edges("Kenya denied that it had sent troops.")


def test_the_owner_of_a_hostile_act_in_a_friendly_statement_is_no_friend():
    text = "Mexico expressed solidarity with Cuba in the face of the U.S. embargo."
    assert ("CUB", "MEX", "+") in edges(text)
    assert ("MEX", "USA", "+") not in edges(text)


def test_their_after_a_they_is_theirs_not_a_pair_in_a_phrase():
    text = (
        "They welcome the mediation efforts of Angola and Kenya and express their full "
        "support for the talks, France said."
    )
    assert not {e for e in edges(text) if e[:2] == ("AGO", "KEN")}


@pytest.mark.parametrize(
    "text",
    [
        "France expressed its full support for the Luanda and Nairobi processes.",
        "Kinshasa rejected the Doha talks.",
    ],
)
def test_a_city_that_names_a_process_or_talks_is_no_party(text):
    assert not {e for e in edges(text) if {"AGO", "KEN", "QAT"} & set(e[:2])}
