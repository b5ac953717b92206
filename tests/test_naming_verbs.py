"""A verb that gives its object a name or a quality judges it; "called" then makes no
phone call (CONSULT). Sentences written for issue 23, none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico called Ecuador's raid a violation of international law.", ("ECU", "MEX")),
        ("Colombia's president called Israel a genocidal state.", ("COL", "ISR")),
        ("Morocco called Algeria's move a hostile act.", ("DZA", "MAR")),
    ],
)
def test_calling_something_a_name_is_no_call(text, pair):
    assert (*pair, "+") not in edges(text)


def test_calling_a_counterpart_is_still_a_call():
    assert ("ECU", "MEX", "+") in edges("Mexico's president called his Ecuadorian counterpart.")
