"""``as far as X is concerned``, ``as far as we know``: a hedge of the writer's, no one's
statement, though ``be concerned`` and ``know`` are cues elsewhere (``The ministry is
concerned that ...``). Sentences written for these tests."""

from __future__ import annotations

from said import said


def test_as_far_as_x_is_concerned_is_no_statement():
    text = "The talks will be held in Geneva as far as the ministry is concerned."
    assert said(text, "cue") == []


def test_be_concerned_outside_the_hedge_is_a_statement():
    text = "The ministry is concerned that the talks will leak before May."
    assert said(text, "cue", "content") == [("is concerned", "the talks will leak before May")]
