"""A speaker behind a long title and after a party-and-state label (``Chair of the X
Sen. Ann Doe (D-Calif.) said``): sentences written for these tests."""

from __future__ import annotations

import alignkit


def _speakers(text: str) -> list[str]:
    return alignkit.analyze_text(text).statements["speaker"].tolist()


def test_a_long_title_and_a_party_label_before_the_cue_keep_the_speaker():
    text = (
        "Chairman of the Armed Services Committee Sen. Ruth Calder (D-N.M.) said the "
        "drone programme would be cut."
    )
    assert _speakers(text) == ["ruth-calder"]


def test_a_party_label_after_a_lead_in_clause_keeps_the_speaker():
    text = (
        "On Monday, while discussing the budget with reporters, Speaker of the Assembly "
        'Rep. Owen Pratt (R-Ohio) said "the money is not there."'
    )
    assert _speakers(text) == ["owen-pratt"]


def _actor_of(text: str, speaker_word: str) -> tuple[str, str]:
    """(id, state) of the speaker of the statement whose speaker holds ``speaker_word``."""
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    ids = [s for s in an.statements["speaker"] if speaker_word in s]
    row = an.actors.set_index("actor").loc[ids[0]]
    return ids[0], row["country"]


def test_a_transcript_label_surname_is_the_person_named_in_the_header():
    # a person the codebook lists (no surname alias) or the text introduces with a title:
    # "MR MUTUA:" is the one Mutua named, not a new person without a state
    for header, pid, state in [
        ("Foreign Minister Alfred Mutua", "alfred-mutua", "KEN"),
        ("Department Spokesperson Jan Kowalczyk", "jan-kowalczyk", ""),
    ]:
        surname = pid.split("-")[-1].upper()
        text = (
            f"Press Briefing\n\n{header}\n\nQUESTION: Will you meet the Chadian envoy?\n\n"
            f"MR {surname}: We will meet him on Friday, and we expect progress."
        )
        an = alignkit.analyze_text(text, publication_date="2024-05-01")
        assert set(an.statements["speaker"]) == {pid}
        assert an.actors.set_index("actor").loc[pid, "country"] == state


def test_an_honorific_after_a_titles_comma_keeps_the_title_for_the_name():
    text = (
        "The U.S. Secretary of Defense, Mr. Jan Kowalczyk, visited Ghana on Monday. "
        "Kowalczyk said the partnership would grow."
    )
    assert _actor_of(text, "kowalczyk") == ("jan-kowalczyk", "USA")


def test_an_abbreviated_title_before_a_known_surname_is_that_person():
    text = (
        "The U.S. Secretary of Defense, Mr. Jan Kowalczyk, visited Ghana on Monday. "
        "SECDEF Kowalczyk said the partnership would grow."
    )
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    assert set(an.statements["speaker"]) == {"jan-kowalczyk"}


def test_a_states_ministry_named_by_its_possessor_speaks_for_that_state():
    # one actor per state's ministry, acting for it
    text = (
        "Chile's Defense Ministry accused Peruvian troops of shelling a border village. "
        "Peru's Defense Ministry denied the claim."
    )
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    acts = an.actors.set_index("actor")
    speakers = an.statements["speaker"].tolist()
    assert len(set(speakers)) == 2
    assert sorted(acts.loc[speakers, "country"]) == ["CHL", "PER"]
    assert ("CHL", "PER") in {tuple(sorted(e)) for e in an.network.edges()}


def test_another_states_body_of_the_same_name_is_that_states():
    # "Department of Defense" alone is the Pentagon; after "Malian" it is Mali's
    text = "The Malian Department of Defense said the attack on the base was repelled."
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    speaker = an.statements["speaker"].tolist()
    assert speaker and an.actors.set_index("actor").loc[speaker[0], "country"] == "MLI"


def _people(text: str) -> dict[str, str]:
    acts = alignkit.analyze_text(text).actors
    return dict(acts.loc[acts["type"] == "person", ["name", "country"]].values.tolist())


def test_a_lower_case_particle_inside_a_name_is_part_of_it():
    people = _people(
        "Brazil's Defense Minister José Múcio Monteiro met Angolan Defense Minister "
        'Joao Ernesto dos Santos in Luanda. "We share an ocean," dos Santos said.'
    )
    assert people.get("Joao Ernesto dos Santos") == "AGO"


def test_a_portfolio_of_several_capitalized_words_closes_the_title():
    people = _people(
        "Assistant Secretary of State for African Affairs Jane Roe met Zambia's president, "
        "and Under Secretary of State for Political Affairs John Doe flew to Lima."
    )
    assert people.get("Jane Roe") == "USA" and people.get("John Doe") == "USA"


def test_a_portfolio_of_words_joined_by_and_closes_the_title():
    people = _people(
        "Assistant Secretary of State for Near Eastern and North African Affairs Jane Roe "
        "flew to Rabat, and Under Secretary for Political Affairs Victoria Doe met Peru's "
        "foreign minister."
    )
    assert people.get("Jane Roe") == "USA"
    assert "Victoria Doe" in people  # a given name that is also a city stays in the name


def test_a_military_rank_abbreviation_is_no_part_of_the_name():
    an = alignkit.analyze_text(
        '"The exchange builds trust," LTG Jane Roe, director of the exercise, said on Friday.'
    )
    assert "Jane Roe" in set(an.actors["name"])
    assert set(an.statements["speaker"]) == {"jane-roe"}


def test_a_city_name_as_a_given_name_after_a_title():
    people = _people("Ministry spokeswoman Victoria Roe said Kenya would reply.")
    assert "Victoria Roe" in people


def test_a_states_name_is_never_split_by_a_body_of_another():
    an = alignkit.analyze_text("South Sudan's military accused Sudan of shelling.")
    assert "SDN" not in set(an.statements["speaker"].map(lambda s: s[:3].upper()))
    acts = an.actors.set_index("actor")
    assert set(acts.loc[acts["type"] == "organization", "country"]) == {"SSD"}


def test_a_hyphened_article_is_part_of_a_name():
    people = _people("Sudan's president, Omar al-Bashir, said there would be no talks.")
    assert people.get("Omar al-Bashir") == "SDN"


def test_a_name_set_off_after_an_officials_description_is_that_official():
    an = alignkit.analyze_text(
        "The deputy head of Chad's military intelligence, Ali Mahamat, accused Sudan of "
        "arming rebels."
    )
    assert list(an.statements["speaker"]) == ["ali-mahamat"]
    assert _people("The company, Acme Corp, said profits rose.") == {}


def test_the_object_of_an_accusation_is_not_an_inverted_speaker():
    an = alignkit.analyze_text("The head of the army, John Smith, accused Sudan of provocations.")
    assert "SDN" not in set(an.statements["speaker"])


def test_an_office_named_with_its_state_after_an_inverted_cue_speaks():
    an = alignkit.analyze_text('"This is unacceptable," said Ghana\'s foreign minister on Monday.')
    assert list(an.statements["speaker"]) == ["gha-foreign-minister"]


def test_a_place_after_a_participle_cue_is_no_speaker():
    an = alignkit.analyze_text(
        'Jane Roe, a spokeswoman for the ministry, spoke on Monday. "The fight will be long," '
        "she said, adding that Goma and all liberated territory should return to local rule."
    )
    assert set(an.statements["speaker"]) == {"jane-roe"}
    assert "goma" not in set(an.actors.loc[an.actors["type"] == "person", "actor"])


def test_a_label_surname_is_the_briefer_the_source_line_names():
    text = (
        "Source: https://example.org/briefing (Republication of the U.S. Department of State "
        "daily press briefing by Department Spokesperson Jane Roe; public domain)\n"
        "Date: 2012-04-11\n\nDaily Press Briefing\n\n"
        "QUESTION: Anything on Chad?\n"
        "MS. ROE: We condemn the attack by Sudan on Chad.\n"
    )
    an = alignkit.analyze(alignkit.reading.article.parse_article(text))
    acts = an.actors.set_index("actor")
    assert acts.loc["jane-roe", "country"] == "USA"
    assert "jane-roe" in set(an.statements["speaker"])


def test_the_title_alone_is_the_person_whose_own_title_it_is():
    # the Secretary met a foreign minister: "The Secretary" is the one titled Secretary
    text = (
        "Secretary of State Jane Doe met today with Kenyan Foreign Minister John Kamau in "
        "Nairobi. The Secretary welcomed the progress Kenya has made."
    )
    assert _speakers(text) == ["jane-doe"]
    text = "Gen. Ann Okafor met with President Tom Mensah. The general praised Ghana."
    assert _speakers(text) == ["ann-okafor"]


def test_a_states_representative_speaks_for_it():
    # UN meetings coverage names a delegate by the state's possessive alone
    an = alignkit.analyze_text(
        "Chad's representative said his Government remained committed to the peace deal.",
        publication_date="2024-05-01",
    )
    assert [an.actors.set_index("actor").loc[s, "country"] for s in an.statements["speaker"]] == [
        "TCD"
    ]


def test_a_peer_named_by_title_and_surname_keeps_the_title_in_the_name():
    # "Lord Ahmad", "Baroness Ashton": the peerage, not a given name, follows the title
    text = "As my Minister Lord Okonjo has said, we are working with the Kenyan authorities."
    an = alignkit.analyze_text(text)
    assert an.statements["speaker"].tolist() == ["lord-okonjo"]
    text = "Talks\n\nBaroness Whitcombe met the Iranian foreign minister in Geneva."
    names = alignkit.analyze_text(text).actors["name"].tolist()
    assert "Baroness Whitcombe" in names and "Whitcombe" not in names


def test_an_honorific_that_is_no_peerage_stays_out_of_the_name():
    text = "Talks\n\nDr Whitcombe told reporters that the clinic in Goma had closed."
    names = alignkit.analyze_text(text).actors["name"].tolist()
    assert "Whitcombe" in names and "Dr Whitcombe" not in names


def test_a_un_officials_abbreviated_title_before_a_surname_names_that_person():
    # Council speeches thank "USG Roe" and "DSRSG Doe": the surname is the person, stateless
    text = "Remarks\n\nWe thank USG Marwick and DSRSG Okafor for their briefings."
    rows = alignkit.analyze_text(text).actors.set_index("name")
    assert {"Marwick", "Okafor"} <= set(rows.index)
    assert rows.at["Marwick", "country"] == "" and "DSRSG Okafor" not in rows.index
