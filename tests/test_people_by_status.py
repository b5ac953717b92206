"""People the codebook lacks, named by an occupation or a status ("American missionary Jane
Roe", "Ana Ruiz, a British national,"): sentences written for the class."""

from __future__ import annotations

import pytest

import alignkit


def people(text: str) -> list[list[str]]:
    an = alignkit.analyze_text(text)
    return an.actors.loc[an.actors["type"] == "person", ["name", "country"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "The embassy mourned American missionary Carla Wesson and the other victims.",
        "Kenyan aid worker Carla Wesson was released on Monday.",
    ],
)
def test_a_status_noun_before_a_name_introduces_a_person(text):
    assert [name for name, _ in people(text)] == ["Carla Wesson"]


def test_a_status_appositive_gives_the_persons_state():
    assert people("Iran freed Ana Ruiz, a British national, on Monday.") == [["Ana Ruiz", "GBR"]]


def test_a_status_noun_never_makes_a_person_act_for_a_state():
    an = alignkit.analyze_text("Iran freed Ana Ruiz, a British national, on Monday.")
    assert an.tagged.actor("ana-ruiz").stands_for == ""


def test_a_typographic_apostrophe_stays_inside_a_name():
    text = "The talks were led by Irish envoy Sean O’Brien and U.S. envoy Ana Ruiz."
    assert sorted(name for name, _ in people(text)) == ["Ana Ruiz", "Sean O’Brien"]
