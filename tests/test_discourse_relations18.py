"""Relations told across a clause or a sentence (tenth session, issue 23): a free participle
done by the main clause's subject, a pair named again as an object, and a naming verb that
makes no call. Sentences written for these tests, about several regions.
"""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ghana's president flew to Abuja, meeting the leaders of Nigeria and Benin.",
         {("BEN", "GHA", "+"), ("GHA", "NGA", "+")}),
        ("On Friday Norway intervened, calling the foreign ministers of Chile and Peru.",
         {("CHL", "NOR", "+"), ("NOR", "PER", "+")}),
    ],
)  # fmt: skip
def test_a_free_participle_is_done_by_the_main_clause_subject(text, wanted):
    assert wanted <= edges(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Chad and Niger clashed at the border. Ghana called the leaders of both countries.",
         {("GHA", "NER", "+"), ("GHA", "TCD", "+")}),
        ("Peru and Ecuador dispute the river. Brazil urged both sides to pull back troops.",
         {("BRA", "ECU", "-"), ("BRA", "PER", "-")}),
    ],
)  # fmt: skip
def test_a_pair_named_again_as_the_object(text, wanted):
    assert wanted <= edges(text)


def test_a_pair_named_three_sentences_back_is_named_again():
    text = (
        "Laos and Vietnam agreed to reopen the border. Trade resumed on Monday. "
        "Officials praised the move. Japan later hosted the leaders of both countries."
    )
    assert {("JPN", "LAO", "+"), ("JPN", "VNM", "+")} <= edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan called China's move unacceptable.",
        "Egypt called Ethiopia's move unacceptable.",
    ],
)
def test_a_verb_that_names_its_object_makes_no_call(text):
    assert not any(sign == "+" for _, _, sign in edges(text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Laos and Vietnam reopened the crossing, an achievement welcomed by Japan.",
         {("JPN", "LAO", "+"), ("JPN", "VNM", "+")}),
        ("Chile expelled the attaché, a development condemned by Bolivia.",
         {("BOL", "CHL", "-")}),
    ],
)  # fmt: skip
def test_an_act_judged_in_an_apposition_after_it(text, wanted):
    assert wanted <= edges(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Bolivia claims the coastal region of Chile.", {("BOL", "CHL", "-")}),
        ("Honduras has long claimed part of Nicaragua.", {("HND", "NIC", "-")}),
        ("Qatar and Bahrain both claim the islands.", {("BHR", "QAT", "-")}),
    ],
)  # fmt: skip
def test_a_territorial_claim_is_a_dispute(text, wanted):
    assert wanted <= edges(text)


def test_a_claim_that_is_said_is_no_territorial_claim():
    assert edges("Bolivia claimed that Chile had closed the port.") == set()


@pytest.mark.parametrize(
    ("text", "kept", "background"),
    [
        ("Japan reaffirmed its support for Laos amid attacks by Myanmar.", "LAO", "MMR"),
        ("Chile voiced its solidarity with Peru in the face of Bolivia's pressure.", "PER", "BOL"),
        ("Ghana pledged its support to Togo despite objections from Benin.", "TGO", "BEN"),
    ],
)  # fmt: skip
def test_a_party_in_a_background_phrase_is_no_target_of_the_support(text, kept, background):
    found = edges(text)
    assert any(kept in pair for pair in found)
    assert not any(background in pair and sign == "+" for *pair, sign in found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ugandan troops remain on Congolese soil.", {("COD", "UGA", "-")}),
        ("Chad deployed 2,000 soldiers on Sudanese soil.", {("SDN", "TCD", "-")}),
    ],
)  # fmt: skip
def test_armed_men_on_another_states_soil_are_there_against_it(text, wanted):
    assert wanted <= edges(text)


def test_troops_sent_to_help_are_no_show_of_force():
    assert ("KEN", "SOM", "-") not in edges("Kenya sent troops to Somalia to help its army.")


def _turn(text: str) -> set[tuple[str, str, str]]:
    from signed_edges import edges as signed

    head = (
        "Source: https://example.org/briefing (press briefing; public domain)\n"
        "Date: 2024-05-01\n\nDepartment Press Briefing\n\n"
        "Jane Roe, State Department Spokesperson\n\nMS ROE: Good afternoon. "
    )
    return signed(head + text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("We are grateful to Ghana for its support.", ("GHA", "USA", "+")),
        ("We express our deep appreciation to the Government of Oman for hosting the talks.",
         ("OMN", "USA", "+")),
        ("We applaud Kenya's leadership of the mission.", ("KEN", "USA", "+")),
    ],
)  # fmt: skip
def test_thanks_in_a_briefing_turn_are_the_speakers_states(text, wanted):
    assert wanted in _turn(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile is in close contact with Peru, as it is with the Government of Bolivia.",
        "Ghana held talks with Togo, as it did with Benin.",
    ],
)
def test_an_elliptic_as_clause_says_the_act_again_with_another_party(text):
    found = edges(text)
    third = "BOL" if "Bolivia" in text else "BEN"
    assert any(third in pair and sign == "+" for *pair, sign in found)


def test_the_cause_of_a_lasting_alarm_is_no_speaker():
    import alignkit

    st = alignkit.analyze_text("Canada remains deeply troubled by Georgia's new law.").statements
    assert list(st["speaker"]) == ["CAN"]
    assert list(st["targets"].iloc[0]) == ["GEO"]


def test_where_things_flow_into_is_no_target_of_a_concern():
    import alignkit

    st = alignkit.analyze_text(
        "Peru is concerned about weapons flowing into Bolivia from its neighbours."
    ).statements
    assert "BOL" not in {x for ts in st["targets"] for x in ts}


def test_a_tribute_is_praise_of_the_one_it_is_paid_to():
    assert ("GHA", "NOR", "+") in edges("Norway paid tribute to Ghana, which hosts refugees.")


def test_a_bare_secretary_in_a_readout_serves_the_issuing_state():
    head = (
        "Source: https://www.state.gov/readout (U.S. Department of State readout; public "
        "domain)\nDate: 2024-05-01\n\nReadout\n\n"
    )
    assert ("PER", "USA", "+") in edges(
        head + "Under Secretary Jane Roe met Peru's foreign minister."
    )
    # in a text no state issues, the bare title gives no state
    assert edges("Under Secretary Jane Roe met Peru's foreign minister.") == set()


def test_the_parties_of_a_state_are_its_factions_not_the_state():
    assert edges("Norway called on all Libyan parties to refrain from violence.") == set()
    assert edges("Kenya urged the Sudanese parties to sign the deal.") == set()


def test_they_after_states_named_together_is_all_of_them():
    for staff in ("ambassadors", "envoys"):  # (an envoy recalled as an ambassador is)
        found = edges(f"Chad, Mali and Niger said they were recalling their {staff} from Algiers.")
        assert {("DZA", "MLI", "-"), ("DZA", "NER", "-"), ("DZA", "TCD", "-")} <= found


def test_arms_brought_up_to_a_border_are_a_show_of_force():
    assert ("ERI", "ETH", "-") in edges(
        "Eritrea's army moved artillery toward the Ethiopian border."
    )


def test_a_promise_said_to_be_broken_accuses_its_maker():
    assert ("EGY", "SDN", "-") in edges("Egyptian officials said Sudan had broken its promise.")


@pytest.mark.parametrize(
    "text",
    [
        "Norway condemns the drone strikes on Port Sudan.",
        "Ghana condemned the shelling of eastern Congo.",
    ],
)
def test_the_victim_of_a_condemned_attack_named_by_a_place_is_no_target(text):
    assert edges(text) == set()


def test_an_entry_its_host_agreed_to_is_help_not_an_incursion():
    assert ("COD", "UGA", "+") in edges(
        "Ugandan troops crossed into Congo under an operation agreed with Kinshasa."
    )
    assert ("COD", "RWA", "-") in edges(
        "Rwandan troops crossed into Congo without the consent of Kinshasa."
    )
