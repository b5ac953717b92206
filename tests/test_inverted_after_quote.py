"""A cue right after a quotation's closing mark inverts: the party after it is the
quotation's speaker, even when ``of`` or ``for`` follows the name (``"...?" asked Sen. Jane
Roe of Ohio``), where a cue that acts on a party would take it for its object elsewhere
(``accused Sudan of ...``). Sentences written for these tests."""

from __future__ import annotations

from said import said


def test_a_name_with_its_seat_after_an_inverted_cue_is_the_speaker():
    text = "“Who will rebuild the bridge?” asked Senator Maria Lopes of Minas Gerais."
    assert said(text, "name", "cue", "kind") == [("Maria Lopes", "asked", "direct")]


def test_a_cue_that_acts_on_a_party_keeps_its_object():
    text = "The foreign minister accused Sudan of arming the rebels in Darfur."
    assert all(n != "Sudan" for (n,) in said(text, "name"))
