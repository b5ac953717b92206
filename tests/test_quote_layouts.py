"""How a quotation stands beside its cue: after an addressee or a circumstance
(``told reporters in Oslo, "..."``), its words are the content (texts written for these
tests)."""

from __future__ import annotations

import alignkit


def _said(text: str) -> list[tuple[str, str, str]]:
    an = alignkit.analyze_text(text)
    rows = an.statements[["cue", "kind", "content"]].values.tolist()
    return [(cue, kind, c) for cue, kind, c in rows]


def test_a_quotation_after_the_addressee_is_the_content():
    got = _said(
        "Minister Kim Ode told reporters in Oslo on Monday, “The port will reopen in June.”"
    )
    assert got == [("told", "direct", "“The port will reopen in June.”")]


def test_a_quotation_after_a_circumstance_runs_on_into_the_next_sentence():
    got = _said("Governor Ana Pires wrote to her followers, “The ferry is back. It runs hourly.”")
    assert got == [("wrote", "direct", "“The ferry is back. It runs hourly.”")]


def test_a_clause_before_the_quotation_keeps_the_whole_content():
    got = _said("Governor Ana Pires said the port was open, “and busy every day.”")
    assert got == [("said", "mixed", "the port was open, “and busy every day.”")]


def test_the_addressee_is_still_a_target_of_the_statement():
    an = alignkit.analyze_text("Lavrov warned Ukraine on Friday, “Any strike will be answered.”")
    rows = an.statements[["speaker", "kind", "content", "targets"]].values.tolist()
    assert [r[:3] for r in rows] == [
        ["sergei-lavrov", "direct", "“Any strike will be answered.”"],
    ]
    assert "UKR" in rows[0][3]


def _speakers(text: str) -> list[tuple[str, str, str]]:
    an = alignkit.analyze_text(text)
    names = dict(zip(an.actors["actor"], an.actors["name"], strict=True))
    rows = an.statements[["speaker", "kind", "content"]].values.tolist()
    return [(names[s], kind, c) for s, kind, c in rows]


def test_a_clause_ending_in_a_colon_introduces_its_subject_s_quotation():
    got = _speakers("Lavrov then turned to the reporters in Minsk: “We will not leave.”")
    assert got == [("Sergei Lavrov", "direct", "“We will not leave.”")]


def test_a_pronoun_subject_before_the_colon_is_the_person_last_named():
    got = _speakers(
        "Lavrov met the press in Minsk on Friday.\n\n"
        "He then addressed the crowd again: “Nothing has changed.”"
    )
    assert got == [("Sergei Lavrov", "direct", "“Nothing has changed.”")]


def test_a_colon_after_the_one_asked_or_a_thing_reports_no_speech():
    assert _speakers("Lavrov was asked in Minsk: “Will the troops leave?”") == []
    assert _speakers("The plan for Minsk has three parts: “roads, rail and ports.”") == []
    assert _speakers("The timing of the vote did not surprise Lavrov: “It was coming.”") == []


def test_according_to_a_poll_its_maker_names():
    got = _speakers("Lund leads Berg by ten points in Bergen, according to a NRK/Norstat poll.")
    assert [(k, c) for _, k, c in got] == [("indirect", "Lund leads Berg by ten points in Bergen")]
    got = _speakers("Turnout in Tromso was low, according to a 2015 Gallup survey.")
    assert [c for _, _, c in got] == ["Turnout in Tromso was low"]


def test_a_short_clause_after_the_cue_is_the_content_not_a_tail():
    got = _speakers("In Oslo, Blinken said the bridge was closed.")
    assert got == [("Antony Blinken", "indirect", "the bridge was closed")]
    got = _speakers("The bridge is closed, Blinken said Thursday.")
    assert got == [("Antony Blinken", "indirect", "The bridge is closed")]


def test_a_description_between_a_quotation_and_its_cue_is_the_speaker():
    got = _speakers("“We will not move,” the old fisherman said.")
    assert got == [("old fisherman", "direct", "“We will not move,”")]
    got = _speakers("“The contract was void,” the suit says.")
    assert got == [("suit", "direct", "“The contract was void,”")]


def test_no_description_speaker_without_a_quotation_before_it():
    assert _speakers("The old fisherman said the nets were empty near Bodo.") == []


def test_a_press_release_sets_the_ministers_words_below_said_colon():
    text = (
        "UK sanctions officials in Ruritania\n\n"
        "The UK has sanctioned eight officials.\n\n"
        "Jane Roe, Minister for Europe, said:\n\n"
        "The regime is denying its people their rights.\n\n"
        "The UK will always champion freedom around the world.\n\n"
        "The list of those sanctioned, the ministry said, includes the vice president."
    )
    an = alignkit.analyze_text(text)
    mine = an.statements.loc[an.statements["speaker"] == "jane-roe", "content"].tolist()
    assert mine == [
        "The regime is denying its people their rights",
        "The UK will always champion freedom around the world",
    ]


def test_a_closing_quotation_mark_glued_to_the_speaker_s_name():
    for mark in ("”", '"'):
        text = (
            "Kenya and Ghana sign a port deal\n\n"
            f"Ruto met Mahama in Nairobi. “We welcome Ghana's investment in Mombasa,{mark}Ruto "
            "said on Friday."
        ).replace("“", "“" if mark == "”" else '"')
        an = alignkit.analyze_text(text)
        st = an.statements
        assert "william-ruto" in set(st["speaker"]), mark
