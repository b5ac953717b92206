"""Classes of English that PLOVER-style one-sentence reports need, each shown on sentences
written for this file (other states, other wars): peacekeepers or police who arrive in a
state serve it.
"""

from __future__ import annotations

from signed_edges import edges


def test_peacekeepers_who_arrive_in_a_state_serve_it():
    # troops qualified as peacekeepers (or police) are no show of force in their host
    assert edges("Nepalese peacekeeping troops arrived in Lebanon on Tuesday.") == {
        ("LBN", "NPL", "+")
    }
    assert edges("A contingent of Ghanaian peacekeeping soldiers arrived in Liberia.") == {
        ("GHA", "LBR", "+")
    }
    assert edges(
        "Uruguayan peacekeeping troops arrived in Congo on Monday, joining a larger force"
        " already deployed there, officials said."
    ) == {("COD", "URY", "+")}


def test_troops_who_arrive_unqualified_say_nothing_of_their_host():
    # an arrival of armed men may be a deployment with the host or an incursion on it
    assert edges("Russian troops arrived in Belarus on Monday.") == set()
    assert edges("Rwandan troops arrived in Mozambique last week.") == set()
