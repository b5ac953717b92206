"""A statement that judges an object phrase (welcomes, condemns, thanks, praises) is aimed at
the parties that phrase names as its own, not at the places, the people described or the
clauses inside it. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "The EU welcomes the decision by Kosovo to allow the entry of vehicles with "
            "Serbian licence plates.",
            ("EU", "XKX", "+"),
            "SRB",
        ),
        (
            "Brazil thanked the Saudi foreign minister for Saudi Arabia's help in "
            "evacuating Brazilian citizens from Sudan.",
            ("BRA", "SAU", "+"),
            "SDN",
        ),
        (
            "Chile praised Colombia's offer to host talks with negotiators from Venezuela.",
            ("CHL", "COL", "+"),
            "VEN",
        ),
    ],
)
def test_a_party_deep_in_the_judged_phrase_is_no_target(text, kept, dropped):
    found = edges(text)
    assert kept in found
    assert not any(dropped in e for e in found)


def test_a_place_near_the_victim_of_a_condemned_attack_is_no_target():
    text = "France condemned the attack on Malian soldiers near the border with Niger."
    assert not any("NER" in e for e in edges(text))


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Japan welcomed the progress Armenia and Azerbaijan have made toward peace.",
            ("ARM", "JPN"),
        ),
        ("Britain welcomed the renewed efforts under Indonesia's leadership.", ("GBR", "IDN")),
        ("Kenya condemned the strikes by Rwanda on Burundi.", ("KEN", "RWA")),
        ("Britain welcomed the conference hosted by France in Paris.", ("FRA", "GBR")),
    ],
)
def test_the_agent_or_leader_of_the_judged_act_is_its_target(text, pair):
    sign = "-" if "condemned" in text else "+"
    assert (*pair, sign) in edges(text)


@pytest.mark.parametrize(
    "text, defended",
    [
        ("Peru said the strikes were a clear violation of Ecuador's sovereignty.", "ECU"),
        ("Chile said the raid undermined the territorial integrity of Bolivia.", "BOL"),
    ],
)
def test_a_state_whose_sovereignty_is_told_violated_is_defended_not_opposed(text, defended):
    assert not any(defended in e for e in edges(text))


def test_a_concern_owned_by_a_state_is_that_states_not_aimed_at_it():
    import alignkit

    text = (
        "Source: https://usun.usmission.gov/remarks (U.S. Mission to the UN; public domain)\n"
        "Date: 2024-05-01\n\nRemarks\n\n"
        "We note Chile's concerns about security along its border.\n\n"
        "We understand Peru's legitimate security concerns."
    )
    an = alignkit.analyze_text(text)
    assert set(an.statements["stance"]) == {"neutral"}
    # the concern's object is still what it is aimed at
    assert ("KEN", "SOM", "-") in edges("Kenya voiced concern over Somalia's decision.")
