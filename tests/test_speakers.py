"""Named speakers the codebook lacks (alignkit.reading.speakers), on sentences written for
each rule: a person, a short form, an honorific, a title, an appositive, a possessive, an
organization, a group; the state filled only where the text gives it."""

from __future__ import annotations

import pytest

import alignkit

PUB = "2025-03-01"


def analyze(text: str):
    return alignkit.analyze_text(text, publication_date=PUB)


def speakers(an) -> list[str]:
    return an.statements["speaker"].tolist()


def actor(an, actor_id: str) -> dict:
    rows = an.actors[an.actors["actor"] == actor_id].to_dict("records")
    assert len(rows) == 1, an.actors.to_dict("records")
    return rows[0]


def test_a_person_named_only_as_the_subject_of_said_speaks():
    an = analyze("Maria Keller said the budget would pass before the summer.")
    assert speakers(an) == ["maria-keller"]
    a = actor(an, "maria-keller")
    assert (a["name"], a["type"], a["country"]) == ("Maria Keller", "person", "")


def test_a_later_surname_is_the_person_named_in_full_before():
    an = analyze(
        "Maria Keller toured the harbour on Monday with two engineers. "
        "Keller said the repairs would take a year."
    )
    assert speakers(an) == ["maria-keller"]
    keller = an.mentions[an.mentions["actor"] == "maria-keller"]
    assert keller["text"].tolist() == ["Maria Keller", "Keller"]


def test_a_surname_after_an_honorific_is_a_person_of_that_gender():
    an = analyze("Mr. Dalton said the talks had failed. He added that he would resign.")
    assert speakers(an) == ["dalton", "dalton"]
    assert an.tagged.actor("dalton").gender == "m"


def test_a_title_that_implies_a_country_gives_the_state():
    an = analyze("Sen. Ann Walsh said the bill was dead.")
    assert speakers(an) == ["ann-walsh"]
    assert an.tagged.actor("ann-walsh").stands_for == "USA"


def test_an_appositive_naming_an_office_gives_the_state():
    # an office the codebook does not list (the codebook's Jordanian foreign minister would
    # claim the title: a named newcomer beside a listed office is a known limit)
    an = analyze("Omar Haddad, the Peruvian foreign minister, said the border would reopen.")
    assert speakers(an) == ["omar-haddad"]
    assert an.tagged.actor("omar-haddad").stands_for == "PER"


def test_a_country_possessive_gives_the_state():
    an = analyze("Egypt's Karim Nabil said the canal fees would rise.")
    assert speakers(an) == ["karim-nabil"]
    assert an.tagged.actor("karim-nabil").stands_for == "EGY"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("The FBI said it had opened an inquiry.", "fbi", "organization"),
        (
            "The Harbor Policy Institute said exports had fallen.",
            "harbor-policy-institute",
            "organization",
        ),
        ("Officials said the road would stay closed.", "officials", "group"),
        ("Republicans said they would block the bill.", "republicans", "group"),
    ],
)
def test_organizations_and_groups_speak(text, speaker, kind):
    an = analyze(text)
    assert speakers(an) == [speaker]
    assert actor(an, speaker)["type"] == kind


def test_a_speaker_without_a_state_is_listed_but_feeds_no_edge():
    an = analyze("Maria Keller praised Japan and condemned Russia.")
    assert speakers(an) == ["maria-keller", "maria-keller"]
    a = actor(an, "maria-keller")
    assert a["country"] == "" and a["node"] == ""
    assert len(an.network.edges) == 0
    # the same words from a speaker whose title gives the state do feed it
    an = analyze("Sen. Ann Walsh praised Japan and condemned Russia.")
    assert {tuple(sorted(e)) for e in an.network.edges} == {("JPN", "USA"), ("RUS", "USA")}


def test_a_quote_inverted_after_a_new_name_and_he_added():
    an = analyze('"The vote is over," said Tom Brandt. "We lost," he added.')
    assert speakers(an) == ["tom-brandt", "tom-brandt"]
    assert set(an.statements["kind"]) == {"direct"}


# ---------------------------------------------------------------------------- cues and quotes


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Maria Keller tweeted that the vote had been rigged.", "tweeted"),
        ("Maria Keller pointed out that the vote had been close.", "pointed out"),
        ("Maria Keller testified that she had seen the letter.", "testified"),
        ("Maria Keller recalled that the harbour had flooded twice.", "recalled"),
        ("Maria Keller thinks the deal is dead.", "thinks"),
        ("Maria Keller plans to visit the border next week.", "plans"),
    ],
)
def test_reporting_belief_and_intention_verbs(text, cue):
    an = analyze(text)
    assert an.statements[["speaker", "cue"]].values.tolist() == [["maria-keller", cue]]


def test_a_reporting_verb_used_as_a_noun_is_no_cue():
    an = analyze("Maria Keller's plan failed, and a council report blamed the weather.")
    assert "plan" not in set(an.statements["cue"])
    assert "report" not in set(an.statements["cue"])


@pytest.mark.parametrize("q", ["''", '"', "“"])
def test_doubled_apostrophes_quote_like_quotation_marks(q):
    close = "”" if q == "“" else q
    an = analyze(f"{q}We will not back down,{close} said Maria Keller. {q}Never.{close}")
    assert an.statements["speaker"].tolist() == ["maria-keller", "maria-keller"]
    assert set(an.statements["kind"]) == {"direct"}


def test_a_definite_plural_speaks_for_the_parties_named_before_not_as_a_new_group():
    an = analyze(
        "The foreign ministers of Japan and South Korea met in Tokyo on Monday. "
        "The two ministers said they would expand their cooperation."
    )
    assert set(an.statements["speaker"]) >= {"JPN", "KOR"}
    assert "ministers" not in set(an.statements["speaker"])
    # a bare plural is a group of its own
    an = analyze("Diplomats said the talks would resume in May.")
    assert an.statements["speaker"].tolist() == ["diplomats"]


def test_a_colon_lead_in_takes_the_quote_of_the_next_paragraph():
    text = (
        "In a statement, Tom Brandt said:\n\n"
        '"We will win this state. Then we win the next one."\n\n'
        "The rally ended at noon.\n"
    )
    an = analyze(text)
    (s,) = an.statements.itertuples()
    assert (s.speaker, s.cue, s.kind) == ("tom-brandt", "said", "direct")
    # one quote, one statement, however many sentences it runs over
    assert s.content == '"We will win this state. Then we win the next one."'


def test_a_quotation_signed_with_a_dash_and_a_name_is_that_person_s():
    text = (
        "What readers told us\n\n"
        "“We need a council that listens to us.” ― Steve Quinlan.\n\n"
        "“The debate showed who he is. He is not ready.” -- Jane Roe\n"
    )
    an = analyze(text)
    got = an.statements[["speaker", "cue", "kind"]].values.tolist()
    assert got == [["steve-quinlan", "―", "direct"], ["jane-roe", "--", "direct"]]
    assert an.statements["content"].tolist()[1] == "“The debate showed who he is. He is not ready.”"


def test_a_quotation_holding_another_statement_is_the_outer_speaker_s_whole():
    an = analyze(
        "At a briefing, Tom Brandt said, “The United States has confirmed that Iran sent "
        "missiles to Russia.”"
    )
    brandt = an.statements[an.statements["speaker"] == "tom-brandt"]
    assert brandt["content"].tolist() == [
        "“The United States has confirmed that Iran sent missiles to Russia.”"
    ]
    assert brandt["kind"].tolist() == ["direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("''You would think so,'' Mr. Holtz-Ward said.", "holtz-ward"),
        ("''They pay us well,'' Mr. King said.", "king"),
        ("“I thought so,” radio host Chris Mallory said.", "chris-mallory"),
    ],
)
def test_a_quote_before_a_described_or_hyphenated_speaker_is_direct(text, speaker):
    an = analyze(text)
    (s,) = an.statements.itertuples()
    assert (s.speaker, s.kind) == (speaker, "direct")
    assert s.content.endswith(("''", "”"))


def test_a_common_noun_opening_a_sentence_and_a_passive_belief_make_no_speaker():
    an = analyze("Discussions are expected to resume in Geneva next week.")
    assert an.statements.empty
    assert an.actors.empty or "discussions" not in set(an.actors["actor"])


def test_short_signed_quotations_with_no_break_spaces_or_a_misprinted_mark_are_statements():
    import alignkit

    text = (
        "Readers Speak\n\nWe asked readers about the debate.\n\n"
        "”He is unfit to lead.” ― Jane Roe\n\n"
        "“We need a change.”\u00a0―\u00a0John Doe\u00a0\n\nThe debate went on."
    )
    an = alignkit.analyze_text(text)
    assert an.statements[["speaker", "content", "kind"]].values.tolist() == [
        ["jane-roe", "”He is unfit to lead.”", "direct"],
        ["john-doe", "“We need a change.”", "direct"],
    ]
    assert len(an.article.captions) == 0


# -- an explicit name beats the listed office holder; unnamed officials of a state --------


def test_a_name_in_apposition_to_an_office_is_that_person_not_the_listed_holder():
    # the codebook lists someone else as Jordan's foreign minister on this date
    an = analyze("Omar Haddad, the Jordanian foreign minister, said the crossing would reopen.")
    assert speakers(an) == ["omar-haddad"]
    assert an.tagged.stands_for("omar-haddad") == "JOR"
    assert "ayman-safadi" not in set(an.actors["actor"])


def test_an_unnamed_official_of_a_state_speaks_for_it():
    an = analyze("A senior Egyptian official said the crossing would reopen on Sunday.")
    assert [(s, an.tagged.stands_for(s)) for s in speakers(an)] == [("egyptian-official", "EGY")]
    an = analyze("A Turkish diplomat told reporters that the talks had stalled.")
    assert [(s, an.tagged.stands_for(s)) for s in speakers(an)] == [("turkish-diplomat", "TUR")]


def test_an_official_of_a_state_body_speaks_for_the_state():
    an = analyze("A Pentagon official said the carrier would stay in the Red Sea.")
    assert [(s, an.tagged.stands_for(s)) for s in speakers(an)] == [("pentagon-official", "USA")]
    an = analyze("A Hamas official said the talks had stalled.")  # a group's: no state
    assert [an.tagged.stands_for(s) for s in speakers(an)] == [""]


def test_an_office_without_a_date_speaks_as_the_office_for_its_state():
    an = alignkit.analyze_text("The Jordanian foreign minister said the crossing would reopen.")
    assert [(s, an.tagged.stands_for(s)) for s in speakers(an)] == [("jor-foreign-minister", "JOR")]


# -- readout cues and the capitalized title of the one a readout reports on ---------------


def _said(text: str) -> list[tuple[str, str, str, list]]:
    an = alignkit.analyze_text(text)
    return [(s.speaker, s.cue, s.stance, s.targets) for s in an.statement_records]


def test_the_capitalized_title_of_a_readout_is_the_person_named_with_it():
    text = (
        "Prime Minister Jane Roe of Fiji met leaders from Samoa and Tonga. "
        "The Prime Minister outlined the steps Fiji has taken on the fisheries accord."
    )
    assert [(sp, cue) for sp, cue, _, _ in _said(text)] == [("jane-roe", "outlined")]
    # no one named before: the title describes a speaker of no state, none of the network
    an = alignkit.analyze_text("The President said the talks were useful.")
    assert an.statements["speaker"].tolist() == ["president"]
    assert an.actors.set_index("actor").loc["president", "node"] == ""


def test_readout_phrases_conveyed_appreciation_expressed_determination_gave_assurances():
    got = _said("The foreign minister of Ghana conveyed appreciation for Senegal's mediation.")
    assert got == [("GHA", "conveyed appreciation", "positive", ["SEN"])]
    got = _said("Brazil expressed determination to end the border dispute with Venezuela.")
    assert [(sp, cue) for sp, cue, _, _ in got] == [("BRA", "expressed determination")]
    got = _said("Japan gave assurances that its ships would leave the strait.")
    assert [(sp, cue) for sp, cue, _, _ in got] == [("JPN", "gave assurances")]


def test_a_surname_the_parser_reads_as_a_noun_is_the_person_named_in_full_before():
    # spaCy tags a rare surname opening a sentence as a common noun ("Ruiz", "Nunez")
    an = analyze(
        "Ana Ruiz runs the only clinic in the valley town. "
        "Ruiz said the army had closed the mountain road."
    )
    assert speakers(an) == ["ana-ruiz"]


def test_a_capitalized_common_noun_opening_a_sentence_is_still_no_speaker():
    an = analyze("Ana Ruiz runs the clinic. Discussions said little about the road.")
    assert "discussions" not in speakers(an)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Six in 10 voters said the price of bread was their first worry.", "voters"),
        ("Roughly 57 percent of Republicans said the tariffs should stay.", "republicans"),
        ("Nearly two-thirds of Democrats said the aid to Kyiv should go on.", "democrats"),
        ("About half of the respondents said they had lost work since the floods.", "respondents"),
    ],
)
def test_a_poll_share_of_a_group_speaks_as_that_group_without_a_state(text, group):
    an = analyze(text)
    assert speakers(an) == [group]
    a = actor(an, group)
    assert (a["type"], a["country"]) == ("group", "")


def test_a_share_of_a_thing_is_no_speaker():
    assert speakers(analyze("Half of the bridge said to be unsafe was closed.")) == []


def test_a_surname_with_a_curly_apostrophe_is_a_name():
    # the parser reads 'O’Donnell' (typographer's apostrophe) as a common noun
    an = analyze("Brett O’Donnell said the tour of the border towns was a waste of time.")
    assert speakers(an) == ["brett-odonnell"]
    an = analyze(
        "Brett O’Donnell ran the campaign in the north.\n\n"
        "“It was not the best use of our time,” O’Donnell said."
    )
    assert speakers(an) == ["brett-odonnell"]


def test_endorsing_someone_is_a_positive_statement():
    an = analyze("Former governor Lena Brandt endorsed Omar Haddad for mayor on Sunday.")
    rows = an.statements[["speaker", "cue", "stance"]].values.tolist()
    assert rows == [["lena-brandt", "endorsed", "positive"]]


def test_a_cue_in_a_relative_clause_on_its_object_makes_no_statement():
    # "the resolutions that Russia endorsed": the object is the antecedent, not a content
    for verb in ("endorsed", "condemned", "praised"):
        text = f"The arms trade would break the two treaties that Brazil {verb}."
        assert analyze(text).statements.empty, verb
    an = analyze("The arms trade will go on, Peru said.")
    assert an.statements["content"].tolist() == ["The arms trade will go on"]
