"""A quotation right after its cue that closes on its own punctuation is the whole of what
was said; the words after it are the writer's (``the crowd chanted, "Out!" as the convoy
passed``, ``she said, "We will rebuild," drawing cheers``). Where a cue follows in those
words (``..., "We will win," promising a recount``), the speaker's words go on and the
content is left whole. Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            'Outside the court in Nairobi, the protesters chanted, "Free them all!" as the '
            "judges left.",
            '"Free them all!"',
        ),
        (
            "Mayor Vitali Klitschko said, “We will rebuild every school,” drawing cheers from "
            "the crowd in Kyiv.",
            "“We will rebuild every school,”",
        ),
    ],
)
def test_the_quotation_alone_is_the_content(text, quote):
    got = said(text, "content", "kind")
    assert (quote, "direct") in got


def test_a_cue_after_the_quotation_keeps_the_content_whole():
    text = (
        "Mayor Vitali Klitschko said, “We will rebuild every school,” promising that the "
        "first would open in May."
    )
    contents = [c for (c,) in said(text, "content")]
    assert any(c.startswith("“We will rebuild every school,” promising") for c in contents)


def test_a_cue_word_used_as_a_noun_after_the_quotation_does_not_keep_the_tail():
    text = (
        'The minister said: "We never used a second account," but in fact she kept two '
        "while she served as secretary of state."
    )
    got = said(text, "content", "kind")
    assert ('"We never used a second account,"', "direct") in got
