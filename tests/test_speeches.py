"""Speeches, UN remarks, joint statements and readouts in their real forms.

Real public texts in ``tests/data/speeches/`` (U.S. government works and one GOV.UK text
under the Open Government Licence; see that folder's README), chosen on topics the rules
were not written on, and short texts written here for each class.
"""

from __future__ import annotations

import json
from pathlib import Path

import alignkit
from alignkit.reading.article import parse_article
from alignkit.reading.authors import text_author
from alignkit.reading.tagging import tag

HERE = Path(__file__).parent / "data" / "speeches"


def _text(name: str) -> str:
    return next(HERE.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def _speakers_at(text: str, anchor: str) -> set[str]:
    """The speakers of the statements that hold the line of ``anchor``."""
    an = alignkit.analyze_text(text)
    at = text.index(anchor)
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)
    return {s.speaker for s in an.statement_records if s.content_start < hi and lo < s.content_end}


def test_a_group_s_members_listed_in_the_body_each_speak_not_the_topic_of_its_name():
    # "Joint Statement by the Sri Lanka Core Group ... comprising Canada, ...": the group
    # is named after its topic; its members speak, Sri Lanka does not
    text = _text("S03")
    said = _speakers_at(text, "We welcome your report")
    assert {"CAN", "MKD", "MWI", "MNE", "GBR", "USA"} <= said
    assert "LKA" not in said


def test_signatories_said_in_the_body_under_a_topic_headline_each_speak():
    text = (
        "Joint Statement on the Border Crisis\n\n"
        "We, the Foreign Ministers of Chile, Peru and Uruguay, met in Lima today.\n\n"
        "We condemn the attack on the border post and call on Bolivia to open an inquiry."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["CHL", "PER", "URY"]
    said = _speakers_at(text, "We condemn the attack")
    assert {"CHL", "PER", "URY"} <= said


def test_a_statement_made_on_behalf_of_a_group_under_a_topic_headline():
    text = (
        "Joint Statement on the Situation in the Great Lakes\n\n"
        "Thank you, Chair.\n\n"
        "I have the honour to speak on behalf of Kenya, Uganda and Tanzania.\n\n"
        "We are alarmed by the fighting and urge both parties to return to talks."
    )
    said = _speakers_at(text, "We are alarmed")
    assert {"KEN", "UGA", "TZA"} <= said


def test_a_deliverer_line_names_the_author_and_is_not_his_words():
    text = (
        "Statement to the Human Rights Council on Nepal\n\n"
        "As delivered by Ambassador Jane Roe, Permanent Mission of Canada\n\n"
        "We welcome the progress on transitional justice in Nepal."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]
    assert t.actor("jane-roe").stands_for == "CAN"
    assert _speakers_at(text, "As delivered by") == set()
    assert _speakers_at(text, "We welcome the progress") == {"jane-roe"}


def test_remarks_naming_no_author_are_the_issuing_body_s_state():
    # the Sison remarks without their byline block: the Source line names only the mission
    src, rest = _text("S01").split("\n\n", 1)
    head, _, body = rest.partition("\n\nThank you, Mr. President")
    headline = head.split("\n\n")[0]
    text = f"{src}\n\n{headline}\n\nThank you, Mr. President{body}"
    assert "Sison" not in text
    assert _speakers_at(text, "We believe the peace agreement") >= {"USA"}


def test_a_participle_between_the_kind_and_the_author_and_a_possessive_author():
    given = (
        "Statement given yesterday by Ambassador Jane Roe, UK Deputy Permanent "
        "Representative to the UN, at the Security Council meeting on Haiti.\n\n"
        "We condemn the gang violence in Port-au-Prince."
    )
    t = tag(parse_article(given))
    assert text_author(t) == ["jane-roe"] and t.actor("jane-roe").stands_for == "GBR"
    owned = (
        "Source: https://example.org/r (U.S. Mission to the UN remarks; public domain)\n\n"
        "Ambassador Jane Roe’s Remarks at a UN Security Council Briefing on Yemen\n\n"
        "Thank you, Mr. President. We welcome the truce."
    )
    assert text_author(tag(parse_article(owned))) == ["jane-roe"]
    news = "President Roe's Statement on Talks Angers Rebels\n\nWe reject it, rebels said."
    assert text_author(tag(parse_article(news))) == []


def test_the_real_texts_keep_their_statements():
    """Every real text of the folder yields statements, and its recall holds."""
    gold = json.loads((HERE / "speeches.gold.json").read_text(encoding="utf-8"))
    for name in gold:
        text = (HERE / name).read_text(encoding="utf-8")
        an = alignkit.analyze_text(text)
        assert len(an.statement_records) > 0, name


def _statements(text: str) -> list[tuple[str, str]]:
    an = alignkit.analyze_text(text)
    return [(s.speaker, text[s.content_start : s.content_end]) for s in an.statement_records]


def test_a_name_in_a_title_case_headline_ends_before_a_preposition():
    # "Guatemalan President Bernardo Arévalo Before Their Meeting": the label PRESIDENT
    # ARÉVALO is the person the headline names, with his state
    said = _statements(_text("S05"))
    assert ("bernardo-arevalo", "We are pleased to have you here") in {
        (sp, c[:31]) for sp, c in said
    }
    an = alignkit.analyze_text(_text("S05"))
    people = an.actors[an.actors["type"] == "person"]
    assert "Bernardo Arévalo" in set(people["name"])
    assert not any(n.endswith("Before") for n in people["name"])
    text = "Prime Minister Jane Roe of Peru After Her Visit\n\nThe visit went well."
    names = set(alignkit.analyze_text(text).actors["name"])
    assert not any("After" in n for n in names)


def test_a_parenthetical_after_a_label_s_colon_is_not_the_speaker_s_words():
    text = (
        "Ministers Before Their Meeting\n\n"
        "FOREIGN MINISTER ROE: (Via interpreter) We welcome the agreement with Chile.\n\n"
        "QUESTION: (Translated.) Will you visit Santiago?\n\n"
        "SECRETARY DOE: (Laughter.) We will, and we support the agreement."
    )
    said = _statements(text)
    assert all(not c.startswith("(") for _, c in said)
    assert ("roe", "We welcome the agreement with Chile") in said


def test_the_public_papers_label_a_title_and_a_name_closed_by_a_period():
    said = _statements(_text("S11"))
    assert said and all(sp == "joe-biden" for sp, _ in said)
    assert not any(c.startswith(("[", "Remarks Prior")) for _, c in said)
    text = (
        "Remarks Before a Meeting With the Prime Minister of Peru\n\n"
        "President Roe. We welcome the Prime Minister. Our partnership is strong.\n\n"
        "Q. Will you discuss the border?\n\n"
        "President Roe. We will. [Laughter]"
    )
    said = _statements(text)
    assert {sp for sp, _ in said} == {"roe"}
    assert not any("border?" in c or c.startswith("[") for _, c in said)


def test_a_stage_direction_and_a_title_line_in_remarks_are_no_one_s_words():
    text = (
        "Source: https://example.org/r (U.S. Mission to the UN remarks; public domain)\n\n"
        "Remarks by Ambassador Jane Roe\n\n"
        "Remarks at a UN Security Council Briefing on Yemen\n\n"
        "Thank you, Mr. President. We welcome the truce. [Applause]\n\n"
        "(Laughter.)\n\n"
        "We call on the Houthis to release the detained staff."
    )
    said = _statements(text)
    assert said and not any(c.startswith(("[", "(", "Remarks at")) for _, c in said)


def test_a_label_that_is_a_title_alone_is_the_holder_the_text_names_or_the_issuer():
    turns = (
        "Prime Minister:\n\nGood morning. We condemn the attacks on the camps in Darfur.\n\n"
        "Question:\n\nWill you meet the Sudanese leaders?\n\n"
        "Prime Minister:\n\nI will meet them next week."
    )
    named = "Prime Minister Jane Roe's Press Conference\n\n" + turns
    said = _statements(named)
    assert said and {sp for sp, _ in said} == {"jane-roe"}
    assert not any("Sudanese leaders" in c for _, c in said)
    issued = (
        "Source: https://example.org/pc (Prime Minister's Office, 10 Downing Street; "
        "Open Government Licence)\n\nPress conference\n\n" + turns
    )
    assert {sp for sp, _ in _statements(issued)} == {"GBR"}
    assert _statements("Press conference\n\n" + turns) == []


def test_a_headline_of_states_then_the_kind_is_each_state():
    text = (
        "U.S.-Philippines Joint Statement on Maritime Security\n\n"
        "We condemn the dangerous maneuvers near Second Thomas Shoal."
    )
    assert text_author(tag(parse_article(text))) == ["USA", "PHL"]
    news = "Kremlin Rejects G7 Statement on Ukraine\n\nIt is void, a Kremlin spokesman said."
    assert text_author(tag(parse_article(news))) == []


def test_signatories_listed_at_the_end_each_speak():
    signed = (
        "Joint Statement on the Situation in Myanmar\n\n"
        "We condemn the airstrikes on civilians in Sagaing.\n\n"
        "This statement is signed by Australia, Canada, Japan and New Zealand."
    )
    assert _speakers_at(signed, "We condemn the airstrikes") == {"AUS", "CAN", "JPN", "NZL"}
    listed = (
        "Joint Statement on Media Freedom in Belarus\n\n"
        "We condemn the detention of journalists in Belarus.\n\n"
        "Signatories:\nCanada\nEstonia\nLatvia"
    )
    assert _speakers_at(listed, "We condemn the detention") == {"CAN", "EST", "LVA"}


def test_a_signature_line_is_read_at_a_paragraph_s_start_only():
    remarks = (
        "Source: https://example.org/r (U.S. Mission to the UN remarks; public domain)\n\n"
        "Remarks by Ambassador Jane Roe at a UN Security Council Briefing on Mali\n\n"
        "We welcome the report.\n\n"
        "We supported the resolution co-sponsored by Ghana and Norway."
    )
    assert text_author(tag(parse_article(remarks))) == ["jane-roe"]
    short = (
        "Joint Statement on Media Freedom\n\nWe condemn the detention of journalists.\n\n"
        "Signed by: Canada, Estonia and Latvia"
    )
    assert _speakers_at(short, "We condemn the detention") == {"CAN", "EST", "LVA"}


def test_the_leaders_of_a_call_are_the_two_people_who_spoke():
    # a readout: one leader spoke to another; "The leaders" and "They" are the two
    text = (
        "Date: 2024-03-02\n\nPresident's call with Prime Minister Marape\n\n"
        "President Macron spoke to the Prime Minister of Papua New Guinea, James Marape, "
        "this morning on the unrest in Port Moresby.\n\n"
        "The leaders shared their concern about the looting in the capital.\n\n"
        "They agreed that France and Papua New Guinea would coordinate their support to "
        "the police with Australia and other partners in the Pacific"
    )
    assert _speakers_at(text, "The leaders shared") == {"emmanuel-macron", "james-marape"}
    assert _speakers_at(text, "They agreed") == {"emmanuel-macron", "james-marape"}


def test_a_paragraph_opening_with_a_pronoun_is_prose_not_a_caption():
    a = parse_article(
        "Talks in Lome\n\nThe envoys met in Lome on Monday.\n\n"
        "They agreed that the border would open on Friday\n\nThe talks resume next week."
    )
    assert a.captions == []
    assert [s.block for s in a.sentences].count("body") == 3


def test_opening_remarks_before_the_questions_are_the_author_s():
    # a doorstep: the author's opening words carry no label, the questions that follow do
    text = (
        "Date: 2022-02-14\n\nRemarks by Foreign Minister Jane Roe of Canada upon arrival at "
        "the ASEAN meeting\n\nGood morning.\n\nWe will start with Myanmar, where the "
        "junta keeps thousands in its jails.\n\nQ. Will Canada add sanctions?\n"
        "We are ready to do more."
    )
    assert _speakers_at(text, "We will start with Myanmar") == {"jane-roe"}
    assert _speakers_at(text, "We are ready to do more") == {"jane-roe"}


def test_a_press_release_s_we_is_its_issuer_and_its_narration_no_ones():
    text = (
        "Source: https://x.org/r (reproduction of the Kenya Defence Forces press release; "
        "public domain)\nDate: 2023-02-01\n\nForces strike militants near Lamu\n\n"
        "Kenyan forces struck a militant camp near Lamu on Tuesday.\n\n"
        "We assess no civilians were injured in the strike."
    )
    an = alignkit.analyze_text(text)
    rows = an.statements[["speaker", "cue"]].values.tolist()
    assert len(rows) == 1 and rows[0][1] == "assess"
    assert an.actors.set_index("actor").loc[rows[0][0], "country"] == "KEN"


_UK_SPEECH = (
    'Source: https://www.gov.uk/government/speeches/a-path-to-peace (GOV.UK speech, "A path '
    'to peace: UK statement at the UN Security Council"; Open Government Licence v3.0)\n'
    "Date: 2025-03-01\n\n"
    "A path to peace: UK statement at the UN Security Council\n\n"
)


def test_a_speech_headline_naming_one_state_makes_its_we_that_state():
    """'<title>: UK statement at the UN Security Council': 'we' is the United Kingdom."""
    text = _UK_SPEECH + "Thank you, President. We commend Ghana for its mediation in Togo."
    assert ("GBR", "GHA", "+") in _signed(alignkit.analyze(parse_article(text)))


def test_the_named_speaker_of_such_a_speech_serves_that_state():
    text = (_UK_SPEECH + "Ambassador Jane Roe\nDeputy Permanent Representative to the UN\n\n"
            "Thank you, President. We commend Ghana for "
            "its mediation in Togo.")  # fmt: skip
    an = alignkit.analyze(parse_article(text))
    assert ("GBR", "GHA", "+") in _signed(an)
    assert an.tagged.actor("jane-roe").stands_for == "GBR"


def test_a_news_headline_on_one_states_statement_names_no_author():
    text = "Ghana statement on Togo angers Lome\n\nWe reject it, a Togolese official said."
    assert text_author(alignkit.analyze(parse_article(text)).tagged) == []


def _signed(an) -> set[tuple[str, str, str]]:
    return {
        (*sorted((u, v)), "+" if d["sign"] > 0 else "-") for u, v, d in an.network.edges(data=True)
    }
