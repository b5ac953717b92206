"""Titles the news writes before a name: police chiefs, diplomats' ranks, Francophone
military ranks, styles of address, ministers of two portfolios. The title is no part of
the name. Sentences written for these tests (Sahel, Andes, Pacific, Balkans)."""

from __future__ import annotations

import alignkit


def _people(text: str) -> dict[str, str]:
    an = alignkit.analyze_text(text)
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def test_a_police_chief_is_named_without_the_title():
    people = _people("Peru's National Police Chief Rosa Villanueva said the roads were open.")
    assert "Rosa Villanueva" in people
    assert not any("Chief" in name for name in people)


def test_chief_of_police_and_inspector_general_are_titles():
    people = _people(
        "Chief of Police Tevita Fifita said the curfew would end. Later, Inspector General "
        "of Police Musa Adamu told reporters the suspects had been charged."
    )
    assert {"Tevita Fifita", "Musa Adamu"} <= set(people)


def test_a_deputy_chief_of_mission_is_an_office():
    people = _people(
        "Deputy Chief of Mission Karen Lowry opened the training in Niamey on Tuesday."
    )
    assert "Karen Lowry" in people


def test_a_francophone_general_officer_rank_is_a_title():
    people = _people(
        "Colonel Major Issa Sawadogo, the army chief of staff, thanked the instructors. "
        "Colonel-Major Fatou Kane also spoke."
    )
    assert {"Issa Sawadogo", "Fatou Kane"} <= set(people)


def test_a_style_of_address_is_no_part_of_the_name():
    people = _people(
        "His Excellency Tavita Leota, Minister of Foreign Affairs of Samoa, addressed the forum."
    )
    assert "Tavita Leota" in people


def test_a_minister_of_two_portfolios_is_one_title():
    people = _people(
        "Minister of Foreign Affairs and International Cooperation Ana Lucia Mendes said "
        "the border would reopen."
    )
    assert "Ana Lucia Mendes" in people


def test_a_defence_chief_is_titled():
    people = _people("Serbian Defence Chief Milan Petrovic inspected the troops.")
    assert people.get("Milan Petrovic") == "SRB"


def test_a_name_before_a_capitalized_title_in_apposition():
    people = _people(
        "The drills began on Monday. Laura J. Whitfield, the Deputy Chief of Mission at the "
        "U.S. Embassy in Lome, welcomed the troops."
    )
    assert people.get("Laura J. Whitfield") == "USA"


def test_a_name_before_a_state_and_its_title():
    people = _people(
        "Talks stalled in Juba.\n\nMarcus T. Bell, the U.S. chargé d'affaires, said the "
        "embassy would stay open."
    )
    assert people.get("Marcus T. Bell") == "USA"


def test_two_particles_inside_a_name():
    people = _people(
        "Lieutenant Colonel Pieter van der Berg of the Netherlands inspected the base. "
        "Judge Maria de la Cruz read the verdict."
    )
    assert {"Pieter van der Berg", "Maria de la Cruz"} <= set(people)


def test_a_long_name_after_a_title_is_read_whole():
    people = _people(
        "Soldiers loyal to Rear Admiral Jose Americo Bubo Na Tchuto tried to seize the port."
    )
    assert "Jose Americo Bubo Na Tchuto" in people


def test_an_unknown_agencys_acronym_before_a_title_is_part_of_the_title():
    an = alignkit.analyze_text(
        "Raid in Lagos\n\nThe raid began at dawn, according to NDLEA spokesman Femi Babafemi."
    )
    assert "Femi Babafemi" in set(an.actors.name)
    assert list(an.statements.speaker) == ["femi-babafemi"]


def test_a_vice_minister_for_strategy_with_a_korean_given_name():
    people = _people(
        "The talks in Tokyo on Monday brought together officials of the three allies, with "
        "Vice Foreign Minister for Strategy and Intelligence Cho Min-jae leading the team."
    )
    assert "Cho Min-jae" in people


def _persons(text: str) -> dict[str, str]:
    an = alignkit.analyze_text(
        "Source: https://x.org/a (news)\nDate: 2021-03-04\n\nTalks\n\n" + text
    )
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def test_an_office_the_codebooks_namesake_never_held_names_a_new_person():
    """ "High Representative Schmidt": the codebook's Schmidt was a chancellor, never a High
    Representative; an honorific alone ("Mr. Hadi") still defers to the codebook."""
    assert "Schmidt" in _persons("The envoys met High Representative Schmidt in Vienna.")


def test_counselors_and_peace_portfolios_are_title_chains():
    found = _persons("Peru's High Counselor for Post-Conflict Quispe said the accord would hold.")
    assert found.get("Quispe") == "PER"
    found = _persons("Chile's Minister for Peace and Reconciliation Ana Ruiz said so.")
    assert found.get("Ana Ruiz") == "CHL"


def test_a_portfolio_stops_at_the_next_title():
    """ "... for Stabilization Quispe and Foreign Minister Rojas": Quispe is a name, not part
    of a portfolio that runs on to "Foreign"."""
    found = _persons(
        "Bolivia's Presidential Counselor for Stabilization Quispe and Foreign Minister Rojas"
        " arrived."
    )
    assert "Quispe" in found


def test_a_departments_portfolio_and_the_state_of_a_later_mention():
    text = (
        "The minister spoke with Senior Undersecretary and Officer in Charge of the Department"
        " of National Defense Jose Faustino. Later he met Philippine Officer in Charge of the"
        " Department of National Defense Jose Faustino again."
    )
    assert _persons(text).get("Jose Faustino") == "PHL"
