"""Speakers and offices named by title: a readout's principal, a ministry named with its
state after it, a state's office told with a possessive, an official described by office.

Every text here is written for these tests (other wars, other outlets); none is a corpus
or development text.
"""

from __future__ import annotations

import alignkit

_STATE_READOUT = (
    "Source: https://www.state.gov/x (U.S. Department of State readout)\nDate: 2024-04-10\n\n"
)


def _speakers(text: str, cue: str) -> list[str]:
    an = alignkit.analyze_text(text)
    return [r.speaker for r in an.statements.itertuples() if r.cue.startswith(cue)]


def _speaker_states(text: str, cue: str) -> list[str]:
    an = alignkit.analyze_text(text)
    country = dict(zip(an.actors["actor"], an.actors["country"], strict=True))
    return [country.get(r.speaker, "") for r in an.statements.itertuples() if r.cue.startswith(cue)]


def test_the_secretary_of_a_us_readout_is_not_a_foreign_cabinet_secretary_named_later():
    text = _STATE_READOUT + (
        "Readout of the Secretary's Call\n\n"
        "Secretary of State Antony J. Blinken spoke today with Philippine Secretary of "
        "Foreign Affairs Enrique Manalo about the South China Sea.\n\n"
        "The Secretary reaffirmed U.S. support for the Philippines and criticized China's "
        "dangerous maneuvers near the shoal."
    )
    assert _speakers(text, "reaffirmed") == ["antony-blinken"]


def test_the_secretary_with_no_us_person_named_is_the_issuers_own_secretary():
    text = _STATE_READOUT + (
        "Readout of the Secretary's Call\n\n"
        "The Secretary spoke today with Philippine Secretary of Foreign Affairs Enrique "
        "Manalo about the South China Sea.\n\n"
        "The Secretary reaffirmed U.S. support for the Philippines and criticized China's "
        "dangerous maneuvers near the shoal."
    )
    assert _speaker_states(text, "reaffirmed") == ["USA"]


def test_the_secretary_of_a_foreign_ministry_readout_keeps_its_own_secretary():
    text = (
        "Source: https://x.gov.ph/r (Department of Foreign Affairs of the Philippines)\n"
        "Date: 2024-04-10\n\nReadout\n\n"
        "Secretary of Foreign Affairs Enrique Manalo met U.S. Secretary of State Antony J. "
        "Blinken in Manila.\n\nThe Secretary thanked the United States for its support."
    )
    assert _speakers(text, "thanked") == ["enrique-manalo"]


def test_two_capitalized_titles_joined_by_and_are_the_two_people_named_with_them():
    text = _STATE_READOUT + (
        "Secretary Blinken's Meeting with Ghanaian Foreign Minister\n\n"
        "Secretary of State Antony J. Blinken met today with Ghanaian Foreign Minister "
        "Shirley Ayorkor Botchwey in Washington.\n\n"
        "The Secretary and the Foreign Minister discussed security in the Sahel and "
        "condemned the attacks by armed groups."
    )
    assert sorted(_speakers(text, "discussed")) == ["antony-blinken", "shirley-ayorkor-botchwey"]


def test_a_capitalized_title_is_the_person_named_with_that_whole_title():
    text = (
        "Prime Minister Justin Trudeau hosted Mexican Foreign Minister Alicia Barcena and "
        "Prime Minister Mark Rutte in Ottawa.\n\n"
        "The Foreign Minister said Mexico would keep its border open to trade."
    )
    assert _speakers(text, "said") == ["alicia-barcena"]


def test_a_ministry_named_with_its_state_after_it_is_that_states_not_the_one_named_before():
    text = (
        "Source: https://example.org/n (a wire story)\nDate: 2024-02-03\n\nDam talks stall\n\n"
        "Sudan's foreign ministry said on Monday that the talks on the dam had failed.\n\n"
        "The ministry of foreign affairs of Ethiopia said Sudan had walked away from the "
        "table."
    )
    assert _speaker_states(text, "said") == ["SDN", "ETH"]


def test_a_states_foreign_office_speaks_for_the_state():
    text = "Pakistan's foreign office said the Afghan border crossings would stay closed."
    assert _speaker_states(text, "said") == ["PAK"]


def test_an_unnamed_minister_voicing_a_states_concern_speaks_for_that_state():
    text = "The minister expressed Chile's deep concern over the Argentine fishing fleet."
    assert _speaker_states(text, "expressed") == ["CHL"]
    an = alignkit.analyze_text(text)
    assert an.network.has_edge("CHL", "ARG") or an.network.has_edge("ARG", "CHL")


def test_an_unnamed_ambassador_restating_a_states_support_speaks_for_it():
    text = "The ambassador also reaffirmed Ghana's support for the mission in Haiti."
    assert _speaker_states(text, "reaffirmed") == ["GHA"]


def test_an_official_criticizing_a_states_decision_does_not_speak_for_that_state():
    text = "The minister criticized Japan's decision to release the water into the sea."
    assert _speaker_states(text, "criticized") == [""]


def test_he_after_an_official_told_by_office_is_that_official_not_the_man_named_before():
    text = (
        "Source: https://example.org/b (a wire story)\nDate: 2024-03-04\n\nBorder row\n\n"
        "Armenian foreign minister Ararat Mirzoyan said the talks would go on. "
        '"We are ready to sign," Mirzoyan said.\n\n'
        '"Armenia keeps moving troops to the border," the Azerbaijani defence minister '
        "said on Monday. He added that Baku would answer any provocation."
    )
    assert _speaker_states(text, "added") == ["AZE"]


def test_an_official_told_by_office_after_the_holder_was_named_is_still_that_person():
    text = (
        "Azerbaijani defence minister Zakir Hasanov visited the front. Armenian foreign "
        'minister Ararat Mirzoyan stayed in Yerevan. "The army is ready," the Azerbaijani '
        "defence minister said. He added that Baku would answer any provocation."
    )
    assert "ararat-mirzoyan" not in _speakers(text, "added")


def test_a_readouts_titles_with_no_names_are_the_principal_and_the_states_minister():
    text = _STATE_READOUT + (
        "Secretary's Meeting with the Foreign Minister of Ghana\n\n"
        "The Secretary met today with Ghana's Foreign Minister in Washington. The Secretary "
        "and the Foreign Minister discussed security in the Sahel."
    )
    assert sorted(_speaker_states(text, "discussed")) == ["GHA", "USA"]


def test_a_title_joined_with_a_counted_group_keeps_the_groups_members():
    text = _STATE_READOUT + (
        "Secretary of State Antony J. Blinken met the foreign ministers of Ghana and Togo.\n\n"
        "The Secretary and the two Ministers discussed security in the Sahel."
    )
    assert sorted(_speakers(text, "discussed")) == ["GHA", "TGO", "antony-blinken"]


def test_an_official_rejecting_a_states_position_does_not_speak_for_that_state():
    text = "The minister rejected Chile's position on the fishing quotas."
    assert _speaker_states(text, "rejected") == [""]
