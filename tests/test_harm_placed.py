"""An armed act told by a noun that is the subject of its harm (``An Israeli strike killed
three people in Lebanon``) aims at the state where the harm fell; a demonym before a weapon
(``Russian missile strikes``) names the act's agent. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    "text, pair",
    [
        ("An Israeli strike on Tuesday killed three people in Lebanon.", ("ISR", "LBN", "-")),
        ("Israeli shelling killed two civilians in southern Lebanon.", ("ISR", "LBN", "-")),
        ("A Saudi-led airstrike destroyed a bridge in Yemen.", ("SAU", "YEM", "-")),
        ("Russian missile strikes hit power plants across Ukraine.", ("RUS", "UKR", "-")),
        ("Israeli drone attacks killed two people in Syria.", ("ISR", "SYR", "-")),
    ],
)
def test_the_state_where_an_armed_acts_harm_fell_is_its_target(text, pair):
    assert pair in edges(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        # armed men struck are the target, not the state they are in
        ("A Turkish strike killed 12 rebels in northern Iraq.", ("IRQ", "TUR")),
        ("A Kenyan airstrike killed 20 militants in Somalia.", ("KEN", "SOM")),
    ],
)
def test_no_state_is_struck_when_the_harm_fell_on_armed_men(text, pair):
    assert not {e for e in edges(text) if e[:2] == pair}


def test_its_after_the_acts_own_preposition_is_the_wronged_state():
    text = "The Philippines protested after Chinese vessels fired water cannon at its supply boat."
    assert ("CHN", "PHL", "-") in edges(text)


def test_its_inside_the_act_before_its_preposition_is_the_agents_own():
    assert ("KEN", "SOM", "-") in edges("Kenya ended its defence pact with Somalia.")
