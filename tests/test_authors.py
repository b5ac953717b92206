"""The text's own author as speaker: remarks, statements, attribution lines, editorials.

Texts written for these tests: a speech or a statement is one speaker's words without a
label; its first person outside quotations is that author.
"""

from __future__ import annotations

import alignkit
from alignkit.reading.article import parse_article
from alignkit.reading.authors import header_paragraphs, text_author
from alignkit.reading.tagging import tag


def _said(text: str) -> list[tuple[str, str]]:
    an = alignkit.analyze_text(text)
    return [(s.speaker, s.cue) for s in an.statement_records]


def _edges(text: str) -> set[tuple[str, str, str]]:
    an = alignkit.analyze_text(text)
    return {(e.source_country, e.target_country, e.type) for e in an.all_event_records}


REMARKS = (
    "Remarks by U.S. Ambassador Jane Roe at a UN Security Council Briefing on Sudan\n\n"
    "Thank you, Madam President. We welcome Egypt's role in the talks. "
    "We are deeply concerned about Iran's shipments of drones to Russia. "
    "We call on Russia to end its war. I condemn the strikes by Russia on Kyiv.\n\n"
    '"We will never give up," President Zelenskyy said last week.'
)


def test_remarks_headline_names_a_person_and_her_state():
    t = tag(parse_article(REMARKS))
    assert text_author(t) == ["jane-roe"]
    assert t.actor("jane-roe").stands_for == "USA"


def test_first_person_of_remarks_is_the_author_with_the_usual_reading():
    an = alignkit.analyze_text(REMARKS)
    rows = {s.cue: s for s in an.statement_records if s.speaker == "jane-roe"}
    # "Thank you, Madam President.": an assertion of hers without a cue ("")
    assert set(rows) == {"", "welcome", "are deeply concerned", "call on", "condemn"}
    assert (rows["welcome"].stance, rows["welcome"].targets) == ("positive", ["EGY"])
    assert rows["are deeply concerned"].stance == "negative"
    assert "IRN" in rows["are deeply concerned"].targets
    assert rows["call on"].targets == ["RUS"]
    assert rows["condemn"].stance == "negative"


def test_first_person_inside_a_quotation_stays_the_quoted_speaker():
    an = alignkit.analyze_text(REMARKS)
    quoted = [s for s in an.statement_records if "never give up" in s.content]
    assert [s.speaker for s in quoted] == ["volodymyr-zelenskyy"]


def test_the_author_state_makes_the_edges():
    edges = _edges(REMARKS)
    assert ("USA", "EGY", "SUPPORT") in edges
    assert ("USA", "RUS", "ACCUSE") in edges


def test_a_joint_statement_is_each_signatory():
    text = (
        "Joint Statement of the United States, Japan and the Republic of Korea\n\n"
        "We condemn North Korea's missile launches."
    )
    assert sorted(sp for sp, cue in _said(text) if cue == "condemn") == ["JPN", "KOR", "USA"]


def test_attribution_line_of_a_readout_names_the_speaker():
    text = (
        "Secretary's Call with the Foreign Minister of Chile\n\n"
        "The following is attributable to Spokesperson Jane Roe of Canada:\n\n"
        "We welcome Chile's offer to host the talks."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]
    assert t.actor("jane-roe").stands_for == "CAN"
    assert ("jane-roe", "welcome") in _said(text)


def test_source_line_names_the_author_and_the_issuing_body_its_state():
    text = (
        "Source: https://example.org/x (copy of U.S. Mission to the UN remarks by "
        "Ambassador John Doe, Deputy Representative, at a UN Security Council briefing on "
        "Ukraine; public domain)\n\n"
        "October 30, 2024\n\n"
        "Thank you. We urge Russia not to send more troops to the border."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["john-doe"]
    assert t.actor("john-doe").stands_for == "USA"  # the issuer's, not the topic's (Ukraine)
    assert ("john-doe", "urge") in _said(text)


def test_an_editorial_is_the_outlet_without_a_state():
    text = (
        'Source: https://example.org/e (Globe Editorial "Sanctions Work"; staff)\n\n'
        "Sanctions Work\n\n"
        "We welcome the new sanctions on Iran."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["globe"]
    assert (t.actor("globe").type, t.actor("globe").stands_for) == ("organization", "")


def test_an_eu_spokesperson_statement_is_the_eu():
    text = "Statement by the EEAS Spokesperson on Gaza\n\nWe condemn the attack on Egypt."
    t = tag(parse_article(text))
    assert text_author(t) == ["eeas"]
    assert t.stands_for("eeas") == "EU"


def test_a_news_report_has_no_author_and_its_we_speaks_for_no_one():
    text = (
        "Russia Warns NATO Over Drills\n\n"
        "We will respond, a Russian official said on Monday. We condemn NATO, he added."
    )
    assert text_author(tag(parse_article(text))) == []
    assert all(sp != "" for sp, _ in _said(text))
    assert not any(cue == "condemn" for _, cue in _said(text))


def test_a_headline_naming_a_statement_in_a_news_story_is_no_author():
    text = "Putin's Statement on Talks Angers Kyiv\n\nWe condemn it, Ukrainian officials said."
    assert text_author(tag(parse_article(text))) == []


def test_the_speaker_of_a_concern_is_not_the_agent_of_what_worries_him():
    text = "Russia is concerned about the fighting in Sudan."
    assert ("RUS", "SDN", "FIGHT") not in _edges(text)
    assert _said(text) == [("RUS", "is concerned")]


def test_a_news_title_about_a_statement_names_no_author():
    for text in (
        "Statement by Putin angers Kyiv\n\nWe condemn it.",
        'Source: https://example.org/n (news story "Kremlin rejects statement by NATO chief"; '
        "wire)\n\nKremlin Rejects NATO Chief\n\nWe condemn it.",
    ):
        assert text_author(tag(parse_article(text))) == []


# -- the state of a counterpart -------------------------------------------------------


def test_a_counterpart_is_of_the_demonym_state_as_object_and_as_speaker():
    assert ("USA", "EGY", "CONSULT") in _edges(
        "Secretary Blinken met his Egyptian counterpart in Cairo on Monday."
    )
    assert ("QAT", "ISR", "ACCUSE") in _edges("Her Qatari counterpart condemned Israel.")
    an = alignkit.analyze_text("His Qatari counterpart said the talks were useful.")
    assert [(s.speaker, an.tagged.stands_for(s.speaker)) for s in an.statement_records] == [
        ("qatari-counterpart", "QAT")
    ]


def test_coordinated_counterparts_are_each_state():
    text = "Jake Sullivan met with his South Korean and Japanese counterparts in Seoul."
    edges = _edges(text)
    assert {("USA", "KOR", "CONSULT"), ("USA", "JPN", "CONSULT")} <= edges


# -- the author in every byline form ---------------------------------------------------


def _author(text: str) -> list[tuple[str, str]]:
    t = tag(parse_article(text))
    return [(i, t.stands_for(i)) for i in text_author(t)]


def test_an_explanation_of_vote_names_its_author_and_state():
    text = (
        "Explanation of Vote by Ambassador Jane Roe, Canadian Permanent Representative to the "
        "United Nations, on the Resolution on Yemen\n\n"
        "Thank you, Mr. President. Canada voted in favour. We call on the Houthis to stop."
    )
    assert _author(text) == [("jane-roe", "CAN")]


def test_a_statement_by_line_under_a_news_like_headline_names_the_author():
    text = (
        "Mali Needs a Ceasefire Now: French Statement at the Security Council\n\n"
        "Statement by Ambassador Paul Durand, French Deputy Permanent Representative to the UN, "
        "at the UN Security Council meeting on Mali.\n\n"
        "We strongly condemn the attacks on civilians in Mopti."
    )
    assert _author(text) == [("paul-durand", "FRA")]


def test_a_byline_block_under_remarks_gives_the_author_and_the_mission_its_state():
    text = (
        "Source: https://example.org/r (Permanent Mission of Ireland to the United Nations, "
        '"Remarks at a UN Security Council Briefing on Myanmar", Ambassador Jane Roe; '
        "public domain)\n\n"
        "Remarks at a UN Security Council Briefing on Myanmar\n\n"
        "Ambassador Jane Roe\nDeputy Representative to the United Nations\n"
        "New York, New York\nMay 3, 2022\n\n"
        "Thank you, Madam President. We are deeply concerned about the air strikes."
    )
    t = tag(parse_article(text))
    assert [(i, t.stands_for(i)) for i in text_author(t)] == [("jane-roe", "IRL")]
    assert sorted(header_paragraphs(t)) == [0]


def test_a_byline_block_in_a_news_story_names_no_author():
    text = (
        "Rebels Take Goma After Days of Fighting\n\n"
        "Jane Roe\nReuters\nGoma, Congo\n\n"
        "We will not leave, a rebel commander said on Monday."
    )
    assert _author(text) == []


def test_a_ministry_press_statement_is_its_state():
    text = (
        "Source: https://example.org/p (Ministry of Foreign Affairs of Norway press statement; "
        "public domain)\n\n"
        "Norway Condemns Attack in Kabul\n\n"
        "Norway condemns the attack on the school. We call on the Taliban to protect pupils."
    )
    assert _author(text) == [("NOR", "NOR")]


def test_a_group_statement_is_each_member_the_text_lists():
    text = (
        "Statement by the Contact Group\n\n"
        "The Contact Group Envoys (France, Germany, Italy and Spain) welcome the truce in Tripoli. "
        "We urge all parties to respect it."
    )
    assert _author(text) == [("FRA", "FRA"), ("DEU", "DEU"), ("ITA", "ITA"), ("ESP", "ESP")]


# -- a speech is one turn: each sentence of the author's own voice is the author's -------

SPEECH = (
    "Remarks by Ambassador Jane Roe, U.S. Deputy Representative to the UN, at a UN Security "
    "Council Briefing on Myanmar\n\n"
    "Thank you, President. The United States fully supports Thailand's efforts to deliver aid. "
    "The regime's air strikes on villages in Sagaing are appalling. We call on the regime to "
    "stop them.\n\n"
    "Second, it is imperative that aid reaches Rakhine State. Will the regime let it through?"
    "\n\n"
    '"We have nothing left," a displaced mother told reporters in Sittwe.'
)


def _rows(text: str):
    return alignkit.analyze_text(text).statement_records


def test_each_sentence_of_a_speech_is_the_author_s_assertion():
    said = {s.content: s for s in _rows(SPEECH) if s.speaker == "jane-roe"}
    assert "it is imperative that aid reaches Rakhine State" in " ".join(said)
    assert "The regime's air strikes on villages in Sagaing are appalling" in said
    support = said["The United States fully supports Thailand's efforts to deliver aid"]
    assert (support.cue, support.stance, support.targets) == ("", "positive", ["THA"])
    assert [s.cue for s in said.values()].count("call on") == 1  # the cue's own statement


def test_a_question_and_a_quotation_in_a_speech_are_not_the_author_s_assertions():
    rows = _rows(SPEECH)
    assert not any(s.content.startswith("Will the regime") for s in rows)
    assert not any(s.speaker == "jane-roe" and "nothing left" in s.content for s in rows)


def test_a_byline_block_is_not_the_author_s_words():
    text = (
        "Remarks at a UN Security Council Briefing on Haiti\n\n"
        "Ambassador Jane Roe\nU.S. Deputy Representative to the United Nations\n"
        "New York, New York\nMarch 2, 2024\n\n"
        "Thank you. The gangs in Port-au-Prince must be stopped. We welcome Kenya's lead."
    )
    rows = [s for s in _rows(text) if s.speaker == "jane-roe"]
    assert [s.cue for s in rows] == ["", "", "welcome"]
    assert not any("Deputy Representative" in s.content for s in rows)


def test_a_readout_in_the_third_person_gives_no_sentence_to_its_spokesperson():
    text = (
        "Secretary's Call with the Foreign Minister of Chile\n\n"
        "The following is attributable to Spokesperson Jane Roe of Canada:\n\n"
        "The Minister spoke with his Chilean counterpart. The talks lasted an hour."
    )
    assert not any(s.speaker == "jane-roe" for s in _rows(text))


def test_a_news_story_gives_no_sentence_without_a_cue_to_anyone():
    text = (
        "Rebels Take Goma\n\n"
        "We will not leave, a rebel commander said. The city fell on Monday. We are afraid."
    )
    assert all(s.cue for s in _rows(text))


def test_a_state_concerned_by_a_force_is_the_speaker_not_the_force():
    text = "The United Kingdom has long been concerned by the Wagner Group's presence in Mali."
    assert _said(text) == [("GBR", "been concerned")]


def test_first_person_cues_of_a_ministry_statement_encourage_deplore_regret_concur():
    text = (
        "Statement by the Foreign Ministry of Norway on the Horn of Africa\n\n"
        "We encourage Ethiopia and Eritrea to return to the talks. "
        "We deplore the shelling of Adigrat by Eritrea. "
        "We regret Eritrea's decision to end the talks. "
        "We concur with the envoy that Sudan must open the roads."
    )
    an = alignkit.analyze_text(text)
    rows = {s.cue: (s.speaker, s.stance, s.targets) for s in an.statement_records}
    assert rows["encourage"] == ("NOR", "positive", ["ETH", "ERI"])  # CAMEO 051: endorse
    assert rows["deplore"] == ("NOR", "negative", ["ERI"])
    assert rows["regret"] == ("NOR", "negative", ["ERI"])
    assert rows["concur"][0] == "NOR"


def test_a_date_line_of_a_joint_statement_is_no_one_s_words():
    text = (
        "Statement by the Contact Group\n\n"
        "March 4, 2024\n\n"
        "The Contact Group Envoys (France, Germany, Italy and Spain) welcome the truce in "
        "Tripoli. We urge all parties to respect it."
    )
    rows = _rows(text)
    assert {s.speaker for s in rows if s.cue == "urge"} == {"FRA", "DEU", "ITA", "ESP"}
    assert not any("2024" in s.content for s in rows)


def test_a_press_statement_byline_name_then_title_is_the_author_of_the_issuer_s_state():
    text = (
        "Source: https://example.org/s (Ministry of Foreign Affairs of Chile, press statement; "
        "public domain)\n\n"
        "Condemning the Attack in Arica\n\n"
        "Press Statement\nJane Roe, Ministry Spokesperson\nMay 3, 2024\n\n"
        "Chile condemns the attack on the port. We call on Bolivia to help find its authors."
    )
    assert _author(text) == [("jane-roe", "CHL")]
    assert ("jane-roe", "call on") in _said(text)


def test_a_source_line_describing_a_news_story_about_a_statement_names_no_author():
    text = (
        "Source: https://example.org/n (Wire news story on the statement by the G7 Foreign "
        "Ministers on Iran; staff)\n\n"
        "G7 Ministers Warn Iran\n\n"
        "We will not accept it, the ministers wrote. Iran rejected the statement on Monday."
    )
    t = tag(parse_article(text))
    assert text_author(t) == []
    assert not any(s.cue == "" for s in _rows(text))


def test_remarks_by_one_person_with_another_are_the_first_named_person_s():
    text = (
        "Source: https://example.org/r (Delegation of the European Union to Chile, remarks; "
        "CC BY 4.0)\n\n"
        "Chile: Remarks by Commissioner Jane Roe, with Commissioner John Doe, during their "
        "visit to Santiago\n\n"
        "Q. Why are you here?\n\n"
        "We are here to support the talks between Chile and Bolivia."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]
    text = text.replace(", with Commissioner", " together with Commissioner")
    assert text_author(tag(parse_article(text))) == ["jane-roe"]


def test_a_statement_given_on_a_date_in_parentheses_by_an_ambassador_is_hers():
    text = (
        "Source: https://example.org/s (Foreign Office speech; Open Government Licence)\n\n"
        "Peace in the Sahel Needs Everyone: Statement at the UN Security Council\n\n"
        "Statement given yesterday (4 March 2025) by Ambassador Jane Roe, Chile's Permanent "
        "Representative to the UN, at the Security Council meeting on Mali.\n\n"
        "We call on all parties to protect civilians. We welcome the talks in Algiers."
    )
    assert _author(text) == [("jane-roe", "CHL")]
    assert ("jane-roe", "call on") in _said(text)


def test_remarks_by_a_president_marking_an_occasion_end_before_the_participle():
    text = (
        "Remarks by President Jane Roe Commemorating the Liberation of the Capital\n\n"
        "Today we honour the soldiers of Chile. We thank Bolivia for its help."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]


def test_a_government_s_possessive_opening_a_paragraph_is_no_signatory():
    text = (
        "Source: https://example.org/p (Ministry of Foreign Affairs of Chile press statement; "
        "public domain)\n\n"
        "Tensions on the Border\n\n"
        "Jane Roe, Minister of Foreign Affairs\n\n"
        "The Government of Peru's decision to close the crossing raised tensions. "
        "We call on both sides to talk."
    )
    t = tag(parse_article(text))
    assert "PER" not in text_author(t)


def test_a_byline_of_one_line_name_then_title_is_the_author():
    text = (
        'Source: https://example.org/p (reproduction of the press statement "Tensions on the '
        'Border" of the Ministry of Foreign Affairs of Chile; public domain)\n\n'
        "Tensions on the Border\n\n"
        "Jane Roe, Minister of Foreign Affairs of Chile\n\n"
        "We call on Peru and Bolivia to talk."
    )
    assert _author(text) == [("jane-roe", "CHL")]
    assert ("jane-roe", "call on") in _said(text)


def test_a_cue_the_subject_is_advised_to_make_is_the_author_s_advice():
    text = (
        "Source: https://example.org/p (Ministry of Foreign Affairs of Chile press statement; "
        "public domain)\n\n"
        "Tensions on the Border\n\n"
        "We are alarmed by the raids. "
        "Peru should pull back its troops and urge the militias to disarm. "
        "Bolivia must also condemn the raids."
    )
    said = _said(text)
    assert not any(s in ("PER", "BOL") for s, _ in said)
    assert len(said) == 3


def test_an_explanation_of_vote_with_no_author_in_its_headline_is_no_author_named_vote():
    text = (
        "Source: https://example.org/e (Mission of Chile to the United Nations, explanation "
        "of vote on the renewal of the mission in Haiti, delivered by Ambassador Jane Roe; "
        "public domain)\n\n"
        "Explanation of Vote on the Renewal of the Mission in Haiti\n\n"
        "We voted for the renewal. We thank Peru for its work on the text."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]


def test_remarks_delivered_by_another_are_the_deliverer_s():
    text = (
        'Source: https://example.org/s (Council of the Union, "Speech by the High '
        'Representative on the Border", delivered by Commissioner Jane Roe; CC BY 4.0)\n\n'
        "Speech by the High Representative on the Border\n\n"
        "We call on both sides to talk."
    )
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"]


def test_a_joint_statement_read_by_one_ambassador_is_its_signatories_words():
    text = (
        'Source: https://example.org/j (Mission of Chile in Geneva, "Joint Statement on the '
        'Dialogue on Haiti", Joint Statement by Chile and Peru as delivered by Ambassador '
        "Jane Roe; public domain)\n\n"
        "Joint Statement on the Dialogue on Haiti\n\n"
        "Chile and Peru, as facilitators of the talks, welcome the truce. We call on all "
        "parties to respect it."
    )
    t = tag(parse_article(text))
    assert "jane-roe" not in text_author(t)


def test_a_source_line_part_naming_a_person_and_a_title_is_the_speaker():
    text = (
        'Source: https://example.org/r (Mission of Chile to the United Nations, "Remarks at '
        'a Security Council Briefing on Haiti", Jane Roe, Political Coordinator; public '
        "domain)\n\n"
        "Remarks at a Security Council Briefing on Haiti\n\n"
        "We thank Peru for its work. We call on all parties to respect the truce."
    )
    assert _author(text) == [("jane-roe", "CHL")]


def test_an_ambassador_opening_a_speech_on_a_government_site_is_that_state_s():
    # the Source line names no body of a state, only the site's address: gov.uk is the UK's
    text = (
        "Source: https://www.gov.uk/government/speeches/x (GOV.UK speech, statement at the "
        "Security Council; Open Government Licence)\n\n"
        "Calm Is Needed in the Sahel: Statement at the UN Security Council\n\n"
        "Statement by Ambassador Jane Roe at the UN Security Council meeting on Mali.\n\n"
        "We welcome the efforts by Niger to protect civilians. We call on Mali to release "
        "the detained observers."
    )
    assert _author(text) == [("jane-roe", "GBR")]
    edges = _edges(text)
    assert ("GBR", "NER", "SUPPORT") in edges and ("GBR", "MLI", "DEMAND") in edges


def test_a_news_story_s_reporter_on_a_government_site_is_no_speaker_of_its_state():
    text = (
        "Source: https://www.gov.uk/government/news/x (GOV.UK news story by Jane Roe)\n\n"
        "Talks Resume in Geneva\n\n"
        "Niger and Mali resumed talks in Geneva on Monday, officials said."
    )
    assert ("GBR", "NER", "SUPPORT") not in _edges(text)


def test_a_lead_ending_with_a_titled_name_and_a_colon_names_the_speech_s_author():
    # a government page: its lead narrates, then names the speaker alone before a colon;
    # the body that follows speaks in the first person
    text = (
        "Source: https://example.org/s (Chancellery of Chile statement; public domain)\n\n"
        "Chilean President Statement on Peru\n\n"
        "The President has made a statement on Peru. President Jane Roe:\n\n"
        "Tonight I have ordered our navy to escort the convoy.\n\n"
        "We are acting together with our Argentine partners."
    )
    said = _said(text)
    assert ("jane-roe", "") in said and len(said) == 2
    t = tag(parse_article(text))
    assert text_author(t) == ["jane-roe"] and header_paragraphs(t) == {0}


def test_a_lead_ending_with_a_cue_and_a_colon_names_no_author():
    # "Jane Roe said:" is a cue before a quotation, not a label; and in a news story a
    # paragraph ending with a name and a colon makes no author of it
    cue = (
        "Source: https://example.org/s (Chancellery of Chile statement; public domain)\n\n"
        "Statement on Peru\n\n"
        "President Jane Roe said:\n\n"
        "\u201cWe will escort the convoy.\u201d"
    )
    assert "jane-roe" not in text_author(tag(parse_article(cue)))
    news = (
        "Storm Hits Lima\n\n"
        "Rescuers worked through the night. Mayor John Doe:\n\n"
        "The storm flooded the port on Monday."
    )
    assert text_author(tag(parse_article(news))) == []
