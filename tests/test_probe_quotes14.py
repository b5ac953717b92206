"""Statements and actors on texts the kit was not tuned on (issue 20, ninth session): each
class of miss seen on the readable conflict texts, on sentences written for these tests
(other wars, other outlets)."""

from __future__ import annotations

from said import said

import alignkit


def _said(text: str) -> list[tuple]:
    return said(text, "name", "cue", "content")


def _people(text: str) -> list[str]:
    an = alignkit.analyze_text(text)
    return sorted(an.actors.loc[an.actors["type"] == "person", "name"])


def test_a_name_before_a_capitalized_title_in_apposition_is_a_person():
    text = (
        "Talks\n\nThe envoys met Ingrid Solveig Dahl, Minister of International Development"
        " of Norway, in Oslo. Later they were joined by Kwame Mensah, Secretary-General"
        " of the Commonwealth."
    )
    assert _people(text) == ["Ingrid Solveig Dahl", "Kwame Mensah"]
    an = alignkit.analyze_text(text)
    assert an.actors.set_index("name").at["Ingrid Solveig Dahl", "country"] == "NOR"


def test_a_place_before_a_titled_name_is_no_person():
    text = "Talks\n\nIn San Salvador, Minister Jane Roe met the envoy."
    assert _people(text) == ["Jane Roe"]


def test_a_label_in_capitals_is_the_person_named_in_mixed_case():
    text = (
        "Briefing on Chad\n\nMODERATOR: We are joined by Carla Beatriz McAllister, Special Envoy"
        " for the Sahel. Special Envoy McAllister, over to you.\n"
        "SPECIAL ENVOY MCALLISTER: Thank you. We welcome the truce between Chad and Sudan.\n"
        "MODERATOR: Thank you."
    )
    assert _people(text) == ["Carla Beatriz McAllister"]
    assert {n for n, c, _ in _said(text)} == {"Carla Beatriz McAllister"}
