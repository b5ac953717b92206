"""Speaker forms the reader missed (texts written for these tests): the spokesman of a
head of state, a share of a definite group, a rank with an ordinal after an inverted
cue."""

from __future__ import annotations

import pytest
from said import said

import alignkit


def _said(text: str) -> list[tuple]:
    return said(text, "name", "content")


def test_a_leader_s_spokesman_speaks():
    got = _said("Erdogan's spokesman said Turkey would keep its troops in Syria.")
    assert got == [("Erdogan's spokesman", "Turkey would keep its troops in Syria")]
    got = _said("Macron's spokeswoman told reporters that France would send more aid.")
    assert got == [("Macron's spokeswoman", "France would send more aid")]


def test_a_state_s_own_office_is_still_left_to_the_tagger():
    an = alignkit.analyze_text("Peru's president said the mine would reopen.")
    assert "perus-president" not in an.statements["speaker"].tolist()


def test_a_share_of_a_definite_group_speaks_as_the_group():
    got = _said("Many of the officials said the ceasefire would not hold.")
    assert got == [("officials", "the ceasefire would not hold")]
    got = _said("Some of these diplomats say the envoy was recalled.")
    assert got == [("diplomats", "the envoy was recalled")]


def test_a_definite_group_alone_still_refers_back():
    assert _said("The officials said the ceasefire would not hold.") == []


def test_a_rank_with_an_ordinal_after_an_inverted_cue():
    got = _said('"The border stays closed," said Army 2nd Lt. Maria Santos, a platoon leader.')
    assert [n for n, _ in got] == ["Maria Santos"]
    got = _said('"The convoy left at dawn," said Marine Corps 1st Sgt. Daniel Okafor.')
    assert [n for n, _ in got] == ["Daniel Okafor"]


def test_large_majorities_of_a_group_speak_as_the_group():
    got = _said("Large majorities of Kenyan voters said they distrust the electoral commission.")
    assert got == [("voters", "they distrust the electoral commission")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The African Union's commission chairman, Moussa Faki Mahamat, called for an "
         "immediate ceasefire.", "moussa-faki-mahamat", "an immediate ceasefire"),
        ("Kenya's foreign minister, Musalia Mudavadi, urged restraint.", "musalia-mudavadi",
         "restraint"),
    ],
)  # fmt: skip
def test_a_description_before_the_speaker_is_not_what_was_said(text, speaker, content):
    st = alignkit.analyze_text(text).statements
    assert st[["speaker", "content"]].values.tolist() == [[speaker, content]]


@pytest.mark.parametrize(
    ("text", "speaker", "state"),
    [
        ("Officials in Islamabad said they had evidence.", "officials-in-islamabad", "PAK"),
        ("Officials in New Delhi denied the report.", "officials-in-new-delhi", "IND"),
        ("Leaders in Kenya said the vote was fair.", "leaders-in-kenya", "KEN"),
        ("Lawmakers in Lima said Chile had broken the accord.", "lawmakers-in-lima", "PER"),
    ],
)
def test_officials_in_a_capital_serve_its_state(text, speaker, state):
    an = alignkit.analyze_text(text)
    assert an.statements["speaker"].tolist() == [speaker]
    assert an.actors.set_index("actor").loc[speaker, "country"] == state
    # diplomats may be foreigners there (speaker_groups.csv: not seated)
    text = "Diplomats in Nairobi said the border with Somalia would stay closed."
    assert alignkit.analyze_text(text).statements["speaker"].tolist() == ["diplomats"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Officials from Chile's foreign ministry said the crossing would stay shut.", "CHL"),
        ("Officials at the Bolivian Defense Ministry denied the report.", "BOL"),
        ("Officials of the Ugandan army said the rebels had fled.", "UGA"),
        ("Officials from Malawi said the aid had arrived.", "MWI"),
        ("Officials from Ethiopia's foreign ministry said the envoy had left.", "ETH"),
    ],
)
def test_officials_from_a_state_or_its_body_serve_that_state(text, state):
    an = alignkit.analyze_text(text)
    (speaker,) = an.statements["speaker"].tolist()
    assert an.actors.set_index("actor").loc[speaker, "country"] == state


def test_officials_from_a_world_body_serve_no_state():
    an = alignkit.analyze_text(
        "Officials from the United Nations said the crossing would stay shut."
    )
    (speaker,) = an.statements["speaker"].tolist()
    assert an.actors.set_index("actor").loc[speaker, "country"] == ""


def test_officials_from_two_states_speak_for_each():
    an = alignkit.analyze_text("Officials from Chile and Peru said the crossing would stay shut.")
    assert sorted(an.statements["speaker"]) == ["CHL", "PER"]


def test_diplomats_in_a_capital_may_be_foreigners():
    an = alignkit.analyze_text("Diplomats in Beijing said the talks had stalled.")
    assert an.actors.set_index("actor").loc["diplomats", "country"] == ""


_READOUT = (
    "Source: https://www.state.gov/readout/ (U.S. Department of State, Office of the "
    "Spokesperson; public domain)\nDate: 2023-08-14\n\nSecretary's Call with Kenyan "
    "President Ruto\n\nThe Secretary spoke today with Kenyan President William Ruto. The "
    "Secretary welcomed Kenya's leadership of the mission to Haiti.\n"
)


def test_the_principal_a_readout_names_by_title_alone_is_the_issuers():
    an = alignkit.analyze_text(_READOUT)
    speakers = set(an.statements["speaker"])
    assert speakers == {"usa-secretary"}
    edges = {(*sorted((a, b)), d["sign"] > 0) for a, b, d in an.network.edges(data=True)}
    assert ("KEN", "USA", True) in edges


def test_another_bodys_principal_is_not_the_issuers():
    text = _READOUT.replace("The Secretary welcomed", "The Secretary-General welcomed")
    an = alignkit.analyze_text(text)
    assert "usa-secretary-general" not in set(an.actors["actor"])


def test_an_office_told_with_its_state_and_no_holder_known_speaks_for_the_state():
    text = (
        "Nigeria's defence minister vowed to protect the border. "
        "The minister added that aid to Niger would be increased."
    )
    an = alignkit.analyze_text(text, publication_date="2024-06-01")
    assert an.statements["speaker"].tolist() == ["nga-defence-minister"] * 2
    assert an.actors.set_index("actor").loc["nga-defence-minister", "country"] == "NGA"


def test_a_minister_told_by_an_adjective_is_no_new_office():
    an = alignkit.analyze_text(
        "Austin thanked the Albanian minister.", publication_date="2024-06-01"
    )
    assert "alb-minister" not in set(an.actors["actor"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ruto's office said the talks were productive.", "william-ruto"),
        ("Garry Conille met Ruto. Conille's office said in a statement that the talks "
         "had been useful.", "garry-conille"),
    ],
)  # fmt: skip
def test_a_persons_office_speaks_for_them(text, speaker):
    an = alignkit.analyze_text(text, publication_date="2024-09-01")
    st, actors = an.statements, an.actors.set_index("actor")
    said = st.loc[st["cue"] == "said", "speaker"].tolist()
    assert len(said) == 1
    # the office is the speaker (PolNeAR's reading), and speaks for its holder's state
    assert actors.loc[said[0], "node"] == actors.loc[speaker, "node"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Both U.S. defense leaders emphasized that the strikes in Yemen would go on.", "USA"),
        ("Two U.K. defence officials said the frigate had left Bahrain.", "GBR"),
    ],
)
def test_a_group_after_a_state_and_its_modifiers_speaks_for_the_state(text, state):
    an = alignkit.analyze_text(text)
    (speaker,) = an.statements["speaker"].tolist()
    assert an.actors.set_index("actor").loc[speaker, "country"] == state


def test_a_group_after_a_states_body_is_that_bodys():
    an = alignkit.analyze_text("Two U.S. military officials said the drone fell over Yemen.")
    assert an.statements["speaker"].tolist() == ["united-states-military-officials"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The coup in Guinea ended on Monday. By Tuesday the government announced that the "
            "guard would be dissolved.",
            "GIN",
        ),
        ("Protests spread in Peru. The interim government said elections would be held.", "PER"),
    ],
)
def test_the_government_after_the_one_state_named_is_that_states(text, state):
    an = alignkit.analyze_text(text)
    (speaker,) = an.statements["speaker"].tolist()
    assert an.actors.set_index("actor").loc[speaker, "country"] == state


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Chad and Sudan stalled. The government said it would not return.",
        "The government said taxes would rise.",
    ],
)
def test_the_government_after_two_states_or_none_is_nobody_named(text):
    assert alignkit.analyze_text(text).statements.empty


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The permanent members of the UN Security Council expressed determination to "
            "end the war in Sudan.",
            "permanent members of the UN Security Council",
        ),
        (
            "Members of the African Union said the vote in Gabon was fair.",
            "Members of the African Union",
        ),
    ],
)
def test_a_group_of_a_body_is_named_with_it(text, name):
    an = alignkit.analyze_text(text)
    (speaker,) = an.statements["speaker"].tolist()
    assert an.actors.set_index("actor").loc[speaker, "name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe have suffered setbacks in the north,\u201d read the letter written by "
        "Defence Minister Jane Roe of Mozambique.",
        "The letter, signed by Defence Minister Jane Roe of Mozambique, said the troops "
        "would stay in Cabo Delgado.",
    ],
)
def test_a_letter_signed_or_written_by_a_person_is_that_persons_word(text):
    an = alignkit.analyze_text("Date: 2023-09-02\n\nCabo Delgado\n\n" + text)
    assert set(an.statements["speaker"]) == {"jane-roe"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("An HRW spokeswoman said the camps were shelled.", "human-rights-watch"),
        ("Amnesty International said the trial was unfair.", "amnesty-international"),
        ("Doctors Without Borders said its clinic in Goma was looted.", "medecins-sans-frontieres"),
    ],
)
def test_the_large_rights_and_aid_groups_speak_as_themselves(text, speaker):
    an = alignkit.analyze_text(text)
    assert an.statements["speaker"].tolist() == [speaker]


def test_a_document_issued_by_a_party_is_that_party_s_words():
    an = alignkit.analyze_text("A statement, issued by the Chilean army, insists no one died.")
    assert an.statements[["speaker", "content"]].values.tolist() == [
        ["chilean-army", "no one died"]
    ]
