"""Rebels fight the state they are in: a state that backs them is at war with that state
by proxy, also when a speaker only asks it to end that backing. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Rwanda supports M23 rebels in Congo.", ("COD", "RWA", "-")),
        ("Kenya urged Rwanda to end its support for M23 rebels in Congo.", ("COD", "RWA", "-")),
        (
            "Washington called on Rwanda to stop backing the M23 rebels in eastern Congo.",
            ("COD", "RWA", "-"),
        ),
    ],
)
def test_the_patron_of_rebels_in_a_state_fights_that_state(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        # militants say nothing of whom they fight: Hezbollah's patron is no foe of Lebanon
        ("Iran's support for Hezbollah militants in Lebanon worries Israel.", ("IRN", "LBN")),
        # a denied or asked-for help is no help
        ("Rwanda denied supporting M23 rebels in Congo.", ("COD", "RWA")),
        ("Uganda urged Rwanda to support M23 rebels in Congo.", ("COD", "RWA")),
    ],
)
def test_no_proxy_war_without_rebels_or_real_backing(text, pair):
    assert not {e for e in edges(text) if e[:2] == pair}


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Boko Haram fighters attacked a Cameroonian army base on Sunday. "
            "Officials in Yaounde said Libya had armed Boko Haram for years.",
            ("CMR", "LBY", "-"),
        ),
        (
            "Al-Shabaab fighters attacked a Kenyan police post near the coast. "
            "The African Union said Eritrea had funded al-Shabaab.",
            ("ERI", "KEN", "-"),
        ),
    ],
)
def test_a_patron_told_apart_from_its_groups_attack_fights_the_state_attacked(text, pair):
    """The story tells whom the group fights in one sentence and who backs it in another."""
    assert pair in edges(text)


def test_a_group_attacked_by_a_state_makes_its_patron_no_foe_of_that_state():
    text = "Kenya said Iran had armed the Houthis. Saudi jets attacked Houthi camps."
    assert not {e for e in edges(text) if set(e[:2]) == {"IRN", "SAU"}}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Angola asked Rwanda to end its support to M23.", ("COD", "RWA", "-")),
        ("Abuja accused Libya of arming Boko Haram.", ("LBY", "NGA", "-")),
        ("The report found that Venezuela sheltered and funded the ELN.", ("COL", "VEN", "-")),
    ],
)
def test_the_patron_of_rebels_the_codebook_knows_fights_their_state(text, pair):
    """rebel_hosts.csv: the state a rebel group is at war with need not be named."""
    assert pair in edges(text)


def test_a_group_the_codebook_gives_no_foe_makes_its_patron_none():
    # Hezbollah is at war with no state of the table: its patron is no foe of Lebanon
    assert not {e for e in edges("Iran funds Hezbollah.") if "LBN" in e}


@pytest.mark.parametrize(
    "text",
    [
        "Chile welcomed the talks between Congo and the M23 rebels in Goma.",
        "Norway praised the dialogue between Bogota and the ELN rebels in Colombia.",
    ],
)
def test_welcoming_talks_with_rebels_is_no_backing_of_their_fight(text):
    assert not {e for e in edges(text) if e[2] == "-"}
