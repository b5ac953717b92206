"""Actors in any form: a state acting through its bodies, place names that embed an actor's
form, other spellings. Sentences written for these tests, about regions the dev set does not
cover (Sahel, Great Lakes, Central America, Pacific, Balkans)."""

from __future__ import annotations

import alignkit


def _rows(text: str) -> dict[str, tuple[str, str, int]]:
    an = alignkit.analyze_text(text)
    return {r.actor: (r.type, r.country, r.mentions) for r in an.actors.itertuples()}


def test_a_state_acting_through_its_forces_is_an_actor():
    rows = _rows("Burkinabe troops and Malian soldiers patrolled the border together.")
    assert rows["BFA"] == ("country", "BFA", 0)
    assert rows["MLI"] == ("country", "MLI", 0)


def test_a_state_acting_through_its_officials_is_an_actor():
    rows = _rows("The Salvadoran government recalled its envoy after Honduran officials spoke.")
    assert rows["SLV"][0] == "country"
    assert rows["HND"][0] == "country"


def test_a_capital_as_a_place_brings_no_state():
    rows = _rows("Delegates from the two movements held talks in Suva on Tuesday.")
    assert "FJI" not in rows
    assert rows["suva"][0] == "place"


def test_a_state_named_and_represented_has_one_row():
    rows = _rows("Serbia said Serbian police had withdrawn.")
    assert sum(1 for a in rows if a == "SRB") == 1
    assert rows["SRB"][2] >= 1
