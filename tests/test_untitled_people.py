"""People named without a title: introduced by a relative ``who`` or by a commentator's
noun before or after the name. No office, so no state. Sentences written for these tests
(Bangladesh, Venezuela, Belarus, Tunisia)."""

from __future__ import annotations

import alignkit


def _people(text: str) -> dict[str, str]:
    an = alignkit.analyze_text("Opposition returns\n\n" + text)
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def test_a_name_before_a_relative_who_is_a_person():
    people = _people("Rashid Karim, who heads the opposition party, returned from exile.")
    assert people.get("Rashid Karim") == ""


def test_a_candidate_in_apposition_is_a_person_of_no_state():
    people = _people("Elena Marquez, the opposition candidate, fled to Spain on Sunday.")
    assert people.get("Elena Marquez") == ""


def test_a_commentators_noun_before_the_name():
    people = _people(
        "Belarus jailed opposition politician Pavel Sokol for ten years. The court also "
        "sentenced activist Maryna Lis."
    )
    assert {"Pavel Sokol", "Maryna Lis"} <= set(people)


def test_an_organization_before_who_is_no_person():
    people = _people("Amnesty International, who monitored the trial, called it unfair.")
    assert people == {}


def test_a_name_coordinated_with_a_titled_person_is_a_person():
    people = _people(
        "The envoy called for the release of political prisoners, including Thida Aung "
        "and President Kyaw Lin."
    )
    assert {"Thida Aung", "Kyaw Lin"} <= set(people)


def test_a_name_after_a_person_and_and_is_a_person():
    people = _people("Prime Minister Ariel Henry and Marie Dorval met in Nairobi.")
    assert "Marie Dorval" in people


def test_a_place_or_a_region_after_and_is_no_person():
    people = _people(
        "President Paul Kagame and Great Lakes leaders met. Later, President Joe Biden "
        "and Camp David staff prepared the summit."
    )
    assert set(people) == {"Paul Kagame", "Joe Biden"}


def test_a_commentators_noun_opening_the_sentence_is_no_part_of_the_name():
    people = _people("Analyst Ines Carvalho of the Lisbon Institute said the army was divided.")
    assert "Ines Carvalho" in people


def test_a_headline_verb_is_no_part_of_a_name():
    an = alignkit.analyze_text(
        "U.S. Special Envoy Meets Leaders in Juba\n\nThe envoy arrived in Juba on Monday."
    )
    assert not any(r.type == "person" for r in an.actors.itertuples())


def test_a_title_after_and_is_no_person():
    people = _people(
        "The briefing was given by Press Secretary Karine Jean-Pierre and National Security "
        "Communications Advisor John Kirby on Monday."
    )
    assert not any("Advisor" in name for name in people)
