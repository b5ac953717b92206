"""Speakers the text describes but does not name (``the union leader said``), and a
definite title opening a sentence that refers back to the person named with it (texts
written for these tests)."""

from __future__ import annotations

from said import said

import alignkit


def _said(text: str) -> list[tuple]:
    return said(text, "name", "state", "content")


def test_a_described_person_is_a_speaker_without_a_state():
    got = _said("The veteran dock workers' organizer says the port strike will last a month.")
    assert got == [("veteran dock workers' organizer", "", "the port strike will last a month")]


def test_a_description_keeps_the_country_it_names_but_acts_for_none():
    an = alignkit.analyze_text("A Peruvian mining executive said the copper tax would be dropped.")
    row = an.actors.set_index("actor").loc["peruvian-mining-executive"]
    got = (row["name"], row["type"], row["country"], row["node"])
    assert got == ("Peruvian mining executive", "person", "PER", "")
    assert an.statements["speaker"].tolist() == ["peruvian-mining-executive"]
    assert len(an.network.edges) == 0


def test_an_unnamed_source_and_an_organization_described_by_its_role():
    got = _said(
        "A source close to the negotiations said the grain corridor would reopen. "
        "The advocacy group said the ferry fares were too high."
    )
    assert [(n, c) for n, _, c in got] == [
        ("source", "the grain corridor would reopen"),
        ("advocacy group", "the ferry fares were too high"),
    ]


def test_a_described_speaker_after_an_inverted_cue():
    got = _said('"The reservoir is nearly empty," said a senior aide to the mayor of Lima.')
    assert got == [("senior aide", "", '"The reservoir is nearly empty,"')]


def test_no_description_without_a_role_noun_or_a_determiner():
    assert _said("The banner said the mill would close.") == []
    assert _said("Farmers near the border said the river had flooded.") == []


def test_a_definite_title_opening_a_sentence_is_the_person_named_with_it():
    got = _said(
        "Gen. Amara Diallo inspected the garrison on Monday. "
        "The general said the border posts were under-staffed."
    )
    assert got == [("Amara Diallo", "", "the border posts were under-staffed")]


def test_according_to_a_document_or_a_described_source():
    an = alignkit.analyze_text(
        "Wheat prices doubled in a year, according to a survey of bakers in Nairobi. "
        "According to a senior aide, the minister will resign."
    )
    kinds = an.actors.set_index("actor")[["name", "type"]]
    got = [(tuple(kinds.loc[r["speaker"]]), r["content"]) for r in an.statements.to_dict("records")]
    assert got == [
        (("survey of bakers in Nairobi", "document"), "Wheat prices doubled in a year"),
        (("senior aide", "person"), "the minister will resign"),
    ]


def test_according_to_a_plan_or_a_law_is_no_source():
    assert _said("The convoy crossed at dawn, according to plan.") == []
    assert _said("Each party names two judges, according to the treaty.") == []


def test_a_finding_is_read_only_before_a_clause():
    got = _said("A new survey shows most dairy farmers oppose the milk levy.")
    assert got == [("new survey", "", "most dairy farmers oppose the milk levy")]
    got = _said("The audit found that the pension fund had lost a third of its value.")
    assert got == [("audit", "", "the pension fund had lost a third of its value")]
    assert _said("Kenya showed the film at the festival in Nairobi.") == []
    assert _said("Divers from Norway found the wreck near the harbour.") == []


def test_a_refusal_is_read_before_an_infinitive_and_says_nothing_itself():
    an = alignkit.analyze_text("The ministry declined to comment on the dam in Laos.")
    rows = an.statements[["speaker", "cue", "mode"]].values.tolist()
    assert rows == [["ministry", "declined", "denied"]]
    assert _said("Export prices declined sharply in May.") == []
    got = _said("Senator Amy Lund declined to rule out new talks with Cuba.")
    assert got == [("Amy Lund", "USA", "rule out new talks with Cuba")]


def test_continued_or_chanted_report_speech_only_before_a_quotation():
    got = _said(
        "Mayor Ines Duarte opened the bridge in Porto on Monday. "
        "Duarte continued: “The tolls will end in June.”"
    )
    assert got == [("Ines Duarte", "", "“The tolls will end in June.”")]
    assert _said("Mayor Ines Duarte continued to push for the bridge in Porto.") == []
    got = _said("The petition reads: “We will not pay the toll.”")
    assert got == [("petition", "", "“We will not pay the toll.”")]


def test_a_person_familiar_with_the_talks():
    got = _said("A person familiar with the talks said the ceasefire would hold in Tigray.")
    assert got == [("person", "", "the ceasefire would hold in Tigray")]


def test_a_role_someone_owns_is_a_described_speaker():
    got = _said("Lund’s spokesman said the prime minister stood by her comments.")
    assert got == [("Lund’s spokesman", "", "the prime minister stood by her comments")]
    got = _said("In Oslo, the mayor’s aide said the bridge was closed.")
    assert got == [("mayor’s aide", "", "the bridge was closed")]


def test_a_document_s_finding_needs_no_clause():
    got = _said("A new NRK poll showed Lund leading the field with 31 percent.")
    assert got == [("new NRK poll", "", "Lund leading the field with 31 percent")]
    got = _said("Court records show that the firm paid no tax in Bergen.")
    assert got == [("Court records", "", "the firm paid no tax in Bergen")]
    assert _said("The army showed the captured tanks to reporters in Kyiv.") == []


def test_a_state_s_own_office_is_not_a_described_speaker():
    an = alignkit.analyze_text("Peru's president said the border with Bolivia would stay shut.")
    assert an.statements["speaker"].tolist() != ["perus-president"]


def test_media_and_commenters_are_described_speakers():
    got = _said("The state broadcaster said the dam near Kakhovka had been hit.")
    assert got == [("state broadcaster", "", "the dam near Kakhovka had been hit")]
    got = _said("Another commenter said the vote in Bergen was rigged.")
    assert got == [("commenter", "", "the vote in Bergen was rigged")]


def test_an_officeholder_s_office_and_a_relative_are_described_speakers():
    got = _said('"The ferry will not run," Mayor Roe\'s office said in a statement.')
    assert [n for n, _, _ in got] == ["Mayor Roe's office"]
    got = _said('"He loved the sea," his widow\'s brother said.')
    assert [n for n, _, _ in got] == ["widow's brother"]
    got = _said("A neighbor said the family had left in May.")
    assert [n for n, _, _ in got] == ["neighbor"]
