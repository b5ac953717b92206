"""``according to`` before capitalized modifiers of its source (``according to Democratic
officials``, ``according to Republican aides``): the source is the party after the
modifiers, as after lower-case ones (``according to a new national poll``). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The ferry will resume service on Friday, according to Democratic officials.",
            "The ferry will resume service on Friday",
        ),
        (
            "The talks in Doha stalled on Monday, according to Republican aides.",
            "The talks in Doha stalled on Monday",
        ),
    ],
)
def test_the_source_after_capitalized_modifiers_speaks(text, content):
    got = said(text, "cue", "content")
    assert ("according to", content) in got
