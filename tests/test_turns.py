"""Transcript turns in their real forms (alignkit.reading.turns and the statements they
give), on text written for each form: single and double line breaks, long titles with a
parenthetical, honorific and office labels, questioners, and colon lines that are no turn."""

from __future__ import annotations

import pytest

import alignkit
from alignkit.reading.turns import find_turns

PUB = "2024-05-10"


def analyze(text: str):
    return alignkit.analyze_text(text, publication_date=PUB)


def said(an, speaker: str) -> list[str]:
    return an.statements[an.statements["speaker"] == speaker]["content"].tolist()


GAGGLE = (
    "Press Gaggle Aboard the Aircraft\n"
    "MODERATOR: Thanks for joining us. We will take questions after the top.\n"
    "MR. LANE: Good afternoon. We support Ukraine's right to defend itself.\n"
    "Q Thank you. Will the aid arrive this month?\n"
    "MR. LANE: It will. We condemn Russia's latest strikes on Kharkiv.\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["single-breaks", "blank-lines"])
def test_turns_separated_by_single_or_double_line_breaks(gap):
    an = analyze(GAGGLE.replace("\n", gap))
    lane = said(an, "lane")
    assert "We support Ukraine's right to defend itself" in lane
    assert "We condemn Russia's latest strikes on Kharkiv" in lane
    # the questioner and the moderator say nothing that counts
    assert not any("aid arrive" in c for c in an.statements["content"])
    assert not any("questions after the top" in c for c in an.statements["content"])


def test_first_person_in_a_turn_is_its_speaker():
    an = analyze(GAGGLE)
    we = an.mentions[(an.mentions["text"] == "We") & (an.mentions["kind"] == "pronoun")]
    assert set(we["actor"]) == {"lane"}


@pytest.mark.parametrize("paren", ["(via interpreter)", "(retranslated)", "(in English)", ""])
def test_a_long_title_and_a_parenthetical_before_the_colon(paren):
    text = (
        "Joint press remarks\n\n"
        f"Minister of Foreign Affairs of the Republic of Finland Liisa Marttinen {paren}: "
        "We will deepen our cooperation with Estonia.\n\n"
        "Our ministries will meet again in June.\n"
    )
    an = analyze(text)
    assert said(an, "liisa-marttinen") == [
        "We will deepen our cooperation with Estonia",
        "Our ministries will meet again in June",
    ]
    assert an.tagged.actor("liisa-marttinen").stands_for == "FIN"


def test_an_office_label_in_capitals():
    text = (
        "Remarks to the press\n\n"
        "SECRETARY HOLLAND: We welcome the ceasefire.\n\n"
        "QUESTION: Do you trust it?\n\n"
        "SECRETARY HOLLAND: We will watch it closely.\n"
    )
    an = analyze(text)
    assert said(an, "holland") == ["We welcome the ceasefire", "We will watch it closely"]


def test_the_title_alone_in_capitals_is_the_one_holder_the_headline_names():
    text = (
        "Remarks by President Jane Roe Welcoming the Truce Between Chad and Sudan\n\n"
        "THE PRESIDENT:  Good morning. I spoke with both leaders this morning.\n\n"
        "Q    Will it hold?\n\n"
        "THE PRESIDENT:  We will work to make it hold.\n"
    )
    an = analyze(text)
    assert "the" not in set(an.statements["speaker"])
    assert said(an, "jane-roe")[-1] == "We will work to make it hold"


def test_a_subheading_opening_with_the_once_is_no_speaker():
    text = (
        "Remarks by President Jane Roe on the Harbor\n\n"
        "THE PRESIDENT:  Good morning. The harbor will reopen.\n\n"
        "Q    When?\n\n"
        "THE PRESIDENT:  In May.\n\n"
        "The Work Goes On:\n\n"
        "The dredging of the harbor continues in April.\n"
    )
    an = analyze(text)
    assert not {"work-goes-on", "the-work-goes-on"} & set(an.statements["speaker"])


def test_a_label_describing_an_unnamed_official_speaks_for_the_issuing_state():
    text = (
        "Source: https://example.org/b (Ministry of Foreign Affairs of Chile transcript; "
        "public domain)\n\n"
        "Background Briefing on the Border\n\n"
        "MODERATOR: Thanks for joining. Our speaker is on background.\n\n"
        "SENIOR GOVERNMENT OFFICIAL: Thank you. The talks with Peru have been hard for us.\n"
    )
    an = analyze(text)
    assert "The talks with Peru have been hard for us" in said(an, "senior-government-official")
    assert an.tagged.actor("senior-government-official").stands_for == "CHL"


def test_a_cue_line_ending_in_a_colon_is_no_turn():
    text = (
        "Rally draws crowd\n\n"
        "In one post Friday, Maria Keller said:\n\n"
        '"We will win this state."\n\n'
        "The rally ended at noon and the crowd left quietly.\n\n"
        "12:50 p.m.\n\n"
        "Police closed two streets near the hall.\n"
    )
    assert find_turns(text) == []
    an = analyze(text)
    assert not any("rally ended" in c or "Police" in c for c in an.statements["content"])


@pytest.mark.parametrize(
    "line",
    ["Editor's note: This story was updated.", "Readers: Send us your questions.", "12:50 p.m."],
)
def test_notes_times_and_lone_colon_lines_are_no_turns(line):
    text = f"Headline here\n\n{line}\n\nThe council voted on Tuesday to close the road.\n"
    assert find_turns(text) == []
    assert analyze(text).statements.empty


def test_name_lines_alternating_make_a_transcript():
    text = (
        "Interview\n\n"
        "Keller: We should talk about the budget.\n\n"
        "Brandt: The budget is fine.\n\n"
        "Keller: It is not fine.\n"
    )
    turns = find_turns(text)
    assert [x.label for x in turns] == ["Keller", "Brandt", "Keller"]
    # a separator or a time line ends a turn
    text = "MR. LANE: We are ready.\n\n___\n\nThe storm hit the coast at dawn.\n"
    (turn,) = find_turns(text)
    assert text[turn.start : turn.end] == "We are ready."


def test_a_headline_in_the_name_colon_form_is_no_turn():
    text = (
        "Keller: The budget will pass in June.\n\n"
        "Keller: We should talk about the budget.\n\n"
        "Brandt: The budget is fine.\n\n"
        "Keller: It is not fine.\n"
    )
    assert [text[x.start : x.end] for x in find_turns(text)] == [
        "We should talk about the budget.",
        "The budget is fine.",
        "It is not fine.",
    ]
    # a first line in capitals is a turn ("MR. LANE: ..." pasted alone)
    assert [x.label for x in find_turns("MR. LANE: We are ready.\n")] == ["MR. LANE"]


def test_a_table_of_names_and_figures_is_no_transcript():
    text = (
        "The latest count\n\n"
        "Maria Keller: 1,769\n\nTom Brandt: 1,501\n\nMaria Keller: 547\n\nTom Brandt: 46\n"
    )
    assert find_turns(text) == []


def test_a_capitals_line_once_names_no_one_and_stage_directions_are_nobody_s_words():
    text = (
        "Debate night\n\n"
        "FIX IS IN: Why did the moderators ignore the question?\n\n"
        "MR. LANE: We are ready.\n\n(CROSSTALK.)\n\nMR. LANE: We will win.\n"
    )
    an = analyze(text)
    assert an.statements[["speaker", "content"]].values.tolist() == [
        ["lane", "We are ready"],
        ["lane", "We will win"],
    ]


QANDA = (
    "Source: https://example.org/q (Ministry of Foreign Affairs of Japan, Press Secretary's "
    "Office, question taken at the briefing; public domain)\n\n"
    "Japan's Position on the Sinai Talks\n\n"
    "Question: Is Japan in talks with Egypt on the border crossings?\n\n"
    "Answer: Japan has close relations with Egypt and Israel. "
    "We encourage both sides to keep the crossings open.\n\n"
    "Question: Will Japan send observers?\n\n"
    "Answer: We are considering it."
)


def test_the_answers_of_a_q_and_a_release_are_its_issuing_state():
    an = analyze(QANDA)
    assert said(an, "JPN") == [
        "Japan has close relations with Egypt and Israel",
        "We encourage both sides to keep the crossings open",
        "We are considering it",
    ]
    assert not any("talks with Egypt" in c for c in an.statements["content"])


def test_an_answer_label_without_an_issuer_is_no_one():
    an = analyze(
        "Briefing\n\nQuestion: Is it true?\n\nAnswer: Yes, the talks with Egypt went well."
    )
    assert an.statements.empty


def test_an_interview_of_one_question_and_its_answer_is_a_transcript():
    # "VOA:" asks, a person the text names answers under their surname
    text = (
        "Analyst Says Sanctions Will Bite\n\nThe agency's Ana Ruiz spoke to Tomas Brandt, "
        "a researcher at the Sahel Institute.\n\nVOA: What is your reaction to the "
        "suspension?\n\nBrandt: It sends a signal. Coups will not be tolerated."
    )
    turns = find_turns(text)
    assert [t.label for t in turns] == ["VOA", "Brandt"]
    assert text[turns[1].start : turns[1].end] == "It sends a signal. Coups will not be tolerated."


def test_a_lone_name_colon_line_without_a_question_is_no_interview():
    text = "Weekly Letter\n\nReaders: write to us.\n\nEditors: we read every letter."
    assert find_turns(text) == []


_BRIEFING = (
    "Source: https://www.state.gov/briefings/x/ (U.S. Department of State; public domain)\n"
    "Date: 2023-08-15\n\nDepartment Press Briefing\n\n"
    "MS ROE: Good afternoon. We remain deeply concerned about the detention of President "
    "Bazoum by the junta in Niger.\n\n"
    "QUESTION: Does the United States support ECOWAS?\n\n"
    "MS ROE: We support the efforts of ECOWAS to restore constitutional order.\n"
)


def test_the_briefer_of_a_states_briefing_speaks_for_it():
    # the Source line names the issuing department but not the briefer
    an = alignkit.analyze_text(_BRIEFING)
    assert an.actors.set_index("actor").loc["roe", "country"] == "USA"
    edges = {(*sorted((a, b)), d["sign"] > 0) for a, b, d in an.network.edges(data=True)}
    assert ("ECOWAS", "USA", True) in edges


def test_a_label_with_few_turns_gets_no_state_from_the_issuer():
    text = _BRIEFING.replace("MS ROE: We support", "MR DOE: We support")
    an = alignkit.analyze_text(text)  # two answering labels, one turn each: no host
    assert an.actors.set_index("actor").loc["roe", "country"] == ""


def test_an_interview_whose_questions_alone_are_labelled_gives_the_answers_to_its_guest():
    text = (
        "Source: https://www.gov.uk/government/speeches/x (UK Government; OGL v3)\n"
        "Date: 2024-10-02\n\n"
        "Foreign Secretary Jane Roe interview on morning radio\n\n"
        "Q. Will Britain help Ghana?\n\n"
        "We condemn the attack on Ghana in the strongest terms. We stand with Ghana.\n\n"
        "Q. And Togo?\n\n"
        "We thank Togo for its help."
    )
    an = alignkit.analyze_text(text)
    st = an.statements[an.statements["cue"] == ":"]
    assert set(st["speaker"]) == {"jane-roe"}
    assert len(st) == 3


_UNLABELLED = (
    "Source: https://example.org/envoy (Embassy of Canada, \"Envoy Marsh's interview with "
    'Radio Lusaka", Canadian Ambassador to Zambia Helen Marsh; public domain)\n'
    "Date: 2022-03-04\n\n"
    "Envoy Marsh's interview with Radio Lusaka\n\n"
    "Ambassador Marsh\n\n"
    "[What is your message on the border dispute with Malawi?]\n\n"
    "We urge Zambia and Malawi to settle the dispute through talks. Canada stands ready to "
    "help.\n\n"
    "Will Ottawa send observers?\n\n"
    "We have offered observers, and we will keep supporting the mediation of the African "
    "Union.\n"
)


def test_an_interview_without_labels_gives_each_answer_to_the_name_under_its_headline():
    an = alignkit.analyze_text(_UNLABELLED)
    st = an.statements[an.statements["cue"] == ":"]
    assert set(st["speaker"]) == {"marsh"}
    assert len(st) == 3  # the two questions say nothing
    assert not any("observers?" in c or "Malawi?" in c for c in st["content"])
    person = an.actors.set_index("actor").loc["marsh"]
    # the page names her by surname; the Source line in full, with her title's state
    assert (person["name"], person["country"]) == ("Helen Marsh", "CAN")


def test_a_report_with_questions_in_it_is_no_interview():
    text = (
        "Fighting resumes near the border\n\n"
        "Ambassador Marsh\n\n"
        "Shelling hit two villages on Tuesday, officials said. Dozens fled.\n\n"
        "Why now? Analysts point to the failed talks in May.\n\n"
        "The army said it had repelled an assault. A local mayor said the clinic was hit.\n\n"
        "What comes next?\n\n"
        "Few expect a ceasefire before the rains. Aid groups asked for access.\n\n"
        "The foreign ministry summoned the envoy. Markets fell.\n\n"
        "Talks are due to resume next month in Nairobi.\n"
    )
    assert find_turns(text, len("Fighting resumes near the border")) == []


def test_an_interview_without_a_name_line_needs_its_title_to_say_interview():
    body = (
        "\n\nWhy did you go to Juba?\n\nWe went to support the peace talks in South Sudan.\n\n"
        "What next?\n\nWe will return in June.\n"
    )
    for title, turns in [("Interview with the envoy", 4), ("Talks in Juba", 0)]:
        assert len(find_turns(title + body, len(title))) == turns


def test_a_label_of_a_name_and_its_title_after_a_comma():
    text = (
        "Doorstop interview, Wellington\n\n"
        "Reporter: Will New Zealand recognise the new government in Niger?\n\n"
        "Tom Hale, Foreign Minister: Our position on the coup in Niger is unchanged.\n\n"
        "Reporter: And sanctions?\n\n"
        "Foreign Minister: We will decide with our partners.\n"
    )
    turns = find_turns(text, len("Doorstop interview, Wellington"))
    assert [x.label for x in turns][:2] == ["Reporter", "Tom Hale, Foreign Minister"]
    an = analyze(text)
    assert "Our position on the coup in Niger is unchanged" in said(an, "tom-hale")
    # a place after a comma is no title: "Geneva, Switzerland:" labels no one
    assert find_turns("Talks\n\nGeneva, Switzerland: The talks opened.", 5) == []


def test_a_copy_s_maker_named_first_in_the_source_line_is_not_the_issuer():
    """'The Lusaka Times' reproduction of a U.S. Department of State briefing': the
    briefing's bare 'The Secretary' is the U.S. Secretary, not a Zambian one."""
    from alignkit.reading.article import parse_article
    from alignkit.reading.tagging import issuing_state, tag

    text = (
        "Source: https://lusakatimes.example/x (The Zambian Observer's reproduction of a U.S. "
        "Department of State Daily Press Briefing; U.S. government work, public domain)\n"
        "Date: 2013-07-23\n\nDaily Press Briefing\n\n"
        "MS. ROE: The Secretary will travel to Lusaka on Thursday.\n"
    )
    assert issuing_state(tag(parse_article(text))) == "USA"
