"""Cue classes as a column, belief and intention cues make no verbal event, and speakers
without a state shown as such (texts written for these tests)."""

from __future__ import annotations

import alignkit
from alignkit.notebook.figures import stance_matrix
from alignkit.notebook.views import readable, stance_table, statements_html


def test_cue_class_is_a_column_of_the_statements_table():
    an = alignkit.analyze_text(
        "Russia said that NATO is hostile. Iran believes that Israel is a threat. "
        "China plans to boost ties with Brazil."
    )
    assert an.statements.columns[-1] == "cue_class"
    by_cue = dict(zip(an.statements["cue"], an.statements["cue_class"], strict=True))
    assert by_cue == {"said": "speech", "believes": "belief", "plans": "intention"}


def test_a_belief_or_an_intention_makes_no_verbal_event():
    verbal = alignkit.analyze_text("Russia said that NATO is hostile.").events
    assert verbal[["source_country", "target_country", "origin"]].values.tolist() == [
        ["RUS", "NATO", "statement"]
    ]
    for text in ("Russia believes that NATO is hostile.", "Putin thinks Ukraine is a threat."):
        an = alignkit.analyze_text(text)
        assert an.statements["stance"].tolist() == ["negative"], text
        assert "statement" not in set(an.events["origin"]), text


def test_the_events_an_intention_reports_are_still_read_in_its_mode():
    an = alignkit.analyze_text("Iran wants to strengthen ties with China.")
    ev = an.events[["source_country", "target_country", "origin", "mode"]].values.tolist()
    assert ev == [["IRN", "CHN", "event", "proposed"]]


TWO = "Jane Roe said Iran is a threat to Israel. Russia said Iran is a threat to Israel."


def test_a_speaker_without_a_state_is_shown_as_such():
    an = alignkit.analyze_text(TWO)
    shown = readable(an, an.statements[["speaker", "cue"]])["speaker"].tolist()
    assert shown == ["Jane Roe (no state)", "Russia"]
    assert "Jane Roe (no state)" in str(statements_html(an))


def test_the_stance_matrix_leaves_out_speakers_without_a_state_with_a_note():
    an = alignkit.analyze_text(TWO)
    m = stance_matrix(an)
    assert list(m.index) == ["Russia"] and m.attrs["without_state"] == ["Jane Roe"]
    assert "left out, no state: Jane Roe" in str(stance_table(an))


def test_a_cue_in_an_as_clause_reports_the_clause_after_its_comma():
    an = alignkit.analyze_text(
        "Chile sent engineers because, as the envoy has briefed, the floods in Bolivia are "
        "the worst in decades."
    )
    st = an.statements[an.statements["cue"] == "briefed"]
    assert st["content"].tolist() == ["the floods in Bolivia are the worst in decades"]
    an = alignkit.analyze_text("As Boric recalled, the border with Bolivia was closed in 2019.")
    assert an.statements["content"].tolist() == ["the border with Bolivia was closed in 2019"]
    # a briefing given, no words of it: no statement
    an = alignkit.analyze_text("Boric briefed reporters on Tuesday about the floods in Bolivia.")
    assert an.statements.empty


def test_a_release_s_unquoted_words_after_said_colon_run_on_in_the_first_person():
    text = (
        "Minister visits Dili\n\n"
        "Jane Roe, Minister for the Pacific, said: Timor-Leste is a close partner of "
        "Australia.\n\n"
        "The road ahead is hard, but we remain committed to supporting Timor-Leste.\n\n"
        "The minister later visited a school in Dili.\n"
    )
    an = alignkit.analyze_text(text)
    said_ = an.statements[an.statements["speaker"] == "jane-roe"]["content"].tolist()
    assert any("we remain committed" in c for c in said_)
    # the release's own narration, in the third person, is no one's statement
    assert not any("visited a school" in c for c in an.statements["content"])
