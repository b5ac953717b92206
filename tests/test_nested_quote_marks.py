"""A quotation that ends on a quotation inside it (``“... ‘Why now?’” Roe said.``,
``''... 'enough.''' Roe said.``): the inner closing mark stands between the last
punctuation and the outer one, and the cue after it still takes the whole quotation.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "“The commander told us, ‘Hold the bridge until dawn.’” Sgt. Olena Marchuk said. "
            "The unit withdrew at noon.",
            "“The commander told us, ‘Hold the bridge until dawn.’”",
        ),
        (
            "“My neighbor kept asking, ‘Where will we go now?’” Amina Yusuf said. "
            "The camp was full.",
            "“My neighbor kept asking, ‘Where will we go now?’”",
        ),
        (
            "''We had orders to call it 'a training exercise.''' Lt. Col. Pavel Dorin said. "
            "The drills ended.",
            "''We had orders to call it 'a training exercise.'''",
        ),
    ],
)
def test_a_cue_after_a_quotation_closing_on_an_inner_quotation_takes_it(text, quote):
    got = said(text, "cue", "content", "kind")
    assert ("said", quote, "direct") in got
