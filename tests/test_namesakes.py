"""A known person's surname or given name, written as part of another's full name, is
that other person: ``Zhao Leji`` is not Zhao Lijian, ``Austin Tice`` not Lloyd Austin.
Sentences written for these tests."""

from __future__ import annotations

import alignkit


def _people(text: str) -> dict[str, str]:
    an = alignkit.analyze_text("Talks resume\n\n" + text)
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def test_a_chinese_family_name_starts_another_name():
    people = _people("Zhao Leji, China's top legislator, met the visiting delegation.")
    assert "Zhao Leji" in people
    assert "Zhao Lijian" not in people


def test_a_hyphened_given_name_is_not_the_press_secretary():
    people = _people(
        "Jean-Pierre Lacroix, the U.N. peacekeeping chief, said the mission in Mali was "
        "under strain."
    )
    assert "Jean-Pierre Lacroix" in people
    assert "Karine Jean-Pierre" not in people


def test_a_korean_family_name_after_a_title():
    people = _people("North Korea's U.N. ambassador Kim Song rejected the statement.")
    assert "Kim Song" in people
    assert "Kim Jong Un" not in people


def test_the_surname_alone_is_still_the_known_person():
    people = _people("Kim said the test was a success, and Xi Jinping sent a message.")
    assert people.get("Kim Jong Un") == "PRK"


def test_a_title_case_headline_keeps_the_surname():
    an = alignkit.analyze_text(
        "Austin, Marape Discuss Security Ties\n\nThe two leaders met at the Pentagon."
    )
    assert "lloyd-austin" in set(an.actors.actor)


def test_a_known_person_with_the_given_name_spelled_another_way():
    an = alignkit.analyze_text(
        "Talks in Cairo\n\nSecretary of State Anthony J. Blinken met the envoy."
    )
    assert "antony-blinken" in set(an.actors.actor)


def test_a_monarch_named_with_the_title_keeps_the_codebooks_name():
    people = _people("Jordan's King Abdullah called for a lasting ceasefire.")
    assert "Abdullah II" in people
    assert "King Abdullah" not in people
