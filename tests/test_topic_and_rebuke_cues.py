"""Words against a party (lashed out at, railed against, rebuked) and speech about a
topic (spoke about, referring to) are statements; a force aiming at a target, a case
referred to a court and negotiations are not (texts written for these tests)."""

from __future__ import annotations

import alignkit


def _said(text: str) -> list[tuple[str, str, str]]:
    an = alignkit.analyze_text(text)
    rows = an.statements[["speaker", "cue", "content"]].values.tolist()
    return [(s, cue, c) for s, cue, c in rows]


def test_words_against_a_party_are_a_negative_statement():
    an = alignkit.analyze_text("Lavrov lashed out at NATO on Friday.")
    rows = an.statements[["speaker", "cue", "stance", "targets"]].values.tolist()
    assert rows == [["sergei-lavrov", "lashed out at", "negative", ["NATO"]]]
    got = _said("Prime Minister Lund railed against the new tariffs in Oslo.")
    assert [c for _, c, _ in got] == ["railed against"]


def test_speech_about_a_topic_is_a_statement():
    got = _said("Blinken spoke about the ceasefire in Geneva.")
    assert got == [("antony-blinken", "spoke about", "the ceasefire in Geneva")]
    got = _said("Blinken, referring to the border closure, said the talks would go on.")
    assert got[0] == ("antony-blinken", "referring to", "the border closure")


def test_no_statement_from_a_target_a_referral_or_negotiations():
    assert _said("Russian forces took aim at the bridge in Kherson.") == []
    assert _said("The case was referred to the court in The Hague.") == []
    assert _said("Talks about a ceasefire resumed in Doha on Monday.") == []


def test_what_a_word_refers_to_is_no_statement():
    assert _said("DPRK refers to North Korea’s official name.") == []
